"""Provides the unlock rules: which interviewer tiers a player has opened, and what opens the rest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .kinds import Outcome
from .personas import Persona, UnlockRule
from .saves import RunRecord
from .scenario import Scenario


def counts_toward_unlock(outcome: Outcome, score: int, rule: UnlockRule) -> bool:
    """Does a run count toward a tier's unlock rule? Only if it reached the line and was not rejected."""
    return outcome is not Outcome.REJECTED and score >= rule.score


def unlock_scores(runs: Iterable[RunRecord]) -> dict[str, int]:
    """The best score per scenario among the runs that can count toward an unlock (none rejected)."""
    best: dict[str, int] = {}
    for run in runs:
        if run.outcome != Outcome.REJECTED:
            best[run.scenario] = max(best.get(run.scenario, 0), run.score)
    return best


def unlocked_tiers(personas: dict[int, Persona], scenarios: list[Scenario], best: dict[str, int]) -> set[int]:
    """The tiers open to a player, given their best score on each scenario (`unlock_scores`).

    A tier without an unlock rule is always open. A tier with one opens when its rule's
    earlier tier is open and enough different scenarios of that tier scored high enough.
    """
    tier_of = {s.id: s.tier for s in scenarios}
    opened = {tier for tier, persona in personas.items() if persona.unlock is None}
    changed = True
    while changed:
        changed = False
        for tier, persona in personas.items():
            rule = persona.unlock
            if tier in opened or rule is None or rule.after_tier not in opened:
                continue
            strong = [sid for sid, score in best.items() if tier_of.get(sid) == rule.after_tier and score >= rule.score]
            if len(strong) >= rule.runs:
                opened.add(tier)
                changed = True
    return opened


@dataclass(frozen=True)
class Lock:
    """Why a scenario is locked, in words a player understands."""

    tier: int
    opens_when: str


def lock_for(scenario: Scenario, personas: dict[int, Persona], opened: set[int]) -> Lock | None:
    """The lock on a scenario, or None when the player may save runs of it."""
    if scenario.tier in opened:
        return None
    rule = personas[scenario.tier].unlock
    reason = rule.describe() if rule else f"tier {scenario.tier} is not open"
    return Lock(scenario.tier, reason)
