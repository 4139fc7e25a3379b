"""Provides `RunRecord`: one finished run, typed and versioned, as `--json`, saves, share codes,
the leaderboard and compare all see it.

A record is built once from a finished `Interview` (or read back from its JSON) and never
changes. `to_json()` gives the `closer run --json` object, plus the ledger, advice and
beliefs behind the score and the moves that were played, which is what a share code carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .interview import Interview
from .kinds import Handling, Kind, Outcome, Part
from .moves import MOVE_NAMES
from .reader import READER_ID
from .scoring import PARTS, Scorecard

RECORD_VERSION = 1


class RecordError(ValueError):
    """A run's JSON that is not a run record of a version this game reads."""


@dataclass(frozen=True)
class Hit:
    """A move the reader found in a typed line, with the span of words that carry it."""

    move: str
    start: int
    end: int


@dataclass(frozen=True)
class PlayedMove:
    """What the candidate did on one turn: picked a choice (`choice`) or typed `text`.

    A typed line keeps the reading it got (`hits`), so a replay can check it reads the same.
    """

    choice: str | None = None
    text: str = ""
    hits: tuple[Hit, ...] = ()

    @property
    def typed(self) -> bool:
        return self.choice is None


@dataclass(frozen=True)
class SaidLine:
    speaker: str
    text: str
    moves: tuple[str, ...]


@dataclass(frozen=True)
class Penalty:
    move: str
    points: int
    why: str
    line: int | None
    rule: str | None = None


@dataclass(frozen=True)
class ReservationResult:
    id: str
    kind: Kind
    surfaced: bool
    handled: Handling


@dataclass(frozen=True)
class LedgerEntry:
    """Points earned or lost and why, tied to a transcript line (None: the run as a whole)."""

    line: int | None
    part: Part
    points: int
    why: str
    move: str | None
    rule: str | None = None


