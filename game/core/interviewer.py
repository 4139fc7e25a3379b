"""Provides the interviewer's hidden state and her decisions about reservations."""

from __future__ import annotations

from dataclasses import dataclass, field

from .moves import Move
from .personas import Persona
from .scenario import Reservation, Scenario
from .topics import touched


@dataclass
class InterviewerState:
    """Which reservations she still keeps to herself, has shared, and how each was met."""

    held: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    handled: dict[str, str] = field(default_factory=dict)

    @classmethod
    def for_scenario(cls, scenario: Scenario) -> "InterviewerState":
        return cls(held=[r.id for r in scenario.reservations])

    def share(self, persona: Persona, open_question: bool) -> list[str]:
        """Decide which reservations to share when asked; they become pending answers.

        An open question always draws at least one reservation she still holds; a yes/no
        question draws only as many as the persona volunteers (guarded ones: none).
        """
        count = persona.shares_on_open if open_question else persona.shares_on_closed
        chosen = self.held[:count]
        for reservation_id in chosen:
            self.held.remove(reservation_id)
            self.shared.append(reservation_id)
            self.pending.append(reservation_id)
        return chosen

    @property
    def answering(self) -> str | None:
        """The reservation the candidate is now answering, if any."""
        return self.pending[0] if self.pending else None

    def settle(self, reservation_id: str, how: str) -> None:
        self.pending.remove(reservation_id)
        self.handled[reservation_id] = how


@dataclass(frozen=True)
class Judgement:
    """How a reply met a reservation: one of countered, acknowledged, argued, ignored."""

    handled: str
    pertinent: tuple[str, ...] = ()
    story: bool = False


def judge_reply(reservation: Reservation, moves: tuple[Move, ...], text: str, disputing: bool) -> Judgement:
    """Judge the candidate's reply to a reservation she just shared.

    Soft: a story that touches her worry counters it; an honest concession acknowledges it;
    a story about something else, or silence, leaves it ignored; denial argues it.
    Hard: only acknowledgment is right; a story, a rebuttal or pressure argues it.
    """
    story = Move.COUNTER_STORY in moves
    conceded = Move.ACKNOWLEDGE_GAP in moves
    pertinent = tuple(touched(text, reservation.topics)) if story else ()
    pushing = disputing or Move.PUSHY in moves
    if reservation.is_hard:
        if conceded:
            return Judgement("acknowledged", pertinent, story)
        if story or pushing or Move.FIT_REASON in moves:
            return Judgement("argued", pertinent, story)
        return Judgement("ignored")
    if story and pertinent:
        return Judgement("countered", pertinent, story)
    if conceded:
        return Judgement("acknowledged", pertinent, story)
    if story:
        return Judgement("ignored", (), True)
    if pushing:
        return Judgement("argued")
    return Judgement("ignored")
