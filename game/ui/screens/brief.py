"""Provides the brief: what the player reads before the close begins."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from game.core.interview import Interview
from game.core.ownmaterial import OwnMaterial
from game.core.personas import persona_for
from game.core.scenario import Scenario


class BriefScreen(Screen[None]):
    """The role, the candidate, how the interview went, and who is across the table."""

    BINDINGS = [
        Binding("enter", "begin", "Begin the close"),
        Binding("m", "toggle_own", "With my profile"),
        Binding("escape", "app.pop_screen", "Back"),
    ]

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.scenario = scenario
        self.own: OwnMaterial | None = None

    def compose(self) -> ComposeResult:
        scenario = self.scenario
        persona = persona_for(scenario.tier)
        yield Header()
        with VerticalScroll(id="brief-scroll"):
            title = Text()
            title.append(scenario.title, style="bold")
            title.append(f"\n{scenario.role}, {scenario.company}")
            yield Static(title, id="brief-title")
            yield Static(Text("\n\n".join(scenario.brief_paragraphs)), id="brief-text")
            across = Text()
            across.append("Across the table: ", style="bold")
            across.append(f"{scenario.interviewer.name}. {scenario.interviewer.persona}\n")
            across.append(f"Tier {scenario.tier}, {persona.title.lower()}: ", style="dim")
            across.append(persona.summary, style="dim")
            yield Static(across, id="brief-interviewer")
            yield Static(Text(self.standing(), style="dim"), id="brief-standing")
            yield Static(Text(self.own_line(), style="dim"), id="brief-own")
            yield Static(Text("Press Enter when you are ready. She is about to ask if you have any questions.", style="italic"), id="brief-ready")
        yield Footer()

    def standing(self) -> str:
        """Whether the run will count."""
        if self.own:
            return "Practice: a run with your own profile and stories is kept in your practice log, not ranked."
        if self.app.saves_ok:
            return f"Ranked: this run will be saved for {self.app.player} and counts towards opening harder interviewers."
        return "Practice: saves cannot be used, so this run will not be kept."

    def on_mount(self) -> None:
        self.query_one("#brief-scroll").focus()

    def own_line(self) -> str:
        state = "on: your own reasons and stories replace the authored ones" if self.own else "off"
        return f"With my profile: {state} (m to switch)"

    def action_toggle_own(self) -> None:
        if self.own is None:
            own = OwnMaterial(self.app.self_knowledge())
            if not own.usable:
                self.notify("Your profile and story bank are empty: fill them in from the title screen (k and b).",
                            title="With my profile", timeout=6, markup=False)
                return
            self.own = own
        else:
            self.own = None
        self.query_one("#brief-own", Static).update(Text(self.own_line(), style="dim"))
        self.query_one("#brief-standing", Static).update(Text(self.standing(), style="dim"))

    def action_begin(self) -> None:
        from game.ui.screens.interview import InterviewScreen
        from game.ui.screens.practice import PracticeInterviewScreen

        if self.own:
            interview = Interview(self.scenario, material=self.own)
            self.app.switch_screen(PracticeInterviewScreen(self.scenario, interview, "with my profile"))
        else:
            self.app.switch_screen(InterviewScreen(self.scenario))
