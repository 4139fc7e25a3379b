"""Provides the report of a finished run: the `closer run --json` object, also what saves keep."""

from __future__ import annotations

from typing import Any

from .interview import Interview
from .record import RunRecord
from .scoring import Scorecard


def run_report(interview: Interview, ignored_moves: int = 0, card: Scorecard | None = None) -> dict[str, Any]:
    """The contract's JSON object for a run, plus the ledger, verdict, advice and moves behind the score."""
    return RunRecord.from_interview(interview, ignored_moves, card).to_json()
