"""Provides the player picker: choose, add, rename or delete a player (hot seat)."""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets.option_list import Option

from game.core.errors import SaveError
from game.core.saves import check_name
from game.ui.dialogs.confirm import ConfirmScreen

TITLE = "Who is playing?"
PLACEHOLDER = "or type a name and press Enter"


class PlayerScreen(ModalScreen[str | None]):
    """Pick who is playing; returns the chosen name, or None when cancelled.

    A typed name that differs from a known player's only in case picks that player. F2
    renames the highlighted player in the box below; Delete removes them after asking.
    Renaming and deleting go through the app, which keeps the saves and the current player.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("f2", "rename", "Rename"),
        Binding("delete", "delete", "Delete"),
    ]

    def __init__(self, players: list[str], current: str) -> None:
        super().__init__()
        self.players = players
        self.current = current
        self.renaming: str | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="player-box"):
            yield Label(TITLE, id="player-title")
            yield OptionList(id="player-list")
            yield Input(placeholder=PLACEHOLDER, id="player-new", max_length=40, select_on_focus=False)
            yield Label("", id="player-error")
        yield Footer()

    def on_key(self, event: events.Key) -> None:
        """Typing while the list has focus starts a name in the box below."""
        entry = self.query_one("#player-new", Input)
        if self.focused is not entry and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            entry.focus()
            entry.insert_text_at_cursor(event.character)

    def on_mount(self) -> None:
        self.show_players(self.current)

    def show_players(self, highlight: str) -> None:
        """Fill the list (names shown literally) and put the highlight on `highlight`."""
        options = self.query_one("#player-list", OptionList)
        options.clear_options()
        options.add_options([Option(Text(name), id=f"p{i}") for i, name in enumerate(self.players)])
        if highlight in self.players:
            options.highlighted = self.players.index(highlight)
        options.focus()

    def highlighted(self) -> str | None:
        index = self.query_one("#player-list", OptionList).highlighted
        return None if index is None or index >= len(self.players) else self.players[index]

    def say(self, problem: str) -> None:
        self.query_one("#player-error", Label).update(Text(problem))

    @on(OptionList.OptionSelected, "#player-list")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.players[event.option_index])

    @on(Input.Submitted, "#player-new")
    def typed(self, event: Input.Submitted) -> None:
        if self.renaming is not None:
            self.finish_rename(event.value)
            return
        try:
            name = check_name(event.value)
        except SaveError as exc:
            self.say(str(exc))
            return
        same = [known for known in self.players if known.casefold() == name.casefold()]
        self.dismiss(same[0] if same else name)

    def action_rename(self) -> None:
        name = self.highlighted()
        if name is None:
            return
        self.renaming = name
        self.query_one("#player-title", Label).update(Text(f"New name for {name} (Enter keeps it, Esc cancels):"))
        entry = self.query_one("#player-new", Input)
        entry.value = name
        entry.cursor_position = len(name)
        entry.focus()
        self.say("")

    def finish_rename(self, typed: str) -> None:
        assert self.renaming is not None
        try:
            new = self.app.rename_player(self.renaming, typed)
        except SaveError as exc:
            self.say(str(exc))
            return
        self.players = self.app.players()
        self.end_rename()
        self.show_players(new)

    def end_rename(self) -> None:
        self.renaming = None
        self.query_one("#player-title", Label).update(TITLE)
        self.query_one("#player-new", Input).value = ""
        self.say("")

    def action_delete(self) -> None:
        name = self.highlighted()
        if name is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.app.delete_player(name)
            except SaveError as exc:
                self.say(str(exc))
                return
            self.players = self.app.players()
            self.show_players(self.app.player)

        question = f"Delete the player {name} with all their saved runs, best scores, settings and shared runs (their codes and club file)? This cannot be undone."
        self.app.push_screen(ConfirmScreen(question, yes="Delete", no="Keep"), answered)

    def action_cancel(self) -> None:
        if self.renaming is not None:
            self.end_rename()
            self.query_one("#player-list", OptionList).focus()
            return
        self.dismiss(None)
