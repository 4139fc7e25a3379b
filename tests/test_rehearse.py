"""Rehearse, engine side: what the review says about gaps named in a planned close."""

from game.core.rehearse import rehearse


def strengths(text: str) -> str:
    return "\n".join(rehearse(text).strengths)


def warnings(text: str) -> str:
    return "\n".join(rehearse(text).warnings)


class TestGaps:
    def test_an_honest_gap_with_a_plan_is_praised_whole(self):
        text = "I don't have the statistics degree, that's true. I'm taking evening modules in it now. I want this role."
        assert "You name a gap honestly and say what you are doing about it" in strengths(text)
        assert "Arguing" not in warnings(text)

    def test_an_honest_gap_without_a_plan_asks_for_one(self):
        text = "I don't have the statistics degree, that's true. I'll accept an offer if you make one."
        said = strengths(text)
        assert 'You name a gap honestly: "I don\'t have the statistics degree, that\'s true".' in said
        assert "Add what you are doing about it" in said

    def test_a_plan_far_from_the_gap_does_not_count_for_it(self):
        text = ("I haven't managed a team this size, that's fair. Thank you for the tour. I like the site. "
                "I'm taking my driving test next week.")
        assert "Add what you are doing about it" in strengths(text)

    def test_arguing_a_requirement_is_warned(self):
        text = "Thanks. I don't think the degree matters, honestly a degree is just a piece of paper. I want this job."
        said = warnings(text)
        assert said.startswith('Arguing with a requirement: "I don\'t think the degree matters, honestly a degree is just a piece of paper".')
        assert "You name a gap honestly" not in strengths(text)

    def test_no_gap_no_gap_feedback(self):
        text = "Thank you. I want this job. What reservations do you have about me?"
        assert "gap" not in strengths(text) and "Arguing" not in warnings(text)


def ask_suggestion(text: str, role: str) -> str:
    return next(gap.suggestion for gap in rehearse(text, role=role).gaps if "never ask for the job" in gap.what)


class TestSuggestions:
    def test_the_role_is_named_once_however_it_was_typed(self):
        for typed in ["analyst", "the analyst role", "an analyst role"]:
            assert ask_suggestion("I'm very interested in this.", typed) == "I want this analyst role, and if you offer it to me, I'll accept."
        assert ask_suggestion("I'm very interested.", "the position").startswith("I want this position,")
