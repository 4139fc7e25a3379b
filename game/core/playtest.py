"""Provides playtest: every path through a scenario, with the endings, scores and dead ends it finds.

Playtest plays the scenario through the engine itself (`Interview` and its scorecard), one
line at a time, trying every line on offer at every point:

- where the interviewer shows choices, the lines on offer are those choices, picked;
- where she shows none (a tier-4 interviewer takes typed lines only), the lines on offer are
  typed: the node's or reservation's authored `choices`/`responses` when the author wrote
  some for playtest, otherwise a standard set of candidate lines built from the scenario
  (`typed_lines`): declining, next steps, one question per topic a route listens for, interest,
  asking for the job, a fit reason per trait, asking about reservations openly and as a
  yes/no question, pressure and the full close; and, to a doubt she has raised, a story on its
  topics, a story about something else, an honest concession and a denial. The move reader
  reads them as it reads a player's lines.

Two kinds of exploration answer two questions:

- **Structure** (dead ends, unreachable nodes): the points of the conversation, each a node
  together with what the interviewer has done with her reservations, are joined by the lines
  on offer, with the turn limit set aside. A dead end is a point from which no line on offer
  leads to an ending, or where nothing is on offer while she waits for an answer.
- **Scores** (endings, lowest, median and highest score): whole runs, with the turn limit in
  force, shortest first. Partial runs that reach the same point having said the same lines
  (in any order, however often, and in as many lines when the interviewer counts them) are
  cached by that state: only the first goes on. Finished runs whose scorecards hold the same
  entries (in any order) count once; the median is over these distinct runs.

The **best close** of a scenario is a run that ends in the best outcome its interviewer can
give: an offer when her tier can offer and no reservation is hard, else the next round. It is
reachable when some run playtest finds ends so; the report gives the highest-scoring one.

A scenario's runs multiply with every line, so the breadth-first search stops after
`STATE_BUDGET` states: every run up to `lines_covered` lines has then been tried (one for
each group above), and a beam search follows the most promising runs to the end, to find
the best ones. `complete` says whether the breadth-first search finished on its own.
"""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field
from statistics import median_low
from typing import Any

from . import judge
from .interview import Interview, MoveReader
from .kinds import Outcome
from .moves import Move, MoveHit
from .personas import Persona, persona_for
from .scenario import END, Choice, Node, Reservation, Scenario
from .scoring import Scorecard
from .transcript import RunLog

STATE_LIMIT = 200_000
STATE_BUDGET = 1500
BEAM_WIDTH = 20
BEAM_LINES = 10

DECLINE = "No, I think that's everything. Thank you for your time."
PROCESS = "What are the next steps, and when will I hear back?"
QUESTION = "What is the team like to work with?"
INTEREST = "This role sounds really exciting to me."
ASK = "I want this job, and I would accept an offer."
OPEN = "What reservations do you have about me?"
CLOSED = "Do you have any concerns about me?"
PUSHY = "So when do I start?"
FULL_CLOSE = "Thank you. I want this job, and I'd accept an offer. What reservations do you have about me?"
CONCEDE = "That's fair, I haven't done that yet, and I'm working on it."
DENY = "I don't think that's really an issue."
OFF_TOPIC = "Two years ago I organised our office quiz night, and every table was full."


class _CachedReader:
    """The move reader, remembering each line it has read (playtest reads the same lines often)."""

    def __init__(self, inner: MoveReader) -> None:
        self.inner = inner
        self._moves: dict[str, list[MoveHit]] = {}
        self._disputes: dict[str, bool] = {}

    def read_moves(self, text: str) -> list[MoveHit]:
        if text not in self._moves:
            self._moves[text] = self.inner.read_moves(text)
        return self._moves[text]

    def disputes(self, text: str) -> bool:
        if text not in self._disputes:
            self._disputes[text] = self.inner.disputes(text)
        return self._disputes[text]


