"""The interview engine: branching, the interviewer's reactions, tiers, limits, determinism."""

from __future__ import annotations

import pytest

from game.core.interview import Interview, InterviewOver, NoSuchChoice
from game.core.personas import persona_for, personas
from game.core.script import ScriptError, parse_script, play_script
from game.core.transcript import INTERVIEWER
from support import mini_scenario


def shared(interview: Interview) -> list[str]:
    return [e.reservation for e in interview.log.events if e.kind == "shared"]


class TestPersonas:
    def test_four_tiers_defined_as_data(self):
        assert sorted(personas()) == [1, 2, 3, 4]
        assert persona_for(1).shares_on_closed > 0
        assert all(persona_for(t).shares_on_closed == 0 for t in (2, 3, 4))
        assert persona_for(3).generic_reason_credit == 0
        assert not persona_for(4).shows_choices and persona_for(4).max_turns == 6

    @pytest.mark.parametrize("tier", [1, 2, 3, 4])
    def test_open_question_surfaces_at_least_one_reservation_at_every_tier(self, tier):
        interview = Interview(mini_scenario(tier))
        interview.say("What reservations do you have about me?")
        assert len(shared(interview)) >= 1

    @pytest.mark.parametrize("tier,expected", [(1, True), (2, False), (3, False), (4, False)])
    def test_yes_no_question_works_only_on_the_friendly_tier(self, tier, expected):
        interview = Interview(mini_scenario(tier))
        interview.say("Do you have any concerns about me?")
        assert bool(shared(interview)) is expected
        if not expected:
            assert any(e.kind == "clammed" for e in interview.log.events)

    def test_sceptical_director_lays_out_two_reservations(self):
        interview = Interview(mini_scenario(3))
        interview.say("What reservations do you have about me?")
        assert shared(interview) == ["first"]
        interview.choose("story")
        assert shared(interview) == ["first", "second"]

    def test_asking_again_surfaces_the_next_reservation(self):
        interview = Interview(mini_scenario(2))
        interview.choose("open")
        interview.choose("story")
        assert shared(interview) == ["first"]
        interview.choose("open")
        assert shared(interview) == ["first", "second"]


class TestReservations:
    @pytest.mark.parametrize("response,handled", [
        ("story", "countered"), ("concede", "acknowledged"), ("argue", "argued"),
    ])
    def test_soft_reservation(self, response, handled):
        interview = Interview(mini_scenario(1))
        interview.choose("open")
        interview.choose(response)
        assert interview.state.handled["first"] == handled

    @pytest.mark.parametrize("response,handled", [
        ("story", "ignored"), ("concede", "acknowledged"), ("argue", "argued"),
    ])
    def test_hard_reservation_calls_for_acknowledgment(self, response, handled):
        """A story for a hard requirement is a dodge (it resolves nothing), not an argument."""
        interview = Interview(mini_scenario(2, hard=True))
        interview.choose("open")
        interview.choose(response)
        assert interview.state.handled["first"] == handled

    def test_an_unrelated_story_does_not_counter(self):
        interview = Interview(mini_scenario(1))
        interview.choose("open")
        interview.say("Two years ago I coached my daughter's football team and we won the league.")
        assert interview.state.handled["first"] == "ignored"

    def test_acknowledging_a_hard_gap_scores_above_arguing_it(self):
        scores = {}
        for response in ("concede", "argue"):
            interview = Interview(mini_scenario(2, hard=True, second=False))
            interview.choose("ask")
            interview.choose("open")
            interview.choose(response)
            interview.wrap_up()
            card = interview.scorecard()
            scores[response] = (card.score, card.outcome)
        assert scores["concede"][0] > scores["argue"][0]
        assert scores["argue"][1] == "rejected"


class TestFlow:
    def test_typed_line_branches_like_the_picked_choice(self, catalog):
        scenario = catalog.scenarios["amazon-logistics"]
        picked, typed = Interview(scenario), Interview(scenario)
        picked.choose("ninety-days")
        typed.say("What would success look like in the first ninety days?")
        assert picked.node_id == typed.node_id == "fork"
        said = lambda i: [line.text for line in i.lines if line.speaker == INTERVIEWER]
        assert said(picked) == said(typed)

    def test_same_moves_same_run(self, player):
        moves = [":ninety-days", "I want this job, thank you.", "What worries you about me?", "I don't think so."]
        assert player("amazon-logistics", moves) == player("amazon-logistics", moves)

    def test_unrecognised_lines_get_a_nudge_then_an_ending(self):
        interview = Interview(mini_scenario(1))
        interview.say("hmm")
        assert not interview.over
        assert interview.lines[-1].text == persona_for(1).lines["nudge"][0]
        interview.say("well")
        interview.say("...")
        assert interview.over and interview.ended_by == "interviewer"

    def test_poker_face_takes_typed_lines_only_and_six_of_them(self):
        interview = Interview(mini_scenario(4))
        assert interview.choices == ()
        with pytest.raises(NoSuchChoice):
            interview.choose(0)
        for _ in range(6):
            interview.say("How big is the team?")
        assert interview.over and interview.ended_by == "interviewer"
        assert interview.turns_left == 0

    def test_nothing_can_be_said_after_the_end(self):
        interview = Interview(mini_scenario(1))
        interview.choose("done")
        assert interview.over
        with pytest.raises(InterviewOver):
            interview.say("wait")

    def test_wrap_up_ends_by_the_candidate(self):
        interview = Interview(mini_scenario(1))
        interview.wrap_up()
        assert interview.over and interview.ended_by == "candidate"

    def test_pass_through_nodes_speak_and_move_on(self, catalog):
        interview = Interview(catalog.scenarios["amazon-logistics"])
        interview.choose("night")
        texts = [line.text for line in interview.lines]
        assert any("During peak" in t for t in texts)
        assert interview.node_id == "fork"


class TestScripts:
    def test_picks_by_number_and_id_and_typed_lines(self, catalog):
        interview = Interview(catalog.scenarios["amazon-logistics"])
        lines = parse_script("# a comment\n\n:3\n:close\nI love fixing broken processes, and a site that reviews its flow weekly is where that pays off.\n")
        ignored = play_script(interview, lines)
        candidate = [line for line in interview.lines if line.is_candidate]
        assert [line.choice for line in candidate[:2]] == ["ninety-days", "close"]
        assert candidate[2].typed
        assert ignored == 0 and interview.ended_by == "candidate"

    def test_left_over_moves_are_counted(self, catalog):
        interview = Interview(catalog.scenarios["amazon-logistics"])
        assert play_script(interview, parse_script(":nothing\n:2\nhello")) == 2

    @pytest.mark.parametrize("script", [":99", ":nope", ":0"])
    def test_a_bad_pick_names_its_line(self, catalog, script):
        interview = Interview(catalog.scenarios["amazon-logistics"])
        with pytest.raises(ScriptError) as error:
            play_script(interview, parse_script("# first\n" + script))
        assert error.value.line == 2
