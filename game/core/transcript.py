"""Provides the transcript of a run: its lines and the events the interviewer logged."""

from __future__ import annotations

from dataclasses import dataclass, field

from .moves import Move, MoveHit

INTERVIEWER = "interviewer"
CANDIDATE = "candidate"


@dataclass(frozen=True)
class Line:
    """One line of the transcript.

    `hits` holds the reader's evidence for typed lines; `choice` the id of a picked choice.
    """

    speaker: str
    text: str
    moves: tuple[Move, ...] = ()
    hits: tuple[MoveHit, ...] = ()
    typed: bool = False
    choice: str | None = None

    @property
    def is_candidate(self) -> bool:
        return self.speaker == CANDIDATE

    def as_json(self) -> dict[str, object]:
        return {"speaker": self.speaker, "text": self.text, "moves": [m.value for m in self.moves]}


@dataclass(frozen=True)
class Event:
    """Something the interviewer did or decided, tied to a transcript line.

    kinds: "asked" (detail: open|closed), "shared" (reservation id), "clammed",
    "none_left", "handled" (reservation id, how; `story` when the reply told one),
    "out_of_time".
    """

    kind: str
    line: int
    reservation: str = ""
    detail: str = ""
    story: bool = False


@dataclass
class RunLog:
    """The lines and events of one run, in order."""

    lines: list[Line] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def add(self, line: Line) -> int:
        self.lines.append(line)
        return len(self.lines) - 1

    def candidate_lines(self) -> list[tuple[int, Line]]:
        return [(i, line) for i, line in enumerate(self.lines) if line.is_candidate]
