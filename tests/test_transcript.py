"""The transcript log: lines laid out once, shown literally, following the end unless scrolled up."""

from __future__ import annotations

from contextlib import asynccontextmanager

from textual.app import App, ComposeResult

from game.core.moves import Move
from game.core.transcript import Line
from game.ui.widgets.transcript import Transcript


class TranscriptApp(App[None]):
    CSS_PATH = "../game/ui/app.tcss"

    def compose(self) -> ComposeResult:
        yield Transcript("Maya", id="transcript")


def turn(number: int) -> list[Line]:
    return [Line("candidate", f"Line {number}: I want this job and I would accept an offer.", (Move.ASK_FOR_JOB,), typed=True),
            Line("interviewer", f"Reply {number}: that is good to hear, tell me why it fits you.")]


@asynccontextmanager
async def transcript_at(size: tuple[int, int]):
    """A running app holding only a transcript, with its pilot."""
    app = TranscriptApp()
    async with app.run_test(size=size) as pilot:
        yield pilot, app.query_one(Transcript)


def screen_text(transcript: Transcript) -> list[str]:
    return [transcript.render_line(y).text.rstrip() for y in range(transcript.scrollable_content_region.height)]


async def test_new_lines_follow_the_end_and_keep_earlier_rows():
    async with transcript_at((60, 12)) as (pilot, transcript):
        transcript.add_lines(turn(1))
        await pilot.pause()
        first_rows = transcript.virtual_size.height
        for number in range(2, 9):
            transcript.add_lines(turn(number))
            await pilot.pause()
        assert transcript.virtual_size.height == 8 * first_rows
        assert transcript.scroll_y == transcript.max_scroll_y > 0
        shown = "\n".join(screen_text(transcript))
        assert "Reply 8" in shown and "read as: ask for the job" in shown
        assert transcript.shown("reading") == ["read as: ask for the job"] * 8


async def test_a_player_who_scrolled_up_is_left_there():
    async with transcript_at((60, 12)) as (pilot, transcript):
        for number in range(1, 6):
            transcript.add_lines(turn(number))
        await pilot.pause()
        transcript.scroll_home(animate=False)
        await pilot.pause()
        transcript.add_lines(turn(6))
        await pilot.pause()
        assert transcript.scroll_y == 0
        assert any("Line 1" in row for row in screen_text(transcript))


async def test_a_short_conversation_sits_at_the_foot_and_rewraps_on_resize():
    async with transcript_at((80, 20)) as (pilot, transcript):
        transcript.add_lines(turn(1))
        await pilot.pause()
        rows = screen_text(transcript)
        assert rows[0] == "" and "Reply 1" in rows[-1]
        wide = transcript.virtual_size.height
        await pilot.resize_terminal(30, 20)
        await pilot.pause()
        assert transcript.virtual_size.height > wide
        assert all(len(row) <= 30 for row in screen_text(transcript))


async def test_markup_in_a_line_is_shown_as_typed():
    async with transcript_at((80, 20)) as (pilot, transcript):
        transcript.add_lines([Line("candidate", "[bold red]mine[/] and [link=x]more[/link]", typed=True)])
        await pilot.pause()
        assert any("[bold red]mine[/] and [link=x]more[/link]" in row for row in screen_text(transcript))
