"""Provides the line input: type your own move; with it empty, digits pick a choice."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.message import Message
from textual.widgets import Input


class MoveInput(Input):
    """An always-present input for the candidate's own words.

    While it is empty, the digits 1-9 pick the choice with that number instead of typing.
    """

    @dataclass
    class Pick(Message):
        """The player pressed a digit to pick a choice (1-based)."""

        number: int

    def on_key(self, event: events.Key) -> None:
        if not self.value and event.character and event.character in "123456789" and len(event.character) == 1:
            event.prevent_default()
            event.stop()
            self.post_message(self.Pick(int(event.character)))
