"""Saves that never lose a run: atomic writes, two processes at once, kill -9, damaged files,
the format-1 migration, and reads that never write."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from game.core.errors import SaveError, SaveFormatError
from game.core.personas import personas
from game.core.saves import FORMAT, RUNS_FILE, SAVE_FILE, SaveStore
from game.core.unlocks import lock_for, unlocked_tiers

RUN = {"scenario": "amazon-logistics", "scenario_hash": "h", "tier": 1, "score": 80, "outcome": "next_round",
       "parts": {"questions": 0, "ask": 40, "fit": 20, "reservations": 20},
       "transcript": [{"speaker": "candidate", "text": "I want this job. " * 20, "moves": ["ask_for_job"]}],
       "ended_by": "candidate"}

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from game.core.saves import SaveStore
    folder, player, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    run = {"scenario": "amazon-logistics", "tier": 1, "outcome": "waitlist",
           "transcript": [{"speaker": "candidate", "text": "x" * 400, "moves": []}]}
    store = SaveStore(folder)
    for n in range(count):
        store.add_run(player, dict(run, score=n % 101))
        print(n, flush=True)
""")


def logged_runs(folder) -> int:
    """How many runs the run log holds, read with SQLite itself (which fails on a broken file)."""
    if not (folder / RUNS_FILE).exists():
        return 0
    with sqlite3.connect(folder / RUNS_FILE) as log:
        assert log.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        if not log.execute("SELECT count(*) FROM sqlite_master WHERE name = 'runs'").fetchone()[0]:
            return 0   # killed while creating the log, before its first commit
        return log.execute("SELECT count(*) FROM runs").fetchone()[0]


