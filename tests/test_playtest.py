"""Playtest: every path through a scenario, computed by the engine, and the CI check on the bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.core.catalog import bundled_scenario_dir, scenario_files
from game.core.interview import Interview
from game.core.playtest import Run, playtest, typed_lines
from game.core.report import run_report
from game.core.scenario import load_scenario, scenario_from_text
from game.core.script import parse_script, play_script

PACKS = Path(__file__).parent / "packs"
SHOP = (PACKS / "corner-shop.yaml").read_text(encoding="utf-8")
DESK = (PACKS / "night-desk.yaml").read_text(encoding="utf-8")


def replay(scenario, run: Run) -> dict:
    """Play a run's steps as `closer run` would and return the report."""
    interview = Interview(scenario)
    play_script(interview, parse_script("\n".join(step.say for step in run.steps)))
    return run_report(interview)


def variant(text: str, old: str, new: str):
    assert old in text
    return scenario_from_text(text.replace(old, new, 1), "variant.yaml")


class TestChoices:
    @pytest.fixture(scope="class")
    def shop(self):
        return scenario_from_text(SHOP, "corner-shop.yaml")

    @pytest.fixture(scope="class")
    def report(self, shop):
        return playtest(shop)

    def test_a_small_scenario_is_explored_to_the_end(self, report):
        assert report.complete and not report.dead_ends and not report.unreachable
        assert report.ok

    def test_reported_runs_replay_to_the_same_score_and_outcome(self, shop, report):
        for run in (report.lowest, report.median, report.highest, report.best_close):
            replayed = replay(shop, run)
            assert (replayed["score"], replayed["outcome"]) == (run.score, run.outcome)
            said = [line["moves"] for line in replayed["transcript"] if line["speaker"] == "candidate"]
            assert said == [list(step.moves) for step in run.steps]

    def test_the_range_is_ordered_and_the_best_close_is_an_offer(self, report):
        assert report.lowest.score <= report.median.score <= report.highest.score
        assert report.best_outcome == "offer" and report.best_close.outcome == "offer"
        assert report.best_close.score == max(r.score for r in report.runs if r.outcome == "offer")
        assert sum(report.endings.values()) == len(report.runs)

    def test_a_sample_of_all_runs_replays_to_the_reported_scores(self, shop, report):
        sample = report.ranked[:: max(1, len(report.runs) // 12)]
        for run in sample:
            replayed = replay(shop, run)
            assert (replayed["score"], replayed["outcome"], replayed["ended_by"]) == (run.score, run.outcome, run.ended_by)

    def test_a_scenario_without_a_fit_reason_cannot_reach_an_offer(self):
        scenario = variant(SHOP, """      - id: reason
        text: I'd be a strong fit here, because the regulars are what I care about most.
        moves: [fit_reason]
""", "")
        report = playtest(scenario)
        assert not report.best_close_reachable and report.best_close is None and not report.ok
        assert "offer" not in report.endings

    def test_a_loop_no_choice_leaves_is_a_dead_end(self):
        scenario = variant(SHOP, """      - if: [ask_for_job]
        to: wrap
      - to: end""", """      - if: [pushy]
        to: end
      - to: wrap""")
        report = playtest(scenario)
        assert report.dead_ends and {d.node for d in report.dead_ends} == {"wrap"}
        dead = report.dead_ends[0]
        assert dead.why == "no line on offer from here leads to an ending"
        assert not report.ok

    def test_a_node_no_choice_reaches_is_reported(self):
        scenario = variant(SHOP, """      - if: [no_questions]
        to: end
      - to: wrap
  answer-busiest:""", """      - if: [no_questions]
        to: end
      - if: [pushy]
        to: island
      - to: wrap
  island:
    says: Only the pushy get here.
    then: wrap
  answer-busiest:""")
        assert playtest(scenario).unreachable == ["island"]


class TestTyped:
    @pytest.fixture(scope="class")
    def desk(self):
        return scenario_from_text(DESK, "night-desk.yaml")

    def test_tier_four_is_played_with_typed_lines(self, desk):
        report = playtest(desk)
        assert report.typed and report.best_outcome == "next_round"
        assert not report.dead_ends and report.unreachable == []
        best = report.best_close
        assert best is not None
        assert all(not step.say.startswith(":") for step in best.steps)
        replayed = replay(desk, best)
        assert (replayed["score"], replayed["outcome"]) == (best.score, best.outcome)
        assert len(best.steps) <= 6

    def test_the_standard_lines_follow_the_routes_topics(self, desk):
        lines = typed_lines(desk, desk.nodes["opening"], None)
        assert any("rooms" in choice.text for choice in lines)
        answers = typed_lines(desk, None, desk.reservation("licence"))
        assert any("licence" in choice.text for choice in answers)

    def test_the_standard_lines_carry_the_moves_they_stand_for(self, desk):
        from game.core import judge, reader

        wanted = {"story": {"counter_story"}, "ask-and-fit": {"ask_for_job", "fit_reason"}}
        lines = typed_lines(desk, desk.nodes["opening"], None) + typed_lines(desk, None, desk.reservation("licence"))
        fits = [choice for choice in lines if choice.id.startswith("fit-")]
        assert fits
        for choice in fits + [choice for choice in lines if choice.id in wanted]:
            expected = wanted.get(choice.id, {"fit_reason"})
            for read in (judge.moves_in, reader.moves_in):
                assert {move.value for move in read(choice.text)} == expected, (choice.id, read.__module__)

    def test_authored_lines_replace_the_standard_ones(self):
        desk = variant(DESK, """  opening:
    says: Questions?
""", """  opening:
    says: Questions?
    choices:
      - id: rooms
        text: How many rooms does the hotel have?
        moves: [question]
      - id: nothing
        text: No, that's all from me.
        moves: [no_questions]
      - id: want
        text: I want this job, and I would accept an offer.
        moves: [ask_for_job]
""")
        report = playtest(desk)
        first = {run.steps[0].say for run in report.runs}
        assert first <= {"How many rooms does the hotel have?", "No, that's all from me.", "I want this job, and I would accept an offer."}


def test_the_guide_s_example_passes():
    guide = (Path(__file__).resolve().parent.parent / "docs" / "scenarios.md").read_text(encoding="utf-8")
    example = guide.split("## A complete small example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    report = playtest(scenario_from_text(example, "docs/scenarios.md"))
    assert report.complete and report.ok and report.unreachable == []


@pytest.mark.parametrize("path", scenario_files(bundled_scenario_dir()), ids=lambda p: p.stem)
def test_every_bundled_scenario_has_no_dead_end_and_a_reachable_best_close(path):
    report = playtest(load_scenario(path))
    assert report.dead_ends == [], [d.as_json() for d in report.dead_ends]
    assert report.best_close_reachable, (report.best_outcome, report.endings)
    assert report.ok


def test_the_command(tmp_path):
    env = {**os.environ, "CLOSER_SAVES": str(tmp_path / "saves")}
    env.pop("CLOSER_SCENARIOS", None)
    command = [sys.executable, "-m", "game", "--scenarios", str(PACKS), "playtest"]
    result = subprocess.run(command + ["corner-shop", "night-desk", "--json"], capture_output=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr.decode()
    report, typed = json.loads(result.stdout)
    assert not typed["complete"] and typed["ok"]  # a budgeted search that finds the best close passes
    assert report["scenario"] == "corner-shop" and report["best_close_reachable"] and report["dead_ends"] == []
    assert {"lowest", "median", "highest", "endings", "unreachable", "best_close"} <= set(report)
    text = subprocess.run(command + ["corner-shop"], capture_output=True, env=env, timeout=120).stdout.decode()
    assert "best close (offer): reachable" in text and ":reason" in text
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "loop.yaml").write_text(SHOP.replace("id: corner-shop", "id: loop").replace("""      - if: [ask_for_job]
        to: wrap
      - to: end""", """      - if: [pushy]
        to: end
      - to: wrap"""), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "game", "--scenarios", str(broken), "playtest", "loop"], capture_output=True, env=env, timeout=120)
    assert result.returncode == 1 and "DEAD END at node 'wrap'" in result.stdout.decode()
