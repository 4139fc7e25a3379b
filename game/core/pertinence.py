"""Provides the judge of pertinence: does a story make this doubt smaller? (and does a fit reason
tie to this trait of the role, which in play the trait's topic words decide)

The trained pertinence model (`meaningmodel`, an int8 pair reader trained on labelled
(doubt, story) and (trait, reason) pairs by `python -m training.train_pertinence`) reads the
doubt and the story together and decides by what they say, whatever words they use. The doubt
it reads is the reservation's spoken text; a trait is read as its `about` line. A story that
uses the doubt's topic words (the scenario author's) is held to a lower bar (`TOPIC_FLOOR`).
Fit reasons are still judged by the trait's topic words in play (see `ties`).

The model is opened in a background thread (`warm_up`), so start-up never waits for it; the
first judgement waits only if it is not open yet. When its runtime (onnxruntime, tokenizers,
numpy) or its files are missing, the judge falls back to the topic words the scenario's author
wrote (`topics.touched`), and `notice()` says so once. Scores are kept, so the same pair is read
once per process; every judgement is deterministic.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from . import meaningmodel
from .background import BackgroundModel
from .scenario import Reservation, Trait
from .topics import touched

# A story that uses the doubt's topic words (as its author wrote them) counters it when the model
# gives it at least this much, even under the model's threshold: the author's words are evidence
# the story is on the subject, and the model still turns away one that only mentions it. Chosen
# on the tune and check pair files (never trained on): irrelevant stories that use the doubt's
# words scored at most 0.006 there but one (0.18), pertinent ones at least 0.016; the floor sits
# just above the irrelevant ones, because the model scores short, plain stories low.
TOPIC_FLOOR = 0.007
# A story or reason longer than this is judged on its first this-many characters (the network
# reads at most `meaningmodel.READ_MAX_LENGTH` tokens of a pair anyway).
READ_CHARS = 1500


def _Loader() -> BackgroundModel[meaningmodel.PertinenceModel]:
    """The story judge's model, opened in the background."""
    return BackgroundModel(lambda: meaningmodel.load(), meaningmodel.ModelUnavailable, "pertinence-model",
                           "Stories are judged by the scenario's topic words: the trained pertinence model is unavailable ({}).",
                           wait_to_tell=False)


_loader = _Loader()


def warm_up() -> None:
    """Start opening the model in the background (returns at once)."""
    _loader.start()


def settle() -> None:
    """Wait for the model to finish opening if it was started (a process that exits while the
    runtime is still opening it can die noisily)."""
    _loader.settle()


def model_in_use() -> bool:
    """Whether stories are judged by the trained model (waits for it to open; reasons never are)."""
    return _loader.get() is not None


def notice() -> str | None:
    """Once per process, when the model was asked for, finished opening and cannot be used: a
    message for the player; else None (never waits)."""
    return _loader.notice()


def score(anchor: str, candidate: str) -> float | None:
    """The model's probability that `candidate` speaks to `anchor`; None when the model is unavailable."""
    model = _loader.get()
    if model is None or not anchor.strip() or not candidate.strip():
        return None
    return _score(anchor, candidate[:READ_CHARS])


@lru_cache(maxsize=16384)
def _score(anchor: str, candidate: str) -> float:
    model = _loader.get()
    assert model is not None
    return model.score(anchor, candidate)


def story_counters(doubt: str, topics: tuple[str, ...], story: str) -> bool:
    """Does the story make the doubt (its spoken text, with its topic words) smaller?

    The model decides; a story that uses the doubt's topic words needs only `TOPIC_FLOOR`.
    Without the model, a story counters when it uses one of the topic words.
    """
    probability = score(doubt, story)
    if probability is None:
        return bool(touched(story, topics))
    model = _loader.get()
    assert model is not None
    return probability >= model.threshold or (probability >= TOPIC_FLOOR and bool(touched(story, topics)))


def story_strength(doubt: str, topics: tuple[str, ...], story: str) -> float:
    """How strongly a story speaks to a doubt, to rank stories: the model's probability, or
    without the model the number of the doubt's topic words the story uses."""
    probability = score(doubt, story)
    return float(len(touched(story, topics))) if probability is None else probability


def counters(reservation: Reservation, story: str) -> bool:
    """Does the story make this doubt smaller? (situation, action and result about the same worry)"""
    return story_counters(reservation.says, reservation.topics, story)


def story_topics(reservation: Reservation, story: str) -> tuple[str, ...]:
    """What a story that counters the doubt speaks to: the topic words it uses, or, when it
    answers the doubt in other words, the reservation itself (its id as words); empty when it
    does not counter the doubt."""
    if not counters(reservation, story):
        return ()
    return tuple(touched(story, reservation.topics)) or (reservation.id.replace("-", " "),)


def ties(trait: Trait, reason: str) -> bool:
    """Does the reason tie something about the candidate to this trait of the role? In play this
    is still decided by the trait's topic words: the model ties any reason from the role's own
    world to every trait of the role (a built or typed reason that names the work reads as tied
    to all of it, a generic one that mentions it too), so it cannot yet tell traits apart or a
    profile that fits from one that does not. Its reading of reasons is measured
    (`training.measure_pertinence`), not used."""
    return bool(touched(reason, trait.topics))


def traits_tied(reason: str, traits: Iterable[Trait]) -> list[Trait]:
    """The traits a reason ties to, in the order given."""
    return [trait for trait in traits if ties(trait, reason)]


def forget() -> None:
    """Drop every kept score."""
    _score.cache_clear()
