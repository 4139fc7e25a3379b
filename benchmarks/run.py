"""Benchmarks for the move reader: throughput, per-line latency, and `closer analyze` on
20,000 lines against its own start-up.

Run from the project folder with the game installed:  python benchmarks/run.py
Figures are printed as measured on this machine; compare ratios from the same run.

Workloads, from hardest to easiest for the reader:
- distinct: 20,000 lines no two alike (corpus lines each made unique by a made-up word),
- fresh corpus: every labelled corpus line once, with every cache empty,
- held-out drawn: 20,000 lines drawn in turn from one held-out set (about 400 real lines),
- corpus drawn: 20,000 lines drawn in turn from all corpus lines (about 2,400),
- one line: the same line 20,000 times.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "tests" / "corpus"
LINES = 20_000


def corpus_lines(pattern: str = "*.yaml") -> list[str]:
    texts: list[str] = []
    for path in sorted(CORPUS.glob(pattern)):
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


def drawn(lines: list[str], count: int = LINES) -> list[str]:
    return (lines * (count // len(lines) + 1))[:count]


def forget() -> None:
    """Empty every cache the reader keeps, so the next reading starts cold."""
    from game.core import reader

    for value in vars(reader).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def reader_throughput(lines: list[str]) -> tuple[float, float, float]:
    from game.core import reader

    forget()
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
                       stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def per_line_floor(lines: list[str]) -> tuple[float, float]:
    """Seconds per line of `closer analyze`'s own loop writing its JSON, first with no
    reading at all, then with only the word model scoring each whole line (a bag of words
    and word pairs, about the cheapest reader there is)."""
    from game import cli
    from game.core import wordmodel

    model = wordmodel.model()

    def words_only(text: str) -> list:
        model.scores(wordmodel.features(text))
        return []

    floors = []
    for read in (lambda text: [], words_only):
        real, sys.stdout = sys.stdout, open(os.devnull, "w", encoding="utf-8")
        try:
            started = time.perf_counter()
            cli._analyze_stream(lines, True, read)
            floors.append((time.perf_counter() - started) / len(lines))
        finally:
            sys.stdout.close()
            sys.stdout = real
    return floors[0], floors[1]


def main() -> int:
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    distinct = distinct_lines(LINES)
    rate, median, p99 = reader_throughput(distinct)
    print(f"reader, distinct: {LINES} utterances, {rate:,.0f} per second; per line median {median * 1e6:.0f} µs, p99 {p99 * 1e6:.0f} µs")
    fresh = corpus_lines()
    rate, median, p99 = reader_throughput(fresh)
    print(f"reader, fresh corpus: {len(fresh)} utterances, {rate:,.0f} per second; per line median {median * 1e6:.0f} µs, p99 {p99 * 1e6:.0f} µs")

    one = command_seconds(b"I want this job.\n", repeats=9)
    print(f"closer analyze -, 1 line: {one * 1000:.0f} ms (start-up)")
    workloads = [
        ("distinct", distinct),
        ("corpus drawn", drawn(fresh)),
        ("held-out drawn", drawn(corpus_lines("heldout.yaml"))),
        ("one line", drawn(["Thank you, I want this job and would accept an offer."])),
    ]
    for name, lines in workloads:
        seconds = command_seconds("\n".join(lines).encode("utf-8"), repeats=3)
        print(f"closer analyze -, {LINES} lines, {name} ({len(set(lines))} different): {seconds * 1000:.0f} ms, "
              f"reading adds {(seconds - one) / one:.2f}x start-up")
    output, words = per_line_floor(distinct)
    print(f"budget: reading {LINES} different lines in half of start-up leaves {one / 2 / LINES * 1e6:.1f} µs a line; "
          f"writing the JSON alone takes {output * 1e6:.1f} µs, and with a bag-of-words model reading each line {words * 1e6:.1f} µs")
    big = ("I really want this job and I'd accept an offer, " * 2200).encode("utf-8")
    seconds = command_seconds(big, repeats=3)
    print(f"closer analyze -, one {len(big) // 1024} KB line: {seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
