"""Provides self-knowledge: the item lists, a player's ranked profile, their story bank, and YAML export/import.

The four kinds (interests, motivators, skills, culture) come from `selfknowledge.yaml`. A
player ranks items of each kind, writes one line of evidence for the top ones, may add
items of their own, and keeps short stories (situation, action, result) for doubts. The
whole thing is one small document per player in the saves, and a YAML file they can edit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .fields import FieldReader
from .yamlsource import LocatedDocument, SourceError, load_yaml, parse_yaml

ITEM_FILE = Path(__file__).with_name("selfknowledge.yaml")
KINDS: tuple[str, ...] = ("interests", "motivators", "skills", "culture")
KIND_TITLES = {"interests": "Interests", "motivators": "Motivators", "skills": "Skills", "culture": "Culture"}
TOP = 3
MAX_TEXT = 300
MAX_STORIES = 40
MAX_OWN = 12
MAX_PRACTICE = 20
MAX_ADVERT_KEPT = 200_000
STORY_FIELDS = ("title", "situation", "action", "result")

_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|hundreds|thousand|thousands|dozen|half|third|quarter|double|twice|halved|tripled)\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|winter|overnight|deadline)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}")


class SelfKnowledgeError(Exception):
    """A self-knowledge file with one or more located problems."""

    def __init__(self, problems: list[SourceError]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Item:
    """One thing a player may know about themselves: an interest, motivator, skill or culture."""

    kind: str
    id: str
    label: str
    about: str
    topics: tuple[str, ...] = ()
    own: bool = False

    @property
    def words(self) -> str:
        """Everything that says what the item is about, for matching against a role."""
        return " ".join((self.label, self.about, *self.topics))


def _read_items(doc: LocatedDocument) -> dict[str, tuple[Item, ...]]:
    reader = FieldReader(doc)
    reader.mapping((), KINDS, "the self-knowledge list")
    found: dict[str, tuple[Item, ...]] = {}
    for kind in KINDS:
        def build(path: tuple, kind: str = kind) -> Item:
            reader.mapping(path, ("id", "label", "about", "topics"), "an item")
            return Item(kind, reader.slug(path + ("id",), "an item"), reader.text(path + ("label",), "an item"),
                        reader.text(path + ("about",), "an item"), reader.words(path + ("topics",), "an item"))
        found[kind] = tuple(reader.each((kind,), "the self-knowledge list", build, minimum=1))
    every = [(item.id, (kind, i, "id")) for kind in KINDS for i, item in enumerate(found[kind])]
    reader.unique_ids(every, "item id")
    if reader.problems:
        raise SelfKnowledgeError(reader.problems)
    return found


@lru_cache(maxsize=1)
def catalogue() -> dict[str, tuple[Item, ...]]:
    """The bundled items of each kind."""
    return _read_items(load_yaml(ITEM_FILE))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:30].strip("-") or "item"


def _line(text: object, limit: int = MAX_TEXT) -> str:
    """One tidy line: whitespace folded, control characters dropped, cut to `limit`."""
    cleaned = "".join(c for c in str(text) if c.isprintable() or c.isspace())
    return " ".join(cleaned.split())[:limit]


@dataclass
class Profile:
    """A player's ranked items per kind, evidence for the top ones, and items of their own."""

    ranked: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})
    evidence: dict[str, str] = field(default_factory=dict)
    own: list[Item] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not any(self.ranked.get(kind) for kind in KINDS)

    def items(self, kind: str) -> list[Item]:
        """Every item of a kind the player can pick: the bundled ones, then their own."""
        return list(catalogue()[kind]) + [item for item in self.own if item.kind == kind]

    def item(self, item_id: str) -> Item | None:
        for kind in KINDS:
            for item in self.items(kind):
                if item.id == item_id:
                    return item
        return None

    def chosen(self, kind: str) -> list[Item]:
        """The picked items of a kind, best first."""
        return [item for item_id in self.ranked.get(kind, []) if (item := self.item(item_id))]

    def top(self, kind: str) -> list[Item]:
        return self.chosen(kind)[:TOP]

    def top_items(self) -> list[Item]:
        """The top items of every kind, kind by kind, best first within each."""
        return [item for kind in KINDS for item in self.top(kind)]

    def pick(self, item_id: str) -> None:
        """Add an item to the end of its kind's ranking (no change when already picked)."""
        item = self.item(item_id)
        if item and item_id not in self.ranked[item.kind]:
            self.ranked[item.kind].append(item_id)

    def drop(self, item_id: str) -> None:
        for kind in KINDS:
            if item_id in self.ranked[kind]:
                self.ranked[kind].remove(item_id)
        self.evidence.pop(item_id, None)

    def move(self, item_id: str, step: int) -> None:
        """Move a picked item up (step -1) or down (step 1) in its kind's ranking."""
        for kind in KINDS:
            order = self.ranked[kind]
            if item_id in order:
                at = order.index(item_id)
                to = max(0, min(len(order) - 1, at + step))
                order.insert(to, order.pop(at))

    def add_own(self, kind: str, label: str, about: str = "") -> Item:
        """Add an item of the player's own to a kind and pick it.

        Raises:
            ValueError: the label is empty, or the player already has the most own items allowed.
        """
        label = _line(label, 60)
        if not label:
            raise ValueError("an item needs a name")
        if len(self.own) >= MAX_OWN:
            raise ValueError(f"you can add at most {MAX_OWN} items of your own")
        existing = next((i for i in self.items(kind) if i.label.lower() == label.lower()), None)
        if existing:
            self.pick(existing.id)
            return existing
        base = "own-" + _slug(label)
        item_id, n = base, 2
        while self.item(item_id):
            item_id, n = f"{base}-{n}", n + 1
        item = Item(kind, item_id, label, _line(about) or label, tuple(w.lower() for w in label.split()), own=True)
        self.own.append(item)
        self.pick(item_id)
        return item

    def set_evidence(self, item_id: str, line: str) -> None:
        text = _line(line).rstrip(".")
        if text:
            self.evidence[item_id] = text
        else:
            self.evidence.pop(item_id, None)

    def text(self) -> str:
        """Everything the profile says about the player, for matching (labels, evidence, own items)."""
        parts = []
        for item in self.top_items():
            parts.append(item.words)
            parts.append(self.evidence.get(item.id, ""))
        return " ".join(parts)

    def as_doc(self) -> dict[str, Any]:
        return {
            "ranked": {kind: list(self.ranked[kind]) for kind in KINDS},
            "evidence": dict(self.evidence),
            "own": [{"kind": i.kind, "id": i.id, "label": i.label, "about": i.about} for i in self.own],
        }

    @classmethod
    def from_doc(cls, doc: Any) -> "Profile":
        """A profile from a stored document, skipping anything malformed."""
        profile = cls()
        if not isinstance(doc, dict):
            return profile
        for raw in doc.get("own") or []:
            if isinstance(raw, dict) and raw.get("kind") in KINDS and raw.get("label") and raw.get("id"):
                label = _line(raw["label"], 60)
                profile.own.append(Item(raw["kind"], _line(raw["id"], 40), label, _line(raw.get("about", "")) or label,
                                        tuple(w.lower() for w in label.split()), own=True))
        ranked = doc.get("ranked") if isinstance(doc.get("ranked"), dict) else {}
        for kind in KINDS:
            for item_id in ranked.get(kind) or []:
                item = profile.item(str(item_id))
                if item and item.kind == kind:
                    profile.pick(item.id)
        evidence = doc.get("evidence") if isinstance(doc.get("evidence"), dict) else {}
        for item_id, line in evidence.items():
            if profile.item(str(item_id)):
                profile.set_evidence(str(item_id), str(line))
        return profile


