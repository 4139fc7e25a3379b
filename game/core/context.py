"""Provides `GameContext`: the scenarios, personas and saves one game or command works with.

Nothing is read when a context is made: the scenario catalogue is loaded on first use (the
title screen needs none of it), and so is the save store. Scenario and persona modules are
imported only then, which keeps YAML and the scenario models off the game's start path.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .saves import SaveStore

if TYPE_CHECKING:
    from .catalog import Catalog
    from .personas import Persona
    from .scenario import Scenario
    from .unlocks import Lock

PACKAGE_DIR = Path(__file__).resolve().parent.parent


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
    personas: dict[int, "Persona"]
    counted: dict[str, int] = field(default_factory=dict)

    def lock(self, scenario: "Scenario") -> "Lock | None":
        from .unlocks import lock_for

        return lock_for(scenario, self.personas, self.opened)


class GameContext:
    """Everything outside a single interview: the catalogue, the save folder and the club folder.

    Args:
        catalog: the scenarios, or None to load them on first use from the bundled folder,
            `CLOSER_SCENARIOS` in `env` and `extra_scenarios`.
        saves_dir: where players and runs are kept.
        club_dir: a folder friends share (`--club` or `CLOSER_CLUB`), or None.
    """

    def __init__(self, catalog: "Catalog | None", saves_dir: Path,
                 extra_scenarios: list[str] | None = None, env: dict[str, str] | None = None,
                 club_dir: Path | None = None) -> None:
        self._catalog = catalog
        self.saves_dir = Path(saves_dir)
        self.club_dir = Path(club_dir) if club_dir else None
        self._extra = list(extra_scenarios or [])
        self._env = dict(os.environ if env is None else env)
        self._store: SaveStore | None = None
        self._loading = threading.Lock()

    @classmethod
    def load(cls, extra_scenarios: list[str] | None = None, saves: str | None = None,
             env: dict[str, str] | None = None, club: str | None = None) -> "GameContext":
        """A context for the folders the command line and environment name (nothing read yet)."""
        env = dict(os.environ if env is None else env)
        saves_dir = Path(saves).expanduser() if saves else default_saves_dir(env)
        club = club or env.get("CLOSER_CLUB", "").strip()
        return cls(None, saves_dir, extra_scenarios, env, Path(club).expanduser() if club else None)

    @property
    def catalog(self) -> "Catalog":
        """The scenarios, loaded on first use (safe to ask from two threads at once)."""
        if self._catalog is None:
            with self._loading:
                if self._catalog is None:
                    from .catalog import load_catalog, scenario_dirs

                    self._catalog = load_catalog(scenario_dirs(self._extra, self._env))
        return self._catalog

    @property
    def catalog_loaded(self) -> bool:
        return self._catalog is not None

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
        from .personas import personas
        from .unlocks import unlocked_tiers

        best = self.store.best_scores(player)
        known = personas()
        counted = self.store.counted_scores(player)
        opened = unlocked_tiers(known, list(self.catalog.scenarios.values()), counted)
        return Progress(player, best, opened, known, counted)
