"""Plain mode (`closer play ID --plain`) and the command line's first-hour fixes, run as a user runs them."""

from __future__ import annotations

import io
import json
import sys

import pytest

from game import cli
from game.core.context import GameContext
from game.core.saves import SaveStore
from game.plain import PlainGame
from test_cli import assert_refused, closer, err, out
from ui_fixtures import FIXTURES, STRONG, ui_context

PICKS = "3\n1\n1\n1\n2\n"   # the STRONG run, by number


def play(*args: str, stdin: str, saves) -> object:
    return closer("--scenarios", str(FIXTURES), "play", *args, stdin=stdin, saves=saves)


@pytest.fixture
def saves(tmp_path):
    return tmp_path / "saves"


class TestPlainPlay:
    def test_a_whole_scenario_plays_through_standard_input(self, saves):
        result = play("harbour-office", "--plain", stdin=PICKS, saves=saves)
        assert result.returncode == 0, err(result)
        text = out(result)
        assert "Harbour Office" in text and "Across the table: Rosa Vint." in text
        assert "Rosa: That's all from me. What would you like to ask?" in text
        assert "  3. Thank you. I want this job, and I would accept an offer." in text
        assert "> " in text
        assert "You: Thank you. I want this job, and I would accept an offer." in text
        assert "Next round: 76/100" in text
        assert "Questions 0/10: you asked her a real question about the work" in text
        assert "Ranked: saved for Player." in text
        assert [r.score for r in SaveStore(saves).runs("Player")] == [76]

    def test_no_colour_unless_asked(self, saves):
        plain = out(play("harbour-office", "--plain", stdin=PICKS, saves=saves))
        assert "\x1b" not in plain
        coloured = out(play("harbour-office", "--plain", "--colour", stdin=PICKS, saves=saves))
        assert "\x1b[1mRosa\x1b[0m:" in coloured

    def test_typed_lines_are_said_as_typed_and_cleaned(self, saves):
        stdin = "100% sure: I want this \x1b[7mjob\x1b[0m\n/end\n"
        text = out(play("harbour-office", "--plain", stdin=stdin, saves=saves))
        assert "You: 100% sure: I want this job\n  (read as: ask for the job)" in text
        assert "\x1b" not in text

    def test_a_pasted_three_paragraph_close_is_one_answer(self, saves):
        close = ("Thank you for today. I want this job, and I would accept an offer.\n\n"
                 "I love a long busy queue, and your summer rush is exactly that.\n\n"
                 "What reservations do you have about me?\n")
        text = out(play("harbour-office", "--plain", stdin=f"/paste\n{close}.\n/leave\n", saves=saves))
        said = [line for line in text.splitlines() if "You: " in line]
        assert len(said) == 1 and said[0].endswith("You: " + " ".join(close.split()))
        assert "(read as: thanks · ask for the job · fit reason · open reservations question)" in text

    def test_a_number_out_of_range_is_explained(self, saves):
        text = out(play("harbour-office", "--plain", stdin="9\n/leave\n", saves=saves))
        assert "There is no choice 9: pick 1 to 3, or type your own words." in text

    def test_leaving_saves_nothing(self, saves):
        result = play("harbour-office", "--plain", stdin="3\n/leave\n", saves=saves)
        assert result.returncode == 0
        assert "nothing was saved" in out(result)
        assert SaveStore(saves).runs() == []

    def test_end_of_input_says_nothing_more_and_saves(self, saves):
        result = play("harbour-office", "--plain", "--player", "Ada", stdin="3\n", saves=saves)
        assert "(end of input: you say nothing more)" in out(result)
        runs = SaveStore(saves).runs("Ada")
        assert len(runs) == 1 and runs[0].scenario == "harbour-office"

    def test_an_answer_over_the_limit_is_refused_not_cut(self, saves):
        text = out(play("harbour-office", "--plain", stdin="x" * 2001 + "\n/leave\n", saves=saves))
        assert "That answer is 2,001 characters; the limit is 2,000." in text

    def test_two_strong_runs_announce_the_next_tier(self, saves):
        play("harbour-office", "--plain", stdin=PICKS, saves=saves)
        text = out(play("garden-centre", "--plain", stdin=PICKS, saves=saves))
        assert "New interviewer unlocked: tier 2 (busy hiring manager)." in text

    def test_a_typed_only_interviewer_shows_no_choices(self, saves):
        context = ui_context(saves)
        lines = "Thank you. I want this job, and I would accept an offer.\n1\n"
        output = io.StringIO()
        report = PlainGame(context, context.catalog.get("studio-head"), "Player", io.StringIO(lines), output).play()
        text = output.getvalue()
        assert "(6 lines left)" in text and "(5 lines left)" in text and "Choices:" not in text
        assert "You: 1\n" in text, "with no choices on offer, a number is said as typed"
        assert report["scenario"] == "studio-head" and report["ended_by"] == "candidate"


