"""The full-screen game, played with keypresses through Textual's Pilot, on the fixture scenarios."""

from __future__ import annotations

import re

import pytest
from rich.console import Console
from textual import events
from textual.widgets import DataTable, Footer, OptionList

from game.core.context import GameContext
from game.ui.app import CloserApp
from game.ui.dialogs.confirm import ConfirmScreen
from game.ui.screens.brief import BriefScreen
from game.ui.screens.debrief import DebriefScreen
from game.ui.screens.help import HelpScreen
from game.ui.screens.interview import InterviewScreen
from game.ui.screens.players import PlayerScreen
from game.ui.screens.progress import ProgressScreen
from game.ui.screens.rehearse import RehearseScreen
from game.ui.screens.scenarios import ScenarioListScreen
from game.ui.screens.title import TitleScreen
from game.ui.widgets.answer_box import LIMIT, AnswerBox
from game.ui.widgets.transcript import Transcript
from ui_fixtures import STRONG, ui_context

CLOSE = (
    "Thank you for today. I want this job, and I would accept an offer.\n\n"
    "I love a long busy queue, and your summer rush is exactly that.\n\n"
    "What reservations do you have about me?"
)


@pytest.fixture
def context(tmp_path) -> GameContext:
    return ui_context(tmp_path / "saves")


@pytest.fixture
def app(context: GameContext) -> CloserApp:
    return CloserApp(context=context, blink=False)


