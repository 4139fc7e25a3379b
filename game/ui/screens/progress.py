"""Provides the progress screen: a player's open tiers, best scores and saved runs."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from game.core.errors import SaveError
from game.ui.words import OUTCOME_LABELS, next_tier, tier_progress


# The table lists at most this many runs, newest first: a player with thousands of saved runs
# does not wait for every transcript to load (the summary still counts them all).
SHOWN_RUNS = 200


class ProgressScreen(Screen[None]):
    """The current player's latest saved runs, newest first, with their transcripts."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="progress-summary")
        yield DataTable(id="progress-runs", cursor_type="row", zebra_stripes=True)
        with VerticalScroll(id="progress-detail"):
            yield Static(id="progress-transcript")
        yield Footer()

    def on_mount(self) -> None:
        app = self.app
        progress = app.progress()
        total = 0
        try:
            if app.saves_ok:
                total = app.context.store.run_count(app.player)
                self.runs = list(reversed(app.context.store.run_details(app.player, latest=SHOWN_RUNS)))
            else:
                self.runs = []
        except SaveError as exc:
            self.notify(str(exc), title="Saves", severity="error", markup=False)
            self.runs = []
        titles = {s.id: s.title for s in app.context.catalog.scenarios.values()}
        summary = Text(f"{app.player}", style="bold")
        summary.append(f" · {total} saved run{'s' if total != 1 else ''}")
        if total > len(self.runs):
            summary.append(f" (latest {len(self.runs)} listed)")
        summary.append(f" · tiers open: {', '.join(map(str, sorted(progress.opened)))}")
        closed = next_tier(progress)
        if closed is not None:
            summary.append(f"\nNext: tier {closed} opens when you {tier_progress(progress, closed, app.context.catalog)}", style="dim")
        if progress.best:
            summary.append("\nBest: " + ", ".join(f"{titles.get(sid, sid)} {score}" for sid, score in sorted(progress.best.items())), style="dim")
        self.query_one("#progress-summary", Static).update(summary)
        table = self.query_one("#progress-runs", DataTable)
        table.add_column("When", width=16)
        table.add_column("Interview")
        table.add_column("Score", width=5)
        table.add_column("Outcome")
        for run in self.runs:
            table.add_row(
                Text(str(run.get("when", "")).replace("T", " ")[:16]),
                Text(titles.get(run.get("scenario", ""), str(run.get("scenario", "")))),
                Text(str(run.get("score", "")), justify="right"),
                Text(OUTCOME_LABELS.get(str(run.get("outcome", "")), str(run.get("outcome", "")))),
            )
        if not self.runs:
            self.query_one("#progress-transcript", Static).update(Text("No saved runs yet: finish an interview and it is kept here.", style="italic"))
        table.focus()

    @on(DataTable.RowHighlighted, "#progress-runs")
    def show_run(self, event: DataTable.RowHighlighted) -> None:
        if not 0 <= event.cursor_row < len(self.runs):
            return
        run = self.runs[event.cursor_row]
        out = Text()
        for line in run.get("transcript", []):
            who = "You" if line.get("speaker") == "candidate" else "Interviewer"
            out.append(f"{who}: ", style="bold")
            out.append(str(line.get("text", "")) + "\n")
        for tip in run.get("advice", []):
            out.append(f"• {tip}\n", style="dim")
        self.query_one("#progress-transcript", Static).update(out)
