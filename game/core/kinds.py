"""Provides the typed words of the domain: outcomes, reservation kinds and handlings, score parts.

Each is a `StrEnum`, so its value is the exact string the saves and `closer run --json` carry
(`Outcome.NEXT_ROUND == "next_round"`), and `Outcome("waitlist")` reads one back.
"""

from __future__ import annotations

from enum import StrEnum


class _Named(StrEnum):
    """A domain word with a short human name for screens and feedback (`label`)."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class Outcome(_Named):
    """What the interviewer does next, from best to worst by `rank`."""

    OFFER = "offer"
    NEXT_ROUND = "next_round"
    WAITLIST = "waitlist"
    REJECTED = "rejected"

    @property
    def rank(self) -> int:
        """0 for rejected up to 3 for an offer: higher is better."""
        return _OUTCOME_RANK[self]


class Kind(StrEnum):
    """A reservation's kind: soft (a story can answer it) or hard (a requirement not met today)."""

    HARD = "hard"
    SOFT = "soft"


class Handling(_Named):
    """How the candidate met a reservation; NONE when she never voiced it."""

    COUNTERED = "countered"
    ACKNOWLEDGED = "acknowledged"
    ARGUED = "argued"
    IGNORED = "ignored"
    NONE = "none"


# The replies a scenario writes for each reservation: every handling she can react to.
REPLY_HANDLINGS = (Handling.COUNTERED, Handling.ACKNOWLEDGED, Handling.ARGUED, Handling.IGNORED)


class Part(StrEnum):
    """Where a ledger entry belongs: one of the four scored parts, a penalty, or a note (0 points)."""

    QUESTIONS = "questions"
    ASK = "ask"
    FIT = "fit"
    RESERVATIONS = "reservations"
    PENALTY = "penalty"
    NOTE = "note"


# The four parts of the score, in the order they are shown, and the most each can earn.
SCORED_PARTS = (Part.QUESTIONS, Part.ASK, Part.FIT, Part.RESERVATIONS)
PART_MAX = {Part.QUESTIONS: 10, Part.ASK: 40, Part.FIT: 20, Part.RESERVATIONS: 30}


class Knowledge(_Named):
    """The kind of self-knowledge a fit reason draws on."""

    INTEREST = "interest"
    MOTIVATOR = "motivator"
    SKILL = "skill"
    CULTURE = "culture"


_OUTCOME_RANK = {Outcome.REJECTED: 0, Outcome.WAITLIST: 1, Outcome.NEXT_ROUND: 2, Outcome.OFFER: 3}
_LABELS: dict[_Named, str] = {
    Outcome.OFFER: "Offer",
    Outcome.NEXT_ROUND: "Next round",
    Outcome.WAITLIST: "Waitlisted",
    Outcome.REJECTED: "Rejected",
    Handling.COUNTERED: "answered with a story",
    Handling.ACKNOWLEDGED: "acknowledged",
    Handling.ARGUED: "argued",
    Handling.IGNORED: "left unanswered",
    Handling.NONE: "never surfaced",
    Knowledge.INTEREST: "your interests (what you enjoy doing)",
    Knowledge.MOTIVATOR: "what motivates you",
    Knowledge.SKILL: "your skills and experience",
    Knowledge.CULTURE: "the culture you thrive in",
}
