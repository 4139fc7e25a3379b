"""Provides `GameContext`: the scenarios, personas and saves one game or command works with."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import PACKAGE_DIR, Catalog, load_catalog, scenario_dirs
from .personas import Persona, personas
from .saves import SaveStore
from .scenario import Scenario
from .unlocks import Lock, lock_for, unlock_scores, unlocked_tiers


def default_saves_dir(env: dict[str, str] | None = None) -> Path:
    """`CLOSER_SAVES`; else the checkout's `saves/` when run from source; else the user data folder."""
    env = os.environ if env is None else env
    if env.get("CLOSER_SAVES", "").strip():
        return Path(env["CLOSER_SAVES"].strip()).expanduser()
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "saves").is_dir():
        return checkout / "saves"
    data_home = env.get("XDG_DATA_HOME", "").strip() or str(Path.home() / ".local" / "share")
    return Path(data_home) / "closer" / "saves"


@dataclass
class Progress:
    """A player's standing: best score per scenario and the tiers open to them.

    `counted` is the best score per scenario among runs that count toward an unlock (none
    rejected); `best` includes every saved run.
    """

    player: str
    best: dict[str, int]
    opened: set[int]
    personas: dict[int, Persona]
    counted: dict[str, int] = field(default_factory=dict)

    def lock(self, scenario: Scenario) -> Lock | None:
        return lock_for(scenario, self.personas, self.opened)


@dataclass
class GameContext:
    """Everything outside a single interview: the catalogue, the save folder and the club folder."""

    catalog: Catalog
    saves_dir: Path
    club_dir: Path | None = None
    _store: SaveStore | None = field(default=None, repr=False)

    @classmethod
    def load(cls, extra_scenarios: list[str] | None = None, saves: str | None = None,
             env: dict[str, str] | None = None, club: str | None = None) -> "GameContext":
        env = os.environ if env is None else env
        catalog = load_catalog(scenario_dirs(extra_scenarios, env))
        saves_dir = Path(saves).expanduser() if saves else default_saves_dir(env)
        club = club or env.get("CLOSER_CLUB", "").strip()
        return cls(catalog, saves_dir, Path(club).expanduser() if club else None)

    @property
    def store(self) -> SaveStore:
        """The save store (opened on first use).

        Raises:
            SaveError: the folder cannot be created.
        """
        if self._store is None:
            self._store = SaveStore(self.saves_dir)
        return self._store

    def take_notices(self) -> list[str]:
        """Messages the save store has for the player (a damaged file kept aside), once each."""
        if self._store is None:
            return []
        notices, self._store.notices = self._store.notices, []
        return notices

    def progress(self, player: str) -> Progress:
        best = self.store.best_scores(player)
        known = personas()
        counted = unlock_scores(self.store.runs(player))
        opened = unlocked_tiers(known, list(self.catalog.scenarios.values()), counted)
        return Progress(player, best, opened, known, counted)