class TestPlayRespectsLocks:
    @pytest.mark.parametrize("mode", [[], ["--plain"]])
    def test_a_locked_scenario_is_refused(self, saves, mode):
        result = play("clinic-desk", *mode, stdin="", saves=saves)
        assert_refused(result, "scenario 'clinic-desk' is locked for Player")
        assert "score 70+ on 2 tier-1 scenarios" in err(result)
        assert SaveStore(saves).runs() == []

    def test_it_opens_once_earned(self, saves):
        for scenario in ("harbour-office", "garden-centre"):
            play(scenario, "--plain", stdin=PICKS, saves=saves)
        result = play("clinic-desk", "--plain", stdin=PICKS, saves=saves)
        assert result.returncode == 0, err(result)
        assert len(SaveStore(saves).runs("Player")) == 3

    def test_player_names_ignore_case(self, saves):
        play("harbour-office", "--plain", "--player", "Ana", stdin="3\n", saves=saves)
        play("harbour-office", "--plain", "--player", "ana", stdin="3\n", saves=saves)
        assert SaveStore(saves).players() == ["Ana"]
        assert len(SaveStore(saves).runs("Ana")) == 2


class TestRunNeedsMoves:
    def test_an_empty_moves_list_is_refused_and_not_saved(self, saves):
        result = closer("--scenarios", str(FIXTURES), "run", "harbour-office", "--moves", "-", "--save", stdin="# only a comment\n\n", saves=saves)
        assert_refused(result, "standard input: no moves to play")
        assert SaveStore(saves).runs() == []

    def test_an_empty_moves_file_is_refused(self, saves, tmp_path):
        empty = tmp_path / "empty.txt"
        empty.write_text("", encoding="utf-8")
        result = closer("--scenarios", str(FIXTURES), "run", "harbour-office", "--moves", str(empty), saves=saves)
        assert_refused(result, "empty.txt: no moves to play")

    def test_without_moves_it_reads_standard_input(self, saves):
        result = closer("--scenarios", str(FIXTURES), "run", "harbour-office", "--json", stdin="\n".join(STRONG), saves=saves)
        assert json.loads(out(result))["score"] == 76


class FakeTerminal(io.TextIOWrapper):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def at_terminal(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", FakeTerminal(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


class TestPromptsAtATerminal:
    def test_run_says_what_it_waits_for(self, monkeypatch, capsys, tmp_path):
        at_terminal(monkeypatch, ":nothing\n")
        assert cli.main(["--scenarios", str(FIXTURES), "--saves", str(tmp_path), "run", "harbour-office"]) == 0
        captured = capsys.readouterr()
        assert "Type your moves, one per line" in captured.err and "Ctrl+D" in captured.err
        assert "Score: 0/100" in captured.out

    def test_analyze_says_what_it_waits_for(self, monkeypatch, capsys, tmp_path):
        at_terminal(monkeypatch, "I want this job\n")
        assert cli.main(["--saves", str(tmp_path), "analyze"]) == 0
        captured = capsys.readouterr()
        assert "one utterance per line; Ctrl+D to finish" in captured.err
        assert "ask_for_job" in captured.out

    def test_rehearse_says_what_it_waits_for(self, monkeypatch, capsys, tmp_path):
        at_terminal(monkeypatch, "Thank you. I want this job.")
        assert cli.main(["--saves", str(tmp_path), "rehearse"]) == 0
        assert "Type or paste the close you plan to say; Ctrl+D to finish." in capsys.readouterr().err

    def test_piped_input_gets_no_prompt(self, monkeypatch, capsys, tmp_path):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"I want this job\n"), encoding="utf-8"))
        assert cli.main(["--saves", str(tmp_path), "analyze"]) == 0
        assert capsys.readouterr().err == ""


def test_fixture_context_is_the_fixture_folder(tmp_path):
    context: GameContext = ui_context(tmp_path)
    assert sorted(context.catalog.scenarios) == ["clinic-desk", "garden-centre", "harbour-office", "studio-head"]
