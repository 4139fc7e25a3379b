"""Provides the answer box (several lines of your own words; Enter sends) and the clean text area it builds on."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message
from textual.widgets import TextArea

from game.ui.words import printable

LIMIT = 2000
NEW_LINE_KEYS = ("shift+enter", "alt+enter", "ctrl+j")


class CleanTextArea(TextArea):
    """A text area whose pastes arrive whole, without control characters or escape sequences."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if self.read_only:
            return
        result = self.replace(printable(event.text).replace("\t", " "), *self.selection)
        self.move_cursor(result.end_location)


class AnswerBox(CleanTextArea):
    """A multi-line box for the candidate's own words.

    Enter sends; Ctrl+J adds a line in any terminal, and so do Shift+Enter and Alt+Enter in
    terminals that report them apart from Enter (many send the same code for all three);
    a paste keeps every line. With the
    box empty, ↑ and ↓ ask the screen to move through the choices instead of the cursor.
    """

    @dataclass
    class Sent(Message):
        """A message from the box; `control` is the box, so handlers can select it by id."""

        box: "AnswerBox"

        @property
        def control(self) -> "AnswerBox":
            return self.box

    @dataclass
    class Send(Sent):
        """The player pressed Enter: `text` is everything in the box."""

        text: str

    @dataclass
    class Browse(Sent):
        """↑ (-1) or ↓ (+1) pressed in an empty box."""

        step: int

    def __init__(self, **kwargs) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, tab_behavior="focus", **kwargs)

    @property
    def too_long(self) -> bool:
        return len(self.text) > LIMIT

    async def _on_key(self, event: events.Key) -> None:
        """Enter and the new-line keys; every other key goes on to TextArea's own handler."""
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Send(self, self.text))
            return
        if event.key in NEW_LINE_KEYS:
            event.stop()
            event.prevent_default()
            self.replace("\n", *self.selection)

    def action_cursor_up(self, select: bool = False) -> None:
        if not self.text:
            self.post_message(self.Browse(self, -1))
        else:
            super().action_cursor_up(select)

    def action_cursor_down(self, select: bool = False) -> None:
        if not self.text:
            self.post_message(self.Browse(self, 1))
        else:
            super().action_cursor_down(select)
