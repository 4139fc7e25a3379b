"""Provides the story dialog: write or edit one story for the bank."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Input, Label, Static

from game.core.selfknowledge import MAX_TEXT, Story

FIELDS = (
    ("title", "Title", "e.g. The storm weekend", 80),
    ("situation", "Situation", "where and when, and what was wrong", MAX_TEXT),
    ("action", "What you did", "what you yourself did", MAX_TEXT),
    ("result", "Result", "how it ended: a number, a date, what changed", MAX_TEXT),
    ("tags", "Shows (tags)", "e.g. calm, queues, planning", 120),
)


class StoryDialog(ModalScreen["Story | None"]):
    """Write a story; Ctrl+S (or the Save button) keeps it, Esc cancels. The tip updates as you type."""

    DEFAULT_CSS = """
    StoryDialog { align: center middle; }
    StoryDialog > VerticalScroll { width: 84; max-width: 100%; height: auto; max-height: 100%; padding: 1 2; border: thick $primary; background: $surface; }
    StoryDialog Label { margin-top: 1; }
    StoryDialog #story-tip { margin-top: 1; color: $warning; }
    StoryDialog #story-buttons { height: auto; margin-top: 1; align-horizontal: right; }
    StoryDialog Button { margin-left: 2; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, story: Story | None = None) -> None:
        super().__init__()
        self.story = story or Story("")

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text("A short true story: the situation, what you did, the result.", style="bold"))
            for key, label, hint, limit in FIELDS:
                value = ", ".join(self.story.tags) if key == "tags" else getattr(self.story, key)
                yield Label(label)
                yield Input(value, placeholder=hint, max_length=limit, id=f"story-{key}")
            yield Static(id="story-tip")
            with Horizontal(id="story-buttons"):
                yield Button("Cancel", id="story-cancel")
                yield Button("Save", id="story-save", variant="primary")
        yield Footer()

    def on_mount(self) -> None:
        self.show_tip()
        self.query_one("#story-title", Input).focus()

    def current(self) -> Story:
        values = {key: self.query_one(f"#story-{key}", Input).value for key, *_ in FIELDS}
        return Story.make(values["title"], values["situation"], values["action"], values["result"], values["tags"])

    @on(Input.Changed)
    def show_tip(self) -> None:
        tip = self.current().tip()
        self.query_one("#story-tip", Static).update(Text(f"Tip: {tip}" if tip else "Ready to tell."))

    @on(Input.Submitted)
    def next_field(self) -> None:
        self.focus_next()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "story-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        story = self.current()
        if not story.title:
            self.notify("Give the story a title first.", title="Story", severity="warning", timeout=4)
            self.query_one("#story-title", Input).focus()
            return
        self.dismiss(story)

    def action_cancel(self) -> None:
        self.dismiss(None)
