"""Provides the rehearse screen: paste the close you will say for real, and get it reviewed."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static, TextArea

from game.core.moves import MOVE_LABELS
from game.core.reader import too_long
from game.core.rehearse import PART_NAMES, Review, rehearse
from game.ui.widgets.answer_box import CleanTextArea
from game.ui.words import printable


class RehearseScreen(Screen[None]):
    """Write or paste a close; Ctrl+R reviews it sentence by sentence."""

    BINDINGS = [
        Binding("ctrl+r", "review", "Review", priority=True),
        Binding("escape", "back", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Write the close you plan to say in a real interview, then press Ctrl+R.", style="italic"), id="rehearse-hint")
        yield CleanTextArea(id="rehearse-text", soft_wrap=True, show_line_numbers=False)
        with Horizontal(id="rehearse-fields"):
            yield Input(placeholder="company (optional)", id="rehearse-company", max_length=80)
            yield Input(placeholder="role (optional)", id="rehearse-role", max_length=80)
            yield Button("Review", id="rehearse-go", variant="primary")
        with VerticalScroll(id="rehearse-result"):
            yield Static(id="rehearse-output")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one("#rehearse-text", TextArea)
        area.text = self.app.rehearse_draft
        area.cursor_blink = self.app.blink
        area.focus()

    @on(TextArea.Changed, "#rehearse-text")
    def keep_draft(self, event: TextArea.Changed) -> None:
        self.app.rehearse_draft = event.text_area.text

    def action_back(self) -> None:
        if self.app.rehearse_draft.strip():
            self.notify("Your draft is kept here until you quit closer.", title="Rehearse", timeout=4)
        self.app.pop_screen()

    @on(Button.Pressed, "#rehearse-go")
    def pressed(self) -> None:
        self.action_review()

    def action_review(self) -> None:
        text = self.query_one("#rehearse-text", TextArea).text
        refusal = too_long(text, "Your close")
        if refusal:
            self.notify(refusal, title="Too long to review", severity="warning", markup=False)
            return
        review = rehearse(
            text,
            company=self.query_one("#rehearse-company", Input).value,
            role=self.query_one("#rehearse-role", Input).value,
        )
        self.query_one("#rehearse-output", Static).update(render_review(review))
        self.query_one("#rehearse-result", VerticalScroll).scroll_home(animate=False)


def render_review(review: Review) -> Text:
    """The review as styled text."""
    out = Text()
    if not review.sentences:
        out.append("Nothing to review yet: write your close above.", style="italic")
        return out
    out.append("The three parts\n", style="bold")
    for key, name in PART_NAMES.items():
        done = review.parts[key]
        out.append("  ✓ " if done else "  ✗ ", style="green" if done else "red")
        out.append(name + "\n")
    out.append("\nSentence by sentence\n", style="bold")
    for number, sentence in enumerate(review.sentences, start=1):
        out.append(f"  {number}. ", style="bold")
        out.append(" ".join(printable(sentence.text).split()) + "\n")
        labels = ", ".join(dict.fromkeys(MOVE_LABELS[h.move] for h in sentence.moves)) or "no closing move"
        out.append(f"     {labels}\n", style="dim italic")
    if review.strengths:
        out.append("\nWhat works\n", style="bold")
        for strength in review.strengths:
            out.append(f"  + {strength}\n")
    if review.gaps:
        out.append("\nWhat is missing\n", style="bold")
        for gap in review.gaps:
            out.append(f"  - {gap.what}\n")
            out.append(f"    Try: \u201c{gap.suggestion}\u201d\n", style="italic")
    if review.warnings:
        out.append("\nWatch out\n", style="bold")
        for warning in review.warnings:
            out.append(f"  ! {warning}\n", style="yellow")
    return out
