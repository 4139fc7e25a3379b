"""Provides the scorecard of a run: points by part, penalties, reservation fates and the verdict.

Every point is an `Entry` tied to the transcript line that earned or cost it, so the debrief
can show exactly where the score came from. The same entries move the interviewer's two
beliefs (does the candidate fit? would she accept an offer?); the interviewer module turns
those beliefs and the reservations' fates into the outcome, and scoring keeps a run she
turned down below every unlock line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import pertinence
from .interviewer import BELIEF, ReservationFate, Signals, decide
from .kinds import PART_MAX, SCORED_PARTS, Handling, Kind, Knowledge, Outcome, Part
from .moves import Move, MoveHit
from .personas import Persona
from .scenario import Scenario
from .topics import touched
from .transcript import Event, Line, RunLog

PARTS = SCORED_PARTS

POINTS = {
    "question": (7, 3),           # the first and second real questions
    "next_steps": 3,              # asking something beats asking nothing, but it is about the process
    "thanks": 6,
    "interest": 6,
    "ask_for_job": 28,
    "fit_reason": (12, 8),        # the first and second distinct reasons
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
    "fishing": -4,
    "argued_hard": -8,
    "argued_soft": -5,
}
# The share of a reservation's handling points each fate earns.
CREDIT = {
    (Kind.SOFT, Handling.COUNTERED): 1.0,
    (Kind.SOFT, Handling.ACKNOWLEDGED): 0.75,
    (Kind.HARD, Handling.ACKNOWLEDGED): 1.0,
}
# The most a run can score for each outcome short of the next round, so the score never
# tells a player a close went better than it did: a run she turned down stays below every
# unlock line (every persona's is higher); a waitlisted one stays below the strong closes.
CEILING = {Outcome.REJECTED: 60, Outcome.WAITLIST: 79}
REJECTED_CEILING = CEILING[Outcome.REJECTED]
_CEILING_WHY = {
    Outcome.REJECTED: "She turned you down, so this run scores at most {ceiling}, below every unlock line, whatever its parts earned.",
    Outcome.WAITLIST: "She waitlisted you, so this run scores at most {ceiling}: a close that leaves her unsure is not a strong close, whatever its parts earned.",
}
# An answer longer than this (about a hundred and twenty spoken words) rambles on its own.
LONG_ANSWER = 700

# Another offer, mentioned: as leverage when the line presses her, as commitment when it asks.
RIVAL_OFFER = ("another offer", "other offer", "other offers", "offer from", "rival", "competing offer",
               "another company", "another organisation", "another organization", "another firm", "elsewhere")

# The kind of self-knowledge a reason draws on: the earliest cue in the reason decides.
# Each rule: the kind, its cue pattern, and examples it must name (checked by the tests).
KNOWLEDGE_RULES: tuple[tuple[Knowledge, str, tuple[str, ...]], ...] = (
    (Knowledge.CULTURE, r"\b(?:at my best|thrive|work best|do my best work|culture|environment|kind of (?:place|team|organi[sz]ation)|places? (?:where|that)|teams? (?:where|that))\b",
     ("I'm at my best on a fast floor run by the numbers.", "I thrive in a team that says what it thinks.")),
    (Knowledge.MOTIVATOR, r"\b(?:motivat\w*|drives? me|driven by|i care|care (?:about|that)|matters to me|proud|purpose|meaning(?:ful)?|recognition|autonomy|mastery|security|make a difference|making a difference)\b",
     ("I'm motivated by getting patients home safely.", "I care that everyone can get online for free.")),
    (Knowledge.INTEREST, r"\b(?:enjoy\w*|love|loved|interested in|interests?|fascinat\w*|passion\w*|what i like|curious|gravitate)\b",
     ("Teaching new starters is what I enjoy most.", "I love building big public days for families.")),
    (Knowledge.SKILL, r"\b(?:good at|skilled|skills?|experience[d]?|years|i've (?:built|run|led|taught|managed|spent|done|written|trained)|i (?:built|ran|led|taught|managed|trained)|know how|strength|strong at)\b",
     ("I've built websites for six years, so your redesign is work I know.", "I'm good at calming an angry guest.")),
)
_KNOWLEDGE = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern, _ in KNOWLEDGE_RULES)
_DATED = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter"
    r"|next (?:week|month|term|year)|within (?:\w+ )?(?:weeks?|months?|a year)|by (?:the end of )?(?:the )?(?:spring|summer|autumn|winter|june|christmas)|20\d\d"
    r"|in (?:\w+ )?(?:weeks|months))\b", re.IGNORECASE)
_REASON_SPLIT = re.compile(r"(?:,\s+and\s+|(?<=[.!?])\s+)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """Points earned or lost, and why, tied to a transcript line (None: the run as a whole).

    `rule` names a penalty or a note (e.g. "rambling"); `fit` and `accept` are how far the
    interviewer's beliefs moved with it.
    """

    line: int | None
    part: Part
    points: int
    why: str
    move: Move | None = None
    fit: int = 0
    accept: int = 0
    rule: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "line": self.line,
            "part": self.part.value,
            "points": self.points,
            "why": self.why,
            "move": self.move.value if self.move else None,
            "rule": self.rule,
        }


@dataclass
class Scorecard:
    """The verdict on one run."""

    score: int
    parts: dict[Part, int]
    entries: list[Entry]
    reservations: list[ReservationFate]
    outcome: Outcome
    fit: int
    accept: int
    verdict: str = ""
    advice: list[str] = field(default_factory=list)

    @property
    def penalties(self) -> list[Entry]:
        return [e for e in self.entries if e.part is Part.PENALTY and e.points < 0]

    def penalties_json(self) -> list[dict[str, object]]:
        return [
            {"move": e.move.value if e.move else "", "points": e.points, "why": e.why, "line": e.line, "rule": e.rule}
            for e in self.penalties
        ]

    def parts_json(self) -> dict[str, int]:
        return {part.value: points for part, points in self.parts.items()}


class _Tally:
    def __init__(self) -> None:
        self.entries: list[Entry] = []

    def add(self, line: int | None, part: Part, points: int, why: str, move: Move | None = None,
            belief: tuple[int, int] = (0, 0), rule: str | None = None) -> None:
        self.entries.append(Entry(line, part, points, why, move, belief[0], belief[1], rule))


@dataclass(frozen=True)
class Reason:
    """One distinct fit reason: its words, the traits of the role it touches, its kind of self-knowledge."""

    text: str
    traits: frozenset[str]
    knowledge: Knowledge | None


def knowledge_of(text: str) -> Knowledge | None:
    """The kind of self-knowledge a reason draws on, from its earliest cue (None: no cue)."""
    found = [(match.start(), kind) for kind, pattern in _KNOWLEDGE if (match := pattern.search(text))]
    return min(found, key=lambda hit: hit[0])[1] if found else None


def has_dated_plan(text: str) -> bool:
    """Does a concession name when (a month, a season, next term, within nine months)?"""
    return bool(_DATED.search(text))


def reasons_in(line: Line, scenario: Scenario) -> list[Reason]:
    """The reasons a line gives: each clause about the candidate is one, however many traits it touches.

    A clause with no "I", "my" or "me" belongs to the reason it follows ("…, and you've lost
    four in ten of your school visits" only ties the reason to the role), or, when it opens
    the line ("Two things."), to the reason after it. In a very long answer she stops
    listening: only its first reason is heard.
    """
    segments = [hit.evidence for hit in line.hits if hit.move is Move.FIT_REASON] or [line.text]
    pieces: list[str] = []
    opening = ""
    for segment in segments:
        for clause in _REASON_SPLIT.split(segment):
            clause = clause.strip()
            if not clause:
                continue
            if _FIRST_PERSON.search(clause):
                pieces.append(f"{opening} {clause}".strip())
                opening = ""
            elif pieces:
                pieces[-1] = f"{pieces[-1]} {clause}"
            else:
                opening = f"{opening} {clause}".strip()
    if opening:
        pieces.append(opening)
    if len(line.text) > LONG_ANSWER:
        pieces = pieces[:1]
    reasons = []
    for piece in pieces:
        traits = frozenset(t.id for t in pertinence.traits_tied(piece, scenario.traits))
        reasons.append(Reason(piece, traits, knowledge_of(piece)))
    return reasons


def _repeats(reason: Reason, earlier: list[Reason]) -> bool:
    """Is the reason one already given: the same words, or the same traits from the same kind of self-knowledge?"""
    for other in earlier:
        if reason.text.lower() == other.text.lower():
            return True
        if reason.traits and reason.traits <= other.traits and reason.knowledge in (None, other.knowledge):
            return True
    return False


def clean_ask(line: Line) -> bool:
    """Does the line ask for the job without the ask itself being pressure ("hire me, you won't regret it")?"""
    if Move.ASK_FOR_JOB not in line.moves:
        return False
    if Move.PUSHY not in line.moves:
        return True
    pushy = [hit for hit in line.hits if hit.move is Move.PUSHY]
    return any(hit.move is Move.ASK_FOR_JOB and not any(_overlaps(hit, p) for p in pushy) for hit in line.hits)


def _overlaps(a: MoveHit, b: MoveHit) -> bool:
    return a.start < b.end and b.start < a.end


def _first(line_index: int, line: Line, moves: set[Move]) -> tuple[int, int]:
    """Where in the run the first of `moves` is said: (line, character), for ordering."""
    starts = [hit.start for hit in line.hits if hit.move in moves]
    return (line_index, min(starts) if starts else 0)


def score_run(scenario: Scenario, persona: Persona, log: RunLog) -> Scorecard:
    """Score a run (finished or not) from its lines and the interviewer's events."""
    tally = _Tally()
    said = log.candidate_lines()
    all_moves = [m for _, line in said for m in line.moves]
    credited: set[str] = set()
    questions = 0
    reasons: list[Reason] = []
    best_ask = 0
    rambled = False

    for index, line in said:
        moves = line.moves
        if Move.THANKS in moves and "thanks" not in credited:
            credited.add("thanks")
            tally.add(index, Part.ASK, POINTS["thanks"], "You thanked her for her time.", Move.THANKS, BELIEF["thanks"])
        asked = clean_ask(line)
        pushy_ask = Move.ASK_FOR_JOB in moves and not asked
        if (Move.INTEREST in moves or pushy_ask) and "interest" not in credited:
            credited.add("interest")
            why = ("You asked for the job with pressure attached: she hears the pressure, so it counts only as interest."
                   if pushy_ask and Move.INTEREST not in moves else "You said you are interested: a start, not a close.")
            tally.add(index, Part.ASK, POINTS["interest"], why, Move.INTEREST, BELIEF["interest"])
        if asked and "ask_for_job" not in credited:
            credited.add("ask_for_job")
            tally.add(index, Part.ASK, POINTS["ask_for_job"], "You said plainly that you want the job: she now knows an offer would not be wasted.", Move.ASK_FOR_JOB, BELIEF["ask_for_job"])
        rival = bool(touched(line.text, RIVAL_OFFER))
        if rival and Move.PUSHY in moves:
            tally.add(index, Part.NOTE, 0, "You used another offer as leverage: she now wonders whether you would take hers at all.", Move.PUSHY, BELIEF["rival_leverage"], "rival_leverage")
        elif rival and asked:
            tally.add(index, Part.NOTE, 0, "You named another offer only to say this role comes first: she is surer an offer would not be wasted.", Move.ASK_FOR_JOB, BELIEF["rival_first"], "rival_first")
        if Move.QUESTION in moves and questions < len(POINTS["question"]):
            points = POINTS["question"][questions]
            questions += 1
            tally.add(index, Part.QUESTIONS, points, "A real question about the work shows you are engaged.", Move.QUESTION, BELIEF["question"])
        if Move.FIT_REASON in moves:
            for reason in reasons_in(line, scenario):
                if _repeats(reason, reasons):
                    continue
                reasons.append(reason)
                _credit_reason(tally, index, reason, len(reasons), scenario, persona)
        if len(line.text) > LONG_ANSWER and not rambled:
            rambled = True
            tally.add(index, Part.PENALTY, PENALTY["rambling"], "A very long answer: a close is spoken, and she stopped listening after your first reason.", None, rule="rambling")
        ask = 0
        if Move.RESERVATIONS_OPEN in moves:
            ask = POINTS["ask_open"]
        elif Move.RESERVATIONS_CLOSED in moves:
            ask = POINTS["ask_closed"]
        if ask > best_ask:
            kind = "openly, in a way she cannot answer with a no" if ask == POINTS["ask_open"] else "as a yes/no question, which lets her say no"
            move = Move.RESERVATIONS_OPEN if ask == POINTS["ask_open"] else Move.RESERVATIONS_CLOSED
            tally.add(index, Part.RESERVATIONS, ask - best_ask, f"You asked about her reservations {kind}.", move, BELIEF["ask_reservations"] if not best_ask else (0, 0))
            best_ask = ask
        if Move.PUSHY in moves:
            tally.add(index, Part.PENALTY, PENALTY["pushy"], "Pushy: pressure or presuming the outcome makes her defensive, however friendly the tone.", Move.PUSHY, BELIEF["pushy"], "pushy")
        if Move.NEXT_STEPS in moves:
            if "next_steps" not in credited and questions == 0:
                credited.add("next_steps")
                tally.add(index, Part.QUESTIONS, POINTS["next_steps"], "You asked about the process: something, but not a question about the work itself.", Move.NEXT_STEPS, BELIEF["next_steps"])
            else:
                tally.add(index, Part.NOTE, 0, "Asking about next steps signals you may be weighing other offers.", Move.NEXT_STEPS, BELIEF["next_steps"], "next_steps")

    asked_job = "ask_for_job" in credited
    _order(tally, said)

    # How the run ended.
    substantive = {Move.QUESTION, Move.INTEREST, Move.ASK_FOR_JOB, Move.FIT_REASON,
                   Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED, Move.NEXT_STEPS}
    declined = [i for i, line in said if Move.NO_QUESTIONS in line.moves]
    # Declining, saying only thanks, or saying nothing at all: she hears no interest.
    no_questions_ending = not substantive.intersection(all_moves) and Move.PUSHY not in all_moves
    if no_questions_ending and said:
        tally.add((declined or [said[0][0]])[0], Part.PENALTY, PENALTY["no_questions"], "\"No questions\" tells her you are not really interested and want this over with.", Move.NO_QUESTIONS, BELIEF["no_questions"], "no_questions")
    next_steps_lines = [i for i, line in said if Move.NEXT_STEPS in line.moves]
    if next_steps_lines and not asked_job:
        tally.add(next_steps_lines[-1], Part.PENALTY, PENALTY["next_steps_close"], "You closed on next steps without asking for the job: she suspects you are waiting on another offer.", Move.NEXT_STEPS, (0, -persona.next_steps_penalty), "next_steps_close")

    asked_open = any(e.kind == "asked" and e.detail == "open" for e in log.events)
    fates = _reservations(tally, scenario, persona, log, asked_open)

    parts = {part: 0 for part in PARTS}
    for entry in tally.entries:
        if entry.part in parts:
            parts[entry.part] += entry.points
    for part in PARTS:
        parts[part] = min(parts[part], PART_MAX[part])

    fit = max(0, min(100, scenario.fit + sum(e.fit for e in tally.entries)))
    accept = max(0, min(100, scenario.accept + sum(e.accept for e in tally.entries)))
    signals = Signals(
        asked_open=asked_open,
        asked_job=asked_job,
        no_questions_ending=no_questions_ending,
        pushy=Move.PUSHY in all_moves,
        next_steps=bool(next_steps_lines),
        rival_leverage=any(e.rule == "rival_leverage" for e in tally.entries),
    )
    verdict = decide(persona, fit, accept, fates, signals)
    raw = sum(parts.values()) + sum(e.points for e in tally.entries if e.part is Part.PENALTY)
    ceiling = CEILING.get(verdict.outcome)
    if ceiling is not None and raw > ceiling:
        said_last = said[-1][0] if said else None
        decided = next((e.line for e in reversed(tally.entries) if e.part is Part.PENALTY and e.line is not None), said_last)
        tally.add(decided, Part.PENALTY, ceiling - raw, _CEILING_WHY[verdict.outcome].format(ceiling=ceiling), None, rule=verdict.outcome.value)
        raw = ceiling
    score = max(0, min(100, raw))
    card = Scorecard(score, parts, tally.entries, fates, verdict.outcome, fit, accept, verdict.why)
    card.advice = advise(scenario, card, all_moves, signals, reasons)
    return card


def _credit_reason(tally: _Tally, index: int, reason: Reason, count: int, scenario: Scenario, persona: Persona) -> None:
    """Credit the count-th distinct reason; from the third on, the list rambles."""
    if count > len(POINTS["fit_reason"]):
        tally.add(index, Part.PENALTY, PENALTY["rambling"], "More than two reasons: the strong ones get lost in the list.", Move.FIT_REASON, rule="rambling")
        return
    base = POINTS["fit_reason"][count - 1]
    drawn = f" drawing on {reason.knowledge.label}" if reason.knowledge else ""
    if reason.traits:
        trait = next(t for t in scenario.traits if t.id in reason.traits)
        tally.add(index, Part.FIT, base, f"A specific reason{drawn}: you tied yourself to {trait.about.rstrip('.').lower()}.", Move.FIT_REASON, BELIEF["fit_specific"])
    else:
        points = round(base * persona.generic_reason_credit)
        tally.add(index, Part.FIT, points, f"A generic reason{drawn}: it names nothing particular to this role.", Move.FIT_REASON, BELIEF["fit_generic"])


def _order(tally: _Tally, said: list[tuple[int, Line]]) -> None:
    """The close's order is want it, why, then doubts: doubts invited before the ask read as fishing."""
    doubts = [_first(i, line, {Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED}) for i, line in said
              if Move.RESERVATIONS_OPEN in line.moves or Move.RESERVATIONS_CLOSED in line.moves]
    asks = [_first(i, line, {Move.ASK_FOR_JOB}) for i, line in said if Move.ASK_FOR_JOB in line.moves]
    if doubts and (not asks or doubts[0] < asks[0]):
        tally.add(doubts[0][0], Part.PENALTY, PENALTY["fishing"], "You invited her doubts before saying you want the job: it reads as fishing for reassurance, not as a close.", Move.RESERVATIONS_OPEN, rule="fishing")


def _reservations(tally: _Tally, scenario: Scenario, persona: Persona, log: RunLog, asked_open: bool) -> list[ReservationFate]:
    """What surfaced and how each was met: the points, her beliefs, and the fates."""
    shared_at = {e.reservation: e.line for e in log.events if e.kind == "shared"}
    handled_at: dict[str, Event] = {e.reservation: e for e in log.events if e.kind == "handled"}
    fates: list[ReservationFate] = []
    surfaced = [r for r in scenario.reservations if r.id in shared_at]
    share_points = POINTS["handling"] / len(surfaced) if surfaced else 0
    if surfaced:
        known = round(POINTS["knowing"] * len(surfaced) / len(scenario.reservations))
        first = min(shared_at[r.id] for r in surfaced)
        plural = "all of her doubts" if len(surfaced) == len(scenario.reservations) else f"{len(surfaced)} of her {len(scenario.reservations)} doubts"
        tally.add(first, Part.RESERVATIONS, known, f"You heard {plural}: better to know where you stand than to guess.", None)
    for reservation in scenario.reservations:
        if reservation.id not in shared_at:
            fates.append(ReservationFate(reservation.id, reservation.kind, False, Handling.NONE, reservation.says))
            if not reservation.is_hard:
                if asked_open:
                    tally.add(None, Part.NOTE, 0, f"She kept a doubt to herself ({reservation.id.replace('-', ' ')}) though you asked openly: she will blame herself for that, not you.", None, BELIEF["unvoiced_after_ask"], "unvoiced")
                else:
                    tally.add(None, Part.NOTE, 0, f"She holds a doubt you never asked about ({reservation.id.replace('-', ' ')}): it will weigh against you after you leave.", None, BELIEF["unvoiced_never_asked"], "unvoiced")
            continue
        event = handled_at.get(reservation.id)
        line, how = (event.line, Handling(event.detail)) if event else (shared_at[reservation.id], Handling.IGNORED)
        said = log.lines[line] if line is not None and line < len(log.lines) else None
        plan = how is Handling.ACKNOWLEDGED and said is not None and said.is_candidate and has_dated_plan(said.text)
        story = bool(event and event.story)
        fates.append(ReservationFate(reservation.id, reservation.kind, True, how, reservation.says, line, story, plan))
        story_off_topic = how is Handling.IGNORED and story and not reservation.is_hard
        credit = persona.unrelated_story_credit if story_off_topic else CREDIT.get((reservation.kind, how), 0.0)
        points = round(share_points * credit)
        if how is Handling.ACKNOWLEDGED:
            belief = BELIEF["acknowledged_" + reservation.kind.value]
        else:
            belief = BELIEF.get(how, (0, 0))
        tally.add(line, Part.RESERVATIONS, points, _fate_why(reservation.is_hard, how, story, plan), None, belief)
        if how is Handling.ARGUED:
            penalty = PENALTY["argued_hard"] if reservation.is_hard else PENALTY["argued_soft"]
            moves = said.moves if said is not None else ()
            blamed = next((m for m in (Move.COUNTER_STORY, Move.PUSHY, Move.FIT_REASON, Move.ACKNOWLEDGE_GAP) if m in moves), None)
            rule = "argued_hard" if reservation.is_hard else "argued_soft"
            tally.add(line, Part.PENALTY, penalty, "Arguing with her doubt makes it bigger: hear it, then answer with facts.", blamed, rule=rule)
    return fates


def _fate_why(hard: bool, how: Handling, story: bool, plan: bool) -> str:
    if how is Handling.COUNTERED:
        return "You answered a soft doubt with a story that speaks to it: that is how doubts dissolve."
    if how is Handling.ACKNOWLEDGED and hard:
        if plan:
            return "You acknowledged a requirement you cannot meet today and named a dated plan: she trusts you more for it."
        return "You acknowledged a requirement you cannot meet today, honestly: she trusts you more for it."
    if how is Handling.ACKNOWLEDGED:
        return "You conceded the gap honestly; a short story from your past would have answered it."
    if how is Handling.ARGUED:
        return "You argued with her doubt instead of hearing it."
    if hard and story:
        return "You told a story instead of acknowledging the requirement: no story removes it, so it still stands."
    if story:
        return "You told a story, but not one about what worried her."
    return "Her doubt went unanswered."


def advise(scenario: Scenario, card: Scorecard, all_moves: list[Move], signals: Signals, reasons: list[Reason]) -> list[str]:
    """What was missed and why, in plain words: the lessons of this run (never what did not happen)."""
    advice: list[str] = []
    if signals.no_questions_ending:
        advice.append("Never end on \"no questions\". Ask one real question about the work, then close.")
    if not signals.asked_job:
        if Move.ASK_FOR_JOB in all_moves:
            advice.append("Your ask came with pressure attached. Say plainly that you want the job and would accept an offer, and leave the verdict to her.")
        else:
            advice.append("You never asked for the job. Say plainly that you want it and would accept an offer: interest alone leaves her guessing.")
    if card.parts[Part.FIT] < POINTS["fit_reason"][0]:
        example = scenario.traits[0].about.rstrip(".").lower()
        advice.append(f"Give one or two reasons that tie something true about you (an interest, a motivator, a skill, the culture you thrive in) to this role, for example to {example}.")
    elif len(reasons) > len(POINTS["fit_reason"]):
        advice.append("One or two reasons are enough: a third dilutes the strong ones. Keep the two that name this role most exactly.")
    if any(e.rule == "fishing" for e in card.entries):
        advice.append("Say you want the job, and why, before you invite her doubts: in that order it reads as confidence, not fishing.")
    if Move.RESERVATIONS_OPEN not in all_moves:
        if Move.RESERVATIONS_CLOSED in all_moves:
            advice.append("You asked about doubts as a yes/no question. Ask her to share the reservations she has: that cannot be answered with a no.")
        else:
            advice.append("You did not ask for her reservations, so she keeps them and decides without you. Ask her to share the reservations she has.")
    for fate in card.reservations:
        if not fate.surfaced:
            continue
        if fate.kind is Kind.SOFT and fate.handled is not Handling.COUNTERED:
            topics = ", ".join(scenario.reservation(fate.id).topics[:3])
            advice.append(f"Her doubt about {fate.name} was soft: answer it with a short true story (the situation, what you did, the result) about {topics}.")
        if fate.kind is Kind.HARD:
            advice.append(_hard_advice(fate))
    hidden_hard = [f for f in card.reservations if f.kind is Kind.HARD and not f.surfaced]
    if hidden_hard and not signals.asked_open:
        advice.append("She held a hard requirement against you and never said it. Asked openly, she would have told you, and you could have owned it and said what you are doing about it.")
    elif any(not f.surfaced for f in card.reservations) and signals.asked_open:
        advice.append("She had more doubts than she voiced. You asked openly, so they weigh on her, not on you; still, once you have answered one, ask what else gives her pause.")
    if signals.next_steps and not signals.asked_job:
        advice.append("Closing on next steps and timing sounds like you are keeping your options open. Ask for the job instead; the timing will follow.")
    if signals.rival_leverage:
        advice.append("Another offer used as leverage tells her you might take it. If you mention it at all, say that this role is your first choice.")
    elif Move.PUSHY in all_moves:
        advice.append("Drop the pressure: asking for the job is confident, presuming you already have it is not.")
    if Move.THANKS not in all_moves:
        advice.append("Thank her for her time: it costs nothing and opens the close.")
    return advice


def _hard_advice(fate: ReservationFate) -> str:
    """After a hard requirement: the next move, whatever the reply was."""
    next_move = "ask her what would count as equivalent (a course, a certificate, a trial period), so you know exactly what the decision needs"
    if fate.handled is Handling.ACKNOWLEDGED and fate.plan:
        return f"You owned the {fate.name} requirement and gave a dated plan: the best answer there is. Next, {next_move}."
    if fate.handled is Handling.ACKNOWLEDGED:
        return f"You owned the {fate.name} requirement honestly. Next time add a dated plan (what you will do, and by when), and {next_move}."
    return (f"The {fate.name} requirement is hard: no story or argument removes it. Acknowledge it honestly, offer a dated plan "
            f"(what you will do, and by when), and {next_move}.")
