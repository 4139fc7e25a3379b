"""Scoring: what a faithful engine believes, checked on whole typed closes."""

from __future__ import annotations

import pytest

from support import play

from game.core.interviewer import ReservationFate, Signals, decide
from game.core.kinds import Handling, Kind, Knowledge, Outcome
from game.core.personas import persona_for, personas
from game.core.scoring import KNOWLEDGE_RULES, PART_MAX, PARTS, REJECTED_CEILING, has_dated_plan, knowledge_of
from game.core.unlocks import counts_toward_unlock

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


class TestTypedDomain:
    def test_the_json_strings_are_the_contracts(self):
        assert [o.value for o in Outcome] == ["offer", "next_round", "waitlist", "rejected"]
        assert [h.value for h in Handling] == ["countered", "acknowledged", "argued", "ignored", "none"]
        assert [k.value for k in Kind] == ["hard", "soft"]
        assert [p.value for p in PARTS] == ["questions", "ask", "fit", "reservations"]

    def test_outcomes_are_ranked_from_rejected_to_offer(self):
        ranked = sorted(Outcome, key=lambda o: o.rank)
        assert ranked == [Outcome.REJECTED, Outcome.WAITLIST, Outcome.NEXT_ROUND, Outcome.OFFER]
        assert [o.label for o in ranked] == ["Rejected", "Waitlisted", "Next round", "Offer"]

    def test_reports_carry_plain_contract_strings(self, amazon):
        for run in amazon.values():
            assert type(run["outcome"]) is str and run["outcome"] in {o.value for o in Outcome}
            assert list(run["parts"]) == ["questions", "ask", "fit", "reservations"]
            for fate in run["reservations"]:
                assert type(fate["handled"]) is str and fate["handled"] in {h.value for h in Handling}
                assert fate["kind"] in ("hard", "soft")
            assert run["verdict"].endswith(".")


def _fate(kind: Kind, handled: Handling, surfaced: bool = True) -> ReservationFate:
    return ReservationFate("the-licence" if kind is Kind.HARD else "the-doubt", kind, surfaced, handled, "")


SOFT_OK = _fate(Kind.SOFT, Handling.COUNTERED)


class TestHerDecision:
    """`decide`: her beliefs, within what the hard requirements and her role allow."""

    @pytest.mark.parametrize("tier,fit,accept,fates,signals,outcome,named", [
        (2, 90, 90, [SOFT_OK], Signals(asked_open=True, asked_job=True), Outcome.OFFER, "believes you fit"),
        (1, 90, 90, [SOFT_OK], Signals(asked_open=True, asked_job=True), Outcome.NEXT_ROUND, "recruiter"),
        (2, 90, 60, [SOFT_OK], Signals(asked_open=True), Outcome.WAITLIST, "never said plainly"),
        (2, 90, 60, [SOFT_OK], Signals(asked_open=True, asked_job=True, rival_leverage=True), Outcome.WAITLIST, "another offer"),
        (2, 60, 90, [SOFT_OK], Signals(asked_open=True, asked_job=True), Outcome.WAITLIST, "fit the role"),
        (2, 30, 90, [SOFT_OK], Signals(asked_job=True), Outcome.REJECTED, "fit the role"),
        (2, 90, 90, [SOFT_OK], Signals(no_questions_ending=True), Outcome.REJECTED, "asked her nothing"),
        (2, 90, 90, [_fate(Kind.SOFT, Handling.IGNORED)], Signals(asked_open=True, asked_job=True), Outcome.NEXT_ROUND, "the doubt"),
        (2, 90, 90, [SOFT_OK], Signals(asked_open=True, asked_job=True, pushy=True), Outcome.NEXT_ROUND, "pressure"),
        (2, 90, 90, [_fate(Kind.HARD, Handling.ARGUED)], Signals(asked_open=True, asked_job=True), Outcome.REJECTED, "the licence"),
        (2, 90, 90, [_fate(Kind.HARD, Handling.ACKNOWLEDGED)], Signals(asked_open=True, asked_job=True), Outcome.NEXT_ROUND, "owned it"),
        (2, 90, 90, [_fate(Kind.HARD, Handling.IGNORED)], Signals(asked_open=True, asked_job=True), Outcome.WAITLIST, "without acknowledging"),
        (2, 90, 90, [_fate(Kind.HARD, Handling.NONE, False)], Signals(asked_open=True, asked_job=True), Outcome.NEXT_ROUND, "kept back"),
        (2, 90, 90, [_fate(Kind.HARD, Handling.NONE, False)], Signals(asked_job=True), Outcome.WAITLIST, "never asked her openly"),
    ])
    def test_outcome_and_the_sentence_that_explains_it(self, tier, fit, accept, fates, signals, outcome, named):
        verdict = decide(persona_for(tier), fit, accept, fates, signals)
        assert verdict.outcome is outcome
        assert named in verdict.why
        assert verdict.why.endswith(".") and verdict.why.count(". ") == 0

    def test_owning_a_hard_requirement_is_never_worse_than_leaving_it_unsaid_after_an_open_ask(self):
        signals = Signals(asked_open=True, asked_job=True)
        owned = decide(persona_for(3), 90, 90, [_fate(Kind.HARD, Handling.ACKNOWLEDGED)], signals)
        unsaid = decide(persona_for(3), 90, 90, [_fate(Kind.HARD, Handling.NONE, False)], signals)
        assert owned.outcome.rank >= unsaid.outcome.rank


class TestUnlockCounting:
    def test_a_rejected_run_stays_below_every_unlock_line(self):
        rules = [p.unlock for p in personas().values() if p.unlock]
        assert rules and all(REJECTED_CEILING < rule.score for rule in rules)

    def test_only_runs_that_were_not_rejected_count(self):
        rule = persona_for(2).unlock
        assert counts_toward_unlock(Outcome.WAITLIST, rule.score, rule)
        assert not counts_toward_unlock(Outcome.REJECTED, 100, rule)
        assert not counts_toward_unlock(Outcome.OFFER, rule.score - 1, rule)

    def test_rejected_runs_in_the_saves_never_open_a_tier(self, context):
        for scenario in ("amazon-logistics", "hotel-front-office"):
            context.store.add_run("Ada", {"scenario": scenario, "score": 80, "outcome": "rejected"})
        assert context.progress("Ada").opened == {1}
        assert context.progress("Ada").best == {"amazon-logistics": 80, "hotel-front-office": 80}
        assert context.progress("Ada").counted == {}
        for scenario in ("amazon-logistics", "hotel-front-office"):
            context.store.add_run("Ada", {"scenario": scenario, "score": 72, "outcome": "next_round"})
        assert context.progress("Ada").opened == {1, 2}


class TestReasons:
    @pytest.mark.parametrize("kind,example", [(kind, example) for kind, _, examples in KNOWLEDGE_RULES for example in examples])
    def test_each_kind_of_self_knowledge_names_its_examples(self, kind, example):
        assert knowledge_of(example) is kind

    def test_a_reason_without_a_cue_names_no_kind(self):
        assert knowledge_of("Your sites run on numbers.") is None
        assert set(Knowledge) == {kind for kind, _, _ in KNOWLEDGE_RULES}

    @pytest.mark.parametrize("text,dated", [
        ("I've enrolled on a certificate that starts in January.", True),
        ("I'd aim to pass the B2 exam within nine months.", True),
        ("My last module runs until May, so I'd have it in June.", True),
        ("I'll sit the assessment next year.", True),
        ("I'm working on it.", False),
        ("You're right, I don't have it.", False),
    ])
    def test_a_dated_plan_names_when(self, text, dated):
        assert has_dated_plan(text) is dated