class _Probe(Interview):
    """An interview that also notes every node it arrives at, `then` nodes included."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.arrived: set[str] = set()
        super().__init__(*args, **kwargs)

    def _arrive(self, node_id: str) -> None:
        self.arrived.add(node_id)
        node = self.scenario.nodes[node_id]
        while node.then and node.then != END and node.then not in self.arrived:
            self.arrived.add(node.then)
            node = self.scenario.nodes[node.then]
        super()._arrive(node_id)


@dataclass(frozen=True)
class Step:
    """One candidate line of a run: `say` is a `closer run` line (':ID' picks, else typed)."""

    say: str
    moves: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {"say": self.say, "moves": list(self.moves)}


@dataclass(frozen=True)
class Run:
    """A finished run found by playtest."""

    steps: tuple[Step, ...]
    score: int
    outcome: str
    ended_by: str
    out_of_time: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "outcome": self.outcome,
            "ended_by": self.ended_by,
            "out_of_time": self.out_of_time,
            "steps": [step.as_json() for step in self.steps],
        }


@dataclass(frozen=True)
class DeadEnd:
    """A point of the conversation from which no line on offer reaches an ending."""

    node: str
    answering: str | None
    steps: tuple[Step, ...]
    why: str

    def as_json(self) -> dict[str, Any]:
        return {"node": self.node, "answering": self.answering, "why": self.why,
                "steps": [step.as_json() for step in self.steps]}


@dataclass
class PlaytestReport:
    """What playtest found in one scenario."""

    scenario: str
    tier: int
    typed: bool
    best_outcome: str
    runs: list[Run] = field(default_factory=list)
    dead_ends: list[DeadEnd] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    states: int = 0
    complete: bool = True
    lines_covered: int = 0

    @property
    def ranked(self) -> list[Run]:
        """The distinct finished runs, lowest score first (then worse outcome, then fewer lines)."""
        return sorted(self.runs, key=lambda r: (r.score, Outcome(r.outcome).rank, -len(r.steps)))

    @property
    def lowest(self) -> Run | None:
        return self.ranked[0] if self.runs else None

    @property
    def highest(self) -> Run | None:
        """The highest-scoring run; among equals, the best outcome, then the fewest lines."""
        if not self.runs:
            return None
        return max(self.runs, key=lambda r: (r.score, Outcome(r.outcome).rank, -len(r.steps)))

    @property
    def median(self) -> Run | None:
        ranked = self.ranked
        if not ranked:
            return None
        middle = median_low(range(len(ranked)))
        return ranked[middle]

    @property
    def endings(self) -> dict[str, int]:
        """How many distinct runs end in each outcome."""
        counts = {outcome.value: 0 for outcome in Outcome}
        for run in self.runs:
            counts[run.outcome] += 1
        return {outcome: n for outcome, n in counts.items() if n}

    @property
    def best_close(self) -> Run | None:
        """The highest-scoring run that ends in the best outcome the scenario allows."""
        closes = [run for run in self.runs if run.outcome == self.best_outcome]
        if not closes:
            return None
        return max(closes, key=lambda r: (r.score, -len(r.steps)))

    @property
    def best_close_reachable(self) -> bool:
        return self.best_close is not None

    @property
    def ok(self) -> bool:
        """No dead end, and the best close is reachable (what CI asks of every scenario)."""
        return not self.dead_ends and self.best_close_reachable

    def as_json(self) -> dict[str, Any]:
        def run(r: Run | None) -> dict[str, Any] | None:
            return r.as_json() if r else None

        return {
            "scenario": self.scenario,
            "tier": self.tier,
            "typed": self.typed,
            "runs": len(self.runs),
            "states": self.states,
            "complete": self.complete,
            "lines_covered": self.lines_covered,
            "endings": self.endings,
            "dead_ends": [d.as_json() for d in self.dead_ends],
            "unreachable": list(self.unreachable),
            "lowest": run(self.lowest),
            "median": run(self.median),
            "highest": run(self.highest),
            "best_outcome": self.best_outcome,
            "best_close_reachable": self.best_close_reachable,
            "best_close": run(self.best_close),
            "ok": self.ok,
        }


def best_outcome(scenario: Scenario, persona: Persona) -> str:
    """The best outcome the scenario's interviewer can give (its best close)."""
    if persona.can_offer and not any(r.is_hard for r in scenario.reservations):
        return "offer"
    return "next_round"


