"""Provides the debrief: the score, where every point came from, and what to try next time."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from game.core.interview import Interview
from game.core.moves import MOVE_LABELS, Move
from game.core.scenario import Scenario
from game.core.scoring import PART_MAX, PARTS
from game.ui.words import HANDLED_LABELS, OUTCOME_LABELS, PART_MEANING, next_step, score_sum

def _excerpt(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class DebriefScreen(Screen[None]):
    """What happened, what it earned, and what to do differently."""

    BINDINGS = [
        Binding("r", "again", "Try again"),
        Binding("c", "copy_share", "Copy share code"),
        Binding("s,escape", "scenarios", "Scenarios"),
    ]

    def __init__(self, scenario: Scenario, interview: Interview, report: dict, saved: bool = False,
                 unlocked: str | None = None) -> None:
        super().__init__()
        self.scenario = scenario
        self.interview = interview
        self.report = report
        self.saved = saved
        self.unlocked = unlocked

    @property
    def quote_width(self) -> int:
        """How much of a line to quote: about two rows of the screen, never under 70 characters."""
        return max(70, 2 * (self.app.size.width - 14))

    def compose(self) -> ComposeResult:
        report = self.report
        yield Header()
        with VerticalScroll(id="debrief-scroll"):
            headline = Text(f"{OUTCOME_LABELS[report['outcome']]}  ·  {report['score']}/100", style="bold")
            headline.append(f"\n{report['verdict']}", style="")
            headline.append(f"\n{self.standing()}", style="dim")
            yield Static(headline, id="debrief-score", classes=f"outcome-{report['outcome']}")
            yield Static(self.parts_table(), id="debrief-parts")
            yield Static(self.penalties_explained(), id="debrief-penalties")
            yield Static(Text("What each move earned or cost", style="bold"), classes="debrief-heading")
            yield Static(self.ledger(), id="debrief-ledger")
            yield Static(Text("Her reservations", style="bold"), classes="debrief-heading")
            yield Static(self.reservations(), id="debrief-reservations")
            yield Static(Text("Next time", style="bold"), classes="debrief-heading")
            yield Static(self.advice(), id="debrief-advice")
            yield Static(Text("Share with friends", style="bold"), classes="debrief-heading")
            yield Static(self.share(), id="debrief-share")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#debrief-scroll").focus()

    def parts_table(self) -> Table:
        """Each part's points, and what earns them."""
        table = Table(box=None, expand=True, show_header=False, pad_edge=False)
        table.add_column(no_wrap=True)
        table.add_column(justify="right", no_wrap=True)
        table.add_column(ratio=1)
        for part in PARTS:
            table.add_row(Text(part.capitalize(), style="bold"), Text(f"{self.report['parts'][part]}/{PART_MAX[part]}"),
                          Text(PART_MEANING[part], style="dim"))
        return table

    def standing(self) -> str:
        """Whether this run counts, and what it opened."""
        if not self.saved:
            return "Practice: this run was not saved."
        line = f"Ranked: saved for {self.app.player}."
        return f"{line} {self.unlocked}" if self.unlocked else line

    def penalties_explained(self) -> Text:
        """How penalties turned the parts into the score (empty when there were none)."""
        return Text(score_sum(self.report) or "", style="italic")

    def ledger(self) -> Table | Text:
        lines = self.interview.lines
        numbers = {index: n for n, index in enumerate((i for i, line in enumerate(lines) if line.is_candidate), start=1)}
        entries = [e for e in self.report["ledger"] if e["points"] or e["part"] == "penalty"]
        if not entries:
            return Text("Nothing you said earned points.", style="italic")
        table = Table(box=None, show_header=False, expand=True, pad_edge=False)
        table.add_column(justify="right", width=4, no_wrap=True)
        table.add_column(ratio=1)
        for entry in entries:
            points = entry["points"]
            style = "green" if points > 0 else ("red" if points < 0 else "")
            detail = Text(entry["why"])
            index = entry["line"]
            if index is not None and index in numbers:
                detail.append(f"\nyour line {numbers[index]}: ", style="dim")
                detail.append(f"\u201c{_excerpt(lines[index].text, self.quote_width)}\u201d", style="dim italic")
            table.add_row(Text(f"{points:+d}", style=f"bold {style}"), detail)
        return table

    def reservations(self) -> Text:
        out = Text()
        for fate in self.report["reservations"]:
            reservation = self.scenario.reservation(fate["id"])
            out.append(f"{fate['id'].replace('-', ' ')} ({fate['kind']}): ", style="bold")
            out.append(HANDLED_LABELS[fate["handled"]] + "\n")
            out.append(f"  \u201c{_excerpt(reservation.says, 150)}\u201d\n", style="dim italic")
        return out

    def advice(self) -> Text:
        out = Text()
        advice = self.report["advice"]
        if not advice:
            out.append(f"A complete close. {next_step(self.app.progress(), self.scenario.tier, self.app.context.catalog)}\n")
        for tip in advice:
            out.append(f"• {tip}\n")
        moves = [Move(m) for line in self.report["transcript"] if line["speaker"] == "candidate" for m in line["moves"]]
        if moves:
            out.append("\nYour moves: ", style="dim")
            out.append(", ".join(MOVE_LABELS[m] for m in dict.fromkeys(moves)), style="dim")
        return out

    def share_lines(self) -> tuple[str, str]:
        """The share text and code: kept when the run was saved, else made now."""
        from game.core.friends import now
        from game.core.record import RunRecord
        from game.core.sharecode import encode, share_text

        if not self.report.get("share_code"):
            record, when = RunRecord.from_json(self.report), now()
            self.report["share_code"] = encode(record, self.app.player, when)
            self.report["share_text"] = share_text(record, self.scenario.title, self.app.player, when)
        return self.report["share_text"], self.report["share_code"]

    def share(self) -> Text:
        text, code = self.share_lines()
        out = Text(text + "\n", overflow="fold")
        out.append(code + "\n", style="dim")
        out.append("c copies both (where your terminal allows); a friend pastes the code into Import on the title screen.", style="italic")
        return out

    def action_copy_share(self) -> None:
        text, code = self.share_lines()
        self.app.copy_to_clipboard(f"{text}\n{code}")
        self.notify("Share text and code sent to your clipboard (if your terminal allows it).", timeout=4, markup=False)

    def action_again(self) -> None:
        from game.ui.screens.interview import InterviewScreen

        self.app.switch_screen(InterviewScreen(self.scenario))

    def action_scenarios(self) -> None:
        self.app.pop_screen()
