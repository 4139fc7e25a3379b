"""Measures the move reader on labelled corpora: per-move precision and recall, against floors.

`tests/corpus/dev*.yaml` were written by twenty-eight independent authors to develop the reader
(its rules, and the word model in `game/core/wordmodel.py`, which is trained on them, so the
development figures flatter it); `tests/corpus/heldout*.yaml` were written by ten more and
are only measured, never tuned on (nobody working on the reader reads their lines). Run
`pytest tests/test_reader_corpus.py -s` to print the tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from game.core.moves import MOVE_NAMES
from game.core.reader import moves_in

CORPUS = Path(__file__).parent / "corpus"
DEV_FILES = sorted(CORPUS.glob("dev*.yaml"))

# Floors, set a little under what the reader reached when they were set (see README).
DEV_FLOORS = {"precision": 0.92, "recall": 0.87, "macro_f1": 0.95}
HELDOUT_FILES = sorted(CORPUS.glob("heldout*.yaml"))
HELDOUT_FLOORS = {"macro_f1": 0.90, "distinctions_f1": 0.90}
DISTINCTIONS = ("interest", "ask_for_job", "reservations_open", "reservations_closed")


@dataclass
class Scores:
    tp: dict[str, int]
    fp: dict[str, int]
    fn: dict[str, int]
    size: int

    def precision(self, move: str) -> float:
        found = self.tp[move] + self.fp[move]
        return self.tp[move] / found if found else 1.0

    def recall(self, move: str) -> float:
        wanted = self.tp[move] + self.fn[move]
        return self.tp[move] / wanted if wanted else 1.0

    def f1(self, move: str) -> float:
        p, r = self.precision(move), self.recall(move)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        return sum(self.f1(m) for m in MOVE_NAMES) / len(MOVE_NAMES)

    def table(self, title: str) -> str:
        rows = [f"{title}: {self.size} utterances, macro-F1 {self.macro_f1:.3f}",
                f"{'move':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'n':>5}"]
        for move in MOVE_NAMES:
            rows.append(f"{move:<22}{self.precision(move):>10.2f}{self.recall(move):>8.2f}{self.f1(move):>7.2f}{self.tp[move] + self.fn[move]:>5}")
        return "\n".join(rows)


def load(paths: list[Path]) -> list[dict]:
    items = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), path
        items.extend(data)
    return items


def score(items: list[dict]) -> Scores:
    tp = {m: 0 for m in MOVE_NAMES}
    fp = dict(tp)
    fn = dict(tp)
    for item in items:
        gold = set(item["moves"])
        found = {m.value for m in moves_in(item["text"])}
        for move in MOVE_NAMES:
            if move in gold and move in found:
                tp[move] += 1
            elif move in found:
                fp[move] += 1
            elif move in gold:
                fn[move] += 1
    return Scores(tp, fp, fn, len(items))


@pytest.fixture(scope="module")
def dev_scores() -> Scores:
    scores = score(load(DEV_FILES))
    print("\n" + scores.table("development corpora"))
    return scores


@pytest.fixture(scope="module", params=HELDOUT_FILES, ids=[p.stem for p in HELDOUT_FILES])
def heldout_scores(request) -> Scores:
    scores = score(load([request.param]))
    print("\n" + scores.table(f"held-out corpus {request.param.stem}"))
    return scores


def test_corpora_are_well_formed():
    items = load(DEV_FILES + HELDOUT_FILES)
    assert len(HELDOUT_FILES) >= 1
    assert len(load(DEV_FILES)) >= 300
    for item in items:
        assert set(item) <= {"text", "moves"} and isinstance(item["text"], str)
        assert set(item["moves"]) <= set(MOVE_NAMES), item
    counts = {m: sum(m in item["moves"] for item in load(DEV_FILES)) for m in MOVE_NAMES}
    assert min(counts.values()) >= 25, counts


@pytest.mark.parametrize("move", MOVE_NAMES)
def test_dev_precision_and_recall_per_move(dev_scores, move):
    assert dev_scores.precision(move) >= DEV_FLOORS["precision"], dev_scores.table("development corpora")
    assert dev_scores.recall(move) >= DEV_FLOORS["recall"], dev_scores.table("development corpora")


def test_dev_macro_f1(dev_scores):
    assert dev_scores.macro_f1 >= DEV_FLOORS["macro_f1"], dev_scores.table("development corpora")


def test_heldout_macro_f1(heldout_scores):
    assert heldout_scores.macro_f1 >= HELDOUT_FLOORS["macro_f1"], heldout_scores.table("held-out corpus")


@pytest.mark.parametrize("move", DISTINCTIONS)
def test_heldout_hard_distinctions(heldout_scores, move):
    assert heldout_scores.f1(move) >= HELDOUT_FLOORS["distinctions_f1"], heldout_scores.table("held-out corpus")
