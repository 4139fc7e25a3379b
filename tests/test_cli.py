"""The command line, run as a user runs it: exit codes, JSON shapes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

AMAZON_STRONG = Path(__file__).parent / "playthroughs" / "amazon-strong-typed.yaml"


def closer(*args: str, stdin: str | bytes | None = None, saves: Path, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLOSER_SAVES": str(saves), **(extra_env or {})}
    env.pop("CLOSER_SCENARIOS", None)
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run([sys.executable, "-m", "game", *args], input=data, capture_output=True, env=env, timeout=120)


@pytest.fixture
def saves(tmp_path):
    return tmp_path / "saves"


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    return result.stderr.decode("utf-8")


def assert_refused(result, fragment: str) -> None:
    assert result.returncode == 1, (out(result), err(result))
    message = err(result).strip()
    assert fragment in message
    assert "Traceback" not in message and len(message.splitlines()) == 1


class TestHelpAndUsage:
    def test_help(self, saves):
        result = closer("--help", saves=saves)
        assert result.returncode == 0
        for command in ("list", "run", "analyze", "rehearse", "validate", "profile", "play"):
            assert command in out(result)

    def test_usage_error_exits_2(self, saves):
        assert closer("run", saves=saves).returncode == 2
        assert closer("frobnicate", saves=saves).returncode == 2


class TestList:
    def test_json_lists_scenarios_with_locks(self, saves):
        result = closer("list", "--json", saves=saves)
        assert result.returncode == 0, err(result)
        rows = json.loads(out(result))
        by_id = {row["id"]: row for row in rows}
        assert {"amazon-logistics", "stats-analyst"} <= set(by_id)
        for row in rows:
            assert {"id", "title", "company", "role", "tier", "interviewer", "locked", "best"} <= set(row)
            assert row["locked"] is (row["tier"] > 1)
            if row["locked"]:
                assert "score 70+" in row["opens_when"]
        assert by_id["amazon-logistics"]["best"] is None

    def test_extra_scenario_folder_and_broken_file(self, saves, tmp_path):
        extra = tmp_path / "pack"
        extra.mkdir()
        (extra / "broken.yaml").write_text("id: oops\ntitle: [\n", encoding="utf-8")
        result = closer("list", "--json", "--scenarios", str(extra), saves=saves)
        assert result.returncode == 0
        assert "broken.yaml:" in err(result)
        assert len(json.loads(out(result))) >= 8


class TestRun:
    def test_json_matches_the_contract(self, saves, tmp_path):
        moves = tmp_path / "moves.txt"
        moves.write_text(":ninety-days\n:close\n:two-reasons\n:open-doubts\n:cutover-story\n:thanks-bye\nextra line\n", encoding="utf-8")
        result = closer("run", "amazon-logistics", "--moves", str(moves), "--json", saves=saves)
        assert result.returncode == 0, err(result)
        run = json.loads(out(result))
        assert {"scenario", "scenario_hash", "interviewer", "tier", "outcome", "score", "parts", "penalties",
                "reservations", "transcript", "ended_by", "ignored_moves"} <= set(run)
        assert set(run["parts"]) == {"questions", "ask", "fit", "reservations"}
        assert run["outcome"] in ("offer", "next_round", "waitlist", "rejected")
        assert run["ended_by"] == "interviewer" and run["ignored_moves"] == 1
        assert all({"speaker", "text", "moves"} <= set(line) for line in run["transcript"])
        assert run["reservations"][0] == {"id": "project-management", "kind": "soft", "surfaced": True, "handled": "countered"}

    def test_moves_from_standard_input(self, saves):
        result = closer("run", "amazon-logistics", "--moves", "-", "--json", stdin="No, I think we covered everything.\n", saves=saves)
        run = json.loads(out(result))
        assert run["outcome"] == "rejected" and run["score"] == 0

    def test_human_output(self, saves):
        result = closer("run", "amazon-logistics", "--moves", "-", stdin=":nothing\n", saves=saves)
        assert result.returncode == 0
        assert "Outcome: rejected" in out(result)

    def test_unknown_scenario(self, saves):
        assert_refused(closer("run", "nope", "--moves", "-", stdin="", saves=saves), "unknown scenario 'nope'")

    def test_bad_pick_names_the_line(self, saves):
        assert_refused(closer("run", "amazon-logistics", "--moves", "-", stdin="# hi\n:nine\n", saves=saves), "line 2")

    def test_missing_and_non_utf8_moves_files(self, saves, tmp_path):
        assert_refused(closer("run", "amazon-logistics", "--moves", str(tmp_path / "none.txt"), saves=saves), "none.txt")
        latin = tmp_path / "latin.txt"
        latin.write_bytes("caf\xe9".encode("latin-1"))
        assert_refused(closer("run", "amazon-logistics", "--moves", str(latin), saves=saves), "not UTF-8")

    def test_saving_a_locked_scenario_is_refused(self, saves):
        result = closer("run", "stats-analyst", "--moves", "-", "--save", "--player", "Ada", stdin=":1\n", saves=saves)
        assert_refused(result, "locked")
        assert "score 70+ on 2 tier-1 scenarios" in err(result)

    def test_without_save_any_scenario_can_be_practised(self, saves):
        assert closer("run", "stats-analyst", "--moves", "-", "--json", stdin=":1\n", saves=saves).returncode == 0


class TestAnalyze:
    def test_json_lines_with_exact_evidence(self, saves):
        text = "Thanks! I want this job. What reservations do you have?"
        result = closer("analyze", "--json", text, "hello", saves=saves)
        assert result.returncode == 0
        first, second = [json.loads(line) for line in out(result).splitlines()]
        assert first["text"] == text
        assert {m["move"] for m in first["moves"]} == {"thanks", "ask_for_job", "reservations_open"}
        for move in first["moves"]:
            assert text[move["start"]:move["end"]] == move["evidence"]
        assert second == {"text": "hello", "moves": []}

    def test_standard_input_one_utterance_per_line(self, saves):
        result = closer("analyze", "-", "--json", stdin="I want this job\n\nany concerns?\n[bold]x[/]\n", saves=saves)
        lines = [json.loads(line) for line in out(result).splitlines()]
        assert [l["text"] for l in lines] == ["I want this job", "", "any concerns?", "[bold]x[/]"]
        assert lines[2]["moves"][0]["move"] == "reservations_closed"

    def test_lines_end_only_at_line_feeds(self, saves):
        stdin = "Thanks\x0cI want this job\r\nany concerns?\u2028really\n"
        result = closer("analyze", "-", "--json", stdin=stdin, saves=saves)
        lines = out(result).splitlines()
        assert [json.loads(line)["text"] for line in lines] == ["Thanks\x0cI want this job", "any concerns?\u2028really"]

    def test_repeated_lines_read_alike(self, saves):
        stdin = "I want this job.\nwhat happens next?\n" * 3
        result = closer("analyze", "-", "--json", stdin=stdin, saves=saves)
        lines = out(result).splitlines()
        assert len(lines) == 6 and lines[0::2] == [lines[0]] * 3 and lines[1::2] == [lines[1]] * 3
        assert json.loads(lines[1])["moves"][0]["move"] == "next_steps"
        plain = out(closer("analyze", "-", stdin=stdin, saves=saves))
        assert plain.count("ask_for_job") == 3 and plain.count("next_steps") == 3

    def test_strange_bytes_do_not_crash(self, saves):
        result = closer("analyze", "--json", stdin=b"\xff\xfe bad bytes \x00 and \x1b[31m colour\n", saves=saves)
        assert result.returncode == 0
        assert len(out(result).splitlines()) == 1


class TestValidate:
    def test_bundle_is_valid(self, saves):
        result = closer("validate", saves=saves)
        assert result.returncode == 0, out(result) + err(result)

    def test_problems_are_file_line_col(self, saves, tmp_path):
        bad = tmp_path / "bad.yaml"
        bad.write_text("id: Bad Id\ntitle: x\n", encoding="utf-8")
        result = closer("validate", str(bad), saves=saves)
        assert result.returncode == 1
        for line in out(result).splitlines():
            assert line.startswith(f"{bad}:") and line.split(":")[1].isdigit()
        assert "1:5: 'id' must be lowercase" in out(result)


class TestRehearse:
    def test_text_review(self, saves, tmp_path):
        close = tmp_path / "close.txt"
        close.write_text("Thanks for your time. I'm really excited about this role. Do you have any concerns?\n", encoding="utf-8")
        result = closer("rehearse", str(close), "--role", "analyst", saves=saves)
        assert result.returncode == 0
        text = out(result)
        assert "never ask for the job" in text
        assert "I want this analyst role" in text
        assert "Yes/no reservations question" in text

    def test_json_review(self, saves):
        result = closer("rehearse", "-", "--json", stdin="I want this job. What reservations do you have about me?", saves=saves)
        review = json.loads(out(result))
        assert review["parts"] == {"want": True, "fit": False, "reservations": True}
        assert [gap["part"] for gap in review["missing"]] == ["want", "fit"]
        assert len(review["sentences"]) == 2

    def test_quoted_words_end_with_one_full_stop(self, saves):
        result = closer("rehearse", "-", stdin="Thank you. I want this job.", saves=saves)
        assert 'You ask for the job plainly: "I want this job".' in out(result)


class TestProgress:
    def test_strong_saved_runs_open_tier_two(self, saves):
        strong_amazon = ":ninety-days\n:close\n:two-reasons\n:open-doubts\n:cutover-story\n:more-doubts\n:peak-story\n"
        first = closer("run", "amazon-logistics", "--moves", "-", "--save", "--player", "Ada", "--json", stdin=strong_amazon, saves=saves)
        assert json.loads(out(first))["score"] >= 70
        listing = {row["id"]: row for row in json.loads(out(closer("list", "--json", "--player", "Ada", saves=saves)))}
        assert listing["stats-analyst"]["locked"] and listing["amazon-logistics"]["best"] >= 70

        from yaml import safe_load

        hotel = safe_load((Path(__file__).parent / "playthroughs" / "hotel-front-office-strong-picked.yaml").read_text(encoding="utf-8"))
        second = closer("run", "hotel-front-office", "--moves", "-", "--save", "--json", stdin="\n".join(hotel["moves"]), saves=saves)
        assert json.loads(out(second))["score"] >= 70
        listing = {row["id"]: row for row in json.loads(out(closer("list", "--json", saves=saves)))}
        assert not listing["stats-analyst"]["locked"]
        assert listing["ward-manager"]["locked"]

        profile = json.loads(out(closer("profile", "--json", saves=saves)))
        assert profile["player"] == "Ada" and profile["runs"] == 2
        assert profile["unlocked_tiers"] == [1, 2]
        assert set(profile["best"]) == {"amazon-logistics", "hotel-front-office"}

    def test_player_names_are_case_insensitive(self, saves):
        ui = str(Path(__file__).parent / "fixtures" / "ui")
        strong = ":close\n:rush\n:doubts\n:story\n:done\n"
        for name in ("Ana", "ana"):
            result = closer("--scenarios", ui, "run", "harbour-office", "--moves", "-", "--save", "--player", name,
                            stdin=strong, saves=saves)
            assert result.returncode == 0, err(result)
        profile = json.loads(out(closer("profile", "--player", "ANA", "--json", saves=saves)))
        assert profile["player"] == "Ana" and profile["runs"] == 2

    def test_profile_of_unknown_player(self, saves):
        assert_refused(closer("profile", "--player", "Nobody", saves=saves), "no player called 'Nobody'")
