"""Comparing scores with friends, without a screen: the run record, share codes verified by
replay (round trip, every edit, fuzzing), the club folder, the daily close, the leaderboard
and compare."""

from __future__ import annotations

import base64
import datetime as dt
import json
import multiprocessing
import os
import random
import zlib
from pathlib import Path

import pytest

from game.core import sharecode, wordmodel
from game.core.catalog import Catalog, bundled_scenario_dir, load_catalog
from game.core.club import club_file, publish, read_club
from game.core.codebook import BOOK_FILE, CodeBook
from game.core.compare import NotComparable, compare
from game.core.context import GameContext
from game.core.daily import bundled, daily_scenario
from game.core.errors import SaveError
from game.core.friends import Friends, NotDaily, delete_player, rename_player
from game.core.interview import Interview
from game.core.leaderboard import Row, best_runs, daily_board, overall
from game.core.record import RecordError, RunRecord
from game.core.scenario import load_scenario
from game.core.script import parse_script, play_script
from game.core.sharecode import DAILY, NOT_DAILY, PRACTICE, ShareCodeError, encode, verify

FIXTURES = Path(__file__).parent / "fixtures" / "friends"
CONTRACT_KEYS = {"scenario", "scenario_hash", "interviewer", "tier", "outcome", "score", "parts", "penalties",
                 "reservations", "transcript", "ended_by", "ignored_moves"}
TYPED = [
    "Thank you so much for your time today, I have really enjoyed hearing about the team and the new site.",
    "I want this job, and I would gladly accept an offer if you made me one.",
    "I love planning work ahead and building a schedule that holds up on a busy night.",
    "What reservations do you have about me for this role, if any at all?",
    "Last year I planned our warehouse move, scheduled every shift myself, and we finished two weeks early.",
    "What does a typical first month look like for someone new in this job?",
]
WHEN = "2026-12-07T10:30:00"


@pytest.fixture(scope="module")
def scenario():
    return load_scenario(FIXTURES / "friends-close.yaml")


@pytest.fixture(scope="module")
def scenarios(scenario):
    return {scenario.id: scenario}


def played(scenario, moves: list[str]) -> RunRecord:
    interview = Interview(scenario)
    ignored = play_script(interview, parse_script("\n".join(moves)))
    return RunRecord.from_interview(interview, ignored)


@pytest.fixture(scope="module")
def typed_run(scenario):
    return played(scenario, TYPED)


@pytest.fixture(scope="module")
def typed_code(typed_run):
    return encode(typed_run, "Alice", WHEN)


def repack(code: str, change) -> str:
    """A code whose payload was changed and whose checksum was rebuilt, as a forger would."""
    data = base64.urlsafe_b64decode(code[len(sharecode.PREFIX):] + "==")
    payload = json.loads(zlib.decompress(data[sharecode.CHECKSUM_BYTES:]))
    change(payload)
    body = zlib.compress(json.dumps(payload).encode("utf-8"))
    return sharecode.PREFIX + sharecode._b64(sharecode._checksum(body) + body)


class TestRunRecord:
    def test_to_json_is_the_run_object_of_the_contract(self, typed_run):
        data = typed_run.to_json()
        assert CONTRACT_KEYS <= set(data)
        assert set(data["parts"]) == {"questions", "ask", "fit", "reservations"}
        assert data["outcome"] in ("offer", "next_round", "waitlist", "rejected")
        assert all(set(r) >= {"id", "kind", "surfaced", "handled"} for r in data["reservations"])
        assert all(set(p) >= {"move", "points", "why"} for p in data["penalties"])
        assert [m["text"] for m in data["moves"]] == TYPED

    def test_from_json_gives_the_same_record(self, typed_run, scenario):
        assert RunRecord.from_json(json.loads(json.dumps(typed_run.to_json()))) == typed_run
        picked = played(scenario, [":ask", ":open", ":story"])
        assert RunRecord.from_json(picked.to_json()) == picked
        assert [m.choice for m in picked.moves] == ["ask", "open", "story"]

    @pytest.mark.parametrize("change, message", [
        (lambda d: d.update(record_version=99), "newer"),
        (lambda d: d.update(outcome="promoted"), "outcome"),
        (lambda d: d.update(score="90"), "score"),
        (lambda d: d["moves"].append({"text": "hi", "hits": [["flattery", 0, 2]]}), "reading"),
    ])
    def test_from_json_refuses_what_it_cannot_read(self, typed_run, change, message):
        data = typed_run.to_json()
        change(data)
        with pytest.raises(RecordError, match=message):
            RunRecord.from_json(data)


