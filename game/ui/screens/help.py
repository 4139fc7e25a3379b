"""Provides the help screen: the three parts of a strong close, the score, and the keys."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

CLOSE = (
    "When she asks \"any questions for me?\", this is your moment. Close in three parts.",
    "1. Say you want it. Thank her, say you were interested before today and are sure now, then say "
    "it plainly: you want this job and you would accept an offer. \"This sounds exciting\" is not the "
    "same thing; she is left wondering if you would say yes.",
    "2. Say why it fits. One or two reasons that tie something true about you (what you enjoy, what "
    "drives you, what you are good at, where you thrive) to this role, this team or this mission. Two "
    "specific reasons beat five general ones.",
    "3. Ask for her reservations, openly: \"What reservations do you have about me?\", not \"Do you "
    "have any concerns?\" (that one is easy to answer with a no). If her doubt is soft, answer it with "
    "a short true story: the situation, what you did, the result. If it is a hard requirement you cannot "
    "meet, acknowledge it honestly and say what you are doing about it; do not argue.",
    "Avoid: \"no questions\", closing on \"what are the next steps?\", and anything that presumes the "
    "answer (\"so when do I start?\").",
    "Your score out of 100 has four parts: Questions (10) for a real question about the work when she "
    "invites questions, then the three parts above: Ask (40), Fit (20) and Reservations (30). Penalties (\"no "
    "questions\", a next-steps close, pushiness) come off the total, which never goes below 0.",
    "Every finished interview is ranked: it is saved for the player shown in the bar and counts towards "
    "opening harder interviewers (score 70 or more on two interviews of a tier to open the next). When "
    "saves cannot be used the bar says practice, and runs are not kept.",
)

KEYS = """\
On the title screen
  s  scenarios   d  today's daily close   l  leaderboard   i  import a friend's code
  c  compare two runs   g  your progress   r  rehearse   p  switch player

In the interview
  typing          say your own words; Enter sends them
  Ctrl+J          a new line in your answer (Shift+Enter or Alt+Enter
                  too, where the terminal tells them from Enter);
                  a pasted answer keeps all its lines and is read as one
  1-6 then Enter  pick that choice (only a number alone picks one)
  ↑ ↓ then Enter  with the box empty, move through the choices and pick
  Ctrl+N          say nothing more: she wraps up
  Esc             leave the interview (asks first)

In the player picker (p on the title screen)
  ↑ ↓ then Enter  play as that player;  typing  a new player's name
  F2              rename the highlighted player (their runs go along)
  Delete          delete the highlighted player (asks first)

In a question (Leave? Wrap up?)
  y / n / Esc     answer;  ←/→ and Enter  press a button

After the interview
  c            copy the share text and code (a friend imports the code)
  r            try again        s  scenarios

On the leaderboard
  [ ] or b n   change view (overall, daily, each scenario)
  Enter or c   compare the run under the cursor with yours

Know yourself (title screen: k profile, b stories, t prepare)
  Enter           pick or drop an item;  u/d rank it up/down
  e / a           a line of evidence / an item of your own
  ←/→ or 1-4      interests, motivators, skills, culture
  a / e / x       story bank: add, edit, delete a story
  Ctrl+R / Ctrl+T prepare: read the pasted advert / practise it
  m               on a brief: play it with my profile (practice)

Anywhere
  F1  this help    Ctrl+P  palette (themes: kept for each player)
  Ctrl+Q  quit (asks first when something would be lost)

Without a screen
  closer play ID --plain   the same game in plain lines, for screen
                           readers and pipes (see README)
"""


class HelpScreen(ModalScreen[None]):
    """How to close, and how to play."""

    BINDINGS = [Binding("escape,f1,q", "dismiss", "Close help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("How to close", style="bold"))
            for paragraph in CLOSE:
                yield Static(Text(paragraph), classes="help-paragraph")
            yield Static(Text("Keys", style="bold"))
            yield Static(Text(KEYS))
            yield Static(Text("Esc to close", style="dim italic"))
        yield Footer()

    def action_dismiss(self) -> None:
        self.dismiss(None)
