"""Provides the comparison of two runs of one scenario: side by side, turn by turn, with the
points each turn earned and the first turn where the running scores part ways.

A turn's points are those the ledger ties to the candidate's line and to the interviewer's
lines that answer it (hearing her doubts is credited on the line where she voices one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .record import RunRecord
from .scoring import PARTS


class NotComparable(ValueError):
    """Two runs that cannot be set side by side (different scenarios)."""


@dataclass(frozen=True)
class Side:
    """One run's line on a turn: what was said, the moves it carried, and the points."""

    text: str
    moves: tuple[str, ...]
    points: int
    total: int

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "moves": list(self.moves), "points": self.points, "total": self.total}


@dataclass(frozen=True)
class Turn:
    number: int
    a: Side | None
    b: Side | None

    @property
    def same_moves(self) -> bool:
        return self.a is not None and self.b is not None and set(self.a.moves) == set(self.b.moves)

    def as_json(self) -> dict[str, Any]:
        return {
            "turn": self.number,
            "a": self.a.as_json() if self.a else None,
            "b": self.b.as_json() if self.b else None,
            "same_moves": self.same_moves,
        }


@dataclass(frozen=True)
class Comparison:
    scenario: str
    a_name: str
    b_name: str
    a: RunRecord
    b: RunRecord
    turns: tuple[Turn, ...]
    diverged_at: int | None

    def as_json(self) -> dict[str, Any]:
        def side(name: str, run: RunRecord) -> dict[str, Any]:
            return {"player": name, "score": run.score, "outcome": run.outcome, "parts": dict(run.parts),
                    "reservations": {r.id: r.handled for r in run.reservations}}

        return {
            "scenario": self.scenario,
            "a": side(self.a_name, self.a),
            "b": side(self.b_name, self.b),
            "turns": [t.as_json() for t in self.turns],
            "diverged_at": self.diverged_at,
            "parts": {part: [self.a.parts.get(part, 0), self.b.parts.get(part, 0)] for part in PARTS},
        }


def turn_sides(run: RunRecord) -> list[Side]:
    """The candidate's lines of a run, each with the points its turn earned and the running total."""
    turns = run.candidate_turns()
    owner: dict[int, int] = {}
    for number, index in enumerate(turns):
        end = turns[number + 1] if number + 1 < len(turns) else len(run.transcript)
        for line in range(index, end):
            owner[line] = number
    points = [0] * len(turns)
    for entry in run.ledger:
        if entry.line is not None and entry.line in owner:
            points[owner[entry.line]] += entry.points
    sides, total = [], 0
    for number, index in enumerate(turns):
        total += points[number]
        line = run.transcript[index]
        sides.append(Side(line.text, line.moves, points[number], total))
    return sides


def compare(a: RunRecord, b: RunRecord, a_name: str = "A", b_name: str = "B") -> Comparison:
    """Set two runs of one scenario side by side.

    Raises:
        NotComparable: the runs are of different scenarios.
    """
    if a.scenario != b.scenario:
        raise NotComparable(f"these runs are of different scenarios ({a.scenario!r} and {b.scenario!r})")
    left, right = turn_sides(a), turn_sides(b)
    turns = []
    diverged = None
    for number in range(max(len(left), len(right))):
        one = left[number] if number < len(left) else None
        two = right[number] if number < len(right) else None
        turns.append(Turn(number + 1, one, two))
        if diverged is None and (one is None or two is None or one.total != two.total):
            diverged = number + 1
    if diverged is None and a.score != b.score:
        diverged = len(turns) or None
    return Comparison(a.scenario, a_name, b_name, a, b, tuple(turns), diverged)
