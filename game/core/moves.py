"""Provides the twelve closing moves and the record of one move read from an utterance."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Move(str, Enum):
    """One thing a candidate can do in the close (defined in docs/moves.md)."""

    NO_QUESTIONS = "no_questions"
    QUESTION = "question"
    NEXT_STEPS = "next_steps"
    INTEREST = "interest"
    ASK_FOR_JOB = "ask_for_job"
    FIT_REASON = "fit_reason"
    RESERVATIONS_OPEN = "reservations_open"
    RESERVATIONS_CLOSED = "reservations_closed"
    COUNTER_STORY = "counter_story"
    ACKNOWLEDGE_GAP = "acknowledge_gap"
    THANKS = "thanks"
    PUSHY = "pushy"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """A short human name, e.g. "ask for the job"."""
        return MOVE_LABELS[self]


MOVE_NAMES: tuple[str, ...] = tuple(move.value for move in Move)

MOVE_LABELS: dict[Move, str] = {
    Move.NO_QUESTIONS: "no questions",
    Move.QUESTION: "question",
    Move.NEXT_STEPS: "next steps",
    Move.INTEREST: "interest",
    Move.ASK_FOR_JOB: "ask for the job",
    Move.FIT_REASON: "fit reason",
    Move.RESERVATIONS_OPEN: "open reservations question",
    Move.RESERVATIONS_CLOSED: "yes/no reservations question",
    Move.COUNTER_STORY: "story",
    Move.ACKNOWLEDGE_GAP: "acknowledges a gap",
    Move.THANKS: "thanks",
    Move.PUSHY: "pushy",
}


def parse_move(name: str) -> Move:
    """Return the move called `name`.

    Raises:
        ValueError: `name` is not one of the twelve moves.
    """
    try:
        return Move(name)
    except ValueError:
        raise ValueError(
            f"unknown move {name!r} (moves are: {', '.join(MOVE_NAMES)})"
        ) from None


@dataclass(frozen=True, slots=True)
class MoveHit:
    """A move found in an utterance, with the words that carry it: `text[start:end]`."""

    move: Move
    start: int
    end: int
    evidence: str

    def as_json(self) -> dict[str, object]:
        return {
            "move": self.move.value,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }
