"""Provides the judge's held-out measurement as recorded counts, so the suite reads most lines once per change.

Reading the ten held-out sets through the move model takes a few minutes on a busy two-core
machine. `tests/fixtures/judge-heldout.json` keeps, per set, the judge's true positive, false
positive and false negative counts for each move (totals only: no line, no per-line reading),
once for the whole set and once for a fixed sample of it, under a key: the model's identity,
a digest of the code and data that decide a reading (`judge.py` and every `game` module it
imports, and the word model's weights), and a digest of the held-out files. The tests in
`tests/test_movemodel.py` use the recorded counts while the key matches, and re-read the
sample every run to check the record still describes the judge; when the key no longer
matches they read every line and one test asks for a fresh record:

    python tests/judge_heldout.py
"""

from __future__ import annotations

import ast
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core import judge, movemodel  # noqa: E402
from game.core.moves import MOVE_NAMES  # noqa: E402
from test_reader_corpus import HELDOUT_FILES, Scores, load  # noqa: E402

RECORD = ROOT / "tests" / "fixtures" / "judge-heldout.json"
# One line in SAMPLE_EVERY (chosen by a digest of its text, so the same lines in any order) is re-read every run.
SAMPLE_EVERY = 8
# Data files read by the reading code, besides the model files the model's identity covers.
READING_DATA = ("game/core/wordmodel.json",)


def reading_code() -> list[Path]:
    """`game/core/judge.py` and every module of the `game` package it imports, directly or not."""
    seen: dict[str, Path] = {}
    todo = ["game.core.judge"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = ROOT.joinpath(*name.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if not path.is_file():
            continue
        seen[name] = path
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                todo += [alias.name for alias in node.names if alias.name.startswith("game.")]
            elif isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                module = f"{base}.{node.module}" if node.level and node.module else (node.module or base)
                if node.level or module.startswith("game."):
                    todo.append(module)
                    todo += [f"{module}.{alias.name}" for alias in node.names]
    return sorted(seen.values())


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(ROOT).as_posix().encode("utf-8") + b"\x1e" + path.read_bytes() + b"\x1d")
    return digest.hexdigest()


def key() -> dict[str, str]:
    """What the recorded counts hold for: the model, the reading code and data, the held-out files."""
    card = movemodel.card()
    return {
        "model": movemodel.identity(movemodel.MODEL_DIR, card["thresholds"], card.get("rules_decide", ())),
        "code": _digest(reading_code() + [ROOT / name for name in READING_DATA]),
        "heldout": _digest(HELDOUT_FILES),
    }


def in_sample(text: str) -> bool:
    return hashlib.sha256(text.encode("utf-8")).digest()[0] % SAMPLE_EVERY == 0


def measure(items: list[dict]) -> Scores:
    """The judge's counts over labelled lines (each line read once)."""
    tp = {m: 0 for m in MOVE_NAMES}
    fp, fn = dict(tp), dict(tp)
    for item, hits in zip(items, judge.read_many([item["text"] for item in items])):
        gold, found = set(item["moves"]), {hit.move.value for hit in hits}
        for move in MOVE_NAMES:
            tp[move] += move in gold and move in found
            fp[move] += move in found and move not in gold
            fn[move] += move in gold and move not in found
    return Scores(tp, fp, fn, len(items))


def counts(scores: Scores) -> dict:
    return {"lines": scores.size, "tp": scores.tp, "fp": scores.fp, "fn": scores.fn}


def scores(recorded: dict) -> Scores:
    return Scores(dict(recorded["tp"]), dict(recorded["fp"]), dict(recorded["fn"]), recorded["lines"])


def recorded() -> dict | None:
    """The record, or None when there is none."""
    return json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.is_file() else None


def main() -> None:
    if not judge.model_in_use():
        raise SystemExit(f"the move model cannot be opened: {judge.notice()}")
    sets = {}
    for path in HELDOUT_FILES:
        items = load([path])
        sets[path.stem] = {
            "whole": counts(measure(items)),
            "sample": counts(measure([item for item in items if in_sample(item["text"])])),
        }
        print(f"{path.stem}: macro-F1 {scores(sets[path.stem]['whole']).macro_f1:.3f}")
    RECORD.write_text(json.dumps({"key": key(), "sets": sets}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {RECORD.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