@dataclass(frozen=True)
class Story:
    """A short true story for answering a doubt: what the situation was, what I did, how it ended."""

    title: str
    situation: str = ""
    action: str = ""
    result: str = ""
    tags: tuple[str, ...] = ()

    @classmethod
    def make(cls, title: str, situation: str = "", action: str = "", result: str = "",
             tags: tuple[str, ...] | list[str] | str = ()) -> "Story":
        """A story with every field tidied to one line (tags may be given as 'a, b')."""
        if isinstance(tags, str):
            tags = tags.split(",")
        clean_tags = tuple(dict.fromkeys(t for t in (_line(t, 40).lower() for t in tags) if t))
        return cls(_line(title, 80), _line(situation), _line(action), _line(result), clean_tags)

    @property
    def spoken(self) -> str:
        """The story as the candidate would tell it: situation, action, result."""
        parts = [p.strip() for p in (self.situation, self.action, self.result) if p.strip()]
        return " ".join(p if p[-1] in ".!?" else p + "." for p in parts)

    @property
    def words(self) -> str:
        """What the story says, for matching against a doubt."""
        return " ".join((self.title, self.spoken, *self.tags))

    def tip(self) -> str | None:
        """One line on what the story still needs, or None when it is ready to tell."""
        if not self.title:
            return "Give the story a short title so you can find it again."
        if not self.action:
            return "Say what you did yourself: that is the part that answers a doubt."
        if not self.result:
            return "Say how it ended: what changed, by how much, or what someone said afterwards."
        body = " ".join((self.situation, self.action, self.result))
        if not (_NUMBER.search(body) or _TIME.search(body) or _NAME.search(body)):
            return "Add one concrete detail: a number, a date, a name, or how long it took."
        return None

    def as_doc(self) -> dict[str, Any]:
        return {"title": self.title, "situation": self.situation, "action": self.action,
                "result": self.result, "tags": list(self.tags)}

    @classmethod
    def from_doc(cls, doc: Any) -> "Story | None":
        if not isinstance(doc, dict) or not doc.get("title"):
            return None
        tags = doc.get("tags") if isinstance(doc.get("tags"), list) else []
        return cls.make(str(doc["title"]), str(doc.get("situation", "")), str(doc.get("action", "")),
                        str(doc.get("result", "")), [str(t) for t in tags])


