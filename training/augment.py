"""Provides realistic typing noise for training lines: the way real candidates type their closes.

Applied to training lines only, never to the threshold lines (see `training/data.py`), and
deterministic for a given seed. Each noisy line keeps its source line's moves:

- lower case, closing and inner punctuation dropped, apostrophes dropped ("whats", "im");
- common typos: a misspelling people really make ("definately"), or two letters swapped,
  one dropped or one doubled inside a longer word;
- texting shorthand ("u", "ur", "thx", "pls", "gonna");
- run-on lines: two short lines joined in one breath, carrying the union of their moves.
  Only lines whose moves stand alone are joined; a line carrying `counter_story`,
  `fit_reason` or `acknowledge_gap` is never joined, because a story, a reason or a
  concession can change what it does next to another sentence (a story answers a doubt
  named in the same breath), so joining could invent a move the union would not show.
"""

from __future__ import annotations

import random
import re

Item = tuple[str, list[str], bool]

SEED = 1729
# Share of written-to-definition training lines that get one noisy copy; every real-world
# training line gets REALWORLD_COPIES noisy copies, since theirs is the phrasing to learn.
SYNTHETIC_SHARE = 0.06
REALWORLD_COPIES = 2
# Run-on lines added, as a share of the training lines.
JOINED_SHARE = 0.03
JOIN_MAX_WORDS = 18
NEVER_JOINED = frozenset({"counter_story", "fit_reason", "acknowledge_gap"})

MISSPELLINGS = {
    "definitely": "definately", "really": "realy", "interested": "intrested",
    "interesting": "intresting", "opportunity": "oppurtunity", "experience": "experiance",
    "position": "postion", "receive": "recieve", "believe": "beleive", "necessary": "neccessary",
    "separate": "seperate", "until": "untill", "which": "wich", "their": "there",
    "forward": "foward", "question": "qestion", "questions": "qestions", "concerns": "concens",
    "because": "becuase", "environment": "enviroment", "company": "compnay", "would": "woud",
    "thanks": "thansk", "process": "proccess", "decision": "desicion",
    "available": "availible", "tomorrow": "tommorow", "grateful": "greatful", "truly": "truely",
}
SHORTHAND = [
    (r"\bthank you\b", "ty"), (r"\bthanks\b", "thx"), (r"\byou are\b", "ur"), (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bbecause\b", "cuz"),
    (r"\bgoing to\b", "gonna"), (r"\bwant to\b", "wanna"), (r"\bto be honest\b", "tbh"),
    (r"\bI don't know\b", "idk"), (r"\bare\b", "r"), (r"\bokay\b", "ok"), (r"\bsomething\b", "smth"),
    (r"\bprobably\b", "prob"), (r"\bby the way\b", "btw"), (r"\bwith\b", "w/"),
]
CONNECTORS = ("", "", "and ", "so ", "also ", "oh and ", "anyway ")
WORD = re.compile(r"[A-Za-z]+")


def lower(text: str) -> str:
    return text.lower()


def drop_punctuation(text: str) -> str:
    """Apostrophes and sentence punctuation go; dashes and commas between words become spaces."""
    text = re.sub(r"[’']", "", text)
    text = re.sub(r"[.!?;:,\"“”…]+", " ", text)
    text = re.sub(r"\s[-–—]+\s", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def typos(text: str, rng: random.Random) -> str:
    """One or two typos: a common misspelling where the line has one, else a slip inside a long word."""
    words = list(WORD.finditer(text))
    known = [m for m in words if m.group().lower() in MISSPELLINGS]
    long_words = [m for m in words if len(m.group()) >= 5]
    chosen = {}
    for _ in range(rng.choice((1, 1, 2))):
        if known and rng.random() < 0.6:
            match = rng.choice(known)
            chosen[match.start()] = (match, keep_case(match.group(), MISSPELLINGS[match.group().lower()]))
        elif long_words:
            match = rng.choice(long_words)
            chosen[match.start()] = (match, slip(match.group(), rng))
    for start in sorted(chosen, reverse=True):
        match, replacement = chosen[start]
        text = text[:start] + replacement + text[match.end():]
    return text


def slip(word: str, rng: random.Random) -> str:
    """A keyboard slip inside a word, never touching its first letter."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def keep_case(original: str, replacement: str) -> str:
    return replacement.capitalize() if original[:1].isupper() else replacement


def shorthand(text: str, rng: random.Random) -> str:
    """Texting shorthand for some of the words that have one (each kind of word chosen as a whole)."""
    for pattern, short in SHORTHAND:
        if rng.random() < 0.7:
            text = re.sub(pattern, short, text, flags=re.IGNORECASE)
    return text


def noisy(text: str, rng: random.Random) -> str:
    """A copy of `text` typed carelessly: at least one kind of noise, often several."""
    kinds = [k for k in ("lower", "punctuation", "typos", "shorthand") if rng.random() < 0.5]
    if not kinds:
        kinds = [rng.choice(("lower", "punctuation", "typos", "shorthand"))]
    if "shorthand" in kinds:
        text = shorthand(text, rng)
    if "typos" in kinds:
        text = typos(text, rng)
    if "punctuation" in kinds:
        text = drop_punctuation(text)
    if "lower" in kinds:
        text = lower(text)
    return text


def joinable(item: Item) -> bool:
    text, moves, _ = item
    return not NEVER_JOINED & set(moves) and len(text.split()) <= JOIN_MAX_WORDS


def join(first: Item, second: Item, rng: random.Random) -> Item:
    """Two lines said in one breath: no full stop between them, the second's moves added to the first's."""
    head = re.sub(r"[.!?…]+$", "", first[0].strip())
    tail = second[0].strip()
    tail = tail[:1].lower() + tail[1:] if not tail.startswith(("I ", "I'")) else tail
    text = f"{head} {rng.choice(CONNECTORS)}{tail}"
    moves = list(dict.fromkeys(first[1] + second[1]))
    return (text, moves, first[2] or second[2])


def sentence_parts(items: list[Item]) -> list[str]:
    """Each sentence, on its own, of the lines that have several (as the reader splits them),
    leaving out any that is already a line. They carry no labels of their own: a sentence of a
    line with two moves may carry either, so only a teacher model can say what each one does."""
    from game.core.reader import sentence_spans

    seen = {text for text, _, _ in items}
    parts: list[str] = []
    for text, _, _ in items:
        spans = sentence_spans(text)
        if len(spans) < 2:
            continue
        for start, end in spans:
            part = text[start:end].strip()
            if len(part.split()) >= 2 and part not in seen:
                seen.add(part)
                parts.append(part)
    return parts


def augment(items: list[Item], seed: int = SEED) -> list[Item]:
    """Noisy copies and run-on joins of training lines, each new and labelled by its sources' moves."""
    rng = random.Random(seed)
    seen = {text for text, _, _ in items}
    extra: list[Item] = []

    def add(item: Item) -> None:
        if item[0].strip() and item[0] not in seen:
            seen.add(item[0])
            extra.append(item)

    for text, moves, realworld in items:
        copies = REALWORLD_COPIES if realworld else int(rng.random() < SYNTHETIC_SHARE)
        for _ in range(copies):
            add((noisy(text, rng), list(moves), realworld))
    pool = [item for item in items if joinable(item)]
    for _ in range(int(len(items) * JOINED_SHARE) if len(pool) >= 2 else 0):
        first, second = rng.sample(pool, 2)
        joined = join(first, second, rng)
        add((noisy(joined[0], rng) if rng.random() < 0.5 else joined[0], joined[1], joined[2]))
    return extra
