"""Provides the scorecard of a run: points by part, penalties, reservation fates and the outcome.

Every point is an `Entry` tied to the transcript line that earned or cost it, so the debrief
can show exactly where the score came from. The interviewer's beliefs (does the candidate
fit? would she accept an offer?) move with the same entries and decide the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .moves import Move
from .personas import Persona
from .scenario import Scenario
from .topics import touched
from .transcript import Line, RunLog

PARTS = ("questions", "ask", "fit", "reservations")
PART_MAX = {"questions": 10, "ask": 40, "fit": 20, "reservations": 30}

POINTS = {
    "question": (7, 3),           # the first and second real questions
    "next_steps": 3,              # asking something beats asking nothing, but it is about the process
    "thanks": 6,
    "interest": 6,
    "ask_for_job": 28,
    "fit_reason": (12, 8),        # the first and second specific reasons
    "ask_open": 10,
    "ask_closed": 4,
    "knowing": 6,                 # for hearing her reservations: the share of them she voiced
    "handling": 14,               # for meeting them: shared among the reservations she voiced
}
PENALTY = {
    "no_questions": -15,
    "next_steps_close": -3,
    "pushy": -10,
    "rambling": -3,
    "argued_hard": -8,
    "argued_soft": -5,
}
# How her beliefs move (0-100 scales): fit = "this person fits", accept = "she'd take an offer".
BELIEF = {
    "thanks": (2, 0),
    "question": (3, 0),
    "interest": (0, 10),
    "ask_for_job": (0, 35),
    "fit_specific": (8, 0),
    "fit_generic": (2, 0),
    "ask_reservations": (2, 0),
    "next_steps": (0, -10),
    "no_questions": (-10, -30),
    "pushy": (-12, 0),
    "countered": (6, 0),
    "acknowledged_soft": (0, 0),
    "acknowledged_hard": (0, 0),
    "argued": (-10, 0),
    "ignored": (-4, 0),
    "unvoiced_soft": (-4, 0),
}
CREDIT = {"countered": 1.0, "acknowledged_hard": 1.0, "acknowledged_soft": 0.5}


@dataclass(frozen=True)
class Entry:
    """Points earned or lost, and why, tied to a transcript line (None: the run as a whole)."""

    line: int | None
    part: str
    points: int
    why: str
    move: Move | None = None
    fit: int = 0
    accept: int = 0

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "part": self.part,
            "points": self.points,
            "why": self.why,
            "move": self.move.value if self.move else None,
        }


@dataclass(frozen=True)
class ReservationFate:
    id: str
    kind: str
    surfaced: bool
    handled: str
    says: str
    line: int | None = None

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "surfaced": self.surfaced, "handled": self.handled}


@dataclass
class Scorecard:
    """The verdict on one run."""

    score: int
    parts: dict[str, int]
    entries: list[Entry]
    reservations: list[ReservationFate]
    outcome: str
    fit: int
    accept: int
    advice: list[str] = field(default_factory=list)

    @property
    def penalties(self) -> list[Entry]:
        return [e for e in self.entries if e.part == "penalty" and e.points < 0]

    def penalties_json(self) -> list[dict[str, object]]:
        return [
            {"move": e.move.value if e.move else "", "points": e.points, "why": e.why, "line": e.line}
            for e in self.penalties
        ]


class _Tally:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, line: int | None, part: str, points: int, why: str, move: Move | None = None,
            belief: tuple[int, int] = (0, 0)) -> None:
        self.entries.append(Entry(line, part, points, why, move, belief[0], belief[1]))


def _fit_segments(line: Line) -> list[str]:
    """The parts of a line that carry fit reasons (the whole line when the reader found none)."""
    segments = [hit.evidence for hit in line.hits if hit.move is Move.FIT_REASON]
    return segments or [line.text]


def score_run(scenario: Scenario, persona: Persona, log: RunLog) -> Scorecard:
    """Score a run (finished or not) from its lines and the interviewer's events."""
    tally = _Tally()
    said = [(i, line) for i, line in log.candidate_lines()]
    all_moves = [m for _, line in said for m in line.moves]
    asked_job = Move.ASK_FOR_JOB in all_moves
    credited: set[str] = set()
    questions = 0
    reasons = 0
    traits_used: set[str] = set()
    best_ask = 0

    for index, line in said:
        moves = line.moves
        if Move.THANKS in moves and "thanks" not in credited:
            credited.add("thanks")
            tally.add(index, "ask", POINTS["thanks"], "You thanked her for her time.", Move.THANKS, BELIEF["thanks"])
        if Move.INTEREST in moves and "interest" not in credited:
            credited.add("interest")
            tally.add(index, "ask", POINTS["interest"], "You said you are interested: a start, not a close.", Move.INTEREST, BELIEF["interest"])
        if Move.ASK_FOR_JOB in moves and "ask_for_job" not in credited:
            credited.add("ask_for_job")
            tally.add(index, "ask", POINTS["ask_for_job"], "You said plainly that you want the job: she now knows an offer would not be wasted.", Move.ASK_FOR_JOB, BELIEF["ask_for_job"])
        if Move.QUESTION in moves and questions < len(POINTS["question"]):
            points = POINTS["question"][questions]
            questions += 1
            tally.add(index, "questions", points, "A real question about the work shows you are engaged.", Move.QUESTION, BELIEF["question"])
        if Move.FIT_REASON in moves:
            for segment in _fit_segments(line):
                hits = [t for t in scenario.traits if touched(segment, t.topics)]
                new = [t for t in hits if t.id not in traits_used]
                if hits and not new:
                    continue
                for trait in new or [None]:
                    if reasons >= len(POINTS["fit_reason"]):
                        tally.add(index, "penalty", PENALTY["rambling"], "More than two reasons: the strong ones get lost in the list.", Move.FIT_REASON)
                        reasons += 1
                        continue
                    base = POINTS["fit_reason"][reasons]
                    reasons += 1
                    if trait is not None:
                        traits_used.add(trait.id)
                        tally.add(index, "fit", base, f"A specific reason: you tied yourself to {trait.about.rstrip('.').lower()}.", Move.FIT_REASON, BELIEF["fit_specific"])
                    else:
                        points = round(base * persona.generic_reason_credit)
                        tally.add(index, "fit", points, "A generic reason: it names nothing particular to this role.", Move.FIT_REASON, BELIEF["fit_generic"])
        ask = 0
        if Move.RESERVATIONS_OPEN in moves:
            ask = POINTS["ask_open"]
        elif Move.RESERVATIONS_CLOSED in moves:
            ask = POINTS["ask_closed"]
        if ask > best_ask:
            kind = "openly, in a way she cannot answer with a no" if ask == POINTS["ask_open"] else "as a yes/no question, which lets her say no"
            move = Move.RESERVATIONS_OPEN if ask == POINTS["ask_open"] else Move.RESERVATIONS_CLOSED
            tally.add(index, "reservations", ask - best_ask, f"You asked about her reservations {kind}.", move, BELIEF["ask_reservations"] if not best_ask else (0, 0))
            best_ask = ask
        if Move.PUSHY in moves:
            tally.add(index, "penalty", PENALTY["pushy"], "Pushy: pressure or presuming the outcome makes her defensive, however friendly the tone.", Move.PUSHY, BELIEF["pushy"])
        if Move.NEXT_STEPS in moves:
            if "next_steps" not in credited and questions == 0:
                credited.add("next_steps")
                tally.add(index, "questions", POINTS["next_steps"], "You asked about the process: something, but not a question about the work itself.", Move.NEXT_STEPS, BELIEF["next_steps"])
            else:
                tally.add(index, "note", 0, "Asking about next steps signals you may be weighing other offers.", Move.NEXT_STEPS, BELIEF["next_steps"])

    # How the run ended.
    substantive = {Move.QUESTION, Move.INTEREST, Move.ASK_FOR_JOB, Move.FIT_REASON,
                   Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED, Move.NEXT_STEPS}
    declined = [i for i, line in said if Move.NO_QUESTIONS in line.moves]
    no_questions_ending = bool(declined) and not substantive.intersection(all_moves)
    if no_questions_ending:
        tally.add(declined[0], "penalty", PENALTY["no_questions"], "\"No questions\" tells her you are not really interested and want this over with.", Move.NO_QUESTIONS, BELIEF["no_questions"])
    next_steps_lines = [i for i, line in said if Move.NEXT_STEPS in line.moves]
    if next_steps_lines and not asked_job:
        tally.add(next_steps_lines[-1], "penalty", PENALTY["next_steps_close"], "You closed on next steps without asking for the job: she suspects you are waiting on another offer.", Move.NEXT_STEPS, (0, -persona.next_steps_penalty))

    # Reservations: what surfaced and how each was met.
    shared_at = {e.reservation: e.line for e in log.events if e.kind == "shared"}
    handled_at = {e.reservation: e for e in log.events if e.kind == "handled"}
    fates: list[ReservationFate] = []
    surfaced = [r for r in scenario.reservations if r.id in shared_at]
    share_points = POINTS["handling"] / len(surfaced) if surfaced else 0
    if surfaced:
        known = round(POINTS["knowing"] * len(surfaced) / len(scenario.reservations))
        first = min(shared_at[r.id] for r in surfaced)
        plural = "all of her doubts" if len(surfaced) == len(scenario.reservations) else f"{len(surfaced)} of her {len(scenario.reservations)} doubts"
        tally.add(first, "reservations", known, f"You heard {plural}: better to know where you stand than to guess.", None)
    for reservation in scenario.reservations:
        if reservation.id not in shared_at:
            fates.append(ReservationFate(reservation.id, reservation.kind, False, "none", reservation.says))
            if not reservation.is_hard:
                tally.add(None, "note", 0, f"She never voiced a doubt she holds ({reservation.id}), so you had no chance to answer it.", None, BELIEF["unvoiced_soft"])
            continue
        event = handled_at.get(reservation.id)
        line, how = (event.line, event.detail) if event else (shared_at[reservation.id], "ignored")
        fates.append(ReservationFate(reservation.id, reservation.kind, True, how, reservation.says, line))
        story_off_topic = how == "ignored" and event is not None and event.story
        if how == "acknowledged":
            credit = CREDIT["acknowledged_" + reservation.kind]
        elif story_off_topic:
            credit = persona.unrelated_story_credit
        else:
            credit = CREDIT.get(how, 0.0)
        points = round(share_points * credit)
        belief = BELIEF["acknowledged_" + reservation.kind] if how == "acknowledged" else BELIEF.get(how, (0, 0))
        tally.add(line, "reservations", points, _fate_why(reservation.is_hard, how, story_off_topic), None, belief)
        if how == "argued":
            penalty = PENALTY["argued_hard"] if reservation.is_hard else PENALTY["argued_soft"]
            said = log.lines[line].moves if line is not None and line < len(log.lines) else ()
            blamed = next((m for m in (Move.COUNTER_STORY, Move.PUSHY, Move.FIT_REASON) if m in said), None)
            tally.add(line, "penalty", penalty, "Arguing with her doubt makes it bigger: hear it, then answer with facts.", blamed)

    parts = {part: 0 for part in PARTS}
    for entry in tally.entries:
        if entry.part in parts:
            parts[entry.part] += entry.points
    for part in PARTS:
        parts[part] = min(parts[part], PART_MAX[part])
    raw = sum(parts.values()) + sum(e.points for e in tally.entries if e.part == "penalty")
    score = max(0, min(100, raw))

    fit = max(0, min(100, scenario.fit + sum(e.fit for e in tally.entries)))
    accept = max(0, min(100, scenario.accept + sum(e.accept for e in tally.entries)))
    outcome = _outcome(persona, fates, fit, accept, no_questions_ending, Move.PUSHY in all_moves)
    card = Scorecard(score, parts, tally.entries, fates, outcome, fit, accept)
    card.advice = advise(scenario, card, all_moves)
    return card


