"""Provides the daily close: one bundled scenario chosen from the date, the same for everyone.

Monday and Tuesday draw from the easiest tier, the tiers climb through the week, and Sunday
brings the hardest; within a tier the choice rotates from day to day and week to week. Only
scenarios that ship with the game take part, so friends with different extra folders still
get the same daily close.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .catalog import Catalog, bundled_scenario_dir
from .scenario import Scenario

_EPOCH = dt.date(2026, 1, 5)  # a Monday: weeks are counted from here


def today() -> str:
    """Today's local date, `YYYY-MM-DD`."""
    return dt.date.today().isoformat()


def parse_date(text: str) -> dt.date:
    """A `YYYY-MM-DD` date.

    Raises:
        ValueError: not such a date (the message says so in words).
    """
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date like 2026-12-06") from None


def bundled(catalog: Catalog) -> list[Scenario]:
    """The catalogue's scenarios that ship with the game, by tier then id."""
    folder = bundled_scenario_dir().resolve()
    ours = [s for s in catalog.scenarios.values() if s.source and Path(s.source).resolve().parent == folder]
    return sorted(ours, key=lambda s: (s.tier, s.id))


def daily_scenario(catalog: Catalog, date: str) -> Scenario | None:
    """The daily close of a date (None when no bundled scenario loaded).

    Raises:
        ValueError: `date` is not a `YYYY-MM-DD` date.
    """
    day = parse_date(date)
    pool = bundled(catalog)
    if not pool:
        return None
    tiers = sorted({s.tier for s in pool})
    weekday = day.weekday()
    tier = tiers[weekday * len(tiers) // 7]
    choices = [s for s in pool if s.tier == tier]
    week = (day - _EPOCH).days // 7
    return choices[(week + weekday) % len(choices)]
