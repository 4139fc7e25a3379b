"""Provides the story bank screen: add, edit and delete your stories, with a tip for each that needs one."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from game.core.selfknowledge import SelfKnowledge, Story
from game.ui.dialogs.confirm import ConfirmScreen
from game.ui.dialogs.story import StoryDialog

KEYS = "a add · Enter or e edit · x delete · Esc back"


class StoryBankScreen(Screen[None]):
    """Short true stories ready for the doubts an interviewer may raise."""

    BINDINGS = [
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("x,delete", "delete", "Delete"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.knowledge = SelfKnowledge()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Your story bank: situation, what you did, the result. Stories with a tip need a little more.", style="italic"), id="stories-hint")
        yield OptionList(id="stories-list", markup=False)
        with VerticalScroll(id="stories-detail-box"):
            yield Static(id="stories-detail")
        yield Static(Text(KEYS, style="dim"), id="stories-keys")
        yield Footer()

    def on_mount(self) -> None:
        self.knowledge = self.app.self_knowledge()
        self.show()
        self.query_one("#stories-list", OptionList).focus()

    @property
    def index(self) -> int | None:
        highlighted = self.query_one("#stories-list", OptionList).highlighted
        return highlighted if self.knowledge.stories and highlighted is not None else None

    def show(self, keep: int | None = None) -> None:
        options = self.query_one("#stories-list", OptionList)
        options.clear_options()
        for story in self.knowledge.stories:
            line = Text(story.title, style="bold")
            if story.tip():
                line.append("  ⚑ needs a little more", style="italic")
            options.add_option(Option(line))
        if not self.knowledge.stories:
            options.add_option(Option(Text("No stories yet: press a to add one.", style="dim"), disabled=True))
            options.highlighted = None
        else:
            options.highlighted = min(keep or 0, len(self.knowledge.stories) - 1)
        self.show_detail()

    @on(OptionList.OptionHighlighted, "#stories-list")
    def show_detail(self) -> None:
        index = self.index
        detail = Text()
        if index is not None:
            story = self.knowledge.stories[index]
            detail.append(story.title + "\n", style="bold")
            detail.append(story.spoken or "(nothing told yet)")
            if story.tags:
                detail.append("\nShows: " + ", ".join(story.tags), style="dim")
            tip = story.tip()
            detail.append(f"\nTip: {tip}" if tip else "\nReady to tell.", style="bold" if tip else "dim")
        self.query_one("#stories-detail", Static).update(detail)

    def keep(self, index: int | None) -> None:
        self.app.keep_self_knowledge(self.knowledge)
        self.show(index)

    def action_add(self) -> None:
        def written(story: Story | None) -> None:
            if story is None:
                return
            try:
                self.knowledge.add_story(story)
            except ValueError as exc:
                self.notify(str(exc), title="Stories", severity="warning", timeout=5, markup=False)
                return
            self.keep(len(self.knowledge.stories) - 1)

        self.app.push_screen(StoryDialog(), written)

    @on(OptionList.OptionSelected, "#stories-list")
    def action_edit(self) -> None:
        index = self.index
        if index is None:
            return

        def written(story: Story | None) -> None:
            if story is not None:
                self.knowledge.replace_story(index, story)
                self.keep(index)

        self.app.push_screen(StoryDialog(self.knowledge.stories[index]), written)

    def action_delete(self) -> None:
        index = self.index
        if index is None:
            return

        def decided(yes: bool | None) -> None:
            if yes:
                del self.knowledge.stories[index]
                self.keep(index)

        title = self.knowledge.stories[index].title
        self.app.push_screen(ConfirmScreen(f"Delete the story \"{title}\"?", yes="Delete", no="Keep"), decided)