def typed_lines(scenario: Scenario, node: Node | None, reservation: Reservation | None) -> tuple[Choice, ...]:
    """The standard candidate lines playtest types where no choices are shown (see the module)."""
    def line(ident: str, text: str) -> Choice:
        return Choice(ident, text, ())

    if reservation is not None:
        if reservation.responses:
            return reservation.responses
        topic = reservation.topics[0] if reservation.topics else "that"
        return (
            line("story", f"On your worry about {topic}: last year I took on the {topic} work myself, and it went well."),
            line("other-story", OFF_TOPIC),
            line("concede", CONCEDE),
            line("deny", DENY),
        )
    assert node is not None
    if node.choices:
        return node.choices
    lines = [line("decline", DECLINE), line("process", PROCESS), line("question", QUESTION)]
    for route in node.routes:
        if not route.about:
            continue
        word = route.about[0]
        if Move.NEXT_STEPS in route.any_of | route.all_of and Move.QUESTION not in route.any_of | route.all_of:
            lines.append(line(f"process-{word}", f"What are the next steps for the {word}?"))
        else:
            lines.append(line(f"ask-{word}", f"Could you tell me more about the {word}?"))
    lines += [line("interest", INTEREST), line("ask", ASK)]
    for trait in scenario.traits:
        topic = trait.topics[0] if trait.topics else trait.about.lower()
        lines.append(line(f"fit-{trait.id}", f"I'd be a strong fit here, because {topic} is what I care about most, and this role is built around it."))
    if scenario.traits and scenario.traits[0].topics:
        topic = scenario.traits[0].topics[0]
        lines.append(line("ask-and-fit", f"I want this job and I'd accept an offer, because {topic} is what I care about most, and this role is built around it."))
    lines += [line("open", OPEN), line("closed", CLOSED), line("pushy", PUSHY), line("close", FULL_CLOSE)]
    unique: dict[str, Choice] = {}
    for choice in lines:
        unique.setdefault(choice.text, choice)
    return tuple(unique.values())


class _Explorer:
    def __init__(self, scenario: Scenario, persona: Persona, reader: MoveReader) -> None:
        self.scenario = scenario
        self.persona = persona
        self.reader = reader
        self.typed = not persona.shows_choices

    def start(self) -> _Probe:
        return _Probe(self.scenario, self.persona, self.reader)

    def clone(self, probe: _Probe) -> _Probe:
        """A copy that can go on without changing `probe` (transcript lines are immutable, so shared)."""
        twin = copy.copy(probe)
        twin.log = RunLog(list(probe.log.lines), list(probe.log.events))
        twin.state = copy.deepcopy(probe.state)
        twin.arrived = set(probe.arrived)
        return twin

    def offered(self, probe: _Probe) -> tuple[Choice, ...]:
        if probe.over:
            return ()
        if not self.typed:
            return probe.choices
        answering = probe.state.answering
        if answering:
            return typed_lines(self.scenario, None, self.scenario.reservation(answering))
        return typed_lines(self.scenario, probe.node, None)

    def step(self, probe: _Probe, choice: Choice) -> tuple[_Probe, Step]:
        after = self.clone(probe)
        if self.typed:
            line = after.say(choice.text)
            return after, Step(choice.text, tuple(m.value for m in line.moves))
        after.choose(choice.id)
        return after, Step(f":{choice.id}", tuple(m.value for m in choice.moves))


def _point(probe: Interview) -> tuple:
    """Where the conversation stands, apart from the turn count and the score."""
    state = probe.state
    return (
        "end" if probe.over else probe.node_id,
        tuple(state.held), tuple(state.shared), tuple(state.pending), tuple(sorted(state.handled.items())),
        probe._resume_to, probe._unread,
    )


def _out_of_time(probe: Interview) -> bool:
    return any(event.kind == "out_of_time" for event in probe.log.events)


def _fingerprint(card: Scorecard, probe: Interview) -> tuple:
    entries = sorted((e.part, e.points, e.why, e.move.value if e.move else "", e.fit, e.accept) for e in card.entries)
    fates = tuple((f.id, f.surfaced, f.handled) for f in card.reservations)
    said = frozenset(m for line in probe.log.lines if line.is_candidate for m in line.moves)
    return tuple(entries), fates, said


