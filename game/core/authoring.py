"""Provides scenario checks for authors: hard errors, and warnings where typed play would differ."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import pertinence
from .reader import moves_in
from .scenario import Choice, Scenario, ScenarioError, load_scenario
from .yamlsource import SourceError


@dataclass
class CheckReport:
    """The outcome of checking scenario files."""

    files: int = 0
    errors: list[SourceError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [str(e) for e in self.errors] + self.warnings

    def summary(self) -> str:
        plural = "s" if self.files != 1 else ""
        return f"{self.files} scenario file{plural} checked: {len(self.errors)} error(s), {len(self.warnings)} warning(s)"


def reading_warnings(scenario: Scenario) -> list[str]:
    """Choices whose text the move reader hears differently from the moves they are marked with.

    A player who types a choice's words gets the reader's moves, so such a choice would
    branch one way when picked and another way when typed.
    """
    warnings = []

    def check(key: str, choice: Choice) -> None:
        heard = moves_in(choice.text)
        if set(heard) != set(choice.moves):
            line, col = scenario.positions.get(key, (1, 1))
            marked = ", ".join(m.value for m in choice.moves) or "no move"
            read = ", ".join(m.value for m in heard) or "no move"
            warnings.append(
                f"{scenario.source}:{line}:{col}: warning: choice {choice.id!r} is marked [{marked}] "
                f"but the same words typed read as [{read}]"
            )

    for node in scenario.nodes.values():
        for choice in node.choices:
            check(f"nodes/{node.id}/{choice.id}", choice)
    for reservation in scenario.reservations:
        for choice in reservation.responses:
            check(f"reservations/{reservation.id}/{choice.id}", choice)
    return warnings


def example_problems(scenario: Scenario) -> list[SourceError]:
    """The authors' examples the game reads otherwise than they are labelled: a story as the
    pertinence judge reads it against its doubt, a reason as the game judges it in play, by the
    trait's topic words.

    Checked only when the trained model judges (without it, stories are judged by the doubt's
    topic words, which the story examples are not written against).
    """
    problems = []
    for reservation in scenario.reservations:
        for example in reservation.examples:
            if pertinence.counters(reservation, example.text) != example.pertinent:
                said = "does not counter" if example.pertinent else "counters"
                line, col = example.where
                problems.append(SourceError(scenario.source, line, col,
                                            f"the pertinence judge finds this story {said} doubt {reservation.id!r}, "
                                            f"but it is listed as {'pertinent' if example.pertinent else 'irrelevant'}"))
    for trait in scenario.traits:
        for example in trait.examples:
            if pertinence.ties(trait, example.text) != example.pertinent:
                said = "uses none of the topic words of" if example.pertinent else "uses a topic word of"
                line, col = example.where
                problems.append(SourceError(scenario.source, line, col,
                                            f"this reason {said} trait {trait.id!r} (reasons are judged by them), "
                                            f"but it is listed as {'specific' if example.pertinent else 'generic'}"))
    return problems


def check_files(files: list[Path], others: list[Path] | None = None) -> CheckReport:
    """Check each file on its own, then that no two share a scenario id.

    `others` are the files of the scenario folders in use that are not being checked: an id
    one of them already uses is an error too, naming both files (a broken one is passed over).
    """
    report = CheckReport()
    seen: dict[str, str] = {}
    checking = {path.resolve() for path in files}
    for path in others or []:
        if path.resolve() in checking:
            continue
        try:
            seen.setdefault(load_scenario(path).id, str(path))
        except ScenarioError:
            continue
    for path in files:
        report.files += 1
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            report.errors.extend(exc.problems)
            continue
        if scenario.id in seen:
            line, col = scenario.positions.get("id", (1, 1))
            report.errors.append(SourceError(str(path), line, col, f"scenario id {scenario.id!r} is also used by {seen[scenario.id]}"))
        seen.setdefault(scenario.id, str(path))
        report.warnings.extend(reading_warnings(scenario))
        examples = [e for part in (*scenario.reservations, *scenario.traits) for e in part.examples]
        if examples and pertinence.model_in_use():
            report.errors.extend(example_problems(scenario))
        elif examples:
            line, col = examples[0].where
            report.warnings.append(f"{path}:{line}:{col}: warning: the examples were not checked: the trained pertinence model is unavailable")
    return report
