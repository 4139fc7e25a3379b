"""Provides the cross-author measurement: train without some real-world development files, then
score the judge on them.

    python -m training.crossauthor --out /tmp/cross-base
    python -m training.crossauthor --out /tmp/cross-e3 -- --epochs 3

Each real-world development file was gathered by a different author from different pages, so a
model trained without some of them and scored on them shows how it reads phrasing it has never
met, without touching a held-out set. The training itself is `training.train_moves`, with the
files named by `--leave-out` taken out of its corpus and anything after `--` passed on to it;
the trained model goes to `--out` (never the shipped folder). The score is macro-F1 of the
judge (the model deciding, the rules where its card says) per left-out file and over them
pooled, printed with each move's F1. Changes to the recipe are compared this way, on the same
left-out files, two seeds each where the difference is small (one seed moves the pooled figure
by about 0.005).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core import judge, movemodel  # noqa: E402
from training.card import labelled, measure  # noqa: E402

REALWORLD = ROOT / "tests" / "corpus" / "realworld"
LEAVE_OUT = ("dev-realworld2.yaml", "dev-realworld3.yaml", "dev-realworld4.yaml", "dev-realworld5.yaml")


def score(model_dir: Path, names: tuple[str, ...]) -> dict[str, dict[str, object]]:
    """The judge with the model in `model_dir`, on each named real-world file and on them
    pooled (`training.card.measure`: lines, macro-F1 and each move's F1)."""
    judge.read_with(lambda: movemodel.MoveModel.load(model_dir))
    sets = {name: labelled(REALWORLD / name) for name in names}
    sets["pooled"] = [item for name in names for item in sets[name]]
    return {name: measure(items) for name, items in sets.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.crossauthor", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where the experiment's model goes")
    parser.add_argument("--leave-out", nargs="+", default=list(LEAVE_OUT), help="real-world development files to train without")
    parser.add_argument("--score-only", action="store_true", help="score the model already in --out")
    args, passed = parser.parse_known_args(argv)
    names = tuple(args.leave_out)
    if args.out.resolve() == movemodel.MODEL_DIR.resolve():
        raise SystemExit("--out must not be the shipped model's folder")
    if not args.score_only:
        from training import train_moves

        every = movemodel.training_files
        movemodel.training_files = lambda root: [p for p in every(root) if p.name not in names]
        train_moves.main(["--out", str(args.out)] + [a for a in passed if a != "--"])
    for name, figures in score(args.out, names).items():
        print(f"{name}: macro-F1 {figures['macro_f1']:.3f}  " + " ".join(f"{m} {f:.2f}" for m, f in figures["f1"].items()))


if __name__ == "__main__":
    main()
