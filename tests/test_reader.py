"""Table-driven tests of the move reader: the hard distinctions, evidence spans, and any input."""

from __future__ import annotations

import random
import re

import pytest
from test_reader_corpus import DEV_FILES, load

from game.core import reader
from game.core.moves import Move
from game.core.reader import READ_LIMIT, disputes, moves_in, read_moves, sentence_spans

M = Move


def moves(text: str) -> set[Move]:
    return set(moves_in(text))


class TestDistinctions:
    @pytest.mark.parametrize("text", [
        "I'm very interested in this role.",
        "I'd love to move forward in the process.",
        "This sounds like a really exciting opportunity.",
        "If you offered it to me, I'd certainly consider it.",
        "Looking forward to hearing from you.",
    ])
    def test_interest_is_not_asking(self, text):
        found = moves(text)
        assert M.INTEREST in found
        assert M.ASK_FOR_JOB not in found

    @pytest.mark.parametrize("text", [
        "I enjoyed talking with you.",
        "I really enjoyed meeting you both.",
        "It was a joy talking with you today.",
        "Such a fun conversation, thank you.",
    ])
    def test_enjoying_the_conversation_is_politeness_not_interest(self, text):
        assert M.INTEREST not in moves(text)

    def test_enjoying_what_was_heard_about_the_place_is_interest(self):
        assert M.INTEREST in moves("I really enjoyed hearing about your plans for the new site.")

    @pytest.mark.parametrize("text", [
        "I want this job.",
        "I'd accept an offer.",
        "I hope you'll offer me the role.",
        "You're my first choice and I'd say yes to an offer.",
        "i really want this job",
        "Honestly, I'd like this job and I'd take it.",
        "If you offer, the answer is yes.",
        "I'd be proud to accept an offer from you.",
        "I have another offer, but I'd choose this role over it.",
        "I'd take this in a heartbeat.",
        "I'd be very happy to accept if you offered.",
        "My answer to an offer would be yes.",
        "I have a second interview elsewhere, but I'd cancel it for this role.",
    ])
    def test_asking_for_the_job(self, text):
        assert M.ASK_FOR_JOB in moves(text)

    @pytest.mark.parametrize("text", [
        "If you did offer me the role, I'd want to meet the whole team first.",
        "If I were hired, I'd sign up for the night course straight away.",
    ])
    def test_a_condition_asks_for_nothing_itself(self, text):
        assert M.ASK_FOR_JOB not in moves(text)

    @pytest.mark.parametrize("text", [
        "What reservations do you have?",
        "Could you share your concerns?",
        "What gaps do you see?",
        "What, if anything, worries you about my background?",
        "What would make you hesitate about hiring me?",
        "Please tell me where you think I fall short.",
        "I'd guess my short time in sales gives you some doubts. What are they?",
        "What would you need to see from me to feel confident?",
        "what keeps u up at night about me as a candidate",
        "what worrys you about me",
    ])
    def test_open_reservations(self, text):
        found = moves(text)
        assert M.RESERVATIONS_OPEN in found
        assert M.RESERVATIONS_CLOSED not in found

    @pytest.mark.parametrize("text", [
        "Do you have any concerns?",
        "Is there anything that would keep you from hiring me?",
        "Any hesitations?",
        "Do you see any red flags in my CV?",
        "are there any concerns I could address",
    ])
    def test_closed_reservations(self, text):
        found = moves(text)
        assert M.RESERVATIONS_CLOSED in found
        assert M.RESERVATIONS_OPEN not in found

    @pytest.mark.parametrize("text,expected", [
        ("What happens next?", M.NEXT_STEPS),
        ("When will I hear back?", M.NEXT_STEPS),
        ("what are the next steps and the timing", M.NEXT_STEPS),
        ("What would success look like in ninety days?", M.QUESTION),
        ("How is the team structured?", M.QUESTION),
        ("What does onboarding look like", M.QUESTION),
        ("If I haven't heard by the end of the month, is a quick email all right?", M.NEXT_STEPS),
        ("Who's the best person to follow up with?", M.NEXT_STEPS),
        ("How much notice would you want a new starter to give?", M.NEXT_STEPS),
        ("Is the post permanent or fixed-term?", M.QUESTION),
        ("Is there scope to specialise later on?", M.QUESTION),
        ("Might I ask how the objectives are set?", M.QUESTION),
        ("What keeps you up at night about this department?", M.QUESTION),
        ("Are the depots all in the north, or spread across the country?", M.QUESTION),
        ("Are there chances to move into other teams later on?", M.QUESTION),
        ("I'd be interested to know how the rota gets set.", M.QUESTION),
        ("keen to hear how you measure the impact of the outreach work", M.QUESTION),
    ])
    def test_next_steps_versus_real_question(self, text, expected):
        found = moves(text)
        other = M.QUESTION if expected is M.NEXT_STEPS else M.NEXT_STEPS
        assert expected in found
        assert other not in found

    @pytest.mark.parametrize("text,expected", [
        ("I don't have any questions.", {M.NO_QUESTIONS}),
        ("No, I think we covered everything.", {M.NO_QUESTIONS}),
        ("I do have one question: how big is the team?", {M.QUESTION}),
        ("No, actually, one thing: what tools does the team use?", {M.QUESTION}),
        ("Not at this moment, no.", {M.NO_QUESTIONS}),
        ("I don't think so, no.", {M.NO_QUESTIONS}),
        ("Not that I can think of.", {M.NO_QUESTIONS}),
        ("I don't think I've got any questions, thanks.", {M.NO_QUESTIONS, M.THANKS}),
        ("Thanks, no.", {M.NO_QUESTIONS, M.THANKS}),
        ("Yep, that's all from me.", {M.NO_QUESTIONS}),
        ("No, I think I'm all set. I'll wait to hear from you.", {M.NO_QUESTIONS}),
        ("no more qs", {M.NO_QUESTIONS}),
        ("Don't think so, no.", {M.NO_QUESTIONS}),
        ("I had one about leave, but the handbook already answered it.", {M.NO_QUESTIONS}),
    ])
    def test_negation(self, text, expected):
        assert moves(text) == expected

    @pytest.mark.parametrize("text", [
        "I can do simple formulas and filters in a spreadsheet, and that's about it.",
        "I'm sorry. I know it's one of the essentials and I don't meet it.",
        "I believe I have everything it takes to succeed here.",
        "It's this job or nothing for me, really.",
    ])
    def test_sounding_final_is_not_declining_to_ask(self, text):
        assert M.NO_QUESTIONS not in moves(text)

    @pytest.mark.parametrize("text,expected", [
        ("No, I think you've covered it all. When will I hear back?", {M.NO_QUESTIONS, M.NEXT_STEPS}),
        ("I don't have any questions. What are the next steps, though?", {M.NEXT_STEPS}),
        ("No questions from me. Actually, how is the team split across sites?", {M.QUESTION}),
    ])
    def test_a_process_question_keeps_the_decline_unless_it_takes_it_back(self, text, expected):
        assert moves(text) == expected

    @pytest.mark.parametrize("text,is_reason", [
        ("I love coaching new starters, and this role leads a team of forty seasonal hires.", True),
        ("I'm at my best in small teams, and your clinic has six people.", True),
        ("I'd be a great fit for this role.", False),
        ("I know I could do an excellent job here.", False),
        ("Your company is amazing.", False),
        ("I stay organised under pressure, and a dispatch desk as busy as yours needs exactly that.", True),
        ("I'm motivated by seeing patients recover, and a rehab ward lets me follow them to discharge.", True),
        ("I worked at a bakery for three years.", False),
        ("I'm a natural fit for the front desk, I think.", False),
        ("This is exactly the kind of work I'm good at.", False),
        ("My experience is very relevant to this role.", False),
        ("I'd be a great fit for the night team because I've run nights for six years.", True),
        ("What I do have is three years running payroll, which is most of what this post involves.", True),
        ("Last spring I rebuilt our rota and cut overtime by a fifth, which is exactly what you said this store needs.", True),
    ])
    def test_fit_reason_needs_the_candidate_and_the_role(self, text, is_reason):
        assert (M.FIT_REASON in moves(text)) is is_reason

    @pytest.mark.parametrize("text,is_story", [
        ("Last spring I planned our switch to a new system, trained thirty pickers, and we went live on time.", True),
        ("About the night shifts: on my last ward I was nurse in charge at weekends for six months.", True),
        ("About the budget: I have never held one, and I won't pretend otherwise.", False),
        ("When our supplier went bust in 2021, I found two new ones in a week and we missed no orders.", True),
        ("I have lots of experience with projects.", False),
        ("I'm a fast learner and very organised.", False),
    ])
    def test_counter_story_needs_an_episode(self, text, is_story):
        assert (M.COUNTER_STORY in moves(text)) is is_story

    @pytest.mark.parametrize("text,conceded,argued", [
        ("You're right, I don't have a statistics degree, but I'm taking an evening course.", True, False),
        ("I haven't managed a team that size yet.", True, False),
        ("Honestly a degree doesn't matter, I can do the work.", False, True),
        ("I don't think that's really an issue.", False, True),
        ("I don't have the degree, and I won't pretend it doesn't matter.", True, False),
        ("Sorry, my English is not perfect. Thank you for your time.", False, False),
        ("My written English is not yet strong, I know this, and I take evening classes.", True, False),
        ("Apologies if my English isn't perfect, I'm still practising.", False, False),
        ("I don't have any problem with early starts.", False, False),
        ("I haven't lost a customer account in three years.", False, False),
        ("Fair point — I don't have a stats degree, but honestly it's just a piece of paper.", True, True),
        ("You're right, I don't hold it. Surely you could make an exception for the first year?", True, True),
        ("Couldn't you waive it for someone with my experience?", False, True),
        ("I know it isn't yours to waive, and I won't ask for an exception.", False, False),
    ])
    def test_acknowledging_is_not_arguing(self, text, conceded, argued):
        assert (M.ACKNOWLEDGE_GAP in moves(text)) is conceded
        assert disputes(text) is argued

    @pytest.mark.parametrize("text", [
        "So when do I start?",
        "You'd be crazy not to hire me.",
        "I need an answer by Friday.",
        "so did I get it?",
        "Right, I'll bring my van round Monday then.",
        "I'll email the team tonight to introduce myself.",
        "My other offer expires Friday so you need to decide by Thursday.",
        "A competitor already made me an offer. Match it and I'm all yours.",
        "I doubt anyone else on your shortlist comes close to me.",
        "Honestly I'm probably too good for this team, but fine.",
        "In my first week I'm scrapping the rota system you use.",
        "Don't sit on this one, I have options.",
        "I'll only sign if a car comes with it.",
        "Can I call you tonight to find out?",
        "Your booking system looks a bit dated, to be honest.",
        "Four days a week, or it's a no from me.",
        "Frankly, you'd be lucky to have me.",
        "so its a yes right??",
        "Just tell me what I need to sign.",
        "I'd accept an offer, and honestly I'd expect one.",
        "You'd be mad to let a piece of paper rule me out.",
    ])
    def test_pushy(self, text):
        assert M.PUSHY in moves(text)

    @pytest.mark.parametrize("text", [
        "I'll send you my references tonight.",
        "I'll be available for a second interview on Monday.",
        "I can read drawings better than most.",
        "I'll learn the software, but today I don't know it.",
        "I'd say yes today if you offered it to me.",
        "Within a month of starting at the depot I was running the night shift.",
        "With respect, the certificate is just a piece of paper.",
    ])
    def test_confident_or_cooperative_is_not_pushy(self, text):
        assert M.PUSHY not in moves(text)

    def test_several_moves_in_one_utterance(self):
        text = ("Thank you for your time. I was already interested, and now I'm sure: I want this job "
                "and would accept an offer. What reservations do you have about me?")
        assert {M.THANKS, M.INTEREST, M.ASK_FOR_JOB, M.RESERVATIONS_OPEN} <= moves(text)

    def test_each_part_read_on_its_own(self):
        assert {M.INTEREST, M.ASK_FOR_JOB} <= moves("I'm thrilled about this role, and I'd say yes to an offer.")

    @pytest.mark.parametrize("typo,clean", [
        ("im very intrested in this oppurtunity", "I'm very interested in this opportunity"),
        ("what reservatons do u have about me", "What reservations do you have about me?"),
        ("thx, i definately want this job", "Thanks, I definitely want this job."),
        ("lets talk salary now", "Let's talk salary now."),
    ])
    def test_typos_and_shorthand_read_like_clean_text(self, typo, clean):
        assert moves(typo) == moves(clean)
        assert moves(typo)

    def test_a_reason_can_run_on_into_a_question(self):
        text = "i've done 5 yrs of night picking, which is exactly what your peak team needs, what are the next steps?"
        hits = {hit.move: hit.evidence for hit in read_moves(text)}
        assert hits[M.FIT_REASON] == "i've done 5 yrs of night picking, which is exactly what your peak team needs"
        assert hits[M.NEXT_STEPS] == "what are the next steps?"
        assert M.FIT_REASON not in moves("I've run three warehouses, is that the kind of experience you need?")

    def test_which_is_after_a_comma_describes_and_asks_nothing(self):
        assert M.QUESTION not in moves("I've used the same stack for three years, which is the stack your team described.")
        assert M.QUESTION in moves("thanks for that, who is the hiring manager for this team")

    def test_lets_before_a_person_is_the_verb(self):
        assert reader.prepare("the ward lets me follow patients").text == "the ward lets me follow patients"
        assert reader.prepare("lets talk").text == "let's talk"


