"""Pictures of the main screens (pytest-textual-snapshot), at 80x24 and 120x40.

Baselines live in tests/__snapshots__; after a deliberate change, look at the new pictures
(`pytest tests/test_snapshots.py --snapshot-report`) before `--snapshot-update`.
"""

from __future__ import annotations

import pytest

from game.core.context import GameContext
from game.ui.app import CloserApp


@pytest.fixture
def make_app(context: GameContext):
    return lambda **kwargs: CloserApp(context=context, blink=False, **kwargs)


def test_title(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24))


def test_scenario_list(snap_compare, make_app):
    assert snap_compare(make_app(), press=["s"], terminal_size=(80, 24))


def test_interview(snap_compare, make_app):
    app = make_app(start_scenario="amazon-logistics")
    assert snap_compare(app, press=["enter", "3"], terminal_size=(80, 24))


def test_interview_wide(snap_compare, make_app):
    app = make_app(start_scenario="amazon-logistics")
    assert snap_compare(app, press=["enter", "2", "1"], terminal_size=(120, 40))


def test_debrief(snap_compare, make_app):
    app = make_app(start_scenario="amazon-logistics")
    assert snap_compare(app, press=["enter", "2", "1", "1", "1", "1", "4", "enter"], terminal_size=(120, 40))


def test_help(snap_compare, make_app):
    assert snap_compare(make_app(), press=["f1"], terminal_size=(80, 24))
