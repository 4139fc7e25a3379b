"""Provides the scenario list: every interview with its tier, best score and lock."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from game.core.scenario import Scenario
from game.ui.words import next_tier, tier_progress


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class ScenarioListScreen(Screen[None]):
    """Pick an interview; locked ones stay visible with what opens them."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("enter", "open", "Open", show=True, priority=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="scenario-heading")
        yield DataTable(id="scenario-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="scenario-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.scenarios: list[Scenario] = self.app.context.catalog.ordered()
        self.reload()
        self.query_one("#scenario-table", DataTable).focus()

    def on_resize(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        progress = self.app.progress()
        self.progress = progress
        table = self.query_one("#scenario-table", DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        title_width, company_width = self.column_widths()
        table.add_column("Tier", width=4)
        table.add_column("Best", width=6)
        table.add_column("Interview", width=title_width)
        table.add_column("Company", width=company_width)
        for scenario in self.scenarios:
            lock = progress.lock(scenario)
            best = progress.best.get(scenario.id)
            if lock:
                status = Text("locked", style="dim")
            elif best is None:
                status = Text("new", style="italic")
            else:
                status = Text(str(best), style="bold")
            title = Text(_fit(scenario.title, title_width), style="dim" if lock else "")
            table.add_row(Text(str(scenario.tier)), status, title, Text(_fit(scenario.company, company_width)), key=scenario.id)
        heading = Text(f"Interviews for {progress.player}", style="bold")
        heading.append(f" · tiers open: {', '.join(map(str, sorted(progress.opened)))}", style="dim")
        closed = next_tier(progress)
        if closed is not None:
            heading.append(f"\nNext: tier {closed} opens when you {tier_progress(progress, closed, self.app.context.catalog)}", style="dim")
        self.query_one("#scenario-heading", Static).update(heading)
        if self.scenarios:
            table.move_cursor(row=min(row, len(self.scenarios) - 1))
            self.describe(self.scenarios[table.cursor_row])
        else:
            self.query_one("#scenario-detail", Static).update(Text("No scenarios were found. See 'closer validate'."))

    def column_widths(self) -> tuple[int, int]:
        """Widths for the title and company columns that fill the screen without scrolling sideways."""
        room = max(20, self.size.width - 4 - 6 - 4 * 2 - 2)
        title = min(max((len(s.title) for s in self.scenarios), default=10), room // 2)
        return title, room - title

    def describe(self, scenario: Scenario) -> None:
        persona = self.progress.personas[scenario.tier]
        detail = Text()
        detail.append(scenario.role, style="bold")
        detail.append(f" at {scenario.company}\n")
        detail.append(f"Interviewer: {scenario.interviewer.name}, {persona.title.lower()} (tier {scenario.tier})\n", style="dim")
        lock = self.progress.lock(scenario)
        if lock:
            detail.append(f"Locked: tier {lock.tier} opens when you {tier_progress(self.progress, lock.tier, self.app.context.catalog)}.", style="bold")
        else:
            detail.append(persona.summary)
        self.query_one("#scenario-detail", Static).update(detail)

    @on(DataTable.RowHighlighted, "#scenario-table")
    def highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.scenarios):
            self.describe(self.scenarios[event.cursor_row])

    @on(DataTable.RowSelected, "#scenario-table")
    def selected(self, event: DataTable.RowSelected) -> None:
        self.open_row(event.cursor_row)

    def action_open(self) -> None:
        self.open_row(self.query_one("#scenario-table", DataTable).cursor_row)

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.scenarios):
            return
        scenario = self.scenarios[row]
        lock = self.progress.lock(scenario)
        if lock:
            self.notify(f"Tier {lock.tier} opens when you {tier_progress(self.progress, lock.tier, self.app.context.catalog)}.", title="Locked", markup=False)
            return
        self.app.open_brief(scenario)
