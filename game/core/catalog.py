"""Provides the scenario catalogue: every scenario from the bundled folder and any extra folders."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .scenario import Scenario, ScenarioError, load_scenario
from .yamlsource import SourceError

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def bundled_scenario_dir() -> Path:
    """The scenarios that ship with the game.

    An installed package carries them in `game/scenarios/`; a source checkout keeps
    them in the top-level `scenarios/` folder beside `game/`.
    """
    installed = PACKAGE_DIR / "scenarios"
    if installed.is_dir():
        return installed
    return PACKAGE_DIR.parent / "scenarios"


def scenario_dirs(extra: list[str] | None = None, env: dict[str, str] | None = None) -> list[Path]:
    """The folders to read, bundled first, then `CLOSER_SCENARIOS`, then `extra`."""
    env = os.environ if env is None else env
    dirs = [bundled_scenario_dir()]
    for part in env.get("CLOSER_SCENARIOS", "").split(os.pathsep):
        if part.strip():
            dirs.append(Path(part.strip()).expanduser())
    for part in extra or []:
        dirs.append(Path(part).expanduser())
    return dirs


def scenario_files(folder: Path) -> list[Path]:
    """Every entry named `*.yaml` or `*.yml` in a folder, files or not: a folder or a device
    with such a name is reported when loaded rather than silently passed over."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    except OSError:
        return []


def first_problem(error: ScenarioError) -> SourceError:
    """A broken file's first problem, saying how many more there are."""
    first = error.problems[0]
    more = len(error.problems) - 1
    if not more:
        return first
    plural = "s" if more != 1 else ""
    return SourceError(first.file, first.line, first.col, f"{first.message} (and {more} more problem{plural}: run 'closer validate {first.file}')")


@dataclass
class Catalog:
    """The scenarios that loaded, by id, and the problems of those that did not."""

    scenarios: dict[str, Scenario] = field(default_factory=dict)
    problems: list[SourceError] = field(default_factory=list)

    def get(self, scenario_id: str) -> Scenario | None:
        return self.scenarios.get(scenario_id)

    def ordered(self) -> list[Scenario]:
        """By tier, then title."""
        return sorted(self.scenarios.values(), key=lambda s: (s.tier, s.title.lower()))


def load_catalog(dirs: list[Path]) -> Catalog:
    """Load every scenario file in `dirs`; each broken file is reported by its first problem
    and the rest still load. A file whose id an earlier file already uses is skipped."""
    catalog = Catalog()
    for folder in dirs:
        if not folder.is_dir():
            catalog.problems.append(SourceError(str(folder), 1, 1, "no such scenario folder"))
            continue
        for path in scenario_files(folder):
            try:
                scenario = load_scenario(path)
            except ScenarioError as exc:
                catalog.problems.append(first_problem(exc))
                continue
            earlier = catalog.scenarios.get(scenario.id)
            if earlier is not None:
                line, col = scenario.positions.get("id", (1, 1))
                catalog.problems.append(
                    SourceError(str(path), line, col, f"scenario id {scenario.id!r} is already used by {earlier.source}")
                )
                continue
            catalog.scenarios[scenario.id] = scenario
    return catalog