class TestEvidence:
    @pytest.mark.parametrize("text", [
        "Thanks! I want this job. What reservations do you have?",
        "thx — u r great. I’d accept an offer, honestly.",
        "İstanbul office? I'd accept an offer.",
        "Ärger? No. Thank you for your time, I want this role.",
    ])
    def test_evidence_is_the_exact_substring(self, text):
        hits = read_moves(text)
        assert hits
        for hit in hits:
            assert text[hit.start:hit.end] == hit.evidence
            assert hit.evidence.strip()

    def test_a_lone_letter_ends_a_sentence_unless_it_is_an_initial(self):
        text = "If you offer it I'll take it, there's no plan B. whats holding you back about me"
        assert moves(text) >= {M.ASK_FOR_JOB, M.RESERVATIONS_OPEN}
        assert len(sentence_spans(text)) == 2
        assert sentence_spans("I reported to Dr J. Smith for two years.") == [(0, 40)]

    def test_a_move_counts_once_per_sentence(self):
        text = "Thanks so much, and thank you for the coffee. I do have one question: how big is the team?"
        hits = read_moves(text)
        assert [h.move for h in hits] == [M.THANKS, M.QUESTION]
        assert hits[0].evidence == "Thanks so much, and thank you for the coffee."
        assert hits[1].evidence == "I do have one question: how big is the team?"

    def test_deterministic(self):
        text = "Thank you. I want this job; what concerns do you have about me?"
        assert read_moves(text) == read_moves(text)


