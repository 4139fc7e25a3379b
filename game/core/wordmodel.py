"""A small linear model over words and word pairs that backs up the reader's rules.

The rules in `reader.py` are precise but only know the phrasings someone wrote down. For
the six moves whose wording varies most from one speaker to the next (pushiness, a story,
an honest gap, a fit reason, interest, asking about the process) a new author's lines were found about as often by
this model as by the rules, and the two together found more than either. So a line whose rules miss
one of these moves is also scored here, and the move is added when the model is confident.

The model is logistic regression, one per move, trained on the development corpus
(`tests/corpus/dev*.yaml`) by plain stochastic gradient descent with a fixed seed, so the
same corpus always gives the same weights. Nothing is downloaded: the weights ship in
`wordmodel.json`, next to this file, with a fingerprint of the corpus they came from.
Retrain after changing the corpus:

    python -m game.core.wordmodel tests/corpus/dev*.yaml
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("wordmodel.json")

# The moves the model backs up, and how sure it must be to add one the rules missed.
MOVES = ("pushy", "counter_story", "acknowledge_gap", "fit_reason", "interest", "next_steps")
THRESHOLD = {"pushy": 0.6, "counter_story": 0.7, "acknowledge_gap": 0.7, "fit_reason": 0.7, "interest": 0.7, "next_steps": 0.7}

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Training settings: passes over the corpus, learning rate, weight decay, and the smallest
# weight worth shipping (smaller ones change no decision and only slow the start).
_EPOCHS, _RATE, _DECAY, _KEEP = 15, 0.2, 1e-4, 0.1
_SEED = 20261126

# A line is scored as the sum of its sentences' scores, so a sentence is scored once however
# many lines it appears in. Its features are its words and adjacent word pairs.
Sentences = list[frozenset[str]]


def features(sentence: str) -> frozenset[str]:
    """The words and adjacent word pairs of one already lowercased sentence."""
    words = _WORD.findall(sentence)
    return frozenset([*words, *map(" ".join, zip(words, words[1:]))])


def corpus_fingerprint(texts: Iterable[tuple[str, Iterable[str]]]) -> str:
    """A digest of the labelled lines a model was trained on."""
    digest = hashlib.sha256()
    for text, moves in texts:
        digest.update(text.encode("utf-8"))
        digest.update(b"\x1f")
        digest.update(",".join(sorted(moves)).encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def train(items: list[tuple[Sentences, set[str]]]) -> dict[str, tuple[float, dict[str, float]]]:
    """One logistic regression per move in `MOVES`: a bias and a weight per feature."""
    models: dict[str, tuple[float, dict[str, float]]] = {}
    for move in MOVES:
        rng = random.Random(f"{_SEED}:{move}")
        examples = [([f for sentence in sentences for f in sorted(sentence)], move in moves) for sentences, moves in items]
        weights: dict[str, float] = {}
        bias = 0.0
        for _ in range(_EPOCHS):
            rng.shuffle(examples)
            for feats, label in examples:
                gradient = _sigmoid(bias + math.fsum(weights.get(f, 0.0) for f in feats)) - label
                bias -= _RATE * gradient
                for f in feats:
                    weights[f] = weights.get(f, 0.0) * (1 - _RATE * _DECAY) - _RATE * gradient
        kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= _KEEP}
        models[move] = (round(bias, 4), kept)
    return models


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class WordModel:
    """Trained weights; a sentence's score for each move, and a line's probabilities."""

    def __init__(self, moves: list[str], biases: list[float], rows: dict[str, list[float]]):
        self.moves = tuple(moves)
        self._biases = tuple(biases)
        # One row of weights per feature, a column per move: a sentence's features are looked up once.
        self._rows = rows
        self._zeros = (0.0,) * len(self.moves)

    @classmethod
    def from_trained(cls, models: dict[str, tuple[float, dict[str, float]]]) -> WordModel:
        document = _document(models)
        return cls(document["moves"], document["biases"], document["weights"])

    def scores(self, sentence: frozenset[str]) -> tuple[float, ...]:
        """What one sentence adds to a line's score, per move (in the order of `moves`)."""
        rows = list(filter(None, map(self._rows.get, sentence)))
        if not rows:
            return self._zeros
        # `fsum` is exact, so the order of a set's features cannot change a decision.
        return tuple(map(math.fsum, zip(*rows)))

    def probabilities(self, scores: Iterable[tuple[float, ...]]) -> dict[str, float]:
        """The probability of each move for a line whose sentences scored `scores`."""
        totals = map(math.fsum, zip(self._biases, *scores))
        return {move: _sigmoid(total) for move, total in zip(self.moves, totals)}

    def confident(self, scores: Iterable[tuple[float, ...]]) -> set[str]:
        """The moves the model is sure enough of to add."""
        return {move for move, p in self.probabilities(scores).items() if p >= THRESHOLD[move]}


@lru_cache(maxsize=1)
def model() -> WordModel:
    """The shipped model, read once."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return WordModel(data["moves"], data["biases"], data["weights"])


def _document(models: dict[str, tuple[float, dict[str, float]]]) -> dict:
    kept = sorted({f for _, weights in models.values() for f in weights})
    return {
        "moves": list(models),
        "biases": [bias for bias, _ in models.values()],
        "weights": {f: [weights.get(f, 0) for _, weights in models.values()] for f in kept},
    }


def sentences_of(text: str) -> Sentences:
    """The features of each sentence of `text`, split as the reader splits it."""
    from game.core.reader import prepare, sentence_texts

    return [features(sentence) for sentence in sentence_texts(prepare(text))]


def build(paths: list[Path]) -> dict:
    """Train on the labelled YAML corpora at `paths`; the JSON document that ships."""
    import yaml

    labelled: list[tuple[str, list[str]]] = []
    for path in sorted(paths):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            labelled.append((item["text"], list(item["moves"])))
    items = [(sentences_of(text), set(moves)) for text, moves in labelled]
    return {
        "about": "Weights of closer's word model; made by `python -m game.core.wordmodel`. Do not edit by hand.",
        "corpus": corpus_fingerprint(labelled),
        "lines": len(labelled),
        **_document(train(items)),
    }


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m game.core.wordmodel CORPUS.yaml ...", file=sys.stderr)
        return 2
    document = build([Path(arg) for arg in argv])
    WEIGHTS.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"trained on {document['lines']} lines; {len(document['weights'])} features kept; wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
