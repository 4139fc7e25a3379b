"""Provides the measuring command for the pertinence judge on labelled pair files.

    python -m training.measure_pertinence tests/corpus/pertinence/dev-tune.yaml [FILE...] [--cases]

For the story cases and the reason cases of all the files together, prints the share the
shipped model (`game/core/meaningmodel/`, at its card's threshold) judges as labelled, overall
and for each of the four kinds (pertinent or irrelevant, with the doubt's words shared or
none). Only totals are printed unless `--cases` asks for one line per case. Needs only the
game's runtime (onnxruntime, tokenizers, numpy), not the training packages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core import meaningmodel  # noqa: E402

KINDS = ((True, "shared"), (True, "none"), (False, "shared"), (False, "none"))


def kind_name(kind: tuple[bool, str]) -> str:
    return f"{'pertinent' if kind[0] else 'irrelevant'}, words {kind[1]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.measure_pertinence", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help="pair files (stories: and/or reasons:)")
    parser.add_argument("--cases", action="store_true", help="also print each case: right or wrong, its score, its kind")
    args = parser.parse_args(argv)
    try:
        pairs = [pair for path in args.files for pair in meaningmodel.read_pairs(path)]
        model = meaningmodel.load()
    except (OSError, ValueError, meaningmodel.ModelUnavailable) as error:
        print(f"measure_pertinence: {error}", file=sys.stderr)
        return 1
    print(f"pertinence model at threshold {model.threshold:.2f}; {len(pairs)} cases from {len(args.files)} file(s)")
    for section in meaningmodel.SECTIONS:
        cases = [p for p in pairs if p.section == section]
        if not cases:
            continue
        right = []
        for pair in cases:
            probability = model.score(pair.anchor, pair.candidate)
            ok = (probability >= model.threshold) == pair.pertinent
            right.append(ok)
            if args.cases:
                print(f"  {'right' if ok else 'WRONG'} {probability:.2f} [{kind_name(pair.kind)}] {pair.candidate[:90]}")
        print(f"{section}: {sum(right)}/{len(cases)} = {sum(right) / len(cases):.1%}")
        for kind in KINDS:
            marks = [ok for ok, pair in zip(right, cases) if pair.kind == kind]
            if marks:
                print(f"  {kind_name(kind):<26} {sum(marks)}/{len(marks)} = {sum(marks) / len(marks):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