class TestShareCode:
    def test_round_trip_recomputes_the_same_run(self, typed_run, typed_code, scenarios):
        run = verify(typed_code, scenarios)
        assert run.record.score == typed_run.score and run.record.outcome == typed_run.outcome
        assert run.record.transcript == typed_run.transcript
        assert (run.player, run.when, run.daily, run.date) == ("Alice", WHEN, NOT_DAILY, "2026-12-07")

    def test_a_typical_six_line_typed_run_fits_in_a_chat_message(self, typed_code):
        assert len(typed_code) <= 1000
        assert typed_code.startswith("closer1.")
        assert set(typed_code[len("closer1."):]) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def test_whitespace_a_chat_adds_is_ignored(self, typed_code, scenarios):
        wrapped = "\n".join(typed_code[i:i + 60] for i in range(0, len(typed_code), 60))
        assert verify(f"  {wrapped} \n", scenarios).code == typed_code

    def test_the_share_text_is_one_spoiler_free_line(self, typed_run):
        text = sharecode.share_text(typed_run, "Friends Close", "Alice", WHEN, DAILY)
        assert "\n" not in text and "daily close 2026-12-07" in text and f"{typed_run.score}/100" in text
        assert sharecode.part_squares(typed_run) in text and len(sharecode.part_squares(typed_run)) == 4
        assert not any(line[:20] in text for line in TYPED)

    def test_squares_follow_how_each_part_went(self, scenario):
        silent = played(scenario, [":done"])
        assert sharecode.part_squares(silent) == sharecode.SQUARES["none"] * 4

    def test_every_single_character_edit_is_refused(self, typed_code, scenarios):
        alphabet = "Aa0-_Zz9"
        edits = 0
        for i in range(len(typed_code)):
            variants = [typed_code[:i] + typed_code[i + 1:]]
            variants += [typed_code[:i] + c + typed_code[i + 1:] for c in alphabet[i % 4:i % 4 + 2] if c != typed_code[i]]
            variants.append(typed_code[:i] + alphabet[i % len(alphabet)] + typed_code[i:])
            for variant in variants:
                edits += 1
                with pytest.raises(ShareCodeError):
                    verify(variant, scenarios)
        assert edits >= 3 * len(typed_code)

    def test_a_summary_that_disagrees_with_the_replay_is_refused(self, typed_code, typed_run, scenarios):
        forged = repack(typed_code, lambda p: p.update(r=[100, "offer"]))
        with pytest.raises(ShareCodeError, match=f"tampered: it claims 100/100 .* replay to {typed_run.score}/100"):
            verify(forged, scenarios)

    def test_a_forged_reading_is_refused(self, typed_code, scenarios):
        def claim_the_ask_everywhere(payload):
            for move in payload["m"]:
                move[1].append(["ask_for_job", 0, len(move[0])])
        with pytest.raises(ShareCodeError, match="reads differently here"):
            verify(repack(typed_code, claim_the_ask_everywhere), scenarios)

    def test_a_reading_off_only_at_the_edge_of_the_word_model_is_kept(self, typed_code, typed_run, scenarios, monkeypatch):
        assert "interest" not in {h.move for h in typed_run.moves[2].hits}

        def add(move):
            return repack(typed_code, lambda p: p["m"][2][1].append([move, 0, len(TYPED[2])]))
        with pytest.raises(ShareCodeError, match="line 3 reads differently here \\(interest\\)"):
            verify(add("interest"), scenarios)
        # Were every word-model move on the edge, a carried reading of one would stand...
        monkeypatch.setattr(sharecode, "BORDERLINE", 1.0)
        accepted = verify(add("interest"), scenarios)
        assert "interest" in accepted.record.transcript[typed_run.candidate_turns()[2]].moves
        # ...but never one of the moves only the rules decide.
        with pytest.raises(ShareCodeError, match="reads differently here \\(ask_for_job\\)"):
            verify(add("ask_for_job"), scenarios)

    def test_borderline_means_within_a_hair_of_the_threshold(self, monkeypatch):
        line = TYPED[2]
        model = wordmodel.model()
        probability = model.probabilities(model.scores(s) for s in wordmodel.sentences_of(line))["interest"]
        assert not sharecode.borderline(line, "interest")
        monkeypatch.setattr(sharecode, "BORDERLINE", abs(probability - wordmodel.THRESHOLD["interest"]) * 1.000001)
        assert sharecode.borderline(line, "interest")
        assert not sharecode.borderline(line, "ask_for_job")

    @pytest.mark.parametrize("change, message", [
        (lambda p: p.update(e="0.0.1"), "made with closer '0.0.1'"),
        (lambda p: p.update(s="no-such-close"), "unknown scenario 'no-such-close'"),
        (lambda p: p.update(h="0" * 16), "another version of the scenario"),
        (lambda p: p.update(p="[b]x[/b]\x1b[31m"), "name is not valid"),
        (lambda p: p.update(w="yesterday"), "date"),
        (lambda p: p.update(d=7), "daily"),
        (lambda p: p.update(m=[":ask"] * 50), "oversized: 50 moves"),
        (lambda p: p.update(m=["nope"]), "picks a choice that is not on offer"),
        (lambda p: p.update(m=["done", "ask"]), "after the interview ended"),
        (lambda p: p.update(m=[["x" * 2000, []]]), "too long"),
        (lambda p: p.update(v=2), "another version of closer's share codes"),
        (lambda p: p.pop("m"), "missing a part"),
    ])
    def test_a_code_that_cannot_be_trusted_is_refused_with_its_reason(self, typed_code, scenarios, change, message):
        with pytest.raises(ShareCodeError, match=message):
            verify(repack(typed_code, change), scenarios)

    def test_cut_short_unknown_and_oversized_codes_are_refused(self, typed_code, scenarios):
        for code, message in [
            (typed_code[: len(typed_code) // 2], "corrupt"),
            ("", "not a closer share code"),
            ("hello there", "not a closer share code"),
            ("closer9.abc", "another version"),
            ("closer1.a+b/c==", "characters"),
            ("closer1." + "A" * 20_000, "oversized: 20008 characters"),
        ]:
            with pytest.raises(ShareCodeError, match=message):
                verify(code, scenarios)

    def test_a_tiny_code_that_would_unpack_to_gigabytes_is_refused(self, scenarios):
        inflate = zlib.compressobj(9)
        body = b"".join(inflate.compress(b"\0" * (1 << 20)) for _ in range(64)) + inflate.flush()
        code = sharecode.PREFIX + sharecode._b64(sharecode._checksum(body) + body)
        assert len(code) < 100_000
        with pytest.raises(ShareCodeError, match="oversized"):
            verify(code, scenarios)
        small = zlib.compress(b"\0" * 200_000, 9)
        with pytest.raises(ShareCodeError, match="oversized: it unpacks"):
            verify(sharecode.PREFIX + sharecode._b64(sharecode._checksum(small) + small), scenarios)

    def test_ten_thousand_random_and_mutated_codes_forge_nothing(self, typed_code, typed_run, scenario, scenarios):
        rng = random.Random(20261207)
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        picked = encode(played(scenario, [":ask", ":open", ":story", ":done"]), "Bob", WHEN)
        originals = [typed_code, picked]
        accepted = refused = 0
        for n in range(10_000):
            kind = n % 4
            base = originals[n % 2]
            if kind == 0:
                code = "closer1." + "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 400)))
            elif kind == 1:
                chars = list(base)
                for _ in range(rng.randrange(1, 6)):
                    chars[rng.randrange(len(chars))] = rng.choice(alphabet + " .\n")
                code = "".join(chars)
            elif kind == 2:
                code = base[: rng.randrange(len(base))] + base[rng.randrange(len(base)):]
            else:
                code = repack(base, lambda p: _mutate(p, rng))
            try:
                run = verify(code, scenarios)
            except ShareCodeError as exc:
                assert str(exc) and "\n" not in str(exc)
                refused += 1
                continue
            accepted += 1
            # Whatever was accepted is exactly what its moves score when played afresh.
            moves = [(":" + m.choice) if not m.typed else m.text for m in run.record.moves]
            fresh = played(scenario, moves)
            assert (run.record.score, run.record.outcome) == (fresh.score, fresh.outcome)
        assert refused > 9_000 and accepted + refused == 10_000


def _mutate(payload: dict, rng: random.Random) -> None:
    """One random change to a decoded payload, of the kinds a forger might try."""
    key = rng.choice(["r", "m", "p", "d", "w", "s", "h", "e", "v", "x"])
    choices = [None, 0, -1, 10**30, 1.5, "", "offer", [], {}, [100, "offer"], ["ask"], [["hi", []]],
               [["I want this job.", [["ask_for_job", 0, 16]]]], "Mallory", "2026-12-07T10:30:00", True]
    if key == "m" and payload.get("m") and rng.random() < 0.5:
        moves = payload["m"]
        index = rng.randrange(len(moves))
        moves[index] = rng.choice(choices + [moves[rng.randrange(len(moves))]])
    elif key == "r" and rng.random() < 0.5:
        payload["r"] = [rng.randrange(0, 101), rng.choice(["offer", "next_round", "waitlist", "rejected"])]
    else:
        payload[key] = rng.choice(choices)


class TestDaily:
    def test_the_same_date_gives_everyone_the_same_bundled_scenario(self):
        one = load_catalog([bundled_scenario_dir()])
        two = load_catalog([bundled_scenario_dir(), FIXTURES])
        for offset in range(30):
            date = (dt.date(2026, 12, 7) + dt.timedelta(days=offset)).isoformat()
            assert daily_scenario(one, date).id == daily_scenario(two, date).id
            assert daily_scenario(two, date).id != "friends-close"

    def test_easier_tiers_early_in_the_week_and_a_rotation(self):
        catalog = load_catalog([bundled_scenario_dir()])
        tiers = sorted({s.tier for s in bundled(catalog)})
        monday = dt.date(2026, 12, 7)
        weeks = [[daily_scenario(catalog, (monday + dt.timedelta(days=7 * w + d)).isoformat()) for d in range(7)] for w in range(12)]
        for week in weeks:
            assert [s.tier for s in week] == sorted(s.tier for s in week)
            assert week[0].tier == tiers[0] and week[-1].tier == tiers[-1]
        assert len({s.id for week in weeks for s in week}) == len(bundled(catalog))

    def test_a_bad_date_is_refused(self):
        with pytest.raises(ValueError, match="not a date"):
            daily_scenario(load_catalog([bundled_scenario_dir()]), "2026-13-01")


def row(player, scenario, score, source="local", when="2026-12-07T10:00:00", daily=NOT_DAILY):
    return Row(player, scenario, score, "waitlist", source, when, daily)


class TestLeaderboard:
    def test_best_runs_keep_each_players_best_per_scenario(self):
        rows = [row("Ann", "a", 40), row("Ann", "a", 70), row("Bob", "a", 55, "club"), row("Ann", "b", 30),
                row("Ann", "a", 65, "imported")]
        board = best_runs(rows, "a")
        assert [(r.player, r.score, r.source) for r in board] == [("Ann", 70, "local"), ("Ann", 65, "imported"), ("Bob", 55, "club")]

    def test_overall_sums_each_players_best_per_scenario(self):
        rows = [row("Ann", "a", 40), row("Ann", "a", 70), row("Ann", "b", 30), row("Bob", "a", 90, "club")]
        assert [(s.player, s.total, s.scenarios) for s in overall(rows)] == [("Ann", 100, 2), ("Bob", 90, 1)]

    def test_the_daily_board_ranks_each_players_first_attempt_on_that_days_scenario(self):
        rows = [row("Ann", "a", 40, when="2026-12-07T09:00:00", daily=DAILY),
                row("Ann", "a", 90, when="2026-12-07T11:00:00", daily=DAILY),
                row("Ann", "a", 95, when="2026-12-07T12:00:00", daily=PRACTICE),
                row("Bob", "a", 60, "club", when="2026-12-07T10:00:00", daily=DAILY),
                row("Cid", "b", 99, "club", when="2026-12-07T10:00:00", daily=DAILY),
                row("Dee", "a", 99, "club", when="2026-12-08T10:00:00", daily=DAILY)]
        board = daily_board(rows, "2026-12-07", "a")
        assert [(r.player, r.score) for r in board] == [("Bob", 60), ("Ann", 40)]


class TestCompare:
    def test_two_runs_side_by_side_with_where_they_parted(self, scenario, typed_run):
        other = played(scenario, [TYPED[0], "No, that's all from me."])
        comparison = compare(typed_run, other, "Alice", "Bob")
        assert comparison.turns[0].a.total == comparison.turns[0].b.total
        assert comparison.diverged_at == 2
        assert comparison.turns[2].b is None and comparison.turns[2].a.text == TYPED[2]
        assert sum(t.a.points for t in comparison.turns if t.a) == comparison.turns[-1].a.total
        data = comparison.as_json()
        assert data["a"]["player"] == "Alice" and data["b"]["score"] == other.score and data["diverged_at"] == 2

    def test_identical_runs_never_part(self, typed_run):
        assert compare(typed_run, typed_run).diverged_at is None

    def test_runs_of_different_scenarios_are_refused(self, typed_run):
        catalog = load_catalog([bundled_scenario_dir()])
        other = played(catalog.scenarios["amazon-logistics"], [":1"])
        with pytest.raises(NotComparable):
            compare(typed_run, other)


def friends_of(tmp_path: Path, name: str, scenario, club: Path | None) -> Friends:
    catalog = Catalog(scenarios={scenario.id: scenario})
    return Friends(GameContext(catalog, tmp_path / name, club_dir=club))


def board_of(friends: Friends) -> set[tuple]:
    return {(r.player, r.scenario, r.score, r.outcome, r.when) for r in best_runs(friends.gather().rows)}


class TestClub:
    def test_two_players_sharing_a_club_see_the_same_leaderboard(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        alice, bob = friends_of(tmp_path, "a", scenario, club), friends_of(tmp_path, "b", scenario, club)
        alice.keep("Alice", typed_run)
        bob.keep("Bob", played(scenario, [":ask", ":open", ":concede"]))
        assert board_of(alice) == board_of(bob)
        assert {r.player for r in best_runs(alice.gather().rows)} == {"Alice", "Bob"}
        sources = {(r.player, r.source) for r in alice.gather().rows}
        assert sources == {("Alice", "local"), ("Bob", "club")}

    def test_a_hand_edited_club_file_cannot_raise_a_score(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        alice, bob = friends_of(tmp_path, "a", scenario, club), friends_of(tmp_path, "b", scenario, club)
        path = alice.publish("Alice") or club_file(club, "Alice", alice.book.install())
        alice.keep("Alice", typed_run)
        document = json.loads(path.read_text())
        honest = document["codes"][0]
        document["score"] = 100
        document["codes"] = [repack(honest, lambda p: p.update(r=[100, "offer"])),
                             repack(honest, lambda p: p["m"][0][1].append(["ask_for_job", 0, 5])),
                             honest[:-3] + "AAA", honest]
        path.write_text(json.dumps(document))
        gathered = bob.gather()
        assert [(r.player, r.score) for r in gathered.rows] == [("Alice", typed_run.score)]
        assert sum("refused" in p for p in gathered.problems) == 3

    def test_garbage_empty_huge_and_unreadable_files_are_skipped_and_good_ones_still_show(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        alice, bob = friends_of(tmp_path, "a", scenario, club), friends_of(tmp_path, "b", scenario, club)
        alice.keep("Alice", typed_run)
        (club / "empty.json").write_bytes(b"")
        (club / "garbage.json").write_bytes(os.urandom(3000))
        (club / "nested.json").write_text("[" * 100_000)
        (club / "list.json").write_text("[1, 2, 3]")
        (club / "wrong.json").write_text(json.dumps({"format": 1, "player": "[b]Eve[/b]", "codes": ["nonsense", 5]}))
        (club / "huge.json").write_bytes(b" " * (2 * 1024 * 1024))
        (club / "notes.txt").write_text("not a club file at all")
        (club / "folder.json").mkdir()
        unreadable = club / "locked.json"
        unreadable.write_text("{}")
        unreadable.chmod(0)
        try:
            gathered = bob.gather()
        finally:
            unreadable.chmod(0o644)
        assert [(r.player, r.score) for r in gathered.rows] == [("Alice", typed_run.score)]
        problems = "\n".join(gathered.problems)
        for name in ("empty.json", "garbage.json", "nested.json", "list.json", "huge.json"):
            assert name in problems
        assert "wrong.json: run 1 refused" in problems and "notes.txt" not in problems
        if os.geteuid() != 0:
            assert "locked.json: skipped, cannot be read" in problems

    def test_two_files_claiming_one_name_are_flagged(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        first, second = friends_of(tmp_path, "a", scenario, club), friends_of(tmp_path, "b", scenario, club)
        first.keep("Alice", typed_run)
        second.keep("alice", played(scenario, [":ask"]))
        viewer = friends_of(tmp_path, "c", scenario, club)
        gathered = viewer.gather()
        assert any("two club files claim the player" in p for p in gathered.problems)
        assert {r.flag for r in gathered.rows} == {"two club files claim this name"}
        assert len(gathered.rows) == 2

    def test_two_writers_at_once_leave_every_file_whole(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        code = encode(typed_run, "Alice", WHEN)
        other = encode(typed_run, "Bob", WHEN)
        context = multiprocessing.get_context("fork")
        jobs = [context.Process(target=_publish_many, args=(club, player, install, codes))
                for player, install, codes in (("Alice", "a" * 16, [code]), ("Bob", "b" * 16, [other]),
                                               ("Alice", "a" * 16, [code, code]))]
        for job in jobs:
            job.start()
        for job in jobs:
            job.join(60)
            assert job.exitcode == 0
        files = sorted(p.name for p in club.iterdir())
        assert files == sorted([club_file(club, "Alice", "a" * 16).name, club_file(club, "Bob", "b" * 16).name])
        reading = read_club(club, {scenario.id: scenario})
        assert reading.problems == []
        assert sorted(run.player for run, _ in reading.runs) == ["Alice", "Bob"]

    def test_players_of_one_saves_folder_never_share_a_club_file(self, tmp_path):
        names = ["Ann", "ann", "ANN", "Ann!", "Zoë", "Zoe"]
        assert len({club_file(tmp_path, name, "c" * 16) for name in names}) == len(names)
        assert club_file(tmp_path, "Ann", "c" * 16) != club_file(tmp_path, "Ann", "d" * 16)

    def test_a_club_folder_that_cannot_be_written_leaves_a_notice_not_an_error(self, tmp_path, scenario, typed_run):
        blocked = tmp_path / "club"
        blocked.write_text("a file, not a folder")
        friends = friends_of(tmp_path, "a", scenario, blocked)
        friends.keep("Alice", typed_run)
        assert [e.player for e in friends.book.own()] == ["Alice"]
        assert any("not published to the club" in n for n in friends.take_notices())

    def test_a_missing_club_folder_is_a_problem_not_a_crash(self, tmp_path, scenario):
        reading = read_club(tmp_path / "nowhere", {scenario.id: scenario})
        assert reading.runs == [] and "not found" in reading.problems[0]


def _publish_many(club: Path, player: str, install: str, codes: list[str]) -> None:
    for _ in range(40):
        publish(club, player, install, codes)


class TestRename:
    def renamed(self, tmp_path, scenario, typed_run, club):
        """Ana keeps two runs, then is renamed Bea."""
        friends = friends_of(tmp_path, "a", scenario, club)
        friends.context.store.add_player("Ana")
        friends.keep("Ana", typed_run)
        friends.keep("Ana", played(scenario, [":ask"]))
        before = friends.book.own()
        new, notes = rename_player(friends.context, "ana", "Bea")
        assert (new, notes) == ("Bea", [])
        return friends, before

    def test_a_renamed_players_runs_show_under_the_new_name_and_none_is_lost(self, tmp_path, scenario, typed_run):
        friends, before = self.renamed(tmp_path, scenario, typed_run, None)
        after = friends.book.own()
        assert [(e.player, e.daily, e.date, e.scenario) for e in after] == [("Bea", e.daily, e.date, e.scenario) for e in before]
        old = [verify(e.code, friends.context.catalog.scenarios) for e in before]
        new = [verify(e.code, friends.context.catalog.scenarios) for e in after]
        assert [(r.player, r.when, r.daily, r.record) for r in new] == [("Bea", r.when, r.daily, r.record) for r in old]
        rows = friends.gather().rows
        assert sorted((r.player, r.score) for r in rows) == sorted(("Bea", r.record.score) for r in old)
        assert friends.book.own("Ana") == []

    def test_the_club_shows_a_renamed_players_runs_once_under_the_new_name(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        bob = friends_of(tmp_path, "b", scenario, club)
        bob.keep("Bob", typed_run)
        friends, before = self.renamed(tmp_path, scenario, typed_run, club)
        install = friends.book.install()
        assert not club_file(club, "Ana", install).exists() and club_file(club, "Bea", install).exists()
        assert club_file(club, "Bob", bob.book.install()).exists()
        seen = sorted((r.player, r.score, r.source) for r in bob.gather().rows)
        assert seen == sorted([("Bob", typed_run.score, "local")] + [("Bea", verify(e.code, bob.context.catalog.scenarios).record.score, "club")
                                                                     for e in before])

    def test_a_leftover_club_file_of_an_old_name_goes_at_the_next_publish(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        friends = friends_of(tmp_path, "a", scenario, club)
        friends.keep("Ana", typed_run)
        stale = club_file(club, "Ana", friends.book.install())
        other = publish(club, "Ana", "f" * 16, [])
        friends.book.rename("Ana", "Bea")
        assert stale.exists()
        friends.keep("Bea", played(scenario, [":ask"]))
        assert not stale.exists() and other.exists()
        assert [run.player for run, _ in read_club(club, {scenario.id: scenario}, "f" * 16).runs] == ["Bea", "Bea"]

    def test_a_rename_in_case_only_leaves_one_club_file(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        friends = friends_of(tmp_path, "a", scenario, club)
        friends.context.store.add_player("Ana")
        friends.keep("Ana", typed_run)
        assert rename_player(friends.context, "Ana", "ANA") == ("ANA", [])
        assert [p.name for p in club.iterdir()] == [club_file(club, "ANA", friends.book.install()).name]
        reading = read_club(club, {scenario.id: scenario})
        assert reading.problems == [] and [run.player for run, _ in reading.runs] == ["ANA"]

    def test_a_damaged_code_in_the_book_is_renamed_with_its_entry_and_kept(self, tmp_path, scenario, typed_run):
        friends = friends_of(tmp_path, "a", scenario, None)
        friends.keep("Ana", typed_run)
        book = json.loads(friends.book.path.read_text())
        book["own"][0]["code"] = "closer1.damaged"
        friends.book.path.write_text(json.dumps(book))
        assert friends.book.rename("Ana", "Bea") == 1
        assert [(e.player, e.code) for e in friends.book.own()] == [("Bea", "closer1.damaged")]


class TestDelete:
    def test_a_deleted_players_runs_leave_the_book_the_board_and_the_club(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        friends = friends_of(tmp_path, "a", scenario, club)
        for player in ("Ana", "Bob"):
            friends.context.store.add_player(player)
            friends.keep(player, typed_run)
        kept = friends.keep("Ana", played(scenario, [":ask"]))
        assert delete_player(friends.context, "ana") == []
        install = friends.book.install()
        assert [e.player for e in friends.book.own()] == ["Bob"]
        assert not club_file(club, "Ana", install).exists() and club_file(club, "Bob", install).exists()
        assert [r.player for r in friends.gather().rows] == ["Bob"]
        assert friends.context.store.players() == ["Bob"]
        assert kept.code not in friends.book.path.read_text()

    def test_a_friends_imported_run_of_the_same_name_stays(self, tmp_path, scenario, typed_run):
        alice, bob = friends_of(tmp_path, "a", scenario, None), friends_of(tmp_path, "b", scenario, None)
        bob.context.store.add_player("Alice")
        bob.import_code(alice.keep("Alice", typed_run).code)
        assert delete_player(bob.context, "Alice") == []
        assert [(r.player, r.source) for r in bob.gather().rows] == [("Alice", "imported")]

    def test_a_club_that_cannot_be_written_leaves_a_notice_and_the_player_is_gone(self, tmp_path, scenario, typed_run, monkeypatch):
        club = tmp_path / "club"
        friends = friends_of(tmp_path, "a", scenario, club)
        friends.context.store.add_player("Ana")
        friends.keep("Ana", typed_run)

        def refuse(*_args, **_kwargs):
            raise SaveError("the club folder is read-only")

        monkeypatch.setattr("game.core.friends.retire", refuse)
        notes = delete_player(friends.context, "Ana")
        assert notes == ["The club still shows Ana's runs: the club folder is read-only"]
        assert friends.book.own() == [] and friends.context.store.players() == []


class TestFriends:
    def test_an_imported_code_shows_as_the_friends_run(self, tmp_path, scenario, typed_run):
        alice, bob = friends_of(tmp_path, "a", scenario, None), friends_of(tmp_path, "b", scenario, None)
        kept = alice.keep("Alice", typed_run)
        run, new = bob.import_code(kept.code)
        assert new and not bob.import_code(kept.code)[1]
        assert [(r.player, r.score, r.outcome, r.source) for r in bob.gather().rows] == [
            ("Alice", typed_run.score, typed_run.outcome, "imported")]

    def test_one_ranked_daily_attempt_per_player_per_day(self, tmp_path, monkeypatch):
        catalog = load_catalog([bundled_scenario_dir()])
        friends = Friends(GameContext(catalog, tmp_path / "a"))
        today = daily_scenario(catalog, dt.date.today().isoformat())
        record = played(today, ["Thank you. I want this job and I would accept an offer."])
        assert friends.keep("Ann", record, as_daily=True).daily == DAILY
        assert friends.keep("Ann", record, as_daily=True).daily == PRACTICE
        assert friends.keep("Ben", record, as_daily=True).daily == DAILY
        other = next(s for s in catalog.scenarios.values() if s.id != today.id)
        with pytest.raises(NotDaily):
            friends.keep("Ann", played(other, ["Thanks."]), as_daily=True)
        board = daily_board(friends.gather().rows, dt.date.today().isoformat(), today.id)
        assert sorted(r.player for r in board) == ["Ann", "Ben"]

    def test_runs_are_found_by_player_and_scenario(self, tmp_path, scenario, typed_run):
        friends = friends_of(tmp_path, "a", scenario, None)
        friends.keep("Dr: Who", typed_run)
        friends.keep("Ann", played(scenario, [":done"]))
        assert friends.find("@dr: who").player == "Dr: Who"
        assert friends.find(f"@Dr: Who:{scenario.id}").record.score == typed_run.score
        assert friends.find("@ann").record.outcome == "rejected"
        with pytest.raises(ShareCodeError, match="no run of 'elsewhere' by 'Ann'"):
            friends.find("@Ann:elsewhere")

    def test_the_latest_run_wins_among_runs_kept_in_the_same_second(self, tmp_path, scenario, typed_run, monkeypatch):
        monkeypatch.setattr("game.core.friends.now", lambda: "2026-12-07T09:30:00")
        friends = friends_of(tmp_path, "a", scenario, None)
        friends.keep("Ann", played(scenario, [":done"]))
        friends.keep("Ann", typed_run)
        assert friends.find("@ann").record.score == typed_run.score

    def test_reading_friends_runs_writes_nothing_in_the_saves_folder(self, tmp_path, scenario, typed_run):
        club = tmp_path / "club"
        friends_of(tmp_path, "a", scenario, club).keep("Alice", typed_run)
        viewer = friends_of(tmp_path, "b", scenario, club)
        assert [r.player for r in viewer.gather().rows] == ["Alice"]
        assert viewer.daily_status("Bob", "2026-12-07") == DAILY
        assert list((tmp_path / "b").iterdir()) == []

    def test_a_damaged_code_book_is_kept_aside(self, tmp_path):
        folder = tmp_path / "saves"
        folder.mkdir()
        (folder / BOOK_FILE).write_text("{not json")
        book = CodeBook(folder)
        assert book.add_imported("closer1.x")
        assert len(list(folder.glob(BOOK_FILE + ".damaged-*"))) == 1 and book.notices
        assert book.imported() == ["closer1.x"]
        assert book.install() == CodeBook(folder).install()
