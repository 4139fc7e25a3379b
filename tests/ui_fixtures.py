"""Test support for the front ends: a game context on the small scenarios in tests/fixtures/ui.

Tier 1: harbour-office and garden-centre; tier 2: clinic-desk; tier 4 (typed lines only):
studio-head. A strong run of a tier-1 fixture is STRONG (76/100).
"""

from __future__ import annotations

from pathlib import Path

from game.core.catalog import load_catalog
from game.core.context import GameContext

FIXTURES = Path(__file__).parent / "fixtures" / "ui"
STRONG = [":close", ":rush", ":doubts", ":story", ":done"]


def ui_context(saves: Path) -> GameContext:
    catalog = load_catalog([FIXTURES])
    assert not catalog.problems, [str(p) for p in catalog.problems]
    return GameContext(catalog, saves)
