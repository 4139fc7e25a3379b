"""Provides a one-line text dialog (evidence for an item, a name for an item of your own)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static


class LineDialog(ModalScreen["str | None"]):
    """Ask for one line of text; Enter keeps it (an empty line clears it), Esc cancels."""

    DEFAULT_CSS = """
    LineDialog { align: center middle; }
    LineDialog > Vertical { width: 76; max-width: 100%; height: auto; padding: 1 2; border: thick $primary; background: $surface; }
    LineDialog #line-keys { margin-top: 1; color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, question: str, value: str = "", placeholder: str = "", limit: int = 300) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.placeholder = placeholder
        self.limit = limit

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question))
            yield Input(self.value, placeholder=self.placeholder, max_length=self.limit, id="line-input")
            yield Static(Text("Enter keeps it · Esc cancels"), id="line-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#line-input", Input).focus()

    @on(Input.Submitted, "#line-input")
    def submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
