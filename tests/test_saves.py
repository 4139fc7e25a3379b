"""Saves that never lose a run: atomic writes, two processes at once, kill -9, damaged files."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from game.core.errors import SaveError, SaveFormatError
from game.core.personas import personas
from game.core.saves import SAVE_FILE, SaveStore
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

    @pytest.mark.parametrize("name", ["", "   ", "x" * 41, "bad\x07name"])
    def test_bad_player_names_are_refused(self, tmp_path, name):
        with pytest.raises(SaveError):
            SaveStore(tmp_path).add_player(name)

    def test_the_file_is_written_whole_and_carries_a_version(self, tmp_path):
        SaveStore(tmp_path).add_run("Ada", RUN)
        data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
        assert {"format": 1} in data["meta"].values()
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
            data = json.loads((tmp_path / SAVE_FILE).read_text(encoding="utf-8"))
            runs = len(data.get("runs", {}))
            assert runs >= saved, "a run that was saved must never disappear"
            saved = runs
            assert not [p for p in tmp_path.iterdir() if p.name.startswith(f"{SAVE_FILE}.damaged-")]
        assert saved > 0
        assert len(SaveStore(tmp_path).runs("Ada")) == saved
        assert not list(tmp_path.glob(".closer-*.tmp")), "temp files left by a killed writer are cleared"


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
