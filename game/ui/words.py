"""Provides the words both front ends show: text made safe to print, and progress explained.

Nothing here imports Textual, so the plain front end (`closer play --plain`) shares it.
"""

from __future__ import annotations

import re

from game.core.catalog import Catalog
from game.core.context import Progress
from game.core.kinds import Handling, Outcome
from game.core.personas import Persona, personas
from game.core.scoring import PART_MAX
from game.core.unlocks import unlocked_tiers

# Terminal escape sequences (CSI, OSC, and two-character escapes), then lone control characters.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

OUTCOME_LABELS = {outcome.value: outcome.label for outcome in Outcome}
HANDLED_LABELS = {handling.value: handling.label for handling in Handling}
PART_MEANING = {
    "questions": "you asked her a real question about the work, not 'no questions'",
    "ask": "you said plainly that you want the job and would accept it",
    "fit": "you tied something true about yourself to this role",
    "reservations": "you asked openly for her doubts and met each one well",
}


def printable(text: str) -> str:
    """`text` without escape sequences or control characters; line breaks and tabs are kept."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def part_lines(parts: dict[str, int]) -> list[str]:
    """One line per part of the score: points, maximum and what earns them."""
    return [f"{name.capitalize()} {parts[name]}/{top}: {PART_MEANING[name]}" for name, top in PART_MAX.items()]


def score_sum(report: dict) -> str | None:
    """How penalties turned the parts into the score, when they did; None when there were none."""
    penalties = report["penalties"]
    if not penalties:
        return None
    parts = sum(report["parts"].values())
    lost = -sum(p["points"] for p in penalties)
    floor = " (a score never goes below 0)" if parts - lost < 0 else ""
    return f"The parts add up to {parts}; penalties took away {lost}, so the score is {report['score']}{floor}."


def no_progress(player: str) -> Progress:
    """The standing of a player whose saves cannot be used: only the tiers open to everyone."""
    known = personas()
    return Progress(player, {}, unlocked_tiers(known, [], {}), known)


def tier_progress(progress: Progress, tier: int, catalog: Catalog) -> str:
    """How far the player is towards opening `tier`, e.g. 'score 70+ on 2 tier-1 scenarios (1 of 2 done)'."""
    persona: Persona = progress.personas[tier]
    rule = persona.unlock
    if rule is None or tier in progress.opened:
        return f"tier {tier} is open"
    tier_of = {s.id: s.tier for s in catalog.scenarios.values()}
    done = len([sid for sid, score in progress.counted.items() if tier_of.get(sid) == rule.after_tier and score >= rule.score])
    return f"{rule.describe()} ({min(done, rule.runs)} of {rule.runs} done)"


def next_tier(progress: Progress) -> int | None:
    """The lowest tier still closed, or None when every tier is open."""
    closed = sorted(set(progress.personas) - progress.opened)
    return closed[0] if closed else None


def next_step(progress: Progress, tier: int, catalog: Catalog) -> str:
    """What to play next after a strong run of `tier`."""
    harder = [t for t in sorted(progress.opened) if t > tier]
    if harder:
        persona = progress.personas[harder[0]]
        return f"Try a harder interviewer: tier {harder[0]}, the {persona.title.lower()}, is open to you."
    closed = next_tier(progress)
    if closed is None:
        return "Every interviewer is open to you: try one you have not beaten yet."
    return f"To meet a harder interviewer, open tier {closed}: {tier_progress(progress, closed, catalog)}."


def opened_message(before: set[int], after: Progress) -> str | None:
    """The announcement for tiers a run has just opened, or None."""
    new = sorted(after.opened - before)
    if not new:
        return None
    named = ", ".join(f"tier {t} ({after.personas[t].title.lower()})" for t in new)
    return f"New interviewer unlocked: {named}. Find it in the scenario list."