@dataclass(frozen=True)
class RunRecord:
    """A finished run: what was said, what it scored, and the moves that replay it."""

    scenario: str
    scenario_hash: str
    interviewer: str
    tier: int
    outcome: Outcome
    score: int
    parts: dict[Part, int]
    penalties: tuple[Penalty, ...]
    reservations: tuple[ReservationResult, ...]
    transcript: tuple[SaidLine, ...]
    ended_by: str
    ignored_moves: int
    moves: tuple[PlayedMove, ...]
    ledger: tuple[LedgerEntry, ...] = ()
    advice: tuple[str, ...] = ()
    beliefs: dict[str, int] = field(default_factory=dict)
    verdict: str = ""
    version: int = RECORD_VERSION
    # Which reader read the typed lines (`reader.READER_ID` for the rules, or the trained
    # model's identity): a share code's replay reads them with the same one.
    reader: str = READER_ID

    @classmethod
    def from_interview(cls, interview: Interview, ignored_moves: int = 0, card: Scorecard | None = None) -> "RunRecord":
        """The record of a run (finished, or as far as it went)."""
        scenario = interview.scenario
        card = card or interview.scorecard()
        moves = []
        for line in interview.lines:
            if not line.is_candidate:
                continue
            if line.typed:
                moves.append(PlayedMove(text=line.text, hits=tuple(Hit(h.move.value, h.start, h.end) for h in line.hits)))
            else:
                moves.append(PlayedMove(choice=line.choice or ""))
        return cls(
            scenario=scenario.id,
            scenario_hash=scenario.content_hash,
            interviewer=scenario.interviewer.name,
            tier=scenario.tier,
            outcome=Outcome(card.outcome),
            score=card.score,
            parts={Part(part): points for part, points in card.parts.items()},
            penalties=tuple(
                Penalty(e.move.value if e.move else "", e.points, e.why, e.line, e.rule) for e in card.penalties
            ),
            reservations=tuple(ReservationResult(f.id, Kind(f.kind), f.surfaced, Handling(f.handled)) for f in card.reservations),
            transcript=tuple(SaidLine(line.speaker, line.text, tuple(m.value for m in line.moves)) for line in interview.lines),
            ended_by=interview.ended_by or "candidate",
            ignored_moves=ignored_moves,
            moves=tuple(moves),
            ledger=tuple(
                LedgerEntry(e.line, Part(e.part), e.points, e.why, e.move.value if e.move else None, e.rule)
                for e in card.entries if e.points or e.part == "note"
            ),
            advice=tuple(card.advice),
            beliefs={"fit": card.fit, "accept": card.accept},
            verdict=card.verdict,
            reader=reader_of(interview),
        )

    # ----- the candidate's turns ---------------------------------------------------------

    def candidate_turns(self) -> list[int]:
        """The transcript indexes of the candidate's lines, in order."""
        return [i for i, line in enumerate(self.transcript) if line.speaker == "candidate"]

    # ----- JSON --------------------------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        """The `closer run --json` object, with the ledger, advice, beliefs and moves behind it."""
        return {
            "scenario": self.scenario,
            "scenario_hash": self.scenario_hash,
            "interviewer": self.interviewer,
            "tier": self.tier,
            "outcome": self.outcome.value,
            "score": self.score,
            "parts": {part.value: points for part, points in self.parts.items()},
            "penalties": [{"move": p.move, "points": p.points, "why": p.why, "line": p.line, "rule": p.rule}
                          for p in self.penalties],
            "reservations": [
                {"id": r.id, "kind": r.kind.value, "surfaced": r.surfaced, "handled": r.handled.value}
                for r in self.reservations
            ],
            "transcript": [{"speaker": l.speaker, "text": l.text, "moves": list(l.moves)} for l in self.transcript],
            "ended_by": self.ended_by,
            "ignored_moves": self.ignored_moves,
            "ledger": [
                {"line": e.line, "part": e.part.value, "points": e.points, "why": e.why, "move": e.move, "rule": e.rule}
                for e in self.ledger
            ],
            "verdict": self.verdict,
            "advice": list(self.advice),
            "beliefs": dict(self.beliefs),
            "moves": [_move_json(m) for m in self.moves],
            "reader": self.reader,
            "record_version": self.version,
        }

    @classmethod
    def from_json(cls, data: Any) -> "RunRecord":
        """Read a record back from `to_json()`.

        Raises:
            RecordError: not a run record, or one of a newer version.
        """
        doc = _Doc(data, "run")
        version = doc.number("record_version", default=RECORD_VERSION)
        if version > RECORD_VERSION:
            raise RecordError(f"run record version {version} is newer than this game reads ({RECORD_VERSION})")
        parts = doc.mapping("parts")
        return cls(
            scenario=doc.text("scenario"),
            scenario_hash=doc.text("scenario_hash", default=""),
            interviewer=doc.text("interviewer", default=""),
            tier=doc.number("tier", default=1),
            outcome=Outcome(doc.one_of("outcome", _values(Outcome))),
            score=doc.number("score"),
            parts={part: _Doc(parts, "parts").number(part.value, default=0) for part in PARTS},
            penalties=tuple(
                Penalty(d.text("move", default=""), d.number("points"), d.text("why", default=""), d.optional_number("line"),
                        d.text("rule") if d.data.get("rule") is not None else None)
                for d in doc.items("penalties")
            ),
            reservations=tuple(
                ReservationResult(d.text("id"), Kind(d.one_of("kind", _values(Kind))), d.flag("surfaced"),
                                  Handling(d.one_of("handled", _values(Handling))))
                for d in doc.items("reservations")
            ),
            transcript=tuple(
                SaidLine(d.one_of("speaker", ("interviewer", "candidate")), d.text("text"), d.names("moves"))
                for d in doc.items("transcript")
            ),
            ended_by=doc.one_of("ended_by", ("interviewer", "candidate"), default="candidate"),
            ignored_moves=doc.number("ignored_moves", default=0),
            moves=tuple(_move_from(d) for d in doc.items("moves")),
            ledger=tuple(
                LedgerEntry(d.optional_number("line"), Part(d.one_of("part", _values(Part))), d.number("points"), d.text("why", default=""),
                            d.text("move") if d.data.get("move") is not None else None,
                            d.text("rule") if d.data.get("rule") is not None else None)
                for d in doc.items("ledger")
            ),
            advice=tuple(str(tip) for tip in doc.array("advice")),
            beliefs={key: _Doc(doc.mapping("beliefs"), "beliefs").number(key, default=0) for key in ("fit", "accept")},
            verdict=doc.text("verdict", default=""),
            version=version,
            reader=doc.text("reader", default=READER_ID),
        )


