"""Checks the real-world corpus files and measures the move reader on them.

`tests/corpus/realworld/*.yaml` hold closing lines paraphrased from public pages, each with
the address of its page in `source:` (see `tests/corpus/realworld/README.md`). They sit in a
subfolder, outside the `tests/corpus/dev*.yaml` glob, so the word model is not trained on
them. Run `pytest tests/test_reader_realworld.py -s` to print the per-move table.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from test_reader_corpus import CORPUS, DEV_FILES, HELDOUT_FILES, Scores, load, score

from game.core.moves import MOVE_NAMES

REALWORLD = CORPUS / "realworld"
REALWORLD_FILES = sorted(REALWORLD.glob("*.yaml"))
REALWORLD_DEV_FILES = sorted(REALWORLD.glob("dev-realworld*.yaml"))
REQUIRED_KEYS = {"text", "moves", "source"}
OPTIONAL_KEYS = {"basis"}
BASES = {"scenario"}
SOURCE = re.compile(r"https?://\S+")

# Set a little under what the reader reached when the first file was measured (0.810).
REALWORLD_FLOORS = {"macro_f1": 0.78}


@pytest.fixture(scope="module")
def realworld_scores() -> Scores:
    scores = score(load(REALWORLD_DEV_FILES))
    print("\n" + scores.table("real-world development lines"))
    return scores


def test_realworld_files_exist_outside_the_training_glob():
    assert REALWORLD_DEV_FILES
    assert not set(REALWORLD_FILES) & set(DEV_FILES + HELDOUT_FILES)
    assert all(path.parent == CORPUS for path in DEV_FILES)


@pytest.mark.parametrize("path", REALWORLD_FILES, ids=[p.stem for p in REALWORLD_FILES])
def test_every_item_is_labelled_and_sourced(path: Path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list) and data, path
    for item in data:
        assert isinstance(item, dict), item
        assert REQUIRED_KEYS <= set(item) <= REQUIRED_KEYS | OPTIONAL_KEYS, item
        assert isinstance(item["text"], str) and item["text"].strip(), item
        moves = item["moves"]
        assert isinstance(moves, list) and len(set(moves)) == len(moves), item
        assert set(moves) <= set(MOVE_NAMES), item
        assert isinstance(item["source"], str) and SOURCE.fullmatch(item["source"]), item
        assert item.get("basis", "scenario") in BASES, item


def test_lines_are_unique_and_not_taken_from_the_development_corpora():
    texts = [item["text"] for item in load(REALWORLD_DEV_FILES)]
    repeated = [text for text, n in Counter(texts).items() if n > 1]
    assert not repeated, repeated
    development = {item["text"] for item in load(DEV_FILES)}
    assert not set(texts) & development


def test_every_move_is_represented():
    counts = Counter(move for item in load(REALWORLD_DEV_FILES) for move in item["moves"])
    assert min(counts[move] for move in MOVE_NAMES) >= 10, counts


def test_realworld_macro_f1(realworld_scores):
    assert realworld_scores.macro_f1 >= REALWORLD_FLOORS["macro_f1"], realworld_scores.table("real-world development lines")
