"""Test support: a headless player, and small scenarios written inline to test one rule at a time."""

from __future__ import annotations

from game.core.catalog import Catalog
from game.core.interview import Interview
from game.core.report import run_report
from game.core.scenario import Scenario, scenario_from_text
from game.core.script import parse_script, play_script


def play(catalog: Catalog, scenario_id: str, moves: list[str]) -> dict:
    """Play moves (picks like ':id' or typed lines) and return the run report."""
    interview = Interview(catalog.scenarios[scenario_id])
    ignored = play_script(interview, parse_script("\n".join(moves)))
    return run_report(interview, ignored)

CHOICES = """
    choices:
      - id: ask
        text: Thank you. I want this job and I'd accept an offer.
        moves: [thanks, ask_for_job]
      - id: open
        text: What reservations do you have about me?
        moves: [reservations_open]
      - id: closed
        text: Do you have any concerns about me?
        moves: [reservations_closed]
      - id: done
        text: No, that's all from me.
        moves: [no_questions]
"""
RESPONSES = """
    responses:
      - id: story
        text: Last year I ran our warehouse move, planned every shift, and we finished two weeks early.
        moves: [counter_story]
      - id: concede
        text: You're right, I haven't done that yet, and I'm taking a course.
        moves: [acknowledge_gap]
      - id: argue
        text: I don't think that really matters.
        moves: []
"""


def mini_scenario(tier: int = 1, hard: bool = False, second: bool = True) -> Scenario:
    """A one-node close whose first reservation is soft (or hard), with an optional second one."""
    with_choices = tier < 4
    kind = "hard" if hard else "soft"
    countered = "" if hard else "      countered: That settles it.\n"
    responses = RESPONSES if with_choices else ""
    second_reservation = f"""
  - id: second
    kind: soft
    says: And I wonder about the night shifts.
    topics: [night, nights, shift]
    replies:
      countered: Good.
      acknowledged: Noted.
      argued: Hm.
      ignored: Okay.
{responses}""" if second else ""
    text = f"""
id: mini-{tier}-{kind}
title: Mini
company: Test Co
role: Tester
brief: A short brief.
interviewer:
  name: Pat Doe
  persona: A test interviewer.
  tier: {tier}
traits:
  - id: planning
    about: Planning work ahead
    topics: [plan, planning, schedule]
reservations:
  - id: first
    kind: {kind}
    says: I worry you have not planned a move like ours.
    topics: [move, warehouse, planned, plan]
    replies:
{countered}      acknowledged: Thank you for saying so.
      argued: I see.
      ignored: All right.
{responses}{second_reservation}
begin: close
nodes:
  close:
    says: Any questions for me?
{CHOICES if with_choices else ""}
    routes:
      - if: [no_questions]
        to: end
      - to: close
endings:
  offer: Welcome aboard.
  next_round: Come back next week.
  waitlist: We'll be in touch.
  rejected: Thanks for coming.
"""
    return scenario_from_text(text, f"mini-{tier}.yaml")