class TestAnyInput:
    @pytest.mark.parametrize("text", [
        "", "   ", "\n\n", "\x00\x01\x02", "🙂🙂🙂", "[bold]I want this job[/bold]", "[/]", "{}[]()<>",
        "我想要这份工作", "أريد هذه الوظيفة", "ok\u200bthanks", "a" * 5000, "why? " * 2000,
        "I want this job " + "\x1b[31m" * 50,
    ])
    def test_never_raises(self, text):
        hits = read_moves(text)
        for hit in hits:
            assert text[hit.start:hit.end] == hit.evidence

    def test_markup_looking_text_is_read_as_words(self):
        assert M.ASK_FOR_JOB in moves("[bold]I want this job[/bold]")

    def test_huge_input_reads_only_the_first_part(self):
        rng = random.Random(7)
        words = "I want this job and thanks what reservations do you have last year I led".split()
        text = " ".join(rng.choice(words) for _ in range(25_000))
        assert len(text) > 100_000
        hits = read_moves(text)
        assert hits, "the first part of a huge paste is still read"
        assert all(hit.end <= READ_LIMIT for hit in hits)

    def test_non_string_is_empty(self):
        assert read_moves(None) == []  # type: ignore[arg-type]


class TestSpeedUps:
    """The reader's speed-ups must not change what it reads."""

    FAMILIES = {"ask": reader.ASK_FOR_JOB, "interest": reader.INTEREST, "no_questions": reader.NO_QUESTIONS}

    @pytest.mark.parametrize("name", FAMILIES)
    def test_regrouped_family_matches_where_the_plain_alternation_does(self, name):
        phrases = [phrase for family in self.FAMILIES[name] for phrase in family]
        plain = re.compile(r"\b(?:" + "|".join(phrases) + ")" + reader._WORD_END)
        regrouped = reader._rx(*phrases)
        assert regrouped.pattern != plain.pattern
        texts = [reader.prepare(item["text"]).text for item in load(DEV_FILES)]
        matched = 0
        for text in texts:
            a, b = plain.search(text), regrouped.search(text)
            assert (a and a.start()) == (b and b.start()), text
            matched += a is not None
        assert matched > 50

    @pytest.mark.parametrize("alternative, expected", [
        (r"when\s+do", {"w": [r"hen\s+do"]}),
        (r"(?:i|we)\s+led", {"i": [r"(?:)\s+led"], "w": [r"(?:e)\s+led"]}),
        (r"(?:so\s+)?did\s+i", {"s": [r"(?:o\s+)did\s+i"], "d": [r"id\s+i"]}),
        (r"(?<!a\s)decide", {"d": [r"(?<!(?:a\s).)ecide"]}),
        (r"'d\s+love", {"'": [r"d\s+love"]}),
        (r"\d+\s+days", None),
        (r"s?ome", None),
    ])
    def test_phrases_spelled_by_first_letter(self, alternative, expected):
        assert reader._by_first_letter(alternative) == expected

    def test_a_shared_sentence_reads_the_same_in_any_close(self):
        sentence = "I want this job."
        alone = read_moves(sentence)
        for before in ["Thanks so much.", "What does the first month look like?", ""]:
            text = f"{before} {sentence}".strip()
            offset = text.index(sentence)
            shifted = [(h.move, h.start - offset, h.end - offset) for h in read_moves(text) if h.start >= offset]
            assert shifted == [(h.move, h.start, h.end) for h in alone]

    def test_a_later_sentence_can_take_back_no_questions(self):
        assert moves("Nope, I'm good.") == {M.NO_QUESTIONS}
        assert moves("Nope, I'm good. Actually, one thing: how big is the team?") == {M.QUESTION}
        assert M.NO_QUESTIONS in moves("Nope, I'm good. Have a nice afternoon.")
        assert moves("Nope, I'm good.") == {M.NO_QUESTIONS}
