"""Provides the trained move model: an int8 ONNX network that scores a line for each of the twelve moves.

The files beside this module are written by `python -m training.train_moves` (see
`training/`): `moves.onnx` (the quantised network), `tokenizer.json`, and `card.json`
(per-move thresholds, the fingerprint of the corpus it was trained on, and its figures; the
human-readable card is `CARD.md`). Reading needs `onnxruntime`, `tokenizers` and `numpy`;
when any of them is missing `load()` raises `ModelUnavailable` and the game reads with its
rules instead. Nothing here downloads anything.
"""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

from ..moves import MOVE_NAMES
from ..onnxmodel import open_network

MODEL_DIR = Path(__file__).parent
MODEL_FILE = "moves.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_JSON = "card.json"

# Tokens the network reads at most in one window; longer lines are read sentence by sentence.
READ_MAX_LENGTH = 128
# Lines read at the same time, each on its own thread.
READERS = 2


class ModelUnavailable(Exception):
    """The runtime (onnxruntime, tokenizers, numpy) or the model files are missing."""


def training_files(root: Path) -> list[Path]:
    """The labelled development files the shipped model is trained on (never `heldout*`)."""
    corpus = root / "tests" / "corpus"
    paths = sorted(corpus.glob("dev*.yaml")) + sorted((corpus / "realworld").glob("dev-realworld*.yaml"))
    return [path for path in paths if not path.name.startswith("heldout")]


def corpus_fingerprint(paths: Sequence[Path], root: Path) -> str:
    """A digest of the labelled lines in `paths` (file names, texts and move sets, not comments)."""
    import yaml

    # libyaml's loader, where PyYAML was built with it, reads the corpus about ten times faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\x1e")
        for item in yaml.load(path.read_text(encoding="utf-8"), Loader=loader):
            digest.update(item["text"].encode("utf-8") + b"\x1f")
            digest.update(",".join(sorted(item["moves"])).encode("utf-8") + b"\x1d")
    return digest.hexdigest()


def card(directory: Path = MODEL_DIR) -> dict:
    """The shipped model's card: thresholds, moves the rules decide, corpus fingerprint and figures."""
    return json.loads((directory / CARD_JSON).read_text(encoding="utf-8"))


def identity(directory: Path, thresholds: dict[str, float], rules_decide: Sequence[str]) -> str:
    """The model's name in run records and share codes: `model-` and a digest of its network,
    its tokenizer, its thresholds and the moves left to the rules, so two machines share a
    name exactly when they read lines the same way."""
    digest = hashlib.sha256()
    for name in (MODEL_FILE, TOKENIZER_FILE):
        with open(directory / name, "rb") as handle:
            digest.update(hashlib.file_digest(handle, "sha256").digest())
    digest.update(json.dumps([sorted(thresholds.items()), sorted(rules_decide)]).encode("utf-8"))
    return "model-" + digest.hexdigest()[:16]


class MoveModel:
    """The network and its tokenizer, ready to score lines."""

    def __init__(self, session, tokenizer, moves: list[str], thresholds: dict[str, float],
                 rules_decide: tuple[str, ...] = (), identity: str = "model") -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.moves = moves
        self.thresholds = thresholds
        # Moves the rules reader decides alone (see the card).
        self.rules_decide = rules_decide
        # The name run records and share codes give this model (see `identity`).
        self.identity = identity

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, thresholds: dict[str, float] | None = None) -> "MoveModel":
        """Open the model in `directory`.

        Raises:
            ModelUnavailable: the runtime packages or the model files are missing.
        """
        # One thread per reading: a typed line is short, and many lines are read two at a time
        # on two threads (`probabilities`), which keeps both cores busy without each reading's
        # threads waiting on the other's.
        session, tokenizer = open_network(directory, MODEL_FILE, TOKENIZER_FILE, what="move model", threads=1,
                                          max_length=READ_MAX_LENGTH, unavailable=ModelUnavailable)
        try:
            info = card(directory) if thresholds is None else {"moves": list(MOVE_NAMES), "thresholds": thresholds}
        except (OSError, ValueError) as error:
            raise ModelUnavailable(f"the move model's card could not be read: {error}") from None
        thresholds = dict(thresholds or info["thresholds"])
        rules_decide = tuple(info.get("rules_decide", ()))
        return cls(session, tokenizer, list(info["moves"]), thresholds, rules_decide,
                   identity(directory, thresholds, rules_decide))

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Each text's probability for each move.

        Each text is read on its own: int8 dynamic quantisation scales activations over a
        whole batch, so lines read together would change each other's scores. Several texts
        are read two at a time, on two threads.
        """
        if len(texts) <= 1:
            return [self._read(text) for text in texts]
        with ThreadPoolExecutor(max_workers=READERS) as pool:
            return list(pool.map(self._read, texts))

    def _read(self, text: str) -> dict[str, float]:
        import numpy

        encoding = self._tokenizer.encode(text)
        ids = numpy.array([encoding.ids], dtype=numpy.int64)
        mask = numpy.array([encoding.attention_mask], dtype=numpy.int64)
        (logits,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        chances = 1.0 / (1.0 + numpy.exp(-logits[0].astype(numpy.float64)))
        return {move: float(p) for move, p in zip(self.moves, chances)}

    def fits(self, text: str) -> bool:
        """Whether the network reads all of `text` at once (it takes at most `READ_MAX_LENGTH` tokens)."""
        return len(self._tokenizer.encode(text).ids) < READ_MAX_LENGTH


def load(directory: Path = MODEL_DIR) -> MoveModel:
    """Open the shipped move model (see `MoveModel.load`)."""
    return MoveModel.load(directory)