def _fate_why(hard: bool, how: str, off_topic: bool) -> str:
    if how == "countered":
        return "You answered a soft doubt with a story that speaks to it: that is how doubts dissolve."
    if how == "acknowledged" and hard:
        return "You acknowledged a requirement you cannot meet today, honestly: she trusts you more for it."
    if how == "acknowledged":
        return "You conceded the gap honestly; a short story from your past would have answered it."
    if how == "argued":
        return "You argued with her doubt instead of hearing it."
    if off_topic:
        return "You told a story, but not one about what worried her."
    return "Her doubt went unanswered."


OUTCOME_RANK = ("rejected", "waitlist", "next_round", "offer")


def _outcome(persona: Persona, fates: list[ReservationFate], fit: int, accept: int,
             no_questions_ending: bool, pushy: bool) -> str:
    """What she does next: offer, next_round, waitlist or rejected.

    Her beliefs decide (does the candidate fit? would they accept?), capped by what she
    can do: a recruiter cannot offer; an unmet hard requirement caps at next round when the
    candidate acknowledged it, at waitlist when it never came up, and rejects when argued.
    """
    if no_questions_ending or fit < 50:
        return "rejected"
    hard = [f for f in fates if f.kind == "hard"]
    if any(f.handled == "argued" for f in hard):
        return "rejected"
    cap = "offer" if persona.can_offer else "next_round"
    if any(f.handled != "acknowledged" for f in hard):
        cap = "waitlist"
    elif hard:
        cap = "next_round"
    open_soft = any(f.kind == "soft" and f.surfaced and f.handled != "countered" for f in fates)
    if accept < 70:
        outcome = "waitlist"
    elif fit >= 80 and accept >= 80 and not open_soft and not pushy:
        outcome = "offer"
    elif fit >= 65:
        outcome = "next_round"
    else:
        outcome = "waitlist"
    return min(outcome, cap, key=OUTCOME_RANK.index)