def reader_of(interview: Interview) -> str:
    """The name of the reader that read an interview's typed lines (a reader without a
    `reader_id` is named by its type)."""
    name = getattr(interview.reader, "reader_id", None)
    return name() if callable(name) else type(interview.reader).__name__


def _values(kind: type) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


def _move_json(move: PlayedMove) -> dict[str, Any]:
    if not move.typed:
        return {"choice": move.choice}
    return {"text": move.text, "hits": [[h.move, h.start, h.end] for h in move.hits]}


def _move_from(doc: "_Doc") -> PlayedMove:
    if "choice" in doc.data:
        return PlayedMove(choice=doc.text("choice"))
    hits = []
    for raw in doc.array("hits"):
        if not (isinstance(raw, list) and len(raw) == 3 and raw[0] in MOVE_NAMES
                and all(type(n) is int for n in raw[1:])):
            raise RecordError("run: a typed move's reading is not [move, start, end]")
        hits.append(Hit(raw[0], raw[1], raw[2]))
    return PlayedMove(text=doc.text("text"), hits=tuple(hits))


class _Doc:
    """Typed reads from a JSON object, each failing with a `RecordError` that names the key."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise RecordError(f"{where}: expected an object")
        self.data = data
        self.where = where

    _MISSING = object()

    def _get(self, key: str, default: Any) -> Any:
        value = self.data.get(key, default)
        if value is self._MISSING:
            raise RecordError(f"{self.where}: {key!r} is missing")
        return value

    def text(self, key: str, default: Any = _MISSING) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            raise RecordError(f"{self.where}: {key!r} is not text")
        return value

    def number(self, key: str, default: Any = _MISSING) -> int:
        value = self._get(key, default)
        if type(value) is not int:
            raise RecordError(f"{self.where}: {key!r} is not a whole number")
        return value

    def optional_number(self, key: str) -> int | None:
        return None if self.data.get(key) is None else self.number(key)

    def flag(self, key: str) -> bool:
        value = self._get(key, self._MISSING)
        if not isinstance(value, bool):
            raise RecordError(f"{self.where}: {key!r} is not true or false")
        return value

    def one_of(self, key: str, allowed: tuple[str, ...], default: Any = _MISSING) -> str:
        value = self.text(key, default)
        if value not in allowed:
            raise RecordError(f"{self.where}: {key!r} is {value!r}, not one of {', '.join(allowed)}")
        return value

    def array(self, key: str) -> list[Any]:
        value = self._get(key, [])
        if not isinstance(value, list):
            raise RecordError(f"{self.where}: {key!r} is not a list")
        return value

    def mapping(self, key: str) -> dict[str, Any]:
        value = self._get(key, {})
        if not isinstance(value, dict):
            raise RecordError(f"{self.where}: {key!r} is not an object")
        return value

    def items(self, key: str) -> list["_Doc"]:
        return [_Doc(item, f"{self.where}.{key}") for item in self.array(key)]

    def names(self, key: str) -> tuple[str, ...]:
        values = self.array(key)
        if not all(isinstance(v, str) for v in values):
            raise RecordError(f"{self.where}: {key!r} is not a list of names")
        return tuple(values)
