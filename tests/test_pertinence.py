"""The pertinence judge: shipped files and freshness, the four kinds of story and reason in the
engine, authors' examples in `closer validate`, the measuring command, and the fallback."""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

import pytest

from game.cli import main as cli_main
from game.core import meaningmodel, pertinence
from game.core.authoring import check_files
from game.core.interview import Interview
from game.core.interviewer import judge_reply
from game.core.kinds import Handling
from game.core.moves import Move
from game.core.scenario import ScenarioError, load_scenario
from game.core.scoring import reasons_in
from training import measure_pertinence

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pertinence"


@pytest.fixture(scope="module")
def bakery():
    return load_scenario(FIXTURES / "bakery.yaml")


def test_shipped_model_comes_from_the_current_pairs():
    card = meaningmodel.card()
    files = meaningmodel.training_files(ROOT)
    assert card["files"] == [path.relative_to(ROOT).as_posix() for path in files]
    assert card["pairs"] == meaningmodel.pairs_fingerprint(files, ROOT), (
        "the pertinence pairs changed: retrain with `python -m training.train_pertinence`"
    )
    assert (meaningmodel.MODEL_DIR / "CARD.md").read_text(encoding="utf-8").count(card["pairs"]) == 1


def test_training_never_reads_a_heldout_file_and_keeps_the_tune_files_out():
    names = [Path(name).name for name in meaningmodel.card()["files"]]
    assert names and not any(name.startswith("heldout") for name in names)
    assert not set(names) & set(meaningmodel.TUNE_FILES + meaningmodel.CHECK_FILES)
    assert [Path(p).name for p in meaningmodel.card()["tune_files"]] == list(meaningmodel.TUNE_FILES)


def test_the_development_pairs_are_balanced_across_the_four_kinds():
    pairs = [p for path in sorted((ROOT / "tests" / "corpus" / "pertinence").glob("dev*.yaml")) for p in meaningmodel.read_pairs(path)]
    stories = [p for p in pairs if p.section == "stories"]
    reasons = [p for p in pairs if p.section == "reasons"]
    assert len(stories) >= 250 and len(reasons) >= 100
    for cases in (stories, reasons):
        counts = {kind: sum(p.kind == kind for p in cases) for kind in measure_pertinence.KINDS}
        assert min(counts.values()) >= len(cases) // 5, counts


def test_model_files_ship_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "game.core.meaningmodel" in config["tool"]["setuptools"]["packages"]
    declared = config["tool"]["setuptools"]["package-data"]["game.core.meaningmodel"]
    for name in (meaningmodel.MODEL_FILE, meaningmodel.TOKENIZER_FILE, meaningmodel.CARD_JSON, "CARD.md"):
        assert (meaningmodel.MODEL_DIR / name).is_file()
        assert any(Path(name).match(pattern) for pattern in declared), name


def test_card_threshold_is_a_probability_and_figures_meet_the_floor_on_the_tune_files():
    card = meaningmodel.card()
    assert 0.0 < card["threshold"] < 1.0
    stories = card["figures"]["stories"]
    assert stories["accuracy"] >= 0.9 and min(stories["kinds"].values()) >= 0.8, stories


STORIES = [
    # pertinent, with the doubt's words
    ("Last spring I ran our café's food-safety inspection myself: I rewrote the hygiene logs, walked the inspector round, and we kept our top rating.", True),
    # pertinent, in other words
    ("Last year I prepared our kitchen for its visit from environmental health: I checked every fridge log, retrained the team on allergens, and we kept our five-star rating.", True),
    # irrelevant, with the doubt's words
    ("My cousin is a food-safety inspector and she has some funny stories about the kitchens she visits.", False),
    # irrelevant, without them
    ("I taught myself to make sourdough during lockdown and now my family won't eat shop bread.", False),
]


