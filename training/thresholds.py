"""Provides the choice of each move's threshold on the lines kept out of training (no torch needed)."""

from __future__ import annotations

from game.core.moves import MOVE_NAMES


def choose_thresholds(probabilities: list[dict[str, float]], gold: list[set[str]],
                      realworld: list[bool] | None = None) -> dict[str, float]:
    """Per move, the threshold on the grid 0.05…0.95 with the best F1 (ties: the one nearest 0.5).

    With `realworld` given, the F1 maximised is the mean of the F1 on the real-world lines and
    the F1 on the others: the real-world lines are fewer, but theirs is the phrasing players use.
    """
    grid = [round(0.05 * i, 2) for i in range(1, 20)]
    groups = [[i for i, real in enumerate(realworld) if real is flag] for flag in (False, True)] if realworld else []
    groups = [group for group in groups if group] or [list(range(len(gold)))]
    chosen = {}
    for move in MOVE_NAMES:
        def f1(threshold: float) -> float:
            return sum(
                move_f1([probabilities[i][move] >= threshold for i in group], [move in gold[i] for i in group])
                for group in groups
            ) / len(groups)
        chosen[move] = max(grid, key=lambda t: (round(f1(t), 6), -abs(t - 0.5)))
    return chosen


def move_f1(found: list[bool], wanted: list[bool]) -> float:
    tp = sum(f and w for f, w in zip(found, wanted))
    fp = sum(f and not w for f, w in zip(found, wanted))
    fn = sum(w and not f for f, w in zip(found, wanted))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