def writer(folder, player: str, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(folder), player, str(count)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


class TestStore:
    def test_players_runs_and_best(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ada", dict(RUN, score=60))
        store.add_run("Ada", dict(RUN, score=85))
        store.add_run("Bo", dict(RUN, scenario="stats-analyst", score=40))
        assert store.players() == ["Ada", "Bo"]
        assert store.last_player() == "Bo"
        assert store.best_scores("Ada") == {"amazon-logistics": 85}
        assert [r.score for r in store.runs("Ada")] == [60, 85]
        assert store.run_details("Bo")[0]["transcript"][0]["moves"] == ["ask_for_job"]

    def test_counted_scores_leave_out_rejected_runs_as_unlocks_do(self, tmp_path):
        from game.core.unlocks import unlock_scores

        store = SaveStore(tmp_path)
        for scenario, score, outcome in [("a", 90, "rejected"), ("a", 60, "waitlist"), ("b", 75, "next_round"),
                                         ("c", 40, "rejected"), ("b", 95, "offer")]:
            store.add_run("Ada", dict(RUN, scenario=scenario, score=score, outcome=outcome))
        assert store.counted_scores("Ada") == {"a": 60, "b": 95}
        assert store.counted_scores("Ada") == unlock_scores(store.runs("Ada"))
        assert store.best_scores("Ada") == {"a": 90, "b": 95, "c": 40}

    @pytest.mark.parametrize("name", ["", "   ", "x" * 41, "bad\x07name"])
    def test_bad_player_names_are_refused(self, tmp_path, name):
        with pytest.raises(SaveError):
            SaveStore(tmp_path).add_player(name)

    def test_the_file_is_written_whole_and_carries_a_version(self, tmp_path):
        SaveStore(tmp_path).add_run("Ada", RUN)
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert {"format": FORMAT} in data["meta"].values()
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


class TestDamage:
    @pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[1, 2, 3]", b'{"runs": [1]}'])
    def test_a_damaged_file_is_kept_aside_and_play_goes_on(self, tmp_path, content):
        (tmp_path / SAVE_FILE).write_bytes(content)
        store = SaveStore(tmp_path)
        store.add_run("Ada", RUN)
        aside = [p for p in tmp_path.iterdir() if p.name.startswith(f"{SAVE_FILE}.damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == content
        assert store.notices and aside[0].name in store.notices[0]
        assert [r.score for r in store.runs("Ada")] == [80]

    def test_a_newer_format_is_refused_and_left_untouched(self, tmp_path):
        newer = json.dumps({"meta": {"1": {"format": 99}}, "runs": {"1": {"player": "Ada", "score": 90}}}).encode()
        (tmp_path / SAVE_FILE).write_bytes(newer)
        store = SaveStore(tmp_path)
        with pytest.raises(SaveFormatError) as error:
            store.add_run("Ada", RUN)
        assert "newer version" in str(error.value)
        assert (tmp_path / SAVE_FILE).read_bytes() == newer


    def test_a_damaged_run_log_is_kept_aside_and_best_scores_survive(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ada", dict(RUN, score=90))
        (tmp_path / RUNS_FILE).write_bytes(b"this is not a database" * 100)
        store = SaveStore(tmp_path)
        store.add_run("Ada", dict(RUN, score=50))
        aside = [p for p in tmp_path.iterdir() if p.name.startswith(f"{RUNS_FILE}.damaged-")]
        assert len(aside) == 1 and aside[0].read_bytes() == b"this is not a database" * 100
        assert store.notices and aside[0].name in store.notices[0]
        assert [r.score for r in store.runs("Ada")] == [50]
        assert store.best_scores("Ada") == {"amazon-logistics": 90}
        store.add_run("Ada", dict(RUN, scenario="stats-analyst", score=75))
        assert store.best_scores("Ada") == {"amazon-logistics": 90, "stats-analyst": 75}

    def test_a_newer_run_log_is_refused_and_left_untouched(self, tmp_path):
        SaveStore(tmp_path).add_run("Ada", RUN)
        with sqlite3.connect(tmp_path / RUNS_FILE) as log:
            log.execute("PRAGMA user_version = 99")
        before = (tmp_path / RUNS_FILE).read_bytes()
        with pytest.raises(SaveFormatError) as error:
            SaveStore(tmp_path).add_run("Ada", RUN)
        assert "newer version" in str(error.value)
        assert (tmp_path / RUNS_FILE).read_bytes() == before

    def test_a_save_cut_short_between_the_log_and_the_file_loses_nothing(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ada", dict(RUN, score=60))
        small_file = (tmp_path / SAVE_FILE).read_bytes()
        store.add_run("Bo", dict(RUN, score=95))
        (tmp_path / SAVE_FILE).write_bytes(small_file)   # as if killed after the log's commit
        store = SaveStore(tmp_path)
        assert store.players() == ["Ada", "Bo"]
        assert store.last_player() == "Bo"
        assert store.best_scores("Bo") == {"amazon-logistics": 95}
        assert (tmp_path / SAVE_FILE).read_bytes() == small_file, "reading folds in memory only"
        store.add_run("Ada", dict(RUN, score=70))
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert {doc["name"]: doc["best"] for doc in data["players"].values()} == {
            "Ada": {"amazon-logistics": 70}, "Bo": {"amazon-logistics": 95}}


FORMAT_1 = {
    "meta": {"1": {"format": 1}, "2": {"last_player": "Ada"}},
    "settings": {"1": {"player": "Ada", "values": {"theme": "nord"}}},
    "players": {"1": {"name": "Bo", "created": "2026-01-01T09:00:00"},
                "2": {"name": "Ada", "created": "2026-01-02T09:00:00"},
                "3": {"name": "Cy", "created": "2026-01-03T09:00:00"}},
    "runs": {str(n): dict(RUN, player=player, score=score, scenario=scenario, when=f"2026-02-{n:02d}T10:00:00")
             for n, (player, scenario, score) in enumerate([
                 ("Bo", "amazon-logistics", 55), ("Ada", "amazon-logistics", 72), ("Ada", "stats-analyst", 40),
                 ("Bo", "amazon-logistics", 81), ("Ada", "amazon-logistics", 64)], start=1)},
}


class TestMigration:
    def test_a_format_1_file_moves_its_runs_to_the_log_and_is_kept_aside(self, tmp_path):
        old = json.dumps(FORMAT_1).encode()
        (tmp_path / SAVE_FILE).write_bytes(old)
        store = SaveStore(tmp_path)
        assert store.players() == ["Bo", "Ada", "Cy"]
        assert store.last_player() == "Ada"
        assert store.best_scores("Ada") == {"amazon-logistics": 72, "stats-analyst": 40}
        assert store.best_scores("Bo") == {"amazon-logistics": 81}
        assert store.best_scores("Cy") == {}
        assert [r.score for r in store.runs("Ada")] == [72, 40, 64]
        assert [r.when for r in store.runs("Bo")] == ["2026-02-01T10:00:00", "2026-02-04T10:00:00"]
        assert store.run_details("Bo")[1]["transcript"] == RUN["transcript"]
        kept = [p for p in tmp_path.iterdir() if p.name.startswith(f"{SAVE_FILE}.format1-")]
        assert len(kept) == 1 and kept[0].read_bytes() == old
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert {"format": FORMAT} in data["meta"].values() and "runs" not in data
        assert store.settings("Ada") == {"theme": "nord"}
        store.add_run("Cy", RUN)
        assert len(SaveStore(tmp_path).runs()) == 6

    def test_a_migration_cut_short_is_finished_without_copying_runs_twice(self, tmp_path):
        old = json.dumps(FORMAT_1).encode()
        (tmp_path / SAVE_FILE).write_bytes(old)
        assert len(SaveStore(tmp_path).runs()) == 5
        (tmp_path / SAVE_FILE).write_bytes(old)   # as if killed before the new small file replaced it
        store = SaveStore(tmp_path)
        assert len(store.runs()) == 5
        assert store.best_scores("Bo") == {"amazon-logistics": 81}
        assert len([p for p in tmp_path.iterdir() if p.name.startswith(f"{SAVE_FILE}.format1-")]) == 1


def snapshot(folder) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


class TestReadsNeverWrite:
    def test_an_empty_folder_stays_empty_of_saves(self, tmp_path):
        store = SaveStore(tmp_path)
        assert store.players() == [] and store.last_player() is None
        assert store.resolve_player() == "Player" and store.resolve_player("  Ada  ") == "Ada"
        assert store.best_scores("Ada") == {} and store.runs() == [] and store.run_count("Ada") == 0
        assert not (tmp_path / SAVE_FILE).exists() and not (tmp_path / RUNS_FILE).exists()

    def test_reading_leaves_every_file_as_it_was(self, tmp_path):
        store = SaveStore(tmp_path)
        for score in (50, 60, 70, 80):
            store.add_run("Ada", dict(RUN, score=score))
        before = snapshot(tmp_path)
        store = SaveStore(tmp_path)
        assert store.players() == ["Ada"] and store.last_player() == "Ada" and store.resolve_player() == "Ada"
        assert store.best_scores("Ada") == {"amazon-logistics": 80}
        assert store.run_count("Ada") == 4
        assert [r.score for r in store.recent_runs("Ada", 2)] == [70, 80]
        assert len(store.run_details("Ada")) == 4
        assert [r["score"] for r in store.run_details("Ada", latest=2)] == [70, 80]
        assert snapshot(tmp_path) == before

    @pytest.mark.parametrize("command", [["list", "--json"], ["profile", "--json"]])
    def test_list_and_profile_write_nothing(self, tmp_path, command):
        store = SaveStore(tmp_path)
        store.add_run("Ada", RUN)
        before = snapshot(tmp_path)
        result = subprocess.run([sys.executable, "-m", "game", *command], capture_output=True, text=True,
                                env={**os.environ, "CLOSER_SAVES": str(tmp_path)}, timeout=120)
        assert result.returncode == 0, result.stderr
        assert snapshot(tmp_path) == before


class TestConcurrency:
    def test_two_processes_saving_15_runs_each_keep_all_30(self, tmp_path):
        first, second = writer(tmp_path, "Ada", 15), writer(tmp_path, "Bo", 15)
        for process in (first, second):
            _, errors = process.communicate(timeout=120)
            assert process.returncode == 0, errors
        store = SaveStore(tmp_path)
        assert len(store.runs("Ada")) == 15 and len(store.runs("Bo")) == 15
        assert sorted(r.score for r in store.runs("Ada")) == list(range(15))

    def test_kill_9_at_random_moments_never_leaves_an_unloadable_file(self, tmp_path):
        rng = random.Random(2026)
        saved = 0
        for _ in range(6):
            process = writer(tmp_path, "Ada", 200)
            time.sleep(rng.uniform(0.05, 0.6))
            os.kill(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            if (tmp_path / SAVE_FILE).exists():   # written by the first save, not on opening
                json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
            runs = logged_runs(tmp_path)
            assert runs >= saved, "a run that was saved must never disappear"
            saved = runs
            assert not [p for p in tmp_path.iterdir() if p.name.startswith(f"{SAVE_FILE}.damaged-")]
        assert saved > 0
        assert len(SaveStore(tmp_path).runs("Ada")) == saved
        assert not list(tmp_path.glob(".closer-*.tmp")), "temp files left by a killed writer are cleared"


class TestRenameAndDelete:
    def test_a_name_in_another_case_is_the_same_player(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ana", dict(RUN, score=60))
        assert store.resolve_player("ana") == "Ana" and store.resolve_player(" ANA ") == "Ana"
        assert store.add_player("aNa") == "Ana" and store.current_player("ana") == "Ana"
        store.add_run("ana", dict(RUN, score=70))
        assert store.players() == ["Ana"]
        assert [r.score for r in store.runs("Ana")] == [60, 70]

    def test_a_rename_carries_runs_best_scores_settings_and_the_last_player(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ana", dict(RUN, score=60))
        store.add_run("Bo", dict(RUN, score=40))
        store.add_run("Ana", dict(RUN, scenario="stats-analyst", score=75))
        store.set_setting("Ana", "theme", "nord")
        assert store.rename_player("ana", "Anna") == "Anna"
        store = SaveStore(tmp_path)
        assert store.players() == ["Anna", "Bo"]
        assert [r.score for r in store.runs("Anna")] == [60, 75] and store.runs("Ana") == []
        assert store.best_scores("Anna") == {"amazon-logistics": 60, "stats-analyst": 75}
        assert store.settings("Anna") == {"theme": "nord"} and store.settings("Ana") == {}
        assert store.last_player() == "Anna"
        assert [r.score for r in store.runs("Bo")] == [40]

    def test_a_rename_carries_documents_of_any_per_player_table(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ana", RUN)
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        data["notes"] = {"1": {"player": "Ana", "text": "asks too late"}, "2": {"player": "Bo", "text": "fine"}}
        (tmp_path / SAVE_FILE).write_text(json.dumps(data), encoding="utf-8")
        store.rename_player("Ana", "Anna")
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert sorted(doc["player"] for doc in data["notes"].values()) == ["Anna", "Bo"]
        store.delete_player("Anna")
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert [doc["player"] for doc in data["notes"].values()] == ["Bo"]

    def test_a_rename_refuses_a_taken_name_but_allows_a_change_of_case(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Ana", RUN)
        store.add_player("Bo")
        before = snapshot(tmp_path)
        with pytest.raises(SaveError, match="already a player called 'Bo'"):
            store.rename_player("Ana", "bo")
        with pytest.raises(SaveError, match="no player called 'Cy'"):
            store.rename_player("Cy", "Dee")
        with pytest.raises(SaveError):
            store.rename_player("Ana", "  ")
        assert snapshot(tmp_path) == before
        assert store.rename_player("Ana", "ANA") == "ANA"
        assert store.players() == ["ANA", "Bo"] and len(store.runs("ANA")) == 1

    def test_a_delete_removes_everything_of_the_player_and_survives_a_reopen(self, tmp_path):
        store = SaveStore(tmp_path)
        store.add_run("Bo", dict(RUN, score=40))
        store.add_run("Ana", dict(RUN, score=60))
        store.set_setting("Ana", "theme", "nord")
        store.delete_player("ana")
        store = SaveStore(tmp_path)
        assert store.players() == ["Bo"]
        assert store.runs("Ana") == [] and logged_runs(tmp_path) == 1
        assert store.best_scores("Ana") == {} and store.settings("Ana") == {}
        assert store.last_player() is None and store.resolve_player() == "Player"
        with pytest.raises(SaveError, match="no player called 'Ana'"):
            store.delete_player("Ana")
        store.add_run("Ana", dict(RUN, score=10))
        assert store.best_scores("Ana") == {"amazon-logistics": 10}

    @pytest.mark.parametrize("change", ["rename", "delete"])
    def test_a_change_cut_short_between_the_log_and_the_file_is_finished(self, tmp_path, change):
        store = SaveStore(tmp_path)
        store.add_run("Ana", dict(RUN, score=60))
        store.set_setting("Ana", "theme", "nord")
        store.add_run("Bo", dict(RUN, score=40))
        store.add_run("Ana", dict(RUN, score=70))
        small_file = (tmp_path / SAVE_FILE).read_bytes()
        if change == "rename":
            store.rename_player("Ana", "Anna")
        else:
            store.delete_player("Ana")
        (tmp_path / SAVE_FILE).write_bytes(small_file)   # as if killed after the log's commit
        store = SaveStore(tmp_path)
        before = snapshot(tmp_path)
        gone, kept = ("Ana", "Anna") if change == "rename" else ("Ana", None)
        assert store.players() == ([kept] if kept else []) + ["Bo"]
        assert store.best_scores(gone) == {} and store.settings(gone) == {} and store.runs(gone) == []
        if kept:
            assert store.best_scores(kept) == {"amazon-logistics": 70}
            assert store.settings(kept) == {"theme": "nord"}
            assert [r.score for r in store.runs(kept)] == [60, 70]
        assert store.last_player() == kept
        assert snapshot(tmp_path) == before, "reading finishes the change in memory only"
        store.add_run("Bo", dict(RUN, score=50))
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert sorted(doc["name"] for doc in data["players"].values()) == sorted(filter(None, [kept, "Bo"]))
        assert [doc["player"] for doc in data["settings"].values()] == ([kept] if kept else [])
        store.add_run("Bo", dict(RUN, score=55))
        store = SaveStore(tmp_path)
        assert store.players() == ([kept] if kept else []) + ["Bo"]
        assert store.best_scores("Bo") == {"amazon-logistics": 55}, "a run given a freed id is still folded in"


class TestUnlocks:
    def test_tier_one_is_open_and_the_rest_locked_for_a_new_player(self, catalog):
        opened = unlocked_tiers(personas(), list(catalog.scenarios.values()), {})
        assert opened == {1}
        stats = catalog.scenarios["stats-analyst"]
        lock = lock_for(stats, personas(), opened)
        assert lock and lock.opens_when == "score 70+ on 2 tier-1 scenarios"

    @pytest.mark.parametrize("best,expected", [
        ({"amazon-logistics": 90}, {1}),
        ({"amazon-logistics": 90, "hotel-front-office": 69}, {1}),
        ({"amazon-logistics": 70, "hotel-front-office": 75}, {1, 2}),
        ({"amazon-logistics": 90, "hotel-front-office": 90, "stats-analyst": 80, "library-digital": 71}, {1, 2, 3}),
        ({"stats-analyst": 99, "library-digital": 99}, {1}),
        ({"amazon-logistics": 90, "hotel-front-office": 90, "stats-analyst": 80, "library-digital": 71,
          "ward-manager": 70, "fintech-product": 70}, {1, 2, 3, 4}),
    ])
    def test_each_tier_opens_after_two_strong_runs_on_the_one_below(self, catalog, best, expected):
        assert unlocked_tiers(personas(), list(catalog.scenarios.values()), best) == expected
