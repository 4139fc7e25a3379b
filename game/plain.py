"""Provides plain mode (`closer play ID --plain`): the game as plain lines on standard input and output.

Made for screen readers and pipes: no full-screen layout, no colour unless asked. The
interviewer's words, your lines and the numbered choices are printed as lines, then a
prompt; you answer with one line. It is the same engine as the full-screen game, and it
keeps to the same locks and saves.
"""

from __future__ import annotations

from typing import TextIO

from game.core.context import GameContext, Progress
from game.core.errors import SaveError
from game.core.friends import keep_saved_run
from game.core.interview import Interview
from game.core.moves import MOVE_LABELS
from game.core.personas import persona_for
from game.core.report import run_report
from game.core.scenario import Scenario
from game.ui.words import (HANDLED_LABELS, OUTCOME_LABELS, next_step, no_progress, opened_message,
                           part_lines, printable, score_sum)

LIMIT = 2000
PROMPT = "> "
HELP = """\
Type what you say and press Enter: one line is one answer.
A choice's number alone picks that choice; anything else is said as you typed it.
/paste     several lines as one answer: paste them, then a line with a single "."
/choices   show the choices again
/end       say nothing more: she wraps up and the run is scored
/leave     leave without finishing (nothing is saved)
/help      this help
The end of input (Ctrl+D) also says nothing more."""