@dataclass
class SelfKnowledge:
    """Everything one player knows about themselves: their profile, stories, practice runs and the last advert they prepared."""

    profile: Profile = field(default_factory=Profile)
    stories: list[Story] = field(default_factory=list)
    practice: list[dict[str, Any]] = field(default_factory=list)
    advert: str = ""

    def add_story(self, story: Story) -> None:
        """Raises:
            ValueError: the bank is full or the story has no title."""
        if not story.title:
            raise ValueError("a story needs a title")
        if len(self.stories) >= MAX_STORIES:
            raise ValueError(f"the story bank holds at most {MAX_STORIES} stories")
        self.stories.append(story)

    def replace_story(self, index: int, story: Story) -> None:
        if not story.title:
            raise ValueError("a story needs a title")
        self.stories[index] = story

    def add_practice(self, run: dict[str, Any]) -> None:
        """Keep a practice run's headline (role, score, outcome, when), newest last."""
        self.practice.append({k: run[k] for k in ("role", "score", "outcome", "when") if k in run})
        del self.practice[:-MAX_PRACTICE]

    def keep_advert(self, text: str) -> None:
        """Keep the advert the player is preparing for (cut to the size `prepare` reads)."""
        self.advert = text[:MAX_ADVERT_KEPT]

    def as_doc(self) -> dict[str, Any]:
        return {"profile": self.profile.as_doc(), "stories": [s.as_doc() for s in self.stories],
                "practice": list(self.practice), "advert": self.advert}

    @classmethod
    def from_doc(cls, doc: Any) -> "SelfKnowledge":
        """A player's self-knowledge from the saves (an empty one for a missing or odd document)."""
        if not isinstance(doc, dict):
            return cls()
        stories = [s for raw in (doc.get("stories") or [])[:MAX_STORIES] if (s := Story.from_doc(raw))]
        practice = [p for p in (doc.get("practice") or []) if isinstance(p, dict)][-MAX_PRACTICE:]
        advert = doc.get("advert") if isinstance(doc.get("advert"), str) else ""
        return cls(Profile.from_doc(doc.get("profile")), stories, practice, advert[:MAX_ADVERT_KEPT])

    def as_json(self) -> dict[str, Any]:
        """The `"self"` part of `closer profile --json`."""
        out: dict[str, Any] = {}
        for kind in KINDS:
            out[kind] = [{"id": i.id, "label": i.label, "evidence": self.profile.evidence.get(i.id, ""), "own": i.own}
                         for i in self.profile.chosen(kind)]
        return out

    def stories_json(self) -> list[dict[str, Any]]:
        return [dict(s.as_doc(), tip=s.tip()) for s in self.stories]


# ----- the hand-editable file --------------------------------------------------------------

FILE_HEADER = """\
# Self-knowledge for {player}, kept by closer. Edit it by hand and load it back with:
#   closer profile --import THIS_FILE --player "{player}"
# Under each kind, list items best first. 'item' is an id or a name from the game's lists,
# or a name of your own (add 'about' to say what it means); 'evidence' is one line that
# shows it is true of you. Stories need a title; situation, action and result tell it.
"""