async def type_line(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


async def pick(pilot, choice_id: str) -> None:
    """Pick a choice by its id: its number alone, then Enter."""
    screen = pilot.app.screen
    number = [c.id for c in screen.interview.choices].index(choice_id) + 1
    await type_line(pilot, str(number))


async def open_scenario(pilot, scenario_id: str) -> InterviewScreen:
    """From the title: the scenario list, the scenario's row, its brief, the interview."""
    await pilot.press("s")
    screen = pilot.app.screen
    assert isinstance(screen, ScenarioListScreen)
    screen.query_one(DataTable).move_cursor(row=[s.id for s in screen.scenarios].index(scenario_id))
    await pilot.press("enter")
    assert isinstance(pilot.app.screen, BriefScreen)
    await pilot.press("enter")
    interview = pilot.app.screen
    assert isinstance(interview, InterviewScreen) and interview.scenario.id == scenario_id
    return interview


async def play_strong(pilot, scenario_id: str) -> InterviewScreen:
    screen = await open_scenario(pilot, scenario_id)
    for move in STRONG:
        await pick(pilot, move.removeprefix(":"))
    assert screen.interview.over
    return screen


async def paste(pilot, text: str) -> None:
    pilot.app.screen.query_one(AnswerBox).post_message(events.Paste(text))
    await pilot.pause()


def said(screen: InterviewScreen) -> list[str]:
    return [line.text for line in screen.interview.lines if line.is_candidate]


def shown(widget) -> str:
    return str(widget.render())


def rendered(app) -> str:
    """The text the terminal shows now, row by row."""
    return "\n".join(strip.text.rstrip() for strip in app.screen._compositor.render_strips())


class TestPlay:
    async def test_choices_only_to_the_debrief(self, app, context):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await play_strong(pilot, "harbour-office")
            assert screen.report and screen.report["score"] == 76
            await pilot.press("enter")
            assert isinstance(app.screen, DebriefScreen)
        assert [r.score for r in context.store.runs("Player")] == [76]

    async def test_typed_lines_only(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await type_line(pilot, "Thank you. I want this job and I'd accept an offer.")
            await type_line(pilot, "What reservations do you have about me?")
            await type_line(pilot, "When a storm delayed our delivery before a big sale, I kept a queue of eighty people calm and served them all by noon.")
            candidate = [line for line in screen.interview.lines if line.is_candidate]
            assert all(line.typed for line in candidate) and len(candidate) == 3
            assert screen.interview.state.handled == {"boats": "countered"}
            readings = screen.query_one(Transcript).shown("reading")
            assert any("read as: thanks · ask for the job" in r for r in readings)

    async def test_arrows_and_enter_pick_from_an_empty_box(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pilot.press("down", "down", "enter")
            assert screen.interview.lines[1].choice == "crew"

    async def test_saying_no_more_asks_first_then_wraps_up(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pilot.press("ctrl+n")
            assert isinstance(app.screen, ConfirmScreen) and not screen.interview.over
            await pilot.press("y")
            assert screen.interview.over and screen.interview.ended_by == "candidate"
            await pilot.press("enter")
            assert isinstance(app.screen, DebriefScreen)
            await pilot.press("r")
            assert isinstance(app.screen, InterviewScreen) and not app.screen.interview.over

    async def test_text_is_never_markup(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await type_line(pilot, "[bold red]I want this job[/] and [link=x]more[/link]")
            lines = screen.query_one(Transcript).shown("candidate")
            assert "[bold red]I want this job[/] and [link=x]more[/link]" in lines[-1]

    async def test_poker_face_shows_no_choices(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            app.push_screen(InterviewScreen(app.context.catalog.scenarios["studio-head"]))
            await pilot.pause()
            assert not app.screen.query_one("#choices").display
            assert "6 lines left" in shown(app.screen.query_one("#interview-bar"))


class TestDigits:
    """Problem 1: a typed line that starts with a digit never picks a choice."""

    async def test_a_line_starting_with_a_digit_is_said_as_typed(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await type_line(pilot, "100% sure: I want this job")
            assert said(screen) == ["100% sure: I want this job"]
            assert not screen.interview.over
            await type_line(pilot, "2 years ago I ran a shop counter through every summer rush")
            assert said(screen)[-1] == "2 years ago I ran a shop counter through every summer rush"

    async def test_a_number_alone_picks_and_says_so_first(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pilot.press("2")
            assert screen.query_one("#choices").highlighted == 1
            assert "Enter picks choice 2" in shown(screen.query_one("#say-status"))
            assert len(screen.interview.lines) == 1
            await pilot.press("enter")
            assert screen.interview.lines[1].choice == "crew"

    async def test_a_number_out_of_range_is_said(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await type_line(pilot, "7")
            assert said(screen) == ["7"] and screen.interview.lines[1].typed


class TestAnswerBox:
    """Problem 2: pastes arrive whole and clean, with a visible limit."""

    async def test_a_pasted_three_paragraph_close_is_one_answer(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await paste(pilot, CLOSE)
            assert screen.query_one(AnswerBox).text == CLOSE
            await pilot.press("enter")
            await pilot.pause()
            candidate = [line for line in screen.interview.lines if line.is_candidate]
            assert len(candidate) == 1 and candidate[0].typed
            assert candidate[0].text == " ".join(CLOSE.split())
            moves = {m.value for m in candidate[0].moves}
            assert {"ask_for_job", "fit_reason", "reservations_open"} <= moves

    async def test_ctrl_j_shift_and_alt_enter_add_lines(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pilot.press("a", "shift+enter", "b", "alt+enter", "c", "ctrl+j", "d")
            assert screen.query_one(AnswerBox).text == "a\nb\nc\nd"
            assert len(screen.interview.lines) == 1

    async def test_escape_sequences_never_reach_the_screen(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await paste(pilot, "I want \x1b[7mthis\x1b[0m job\x07, truly\x00")
            assert screen.query_one(AnswerBox).text == "I want this job, truly"
            await pilot.press("enter")
            await pilot.pause()
            transcript = "".join(screen.query_one(Transcript).shown("candidate"))
            assert "I want this job, truly" in transcript
            assert not any(ch in transcript for ch in "\x1b\x07\x00")

    async def test_a_paste_into_rehearse_is_cleaned_too(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("r")
            area = app.screen.query_one("#rehearse-text")
            area.post_message(events.Paste("Thank you.\x1b[31m I want\nthis job.\x07"))
            await pilot.pause()
            assert area.text == "Thank you. I want\nthis job."

    async def test_a_paste_over_the_limit_is_kept_and_explained(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            long = "I want this job. " * 150
            await paste(pilot, long)
            box = screen.query_one(AnswerBox)
            assert box.text == long and len(long) > LIMIT
            assert f"Too long: {len(long):,} of {LIMIT:,}" in shown(screen.query_one("#say-status"))
            await pilot.press("enter")
            await pilot.pause()
            assert len(screen.interview.lines) == 1 and box.text == long
            assert any("the limit is 2,000" in str(n.message) for n in app._notifications)

    async def test_the_count_is_shown(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pilot.press(*"Hello")
            assert f"5/{LIMIT:,}" in shown(screen.query_one("#say-status"))


class TestLocks:
    """Problem 3: a locked scenario cannot be played and saved by starting straight into it."""

    async def test_starting_into_a_locked_scenario_opens_the_list_instead(self, context):
        app = CloserApp(context=context, start_scenario="clinic-desk", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, ScenarioListScreen)
            assert any("Clinic Desk is locked" in str(n.message) for n in app._notifications)

    async def test_starting_into_an_open_scenario_shows_its_brief(self, context):
        app = CloserApp(context=context, start_scenario="harbour-office", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, BriefScreen)

    async def test_the_list_refuses_a_locked_row_and_counts_progress(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("s")
            table = app.screen.query_one(DataTable)
            table.move_cursor(row=[s.id for s in app.screen.scenarios].index("clinic-desk"))
            await pilot.press("enter")
            assert isinstance(app.screen, ScenarioListScreen)
            assert any("score 70+ on 2 tier-1 scenarios (0 of 2 done)" in str(n.message) for n in app._notifications)


class TestPlayers:
    """Problem 5: a new name can be typed at once; names differing in case are one player."""

    async def test_typing_a_name_straight_away_adds_the_player(self, app, context):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p")
            assert isinstance(app.screen, PlayerScreen)
            await type_line(pilot, "Alice")
            assert isinstance(app.screen, TitleScreen)
            assert app.player == "Alice"
        assert "Alice" in context.store.players()

    async def test_a_name_in_another_case_is_the_same_player(self, app, context):
        context.store.add_player("Ana")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p")
            await type_line(pilot, "ana")
            assert app.player == "Ana"
        assert context.store.players() == ["Ana"]

    async def test_enter_on_the_list_still_picks_a_player(self, app, context):
        context.store.add_player("Bo")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p", "down", "enter")
            await pilot.pause()
            assert isinstance(app.screen, TitleScreen)
            assert app.player in {"Bo", "Player"}


class TestRenameAndDeletePlayers:
    """Problem 5: the highlighted player can be renamed (F2) and deleted (Delete, asked first)."""

    async def test_renaming_shows_the_new_name_and_keeps_the_runs(self, context):
        context.store.add_run("Ana", {"scenario": "harbour-office", "score": 76, "outcome": "offer"})
        context.store.add_player("Bo")
        app = CloserApp(context=context, player="ana", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p")
            screen = app.screen
            assert isinstance(screen, PlayerScreen)
            assert "Rename" in rendered(app) and "Delete" in rendered(app)
            await pilot.press("f2", *["backspace"] * 3)
            await type_line(pilot, "[b]Anna[/b]")
            assert app.screen is screen, "renaming stays in the picker"
            assert "[b]Anna[/b]" in rendered(app), "the name is shown literally"
            listed = screen.query_one("#player-list", OptionList)
            assert [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)] == ["[b]Anna[/b]", "Bo"]
            assert app.player == "[b]Anna[/b]"
            await pilot.press("escape")
            assert isinstance(app.screen, TitleScreen)
        assert context.store.players() == ["[b]Anna[/b]", "Bo"]
        assert [r.score for r in context.store.runs("[b]Anna[/b]")] == [76] and context.store.runs("Ana") == []

    async def test_renaming_to_a_taken_name_is_refused_in_the_picker(self, context):
        context.store.add_player("Ana")
        context.store.add_player("Bo")
        app = CloserApp(context=context, player="Ana", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p", "f2", *["backspace"] * 3)
            await type_line(pilot, "bo")
            assert "already a player called 'Bo'" in rendered(app)
            await pilot.press("escape")
            assert isinstance(app.screen, PlayerScreen) and app.screen.renaming is None
        assert context.store.players() == ["Ana", "Bo"]

    async def test_delete_asks_first_and_escape_keeps_the_player(self, context):
        context.store.add_run("Ana", {"scenario": "harbour-office", "score": 76, "outcome": "offer"})
        context.store.add_player("Bo")
        app = CloserApp(context=context, player="Bo", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p", "up", "delete")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen)
            assert "Delete the player Ana" in rendered(app)
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, PlayerScreen)
        assert context.store.players() == ["Ana", "Bo"] and context.store.run_count("Ana") == 1

    async def test_delete_confirmed_removes_the_player_and_their_runs(self, context):
        context.store.add_run("Ana", {"scenario": "harbour-office", "score": 76, "outcome": "offer"})
        context.store.add_player("Bo")
        app = CloserApp(context=context, player="Ana", blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("p", "delete", "y")
            await pilot.pause()
            assert isinstance(app.screen, PlayerScreen)
            assert app.screen.players == ["Bo"] and app.player == "Bo"
        assert context.store.players() == ["Bo"] and context.store.run_count("Ana") == 0


class TestProgressExplained:
    """Problem 6: opening a tier is announced, progress is counted, the parts are explained."""

    async def test_the_second_strong_run_announces_tier_two(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await play_strong(pilot, "harbour-office")
            assert not any("unlocked" in str(n.message) for n in app._notifications)
            await pilot.press("escape")
            assert isinstance(app.screen, DebriefScreen)
            advice = shown(app.screen.query_one("#debrief-advice"))
            assert "Try a harder interviewer" not in advice
            assert "open tier 2: score 70+ on 2 tier-1 scenarios (1 of 2 done)" in advice
            await pilot.press("escape")
            heading = shown(app.screen.query_one("#scenario-heading"))
            assert "(1 of 2 done)" in heading
            await pilot.press("escape")
            await play_strong(pilot, "garden-centre")
            assert any("New interviewer unlocked: tier 2 (busy hiring manager)" in str(n.message) for n in app._notifications)
            await pilot.press("enter")
            assert "New interviewer unlocked" in shown(app.screen.query_one("#debrief-score"))

    async def test_the_debrief_explains_the_parts_and_penalties(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            await pick(pilot, "nothing")
            assert screen.report["score"] == 0
            await pilot.press("enter")
            console = Console(width=96, record=True)
            console.print(app.screen.parts_table())
            parts = console.export_text()
            assert re.search(r"Questions\s+0/10\s+you asked her a real question about the work", parts)
            assert re.search(r"Reservations\s+0/30\s+you asked openly for her doubts", parts)
            why = shown(app.screen.query_one("#debrief-penalties"))
            assert "penalties took away 15, so the score is 0 (a score never goes below 0)" in why

    async def test_help_teaches_the_four_parts(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f1")
            text = " ".join(shown(w) for w in app.screen.query(".help-paragraph"))
            assert "four parts: Questions (10)" in text and "Reservations (30)" in text


class TestDialogs:
    """Problem 7: dialogs show their own keys, arrows move, nothing is lost without asking."""

    async def test_arrows_move_between_the_buttons(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_scenario(pilot, "harbour-office")
            await pilot.press("escape")
            dialog = app.screen
            assert isinstance(dialog, ConfirmScreen) and dialog.focused.id == "no"
            await pilot.press("right")
            assert dialog.focused.id == "yes"
            await pilot.press("left")
            assert dialog.focused.id == "no"
            await pilot.press("enter")
            assert isinstance(app.screen, InterviewScreen)
            await pilot.press("escape", "right", "enter")
            assert isinstance(app.screen, ScenarioListScreen)

    async def test_a_dialog_shows_its_own_keys(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_scenario(pilot, "harbour-office")
            await pilot.press("escape")
            assert "y Leave · n or Esc Stay" in shown(app.screen.query_one("#confirm-keys"))
            footer = app.screen.query_one(Footer)
            assert footer.region.bottom == 24
            assert {"y", "n"} <= {key.key for key in footer.query("FooterKey")}

    async def test_help_shows_its_own_keys_not_the_title_keys(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f1")
            keys = {key.key for key in app.screen.query_one(Footer).query("FooterKey")}
            assert "escape" in keys and "s" not in keys and "p" not in keys

    async def test_ctrl_q_asks_before_losing_an_interview(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_scenario(pilot, "harbour-office")
            await pilot.press("ctrl+q")
            assert isinstance(app.screen, ConfirmScreen)
            await pilot.press("n")
            assert isinstance(app.screen, InterviewScreen)
            await pilot.press("ctrl+q", "y")
        assert app.return_code in (0, None)

    async def test_ctrl_q_on_the_title_quits_at_once(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+q")
            await pilot.pause()
        assert not app.is_running

    async def test_leaving_rehearse_keeps_the_draft(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("r")
            await pilot.press(*"I want this job")
            await pilot.press("escape")
            assert isinstance(app.screen, TitleScreen)
            assert any("draft is kept" in str(n.message) for n in app._notifications)
            await pilot.press("r")
            assert app.screen.query_one("#rehearse-text").text == "I want this job"
            await pilot.press("escape", "ctrl+q")
            assert isinstance(app.screen, ConfirmScreen)
            assert "rehearsal draft will be lost" in shown(app.screen.query_one("Static"))


class TestLayout:
    """Problem 8: nothing is cut or lost at small and large sizes."""

    async def test_the_tagline_breaks_in_two_balanced_lines_and_fits_60_columns(self, app):
        async with app.run_test(size=(60, 20)):
            tagline = app.screen.query_one("#tagline")
            lines = shown(tagline).splitlines()
            assert len(lines) == 2 and lines[-1].strip().endswith("easy.") and len(lines[-1].split()) > 1
            assert tagline.region.right <= 60 and all(len(line) <= 58 for line in lines)

    @pytest.mark.parametrize("size", [(60, 20), (80, 24)])
    async def test_the_title_footer_keeps_quit_and_help(self, app, size):
        async with app.run_test(size=size):
            keys = app.screen.query_one("#title-keys")
            line = shown(keys)
            assert keys.region.right <= size[0]
            assert "q Quit" in line and line.index("f1 Help") + len("f1 Help") <= size[0]

    @pytest.mark.parametrize("action", ["scenarios", "rehearse", "profile", "stories", "prepare", "progress", "leaderboard", "daily", "compare"])
    async def test_every_full_screen_footer_keeps_help_at_80_columns(self, app, action):
        async with app.run_test(size=(80, 24)) as pilot:
            await app.run_action(action)
            await pilot.pause()
            help_key = [key for key in app.screen.query("FooterKey") if key.key == "f1"]
            assert help_key and help_key[0].region.right <= 80

    async def test_the_scenario_list_fits_80_columns(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("s")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            assert table.virtual_size.width <= table.size.width
            assert not table.show_horizontal_scrollbar

    async def test_debrief_quotes_use_the_width(self, app):
        async with app.run_test(size=(200, 50)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            line = "Thank you, I want this job and I would accept an offer, because a long busy summer queue is exactly where I do my best work"
            await type_line(pilot, line)
            screen.action_wrap_up()
            await pilot.pause()
            await pilot.press("y", "enter")
            console = Console(width=196, record=True)
            console.print(app.screen.ledger())
            assert f"\u201c{line}\u201d" in console.export_text()

    async def test_the_answer_box_stays_on_a_tiny_screen(self, app):
        async with app.run_test(size=(40, 10)) as pilot:
            app.push_screen(InterviewScreen(app.context.catalog.scenarios["harbour-office"]))
            await pilot.pause()
            box = app.screen.query_one(AnswerBox)
            assert box.region.height >= 3 and box.region.bottom <= 10


class TestSettings:
    """Problem 9: the theme is kept for each player."""

    async def test_the_theme_is_kept_for_the_player(self, context):
        first = CloserApp(context=context, blink=False)
        async with first.run_test(size=(80, 24)) as pilot:
            first.theme = "nord"
            await pilot.pause()
        assert context.store.settings("Player") == {"theme": "nord"}
        again = CloserApp(context=context, blink=False)
        async with again.run_test(size=(80, 24)):
            assert again.theme == "nord"

    async def test_each_player_has_their_own_theme(self, context):
        context.store.set_setting("Ana", "theme", "gruvbox")
        app = CloserApp(context=context, blink=False)
        async with app.run_test(size=(80, 24)) as pilot:
            default = app.theme
            app.switch_player("Ana")
            await pilot.pause()
            assert app.theme == "gruvbox" != default


class TestRankedOrPractice:
    """Problem 10: the player can tell whether a run counts."""

    @pytest.mark.parametrize("saves_work, bar, debrief", [
        (True, "ranked for Player", "Ranked: saved for Player."),
        (False, "practice: not saved", "Practice: this run was not saved."),
    ])
    async def test_the_bar_and_the_debrief_say_whether_a_run_counts(self, tmp_path, saves_work, bar, debrief):
        saves = tmp_path / "saves"
        if not saves_work:
            (tmp_path / "file").write_text("not a folder")
            saves = tmp_path / "file" / "saves"
        app = CloserApp(context=ui_context(saves), blink=False)
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await open_scenario(pilot, "harbour-office")
            assert bar in shown(screen.query_one("#interview-bar"))
            await pick(pilot, "nothing")
            await pilot.press("enter")
            assert debrief in shown(app.screen.query_one("#debrief-score"))


class TestScreens:
    async def test_help_and_back(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, TitleScreen)

    async def test_rehearse_reviews_a_pasted_close(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("r")
            assert isinstance(app.screen, RehearseScreen)
            app.screen.query_one("#rehearse-text").insert("Thanks for today. I'm excited about the role. Any concerns?")
            await pilot.press("ctrl+r")
            output = shown(app.screen.query_one("#rehearse-output"))
            assert "never ask for the job" in output
            assert "Yes/no reservations question" in output

    async def test_saved_runs_show_on_the_progress_screen(self, app):
        async with app.run_test(size=(100, 40)) as pilot:
            await open_scenario(pilot, "harbour-office")
            await pick(pilot, "nothing")
            await pilot.press("enter", "escape", "escape")
            assert isinstance(app.screen, TitleScreen)
            await pilot.press("g")
            assert isinstance(app.screen, ProgressScreen)
            assert app.screen.query_one("#progress-runs").row_count == 1
            assert "No, I think we covered everything." in shown(app.screen.query_one("#progress-transcript"))

    async def test_progress_lists_only_the_latest_runs_but_counts_them_all(self, app, monkeypatch):
        monkeypatch.setattr("game.ui.screens.progress.SHOWN_RUNS", 2)
        async with app.run_test(size=(100, 40)) as pilot:
            for _ in range(3):
                await open_scenario(pilot, "harbour-office")
                await pick(pilot, "nothing")
                await pilot.press("enter", "escape", "escape")
            await pilot.press("g")
            assert isinstance(app.screen, ProgressScreen)
            assert app.screen.query_one("#progress-runs").row_count == 2
            assert "3 saved runs (latest 2 listed)" in shown(app.screen.query_one("#progress-summary"))

    async def test_a_dialog_button_can_be_clicked(self, app):
        async with app.run_test(size=(80, 24)) as pilot:
            await open_scenario(pilot, "harbour-office")
            await pilot.press("escape")
            await pilot.click("#yes")
            await pilot.pause()
            assert isinstance(app.screen, ScenarioListScreen)
