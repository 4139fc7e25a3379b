"""The profile, story bank and prepare screens and "with my profile", driven through Pilot on fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static, TextArea

from game.core.catalog import load_catalog
from game.core.context import GameContext
from game.core.saves import SaveStore
from game.core.selfknowledge import Story, keep_self, load_self
from game.ui.app import CloserApp
from game.ui.dialogs.line import LineDialog
from game.ui.dialogs.story import StoryDialog
from game.ui.screens.brief import BriefScreen
from game.ui.screens.help import HelpScreen
from game.ui.screens.practice import PracticeInterviewScreen
from game.ui.screens.prepare import PrepareScreen
from game.ui.screens.profile import ProfileScreen
from game.ui.screens.stories import StoryBankScreen

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def saves(tmp_path) -> Path:
    return tmp_path / "saves"


def make_app(saves: Path) -> CloserApp:
    catalog = load_catalog([FIXTURES / "selfknowledge"])
    assert not catalog.problems
    return CloserApp(context=GameContext(catalog, saves), player="Ana", blink=False)


def shown(widget: Static) -> str:
    return str(widget.render())


def prepared(screen) -> str:
    """The preparation shown on the prepare screen, one line per line."""
    return "\n".join(shown(line) for line in screen.query("#prepare-lines Static"))


def option_texts(screen, selector: str) -> list[str]:
    options = screen.query_one(selector, OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def type_into(pilot, text: str) -> None:
    await pilot.press(*text)
    await pilot.pause()


class TestTitle:
    @pytest.mark.parametrize("key, screen", [("k", ProfileScreen), ("b", StoryBankScreen), ("t", PrepareScreen)])
    async def test_keys_open_the_screens(self, saves, key, screen):
        app = make_app(saves)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, screen)

    async def test_help_lists_the_keys(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            text = " ".join(shown(s) for s in app.screen.query(Static))
            assert "k profile, b stories, t prepare" in text and "with my profile" in text


class TestProfileScreen:
    async def test_pick_rank_evidence_and_own_item_survive_a_restart(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("k")
            await pilot.pause()
            await pilot.press("enter", "down", "enter")
            await pilot.pause()
            assert app.screen.knowledge.profile.ranked["interests"] == ["influencing", "creating"]
            await pilot.press("u")
            await pilot.pause()
            assert app.screen.knowledge.profile.ranked["interests"] == ["creating", "influencing"]
            await pilot.press("e")
            await pilot.pause()
            assert isinstance(app.screen, LineDialog)
            await type_into(pilot, "I wrote the shop's window displays for 2 years")
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("right", "right")
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            await type_into(pilot, "Sign language")
            await pilot.press("enter")
            await pilot.pause()
            assert "1. Sign language" in option_texts(app.screen, "#profile-items")[0]
        again = make_app(saves)
        async with again.run_test(size=(100, 30)) as pilot:
            await pilot.press("k")
            await pilot.pause()
            items = option_texts(again.screen, "#profile-items")
            assert items[0].startswith("1. Creative production")
            assert "evidence: I wrote the shop's window displays for 2 years" in items[0]
            assert items[1].startswith("2. Influencing others")
            await pilot.press("3")
            await pilot.pause()
            assert option_texts(again.screen, "#profile-items")[0].startswith("1. Sign language")

    async def test_kinds_by_mouse(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("k")
            await pilot.pause()
            await pilot.click("#kind-culture")
            await pilot.pause()
            assert app.screen.kind == "culture"
            assert "A small, close team" in option_texts(app.screen, "#profile-items")[0]

    async def test_ranking_an_unpicked_item_says_what_to_do(self, saves):
        app = make_app(saves)
        said: list[str] = []
        async with app.run_test(size=(100, 30)) as pilot:
            app.notify = lambda message, **_: said.append(message)
            await pilot.press("k")
            await pilot.pause()
            await pilot.press("d")
            await pilot.pause()
            assert app.screen.knowledge.profile.is_empty
            assert said == ["Pick the item first (Enter), then rank it."]


class TestStoryBank:
    async def test_add_edit_delete_with_the_tip_shown(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 34)) as pilot:
            await pilot.press("b")
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            assert isinstance(app.screen, StoryDialog)
            for text in ("Storm", "A storm shut the port", "I rebooked the passengers"):
                await type_into(pilot, text)
                await pilot.press("enter")
            await pilot.pause()
            assert "how it ended" in shown(app.screen.query_one("#story-tip", Static))
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, StoryBankScreen)
            assert "needs a little more" in option_texts(app.screen, "#stories-list")[0]
            assert "Tip: Say how it ended" in shown(app.screen.query_one("#stories-detail", Static))
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one("#story-result", Input).value = "All forty sailed that evening."
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert "needs a little more" not in option_texts(app.screen, "#stories-list")[0]
            await pilot.press("a")
            await pilot.pause()
            await type_into(pilot, "Spare")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert len(app.screen.knowledge.stories) == 2
            await pilot.press("x")
            await pilot.pause()
            await pilot.press("y")
            await pilot.pause()
        stories = load_self(SaveStore(saves), "Ana").stories
        assert [(s.title, s.result) for s in stories] == [("Storm", "All forty sailed that evening.")]

    async def test_a_story_needs_a_title(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 34)) as pilot:
            await pilot.press("b", "a")
            await pilot.pause()
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert isinstance(app.screen, StoryDialog)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.knowledge.stories == []


def with_profile(saves: Path) -> None:
    knowledge = load_self(SaveStore(saves), "Ana")
    knowledge.profile.pick("coaching")
    knowledge.profile.set_evidence("coaching", "I mentored four new hires last year")
    knowledge.add_story(Story.make("Storm", "A storm delayed every delivery in March.",
                                   "I kept ninety customers calm and rebooked them.", "Nobody asked for a refund."))
    keep_self(SaveStore(saves), "Ana", knowledge)


class TestBriefWithMyProfile:
    async def test_empty_profile_keeps_the_authored_choices(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_brief(app.context.catalog.get("quay-office"))
            await pilot.pause()
            await pilot.press("m")
            await pilot.pause()
            assert app.screen.own is None
            assert "off" in shown(app.screen.query_one("#brief-own", Static))

    async def test_on_builds_choices_from_the_profile_and_keeps_the_run_as_practice(self, saves):
        with_profile(saves)
        app = make_app(saves)
        async with app.run_test(size=(100, 30)) as pilot:
            app.open_brief(app.context.catalog.get("quay-office"))
            await pilot.pause()
            assert isinstance(app.screen, BriefScreen)
            await pilot.press("m")
            await pilot.pause()
            assert "Practice" in shown(app.screen.query_one("#brief-standing", Static))
            await pilot.press("enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, PracticeInterviewScreen)
            screen.interview.choose("close")
            assert "mine-coaching" in [c.id for c in screen.interview.choices]
            screen.interview.choose("mine-coaching")
            screen.interview.choose("doubts")
            assert any(c.id.startswith("story-") for c in screen.interview.choices)
            screen.interview.choose(next(c.id for c in screen.interview.choices if c.id.startswith("story-")))
            screen.interview.wrap_up()
            screen.finished()
            await pilot.pause()
        store = SaveStore(saves)
        assert store.runs("Ana") == [], "practice is never ranked"
        practice = load_self(store, "Ana").practice
        assert len(practice) == 1 and practice[0]["role"] == "Ticket Office Lead"


ADVERT = """Warehouse Shift Supervisor
Company: Brightline [b]Distribution[/b]
You will lead a team of 15 pickers on the night shift.
Must hold a valid counterbalance forklift licence.
Experience of managing people and handling performance conversations.
"""


class TestPrepareScreen:
    async def test_read_then_practise_an_advert(self, saves):
        with_profile(saves)
        app = make_app(saves)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("t")
            await pilot.pause()
            app.screen.query_one("#prepare-text", TextArea).insert(ADVERT)
            await pilot.press("ctrl+r")
            await pilot.pause()
            output = prepared(app.screen)
            assert "Brightline [b]Distribution[/b]" in output, "advert text is shown literally"
            assert "[hard] a licence: Must hold a valid counterbalance forklift licence." in output
            assert "I mentored four new hires last year" in output
            await pilot.press("ctrl+t")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, PracticeInterviewScreen)
            assert screen.scenario.role == "Warehouse Shift Supervisor"
            for pick in ("close", "mine-coaching", "doubts", "own-it"):
                screen.pick([c.id for c in screen.interview.choices].index(pick))
                await pilot.pause()
            while not screen.interview.over:
                ids = [c.id for c in screen.interview.choices]
                screen.pick(ids.index("concede" if "concede" in ids else "doubts" if screen.interview.state.held else "done"))
                await pilot.pause()
        knowledge = load_self(SaveStore(saves), "Ana")
        assert knowledge.practice[-1]["role"] == "Warehouse Shift Supervisor"
        assert SaveStore(saves).runs("Ana") == []

    async def test_an_empty_advert_is_a_clear_message(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("t")
            await pilot.pause()
            await pilot.click("#prepare-read")
            await pilot.pause()
            assert "The advert is empty" in shown(app.screen.query_one("#prepare-output", Static))
            assert app.screen.query_one("#prepare-practise").disabled


NIGHT_PORTER = ["Night Porter", "Requirements", "- Must hold a valid door supervisor licence",
                "- Experience of night audits in a hotel"]


class TestKeyboardOnlyAcrossARestart:
    async def answer_by_number(self, pilot, screen, wanted) -> None:
        ids = [c.id for c in screen.interview.choices]
        await pilot.press(str(ids.index(wanted) + 1), "enter")
        await pilot.pause()

    async def test_story_bank_and_a_prepared_practice_survive_a_restart(self, saves):
        app = make_app(saves)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.press("b", "a")
            await pilot.pause()
            for field in ("Audit", "The night audit failed in June", "I rebuilt the checks by hand", "The books balanced by six"):
                await type_into(pilot, field)
                await pilot.press("enter")
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("escape", "t")
            await pilot.pause()
            for line in NIGHT_PORTER:
                await type_into(pilot, line)
                await pilot.press("enter")
            await pilot.press("ctrl+r")
            await pilot.pause()
            output = prepared(app.screen)
            assert "[hard] a licence: Must hold a valid door supervisor licence" in output
            assert "story: Audit:" in output, "the story that fits the night-audit doubt is picked"
            await pilot.press("ctrl+t")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, PracticeInterviewScreen)
            for wanted in ("close", "doubts", "own-it"):
                await self.answer_by_number(pilot, screen, wanted)
            while not screen.interview.over:
                ids = [c.id for c in screen.interview.choices]
                fitting = [i for i in ids if i.startswith("story-")]
                await self.answer_by_number(pilot, screen, fitting[0] if fitting else "doubts" if screen.interview.state.held else "done")
            score = screen.report["score"]
        again = make_app(saves)
        async with again.run_test(size=(100, 40)) as pilot:
            await pilot.press("b")
            await pilot.pause()
            assert option_texts(again.screen, "#stories-list")[0].startswith("Audit")
            await pilot.press("escape", "t")
            await pilot.pause()
            assert again.screen.query_one("#prepare-text", TextArea).text == "\n".join(NIGHT_PORTER) + "\n"
            assert "[hard] a licence" in prepared(again.screen), "read again on opening"
            assert f"Night Porter {score} (" in shown(again.screen.query_one("#prepare-log", Static))
            await pilot.press("end", "backspace", "backspace", "backspace", "backspace", "backspace", "escape")
            await pilot.pause()
        assert load_self(SaveStore(saves), "Ana").advert.startswith("Night P\nRequirements\n"), "an edit kept on leaving, unread"
