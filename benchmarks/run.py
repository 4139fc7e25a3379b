"""Benchmarks for the move reader: throughput, per-line latency, and `closer analyze` start-up.

Run from the project folder with the game installed:  python benchmarks/run.py
Figures are printed as measured on this machine; compare ratios from the same run.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "corpus"
LINES = 20_000


def corpus_lines() -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.yaml")):
        texts.extend(item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def tag(number: int) -> str:
    """A short made-up word, different for every number (so no two lines read alike)."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        number, digit = divmod(number, len(letters))
        word += letters[digit]
        if not number:
            return "zo" + word


def distinct_lines(count: int) -> list[str]:
    """`count` different utterances: corpus lines, each made unique so no cache can help."""
    base = corpus_lines()
    return [f"{base[i % len(base)]} {tag(i)}" for i in range(count)]


def reader_throughput(lines: list[str]) -> tuple[float, float, float]:
    from game.core import reader

    reader._read_cached.cache_clear()
    per_line: list[float] = []
    started = time.perf_counter()
    for text in lines:
        t0 = time.perf_counter()
        reader.read_moves(text)
        per_line.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    per_line.sort()
    p99 = per_line[int(len(per_line) * 0.99) - 1]
    return len(lines) / total, statistics.median(per_line), p99


def command_seconds(stdin: bytes, repeats: int = 5) -> float:
    """Median wall time of `python -m game analyze - --json` over the given input."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "game", "analyze", "-", "--json"], input=stdin,
                       stdout=subprocess.DEVNULL, check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    lines = distinct_lines(LINES)
    rate, median, p99 = reader_throughput(lines)
    print(f"reader: {LINES} distinct utterances, {rate:,.0f} per second; per line median {median * 1e6:.0f} µs, p99 {p99 * 1e6:.0f} µs")

    repeated = (corpus_lines() * (LINES // 100 + 1))[:LINES]
    rate_repeated, _, _ = reader_throughput(repeated)
    print(f"reader: {LINES} utterances drawn from the corpus (repeats), {rate_repeated:,.0f} per second")

    one = command_seconds(b"I want this job.\n")
    same = command_seconds(b"Thank you, I want this job and would accept an offer.\n" * LINES, repeats=3)
    many_distinct = command_seconds("\n".join(lines).encode("utf-8"), repeats=3)
    many_repeated = command_seconds("\n".join(repeated).encode("utf-8"), repeats=3)
    print(f"closer analyze -: 1 line {one * 1000:.0f} ms (start-up)")
    print(f"closer analyze -: {LINES} distinct lines {many_distinct * 1000:.0f} ms "
          f"(reading adds {(many_distinct - one) / one:.2f}x start-up)")
    print(f"closer analyze -: one line {LINES} times {same * 1000:.0f} ms "
          f"(reading adds {(same - one) / one:.2f}x start-up)")
    print(f"closer analyze -: {LINES} corpus lines with repeats {many_repeated * 1000:.0f} ms "
          f"(reading adds {(many_repeated - one) / one:.2f}x start-up)")
    big = ("I really want this job and I'd accept an offer, " * 2200).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_bytes(big)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "game", "analyze", "-", "--json"], input=big, stdout=subprocess.DEVNULL, check=True)
        print(f"closer analyze -: one {len(big) // 1024} KB line {(time.perf_counter() - started) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
