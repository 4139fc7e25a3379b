"""Provides the report of a finished run: the `closer run --json` object, also what saves keep."""

from __future__ import annotations

from typing import Any

from .interview import Interview
from .scoring import Scorecard


def run_report(interview: Interview, ignored_moves: int = 0, card: Scorecard | None = None) -> dict[str, Any]:
    """The contract's JSON object for a run, plus the ledger and advice behind the score."""
    scenario = interview.scenario
    card = card or interview.scorecard()
    return {
        "scenario": scenario.id,
        "scenario_hash": scenario.content_hash,
        "interviewer": scenario.interviewer.name,
        "tier": scenario.tier,
        "outcome": card.outcome.value,
        "score": card.score,
        "parts": card.parts_json(),
        "penalties": card.penalties_json(),
        "reservations": [fate.as_json() for fate in card.reservations],
        "transcript": [line.as_json() for line in interview.lines],
        "ended_by": interview.ended_by or "candidate",
        "ignored_moves": ignored_moves,
        "ledger": [entry.as_json() for entry in card.entries if entry.points or entry.part == "note"],
        "verdict": card.verdict,
        "advice": list(card.advice),
        "beliefs": {"fit": card.fit, "accept": card.accept},
    }
