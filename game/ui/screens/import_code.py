"""Provides the import box: paste a friend's share code; it is replayed before it is added."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from game.core.errors import SaveError
from game.core.friends import Friends
from game.core.sharecode import ShareCodeError
from game.ui.words import OUTCOME_LABELS


class ImportScreen(ModalScreen[None]):
    """One input for a code, and what came of it."""

    BINDINGS = [Binding("escape", "close", "Close")]

    def compose(self) -> ComposeResult:
        with Vertical(id="import-box"):
            yield Static(Text("Import a friend's share code", style="bold"))
            yield Static(Text("Paste the code (it starts with closer1.) and press Enter. "
                              "It is replayed move by move before it counts.", style="dim"))
            yield Input(placeholder="closer1.…", id="import-code")
            yield Static(id="import-result")
            yield Static(Text("Esc to close", style="dim italic"))

    @on(Input.Submitted, "#import-code")
    def submitted(self, event: Input.Submitted) -> None:
        result = self.query_one("#import-result", Static)
        if not event.value.strip():
            return
        try:
            run, new = Friends(self.app.context).import_code(event.value)
        except (ShareCodeError, SaveError) as exc:
            result.set_classes("refused")
            result.update(Text(f"Refused: {exc}"))
            return
        result.set_classes("verified")
        message = Text("Verified by replay: ")
        message.append(run.player, style="bold")
        message.append(f" scored {run.record.score}/100 ({OUTCOME_LABELS[run.record.outcome]}) on "
                       f"{self.title_of(run.scenario)}, {run.date}. ")
        message.append("Added to your leaderboard." if new else "It was already on your leaderboard.")
        result.update(message)
        event.input.value = ""

    def title_of(self, scenario_id: str) -> str:
        scenario = self.app.context.catalog.get(scenario_id)
        return scenario.title if scenario else scenario_id

    def action_close(self) -> None:
        self.dismiss(None)
