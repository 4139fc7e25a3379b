"""Provides the interview transcript: one widget per line, styled by speaker, anchored to the end."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from game.core.moves import MOVE_LABELS
from game.core.transcript import Line
from game.ui.words import printable


def speaker_text(name: str, text: str) -> Text:
    line = Text()
    line.append(f"{name}: ", style="bold")
    line.append(printable(text))
    return line


class Transcript(VerticalScroll):
    """A chat-like transcript; new lines keep it scrolled to the bottom."""

    def __init__(self, interviewer: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.interviewer = interviewer
        self.can_focus = False

    def on_mount(self) -> None:
        self.anchor()

    def add_lines(self, lines: list[Line]) -> None:
        widgets: list[Static] = []
        for line in lines:
            if line.is_candidate:
                widgets.append(Static(speaker_text("You", line.text), classes="line candidate"))
                widgets.append(Static(self.reading(line), classes="reading"))
            else:
                widgets.append(Static(speaker_text(self.interviewer, line.text), classes="line interviewer"))
        if widgets:
            self.mount_all(widgets)

    @staticmethod
    def reading(line: Line) -> Text:
        """How the game understood a line: the moves it carries."""
        label = "read as" if line.typed else "moves"
        if not line.moves:
            return Text(f"{label}: nothing the interviewer could act on", style="italic")
        return Text(f"{label}: " + " · ".join(MOVE_LABELS[m] for m in line.moves), style="italic")
