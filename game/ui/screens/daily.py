"""Provides the daily close screen: today's scenario (the same for everyone), whether the
player's ranked attempt is still to play, and today's ranked attempts."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import get_current_worker

from game.core.daily import daily_scenario, today
from game.core.errors import SaveError
from game.core.friends import Friends, Gathered
from game.core.leaderboard import daily_board
from game.core.sharecode import DAILY
from game.ui.words import OUTCOME_LABELS


class DailyScreen(Screen[None]):
    """Today's close, and who has played it."""

    BINDINGS = [
        Binding("enter", "play", "Play the daily close"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="daily-box"):
            yield Static(id="daily-about")
            yield DataTable(id="daily-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_board()

    def on_screen_resume(self) -> None:
        self.refresh_board()

    def refresh_board(self) -> None:
        app = self.app
        self.date = today()
        self.scenario = daily_scenario(app.context.catalog, self.date)
        about = Text(f"Daily close · {self.date}\n", style="bold")
        if self.scenario is None:
            about.append("No bundled scenario loaded, so there is no daily close today.")
            self.query_one("#daily-about", Static).update(about)
            return
        about.append(f"{self.scenario.title}", style="bold")
        about.append(f" — {self.scenario.role}, {self.scenario.company} (tier {self.scenario.tier})\n")
        about.append("Everyone gets the same scenario today. Your first attempt is ranked; later ones are practice.\n", style="dim")
        self.about = about
        self.query_one("#daily-about", Static).update(about)
        self.gather()

    @work(thread=True, exclusive=True, group="daily")
    def gather(self) -> None:
        """Replay today's runs away from the screen's thread."""
        try:
            friends = Friends(self.app.context)
            status = friends.daily_status(self.app.player, self.date)
            gathered = friends.gather()
        except SaveError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Daily close", severity="error", markup=False)
            status, gathered = DAILY, Gathered()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_board, status, gathered)

    def show_board(self, status: int, gathered: Gathered) -> None:
        if not self.is_attached:
            return
        app = self.app
        about = self.about.copy()
        board = daily_board(gathered.rows, self.date, self.scenario.id if self.scenario else None)
        line = Text("\n")
        line.append(app.player, style="bold")
        line.append(": your ranked attempt is waiting. Press Enter to play." if status == DAILY
                    else ": you have played your ranked attempt today. Enter plays a practice attempt.")
        about.append_text(line)
        self.query_one("#daily-about", Static).update(about)
        table = self.query_one("#daily-table", DataTable)
        table.clear(columns=True)
        for label, width in (("#", 3), ("Player", 28), ("Score", 5), ("Outcome", 10), ("From", 8)):
            table.add_column(label, width=width)
        for rank, row in enumerate(board, start=1):
            table.add_row(Text(str(rank)), Text(row.player), Text(str(row.score), justify="right"),
                          Text(OUTCOME_LABELS.get(row.outcome, row.outcome)), Text(row.source))

    def action_play(self) -> None:
        if self.scenario is not None:
            self.app.open_brief(self.scenario, daily=True)
