"""Provides "with my profile": an interview's choices rebuilt from the player's own profile and story bank.

Fit-reason choices become reasons built from the player's top items and evidence; after a
soft reservation, story choices become the player's own stories. Nothing here scores: a
built reason is strong when the reader's fit segments use a trait's topic words (the model
would tie a reason built around the role's own words to every trait of it), and a story
counters a doubt or not by the pertinence judge, as a typed story would.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import pertinence as judge
from . import reader as default_reader
from .moves import Move
from .scenario import MAX_CHOICES, Choice, Reservation, Scenario, Trait
from .selfknowledge import Item, SelfKnowledge, Story
from .topics import touched

MAX_REASONS = 3
MAX_STORIES = 3


@dataclass(frozen=True)
class Reason:
    """A fit reason built from one profile item, and the trait of the role it ties to (if any)."""

    item: Item
    text: str
    trait: Trait | None

    @property
    def strong(self) -> bool:
        return self.trait is not None


def fit_segments(text: str, read=default_reader.read_moves) -> list[str]:
    """The parts of a line the scorer weighs as fit reasons (the whole line when the reader finds none)."""
    return [h.evidence for h in read(text) if h.move is Move.FIT_REASON] or [text]


def traits_met(text: str, traits: tuple[Trait, ...], read=default_reader.read_moves) -> list[Trait]:
    """The traits a fit reason ties to, judged as the scorer judges it (none: a generic reason)."""
    segments = fit_segments(text, read)
    return [t for t in traits if any(touched(segment, t.topics) for segment in segments)]


def _evidence(knowledge: SelfKnowledge, item: Item) -> str:
    line = knowledge.profile.evidence.get(item.id, "").strip().rstrip(".")
    return line[0].lower() + line[1:] if line and not line.startswith("I ") else line


def _reason_for(item: Item, evidence: str, traits: tuple[Trait, ...], used: set[str], read) -> Reason:
    """A reason tied to the trait the item speaks to most (one not used yet), or a generic one."""
    shown = f"{item.label} is what I bring" + (f": {evidence}" if evidence else "")
    said = item.words + " " + evidence
    overlap = [(len(touched(said, t.topics)), n, t) for n, t in enumerate(traits) if t.id not in used]
    for count, _, trait in sorted(overlap, key=lambda o: (-o[0], o[1])):
        if not count:
            break
        for tail in (trait.about.rstrip(".").lower(), touched(said, trait.topics)[0]):
            text = f"{shown}, and that fits what this role needs: {tail}."
            if trait in traits_met(text, traits, read):
                return Reason(item, text, trait)
    text = f"{item.label} matters to me" + (f": {evidence}" if evidence else "") + ", and I would bring that to this job."
    fresh = [t for t in traits_met(text, traits, read) if t.id not in used]
    return Reason(item, text, fresh[0] if fresh else None)


def reasons(knowledge: SelfKnowledge, traits: tuple[Trait, ...], read=default_reader.read_moves) -> list[Reason]:
    """A reason from each of the player's top items, each tied to a different trait where it can be;
    strong ones first, then by rank."""
    built: list[Reason] = []
    used: set[str] = set()
    for item in knowledge.profile.top_items():
        reason = _reason_for(item, _evidence(knowledge, item), traits, used, read)
        if reason.trait:
            used.add(reason.trait.id)
        built.append(reason)
    return sorted(built, key=lambda r: not r.strong)


def choose_reasons(knowledge: SelfKnowledge, traits: tuple[Trait, ...], count: int = 2) -> list[Reason]:
    """The player's best reasons: strong ones on different traits first, no more than `count`."""
    return reasons(knowledge, traits)[:count]


def pertinence(story: Story, doubt: str, topics: tuple[str, ...]) -> bool:
    """Does the story counter the doubt (what the engine checks when the story is told)?"""
    return judge.story_counters(doubt, topics, story.spoken)


def best_stories(stories: list[Story], doubt: str, topics: tuple[str, ...], count: int) -> list[tuple[int, Story]]:
    """Stories (with their place in the bank) ranked by how strongly they speak to the doubt."""
    ranked = sorted(enumerate(stories), key=lambda pair: (-judge.story_strength(doubt, topics, pair[1].spoken), pair[0]))
    return ranked[:count]


def _order(scenario: Scenario, choices: list[Choice]) -> list[Choice]:
    """A fixed order that does not always put the strongest choice first."""
    return sorted(choices, key=lambda c: hashlib.sha256(f"{scenario.id}/{c.id}".encode()).hexdigest())


def _splice(authored: tuple[Choice, ...], replaced: list[int], built: list[Choice]) -> tuple[Choice, ...]:
    kept = [c for i, c in enumerate(authored) if i not in replaced]
    room = MAX_CHOICES - len(kept)
    at = replaced[0]
    return tuple(kept[:at] + built[:room] + kept[at:])


class OwnMaterial:
    """The `ChoiceSource` that puts a player's own reasons and stories into an interview."""

    def __init__(self, knowledge: SelfKnowledge) -> None:
        self.knowledge = knowledge
        self._cache: dict[tuple[str, str | None, tuple[str, ...]], tuple[Choice, ...]] = {}

    @property
    def usable(self) -> bool:
        return not self.knowledge.profile.is_empty or bool(self.knowledge.stories)

    def offer(self, scenario: Scenario, answering: str | None, authored: tuple[Choice, ...]) -> tuple[Choice, ...]:
        key = (scenario.id, answering, tuple(c.id for c in authored))
        if key not in self._cache:
            if answering:
                self._cache[key] = self._stories(scenario.reservation(answering), authored, scenario)
            else:
                self._cache[key] = self._reasons(scenario, authored)
        return self._cache[key]

    def _reasons(self, scenario: Scenario, authored: tuple[Choice, ...]) -> tuple[Choice, ...]:
        replaced = [i for i, c in enumerate(authored) if set(c.moves) == {Move.FIT_REASON}]
        if not replaced or self.knowledge.profile.is_empty:
            return authored
        every = reasons(self.knowledge, scenario.traits)
        strong = [r for r in every if r.strong][:2]
        picked = strong + [r for r in every if not r.strong][: MAX_REASONS - len(strong)]
        built = [Choice(f"mine-{r.item.id}", r.text, (Move.FIT_REASON,)) for r in picked]
        return _splice(authored, replaced, _order(scenario, built)) if built else authored

    def _stories(self, reservation: Reservation, authored: tuple[Choice, ...], scenario: Scenario) -> tuple[Choice, ...]:
        replaced = [i for i, c in enumerate(authored) if Move.COUNTER_STORY in c.moves]
        if reservation.is_hard or not replaced or not self.knowledge.stories:
            return authored
        stories = best_stories(self.knowledge.stories, reservation.says, reservation.topics, MAX_STORIES)
        built = [Choice(f"story-{n + 1}", s.spoken, (Move.COUNTER_STORY,)) for n, s in stories if s.spoken]
        return _splice(authored, replaced, _order(scenario, built)) if built else authored
