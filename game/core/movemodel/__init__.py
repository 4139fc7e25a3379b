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
import os
from pathlib import Path
from typing import Sequence

from ..moves import MOVE_NAMES

MODEL_DIR = Path(__file__).parent
MODEL_FILE = "moves.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_JSON = "card.json"

# Tokens the network reads at most in one window; longer lines are read sentence by sentence.
READ_MAX_LENGTH = 128
# Lines scored together in one call of the network.
BATCH = 32


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

    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\x1e")
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            digest.update(item["text"].encode("utf-8") + b"\x1f")
            digest.update(",".join(sorted(item["moves"])).encode("utf-8") + b"\x1d")
    return digest.hexdigest()


def card(directory: Path = MODEL_DIR) -> dict:
    """The shipped model's card: thresholds, moves, corpus fingerprint and figures."""
    return json.loads((directory / CARD_JSON).read_text(encoding="utf-8"))


class MoveModel:
    """The network and its tokenizer, ready to score lines."""

    def __init__(self, session, tokenizer, moves: list[str], thresholds: dict[str, float]) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.moves = moves
        self.thresholds = thresholds

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, thresholds: dict[str, float] | None = None) -> "MoveModel":
        """Open the model in `directory`.

        Raises:
            ModelUnavailable: the runtime packages or the model files are missing.
        """
        try:
            import onnxruntime
            from tokenizers import Tokenizer
        except ImportError as error:
            raise ModelUnavailable(f"the model runtime is not installed ({error.name} is missing)") from None
        try:
            info = card(directory) if thresholds is None else {"moves": list(MOVE_NAMES), "thresholds": thresholds}
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = min(2, os.cpu_count() or 1)
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            # Threads that wait by spinning starve each other on a busy machine: let them sleep.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            session = onnxruntime.InferenceSession(
                str(directory / MODEL_FILE), options, providers=["CPUExecutionProvider"]
            )
            tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        except Exception as error:  # onnxruntime raises its own exception types for a bad file
            raise ModelUnavailable(f"the move model could not be opened: {error}") from None
        tokenizer.enable_truncation(max_length=READ_MAX_LENGTH)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        return cls(session, tokenizer, list(info["moves"]), dict(thresholds or info["thresholds"]))

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Each text's probability for each move, reading up to `BATCH` texts of similar length at a time."""
        import numpy

        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        result: list[dict[str, float]] = [{} for _ in texts]
        for start in range(0, len(order), BATCH):
            chosen = order[start:start + BATCH]
            encodings = self._tokenizer.encode_batch([texts[i] for i in chosen])
            ids = numpy.array([e.ids for e in encodings], dtype=numpy.int64)
            mask = numpy.array([e.attention_mask for e in encodings], dtype=numpy.int64)
            (logits,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
            chances = 1.0 / (1.0 + numpy.exp(-logits.astype(numpy.float64)))
            for row, index in zip(chances, chosen):
                result[index] = {move: float(p) for move, p in zip(self.moves, row)}
        return result

    def token_count(self, text: str) -> int:
        """How many tokens `text` takes, counting the two markers around it."""
        return len(self._tokenizer.encode(text).ids)


def load(directory: Path = MODEL_DIR) -> MoveModel:
    """Open the shipped move model (see `MoveModel.load`)."""
    return MoveModel.load(directory)