@pytest.mark.parametrize("story,pertinent", STORIES, ids=["pertinent-shared", "pertinent-none", "irrelevant-shared", "irrelevant-none"])
def test_a_story_counters_a_soft_doubt_when_it_makes_it_smaller(bakery, story, pertinent):
    doubt = bakery.reservation("food-safety")
    judgement = judge_reply(doubt, (Move.COUNTER_STORY,), story, disputing=False)
    assert judgement.handled is (Handling.COUNTERED if pertinent else Handling.IGNORED)
    assert bool(judgement.pertinent) is pertinent


def test_a_story_in_other_words_is_countered_in_the_interview(bakery):
    interview = Interview(bakery)
    interview.say("What reservations do you have about me?")
    assert interview.state.pending == ["food-safety"]
    interview.say(STORIES[1][0])
    assert interview.state.handled["food-safety"] is Handling.COUNTERED


REASONS = [
    ("I've worked the night shift at a family bakery for two years and I love the ovens going while the town sleeps.", True),
    ("I'm very organised and I never miss a deadline.", False),
]


@pytest.mark.parametrize("reason,specific", REASONS, ids=["specific", "generic"])
def test_in_play_a_fit_reason_ties_to_a_trait_by_its_topic_words(bakery, reason, specific):
    assert bool(pertinence.traits_tied(reason, bakery.traits)) is specific
    interview = Interview(bakery)
    line = interview.say("I think I'd fit well: " + reason)
    assert any(r.traits for r in reasons_in(line, bakery)) is specific


def test_judging_is_deterministic():
    first = pertinence.score("I doubt you've led a team.", "I led six people through a warehouse move.")
    pertinence.forget()
    assert pertinence.score("I doubt you've led a team.", "I led six people through a warehouse move.") == first


def test_validate_accepts_examples_the_judge_agrees_with():
    report = check_files([FIXTURES / "bakery.yaml"])
    assert report.errors == [] and report.warnings == []


