"""Provides the bare Textual apps the game is measured against: a title app (a header, a
list and a footer) and a chat app in the shape of Textual's `examples/mother.py` (an
anchored scroll that mounts one widget per line, styled by speaker)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Input, OptionList, Static

TITLE_MENU = ("Play an interview", "Rehearse a real close", "Your progress", "Switch player", "How to close", "Quit")


class BareTitleApp(App[None]):
    """A header, a six-item list and a footer: what any Textual title screen costs."""

    BINDINGS = [Binding("q", "quit", "Quit"), Binding("f1", "help", "Help")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(*TITLE_MENU)
        yield Footer()


class Said(Static):
    """One line of the conversation."""


class BareChatApp(App[None]):
    """An input under an anchored transcript; each Enter mounts the lines it is given."""

    CSS = """
    #chat { height: 1fr; }
    Said { margin: 0 0 1 0; }
    Said.you { margin: 0 0 0 4; text-style: bold; }
    Said.reading { margin: 0 0 1 4; text-style: italic; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[list[tuple[str, str]]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield VerticalScroll(id="chat")
        yield Input(id="say")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#chat", VerticalScroll).anchor()
        self.query_one("#say", Input).focus()

    def say(self, lines: list[tuple[str, str]]) -> None:
        """Mount `lines` (style class, text) when the next line is entered."""
        self.replies.append(lines)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.input.value = ""
        lines = self.replies.pop(0) if self.replies else []
        self.query_one("#chat", VerticalScroll).mount_all(Said(text, classes=kind, markup=False) for kind, text in lines)
