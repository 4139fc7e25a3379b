"""Provides the prepare screen: paste a real job advert, see what to expect, and practise it."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Static, TextArea

from game.core.interview import Interview
from game.core.prepare import AdvertError, Preparation, practice_scenario, prepare
from game.ui.widgets.answer_box import CleanTextArea

HEADINGS = ("Likely traits", "Requirements", "Nice to have", "Doubts", "Your best reasons", "A suggested close")


class PrepareScreen(Screen[None]):
    """Paste an advert; Ctrl+R reads it against your profile, Ctrl+T turns it into a practice interview, Ctrl+L clears it.

    The advert is kept with the player's self-knowledge when it is read and when the screen
    is left, so it is there again (and read again) next time, across a restart.
    """

    BINDINGS = [
        Binding("ctrl+r", "read", "Read the advert", priority=True),
        Binding("ctrl+t", "practise", "Practise it", priority=True),
        Binding("ctrl+l", "clear", "Clear", priority=True),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.preparation: Preparation | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text("Paste the job advert, then Ctrl+R to read it (Ctrl+L clears the box).", style="italic"),
                     id="prepare-hint")
        yield CleanTextArea(id="prepare-text", soft_wrap=True, show_line_numbers=False)
        yield Static(id="prepare-log")
        with Horizontal(id="prepare-buttons"):
            yield Button("Read the advert (Ctrl+R)", id="prepare-read", variant="primary")
            yield Button("Practise it (Ctrl+T)", id="prepare-practise", disabled=True)
        with VerticalScroll(id="prepare-result"):
            yield Static(id="prepare-output")
            yield Vertical(id="prepare-lines")
        yield Footer()

    def on_mount(self) -> None:
        area = self.query_one("#prepare-text", TextArea)
        area.cursor_blink = self.app.blink
        kept = self.app.self_knowledge().advert
        if kept:
            area.load_text(kept)
            self.action_read()
        area.focus()
        self.show_log()

    def on_screen_resume(self) -> None:
        self.show_log()

    def show_log(self) -> None:
        """The player's last practice runs, newest first (they are never ranked)."""
        runs = self.app.self_knowledge().practice[-3:][::-1]
        line = Text("Practice log: ", style="dim")
        line.append("; ".join(f"{run.get('role', '?')} {run.get('score', '?')} ({str(run.get('outcome', '?')).replace('_', ' ')})"
                              for run in runs) or "no practice runs yet", style="dim")
        self.query_one("#prepare-log", Static).update(line)

    def keep_advert(self) -> None:
        text = self.query_one("#prepare-text", TextArea).text
        knowledge = self.app.self_knowledge()
        if text != knowledge.advert:
            knowledge.keep_advert(text)
            self.app.keep_self_knowledge(knowledge)

    def action_clear(self) -> None:
        """Empty the advert box, ready for a new advert (the old one stays kept until this is read or left)."""
        area = self.query_one("#prepare-text", TextArea)
        area.clear()
        area.focus()

    def action_back(self) -> None:
        self.keep_advert()
        self.app.pop_screen()

    @on(Button.Pressed, "#prepare-read")
    def read_pressed(self) -> None:
        self.action_read()

    @on(Button.Pressed, "#prepare-practise")
    def practise_pressed(self) -> None:
        self.action_practise()

    def action_read(self) -> None:
        text = self.query_one("#prepare-text", TextArea).text
        output = self.query_one("#prepare-output", Static)
        self.keep_advert()
        try:
            self.preparation = prepare(text, self.app.self_knowledge())
        except AdvertError as exc:
            self.preparation = None
            output.update(Text(str(exc).capitalize() + ".", style="italic"))
            output.display = True
            self.query_one("#prepare-lines", Vertical).remove_children()
        else:
            output.display = False
            self.show_preparation(self.preparation)
        self.query_one("#prepare-practise", Button).disabled = self.preparation is None
        self.query_one("#prepare-result", VerticalScroll).scroll_home(animate=False)

    def show_preparation(self, prep: Preparation) -> None:
        box = self.query_one("#prepare-lines", Vertical)
        box.remove_children()
        box.mount_all(preparation_lines(prep))

    def action_practise(self) -> None:
        from game.ui.screens.practice import PracticeInterviewScreen

        if self.preparation is None:
            self.notify("Read an advert first (Ctrl+R).", timeout=3)
            return
        scenario = practice_scenario(self.preparation, self.app.self_knowledge())
        self.app.push_screen(PracticeInterviewScreen(scenario, Interview(scenario), "from your advert"))


def preparation_lines(prep: Preparation) -> list[Static]:
    """The preparation, one widget per line so a wrapped line keeps its indent: headings bold,
    the advert's words kept literally."""
    shown = []
    for number, line in enumerate(prep.lines()):
        body = line.lstrip(" ")
        widget = Static(Text(body, style="bold" if number == 0 or line.startswith(HEADINGS) else ""), classes="prepare-line")
        widget.styles.padding = (0, 0, 0, len(line) - len(body))
        shown.append(widget)
    shown.append(Static(Text("Ctrl+T turns this into a practice interview with these traits and doubts.", style="dim italic"),
                        classes="prepare-line prepare-last"))
    return shown
