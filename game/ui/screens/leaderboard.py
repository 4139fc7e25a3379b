"""Provides the leaderboard screen: overall, the daily close and each scenario, with local
players, imported friends and the club side by side, every run verified by replay."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static
from textual.worker import get_current_worker

from game.core.daily import daily_scenario, today
from game.core.errors import SaveError
from game.core.friends import Friends, Gathered
from game.core.leaderboard import Row, best_runs, daily_board, overall
from game.ui.words import OUTCOME_LABELS

OVERALL, DAILY = "overall", "daily"


class LeaderboardScreen(Screen[None]):
    """One view at a time: overall, today's daily close, then each scenario with runs."""

    BINDINGS = [
        Binding("right_square_bracket,n", "view(1)", "Next view"),
        Binding("left_square_bracket,b", "view(-1)", "Previous view", show=False),
        Binding("c", "compare", "Compare"),
        Binding("i", "app.import_code", "Import"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.gathered = Gathered()
        self.views: list[str] = [OVERALL, DAILY]
        self.index = 0
        self.shown: list[Row] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="board-heading")
        yield DataTable(id="board-table", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="board-notes"):
            yield Static(id="board-problems")
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.query_one("#board-heading", Static).update(Text("Replaying every run before it counts…", style="italic"))
        self.gather()

    @work(thread=True, exclusive=True, group="leaderboard")
    def gather(self) -> None:
        """Replay every run away from the screen's thread: a big club takes a moment."""
        try:
            gathered = Friends(self.app.context).gather()
        except SaveError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Leaderboard", severity="error", markup=False)
            gathered = Gathered()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.gathered_now, gathered)

    def gathered_now(self, gathered: Gathered) -> None:
        if not self.is_attached:
            return
        self.gathered = gathered
        scenarios = sorted({row.scenario for row in self.gathered.rows})
        self.views = [OVERALL, DAILY, *scenarios]
        self.index = min(self.index, len(self.views) - 1)
        notes = Text()
        club = self.app.context.club_dir
        notes.append(f"Club folder: {club}\n" if club else "No club folder (start with --club DIR or CLOSER_CLUB to share one).\n", style="dim")
        for problem in self.gathered.problems:
            notes.append(f"• {problem}\n", style="yellow")
        self.query_one("#board-problems", Static).update(notes)
        self.show()

    def title_of(self, scenario_id: str) -> str:
        scenario = self.app.context.catalog.get(scenario_id)
        return scenario.title if scenario else scenario_id

    def show(self) -> None:
        view = self.views[self.index]
        table = self.query_one("#board-table", DataTable)
        table.clear(columns=True)
        rows = self.gathered.rows
        heading = Text(f"{self.index + 1}/{len(self.views)}  ", style="dim")
        if view == OVERALL:
            heading.append("Overall: each player's best per scenario, summed", style="bold")
            for label, width in (("#", 3), ("Player", 28), ("Total", 6), ("Scenarios", 9), ("From", 8)):
                table.add_column(label, width=width)
            for rank, standing in enumerate(overall(rows), start=1):
                table.add_row(Text(str(rank)), Text(standing.player), Text(str(standing.total), justify="right"),
                              Text(str(standing.scenarios), justify="right"), Text(standing.source))
            self.shown = []
        else:
            if view == DAILY:
                date = today()
                scenario = daily_scenario(self.app.context.catalog, date)
                self.shown = daily_board(rows, date, scenario.id if scenario else None)
                heading.append(f"Daily close {date}: {self.title_of(scenario.id) if scenario else 'none'} (ranked attempts)", style="bold")
            else:
                self.shown = best_runs(rows, view)
                heading.append(f"{self.title_of(view)}: each player's best", style="bold")
            for label, width in (("#", 3), ("Player", 28), ("Score", 5), ("Outcome", 10), ("From", 8), ("When", 16)):
                table.add_column(label, width=width)
            for rank, row in enumerate(self.shown, start=1):
                player = Text(row.player)
                if row.flag:
                    player.append(" (!)", style="yellow")
                table.add_row(Text(str(rank)), player, Text(str(row.score), justify="right"),
                              Text(OUTCOME_LABELS.get(row.outcome, row.outcome)), Text(row.source),
                              Text(row.when.replace("T", " ")[:16]))
        if table.row_count == 0:
            heading.append("\nNo runs here yet.", style="italic")
        heading.append("\n[ ] or b n: change view", style="dim")
        self.query_one("#board-heading", Static).update(heading)
        table.focus()

    def action_view(self, step: int) -> None:
        self.index = (self.index + step) % len(self.views)
        self.show()

    def action_compare(self) -> None:
        table = self.query_one("#board-table", DataTable)
        if not self.shown or not 0 <= table.cursor_row < len(self.shown):
            self.notify("Pick a run in a daily or scenario view to compare it with yours.", timeout=4, markup=False)
            return
        row = self.shown[table.cursor_row]
        run = next((r for r in self.gathered.runs if r.player == row.player and r.when == row.when and r.scenario == row.scenario), None)
        if run is not None:
            self.app.action_compare(f"@{self.app.player}:{row.scenario}", run.code)

    @on(DataTable.RowSelected, "#board-table")
    def selected(self) -> None:
        self.action_compare()
