"""The full-screen game, played with keypresses through Textual's Pilot."""

from __future__ import annotations

import pytest

from game.core.context import GameContext
from game.ui.app import CloserApp
from game.ui.screens.brief import BriefScreen
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.help import HelpScreen
from game.ui.screens.interview import InterviewScreen
from game.ui.screens.players import PlayerScreen
from game.ui.screens.rehearse import RehearseScreen
from game.ui.screens.scenarios import ScenarioListScreen
from game.ui.screens.title import TitleScreen
from game.ui.widgets.transcript import Transcript


@pytest.fixture
def app(context: GameContext) -> CloserApp:
    return CloserApp(context=context, blink=False)


async def type_line(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def open_amazon(pilot) -> InterviewScreen:
    await pilot.press("enter")                 # title: Play an interview
    assert isinstance(pilot.app.screen, ScenarioListScreen)
    await pilot.press("enter")                 # the first scenario: Peak Season
    assert isinstance(pilot.app.screen, BriefScreen)
    await pilot.press("enter")                 # begin the close
    screen = pilot.app.screen
    assert isinstance(screen, InterviewScreen) and screen.scenario.id == "amazon-logistics"
    return screen


class TestPlay:
    async def test_choices_only_to_the_debrief(self, app, context):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_amazon(pilot)
            for key in ("2", "1", "1", "1", "1", "4"):
                await pilot.press(key)
                await pilot.pause()
            assert screen.interview.over
            assert screen.report and screen.report["outcome"] == "next_round"
            await pilot.press("enter")
            assert isinstance(app.screen, DebriefScreen)
        assert [r.score for r in context.store.runs("Player")] == [screen.report["score"]]

    async def test_typed_lines_only(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_amazon(pilot)
            await type_line(pilot, "Thank you. I want this job and I'd accept an offer.")
            await type_line(pilot, "What reservations do you have about me?")
            await type_line(pilot, "Last spring I planned our move to a new warehouse system and we went live on schedule.")
            candidate = [line for line in screen.interview.lines if line.is_candidate]
            assert all(line.typed for line in candidate) and len(candidate) == 3
            assert screen.interview.state.handled == {"project-management": "countered"}
            readings = [str(w.render()) for w in screen.query(".reading")]
            assert any("read as: thanks · ask for the job" in r for r in readings)

    async def test_mixed_arrows_enter_and_typing(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_amazon(pilot)
            await pilot.press("down", "down", "enter")
            assert screen.interview.lines[1].choice == "night"
            await type_line(pilot, "Thanks, I'd like this job.")
            assert screen.interview.node_id == "why-sure"
            await pilot.press("ctrl+n")
            assert not screen.interview.over
            await pilot.press("y")
            assert screen.interview.over and screen.interview.ended_by == "candidate"
            await pilot.press("enter")
            assert isinstance(app.screen, DebriefScreen)
            await pilot.press("r")
            assert isinstance(app.screen, InterviewScreen) and not app.screen.interview.over

    async def test_digits_type_when_the_line_is_not_empty(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_amazon(pilot)
            await pilot.press("I", "space", "2")
            assert screen.query_one("#say").value == "I 2"
            assert len(screen.interview.lines) == 1

    async def test_scenario_text_is_never_markup(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_amazon(pilot)
            await type_line(pilot, "[bold red]I want this job[/] and [link=x]more[/link]")
            shown = [str(w.render()) for w in screen.query_one(Transcript).query(".candidate")]
            assert "[bold red]I want this job[/] and [link=x]more[/link]" in shown[-1]

    async def test_leaving_asks_first(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await open_amazon(pilot)
            await pilot.press("escape")
            await pilot.press("n")
            assert isinstance(app.screen, InterviewScreen)
            await pilot.press("escape", "y")
            assert isinstance(app.screen, ScenarioListScreen)


class TestScreens:
    async def test_locked_scenario_says_what_opens_it(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("s")
            table = app.screen.query_one("#scenario-table")
            row = [s.id for s in app.screen.scenarios].index("stats-analyst")
            table.move_cursor(row=row)
            await pilot.press("enter")
            assert isinstance(app.screen, ScenarioListScreen)
            assert any("score 70+ on 2 tier-1 scenarios" in str(n.message) for n in app._notifications)

    async def test_help_and_back(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, TitleScreen)

    async def test_new_player(self, app, context):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p")
            assert isinstance(app.screen, PlayerScreen)
            await pilot.press("tab")
            await type_line(pilot, "Grace")
            assert isinstance(app.screen, TitleScreen)
            assert app.player == "Grace"
        assert "Grace" in context.store.players()

    async def test_rehearse_reviews_a_pasted_close(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("r")
            assert isinstance(app.screen, RehearseScreen)
            area = app.screen.query_one("#rehearse-text")
            area.insert("Thanks for today. I'm excited about the role. Any concerns?")
            await pilot.press("ctrl+r")
            output = str(app.screen.query_one("#rehearse-output").render())
            assert "never ask for the job" in output
            assert "Yes/no reservations question" in output

    async def test_play_command_opens_the_brief(self, context):
        app = CloserApp(context=context, start_scenario="amazon-logistics", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, BriefScreen)

    async def test_poker_face_shows_no_choices(self, context):
        async with CloserApp(context=context, blink=False).run_test(size=(100, 40)) as pilot:
            app = pilot.app
            app.push_screen(InterviewScreen(context.catalog.scenarios["startup-cfo"]))
            await pilot.pause()
            assert not app.screen.query_one("#choices").display
            assert "6 lines left" in str(app.screen.query_one("#interview-bar").render())

    async def test_quits_cleanly(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+q")
        assert app.return_code in (0, None)


class TestProgress:
    async def test_saved_runs_show_on_the_progress_screen(self, app, context):
        from game.ui.screens.progress import ProgressScreen

        async with app.run_test(size=(100, 40)) as pilot:
            await open_amazon(pilot)
            await pilot.press("1")
            await pilot.press("enter", "escape")
            await pilot.press("escape")
            assert isinstance(app.screen, TitleScreen)
            await pilot.press("g")
            assert isinstance(app.screen, ProgressScreen)
            assert app.screen.query_one("#progress-runs").row_count == 1
            shown = str(app.screen.query_one("#progress-transcript").render())
            assert "No, I think we covered everything. Thanks." in shown
