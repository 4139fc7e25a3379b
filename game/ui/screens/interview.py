"""Provides the interview screen: the transcript, the choices, and a box for your own words."""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from game.core.interview import Interview
from game.core.report import run_report
from game.core.scenario import Scenario
from game.ui.dialogs.confirm import ConfirmScreen
from game.ui.widgets.answer_box import LIMIT, AnswerBox
from game.ui.widgets.transcript import Transcript
from game.ui.words import opened_message, printable

DEBRIEF = "debrief"


def choice_number(text: str, count: int) -> int | None:
    """The choice a line picks: only a lone number from 1 to `count` does (1-based)."""
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= count:
        return int(stripped)
    return None


class InterviewScreen(Screen[None]):
    """Play the close: type your own words, or a choice's number (or ↑↓) and Enter."""

    BINDINGS = [
        Binding("ctrl+n", "wrap_up", "Say no more"),
        Binding("escape", "leave", "Leave"),
    ]

    def __init__(self, scenario: Scenario, interview: Interview | None = None) -> None:
        super().__init__()
        self.scenario = scenario
        self.interview = interview or Interview(scenario)
        self.shown = 0
        self.report: dict | None = None
        self.saved = False
        self.unlocked: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="interview-bar")
        yield Transcript(self.scenario.interviewer.name.split()[0], id="transcript")
        with Vertical(id="answer"):
            yield OptionList(id="choices", markup=False)
            yield AnswerBox(id="say")
            yield Static(id="say-status")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one("#say", AnswerBox)
        box.cursor_blink = self.app.blink
        self.refresh_view()
        box.focus()

    @property
    def unfinished(self) -> str | None:
        """Why quitting now would lose something, or None."""
        if self.interview.over:
            return None
        return "The interview has not finished, so it will not be saved."

    # ----- rendering ---------------------------------------------------------------------

    def refresh_view(self) -> None:
        lines = self.interview.lines
        self.query_one("#transcript", Transcript).add_lines(lines[self.shown:])
        self.shown = len(lines)
        self.show_bar()
        self.show_choices()
        self.show_status()

    def show_bar(self) -> None:
        interview = self.interview
        bar = Text(f"{self.scenario.interviewer.name}", style="bold")
        bar.append(f" · tier {self.scenario.tier}, {interview.persona.title.lower()}")
        left = interview.turns_left
        if left is not None and not interview.over:
            bar.append(f" · {left} line{'s' if left != 1 else ''} left", style="bold")
        if interview.over:
            bar.append(" · interview over", style="bold")
        bar.append(self.standing(), style="dim")
        self.query_one("#interview-bar", Static).update(bar)

    def standing(self) -> str:
        """Whether this run counts, for the bar."""
        return f" · ranked for {self.app.player}" if self.app.saves_ok else " · practice: not saved"

    def show_choices(self) -> None:
        options = self.query_one("#choices", OptionList)
        box = self.query_one("#say", AnswerBox)
        options.clear_options()
        if self.interview.over:
            options.add_option(Option(Text("See your debrief (Enter)", style="bold"), id=DEBRIEF))
            options.highlighted = 0
            options.display = True
            box.placeholder = "The interview is over. Press Enter for your debrief."
            box.clear()
            return
        choices = self.interview.choices
        options.display = bool(choices)
        for number, choice in enumerate(choices, start=1):
            options.add_option(Option(Text(f"{number}. {choice.text}"), id=choice.id))
        options.highlighted = None
        if choices:
            box.placeholder = f"Type what you say, or a number 1-{len(choices)} and Enter to pick"
        else:
            box.placeholder = "Type what you say and press Enter"

    def show_status(self) -> None:
        text = self.query_one("#say", AnswerBox).text
        status = Text()
        if len(text) > LIMIT:
            status.append(f"Too long: {len(text):,} of {LIMIT:,} characters. Shorten it to send.", style="bold red")
        else:
            status.append(f"{len(text):,}/{LIMIT:,}  ·  ", style="dim")
            number = choice_number(text, len(self.interview.choices))
            if number:
                status.append(f"Enter picks choice {number}", style="bold")
            elif self.interview.over:
                status.append("Enter opens your debrief")
            else:
                status.append("Enter sends · Ctrl+J or Shift+Enter: new line")
        self.query_one("#say-status", Static).update(status)

    # ----- input -------------------------------------------------------------------------

    def act(self, move: Callable[[], object]) -> None:
        if self.interview.over:
            return
        move()
        self.refresh_view()
        if self.interview.over:
            self.finished()

    def finished(self) -> None:
        app = self.app
        self.report = run_report(self.interview)
        before = app.progress().opened if app.saves_ok else set()
        self.saved = app.save_run(self.report)
        if not self.saved:
            return
        self.notify(f"Run saved for {app.player}.", timeout=3, markup=False)
        self.unlocked = opened_message(before, app.progress())
        if self.unlocked:
            self.notify(self.unlocked, title="Unlocked", timeout=12, markup=False)

    def pick(self, index: int) -> None:
        if self.interview.over:
            self.open_debrief()
            return
        if 0 <= index < len(self.interview.choices):
            self.act(lambda: self.interview.choose(index))

    @on(TextArea.Changed, "#say")
    def typed(self) -> None:
        options = self.query_one("#choices", OptionList)
        number = choice_number(self.query_one("#say", AnswerBox).text, len(self.interview.choices))
        if not self.interview.over:
            options.highlighted = number - 1 if number else None
        self.show_status()

    @on(AnswerBox.Send, "#say")
    def send(self, event: AnswerBox.Send) -> None:
        box = self.query_one("#say", AnswerBox)
        if self.interview.over:
            self.open_debrief()
            return
        text = printable(event.text).strip()
        if not text:
            highlighted = self.query_one("#choices", OptionList).highlighted
            if highlighted is not None:
                self.pick(highlighted)
            elif self.interview.choices:
                self.notify("Type a line, or a choice's number, then Enter.", timeout=3)
            return
        if box.too_long:
            self.notify(f"Your answer is {len(box.text):,} characters; the limit is {LIMIT:,}. Shorten it to send.",
                        title="Too long", severity="warning", timeout=6)
            return
        number = choice_number(text, len(self.interview.choices))
        box.clear()
        if number:
            self.pick(number - 1)
        else:
            self.act(lambda: self.interview.say(text))

    @on(AnswerBox.Browse, "#say")
    def browse(self, event: AnswerBox.Browse) -> None:
        options = self.query_one("#choices", OptionList)
        if options.option_count == 0:
            return
        current = options.highlighted
        if current is None:
            options.highlighted = 0 if event.step > 0 else options.option_count - 1
        else:
            options.highlighted = (current + event.step) % options.option_count

    @on(OptionList.OptionSelected, "#choices")
    def clicked(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == DEBRIEF:
            self.open_debrief()
        else:
            self.pick(event.option_index)
        self.query_one("#say", AnswerBox).focus()

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

        self.app.push_screen(ConfirmScreen(f"Leave this interview? {self.unfinished}", yes="Leave", no="Stay"), decided)

    def open_debrief(self) -> None:
        from game.ui.screens.debrief import DebriefScreen

        if self.report is None:
            self.report = run_report(self.interview)
        self.app.switch_screen(DebriefScreen(self.scenario, self.interview, self.report, self.saved, self.unlocked))
