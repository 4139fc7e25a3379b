"""Provides the leaderboard's views over verified runs: best per scenario, the daily close,
and overall (each player's best per scenario, summed).

A player is known by name and by where their runs come from: the players of this saves
folder ("local") are kept apart from friends ("imported" and "club") who happen to share
a name with one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .sharecode import DAILY


@dataclass(frozen=True)
class Row:
    """One verified run on the board."""

    player: str
    scenario: str
    score: int
    outcome: str
    source: str
    when: str
    daily: int = 0
    flag: str = ""

    @property
    def date(self) -> str:
        return self.when[:10]

    @property
    def side(self) -> str:
        return "local" if self.source == "local" else "friend"

    def as_json(self, with_date: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "player": self.player, "scenario": self.scenario, "score": self.score,
            "outcome": self.outcome, "source": self.source, "when": self.when,
        }
        if with_date:
            out["date"] = self.date
        if self.flag:
            out["flag"] = self.flag
        return out


@dataclass(frozen=True)
class Standing:
    """A player's overall total: their best on each scenario, summed."""

    player: str
    source: str
    total: int
    scenarios: int

    def as_json(self) -> dict[str, Any]:
        return {"player": self.player, "source": self.source, "total": self.total, "scenarios": self.scenarios}


def _order(row: Row) -> tuple:
    return (-row.score, row.when, row.player.casefold(), row.source)


def best_runs(rows: Iterable[Row], scenario: str | None = None) -> list[Row]:
    """Each player's best run on each scenario (the earliest, on a tie), best first."""
    best: dict[tuple[str, str, str], Row] = {}
    for row in rows:
        if scenario is not None and row.scenario != scenario:
            continue
        key = (row.player.casefold(), row.side, row.scenario)
        if key not in best or _order(row) < _order(best[key]):
            best[key] = row
    return sorted(best.values(), key=_order)


def daily_board(rows: Iterable[Row], date: str, scenario: str | None) -> list[Row]:
    """The ranked daily attempts of a date on its scenario: one per player (their first), best first."""
    first: dict[tuple[str, str], Row] = {}
    for row in rows:
        if row.daily != DAILY or row.date != date or row.scenario != scenario:
            continue
        key = (row.player.casefold(), row.side)
        if key not in first or row.when < first[key].when:
            first[key] = row
    return sorted(first.values(), key=_order)


def overall(rows: Iterable[Row]) -> list[Standing]:
    """Each player's best per scenario, summed; highest total first."""
    totals: dict[tuple[str, str], list[Row]] = {}
    for row in best_runs(rows):
        totals.setdefault((row.player.casefold(), row.side), []).append(row)
    standings = [
        Standing(runs[0].player, runs[0].source, sum(r.score for r in runs), len(runs)) for runs in totals.values()
    ]
    return sorted(standings, key=lambda s: (-s.total, -s.scenarios, s.player.casefold(), s.source))
