"""Provides the interview screen: the transcript, the choices, and a line for your own words."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from game.core.interview import Interview
from game.core.report import run_report
from game.core.scenario import Scenario
from game.ui.dialogs.confirm import ConfirmScreen
from game.ui.widgets.move_input import MoveInput
from game.ui.widgets.transcript import Transcript

DEBRIEF = "debrief"


class InterviewScreen(Screen[None]):
    """Play the close: pick a choice (digits, arrows and Enter) or type your own line."""

    BINDINGS = [
        Binding("up", "highlight(-1)", "Previous choice", show=False),
        Binding("down", "highlight(1)", "Next choice", show=False),
        Binding("ctrl+n", "wrap_up", "Say no more"),
        Binding("escape", "leave", "Leave"),
    ]

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.scenario = scenario
        self.interview = Interview(scenario)
        self.shown = 0
        self.report: dict | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="interview-bar")
        yield Transcript(self.scenario.interviewer.name.split()[0], id="transcript")
        yield OptionList(id="choices", markup=False)
        yield MoveInput(placeholder="Type what you say and press Enter", id="say", max_length=2000)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#say", MoveInput).cursor_blink = self.app.blink
        self.refresh_view()
        self.query_one("#say", MoveInput).focus()

    # ----- rendering ---------------------------------------------------------------------

    def refresh_view(self) -> None:
        lines = self.interview.lines
        self.query_one("#transcript", Transcript).add_lines(lines[self.shown:])
        self.shown = len(lines)
        self.show_bar()
        self.show_choices()

    def show_bar(self) -> None:
        interview = self.interview
        bar = Text(f"{self.scenario.interviewer.name}", style="bold")
        bar.append(f"  ·  tier {self.scenario.tier}, {interview.persona.title.lower()}")
        left = interview.turns_left
        if left is not None and not interview.over:
            bar.append(f"  ·  {left} line{'s' if left != 1 else ''} left", style="bold")
        if interview.over:
            bar.append("  ·  interview over", style="bold")
        self.query_one("#interview-bar", Static).update(bar)

    def show_choices(self) -> None:
        options = self.query_one("#choices", OptionList)
        entry = self.query_one("#say", MoveInput)
        options.clear_options()
        if self.interview.over:
            options.add_option(Option(Text("See your debrief (Enter)", style="bold"), id=DEBRIEF))
            options.highlighted = 0
            options.display = True
            entry.placeholder = "The interview is over. Press Enter for your debrief."
            entry.value = ""
            return
        choices = self.interview.choices
        options.display = bool(choices)
        for number, choice in enumerate(choices, start=1):
            options.add_option(Option(Text(f"{number}. {choice.text}"), id=choice.id))
        if choices:
            options.highlighted = None
            entry.placeholder = "Type what you say, or press 1-%d / ↑↓ Enter to pick" % len(choices)
        else:
            entry.placeholder = "Type what you say and press Enter"

    # ----- input -------------------------------------------------------------------------

    def act(self, move: Callable[[], object]) -> None:
        if self.interview.over:
            return
        move()
        self.refresh_view()
        if self.interview.over:
            self.finished()

    def finished(self) -> None:
        self.report = run_report(self.interview)
        if self.app.save_run(self.report):
            self.notify("Run saved.", timeout=3)

    def pick(self, index: int) -> None:
        if self.interview.over:
            self.open_debrief()
            return
        if 0 <= index < len(self.interview.choices):
            self.act(lambda: self.interview.choose(index))

    @on(MoveInput.Pick)
    def picked_number(self, event: MoveInput.Pick) -> None:
        self.pick(event.number - 1)

    @on(MoveInput.Submitted, "#say")
    def submitted(self, event: MoveInput.Submitted) -> None:
        text = event.value.strip()
        entry = self.query_one("#say", MoveInput)
        if self.interview.over:
            self.open_debrief()
            return
        if not text:
            highlighted = self.query_one("#choices", OptionList).highlighted
            if highlighted is not None:
                self.pick(highlighted)
            elif self.interview.choices:
                self.notify("Type a line, or pick a choice with its number.", timeout=3)
            return
        entry.value = ""
        self.act(lambda: self.interview.say(text))

    @on(OptionList.OptionSelected, "#choices")
    def clicked(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == DEBRIEF:
            self.open_debrief()
        else:
            self.pick(event.option_index)
        self.query_one("#say", MoveInput).focus()

    def action_highlight(self, step: int) -> None:
        options = self.query_one("#choices", OptionList)
        if options.option_count == 0 or self.query_one("#say", MoveInput).value:
            return
        current = options.highlighted
        if current is None:
            options.highlighted = 0 if step > 0 else options.option_count - 1
        else:
            options.highlighted = (current + step) % options.option_count

    def action_wrap_up(self) -> None:
        if self.interview.over:
            return

        def decided(stop: bool | None) -> None:
            if stop:
                self.act(self.interview.wrap_up)

        self.app.push_screen(ConfirmScreen("Say nothing more and let her wrap up the interview?", yes="Wrap up", no="Keep talking"), decided)

    def action_leave(self) -> None:
        if self.interview.over:
            self.open_debrief()
            return

        def decided(leave: bool | None) -> None:
            if leave:
                self.app.pop_screen()

        self.app.push_screen(ConfirmScreen("Leave this interview? It has not finished, so it will not be saved.", yes="Leave", no="Stay"), decided)

    def open_debrief(self) -> None:
        from game.ui.screens.debrief import DebriefScreen

        if self.report is None:
            self.report = run_report(self.interview)
        self.app.switch_screen(DebriefScreen(self.scenario, self.interview, self.report))
