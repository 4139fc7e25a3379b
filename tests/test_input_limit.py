"""Input beyond the reader's cap is refused with one clear line, the same in `analyze`, `rehearse` and the game."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from game.core.reader import INPUT_LIMIT, read_moves, too_long
from game.ui.screens.rehearse import RehearseScreen

LONG = ("Thank you. I want this job. " * (INPUT_LIMIT // 28 + 2))[: INPUT_LIMIT + 1]
AT_CAP = LONG[:INPUT_LIMIT]


def closer(*args: str, stdin: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLOSER_SAVES": str(tmp_path / "saves")}
    return subprocess.run([sys.executable, "-m", "game", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)


def test_the_message_names_the_input_its_length_and_the_cap():
    assert too_long(AT_CAP) is None
    message = too_long(LONG, "line 2 of standard input")
    assert message and message.startswith("line 2 of standard input is 20,001 characters long")
    assert f"{INPUT_LIMIT:,}" in message


def test_text_at_the_cap_is_read():
    assert read_moves(AT_CAP)


@pytest.mark.parametrize("args", [["analyze", "--json"], ["rehearse"]])
def test_the_commands_refuse_past_the_cap_with_one_line(tmp_path, args):
    result = closer(*args, stdin="I want this job.\n" + LONG + "\n", tmp_path=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "20,000 characters" in result.stderr and "Traceback" not in result.stderr


def test_analyze_reads_a_line_at_the_cap(tmp_path):
    result = closer("analyze", "--json", stdin=AT_CAP + "\n", tmp_path=tmp_path)
    assert result.returncode == 0 and '"ask_for_job"' in result.stdout


async def test_the_rehearse_screen_refuses_past_the_cap(context):
    from textual.widgets import Static, TextArea

    from game.ui.app import CloserApp

    app = CloserApp(context=context, blink=False)
    async with app.run_test(size=(100, 40), notifications=True) as pilot:
        app.action_rehearse()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RehearseScreen)
        screen.query_one("#rehearse-text", TextArea).text = LONG
        await pilot.press("ctrl+r")
        await pilot.pause()
        await pilot.pause()
        toasts = [str(toast.render()) for toast in screen.query("Toast")]
        assert any("20,000 characters" in text for text in toasts), toasts
        assert not str(screen.query_one("#rehearse-output", Static).render()).strip()
