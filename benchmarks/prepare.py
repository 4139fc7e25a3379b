"""Benchmark for `prepare`: the test adverts (real and made-up) against adverts at the 200 KB cap.

Run from the project folder with the game installed:  python benchmarks/prepare.py
Figures are as measured on this machine; compare the ratios from the same run. The target:
any pasted advert, however large or odd, is read in bounded time (the cap-sized workloads
stay within a small multiple of one real advert per kilobyte, and none takes seconds more
than the largest plain one).
"""

from __future__ import annotations

import platform
import statistics
import time
from pathlib import Path

from game.core.prepare import MAX_ADVERT, AdvertError, prepare
from game.core.selfknowledge import SelfKnowledge, Story

ADVERTS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "adverts"
REPEATS = 5


def player() -> SelfKnowledge:
    knowledge = SelfKnowledge()
    for item_id, line in (("coaching", "I mentored four new hires last year"), ("calm", "I kept queues calm for three years")):
        knowledge.profile.pick(item_id)
        knowledge.profile.set_evidence(item_id, line)
    knowledge.add_story(Story.make("Talk", "A colleague was late in March.", "I had a performance conversation.", "On time for twelve weeks."))
    return knowledge


def timed(text: str, knowledge: SelfKnowledge) -> float:
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        try:
            prepare(text, knowledge)
        except AdvertError:
            pass
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    knowledge = player()
    real = {path.name: path.read_text(encoding="utf-8") for path in sorted(ADVERTS.iterdir())
            if not path.name.endswith(".expect.yaml")}
    sentence = "You will lead a team. Experience of managing people is essential. Must hold a licence. "
    large = {
        "plain text at the cap": (sentence * (MAX_ADVERT // len(sentence) + 1))[:MAX_ADVERT],
        "one line, no stops": ("experience of " * (MAX_ADVERT // 14 + 1))[:MAX_ADVERT],
        "unclosed script tags": "<script>" * (MAX_ADVERT // 8),
        "angle brackets only": "<" * MAX_ADVERT,
        "twice the cap": sentence * (2 * MAX_ADVERT // len(sentence)),
        "headings and bullets": ("Requirements\n• Experience of managing people\nNice to have\n• A first aid certificate\n"
                                 * (MAX_ADVERT // 90 + 1))[:MAX_ADVERT],
    }
    print(f"prepare benchmark on {platform.platform()}, Python {platform.python_version()}, median of {REPEATS}")
    base = []
    for name, text in real.items():
        seconds = timed(text, knowledge)
        base.append(seconds / (len(text) / 1000))
        print(f"  {name:<32} {len(text):>8,} chars  {seconds * 1000:8.1f} ms")
    per_kb = statistics.median(base)
    for name, text in large.items():
        seconds = timed(text, knowledge)
        ratio = seconds / (min(len(text), MAX_ADVERT) / 1000) / per_kb
        print(f"  {name:<32} {len(text):>8,} chars  {seconds * 1000:8.1f} ms  ({ratio:.2f}x a real advert per KB)")


if __name__ == "__main__":
    main()
