"""Shared fixtures: the bundled catalogue, fresh save folders, and a headless player."""

from __future__ import annotations

import pytest

from game.core.catalog import bundled_scenario_dir, load_catalog
from game.core.context import GameContext
from support import play


@pytest.fixture(scope="session")
def catalog():
    loaded = load_catalog([bundled_scenario_dir()])
    assert not loaded.problems, [str(p) for p in loaded.problems]
    return loaded


@pytest.fixture
def context(tmp_path, catalog):
    """A game context with the bundled scenarios and an empty save folder."""
    return GameContext(catalog, tmp_path / "saves")


@pytest.fixture
def player(catalog):
    return lambda scenario_id, moves: play(catalog, scenario_id, moves)
