"""Comparing scores with friends in the full-screen game, with keypresses through Pilot:
the debrief's share text, the import box, the leaderboard, the daily close and compare."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import DataTable, Input, Static

from game.core.catalog import bundled_scenario_dir, load_catalog
from game.core.context import GameContext
from game.core.daily import daily_scenario, today
from game.core.friends import Friends
from game.core.interview import Interview
from game.core.record import RunRecord
from game.core.scenario import load_scenario
from game.core.script import parse_script, play_script
from game.core.sharecode import DAILY, PRACTICE, encode
from game.ui.app import CloserApp
from game.ui.screens.brief import BriefScreen
from game.ui.screens.compare import CompareScreen
from game.ui.screens.daily import DailyScreen
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.import_code import ImportScreen
from game.ui.screens.interview import InterviewScreen
from game.ui.screens.leaderboard import LeaderboardScreen

FIXTURES = Path(__file__).parent / "fixtures" / "friends"
MARKUP_NAME = "[@click=app.quit]Eve[/]"
MARKUP_LINE = "[b]Thank you[/b], I want this job and I would accept an offer."


@pytest.fixture(scope="module")
def catalog():
    """The bundled scenarios (the daily close draws from them) and the friends fixture."""
    return load_catalog([bundled_scenario_dir(), FIXTURES])


def record_of(scenario, moves: list[str]) -> RunRecord:
    interview = Interview(scenario)
    play_script(interview, parse_script("\n".join(moves)))
    return RunRecord.from_interview(interview)


@pytest.fixture
def friend_code(catalog):
    return encode(record_of(catalog.scenarios["friends-close"], [MARKUP_LINE, ":open", ":story"]), MARKUP_NAME, "2026-12-07T10:00:00")


def make_app(tmp_path, catalog, club: Path | None = None) -> CloserApp:
    return CloserApp(context=GameContext(catalog, tmp_path / "saves", club_dir=club), player="Ann", blink=False)


async def settle(pilot) -> None:
    """Wait for the screens' replay workers to finish and their results to show."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def text_of(app, selector: str) -> str:
    """What a Static shows, as plain text (tables included)."""
    content = app.screen.query_one(selector, Static).content
    if hasattr(content, "plain"):
        return content.plain
    console = Console(width=160, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


class TestFriendsScreens:
    async def test_the_import_box_verifies_a_code_and_shows_names_literally(self, tmp_path, catalog, friend_code):
        app = make_app(tmp_path, catalog)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("i")
            assert isinstance(app.screen, ImportScreen)
            app.screen.query_one("#import-code", Input).value = friend_code[:-4] + "AAAA"
            await pilot.press("enter")
            await pilot.pause()
            assert "Refused: corrupt" in text_of(app, "#import-result")
            app.screen.query_one("#import-code", Input).value = friend_code
            await pilot.press("enter")
            await pilot.pause()
            shown = text_of(app, "#import-result")
            assert "Verified by replay" in shown and MARKUP_NAME in shown
            await pilot.press("escape")
            await pilot.press("l")
            await settle(pilot)
            assert isinstance(app.screen, LeaderboardScreen)
            await pilot.press("n", "n")
            await pilot.pause()
            table = app.screen.query_one("#board-table", DataTable)
            assert table.row_count == 1
            assert str(table.get_row_at(0)[1]) == MARKUP_NAME
            await pilot.press("enter")
            await pilot.pause(0.5)
            assert isinstance(app.screen, CompareScreen)
            assert app.is_running
        assert [code for code in Friends(app.context).book.imported()] == [friend_code]

    async def test_a_finished_run_offers_its_share_text_and_copies_it(self, tmp_path, catalog):
        app = make_app(tmp_path, catalog, club=tmp_path / "club")
        async with app.run_test(size=(100, 40)) as pilot:
            app.open_brief(catalog.scenarios["friends-close"])
            await pilot.press("enter")
            assert isinstance(app.screen, InterviewScreen)
            for key in ("1", "2", "1", "4"):
                await pilot.press(key, "enter")
                await pilot.pause()
            assert app.screen.interview.over
            await pilot.press("enter")
            assert isinstance(app.screen, DebriefScreen)
            report = app.screen.report
            shown = text_of(app, "#debrief-share")
            assert report["share_text"] in shown and report["share_code"] in shown
            await pilot.press("c")
            assert app.clipboard == f"{report['share_text']}\n{report['share_code']}"
        published = json.loads(next((tmp_path / "club").glob("ann-*.json")).read_text())
        assert published["player"] == "Ann" and published["codes"] == [report["share_code"]]

    async def test_the_daily_close_is_ranked_once_then_practice(self, tmp_path, catalog):
        app = make_app(tmp_path, catalog)
        scenario = daily_scenario(catalog, today())
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("d")
            await settle(pilot)
            assert isinstance(app.screen, DailyScreen)
            assert "ranked attempt is waiting" in text_of(app, "#daily-about")
            for attempt in (DAILY, PRACTICE):
                await pilot.press("enter")
                assert isinstance(app.screen, BriefScreen) and app.screen.scenario.id == scenario.id
                await pilot.press("enter")
                screen = app.screen
                assert isinstance(screen, InterviewScreen)
                screen.act(lambda: screen.interview.say("Thank you. I want this job and I would accept an offer."))
                screen.act(screen.interview.wrap_up)
                await pilot.pause()
                assert screen.report["daily"] == attempt
                await pilot.press("enter", "escape")
                await settle(pilot)
                assert isinstance(app.screen, DailyScreen)
            assert "played your ranked attempt" in text_of(app, "#daily-about")
            table = app.screen.query_one("#daily-table", DataTable)
            assert table.row_count == 1 and str(table.get_row_at(0)[1]) == "Ann"

    async def test_compare_shows_two_runs_turn_by_turn(self, tmp_path, catalog, friend_code):
        mine = encode(record_of(catalog.scenarios["friends-close"], [":done"]), "Ann", "2026-12-07T09:00:00")
        app = make_app(tmp_path, catalog)
        async with app.run_test(size=(120, 40)) as pilot:
            app.action_compare(mine, friend_code)
            await pilot.pause(0.5)
            assert isinstance(app.screen, CompareScreen)
            shown = text_of(app, "#compare-table")
            assert MARKUP_NAME in shown and "[b]Thank you[/b]" in shown
            assert "The scores part at turn 1" in shown
            app.screen.query_one("#compare-b", Input).value = "@Nobody"
            await pilot.press("enter")
            await pilot.pause()
            assert "Cannot compare: no run by 'Nobody'" in text_of(app, "#compare-table")
