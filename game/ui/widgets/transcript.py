"""Provides the interview transcript: a scrolling log of the conversation, styled by
speaker, that stays at the end as lines arrive.

It is one widget that keeps each line already laid out as rows of cells, so a new turn lays
out only its own lines: nothing already shown is measured or placed again (a widget per line
would make every new line re-arrange all the earlier ones). Rows are laid out again only
when the width or the theme changes.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from game.core.moves import MOVE_LABELS
from game.core.transcript import Line
from game.ui.words import printable

BAR = "█"
# How each kind of line sits: blank rows above, indent, whether it has a coloured bar.
LAYOUT = {
    "interviewer": (1, 0, True),
    "candidate": (1, 4, True),
    "reading": (0, 6, False),
}


def speaker_text(name: str, text: str) -> Text:
    line = Text()
    line.append(f"{name}: ", style="bold")
    line.append(printable(text))
    return line


class Transcript(ScrollView, can_focus=False):
    """A chat-like transcript; new lines keep it scrolled to the bottom unless the player
    has scrolled up to read.

    Component classes (styled in the app's stylesheet): `transcript--interviewer` and
    `transcript--candidate` for said lines, `transcript--interviewer-bar` and
    `transcript--candidate-bar` for the bar beside them, `transcript--reading` for the moves
    read from each candidate line.
    """

    COMPONENT_CLASSES = {
        "transcript--interviewer",
        "transcript--interviewer-bar",
        "transcript--candidate",
        "transcript--candidate-bar",
        "transcript--reading",
    }

    def __init__(self, interviewer: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.interviewer = interviewer
        self.entries: list[tuple[str, Text]] = []
        self._rows: list[Strip] = []
        self._width = 0
        self._following = True
        self._styles: dict[str, Style] = {}

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self._scrolled, init=False)

    def _scrolled(self) -> None:
        """Follow new lines while the view is at the end; stop when the player scrolls up."""
        self._following = self.scroll_y >= self.max_scroll_y

    def add_lines(self, lines: list[Line]) -> None:
        new: list[tuple[str, Text]] = []
        for line in lines:
            if line.is_candidate:
                new.append(("candidate", speaker_text("You", line.text)))
                new.append(("reading", self.reading(line)))
            else:
                new.append(("interviewer", speaker_text(self.interviewer, line.text)))
        if not new:
            return
        self.entries.extend(new)
        if not self._width:
            return
        start = len(self._rows)
        for kind, text in new:
            self._rows.extend(self._lay_out(kind, text, self._width))
        self.virtual_size = Size(self._width, len(self._rows))
        self.refresh_lines(start, len(self._rows) - start)
        self._follow()

    def _follow(self) -> None:
        if self._following:
            self.scroll_end(animate=False, x_axis=False)

    def shown(self, kind: str) -> list[str]:
        """The plain text of every entry of one kind ("interviewer", "candidate", "reading")."""
        return [text.plain for entry_kind, text in self.entries if entry_kind == kind]

    @staticmethod
    def reading(line: Line) -> Text:
        """How the game understood a line: the moves it carries."""
        label = "read as" if line.typed else "moves"
        if not line.moves:
            return Text(f"{label}: nothing the interviewer could act on", style="italic")
        return Text(f"{label}: " + " · ".join(MOVE_LABELS[m] for m in line.moves), style="italic")

    # ----- layout ------------------------------------------------------------------------

    def on_resize(self) -> None:
        self._lay_out_all()
        self._follow()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self.is_mounted:
            self._width = 0
            self._styles = {}
            self._lay_out_all()

    def _lay_out_all(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        self._rows = [row for kind, text in self.entries for row in self._lay_out(kind, text, width)]
        self.virtual_size = Size(width, len(self._rows))
        self.refresh()

    def _lay_out(self, kind: str, text: Text, width: int) -> list[Strip]:
        """The rows of one entry at `width` cells."""
        above, indent, barred = LAYOUT[kind]
        base = self.rich_style
        style = self._style(f"transcript--{kind}")
        blank = Strip.blank(width, base)
        inner = max(1, width - indent - (3 if barred else 0))
        console = self.app.console
        rows = [blank] * above
        for wrapped in text.wrap(console, inner, justify="left", overflow="fold"):
            wrapped.rstrip()
            body = Segment.apply_style(wrapped.render(console, end=""), style)
            lead = [Segment(" " * indent, base)] if indent else []
            if barred:
                lead += [Segment(BAR, self._style(f"transcript--{kind}-bar")), Segment(" ", style)]
            row = Strip([*lead, *body]).extend_cell_length(width - (1 if barred else 0), style)
            if barred:
                row = Strip([*row, Segment(" ", style)])
            rows.append(row.crop(0, width))
        return rows

    def _style(self, component: str) -> Style:
        """A component class's style, worked out once per theme."""
        if component not in self._styles:
            self._styles[component] = self.get_component_rich_style(component)
        return self._styles[component]

    def render_line(self, y: int) -> Strip:
        """A row of the view; a conversation shorter than the view sits at its foot, by the
        line the player types in."""
        scroll_x, scroll_y = self.scroll_offset
        region = self.scrollable_content_region
        width = region.width
        index = scroll_y + y - max(0, region.height - len(self._rows))
        if not 0 <= index < len(self._rows):
            return Strip.blank(width, self.rich_style)
        row = self._rows[index]
        if not scroll_x and row.cell_length == width:
            return row
        return row.crop_extend(scroll_x, scroll_x + width, self.rich_style)