def variant(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """The bakery fixture with one passage replaced, written to `name`."""
    text = (FIXTURES / "bakery.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def refused_by_validate(path: Path, capsys, words: str) -> tuple[list[str], str]:
    """What `closer validate` prints for a file it refuses, and where `words` stand in it (`file:line:col`)."""
    assert cli_main(["validate", str(path)]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    text = path.read_text(encoding="utf-8").splitlines()
    line = next(n for n, row in enumerate(text, 1) if words in row)
    return out, f"{path}:{line}:{text[line - 1].index(words) + 1}"


def test_validate_reports_an_example_the_judge_reads_otherwise(tmp_path, capsys):
    quoted = "        - I watched a documentary about hygiene inspections once and found it fascinating.\n"
    path = variant(tmp_path, "wrong.yaml", quoted, quoted + "        - I ran the hygiene side of our kitchen when the inspector came, "
                   "rewrote the logs and trained everyone, and we passed with top marks.\n")
    out, where = refused_by_validate(path, capsys, "I ran the hygiene side")
    assert out == [f"{where}: the pertinence judge finds this story counters doubt 'food-safety', but it is listed as irrelevant"]


def test_validate_says_a_reason_example_is_judged_by_the_traits_topic_words(tmp_path, capsys):
    generic = "      generic:\n        - I'm a hard worker and a real team player.\n"
    path = variant(tmp_path, "reason.yaml", generic, "      generic:\n        - I'm a hard worker and a real team player.\n"
                   "        - I've done early starts with a small crew before and the ovens don't scare me.\n")
    assert pertinence.ties(next(t for t in load_scenario(path).traits if t.id == "nights"),
                           "I've done early starts with a small crew before and the ovens don't scare me.")
    out, where = refused_by_validate(path, capsys, "I've done early starts")
    assert out == [f"{where}: this reason uses a topic word of trait 'nights' (reasons are judged by them), "
                   "but it is listed as generic"]


def test_a_hard_reservation_takes_no_story_examples(tmp_path):
    listed = "    topics: [certificate, course, renew]\n"
    path = variant(tmp_path, "hard.yaml", listed, listed + "    examples:\n      pertinent: [I renewed my certificate last week.]\n")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert "a hard reservation cannot be countered by a story, so it takes no story examples" in str(caught.value)


def test_the_measuring_command_prints_totals_by_kind(capsys):
    assert measure_pertinence.main([str(ROOT / "tests/corpus/pertinence/dev-tune.yaml")]) == 0
    out = capsys.readouterr().out
    assert "stories: " in out and "reasons: " in out
    for kind in measure_pertinence.KINDS:
        assert out.count(measure_pertinence.kind_name(kind)) == 2
    assert "WRONG" not in out and "right" not in out


def test_the_measuring_command_refuses_a_file_out_of_format(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("stories:\n  - doubt: x\n    story: y\n", encoding="utf-8")
    assert measure_pertinence.main([str(bad)]) == 1
    assert "needs 'doubt', 'story', 'pertinent'" in capsys.readouterr().err


def test_without_the_runtime_topic_words_judge_and_the_game_says_so_once(monkeypatch, bakery):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(pertinence, "_loader", pertinence._Loader())
    pertinence.forget()
    try:
        assert pertinence.notice() is None
        doubt = bakery.reservation("food-safety")
        assert pertinence.counters(doubt, STORIES[2][0])  # it says "food-safety inspector"
        assert not pertinence.counters(doubt, STORIES[1][0])  # no topic word, so no counter
        assert pertinence.score(doubt.says, STORIES[0][0]) is None
        said = pertinence.notice()
        assert said and "onnxruntime" in said and "topic words" in said
        assert pertinence.notice() is None
        report = check_files([FIXTURES / "bakery.yaml"])
        assert report.errors == [] and len(report.warnings) == 1 and "not checked" in report.warnings[0]
    finally:
        pertinence.forget()


@pytest.fixture
def judge_unavailable(monkeypatch):
    """The pertinence model cannot be opened for this test (a fresh loader; scores forgotten)."""
    def refuse():
        raise meaningmodel.ModelUnavailable("its files are missing")

    monkeypatch.setattr(meaningmodel, "load", refuse)
    monkeypatch.setattr(pertinence, "_loader", pertinence._Loader())
    pertinence.forget()
    yield
    pertinence.forget()


def test_a_command_that_judges_stories_says_so_once_on_stderr(judge_unavailable, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
    moves = tmp_path / "moves.txt"
    moves.write_text("What reservations do you have about me?\n" + STORIES[1][0] + "\nI want this job.\n", encoding="utf-8")
    assert cli_main(["--scenarios", str(FIXTURES), "run", "night-bakery", "--moves", str(moves), "--json"]) == 0
    notices = [line for line in capsys.readouterr().err.splitlines() if "topic words" in line]
    assert notices == ["notice: Stories are judged by the scenario's topic words: "
                       "the trained pertinence model is unavailable (its files are missing)."]


async def test_the_full_screen_game_says_so_once(judge_unavailable, tmp_path, monkeypatch):
    from game.ui import app as app_module
    from ui_fixtures import ui_context

    monkeypatch.setattr(app_module, "WARM_UP_AFTER", 0.01)
    app = app_module.CloserApp(context=ui_context(tmp_path / "saves"), blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        for _ in range(50):
            await pilot.pause(0.05)
            if not app.workers:
                break
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [n for n in app._notifications if "topic words" in str(n.message)]
        assert len(said) == 1 and said[0].title == "Story judge"


def test_a_command_never_exits_while_the_pertinence_model_is_opening(tmp_path, monkeypatch):
    opened = meaningmodel.load()

    def slow_load():
        time.sleep(0.3)
        return opened

    monkeypatch.setattr(pertinence, "_loader", pertinence._Loader())
    monkeypatch.setattr(meaningmodel, "load", slow_load)
    monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
    pertinence.warm_up()
    assert cli_main(["--scenarios", str(FIXTURES), "list"]) == 0
    assert not pertinence._loader._thread.is_alive()
