"""Provides topic matching: does an utterance touch a reservation's or a trait's topics?

Topics are words or short phrases written by scenario authors. Both sides are cut to a
rough stem, so "managed", "managing" and "management" all touch the topic "manage".
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9]+")

_SUFFIXES = (
    ("ations", ""), ("ation", ""), ("ements", ""), ("ement", ""), ("ments", ""), ("ment", ""),
    ("ically", "ic"), ("ical", "ic"), ("ings", ""), ("ing", ""), ("ness", ""), ("ists", ""),
    ("ist", ""), ("ers", ""), ("er", ""), ("ies", ""), ("ied", ""), ("ally", ""), ("al", ""),
    ("ly", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", ""),
)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A rough stem: enough to let word forms meet, not a linguistic analysis."""
    word = word.lower()
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith(("ie", "y")) and len(word) > 4:
        word = word.rstrip("ey").rstrip("i")
    return word


def stems(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _WORD.findall(text.lower().replace("'", "")))


@lru_cache(maxsize=4096)
def _topic_stems(topic: str) -> tuple[str, ...]:
    return stems(topic)


def touched(text: str, topics: tuple[str, ...] | list[str]) -> list[str]:
    """The topics that `text` mentions, in the order given."""
    words = stems(text)
    if not words:
        return []
    joined = " " + " ".join(words) + " "
    found = []
    for topic in topics:
        parts = _topic_stems(topic)
        if parts and (" " + " ".join(parts) + " ") in joined:
            found.append(topic)
    return found
