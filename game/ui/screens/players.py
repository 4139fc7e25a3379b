"""Provides the player picker: choose an existing player or add a new one (hot seat)."""

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


class PlayerScreen(ModalScreen[str | None]):
    """Pick who is playing; returns the chosen name, or None when cancelled.

    A typed name that differs from a known player's only in case picks that player.
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, players: list[str], current: str) -> None:
        super().__init__()
        self.players = players
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="player-box"):
            yield Label("Who is playing?", id="player-title")
            yield OptionList(*(Option(Text(name), id=f"p{i}") for i, name in enumerate(self.players)), id="player-list")
            yield Input(placeholder="or type a name and press Enter", id="player-new", max_length=40, select_on_focus=False)
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
        options = self.query_one("#player-list", OptionList)
        if self.current in self.players:
            options.highlighted = self.players.index(self.current)
        options.focus()

    @on(OptionList.OptionSelected, "#player-list")
    def picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.players[event.option_index])

    @on(Input.Submitted, "#player-new")
    def typed(self, event: Input.Submitted) -> None:
        try:
            name = check_name(event.value)
        except SaveError as exc:
            self.query_one("#player-error", Label).update(Text(str(exc)))
            return
        same = [known for known in self.players if known.casefold() == name.casefold()]
        self.dismiss(same[0] if same else name)

    def action_cancel(self) -> None:
        self.dismiss(None)