class PlainGame:
    """One scenario played through plain text streams.

    Args:
        context: the catalogue and saves.
        scenario: the scenario to play (the caller has checked its lock).
        player: who plays; the run is saved for them unless saves cannot be used.
        colour: mark names and headings in bold with ANSI codes.
    """

    def __init__(self, context: GameContext, scenario: Scenario, player: str, stdin: TextIO, stdout: TextIO,
                 colour: bool = False) -> None:
        self.context = context
        self.scenario = scenario
        self.player = player
        self.stdin = stdin
        self.stdout = stdout
        self.colour = colour
        self.interview = Interview(scenario)
        self.shown = 0
        self.saves_ok = True

    # ----- output ------------------------------------------------------------------------

    def say(self, text: str = "") -> None:
        self.stdout.write(text + "\n")

    def bold(self, text: str) -> str:
        return f"\x1b[1m{text}\x1b[0m" if self.colour else text

    def heading(self, text: str) -> None:
        self.say()
        self.say(self.bold(text))

    # ----- the game ----------------------------------------------------------------------

    def play(self) -> dict | None:
        """Play until the interview ends; returns the run report, or None when the player left."""
        self.brief()
        while not self.interview.over:
            self.show_new_lines()
            self.show_choices()
            answer = self.ask()
            if answer is None:
                self.say("(end of input: you say nothing more)")
                self.interview.wrap_up()
            elif not self.answer(answer):
                self.say("You left the interview. It was not finished, so nothing was saved.")
                return None
        self.show_new_lines()
        report = run_report(self.interview)
        self.debrief(report, self.save(report))
        return report

    def brief(self) -> None:
        scenario = self.scenario
        persona = persona_for(scenario.tier)
        self.say(self.bold(printable(scenario.title)))
        self.say(printable(f"{scenario.role}, {scenario.company}"))
        for paragraph in scenario.brief_paragraphs:
            self.say()
            self.say(printable(paragraph))
        self.say()
        self.say(printable(f"Across the table: {scenario.interviewer.name}. {scenario.interviewer.persona}"))
        self.say(f"Tier {scenario.tier}, {persona.title.lower()}: {persona.summary}")
        self.say(self.standing())
        self.say("Type /help for how to answer.")
        self.say()

    def standing(self) -> str:
        if self.saves_ok:
            return f"Ranked: this run is saved for {self.player} and counts towards opening harder interviewers."
        return "Practice: saves cannot be used, so this run will not be kept."

    def show_new_lines(self) -> None:
        name = printable(self.scenario.interviewer.name.split()[0])
        for line in self.interview.lines[self.shown:]:
            if line.is_candidate:
                self.say(f"{self.bold('You')}: {printable(line.text)}")
                label = "read as" if line.typed else "moves"
                moves = " · ".join(MOVE_LABELS[m] for m in line.moves) or "nothing the interviewer could act on"
                self.say(f"  ({label}: {moves})")
            else:
                self.say(f"{self.bold(name)}: {printable(line.text)}")
        self.shown = len(self.interview.lines)

    def show_choices(self) -> None:
        if self.interview.over:
            return
        choices = self.interview.choices
        left = self.interview.turns_left
        if left is not None:
            self.say(f"({left} line{'s' if left != 1 else ''} left)")
        if not choices:
            self.say("Type what you say.")
            return
        self.say("Choices:")
        for number, choice in enumerate(choices, start=1):
            self.say(f"  {number}. {printable(choice.text)}")

    def ask(self) -> str | None:
        """One line from the player, or None at the end of input."""
        self.stdout.write(PROMPT)
        self.stdout.flush()
        raw = self.stdin.readline()
        if not raw:
            self.say()
            return None
        return raw.rstrip("\r\n")

    def block(self) -> str:
        """Lines up to one holding a single "." (or the end of input), joined as one answer."""
        self.say('Paste or type your answer; end it with a line holding a single "."')
        lines: list[str] = []
        while (raw := self.stdin.readline()) and raw.strip() != ".":
            lines.append(raw)
        return " ".join(" ".join(lines).split())

    def answer(self, raw: str) -> bool:
        """Act on one line of input; False when the player leaves."""
        text = " ".join(printable(raw).split())
        choices = self.interview.choices
        if not text:
            self.say("Type a line, or a choice's number." if choices else "Type what you say.")
        elif text == "/leave":
            return False
        elif text == "/end":
            self.interview.wrap_up()
        elif text == "/help":
            self.say(HELP)
        elif text == "/choices":
            self.show_choices()
        elif text == "/paste":
            return self.answer(self.block())
        elif len(text) > LIMIT:
            self.say(f"That answer is {len(text):,} characters; the limit is {LIMIT:,}. Shorten it and try again.")
        elif text.isdigit() and choices:
            number = int(text)
            if 1 <= number <= len(choices):
                self.interview.choose(number - 1)
            else:
                self.say(f"There is no choice {number}: pick 1 to {len(choices)}, or type your own words.")
        else:
            self.interview.say(text)
        return True

    def progress(self) -> Progress:
        if self.saves_ok:
            try:
                return self.context.progress(self.player)
            except SaveError:
                self.saves_ok = False
        return no_progress(self.player)

    def save(self, report: dict) -> str | None:
        """Save the run; returns what it unlocked, if anything. Sets `saves_ok` False when it failed."""
        if not self.saves_ok:
            return None
        before = self.progress().opened
        try:
            self.context.store.add_run(self.player, report)
        except SaveError as exc:
            self.saves_ok = False
            self.say(f"This run was not saved: {exc}")
            return None
        for note in keep_saved_run(self.context, self.player, report)[1]:
            self.say(note)
        return opened_message(before, self.progress())

    def debrief(self, report: dict, unlocked: str | None) -> None:
        self.heading(f"{OUTCOME_LABELS[report['outcome']]}: {report['score']}/100")
        self.say(report["verdict"])
        self.say(f"Ranked: saved for {self.player}." if self.saves_ok else "Practice: this run was not saved.")
        if unlocked:
            self.say(unlocked)
        self.heading("The four parts")
        for line in part_lines(report["parts"]):
            self.say(line)
        total = score_sum(report)
        if total:
            self.say(total)
        self.heading("What each move earned or cost")
        lines = report["transcript"]
        entries = [e for e in report["ledger"] if e["points"] or e["part"] == "penalty"]
        if not entries:
            self.say("Nothing you said earned points.")
        for entry in entries:
            self.say(f"{entry['points']:+d}  {entry['why']}")
            index = entry["line"]
            if index is not None and 0 <= index < len(lines) and lines[index]["speaker"] == "candidate":
                self.say(f"     your line: \u201c{printable(lines[index]['text'])}\u201d")
        self.heading("Her reservations")
        for fate in report["reservations"]:
            self.say(f"{fate['id'].replace('-', ' ')} ({fate['kind']}): {HANDLED_LABELS[fate['handled']]}")
        self.heading("Next time")
        for tip in report["advice"]:
            self.say(f"- {tip}")
        if not report["advice"]:
            self.say(f"A complete close. {next_step(self.progress(), self.scenario.tier, self.context.catalog)}")
        if report.get("share_code"):
            self.heading("Share with friends")
            self.say(printable(report["share_text"]))
            self.say(report["share_code"])