def to_yaml(player: str, knowledge: SelfKnowledge) -> str:
    """The player's self-knowledge as a YAML file they can read, edit and import again."""
    data: dict[str, Any] = {"player": player}
    for kind in KINDS:
        entries = []
        for item in knowledge.profile.chosen(kind):
            entry: dict[str, Any] = {"item": item.label if item.own else item.id}
            if item.own and item.about != item.label:
                entry["about"] = item.about
            if item.id in knowledge.profile.evidence:
                entry["evidence"] = knowledge.profile.evidence[item.id]
            entries.append(entry)
        data[kind] = entries
    data["stories"] = [s.as_doc() for s in knowledge.stories]
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    return FILE_HEADER.format(player=player.replace('"', "'")) + body


def from_yaml(text: str, file: str = "<self-knowledge>", practice: list[dict[str, Any]] | None = None,
              advert: str = "") -> SelfKnowledge:
    """Read a self-knowledge file written by `to_yaml` (or by hand); the practice log and the
    advert being prepared, which the file does not hold, are carried over as given.

    Raises:
        SelfKnowledgeError: every problem found, each as `file:line:col: message`.
    """
    try:
        doc = parse_yaml(text, file)
    except SourceError as exc:
        raise SelfKnowledgeError([exc]) from None
    if not isinstance(doc.data, dict):
        raise SelfKnowledgeError([doc.error((), "a self-knowledge file must be a mapping with interests, motivators, skills, culture and stories")])
    reader = FieldReader(doc)
    reader.mapping((), ("player",) + KINDS + ("stories",), "a self-knowledge file")
    profile = Profile()
    for kind in KINDS:
        for index, _ in enumerate(reader.items((kind,), "a self-knowledge file", required=False)):
            path = (kind, index)
            if isinstance(reader.value(path), str):
                name, about, evidence = reader.text(path, "an item"), "", ""
            else:
                reader.mapping(path, ("item", "about", "evidence"), "an item")
                name = reader.text(path + ("item",), "an item")
                about = reader.text(path + ("about",), "an item", required=False)
                evidence = reader.text(path + ("evidence",), "an item", required=False)
            if not name:
                continue
            item = _find(profile, kind, name)
            if item is None:
                other = next((k for k in KINDS if k != kind and _find(profile, k, name)), None)
                if other:
                    reader.problem(path, f"{name!r} is one of the {other}, not the {kind}: move it under '{other}'")
                    continue
                if len(profile.own) >= MAX_OWN:
                    reader.problem(path, f"at most {MAX_OWN} items of your own")
                    continue
                item = profile.add_own(kind, name, about)
            profile.pick(item.id)
            if len(evidence) > MAX_TEXT:
                reader.problem(path + ("evidence",), f"evidence is one line: at most {MAX_TEXT} characters")
            profile.set_evidence(item.id, evidence)
    knowledge = SelfKnowledge(profile, [], list(practice or []), advert)
    stories = reader.items(("stories",), "a self-knowledge file", required=False)
    if len(stories) > MAX_STORIES:
        reader.problem(("stories",), f"at most {MAX_STORIES} stories")
    for index, _ in enumerate(stories[:MAX_STORIES]):
        path = ("stories", index)
        reader.mapping(path, STORY_FIELDS + ("tags",), "a story")
        values = {key: reader.text(path + (key,), "a story", required=key == "title") for key in STORY_FIELDS}
        for key, value in values.items():
            if len(value) > MAX_TEXT:
                reader.problem(path + (key,), f"'{key}' is at most {MAX_TEXT} characters")
        tags = reader.words(path + ("tags",), "a story", required=False, minimum=0)
        if values["title"]:
            knowledge.stories.append(Story.make(values["title"], values["situation"], values["action"], values["result"], tags))
    if reader.problems:
        raise SelfKnowledgeError(sorted(reader.problems, key=lambda p: (p.line, p.col)))
    return knowledge


def _find(profile: Profile, kind: str, name: str) -> Item | None:
    wanted = name.strip().lower()
    return next((i for i in profile.items(kind) if wanted in (i.id, i.label.lower())), None)



def load_self(store: Any, player: str) -> SelfKnowledge:
    """A player's self-knowledge from a save store (see `SaveStore.self_knowledge`)."""
    return SelfKnowledge.from_doc(store.self_knowledge(player))


def keep_self(store: Any, player: str, knowledge: SelfKnowledge) -> None:
    """Write a player's self-knowledge to a save store."""
    store.set_self_knowledge(player, knowledge.as_doc())