def _structure(explorer: _Explorer, report: PlaytestReport) -> None:
    """Dead ends and unreachable nodes, over the points of the conversation (no turn limit)."""
    start = explorer.start()
    arrived = set(start.arrived)
    first = _point(start)
    paths: dict[tuple, tuple[Step, ...]] = {first: ()}
    probes: dict[tuple, _Probe] = {first: start}
    exits: dict[tuple, set[tuple]] = {}
    ends: set[tuple] = set()
    queue = deque([first])
    while queue:
        point = queue.popleft()
        probe = probes.pop(point)
        if probe.over:
            if not _out_of_time(probe):
                ends.add(point)
            continue
        exits[point] = set()
        for choice in explorer.offered(probe):
            base = explorer.clone(probe)
            base.turns = 0
            after, step = explorer.step(base, choice)
            arrived |= after.arrived
            target = _point(after)
            if after.over and _out_of_time(after):
                continue
            exits[point].add(target)
            if target not in paths:
                paths[target] = paths[point] + (step,)
                probes[target] = after
                queue.append(target)
        if len(paths) > STATE_LIMIT:
            report.complete = False
            break
    leads_out = set(ends)
    changed = True
    while changed:
        changed = False
        for point, targets in exits.items():
            if point not in leads_out and targets & leads_out:
                leads_out.add(point)
                changed = True
    for point in exits:
        if point in leads_out:
            continue
        node, pending = point[0], point[3]
        answering = pending[0] if pending else None
        why = "nothing is on offer here" if not exits[point] else "no line on offer from here leads to an ending"
        report.dead_ends.append(DeadEnd(node, answering, paths[point], why))
    report.unreachable = [node_id for node_id in explorer.scenario.nodes if node_id not in arrived]


def _finish(after: _Probe, path: tuple[Step, ...], card: Scorecard, finished: dict[tuple, Run]) -> None:
    ending = (_fingerprint(card, after), after.ended_by, _out_of_time(after))
    if ending not in finished:
        finished[ending] = Run(path, card.score, card.outcome.value, after.ended_by or "candidate", _out_of_time(after))


def _breadth(explorer: _Explorer, report: PlaytestReport, finished: dict[tuple, Run], budget: int) -> None:
    """Runs in order of length until `budget` states are spent; one run stands for all that
    reach the same point having said the same lines, in whatever order and however often."""
    seen: set[tuple] = set()
    queue: deque[tuple[_Probe, tuple[Step, ...]]] = deque([(explorer.start(), ())])
    limited = bool(explorer.persona.max_turns)
    while queue:
        probe, steps = queue.popleft()
        if len(seen) >= budget:
            report.complete = False
            report.lines_covered = len(steps)
            break
        for choice in explorer.offered(probe):
            after, step = explorer.step(probe, choice)
            path = steps + (step,)
            key = (_point(after), frozenset(s.say for s in path), after.turns if limited else 0)
            if key in seen:
                continue
            seen.add(key)
            if after.over:
                _finish(after, path, after.scorecard(), finished)
            else:
                queue.append((after, path))
    else:
        report.lines_covered = max((len(r.steps) for r in finished.values()), default=0)
    report.states = len(seen)


def _best_first(explorer: _Explorer, finished: dict[tuple, Run], width: int, lines: int) -> None:
    """A beam search for the best runs: after each line, only the `width` runs whose scorecard
    so far is best go on (the outcome she would give now, then how many doubts she has voiced,
    then the score)."""
    level: list[tuple[_Probe, tuple[Step, ...]]] = [(explorer.start(), ())]
    for _ in range(lines):
        going: dict[tuple, tuple[tuple[int, int, int], _Probe, tuple[Step, ...]]] = {}
        for probe, steps in level:
            for choice in explorer.offered(probe):
                after, step = explorer.step(probe, choice)
                card = after.scorecard()
                if after.over:
                    _finish(after, steps + (step,), card, finished)
                    continue
                key = (_point(after), _fingerprint(card, after))
                heard = sum(1 for fate in card.reservations if fate.surfaced)
                rank = (card.outcome.rank, heard, card.score)
                if key not in going or rank > going[key][0]:
                    going[key] = (rank, after, steps + (step,))
        best = sorted(going.values(), key=lambda item: item[0], reverse=True)[:width]
        level = [(probe, steps) for _, probe, steps in best]
        if not level:
            return


def playtest(scenario: Scenario, persona: Persona | None = None, reader: MoveReader | None = None,
             budget: int = STATE_BUDGET) -> PlaytestReport:
    """Explore every path of a scenario (see the module docstring for what is tried and counted)."""
    persona = persona or persona_for(scenario.tier)
    explorer = _Explorer(scenario, persona, _CachedReader(reader or judge.default_reader()))
    report = PlaytestReport(scenario.id, scenario.tier, explorer.typed, best_outcome(scenario, persona))
    _structure(explorer, report)
    finished: dict[tuple, Run] = {}
    _breadth(explorer, report, finished, budget)
    if not report.complete:
        _best_first(explorer, finished, BEAM_WIDTH, persona.max_turns or BEAM_LINES)
    report.runs = list(finished.values())
    return report


__all__ = ["PlaytestReport", "Run", "Step", "DeadEnd", "playtest", "best_outcome", "typed_lines"]
