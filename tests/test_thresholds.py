"""Choosing each move's threshold on the lines kept out of training (`training/thresholds.py`)."""

from __future__ import annotations

from game.core.moves import MOVE_NAMES
from training.thresholds import choose_thresholds, move_f1


def scored(pushy: float) -> dict[str, float]:
    return {move: (pushy if move == "pushy" else 0.0) for move in MOVE_NAMES}


def test_f1_counts_hits_misses_and_false_alarms():
    assert move_f1([True, True, False, False], [True, False, True, False]) == 0.5
    assert move_f1([False, False], [False, False]) == 1.0
    assert move_f1([True], [False]) == 0.0


def test_the_threshold_separates_the_lines_that_carry_the_move():
    probabilities = [scored(p) for p in (0.9, 0.8, 0.3, 0.2)]
    gold = [{"pushy"}, {"pushy"}, set(), set()]
    chosen = choose_thresholds(probabilities, gold)
    assert 0.3 < chosen["pushy"] <= 0.8


def test_real_world_lines_weigh_as_much_as_all_the_others_together():
    # Written lines: 20 clear, 3 faint (0.58) carrying pushy, 20 without. Real-world lines: one
    # clear, two at 0.57 without. Pooled, the three faint written lines outweigh the two real
    # false alarms (a threshold of 0.5); weighed by kind, the real lines pull it above 0.57.
    written = [scored(0.9)] * 20 + [scored(0.58)] * 3 + [scored(0.1)] * 20
    written_gold = [{"pushy"}] * 23 + [set()] * 20
    real = [scored(0.95), scored(0.57), scored(0.57)]
    real_gold = [{"pushy"}, set(), set()]
    probabilities, gold = written + real, written_gold + real_gold
    flags = [False] * len(written) + [True] * len(real)
    assert choose_thresholds(probabilities, gold)["pushy"] <= 0.55
    assert 0.57 < choose_thresholds(probabilities, gold, flags)["pushy"] <= 0.9
