"""The training pipeline's noise: deterministic, label-keeping copies and run-ons of training lines."""

from __future__ import annotations

import random
import re

from training import augment as aug

LINES = [
    ("Thank you so much for your time today.", ["thanks"], True),
    ("What's the next step, and when will I hear back?", ["next_steps"], True),
    ("Do you have any concerns about my experience?", ["reservations_closed"], False),
    ("I definitely want this job and I'd accept it.", ["ask_for_job"], False),
    ("So when do I start?", ["pushy"], False),
    ("I enjoyed talking with you.", [], False),
    ("You mentioned budgets: at my last firm I ran a two million pound budget for three years.", ["counter_story"], False),
    ("I've run rotas for ten years, which is most of what this post does.", ["fit_reason"], True),
    ("True, I don't have the licence yet, but I sit the exam in March.", ["acknowledge_gap"], False),
    ("What would the first three months look like for me?", ["question"], False),
]


class Always:
    """A stand-in random source that takes every optional change."""

    def random(self) -> float:
        return 0.0

    def choice(self, options):
        return options[0]


def test_the_same_seed_gives_the_same_lines_and_another_seed_others():
    assert aug.augment(LINES) == aug.augment(LINES)
    assert aug.augment(LINES, seed=1) != aug.augment(LINES, seed=2)


def test_every_copy_keeps_its_source_moves_and_a_run_on_unites_two_joinable_lines_moves_inventing_none():
    extra = aug.augment(LINES, seed=5)
    single = [sorted(moves) for _, moves, _ in LINES]
    pairs = [
        sorted(set(a[1]) | set(b[1]))
        for a in LINES for b in LINES if a is not b and aug.joinable(a) and aug.joinable(b)
    ]
    assert extra
    for text, moves, _ in extra:
        assert sorted(moves) in single + pairs, (text, moves)


def test_join_keeps_both_lines_words_and_unites_their_moves_without_inventing_one():
    text, moves, realworld = aug.join(LINES[0], LINES[4], random.Random(0))
    assert moves == ["thanks", "pushy"]
    assert realworld
    assert text.startswith("Thank you so much for your time today ")
    assert text.endswith("so when do I start?")
    assert "today." not in text
    assert aug.join(LINES[5], LINES[5], random.Random(0))[1] == []


def test_joinable_leaves_out_long_lines_and_moves_that_read_off_their_neighbours():
    assert aug.joinable(LINES[0]) and aug.joinable(LINES[5])
    assert not any(aug.joinable(item) for item in LINES[6:9])
    assert not aug.joinable((" ".join(["word"] * (aug.JOIN_MAX_WORDS + 1)), ["thanks"], False))


def test_noise_kinds_do_what_they_say():
    assert aug.drop_punctuation("I'm sure - what's next? Thanks, really.") == "Im sure whats next Thanks really"
    assert aug.lower("Do I Start?") == "do i start?"
    assert aug.shorthand("Thank you, are you free? Thanks because your team is great.", Always()) == (
        "ty, r u free? thx cuz ur team is great."
    )


def test_a_typo_changes_one_or_two_words_and_never_their_first_letter():
    for seed in range(40):
        line = "I definitely believe this opportunity matches my experience."
        typed = aug.typos(line, random.Random(seed))
        assert typed != line
        before, after = line.split(), typed.split()
        assert len(before) == len(after)
        changed = [(a, b) for a, b in zip(before, after) if a != b]
        assert 1 <= len(changed) <= 2
        assert all(a[0].lower() == b[0].lower() for a, b in changed)


def test_every_noisy_copy_differs_from_the_lines_given_and_none_repeats():
    extra = aug.augment(LINES, seed=7)
    texts = [text for text, _, _ in extra]
    assert len(texts) == len(set(texts))
    assert not set(texts) & {text for text, _, _ in LINES}
    assert all(re.search(r"\w", text) for text in texts)


def test_real_world_lines_get_their_copies_and_an_empty_list_gets_none():
    realworld = [item for item in LINES if item[2]]
    extra = aug.augment(realworld, seed=11)
    copies = [item for item in extra if item[2]]
    assert len(realworld) <= len(copies) <= len(realworld) * aug.REALWORLD_COPIES
    assert aug.augment([]) == []


def test_sentence_parts_split_lines_of_several_sentences_and_skip_single_words_and_known_lines():
    lines = [
        ("Thanks for your time. I really want this job! What worries you about me?", ["thanks"], False),
        ("Just the one sentence here", [], False),
        ("Okay. So when do I start?", ["pushy"], True),
        ("So when do I start?", ["pushy"], False),
    ]
    parts = aug.sentence_parts(lines)
    assert parts == ["Thanks for your time.", "I really want this job!", "What worries you about me?"]
    assert aug.sentence_parts(lines[1:2]) == []
