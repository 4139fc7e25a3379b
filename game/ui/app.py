"""Provides `CloserApp`, the full-screen game: title, scenarios, brief, interview, debrief."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from game.core.context import GameContext, Progress
from game.core.errors import SaveError

if TYPE_CHECKING:
    from game.core.scenario import Scenario
    from game.core.selfknowledge import SelfKnowledge

# Seconds after the first frame before the scenarios and the reader load in the background:
# the title screen has settled by then, and nobody has reached the scenario list yet.
WARM_UP_AFTER = 1.0


class CloserApp(App[None]):
    """The game. Constructed with no arguments it honours CLOSER_SCENARIOS and CLOSER_SAVES.

    Args:
        context: the scenarios and saves to use (loaded from the environment when None).
        start_scenario: open straight into this scenario's brief (`closer play ID`).
        player: the player to start as (default: the last player).
        blink: blink the text cursor (tests turn it off for steady snapshots).
    """

    TITLE = "closer"
    SUB_TITLE = "practise the close of a job interview"
    CSS_PATH = "app.tcss"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False),
    ]

    def __init__(self, context: GameContext | None = None, start_scenario: str | None = None,
                 player: str | None = None, blink: bool = True) -> None:
        super().__init__()
        self.context = context or GameContext.load()
        self.start_scenario = start_scenario
        self.blink = blink
        self.saves_ok = True
        self.player = self._first_player(player)
        self.settings: dict = {}
        self.rehearse_draft = ""
        self.playing_daily: str | None = None
        self.unsaved_self: SelfKnowledge | None = None

    # ----- players and progress ----------------------------------------------------------

    def _first_player(self, wanted: str | None) -> str:
        """Who plays first; starting the game writes nothing (a new player is saved with their
        first run, or when picked on the player screen)."""
        try:
            return self.context.store.resolve_player(wanted)
        except SaveError as exc:
            self.saves_ok = False
            self._save_problem = str(exc)
            return wanted or "Player"

    def switch_player(self, name: str) -> None:
        try:
            self.player = self.context.store.add_player(name)
        except SaveError as exc:
            self.notify(str(exc), title="Players", severity="error", markup=False)
            return
        self.load_settings()

    def rename_player(self, old: str, new: str) -> str:
        """Rename a saved player (the current one too), their shared runs with them; returns the new name.

        Raises:
            SaveError: saves cannot be used, or the store refused the name.
        """
        if not self.saves_ok:
            raise SaveError("saves cannot be used, so players cannot be renamed")
        from game.core.friends import rename_player

        new, notes = rename_player(self.context, old, new)
        for note in notes:
            self.notify(note, title="Friends", severity="warning", timeout=12, markup=False)
        if self.player.casefold() == old.casefold():
            self.player = new
            self.refresh_title()
        return new

    def delete_player(self, name: str) -> None:
        """Delete a saved player with their shared runs; deleting the current one hands over to
        the last player.

        Raises:
            SaveError: saves cannot be used, or there is no such player.
        """
        if not self.saves_ok:
            raise SaveError("saves cannot be used, so players cannot be deleted")
        from game.core.friends import delete_player

        for note in delete_player(self.context, name):
            self.notify(note, title="Friends", severity="warning", timeout=12, markup=False)
        if self.player.casefold() == name.casefold():
            self.player = self.context.store.resolve_player()
            self.load_settings()
            self.refresh_title()

    # ----- settings ----------------------------------------------------------------------

    def load_settings(self) -> None:
        """Apply the current player's settings (their theme)."""
        self.settings = {}
        if self.saves_ok:
            try:
                self.settings = self.context.store.settings(self.player)
            except SaveError as exc:
                self.notify(str(exc), title="Saves", severity="error", markup=False)
        theme = self.settings.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def keep_theme(self, theme: Theme) -> None:
        """Remember a theme picked in the palette for the current player."""
        if not self.saves_ok or self.settings.get("theme") == theme.name:
            return
        try:
            self.context.store.set_setting(self.player, "theme", theme.name)
        except SaveError as exc:
            self.notify(f"The theme was not kept: {exc}", title="Saves", severity="error", markup=False)
            return
        self.settings["theme"] = theme.name

    def players(self) -> list[str]:
        if not self.saves_ok:
            return [self.player]
        try:
            known = self.context.store.players()
        except SaveError as exc:
            self.notify(str(exc), title="Saves", severity="error", markup=False)
            return [self.player]
        return known if self.player in known else known + [self.player]

    def progress(self) -> Progress:
        """The current player's best scores and open tiers (empty when saves are unusable)."""
        if self.saves_ok:
            try:
                return self.context.progress(self.player)
            except SaveError as exc:
                self.saves_ok = False
                self.notify(str(exc), title="Saves", severity="error", markup=False)
        from game.ui.words import no_progress

        return no_progress(self.player)

    def save_run(self, report: dict) -> bool:
        if not self.saves_ok:
            return False
        try:
            self.context.store.add_run(self.player, report)
        except SaveError as exc:
            self.notify(f"This run was not saved: {exc}", title="Saves", severity="error", markup=False)
            return False
        self._show_notices()
        self._keep_for_friends(report)
        return True

    def _keep_for_friends(self, report: dict) -> None:
        """Keep the run's share code (ranked or practice when it is the daily close) and publish it to the club."""
        from game.core.friends import keep_saved_run

        daily = self.playing_daily == report.get("scenario")
        kept, notes = keep_saved_run(self.context, self.player, report, as_daily=daily)
        for note in notes:
            self.notify(note, title="Friends", severity="warning" if kept else "error", timeout=12, markup=False)

    def _show_notices(self) -> None:
        for notice in self.context.take_notices():
            self.notify(notice, title="Saves", severity="warning", timeout=12, markup=False)

    # ----- self-knowledge ----------------------------------------------------------------

    def self_knowledge(self) -> SelfKnowledge:
        """The current player's profile and stories (kept for this session only when saves are off)."""
        from game.core.selfknowledge import SelfKnowledge, load_self

        if self.saves_ok:
            try:
                return load_self(self.context.store, self.player)
            except SaveError as exc:
                self.notify(str(exc), title="Saves", severity="error", markup=False)
        if self.unsaved_self is None:
            self.unsaved_self = SelfKnowledge()
        return self.unsaved_self

    def keep_self_knowledge(self, knowledge: SelfKnowledge) -> bool:
        """Write the current player's profile and stories; False when they could not be saved."""
        from game.core.selfknowledge import keep_self

        if not self.saves_ok:
            self.unsaved_self = knowledge
            return False
        try:
            keep_self(self.context.store, self.player, knowledge)
        except SaveError as exc:
            self.notify(f"Your changes were not saved: {exc}", title="Saves", severity="error", markup=False)
            return False
        return True

    # ----- lifecycle ---------------------------------------------------------------------

    def on_mount(self) -> None:
        from game.ui.screens.title import TitleScreen

        self.load_settings()
        self.theme_changed_signal.subscribe(self, self.keep_theme)
        self.push_screen(TitleScreen())
        if not self.saves_ok:
            self.notify(f"Saves are off for this session: {self._save_problem}", title="Saves",
                        severity="error", timeout=15, markup=False)
        self._show_notices()
        if self.context.catalog_loaded or self.start_scenario:
            self._show_scenario_problems(self.context.catalog.problems)
        if self.start_scenario:
            scenario = self.context.catalog.get(self.start_scenario)
            if scenario is None:
                return
            lock = self.progress().lock(scenario)
            if lock:
                self.notify(f"{scenario.title} is locked for {self.player}: tier {lock.tier} opens when you {lock.opens_when}.",
                            title="Locked", severity="warning", timeout=10, markup=False)
                self.action_scenarios()
            else:
                self.open_brief(scenario)

    def on_ready(self) -> None:
        self.set_timer(WARM_UP_AFTER, lambda: self.run_worker(self._load_in_background, thread=True, group="warm-up"))

    def _load_in_background(self) -> None:
        """Once the first screen has settled: the scenarios, the judge of moves (its trained
        model and the rules) and the pertinence judge, so neither the scenario list nor the
        first typed line or story waits for them; when a model cannot be used, a one-time
        notice says the rules or the topic words judge instead."""
        if not self.context.catalog_loaded:
            self.call_from_thread(self._show_scenario_problems, self.context.catalog.problems)
        from game.core import judge, pertinence

        judge.read_moves("Thank you, I want this job.")
        said = judge.notice()
        if said:
            self.call_from_thread(self.notify, said, title="Move reader", severity="warning", timeout=12, markup=False)
        pertinence.model_in_use()
        said = pertinence.notice()
        if said:
            self.call_from_thread(self.notify, said, title="Story judge", severity="warning", timeout=12, markup=False)

    def _show_scenario_problems(self, problems: list) -> None:
        for problem in problems:
            self.notify(str(problem), title="Scenario skipped", severity="warning", timeout=10, markup=False)

    def open_brief(self, scenario: "Scenario", daily: bool = False) -> None:
        from game.ui.screens.brief import BriefScreen

        self.playing_daily = scenario.id if daily else None
        self.push_screen(BriefScreen(scenario))

    async def action_quit(self) -> None:
        """Quit, asking first when something would be lost (an unfinished interview, a rehearsal draft)."""
        from game.ui.dialogs.confirm import ConfirmScreen

        losses = [loss for screen in self.screen_stack if (loss := getattr(screen, "unfinished", None))]
        if self.rehearse_draft.strip():
            losses.append("Your rehearsal draft will be lost.")
        if not losses or isinstance(self.screen, ConfirmScreen):
            self.exit()
            return

        def decided(quit_now: bool | None) -> None:
            if quit_now:
                self.exit()

        self.push_screen(ConfirmScreen(f"Quit closer? {losses[0]}", yes="Quit", no="Stay"), decided)

    def action_help(self) -> None:
        from game.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_scenarios(self) -> None:
        from game.ui.screens.scenarios import ScenarioListScreen

        self.push_screen(ScenarioListScreen())

    def action_rehearse(self) -> None:
        from game.ui.screens.rehearse import RehearseScreen

        self.push_screen(RehearseScreen())

    def action_profile(self) -> None:
        from game.ui.screens.profile import ProfileScreen

        self.push_screen(ProfileScreen())

    def action_stories(self) -> None:
        from game.ui.screens.stories import StoryBankScreen

        self.push_screen(StoryBankScreen())

    def action_prepare(self) -> None:
        from game.ui.screens.prepare import PrepareScreen

        self.push_screen(PrepareScreen())

    def action_progress(self) -> None:
        from game.ui.screens.progress import ProgressScreen

        self.push_screen(ProgressScreen())

    def action_leaderboard(self) -> None:
        from game.ui.screens.leaderboard import LeaderboardScreen

        self.push_screen(LeaderboardScreen())

    def action_daily(self) -> None:
        from game.ui.screens.daily import DailyScreen

        self.push_screen(DailyScreen())

    def action_import_code(self) -> None:
        from game.ui.screens.import_code import ImportScreen

        self.push_screen(ImportScreen())

    def action_compare(self, first: str = "", second: str = "") -> None:
        from game.ui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(first or f"@{self.player}", second))

    def action_choose_player(self) -> None:
        from game.ui.screens.players import PlayerScreen

        def chosen(name: str | None) -> None:
            if name:
                self.switch_player(name)
                self.refresh_title()

        self.push_screen(PlayerScreen(self.players(), self.player), chosen)

    def refresh_title(self) -> None:
        from game.ui.screens.title import TitleScreen

        for screen in self.screen_stack:
            if isinstance(screen, TitleScreen):
                screen.show_player()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Scenarios", "Pick an interview to play", self.action_scenarios)
        yield SystemCommand("Rehearse", "Review a close you wrote for a real interview", self.action_rehearse)
        yield SystemCommand("Switch player", "Choose who is playing", self.action_choose_player)
        yield SystemCommand("Your progress", "Saved runs, best scores and open tiers", self.action_progress)
        yield SystemCommand("Daily close", "Today's scenario, the same for everyone", self.action_daily)
        yield SystemCommand("Leaderboard", "Best runs: yours, imported friends and the club", self.action_leaderboard)
        yield SystemCommand("Import a friend's code", "Verify a share code by replay and add it", self.action_import_code)
        yield SystemCommand("Compare two runs", "Two runs of one scenario, turn by turn", self.action_compare)
        yield SystemCommand("Your profile", "Your interests, motivators, skills and culture, with evidence", self.action_profile)
        yield SystemCommand("Your story bank", "Short stories for the doubts an interviewer may raise", self.action_stories)
        yield SystemCommand("Prepare", "Read a real job advert against your profile, then practise it", self.action_prepare)
        yield SystemCommand("How to close", "The three parts of a strong close, the score, and the keys", self.action_help)
