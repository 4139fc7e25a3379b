"""Provides the game's judge of moves: the trained move model decides, the rules say where.

The trained model (`movemodel`, an int8 network trained on the labelled corpus by
`python -m training.train_moves`) decides which of the twelve moves a line carries: a move is
found when its probability reaches the move's threshold (the few moves its card names in
`rules_decide` are left to the rules). The rules reader (`reader`) then
supplies the evidence: where the rules found the same move, its words; otherwise the sentence
the model scores highest for it. So every hit keeps the contract `evidence == text[start:end]`.

Every place the game reads a typed line uses this judge (`default_reader`). Run records and
share codes name the reader that read a run (`reader_id`: the model's identity, or the rules'
when the model is unavailable), so a replay can read with the same one.

The model is opened in a background thread (`warm_up`), so start-up never waits for it; the
first line read waits only if it is not open yet. When its runtime (onnxruntime, tokenizers,
numpy) or its files are missing, the judge reads with the rules alone, and `notice()` says so
once. A long line is read in windows of whole sentences, at most `MAX_WINDOWS` of them, so any
input is read in bounded time.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from . import movemodel, reader
from .background import BackgroundModel
from .moves import Move, MoveHit

# A line the network cannot read at once is read in windows of whole sentences of at most this
# many characters (well under its 128 tokens for ordinary prose); a line longer than
# `WHOLE_CHARS` is always read in windows, without counting its tokens.
WINDOW_CHARS = 400
WHOLE_CHARS = 2000
# Windows read at most for one line: with the rules' own limit (20,000 characters) this bounds the work.
MAX_WINDOWS = 64


# How close to its threshold a move's probability may sit for a share code's reading of it to
# be kept when the re-reading differs (int8 arithmetic may round differently on another
# processor): such a line is a coin toss on any machine.
MODEL_BORDERLINE = 0.002


@dataclass(frozen=True)
class Decision:
    """Why a move was or was not found in a line: the model's probability against its
    threshold, the words the rules found for it (None when the rules found none), and whether
    the rules decide this move alone."""

    move: Move
    probability: float
    threshold: float
    rules: MoveHit | None
    rules_decide: bool = False

    @property
    def found(self) -> bool:
        if self.rules_decide:
            return self.rules is not None
        return self.probability >= self.threshold


def _Loader(opener=movemodel.load) -> BackgroundModel[movemodel.MoveModel]:
    """The judge's model, opened in the background (tests pass their own `opener`)."""
    return BackgroundModel(opener, movemodel.ModelUnavailable, "move-model",
                           "Typed lines are read by the rules alone: the trained move model is unavailable ({}).",
                           wait_to_tell=True)


_loader = _Loader()


def read_with(opener) -> None:
    """Read with the model `opener` opens from now on, not the shipped one (the training tools
    measure a model of their own this way)."""
    global _loader
    _loader = _Loader(opener)
    forget()


def warm_up() -> None:
    """Start opening the model in the background (returns at once)."""
    _loader.start()


def settle() -> None:
    """Wait for the model to finish opening if it was started (a process that exits while the
    runtime is still opening it can die noisily)."""
    _loader.settle()


def default_reader():
    """The reader the game uses by default: this judge, its model starting to open in the background."""
    warm_up()
    return sys.modules[__name__]


def model_in_use() -> bool:
    """Whether lines are judged by the trained model (waits for it to open)."""
    return _loader.get() is not None


def reader_id() -> str:
    """Which reader judges lines here, as run records and share codes name it: the model's
    identity (`movemodel.identity`), or the rules' when the model is unavailable (waits for it
    to open)."""
    model = _loader.get()
    return model.identity if model is not None else reader.reader_id()


def borderline(text: str, move: str) -> bool:
    """Does the model put `move` within `MODEL_BORDERLINE` of its threshold for this line?
    (False when the model is unavailable or leaves the move to the rules.)"""
    model = _loader.get()
    if model is None or move in model.rules_decide or move not in model.thresholds:
        return False
    probability = _probabilities(model, text[:reader.READ_LIMIT])[move]
    return abs(probability - model.thresholds[move]) <= MODEL_BORDERLINE


def notice() -> str | None:
    """Once per process, after something asked for the model: a message for the player when it
    cannot be used (waiting for it to open), else None."""
    return _loader.notice()


