"""The benchmark's own pieces do what they claim (correctness only; speed is measured by
`benchmarks/run.py`, never asserted in tests)."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import run  # noqa: E402
from reference import BareChatApp, Said  # noqa: E402

from game.core.reader import INPUT_LIMIT, read_moves  # noqa: E402
from game.core.saves import SaveStore  # noqa: E402


def test_the_adversarial_lines_are_20_kb_and_within_the_cap():
    lines = run.adversarial_20kb(["Thank you. I want this job.", "What reservations do you have?"] * 2000)
    assert len(lines) >= 5
    for text in lines.values():
        assert len(text) == 20_000 <= INPUT_LIMIT
        read_moves(text)


def test_saves_are_made_in_the_old_layout_and_migrated_with_every_run(tmp_path):
    report = run.sample_run()
    assert report["transcript"] and report["scenario"] == run.SCENARIO
    run.make_saves(tmp_path / "saves", 25, report)
    store = SaveStore(tmp_path / "saves")
    assert len(store.runs("Ada")) == 25 and store.last_player() == "Ada"
    assert store.best_scores("Ada") == {run.SCENARIO: max((n * 37) % 101 for n in range(1, 26))}
    assert store.run_details("Ada")[0]["transcript"] == report["transcript"]


async def test_the_bare_chat_app_mounts_the_lines_it_is_given():
    app = BareChatApp()
    async with app.run_test(size=(80, 20)) as pilot:
        app.say([("you", "You: hello [b]there[/b]"), ("them", "Maya: hi")])
        app.query_one("#say").value = "hello"
        await pilot.press("enter")
        await pilot.pause()
        assert [str(said.render()) for said in app.query(Said)] == ["You: hello [b]there[/b]", "Maya: hi"]


def test_p95_picks_the_95th_percentile():
    assert run.p95([float(n) for n in range(1, 101)]) == 95.0
