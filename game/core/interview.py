"""Provides `Interview`: one playthrough of a scenario, pulled by the UI or a script.

The UI asks for the transcript and the current choices, then either picks a choice or says
a typed line; both become moves and branch the conversation the same way.
"""

from __future__ import annotations

from typing import Protocol

from . import judge, pertinence
from .interviewer import InterviewerState, judge_reply
from .moves import Move, MoveHit
from .personas import Persona, persona_for
from .scenario import END, Choice, Node, Scenario
from .scoring import Scorecard, clean_ask, score_run
from .topics import touched
from .transcript import CANDIDATE, INTERVIEWER, Event, Line, RunLog

UNREAD_LIMIT = 3
TURN_LIMIT = 30


class MoveReader(Protocol):
    def read_moves(self, text: str) -> list[MoveHit]: ...

    def disputes(self, text: str) -> bool: ...


class ChoiceSource(Protocol):
    def offer(self, scenario: Scenario, answering: str | None, authored: tuple[Choice, ...]) -> tuple[Choice, ...]: ...


class InterviewOver(Exception):
    """The interview has ended; nothing more can be said."""


class NoSuchChoice(LookupError):
    """A pick that names no current choice."""


class Interview:
    """A run of one scenario: content stays in `scenario`, everything that changes lives here."""

    def __init__(self, scenario: Scenario, persona: Persona | None = None, reader: MoveReader | None = None,
                 material: ChoiceSource | None = None) -> None:
        self.scenario = scenario
        self.material = material
        self.persona = persona or persona_for(scenario.tier)
        self.reader: MoveReader = reader or judge.default_reader()
        # Stories and reasons are judged by the pertinence model: open it while she talks.
        pertinence.warm_up()
        self.log = RunLog()
        self.state = InterviewerState.for_scenario(scenario)
        self.node_id = scenario.begin
        self.over = False
        self.ended_by: str | None = None
        self.turns = 0
        self._resume_to: str | None = None
        self._unread = 0
        self._arrive(scenario.begin)

    # ----- what the UI pulls -------------------------------------------------------------

    @property
    def lines(self) -> list[Line]:
        return self.log.lines

    @property
    def node(self) -> Node:
        return self.scenario.nodes[self.node_id]

    @property
    def choices(self) -> tuple[Choice, ...]:
        """The choices on offer now (none once over, or for interviewers who take typed lines only).

        With `material` (the player's own profile and stories), the authored choices pass through it.
        """
        if self.over or not self.persona.shows_choices:
            return ()
        answering = self.state.answering
        authored = self.scenario.reservation(answering).responses if answering else self.node.choices
        return self.material.offer(self.scenario, answering, authored) if self.material else authored

    @property
    def turns_left(self) -> int | None:
        if not self.persona.max_turns:
            return None
        return max(0, self.persona.max_turns - self.turns)

    def scorecard(self) -> Scorecard:
        return score_run(self.scenario, self.persona, self.log)

    # ----- what the UI pushes ------------------------------------------------------------

    def choose(self, ref: int | str) -> None:
        """Pick a choice by position (from 0) or by id.

        Raises:
            InterviewOver: the interview has ended.
            NoSuchChoice: no current choice has that position or id.
        """
        self._check_open()
        choices = self.choices
        if isinstance(ref, int):
            if not 0 <= ref < len(choices):
                raise NoSuchChoice(f"there is no choice {ref + 1} here" + _offer(choices))
            choice = choices[ref]
        else:
            found = [c for c in choices if c.id == ref]
            if not found:
                raise NoSuchChoice(f"there is no choice {ref!r} here" + _offer(choices))
            choice = found[0]
        hits = tuple(self.reader.read_moves(choice.text))
        self._turn(Line(CANDIDATE, choice.text, choice.moves, hits, typed=False, choice=choice.id))

    def say(self, text: str) -> Line:
        """Say a typed line; the move reader decides what it carries.

        Raises:
            InterviewOver: the interview has ended.
        """
        self._check_open()
        text = " ".join(text.split())
        hits = tuple(self.reader.read_moves(text))
        moves = tuple(dict.fromkeys(hit.move for hit in hits))
        line = Line(CANDIDATE, text, moves, hits, typed=True)
        self._turn(line)
        return line

    def wrap_up(self) -> None:
        """The candidate says nothing more: the interviewer closes the interview."""
        if not self.over:
            self._end("candidate")

    # ----- the turn ----------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.over:
            raise InterviewOver("the interview is over")

    def _say(self, text: str) -> int:
        return self.log.add(Line(INTERVIEWER, text))

    def _line(self, key: str) -> str:
        return self.persona.line(key, self.turns, self.scenario.lines)

    def _turn(self, line: Line) -> None:
        index = self.log.add(line)
        self.turns += 1
        moves = line.moves
        if self.state.answering:
            self._reply_to_reservation(index, line)
        elif not moves and line.typed:
            self._unread += 1
            if self._unread >= UNREAD_LIMIT:
                self._say(self._line("out_of_time"))
                self._end("interviewer")
                return
            self._say(self._line("nudge"))
        else:
            self._unread = 0
            for reaction in self._reactions(line):
                self._say(reaction)
            destination = self._route(moves, line.text)
            if Move.RESERVATIONS_OPEN in moves or Move.RESERVATIONS_CLOSED in moves:
                self._asked(index, Move.RESERVATIONS_OPEN in moves, destination)
            else:
                self._go(destination)
        self._check_time()

    def _check_time(self) -> None:
        if self.over:
            return
        limit = self.persona.max_turns or TURN_LIMIT
        if self.turns >= limit:
            self.log.events.append(Event("out_of_time", len(self.log.lines)))
            self._say(self._line("out_of_time"))
            self._end("interviewer")

    def _route(self, moves: tuple[Move, ...], text: str) -> str:
        present = set(moves)
        for route in self.node.routes:
            if route.any_of and not route.any_of & present:
                continue
            if route.all_of and not route.all_of <= present:
                continue
            if route.none_of & present:
                continue
            if route.about and not touched(text, route.about):
                continue
            return route.to
        return END

    def _reactions(self, line: Line) -> list[str]:
        """Her spoken reactions to what the candidate just did (at most two; one for poker faces)."""
        moves = line.moves
        keys: list[str] = []
        if Move.PUSHY in moves:
            keys.append("pushy")
        if clean_ask(line):
            keys.append("ask_for_job")
        if Move.FIT_REASON in moves:
            segments = [h.evidence for h in line.hits if h.move is Move.FIT_REASON] or [line.text]
            specific = any(pertinence.ties(t, s) for s in segments for t in self.scenario.traits)
            keys.append("fit_specific" if specific else "fit_generic")
        if Move.INTEREST in moves and Move.ASK_FOR_JOB not in moves:
            keys.append("interest")
        if Move.THANKS in moves and not keys:
            keys.append("thanks")
        limit = 1 if self.persona.cues == "few" else 2
        return [self._line(key) for key in keys[:limit]]

    def _asked(self, index: int, open_question: bool, destination: str) -> None:
        self.log.events.append(Event("asked", index, detail="open" if open_question else "closed"))
        had_any = bool(self.state.held)
        shared = self.state.share(self.persona, open_question)
        if not shared:
            if had_any:
                self.log.events.append(Event("clammed", self._say(self._line("clam_up"))))
            else:
                self.log.events.append(Event("none_left", self._say(self._line("none_left"))))
            self._go(destination)
            return
        self._resume_to = destination
        self._say(self._line("lead_in"))
        self._voice(shared[0])

    def _voice(self, reservation_id: str) -> None:
        reservation = self.scenario.reservation(reservation_id)
        self.log.events.append(Event("shared", self._say(reservation.says), reservation_id))

    def _reply_to_reservation(self, index: int, line: Line) -> None:
        reservation = self.scenario.reservation(self.state.answering or "")
        judgement = judge_reply(reservation, line.moves, line.text, self.reader.disputes(line.text))
        self.state.settle(reservation.id, judgement.handled)
        self.log.events.append(Event("handled", index, reservation.id, judgement.handled.value, judgement.story))
        self._say(reservation.replies[judgement.handled])
        if clean_ask(line) or Move.PUSHY in line.moves:
            self._say(self._reactions(line)[0])
        if self.state.pending:
            self._say(self._line("another"))
            self._voice(self.state.pending[0])
            return
        destination = self._resume_to or END
        if Move.RESERVATIONS_OPEN in line.moves or Move.RESERVATIONS_CLOSED in line.moves:
            self._asked(index, Move.RESERVATIONS_OPEN in line.moves, destination)
            return
        self._resume_to = None
        self._go(destination)

    def _go(self, destination: str) -> None:
        if destination == END:
            self._end("interviewer")
        else:
            self._arrive(destination)

    def _arrive(self, node_id: str) -> None:
        seen: set[str] = set()
        while True:
            node = self.scenario.nodes[node_id]
            self.node_id = node_id
            for text in node.says:
                self._say(text)
            if not node.then or node_id in seen:
                return
            seen.add(node_id)
            if node.then == END:
                self._end("interviewer")
                return
            node_id = node.then

    def _end(self, by: str) -> None:
        self.over = True
        self.ended_by = by
        self.state.pending.clear()
        outcome = self.scorecard().outcome
        ending = self.scenario.endings.get(outcome) or self._line("wrap_up")
        self._say(ending)


def _offer(choices: tuple[Choice, ...]) -> str:
    if not choices:
        return " (this interviewer takes typed lines only)"
    return " (choices: " + ", ".join(f"{i + 1}={c.id}" for i, c in enumerate(choices)) + ")"