def read_moves(text: str) -> list[MoveHit]:
    """Read an utterance into moves, each with the exact words that carry it.

    Never raises for any string; reads at most the rules' `READ_LIMIT` characters.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    return list(_read_cached(text[:reader.READ_LIMIT]))


def read_many(texts: Sequence[str]) -> list[list[MoveHit]]:
    """Read many utterances, the model reading the new ones two at a time (each as if alone)."""
    fresh = [t for t in dict.fromkeys(t[:reader.READ_LIMIT] for t in texts if isinstance(t, str) and t.strip())]
    model = _loader.get()
    if model is not None:
        todo = [t for t in fresh if not _known(t)]
        for text, probabilities in zip(todo, _line_probabilities(model, todo)):
            _remember(text, probabilities)
    return [read_moves(t) for t in texts]


def disputes(text: str) -> bool:
    """Does the utterance argue with a doubt rather than concede or answer it? (the rules decide)"""
    return reader.disputes(text)


def moves_in(text: str) -> list[Move]:
    """The distinct moves in an utterance, in order of appearance."""
    return list(dict.fromkeys(hit.move for hit in read_moves(text)))


def explain(text: str) -> list[Decision]:
    """For each of the twelve moves: the model's probability, its threshold, and the rules' words.

    Empty when the model is unavailable (the rules alone decide then).
    """
    model = _loader.get()
    if model is None or not isinstance(text, str) or not text.strip():
        return []
    text = text[:reader.READ_LIMIT]
    probabilities = _probabilities(model, text)
    rules = {}
    for hit in reader.read_moves(text):
        rules.setdefault(hit.move, hit)
    return [
        Decision(move, probabilities[move.value], model.thresholds[move.value], rules.get(move), move.value in model.rules_decide)
        for move in Move
    ]


def forget() -> None:
    """Drop every kept reading."""
    _read_cached.cache_clear()
    _scores.clear()


_scores: dict[str, dict[str, float]] = {}
_SCORES_KEPT = 50_000


def _known(text: str) -> bool:
    return text in _scores


def _remember(text: str, probabilities: dict[str, float]) -> None:
    if len(_scores) >= _SCORES_KEPT:
        _scores.clear()
    _scores[text] = probabilities


def _probabilities(model: movemodel.MoveModel, text: str) -> dict[str, float]:
    if text not in _scores:
        _remember(text, _line_probabilities(model, [text])[0])
    return _scores[text]


def _windows(model: movemodel.MoveModel, text: str) -> list[str]:
    """The text whole when the network reads it at once, else as windows of whole sentences
    of at most `WINDOW_CHARS` characters each (a longer sentence is a window of its own), at
    most `MAX_WINDOWS` of them."""
    if len(text) <= WINDOW_CHARS or (len(text) <= WHOLE_CHARS and model.fits(text)):
        return [text]
    windows: list[str] = []
    begin = end = None
    for start, stop in reader.sentence_spans(text):
        if begin is not None and stop - begin > WINDOW_CHARS:
            windows.append(text[begin:end])
            begin = None
        if begin is None:
            begin = start
        end = stop
        if len(windows) == MAX_WINDOWS:
            break
    if begin is not None and len(windows) < MAX_WINDOWS:
        windows.append(text[begin:end])
    return windows or [text[:WINDOW_CHARS]]


def _line_probabilities(model: movemodel.MoveModel, texts: list[str]) -> list[dict[str, float]]:
    """Each line's probabilities: a long line takes, per move, the highest of its windows."""
    windows = [_windows(model, text) for text in texts]
    flat = model.probabilities([w for group in windows for w in group])
    result, at = [], 0
    for group in windows:
        part = flat[at:at + len(group)]
        at += len(group)
        result.append({move: max(p[move] for p in part) for move in part[0]})
    return result


@lru_cache(maxsize=8192)
def _read_cached(text: str) -> tuple[MoveHit, ...]:
    rules = reader.read_moves(text)
    model = _loader.get()
    if model is None:
        return tuple(rules)
    probabilities = _probabilities(model, text)
    ruled = {hit.move.value for hit in rules}
    found = [
        Move(name) for name, p in probabilities.items()
        if (name in ruled if name in model.rules_decide else p >= model.thresholds[name])
    ]
    hits = [hit for hit in rules if hit.move in found]
    unplaced = [move for move in found if all(hit.move is not move for hit in hits)]
    if unplaced:
        hits += _sentence_hits(model, text, unplaced)
    return tuple(sorted(hits, key=lambda hit: (hit.start, list(Move).index(hit.move))))


def _sentence_hits(model: movemodel.MoveModel, text: str, moves: list[Move]) -> list[MoveHit]:
    """For moves the rules did not place: the sentence the model scores highest for each."""
    spans = reader.sentence_spans(text)[:MAX_WINDOWS * 4] or [(0, len(text))]
    if len(spans) == 1:
        spans = [_trimmed(text, 0, len(text))]
        scores = [{move.value: 1.0 for move in moves}]
    else:
        scores = model.probabilities([text[a:b] for a, b in spans])
    hits = []
    for move in moves:
        best = max(range(len(spans)), key=lambda i: scores[i][move.value])
        start, end = spans[best]
        hits.append(MoveHit(move, start, end, text[start:end]))
    return hits


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
