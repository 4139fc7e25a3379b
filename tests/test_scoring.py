"""Scoring: what a faithful engine believes, checked on whole typed closes."""

from __future__ import annotations

import pytest

from support import play

from game.core.scoring import PART_MAX, PARTS

THANKS_ASK = ("Thank you for your time today. I was already very interested in this role before we met, "
              "and now I'm convinced it's a great fit. I want this job and I'd accept an offer.")
THANKS_INTEREST = ("Thank you for your time today. I was already very interested in this role before we met, "
                   "and I'd love to move forward in the process.")
REASONS = ("I'm at my best on a fast floor run by the numbers, which is how your sites work, and coaching new "
           "starters is what I enjoy most, which matters with your seasonal hiring.")
OPEN = "Could you share the reservations you have about me?"
CLOSED = "Do you have any concerns about me?"
STORY = ("Last spring I planned our switch to a new warehouse system with IT and the night shift, trained thirty "
         "pickers in two weeks, and we went live on schedule with no missed orders.")

STRONG = [THANKS_ASK, REASONS + " " + OPEN, STORY]
CLOSES = {
    "strong": STRONG,
    "next_steps": ["Thank you for your time today. What are the next steps and the timing?"],
    "no_questions": ["No, I think we covered everything."],
    "interest_only": [THANKS_INTEREST, REASONS + " " + OPEN, STORY],
    "pushy": [THANKS_ASK, REASONS + " " + OPEN, STORY, "So when do I start?"],
    "yes_no": [THANKS_ASK, REASONS + " " + CLOSED, STORY],
}


@pytest.fixture(scope="module")
def amazon(catalog):
    return {name: play(catalog, "amazon-logistics", moves) for name, moves in CLOSES.items()}


class TestAmazonLogistics:
    def test_strong_close_gets_the_next_round_and_80_plus(self, amazon):
        run = amazon["strong"]
        assert run["outcome"] in ("offer", "next_round")
        assert run["score"] >= 80
        assert run["reservations"][0]["handled"] == "countered"

    def test_next_steps_close_is_waitlisted_and_25_lower(self, amazon):
        assert amazon["next_steps"]["outcome"] == "waitlist"
        assert amazon["next_steps"]["score"] <= amazon["strong"]["score"] - 25
        assert any(p["move"] == "next_steps" for p in amazon["next_steps"]["penalties"])

    def test_no_questions_scores_lowest_and_gets_no_offer(self, amazon):
        lowest = amazon["no_questions"]
        assert lowest["outcome"] not in ("offer", "next_round")
        assert all(lowest["score"] < run["score"] for name, run in amazon.items() if name != "no_questions")

    def test_interest_without_the_ask_is_15_lower(self, amazon):
        assert amazon["interest_only"]["score"] <= amazon["strong"]["score"] - 15
        assert amazon["interest_only"]["outcome"] == "waitlist"

    def test_pushy_lines_cost_points(self, amazon):
        assert amazon["pushy"]["score"] < amazon["strong"]["score"]
        assert any(p["move"] == "pushy" for p in amazon["pushy"]["penalties"])

    def test_yes_no_question_never_beats_the_open_one(self, amazon):
        assert amazon["yes_no"]["score"] < amazon["strong"]["score"]

    def test_every_point_traces_to_a_line(self, amazon):
        for run in amazon.values():
            parts = {part: 0 for part in PARTS}
            for entry in run["ledger"]:
                if entry["part"] in parts:
                    parts[entry["part"]] += entry["points"]
                if entry["points"]:
                    assert entry["line"] is not None
                    assert run["transcript"][entry["line"]]["speaker"] in ("candidate", "interviewer")
            assert {p: min(v, PART_MAX[p]) for p, v in parts.items()} == run["parts"]

    def test_score_is_the_parts_plus_penalties(self, amazon):
        for run in amazon.values():
            raw = sum(run["parts"].values()) + sum(p["points"] for p in run["penalties"])
            assert run["score"] == max(0, min(100, raw))


class TestStatsAnalyst:
    def test_acknowledging_the_degree_beats_arguing_it(self, player):
        close = [THANKS_ASK, "What reservations do you have about me for this role?"]
        concede = player("stats-analyst", close + ["You're right, my degree is in English literature, not statistics, and I can't change that. I've enrolled on a part-time statistics certificate that starts in January."])
        argue = player("stats-analyst", close + ["Honestly, a degree is just a piece of paper. What matters is whether I can do the analysis, and I can."])
        degree = lambda run: next(f for f in run["reservations"] if f["kind"] == "hard")
        assert degree(concede)["handled"] == "acknowledged"
        assert degree(argue)["handled"] == "argued"
        assert concede["score"] > argue["score"]
        assert argue["outcome"] == "rejected"


def test_advice_names_what_was_missed(amazon):
    advice = " ".join(amazon["interest_only"]["advice"])
    assert "never asked for the job" in advice
    assert amazon["strong"]["advice"] != amazon["interest_only"]["advice"]
