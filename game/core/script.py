"""Provides move scripts for headless play: `:ID` or `:N` picks a choice, other lines are said."""

from __future__ import annotations

from dataclasses import dataclass

from .interview import Interview, InterviewOver, NoSuchChoice


class ScriptError(Exception):
    """A move script that cannot be played, with the line at fault."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


@dataclass(frozen=True)
class ScriptLine:
    number: int
    text: str

    @property
    def is_pick(self) -> bool:
        return self.text.startswith(":") and len(self.text) > 1

    @property
    def pick(self) -> int | str:
        """The 0-based index for `:N`, or the id for `:ID`."""
        ref = self.text[1:].strip()
        return int(ref) - 1 if ref.isdigit() else ref


def parse_script(text: str) -> list[ScriptLine]:
    """The playable lines of a script: blank lines and `#` comments are skipped."""
    lines = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line and not line.startswith("#"):
            lines.append(ScriptLine(number, line))
    return lines


def play_script(interview: Interview, lines: list[ScriptLine]) -> int:
    """Play the lines; when they run out the candidate says nothing more.

    Returns:
        How many lines were left over after the interview ended.

    Raises:
        ScriptError: a pick names no choice on offer at that point.
    """
    for index, line in enumerate(lines):
        if interview.over:
            return len(lines) - index
        try:
            if line.is_pick:
                pick = line.pick
                if isinstance(pick, int) and pick < 0:
                    raise ScriptError(line.number, "choices are numbered from 1")
                interview.choose(pick)
            else:
                interview.say(line.text)
        except NoSuchChoice as exc:
            raise ScriptError(line.number, str(exc)) from None
        except InterviewOver:
            return len(lines) - index
    interview.wrap_up()
    return 0
