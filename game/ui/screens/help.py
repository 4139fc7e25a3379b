"""Provides the help screen: the three parts of a strong close, and the keys."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

CLOSE = (
    "When she asks \"any questions for me?\", this is your moment. Close in three parts.",
    "1. Say you want it. Thank her, say you were interested before today and are sure now, then say "
    "it plainly: you want this job and you would accept an offer. \"This sounds exciting\" is not the "
    "same thing; she is left wondering if you would say yes.",
    "2. Say why it fits. One or two reasons that tie something true about you (what you enjoy, what "
    "drives you, what you are good at, where you thrive) to this role, this team or this mission. Two "
    "specific reasons beat five general ones.",
    "3. Ask for her reservations, openly: \"What reservations do you have about me?\", not \"Do you "
    "have any concerns?\" (that one is easy to answer with a no). If her doubt is soft, answer it with "
    "a short true story: the situation, what you did, the result. If it is a hard requirement you cannot "
    "meet, acknowledge it honestly and say what you are doing about it; do not argue.",
    "Avoid: \"no questions\", closing on \"what are the next steps?\", and anything that presumes the "
    "answer (\"so when do I start?\").",
)

KEYS = """\
In the interview
  1-6          pick a choice (when the line is empty)
  ↑ ↓ Enter    move through the choices and pick one
  typing       say your own words; Enter says them
  Ctrl+N       say nothing more: she wraps up
  Esc          leave the interview

Anywhere
  F1           this help        Ctrl+P   command palette        Ctrl+Q   quit
"""


class HelpScreen(ModalScreen[None]):
    """How to close, and how to play."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("How to close", style="bold"))
            for paragraph in CLOSE:
                yield Static(Text(paragraph), classes="help-paragraph")
            yield Static(Text("Keys", style="bold"))
            yield Static(Text(KEYS))
            yield Static(Text("Esc to close", style="dim italic"))

    def action_dismiss(self) -> None:
        self.dismiss(None)
