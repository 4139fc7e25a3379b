"""Pictures of every screen (pytest-textual-snapshot) at 80x24, and the interview at 60x20.

They run on the fixture scenarios in tests/fixtures/ui. Baselines live in tests/__snapshots__;
after a deliberate change, look at the new pictures (`pytest tests/test_snapshots.py
--snapshot-report`) before `--snapshot-update`.
"""

from __future__ import annotations

import pytest

import game.core.saves
from game.ui.app import CloserApp
from ui_fixtures import ui_context

STRONG_KEYS = ["3", "enter", "1", "enter", "1", "enter", "1", "enter", "2", "enter"]


@pytest.fixture
def context(tmp_path):
    return ui_context(tmp_path / "saves")


@pytest.fixture
def make_app(context):
    return lambda **kwargs: CloserApp(context=context, blink=False, **kwargs)


def test_title(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=(80, 24))


def test_players(snap_compare, make_app, context):
    context.store.add_player("Ana")
    assert snap_compare(make_app(), press=["p"], terminal_size=(80, 24))


def test_scenario_list(snap_compare, make_app):
    assert snap_compare(make_app(), press=["s"], terminal_size=(80, 24))


def test_brief(snap_compare, make_app):
    assert snap_compare(make_app(start_scenario="harbour-office"), terminal_size=(80, 24))


def test_interview(snap_compare, make_app):
    app = make_app(start_scenario="harbour-office")
    assert snap_compare(app, press=["enter", "3", "enter", "1"], terminal_size=(80, 24))


def test_interview_narrow(snap_compare, make_app):
    app = make_app(start_scenario="harbour-office")
    assert snap_compare(app, press=["enter", "3", "enter"], terminal_size=(60, 20))


def test_interview_typed_only(snap_compare, make_app):
    async def open_studio(pilot):
        from game.ui.screens.interview import InterviewScreen

        pilot.app.push_screen(InterviewScreen(pilot.app.context.catalog.get("studio-head")))
        await pilot.pause()

    assert snap_compare(make_app(), run_before=open_studio, terminal_size=(80, 24))


def test_leave_dialog(snap_compare, make_app):
    app = make_app(start_scenario="harbour-office")
    assert snap_compare(app, press=["enter", "escape"], terminal_size=(80, 24))


def test_debrief(snap_compare, make_app):
    app = make_app(start_scenario="harbour-office")
    assert snap_compare(app, press=["enter", *STRONG_KEYS, "enter"], terminal_size=(80, 24))


def test_help(snap_compare, make_app):
    assert snap_compare(make_app(), press=["f1"], terminal_size=(80, 24))


def test_rehearse(snap_compare, make_app):
    async def write(pilot):
        await pilot.press("r")
        pilot.app.screen.query_one("#rehearse-text").insert("Thank you. I want this job. Any concerns?")
        await pilot.press("ctrl+r")

    assert snap_compare(make_app(), run_before=write, terminal_size=(80, 24))


def test_progress(snap_compare, make_app, context, monkeypatch):
    monkeypatch.setattr(game.core.saves, "_now", lambda: "2026-01-05T09:30:00")
    context.store.add_run("Player", {"scenario": "harbour-office", "score": 76, "outcome": "next_round", "tier": 1,
                                     "transcript": [{"speaker": "candidate", "text": "I want this job.", "moves": ["ask_for_job"]}],
                                     "advice": ["Thank her for her time."]})
    assert snap_compare(make_app(), press=["g"], terminal_size=(80, 24))
