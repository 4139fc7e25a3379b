"""Provides the compare screen: two runs of one scenario side by side, turn by turn, with the
turn where the scores part."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static

from game.core.compare import Comparison, NotComparable, compare
from game.core.errors import SaveError
from game.core.friends import Friends
from game.core.moves import MOVE_LABELS, Move
from game.core.scoring import PART_MAX, PARTS
from game.core.sharecode import ShareCodeError
from game.ui.words import OUTCOME_LABELS


class CompareScreen(Screen[None]):
    """Two inputs (a share code, or @PLAYER[:SCENARIO] for a player's latest run) and the comparison."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, first: str = "", second: str = "") -> None:
        super().__init__()
        self.first = first
        self.second = second

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Each box takes a share code, or @NAME (that player's latest run) or @NAME:SCENARIO. "
                          "Enter compares.", style="dim"), id="compare-hint")
        with Horizontal(id="compare-inputs"):
            yield Input(self.first, placeholder="@you or a code", id="compare-a")
            yield Input(self.second, placeholder="a friend's code or @NAME", id="compare-b")
        with VerticalScroll(id="compare-result"):
            yield Static(id="compare-table")
        yield Footer()

    def on_mount(self) -> None:
        if self.first and self.second:
            self.run_compare()
        self.query_one("#compare-b" if self.first else "#compare-a", Input).focus()

    @on(Input.Submitted)
    def submitted(self) -> None:
        self.run_compare()

    def run_compare(self) -> None:
        out = self.query_one("#compare-table", Static)
        first = self.query_one("#compare-a", Input).value
        second = self.query_one("#compare-b", Input).value
        if not first.strip() or not second.strip():
            out.update(Text("Fill in both runs.", style="italic"))
            return
        try:
            friends = Friends(self.app.context)
            gathered = friends.gather() if "@" in first[:1] + second[:1] else None
            a, b = (friends.find(first, gathered), friends.find(second, gathered))
            comparison = compare(a.record, b.record, a.player, b.player)
        except (ShareCodeError, NotComparable, SaveError) as exc:
            out.update(Text(f"Cannot compare: {exc}", style="bold red"))
            return
        out.update(self.render_comparison(comparison))

    def render_comparison(self, comparison: Comparison) -> Table:
        a, b = comparison.a, comparison.b
        scenario = self.app.context.catalog.get(comparison.scenario)
        table = Table(expand=True, show_lines=True, title=Text(scenario.title if scenario else comparison.scenario, style="bold"))
        table.add_column("Turn", justify="right", width=5, no_wrap=True)
        for name, run in ((comparison.a_name, a), (comparison.b_name, b)):
            header = Text(name, style="bold")
            header.append(f"  {run.score}/100 {OUTCOME_LABELS[run.outcome]}")
            table.add_column(header, ratio=1)
        table.add_row(Text("parts", style="dim"),
                      *(Text(" · ".join(f"{p} {run.parts.get(p, 0)}/{PART_MAX[p]}" for p in PARTS), style="dim") for run in (a, b)))
        for turn in comparison.turns:
            marker = Text(str(turn.number), style="bold yellow" if turn.number == comparison.diverged_at else "")
            cells = []
            for side in (turn.a, turn.b):
                if side is None:
                    cells.append(Text("(nothing more)", style="dim italic"))
                    continue
                cell = Text(side.text)
                moves = ", ".join(MOVE_LABELS[Move(m)] for m in side.moves) or "no move read"
                style = "green" if side.points > 0 else "red" if side.points < 0 else "dim"
                cell.append(f"\n{moves}  ", style="dim")
                cell.append(f"{side.points:+d}", style=style)
                cell.append(f"  (running {side.total})", style="dim")
                cells.append(cell)
            table.add_row(marker, *cells)
        if comparison.diverged_at is None:
            table.caption = "The two runs scored the same at every turn."
        else:
            table.caption = f"The scores part at turn {comparison.diverged_at} (its number is highlighted)."
        return table
