"""Benchmarks for comparing scores with friends: making and verifying share codes, and
reading a club folder of many players, each code replayed.

Run from the project folder with the game installed:  python benchmarks/friends.py
Figures are printed as measured on this machine; compare ratios from the same run.

Workloads:
- verify, first read: codes of six distinct typed lines each, every line new to the reader,
- replay, reader warm: the same codes verified again, replayed with the reader's cache warm,
- verify, remembered: the same codes once more in the same process (replays are remembered),
- refuse: codes with one character changed (refused at the checksum, before any replay),
- club: a club folder of 20 players with 10 runs each, read and replayed in full.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import corpus_lines, tag  # noqa: E402  (the reader benchmark's corpus helpers)

from game.core import reader, sharecode  # noqa: E402
from game.core.catalog import bundled_scenario_dir, load_catalog  # noqa: E402
from game.core.club import publish, read_club  # noqa: E402
from game.core.interview import Interview  # noqa: E402
from game.core.record import RunRecord  # noqa: E402
from game.core.sharecode import encode, verify  # noqa: E402

CODES = 200


def typed_runs(catalog, count: int) -> list[RunRecord]:
    """`count` runs of a typed-only scenario, six distinct corpus lines each."""
    scenario = catalog.scenarios["museum-director"]
    lines = corpus_lines("dev*.yaml")
    runs = []
    for n in range(count):
        interview = Interview(scenario)
        for k in range(6):
            if not interview.over:
                interview.say(f"{lines[(n * 6 + k) % len(lines)]} {tag(n * 6 + k)}")
        interview.wrap_up()
        runs.append(RunRecord.from_interview(interview))
    return runs


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    catalog = load_catalog([bundled_scenario_dir()])
    scenarios = catalog.scenarios
    runs = typed_runs(catalog, CODES)
    codes = [encode(run, f"Player {n % 20}", "2026-12-07T10:00:00") for n, run in enumerate(runs)]
    sizes = sorted(len(code) for code in codes)
    reader.forget()
    sharecode._VERIFIED.clear()
    first = timed(lambda: [verify(code, scenarios) for code in codes])
    sharecode._VERIFIED.clear()
    again = timed(lambda: [verify(code, scenarios) for code in codes])
    remembered = timed(lambda: [verify(code, scenarios) for code in codes])
    broken = [code[:40] + ("A" if code[40] != "A" else "B") + code[41:] for code in codes]

    def refuse_all() -> None:
        for code in broken:
            try:
                verify(code, scenarios)
            except ValueError:
                pass
    refused = timed(refuse_all)
    with tempfile.TemporaryDirectory() as folder:
        for player in range(20):
            mine = [c for n, c in enumerate(codes) if n % 20 == player]
            publish(Path(folder), f"Player {player}", f"{player:016x}", mine)
        reader.forget()
        sharecode._VERIFIED.clear()
        club = timed(lambda: read_club(Path(folder), scenarios))
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"code length for six typed lines: median {sizes[len(sizes) // 2]}, max {sizes[-1]} characters")
    print(f"verify, first read:  {first / CODES * 1000:7.2f} ms per code")
    print(f"replay, reader warm: {again / CODES * 1000:7.2f} ms per code  ({first / again:.0f}x faster than a first read)")
    print(f"verify, remembered:  {remembered / CODES * 1000:7.3f} ms per code  ({first / remembered:.0f}x faster)")
    print(f"refuse an edit:      {refused / CODES * 1000:7.3f} ms per code  ({first / refused:.0f}x faster than a first read)")
    print(f"club of 20 players x 10 runs, cold: {club:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
