"""Comparing scores with friends from the command line: run --share, import, leaderboard,
daily and compare, across two saves folders and a club folder, as players run them."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import assert_refused, closer, err, out

FIXTURES = str(Path(__file__).parent / "fixtures" / "friends")
CLOSE = "\n".join([
    "Thank you so much for your time today, I have really enjoyed hearing about the team.",
    "I want this job, and I would gladly accept an offer if you made me one.",
    "What reservations do you have about me for this role, if any at all?",
    "Last year I planned our warehouse move, scheduled every shift myself, and we finished two weeks early.",
])


def run_json(*args: str, saves: Path, stdin: str = CLOSE, club: Path | None = None) -> dict:
    env = {"CLOSER_CLUB": str(club)} if club else None
    result = closer("--scenarios", FIXTURES, "run", *args, "--moves", "-", "--json", stdin=stdin, saves=saves, extra_env=env)
    assert result.returncode == 0, err(result)
    return json.loads(out(result))


class TestShareAndImport:
    def test_a_run_shared_from_one_saves_folder_imports_into_another_as_the_friends(self, tmp_path):
        mine, theirs = tmp_path / "alice", tmp_path / "bob"
        shared = run_json("friends-close", "--save", "--player", "Alice", "--share", saves=mine)
        assert shared["share_code"].startswith("closer1.") and "Friends Close" in shared["share_text"]
        result = closer("--scenarios", FIXTURES, "import", shared["share_code"], "--json", saves=theirs)
        assert result.returncode == 0, err(result)
        imported = json.loads(out(result))
        assert imported == {**imported, "player": "Alice", "scenario": "friends-close", "score": shared["score"],
                            "outcome": shared["outcome"], "verified": True}
        board = json.loads(out(closer("--scenarios", FIXTURES, "leaderboard", "--json", saves=theirs)))
        assert [(r["player"], r["score"], r["outcome"], r["source"]) for r in board] == [
            ("Alice", shared["score"], shared["outcome"], "imported")]
        assert set(board[0]) >= {"player", "scenario", "score", "outcome", "source", "when"}

    def test_share_prints_the_text_and_the_code(self, tmp_path):
        result = closer("--scenarios", FIXTURES, "run", "friends-close", "--moves", "-", "--share", "--player", "Ann",
                        stdin=CLOSE, saves=tmp_path / "s")
        lines = out(result).strip().splitlines()
        assert lines[-2].startswith("closer · Friends Close · ") and lines[-2].endswith("· Ann")
        assert lines[-1].startswith("closer1.")
        again = closer("--scenarios", FIXTURES, "import", "-", saves=tmp_path / "t", stdin=lines[-1] + "\n")
        assert again.returncode == 0 and "Verified by replay: Ann scored" in out(again)

    def test_an_edited_code_is_refused_with_one_line(self, tmp_path):
        code = run_json("friends-close", "--share", "--player", "Ann", saves=tmp_path / "s")["share_code"]
        middle = len(code) // 2
        edited = code[:middle] + ("A" if code[middle] != "A" else "B") + code[middle + 1:]
        assert_refused(closer("--scenarios", FIXTURES, "import", edited, saves=tmp_path / "t"), "share code refused: corrupt")
        assert_refused(closer("import", code, saves=tmp_path / "t"), "unknown scenario 'friends-close'")
        assert_refused(closer("import", "hello", saves=tmp_path / "t"), "not a closer share code")
        assert_refused(closer("import", "-", stdin=b"closer1.\xff\xfe", saves=tmp_path / "t"), "corrupt")
        assert_refused(closer("import", "-", stdin="A" * 60_000, saves=tmp_path / "t"), "oversized")


class TestPlainMode:
    def test_a_saved_plain_run_shows_its_share_code_and_joins_the_club(self, tmp_path):
        club = tmp_path / "club"
        result = closer("--scenarios", FIXTURES, "--club", str(club), "play", "friends-close", "--plain",
                        stdin="1\n2\n1\n4\n", saves=tmp_path / "ann")
        assert result.returncode == 0, err(result)
        lines = out(result).splitlines()
        at = lines.index(next(line for line in lines if "Share with friends" in line))
        code = next(line.strip() for line in lines[at:] if line.strip().startswith("closer1."))
        board = closer("--scenarios", FIXTURES, "leaderboard", "--json", saves=tmp_path / "bob", extra_env={"CLOSER_CLUB": str(club)})
        rows = json.loads(out(board))
        assert [(r["player"], r["source"]) for r in rows] == [("Player", "club")]
        imported = json.loads(out(closer("--scenarios", FIXTURES, "import", code, "--json", saves=tmp_path / "cid")))
        assert imported["score"] == rows[0]["score"]


class TestClubAndDaily:
    def test_two_players_play_the_daily_share_a_club_and_compare(self, tmp_path):
        club = tmp_path / "club"
        alice, bob = tmp_path / "alice", tmp_path / "bob"
        daily = json.loads(out(closer("daily", "--json", saves=alice)))
        assert set(daily) >= {"date", "scenario"}
        assert json.loads(out(closer("daily", "--json", saves=bob))) == daily
        scenario = daily["scenario"]
        env = {"CLOSER_CLUB": str(club)}
        first = closer("run", scenario, "--daily", "--player", "Alice", "--moves", "-", stdin=CLOSE, saves=alice, extra_env=env)
        assert "your ranked attempt for today" in out(first), err(first)
        closer("run", scenario, "--daily", "--player", "Bob", "--moves", "-", stdin="Thanks, no questions from me.", saves=bob, extra_env=env)
        opening = "\n".join(CLOSE.splitlines()[:2])
        practice = closer("run", scenario, "--daily", "--player", "Bob", "--moves", "-", stdin=opening, saves=bob, extra_env=env)
        assert "a practice attempt" in out(practice)

        boards = []
        for saves in (alice, bob):
            result = closer("leaderboard", "--daily", "--json", saves=saves, extra_env=env)
            assert result.returncode == 0, err(result)
            boards.append(json.loads(out(result)))
        seen = [sorted((r["player"], r["score"], r["outcome"], r["date"]) for r in board) for board in boards]
        assert seen[0] == seen[1] and [p for p, *_ in seen[0]] == ["Alice", "Bob"]
        assert {r["source"] for r in boards[0]} == {"local", "club"}
        alice_score = next(r["score"] for r in boards[0] if r["player"] == "Alice")
        bob_ranked = next(r["score"] for r in boards[0] if r["player"] == "Bob")
        assert bob_ranked < alice_score, "Bob's later, better practice attempt must not rank"

        compared = closer("compare", f"@Alice:{scenario}", "@Bob", "--json", saves=alice, extra_env=env)
        assert compared.returncode == 0, err(compared)
        data = json.loads(out(compared))
        assert data["scenario"] == scenario and data["a"]["player"] == "Alice" and data["b"]["player"] == "Bob"
        assert data["a"]["score"] == alice_score and data["diverged_at"] == 3
        assert data["turns"][1]["a"]["total"] == data["turns"][1]["b"]["total"] and data["turns"][2]["b"] is None
        assert data["turns"][0]["a"]["text"].startswith("Thank you so much")
        human = closer("compare", f"@Alice:{scenario}", "@Bob", saves=alice, extra_env=env)
        assert "the scores part here" in out(human)

    def test_a_daily_attempt_of_another_scenario_is_refused(self, tmp_path):
        daily = json.loads(out(closer("daily", "--json", saves=tmp_path)))["scenario"]
        other = "amazon-logistics" if daily != "amazon-logistics" else "hotel-front-office"
        assert_refused(closer("run", other, "--daily", "--moves", "-", stdin=CLOSE, saves=tmp_path), "is not today's daily close")

    def test_club_leaderboard_with_a_broken_file_still_shows_the_good_runs(self, tmp_path):
        club = tmp_path / "club"
        run_json("friends-close", "--save", "--player", "Alice", saves=tmp_path / "alice", club=club)
        (club / "mallory.json").write_text(json.dumps({"format": 1, "player": "[@click=app.quit]", "codes": ["closer1.AAAA"]}))
        result = closer("--scenarios", FIXTURES, "leaderboard", "--json", saves=tmp_path / "bob", extra_env={"CLOSER_CLUB": str(club)})
        assert result.returncode == 0
        assert [r["player"] for r in json.loads(out(result))] == ["Alice"]
        assert "mallory.json: run 1 refused" in err(result) and "Traceback" not in err(result)

    def test_compare_refuses_runs_of_two_scenarios_and_unknown_players(self, tmp_path):
        a = run_json("friends-close", "--share", "--player", "Ann", saves=tmp_path / "s")["share_code"]
        b = json.loads(out(closer("run", "amazon-logistics", "--moves", "-", "--share", "--json", stdin=":1", saves=tmp_path / "s")))["share_code"]
        assert_refused(closer("--scenarios", FIXTURES, "compare", a, b, saves=tmp_path / "s"), "different scenarios")
        assert_refused(closer("compare", "@Nobody", b, saves=tmp_path / "s"), "no run by 'Nobody'")
        assert closer("compare", "-", "-", saves=tmp_path / "s", stdin="").returncode == 1

    def test_leaderboard_overall_and_a_bad_daily_date(self, tmp_path):
        saves = tmp_path / "s"
        run_json("friends-close", "--save", "--player", "Ann", saves=saves)
        run_json("friends-close", "--save", "--player", "Ann", saves=saves, stdin=":ask\n:open\n:story")
        result = closer("--scenarios", FIXTURES, "leaderboard", "--overall", "--json", saves=saves)
        standings = json.loads(out(result))
        best = max(r["score"] for r in json.loads(out(closer("--scenarios", FIXTURES, "leaderboard", "--json", saves=saves))))
        assert standings == [{"player": "Ann", "source": "local", "total": best, "scenarios": 1}]
        assert_refused(closer("leaderboard", "--daily", "someday", saves=saves), "not a date")
