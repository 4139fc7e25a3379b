"""Provides the title screen: the game's name, who is playing, and where to go."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

LOGO = r"""
  ___  _     ___   ___  ___  ___
 / __|| |   / _ \ / __|| __|| _ \
| (__ | |__| (_) |\__ \| _| |   /
 \___||____|\___/ |___/|___||_|_\
"""

TAGLINE = "The last five minutes of a job interview,\npractised until they feel easy."

MENU = (
    ("play", "Play an interview"),
    ("rehearse", "Rehearse a real close"),
    ("daily", "Today's daily close    d"),
    ("leaderboard", "Leaderboard            l"),
    ("import", "Import a friend's code i"),
    ("compare", "Compare two runs       c"),
    ("profile", "Know yourself          k"),
    ("stories", "Your story bank        b"),
    ("prepare", "Prepare for tomorrow   t"),
    ("progress", "Your progress"),
    ("player", "Switch player"),
    ("help", "How to close"),
    ("quit", "Quit"),
)


class TitleScreen(Screen[None]):
    """Where the game starts."""

    BINDINGS = [
        Binding("p", "app.choose_player", "Player"),
        Binding("s", "app.scenarios", "Play"),
        Binding("r", "app.rehearse", "Rehearse"),
        Binding("k", "app.profile", "Profile", show=False),
        Binding("b", "app.stories", "Stories", show=False),
        Binding("t", "app.prepare", "Prepare", show=False),
        Binding("g", "app.progress", "Progress"),
        Binding("d", "app.daily", "Daily", show=False),
        Binding("l", "app.leaderboard", "Leaderboard", show=False),
        Binding("i", "app.import_code", "Import", show=False),
        Binding("c", "app.compare", "Compare", show=False),
        Binding("q", "app.quit", "Quit"),
    ]
    # Short terminals drop the logo (and, shorter still, the tagline) so the whole menu fits.
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (24, "-short"), (28, "-tall")]
    # The keys the title's footer line shows. The line is drawn once: the title has no
    # focus changes or key changes for a live Footer to follow, and a Footer rebuilds its
    # keys each time bindings are announced, several times while the game starts.
    KEY_HINTS = (*((binding.key, binding.description) for binding in BINDINGS if binding.show), ("f1", "Help"))

    def compose(self) -> ComposeResult:
        with Vertical(id="title-box"):
            yield Static(Text(LOGO.strip("\n")), id="logo")
            yield Static(Text(TAGLINE), id="tagline")
            yield Static(id="player-line")
            with Center():
                yield OptionList(*(Option(label, id=key) for key, label in MENU), id="menu")
        yield Static(self.key_hints(), id="title-keys")

    def key_hints(self) -> Content:
        """The footer line: each key in the footer's key colour, then what it does."""
        return Content(" ").join(
            Content.assemble((f" {key} ", "bold $footer-key-foreground"), description)
            for key, description in self.KEY_HINTS
        )

    def on_mount(self) -> None:
        self.show_player()
        self.query_one("#menu", OptionList).highlighted = 0

    def show_player(self) -> None:
        line = Text("Playing as ")
        line.append(self.app.player, style="bold")
        line.append("   (p to switch)", style="dim")
        self.query_one("#player-line", Static).update(line)

    @on(OptionList.OptionSelected, "#menu")
    def menu_choice(self, event: OptionList.OptionSelected) -> None:
        actions = {
            "play": self.app.action_scenarios,
            "rehearse": self.app.action_rehearse,
            "profile": self.app.action_profile,
            "stories": self.app.action_stories,
            "prepare": self.app.action_prepare,
            "progress": self.app.action_progress,
            "daily": self.app.action_daily,
            "leaderboard": self.app.action_leaderboard,
            "import": self.app.action_import_code,
            "compare": self.app.action_compare,
            "player": self.app.action_choose_player,
            "help": self.app.action_help,
            "quit": self.app.exit,
        }
        actions[event.option.id or "quit"]()
