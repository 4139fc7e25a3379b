"""Provides the pipeline's split of the labelled corpus: lines to train on, and lines kept out to choose thresholds."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

THRESHOLD_FILES = ("dev26.yaml", "dev27.yaml", "dev28.yaml")
THRESHOLD_SHARE = "a third of tests/corpus/realworld/dev-realworld*.yaml (sha256 of the text mod 3 == 0)"

# Moves the rules decide alone: the model's score for them is shown but not used. Chosen on
# the threshold lines: for `interest` the model alone reached F1 0.89 on the development files
# kept out and 0.86 on the real-world lines kept out; the model with the rules agreeing 0.94
# and 0.95; the rules alone 0.97 and 0.95 (the rules were written on the development files,
# which flatters them there). An earlier measurement on real-world lines also found the
# rules ahead of the model on this move. Every other move is the model's.
# Measured again after the third and fourth real-world files: on the 527 real-world threshold
# lines the model now reads `interest` at F1 0.835 against the rules' 0.765, but deciding it
# put five of the ten written held-out sets under their 0.90 floor for it (0.848 to 0.895), so
# it stays with the rules until the model holds on both.
# Measured again on 2026-12-07 with the model taught by the larger teacher: on the 962
# real-world threshold lines the model reads `interest` at 0.876 against the rules' 0.832, on
# the 1,424 written ones 0.936 against 0.964 (neither OR nor AND of the two beats both), and
# deciding it would put two written held-out sets under their 0.90 floor (0.891 and 0.889), so
# the rules keep it.
# Again after dev-realworld9 to 12 (2026-12-07): on the 1,364 real-world threshold lines the
# model reads it at 0.85 against the rules' 0.80, on the 1,424 written ones 0.93 against 0.96,
# and deciding it would put one written held-out set at 0.863 for it, so the rules keep it.
RULES_DECIDE = ("interest",)

Item = tuple[str, list[str], bool]


def is_threshold_item(path: Path, text: str) -> bool:
    """Whether a development line is kept out of training to choose thresholds."""
    if path.name in THRESHOLD_FILES:
        return True
    if path.parent.name == "realworld":
        return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % 3 == 0
    return False


def split(paths: list[Path]) -> tuple[list[Item], list[Item]]:
    """(training lines, threshold lines), each as (text, moves, real-world?)."""
    train: list[Item] = []
    tune: list[Item] = []
    for path in paths:
        if path.name.startswith("heldout"):
            raise ValueError(f"{path}: held-out files are never used for training")
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            entry = (item["text"], list(item["moves"]), path.parent.name == "realworld")
            (tune if is_threshold_item(path, item["text"]) else train).append(entry)
    return train, tune
