"""Provides the interviewer's hidden state, her judgement of each reply, and her decision.

She decides what happens next (an offer, the next round, the waitlist or a rejection) from
two beliefs, "this person fits" and "this person would accept an offer", and from the fate
of each reservation she holds. Scoring counts points; the outcome is hers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .kinds import Handling, Kind, Outcome
from .moves import Move
from .personas import Persona
from .scenario import Reservation, Scenario
from . import pertinence
from .topics import touched

# How her beliefs move (0-100 scales), as (fit, accept).
BELIEF = {
    "thanks": (2, 0),
    "question": (3, 0),
    "interest": (0, 10),
    "ask_for_job": (0, 35),
    "rival_first": (0, 10),       # another offer named only to say this role comes first
    "rival_leverage": (0, -25),   # another offer used to press her for an answer
    "fit_specific": (8, 0),
    "fit_generic": (2, 0),
    "ask_reservations": (2, 0),
    "next_steps": (0, -10),
    "no_questions": (-10, -30),
    "pushy": (-12, 0),
    Handling.COUNTERED: (6, 0),
    Handling.ARGUED: (-10, 0),
    Handling.IGNORED: (-4, 0),
    "acknowledged_soft": (-2, 0),
    "acknowledged_hard": (0, 0),
    # A soft doubt she never voiced: after an open ask she blames herself for keeping it
    # (it weighs little); never asked for, it stews against the candidate (it weighs a lot).
    "unvoiced_after_ask": (-2, 0),
    "unvoiced_never_asked": (-6, 0),
}

# Her thresholds on the two beliefs.
OFFER_AT = 80
NEXT_ROUND_FIT = 65
ACCEPT_AT = 70
REJECT_BELOW_FIT = 40


@dataclass
class InterviewerState:
    """Which reservations she still keeps to herself, has shared, and how each was met."""

    held: list[str] = field(default_factory=list)
    shared: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    handled: dict[str, Handling] = field(default_factory=dict)

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

    def settle(self, reservation_id: str, how: Handling) -> None:
        self.pending.remove(reservation_id)
        self.handled[reservation_id] = how


@dataclass(frozen=True)
class Judgement:
    """How a reply met a reservation."""

    handled: Handling
    pertinent: tuple[str, ...] = ()
    story: bool = False


def judge_reply(reservation: Reservation, moves: tuple[Move, ...], text: str, disputing: bool) -> Judgement:
    """Judge the candidate's reply to a reservation she just shared.

    Arguing is denying the doubt, belittling it or pressing her for an exception, and it
    counts even in the same breath as a concession ("fair point, but it's just paper").
    Hard: an honest concession acknowledges it; a story without one is a dodge (ignored:
    it resolves nothing, but it is no argument). Soft: a story that makes her doubt smaller
    counters it (the pertinence judge reads what it says, whatever its words); a concession
    acknowledges it; a story about something else leaves it.
    """
    story = Move.COUNTER_STORY in moves
    conceded = Move.ACKNOWLEDGE_GAP in moves
    if not story:
        pertinent: tuple[str, ...] = ()
    elif reservation.is_hard:
        pertinent = tuple(touched(text, reservation.topics))
    else:
        pertinent = pertinence.story_topics(reservation, text)
    pushing = disputing or Move.PUSHY in moves
    if reservation.is_hard:
        if pushing:
            return Judgement(Handling.ARGUED, pertinent, story)
        if conceded:
            return Judgement(Handling.ACKNOWLEDGED, pertinent, story)
        return Judgement(Handling.IGNORED, pertinent, story)
    if story and pertinent:
        return Judgement(Handling.COUNTERED, pertinent, story)
    if pushing:
        return Judgement(Handling.ARGUED, (), story)
    if conceded:
        return Judgement(Handling.ACKNOWLEDGED, pertinent, story)
    return Judgement(Handling.IGNORED, (), story)


@dataclass(frozen=True)
class ReservationFate:
    """What became of one reservation: voiced or not, and how the candidate met it."""

    id: str
    kind: Kind
    surfaced: bool
    handled: Handling
    says: str
    line: int | None = None
    story: bool = False
    plan: bool = False

    @property
    def name(self) -> str:
        """The reservation in words, e.g. "statistics degree"."""
        return self.id.replace("-", " ")

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind.value, "surfaced": self.surfaced, "handled": self.handled.value}


@dataclass(frozen=True)
class Signals:
    """What she noticed about the close as a whole, beside her two beliefs."""

    asked_open: bool = False
    asked_job: bool = False
    no_questions_ending: bool = False
    pushy: bool = False
    next_steps: bool = False
    rival_leverage: bool = False


@dataclass(frozen=True)
class Verdict:
    """Her decision and the one sentence that explains it."""

    outcome: Outcome
    why: str


def decide(persona: Persona, fit: int, accept: int, fates: list[ReservationFate], signals: Signals) -> Verdict:
    """What she does next, and why, in one sentence.

    Her beliefs decide (does the candidate fit? would they accept?), within what she can do
    and what the hard requirements allow: a recruiter cannot offer; a hard requirement the
    candidate owned, or one she kept back after being asked openly, goes to the next
    decision maker; one she was never asked for, or that was dodged, stays against the
    candidate (waitlist); one argued with ends it.
    """
    if signals.no_questions_ending:
        return Verdict(Outcome.REJECTED, "She turned you down because you asked her nothing, which told her you are not really interested.")
    argued = [f for f in fates if f.kind is Kind.HARD and f.handled is Handling.ARGUED]
    if argued:
        return Verdict(Outcome.REJECTED, f"She turned you down because you argued with the {argued[0].name} requirement, which you cannot meet today, instead of owning it.")
    if fit < REJECT_BELOW_FIT:
        return Verdict(Outcome.REJECTED, "She turned you down because nothing you said convinced her that you fit the role.")
    belief = _by_beliefs(fit, accept, fates, signals)
    capped = _cap(persona, fates, signals)
    if capped:
        cap, hard = capped
        # When both agree, the belief explains it, except that an offer a hard requirement
        # took away is worth naming: the requirement, not a doubt, is what she is waiting on.
        if cap.outcome.rank < belief.outcome.rank or (hard and cap.outcome is belief.outcome is Outcome.NEXT_ROUND):
            return cap
    return belief


def _by_beliefs(fit: int, accept: int, fates: list[ReservationFate], signals: Signals) -> Verdict:
    if accept < ACCEPT_AT:
        if not signals.asked_job:
            cause = "you never said plainly that you want this job"
        elif signals.rival_leverage:
            cause = "you used another offer as leverage"
        elif signals.next_steps:
            cause = "your questions about the process sound like someone weighing other offers"
        else:
            cause = "nothing you said made her sure of it"
        return Verdict(Outcome.WAITLIST, f"She waitlisted you because she is not sure you would accept an offer: {cause}.")
    if fit < NEXT_ROUND_FIT:
        return Verdict(Outcome.WAITLIST, "She waitlisted you because she believes you would accept, but is not yet sure that you fit the role.")
    open_soft = [f for f in fates if f.kind is Kind.SOFT and f.surfaced and f.handled in (Handling.IGNORED, Handling.ARGUED)]
    if open_soft:
        return Verdict(Outcome.NEXT_ROUND, f"She is sending you to the next round rather than offering because her doubt about {open_soft[0].name} is still open.")
    if signals.pushy:
        return Verdict(Outcome.NEXT_ROUND, "She is sending you to the next round rather than offering because the pressure you put on her made her wary.")
    if fit < OFFER_AT or accept < OFFER_AT:
        doubt = "that you fit" if fit < OFFER_AT else "that you would accept"
        return Verdict(Outcome.NEXT_ROUND, f"She is sending you to the next round because she is not yet sure enough {doubt} to offer today.")
    return Verdict(Outcome.OFFER, "She is offering you the job because she believes you fit and that you would accept.")


def _cap(persona: Persona, fates: list[ReservationFate], signals: Signals) -> tuple[Verdict, bool] | None:
    """The best she can do whatever her beliefs, why, and whether a hard requirement sets it."""
    hard = [f for f in fates if f.kind is Kind.HARD]
    hidden = [f for f in hard if not f.surfaced]
    dodged = [f for f in hard if f.surfaced and f.handled is Handling.IGNORED]
    owned = [f for f in hard if f.surfaced and f.handled is Handling.ACKNOWLEDGED]
    if hidden and not signals.asked_open:
        return Verdict(Outcome.WAITLIST, f"She waitlisted you because she holds the {hidden[0].name} requirement against you, and you never asked her openly to share her reservations."), True
    if dodged:
        return Verdict(Outcome.WAITLIST, f"She waitlisted you because you answered the {dodged[0].name} requirement without acknowledging it, so it still stands against you."), True
    if owned:
        return Verdict(Outcome.NEXT_ROUND, f"She is sending you to the next round because the {owned[0].name} requirement is not hers to waive, and you owned it honestly."), True
    if hidden:
        return Verdict(Outcome.NEXT_ROUND, f"She is sending you to the next round because she still holds the {hidden[0].name} requirement, which she kept back when you asked openly, for the next decision maker to weigh."), True
    if not persona.can_offer:
        return Verdict(Outcome.NEXT_ROUND, "She is passing you on to the hiring manager, the best a recruiter can do."), False
    return None