def advise(scenario: Scenario, card: Scorecard, all_moves: list[Move]) -> list[str]:
    """What was missed and why, in plain words: the lessons of this run."""
    advice: list[str] = []
    if Move.NO_QUESTIONS in all_moves and card.parts["questions"] == 0 and card.parts["ask"] < POINTS["ask_for_job"]:
        advice.append("Never end on \"no questions\". Ask one real question about the work, then close.")
    if Move.ASK_FOR_JOB not in all_moves:
        advice.append("You never asked for the job. Say plainly that you want it and would accept an offer: interest alone leaves her guessing.")
    if card.parts["fit"] < POINTS["fit_reason"][0]:
        example = scenario.traits[0].about.rstrip(".").lower()
        advice.append(f"Give one or two reasons that tie something true about you to this role, for example to {example}.")
    if Move.RESERVATIONS_OPEN not in all_moves:
        if Move.RESERVATIONS_CLOSED in all_moves:
            advice.append("You asked about doubts as a yes/no question. Ask her to share the reservations she has: that cannot be answered with a no.")
        else:
            advice.append("You did not ask for her reservations, so she keeps them and decides without you. Ask her to share them.")
    for fate in card.reservations:
        if not fate.surfaced:
            continue
        if fate.kind == "soft" and fate.handled != "countered":
            reservation = scenario.reservation(fate.id)
            topics = ", ".join(reservation.topics[:3])
            advice.append(f"Her doubt about {fate.id.replace('-', ' ')} was soft: answer it with a short true story (the situation, what you did, the result) about {topics}.")
        if fate.kind == "hard" and fate.handled != "acknowledged":
            advice.append(f"{fate.id.replace('-', ' ').capitalize()} is a hard requirement: no story removes it. Acknowledge it honestly and say what you are doing about it.")
    hidden_hard = [f for f in card.reservations if f.kind == "hard" and not f.surfaced]
    if hidden_hard:
        advice.append("She held a hard requirement against you and never said it. Asked openly, she would have told you, and you could have answered it honestly.")
    elif any(not f.surfaced for f in card.reservations) and Move.RESERVATIONS_OPEN in all_moves:
        advice.append("She had more doubts than she voiced. Once you have answered one, ask what else gives her pause.")
    if Move.NEXT_STEPS in all_moves and Move.ASK_FOR_JOB not in all_moves:
        advice.append("Closing on next steps and timing sounds like you are keeping your options open. Ask for the job instead; the timing will follow.")
    if Move.PUSHY in all_moves:
        advice.append("Drop the pressure: asking for the job is confident, presuming you already have it is not.")
    if Move.THANKS not in all_moves:
        advice.append("Thank her for her time: it costs nothing and opens the close.")
    return advice
