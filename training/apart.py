"""Provides the command that keeps development lines apart from the held-out sets without reading them.

    python -m training.apart tests/corpus/realworld/dev-realworld5.yaml

Drops, from each development file named, every item whose source page is also a source of a
real-world held-out file (addresses compared without scheme, `www.` or a final slash), or
whose words a held-out line also has (compared case-blind). It prints counts only, never a
held-out line or address, so whoever runs it learns nothing of the exam but how many lines
went. Comments and layout of the rest of the file are kept.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def page(address: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", address.strip()).rstrip("/")


def heldout_marks(corpus: Path = CORPUS) -> tuple[set[str], set[str]]:
    """(held-out pages, held-out lines case-folded) of every held-out file."""
    pages: set[str] = set()
    lines: set[str] = set()
    for path in sorted(corpus.glob("heldout*.yaml")) + sorted((corpus / "realworld").glob("heldout*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            lines.add(item["text"].casefold())
            if "source" in item:
                pages.add(page(item["source"]))
    return pages, lines


def items_of(text: str) -> tuple[list[str], list[list[str]]]:
    """The lines before the first item, and each item's lines (a comment above an item goes with it)."""
    head: list[str] = []
    items: list[list[str]] = []
    pending: list[str] = []
    for line in text.split("\n"):
        if line.startswith("- "):
            items.append(pending + [line])
            pending = []
        elif line.startswith("#") or not line.strip():
            (pending if items else head).append(line)
        elif items:
            items[-1].extend(pending + [line])
            pending = []
        else:
            head.append(line)
    (items[-1] if items else head).extend(pending)
    return head, items


def keep_apart(path: Path, pages: set[str], lines: set[str]) -> tuple[int, int]:
    """Rewrite `path` without its items shared with a held-out set: (items read, items dropped)."""
    head, items = items_of(path.read_text(encoding="utf-8"))
    kept, dropped, read = [], 0, 0
    for block in items:
        body = [line for line in block if not line.startswith("#") and line.strip()]
        parsed = yaml.safe_load("\n".join(body)) if body else None
        if not parsed:
            kept.append(block)
            continue
        read += 1
        item = parsed[0]
        if page(item.get("source", "")) in pages or item["text"].casefold() in lines:
            dropped += 1
            comments = [line for line in block if line.startswith("#")]
            if comments and block[0].startswith("#"):
                kept.append(comments)
        else:
            kept.append(block)
    path.write_text("\n".join(head + [line for block in kept for line in block]), encoding="utf-8")
    return read, dropped


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.apart", description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path, help="development files to clean")
    args = parser.parse_args(argv)
    pages, lines = heldout_marks()
    for path in args.files:
        if path.name.startswith("heldout"):
            sys.exit(f"{path}: a held-out file is never cleaned by this command")
        read, dropped = keep_apart(path, pages, lines)
        print(f"{path}: {read} items read, {dropped} dropped as shared with a held-out set")


if __name__ == "__main__":
    main()
