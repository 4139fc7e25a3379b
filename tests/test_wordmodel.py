"""The word model that backs up the reader: shipped weights, training, and how it is used."""

from __future__ import annotations

import json

import pytest

from test_reader_corpus import DEV_FILES, load

from game.core import reader, wordmodel
from game.core.moves import Move
from game.core.reader import read_moves


def test_shipped_weights_come_from_the_current_development_corpus():
    shipped = json.loads(wordmodel.WEIGHTS.read_text(encoding="utf-8"))
    labelled = [(item["text"], item["moves"]) for item in load(DEV_FILES)]
    assert shipped["lines"] == len(labelled)
    assert shipped["corpus"] == wordmodel.corpus_fingerprint(labelled), (
        "the development corpus changed: retrain with `python -m game.core.wordmodel tests/corpus/dev*.yaml`"
    )
    assert shipped["moves"] == list(wordmodel.MOVES)


def test_training_is_deterministic():
    items = [(wordmodel.sentences_of(item["text"]), set(item["moves"])) for item in load(DEV_FILES)[:400]]
    assert wordmodel.train(items) == wordmodel.train(items)


def test_trained_model_learns_its_corpus():
    pushy = ["so when do I start", "hire me now or regret it", "I need your answer by tonight"]
    calm = ["thank you for your time", "what does the team look like", "I would accept an offer"]
    items = [([wordmodel.features(text)], {"pushy"}) for text in pushy] + [([wordmodel.features(text)], set()) for text in calm]
    trained = wordmodel.WordModel.from_trained(wordmodel.train(items * 5))
    assert trained.probabilities([trained.scores(wordmodel.features("so when do i start"))])["pushy"] > 0.9
    assert trained.probabilities([trained.scores(wordmodel.features("thank you for your time"))])["pushy"] < 0.1


def test_a_line_scores_as_the_sum_of_its_sentences():
    trained = wordmodel.model()
    first, second = wordmodel.features("i'll be in on monday"), wordmodel.features("what's my desk")
    together = trained.probabilities([trained.scores(first), trained.scores(second)])
    apart = [trained.scores(first), trained.scores(second)]
    assert together == trained.probabilities(apart)
    assert 0.0 < together["pushy"] < 1.0


def test_features_are_the_words_and_word_pairs_of_a_sentence():
    assert wordmodel.features("i want it, truly") == {"i", "want", "it", "truly", "i want", "want it", "it truly"}


def test_a_text_is_split_into_sentences_as_the_reader_splits_it():
    assert wordmodel.sentences_of("Thanks so much. When do I start?") == [
        wordmodel.features("thanks so much."), wordmodel.features("when do i start?"),
    ]


@pytest.fixture
def toy(monkeypatch):
    """Swap in a model trained to read made-up words as moves; sentences read under it are
    forgotten before and after, so no other test sees its scores."""
    def use(words_for: dict[str, str]) -> None:
        trained = _toy_model(words_for)
        monkeypatch.setattr(wordmodel, "model", lambda: trained)
        reader.forget()

    yield use
    reader.forget()


def moves_read(text: str) -> set[Move]:
    return {hit.move for hit in read_moves(text)}


def _toy_model(words_for: dict[str, str]) -> wordmodel.WordModel:
    """A model trained to read one made-up word as each move."""
    items = [([wordmodel.features(f"the {word} line")], {move}) for word, move in words_for.items()]
    items += [([wordmodel.features(text)], set()) for text in ["the plain line", "an ordinary line", "the team line"]]
    return wordmodel.WordModel.from_trained(wordmodel.train(items * 10))


def test_the_model_adds_a_move_the_rules_miss_with_a_sentence_as_evidence(toy):
    toy({"zebra": "pushy", "quokka": "counter_story"})
    text = "Thank you for today. The zebra line, said once."
    hits = {hit.move: text[hit.start:hit.end] for hit in read_moves(text)}
    assert hits[Move.PUSHY] == "The zebra line, said once."
    assert Move.COUNTER_STORY not in hits


def test_a_question_cannot_carry_a_story_from_the_model(toy):
    toy({"quokka": "counter_story"})
    assert Move.COUNTER_STORY in moves_read("The quokka line happened.")
    assert Move.COUNTER_STORY not in moves_read("Was the quokka line real?")


def test_the_evidence_sentence_must_lean_to_the_move_itself(toy):
    # The question carries the story's words and cannot hold it; the sentence beside it says
    # nothing the model knows, so it is not made the story's evidence either.
    toy({"quokka": "counter_story"})
    assert Move.COUNTER_STORY not in moves_read("Was the quokka line real? Haha.")


def test_helping_the_process_along_is_never_pushy_by_the_model(toy):
    toy({"zebra": "pushy"})
    assert Move.PUSHY in moves_read("The zebra line again.")
    assert Move.PUSHY not in moves_read("The zebra line: my references go out tonight.")


def test_a_reply_to_a_doubt_is_not_read_as_a_fit_reason_by_the_model(toy):
    toy({"zebra": "fit_reason"})
    assert Move.FIT_REASON in moves_read("The zebra line is mine.")
    assert Move.FIT_REASON not in moves_read("You said I might be slow. The zebra line is mine.")
