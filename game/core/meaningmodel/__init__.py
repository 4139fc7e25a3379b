"""Provides the trained pertinence model: an int8 ONNX network that reads a (doubt, story) or a
(trait, reason) pair together and scores how much the second speaks to the first.

The files beside this module are written by `python -m training.train_pertinence`:
`pertinence.onnx` (the quantised network), `tokenizer.json`, and `card.json` (the threshold,
the fingerprint of the pairs it was trained on, and its figures; the human-readable card is
`CARD.md`). Reading needs `onnxruntime`, `tokenizers` and `numpy`; when any of them is missing
`load()` raises `ModelUnavailable`. Nothing here downloads anything.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..onnxmodel import open_network

MODEL_DIR = Path(__file__).parent
MODEL_FILE = "pertinence.onnx"
TOKENIZER_FILE = "tokenizer.json"
CARD_JSON = "card.json"

# Tokens read at most for one pair (the longer side is cut first).
READ_MAX_LENGTH = 256
# The development pair files kept out of training, to choose the threshold and report figures.
TUNE_FILES = ("dev-tune.yaml",)
# Development pair files kept out of training and of the threshold choice alike: measured only.
CHECK_FILES = ("dev-check.yaml",)


class ModelUnavailable(Exception):
    """The runtime (onnxruntime, tokenizers, numpy) or the model files are missing."""


@dataclass(frozen=True)
class Pair:
    """One labelled case: does `candidate` (a story or a reason) speak to `anchor` (a doubt or a trait)?"""

    section: str  # "stories" or "reasons"
    anchor: str
    candidate: str
    pertinent: bool
    words: str  # "shared" or "none"

    @property
    def kind(self) -> tuple[bool, str]:
        return self.pertinent, self.words


SECTIONS = {"stories": ("doubt", "story"), "reasons": ("trait", "reason")}


def read_pairs(path: Path) -> list[Pair]:
    """The cases of one pair file (the format is in docs/pertinence.md).

    Raises:
        ValueError: the file does not follow the format.
    """
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a pair file is a mapping with 'stories' and/or 'reasons'")
    pairs = []
    for section, (anchor, candidate) in SECTIONS.items():
        for index, case in enumerate(data.get(section) or []):
            try:
                if not isinstance(case["pertinent"], bool) or case["words"] not in ("shared", "none"):
                    raise KeyError("pertinent")
                pairs.append(Pair(section, str(case[anchor]), str(case[candidate]), case["pertinent"], case["words"]))
            except (KeyError, TypeError):
                raise ValueError(
                    f"{path}: {section}[{index}] needs '{anchor}', '{candidate}', 'pertinent' (true/false) and 'words' (shared/none)"
                ) from None
    return pairs


def training_files(root: Path) -> list[Path]:
    """The development pair files the shipped model learns from (never `heldout*`, the tune files or the check files)."""
    folder = root / "tests" / "corpus" / "pertinence"
    return [p for p in sorted(folder.glob("dev*.yaml")) if p.name not in TUNE_FILES + CHECK_FILES]


def tune_files(root: Path) -> list[Path]:
    folder = root / "tests" / "corpus" / "pertinence"
    return [folder / name for name in TUNE_FILES]


def pairs_fingerprint(paths: Sequence[Path], root: Path) -> str:
    """A digest of the labelled pairs in `paths` (file names, texts and labels, not comments)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\x1e")
        for pair in read_pairs(path):
            for part in (pair.section, pair.anchor, pair.candidate, str(pair.pertinent), pair.words):
                digest.update(part.encode("utf-8") + b"\x1f")
            digest.update(b"\x1d")
    return digest.hexdigest()


def card(directory: Path = MODEL_DIR) -> dict:
    """The shipped model's card: threshold, fingerprint of its pairs, and figures."""
    return json.loads((directory / CARD_JSON).read_text(encoding="utf-8"))


class PertinenceModel:
    """The network and its tokenizer, ready to score pairs."""

    def __init__(self, session, tokenizer, threshold: float) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._inputs = {i.name for i in session.get_inputs()}
        self.threshold = threshold

    @classmethod
    def load(cls, directory: Path = MODEL_DIR, threshold: float | None = None) -> "PertinenceModel":
        """Open the model in `directory`.

        Raises:
            ModelUnavailable: the runtime packages or the model files are missing.
        """
        session, tokenizer = open_network(directory, MODEL_FILE, TOKENIZER_FILE, what="pertinence model",
                                          threads=min(2, os.cpu_count() or 1), max_length=READ_MAX_LENGTH,
                                          unavailable=ModelUnavailable)
        try:
            chosen = card(directory)["threshold"] if threshold is None else threshold
        except (OSError, ValueError, KeyError) as error:
            raise ModelUnavailable(f"the pertinence model's card could not be read: {error}") from None
        return cls(session, tokenizer, float(chosen))

    def score(self, anchor: str, candidate: str) -> float:
        """The probability that `candidate` speaks to `anchor` (each pair read on its own, so scores never depend on other pairs)."""
        import numpy

        encoding = self._tokenizer.encode(anchor, candidate)
        feed = {
            "input_ids": numpy.array([encoding.ids], dtype=numpy.int64),
            "attention_mask": numpy.array([encoding.attention_mask], dtype=numpy.int64),
            "token_type_ids": numpy.array([encoding.type_ids], dtype=numpy.int64),
        }
        (logits,) = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})
        return float(1.0 / (1.0 + numpy.exp(-float(logits[0]))))

    def pertinent(self, anchor: str, candidate: str) -> bool:
        return self.score(anchor, candidate) >= self.threshold


def load(directory: Path = MODEL_DIR) -> PertinenceModel:
    """Open the shipped pertinence model (see `PertinenceModel.load`)."""
    return PertinenceModel.load(directory)
