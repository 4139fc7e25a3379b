"""Tests for self-knowledge: the item lists, profiles, the story bank, saves, YAML files and "with my profile"."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.core.interview import Interview
from game.core.ownmaterial import OwnMaterial, traits_met
from game.core.report import run_report
from game.core.saves import SaveStore
from game.core.scenario import load_scenario
from game.core.selfknowledge import (
    KINDS, MAX_OWN, Profile, SelfKnowledge, SelfKnowledgeError, Story, catalogue, from_yaml, keep_self,
    load_self, to_yaml,
)

QUAY = Path(__file__).parent / "fixtures" / "selfknowledge" / "quay.yaml"


@pytest.fixture(scope="module")
def quay():
    return load_scenario(QUAY)


def player(*items: tuple[str, str]) -> SelfKnowledge:
    """A player who picked these items, in order, each with its evidence line ('' for none)."""
    knowledge = SelfKnowledge()
    for item_id, evidence in items:
        knowledge.profile.pick(item_id)
        knowledge.profile.set_evidence(item_id, evidence)
    return knowledge


def coach() -> SelfKnowledge:
    """A player whose top skill is the one the quay role wants (training seasonal staff)."""
    return player(("coaching", "I mentored four new hires at the shop last year"), ("mastery", ""))


def analyst() -> SelfKnowledge:
    """A player whose profile speaks to nothing this role offers."""
    return player(("analysis", "I rebuilt our monthly sales report in SQL"), ("autonomy", ""))


class TestItems:
    def test_every_kind_has_ten_to_fifteen_items_each_with_a_line(self):
        items = catalogue()
        assert set(items) == set(KINDS)
        for kind in KINDS:
            assert 10 <= len(items[kind]) <= 15, kind
            for item in items[kind]:
                assert item.label and item.about.endswith(".") and item.topics

    def test_ids_are_unique_across_kinds(self):
        ids = [item.id for kind in KINDS for item in catalogue()[kind]]
        assert len(ids) == len(set(ids))


class TestProfile:
    def test_pick_rank_and_drop(self):
        profile = Profile()
        for item_id in ("coaching", "analysis", "creating"):
            profile.pick(item_id)
        profile.move("creating", -1)
        assert [i.id for i in profile.chosen("interests")] == ["coaching", "creating", "analysis"]
        profile.move("coaching", -1)
        assert profile.ranked["interests"][0] == "coaching"
        profile.set_evidence("analysis", "I built the rota model.")
        profile.drop("analysis")
        assert "analysis" not in profile.ranked["interests"] and "analysis" not in profile.evidence

    def test_own_items_are_added_once_and_limited(self):
        profile = Profile()
        first = profile.add_own("skills", "British Sign Language", "I sign at level 3.")
        again = profile.add_own("skills", "british sign language")
        assert first.id == again.id == "own-british-sign-language" and first.own
        assert profile.ranked["skills"] == [first.id]
        for n in range(MAX_OWN - 1):
            profile.add_own("culture", f"Place {n}")
        with pytest.raises(ValueError, match="at most"):
            profile.add_own("culture", "One too many")

    def test_top_items_are_the_first_three_of_each_kind(self):
        profile = Profile()
        for item in catalogue()["skills"][:5]:
            profile.pick(item.id)
        assert [i.id for i in profile.top("skills")] == [i.id for i in catalogue()["skills"][:3]]


class TestStories:
    @pytest.mark.parametrize("story, tip", [
        (Story.make("Storm", "A storm shut the port in May.", "I rebooked forty passengers by phone.", "All sailed the same day."), None),
        (Story.make("No end", "A storm shut the port.", "I rebooked forty passengers."), "how it ended"),
        (Story.make("Vague", "Things were busy.", "I helped out a lot.", "It went well."), "concrete detail"),
        (Story.make("Nothing done", "A storm shut the port in May."), "what you did"),
        (Story.make("Named", "our manager was away.", "I ran the desk with Priya.", "the queue cleared."), None),
    ])
    def test_a_story_lacking_a_result_or_a_detail_gets_a_tip(self, story, tip):
        if tip is None:
            assert story.tip() is None
        else:
            assert tip in story.tip()

    def test_spoken_story_reads_as_sentences(self):
        story = Story.make("t", "a storm hit in May", "I phoned everyone.", "all sailed")
        assert story.spoken == "a storm hit in May. I phoned everyone. all sailed."

    def test_tags_from_text(self):
        assert Story.make("t", tags="Calm, queues, calm").tags == ("calm", "queues")


class TestSaves:
    def test_self_knowledge_survives_a_fresh_store(self, tmp_path):
        knowledge = coach()
        knowledge.profile.add_own("culture", "Near the sea")
        knowledge.add_story(Story.make("Storm", "May", "I rebooked forty people", "all sailed", ["calm"]))
        keep_self(SaveStore(tmp_path), "Ana", knowledge)
        again = load_self(SaveStore(tmp_path), "Ana")
        assert again.as_doc() == knowledge.as_doc()
        assert load_self(SaveStore(tmp_path), "Ben").profile.is_empty

    def test_a_malformed_document_reads_as_far_as_it_can(self):
        knowledge = SelfKnowledge.from_doc({"profile": {"ranked": {"skills": ["calm", "no-such-item", 7]}},
                                            "stories": [{"title": "ok"}, "junk", {"no": "title"}]})
        assert knowledge.profile.ranked["skills"] == ["calm"]
        assert [s.title for s in knowledge.stories] == ["ok"]


class TestYaml:
    def test_export_then_import_gives_the_same_knowledge(self):
        knowledge = coach()
        knowledge.profile.add_own("skills", "Forklift driving", "I hold a counterbalance licence.")
        knowledge.profile.set_evidence("own-forklift-driving", "Two years on the night shift")
        knowledge.add_story(Story.make("Storm", "May", "I rebooked forty people", "all sailed", ["calm"]))
        text = to_yaml("Ana", knowledge)
        assert text.startswith("# Self-knowledge for Ana")
        assert from_yaml(text).as_doc() == knowledge.as_doc()

    def test_the_advert_being_prepared_is_kept_but_not_exported(self):
        knowledge = coach()
        knowledge.keep_advert("Night Porter\nMust hold a licence." + "x" * 300_000)
        assert len(knowledge.advert) == 200_000
        again = SelfKnowledge.from_doc(knowledge.as_doc())
        assert again.advert == knowledge.advert
        text = to_yaml("Ana", knowledge)
        assert "Night Porter" not in text
        assert from_yaml(text, advert=knowledge.advert, practice=[{"role": "Porter"}]).advert == knowledge.advert
        assert SelfKnowledge.from_doc({"advert": ["not", "text"]}).advert == ""

    def test_items_by_name_and_own_items_by_hand(self):
        text = "skills:\n  - item: Teamwork\n    evidence: I ran the relay team\n  - Baking bread\ninterests: [coaching]\n"
        knowledge = from_yaml(text)
        assert [i.id for i in knowledge.profile.chosen("skills")] == ["teamwork", "own-baking-bread"]
        assert knowledge.profile.evidence["teamwork"] == "I ran the relay team"
        assert [i.id for i in knowledge.profile.chosen("interests")] == ["coaching"]

    @pytest.mark.parametrize("text, where, message", [
        ("skills:\n  - item: calm\n    colour: red\n", "3:5", "unknown key 'colour'"),
        ("skills: [coaching]\n", "1:10", "one of the interests"),
        ("stories:\n  - situation: no title\n", "2:5", "missing 'title'"),
        ("skills: [calm\n", "2:1", ""),
        ("- just a list\n", "1:1", "must be a mapping"),
        ("interests: !!python/object:os.system echo\n", "1:12", ""),
    ])
    def test_bad_files_are_refused_with_their_place(self, text, where, message):
        with pytest.raises(SelfKnowledgeError) as caught:
            from_yaml(text, "me.yaml")
        first = str(caught.value.problems[0])
        assert first.startswith(f"me.yaml:{where}:"), first
        assert message in first


class TestWithMyProfile:
    def fit_choices(self, scenario, knowledge):
        interview = Interview(scenario, material=OwnMaterial(knowledge))
        interview.choose("close")
        return interview, [c for c in interview.choices if c.id.startswith("mine-")]

    def test_two_players_see_different_fit_reasons(self, quay):
        _, mine = self.fit_choices(quay, coach())
        _, theirs = self.fit_choices(quay, analyst())
        assert {c.id for c in mine} == {"mine-coaching", "mine-mastery"}
        assert {c.id for c in theirs} == {"mine-analysis", "mine-autonomy"}
        assert "I mentored four new hires" in next(c.text for c in mine if c.id == "mine-coaching")
        assert not any(c.id == "rush" for c in mine), "the authored fit reason is replaced"

    def test_the_player_who_matches_the_role_scores_best(self, quay):
        scores = {}
        for name, knowledge in (("coach", coach()), ("analyst", analyst())):
            best = 0
            for choice in self.fit_choices(quay, knowledge)[1]:
                interview, _ = self.fit_choices(quay, knowledge)
                interview.choose(choice.id)
                best = max(best, interview.scorecard().parts["fit"])
            scores[name] = best
        assert scores["coach"] > scores["analyst"] > 0

    def test_the_same_whole_close_scores_best_for_the_player_who_matches_the_role(self, quay):
        totals = {}
        for name, knowledge in (("coach", coach()), ("analyst", analyst())):
            interview, mine = self.fit_choices(quay, knowledge)
            interview.choose(max(mine, key=lambda c: len(traits_met(c.text, quay.traits))).id)
            for pick in ("doubts", "concede", "done"):
                interview.choose(pick)
            report = run_report(interview)
            assert interview.over and report["outcome"] != "rejected"
            totals[name] = report["score"]
        assert totals["coach"] > totals["analyst"]

    def test_an_empty_profile_keeps_the_authored_choices(self, quay):
        plain = Interview(quay)
        own = Interview(quay, material=OwnMaterial(SelfKnowledge()))
        for interview in (plain, own):
            interview.choose("close")
        assert own.choices == plain.choices

    def test_story_choices_come_from_the_bank_and_are_judged_by_what_they_say(self, quay):
        knowledge = SelfKnowledge()
        knowledge.add_story(Story.make("Stock", "We ran out of stock before Christmas.", "I phoned six suppliers.", "Shelves were full by Friday."))
        knowledge.add_story(Story.make("Storm", "A storm delayed every delivery in March.", "I kept ninety customers calm and rebooked them.", "Nobody asked for a refund."))
        fates = {}
        for pick in ("story-1", "story-2"):
            interview = Interview(quay, material=OwnMaterial(knowledge))
            interview.choose("close")
            interview.choose("doubts")
            offered = [c.id for c in interview.choices]
            assert {"story-1", "story-2"} <= set(offered)
            assert "concede" in offered and "story" not in offered
            interview.choose(pick)
            fates[pick] = run_report(interview)["reservations"][0]["handled"]
        assert fates == {"story-2": "countered", "story-1": "ignored"}
