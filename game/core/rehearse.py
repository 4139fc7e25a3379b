"""Provides rehearsal: a review of a close the player plans to say in a real interview.

The close is read with the game's judge of moves (`judge`) and reviewed sentence by
sentence; the review says which of the three parts are there (say you want it, say why it
fits, ask for her reservations), what is missing with a concrete line to try, and what to
drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import pertinence
from .moves import MOVE_LABELS, Move, MoveHit
from .judge import disputes, read_moves
from .reader import sentence_spans
from .scenario import Scenario

PART_NAMES = {
    "want": "Say you want it",
    "fit": "Say why it fits",
    "reservations": "Ask for her reservations",
}


@dataclass
class SentenceReview:
    """One sentence of the close and the moves it carries."""

    text: str
    start: int
    end: int
    moves: list[MoveHit]

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end, "moves": [h.as_json() for h in self.moves]}


@dataclass
class Gap:
    """A missing piece of the close, with a line to try."""

    part: str
    what: str
    suggestion: str

    def as_json(self) -> dict[str, str]:
        return {"part": self.part, "what": self.what, "suggestion": self.suggestion}


@dataclass
class Review:
    text: str
    sentences: list[SentenceReview]
    parts: dict[str, bool]
    gaps: list[Gap] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)

    @property
    def moves(self) -> list[Move]:
        return [hit.move for sentence in self.sentences for hit in sentence.moves]

    def as_json(self) -> dict[str, object]:
        return {
            "sentences": [s.as_json() for s in self.sentences],
            "parts": dict(self.parts),
            "missing": [g.as_json() for g in self.gaps],
            "warnings": list(self.warnings),
            "strengths": list(self.strengths),
        }

    def as_text(self) -> str:
        out: list[str] = []
        if not self.sentences:
            return "There is nothing to review yet: write the close you plan to say, then try again."
        out.append("Sentence by sentence:")
        for number, sentence in enumerate(self.sentences, start=1):
            out.append(f"  {number}. {sentence.text}")
            labels = ", ".join(dict.fromkeys(MOVE_LABELS[h.move] for h in sentence.moves)) or "no closing move"
            out.append(f"     -> {labels}")
        out.append("")
        out.append("The three parts:")
        for key, name in PART_NAMES.items():
            out.append(f"  [{'x' if self.parts[key] else ' '}] {name}")
        if self.strengths:
            out.append("")
            out.append("What works:")
            out.extend(f"  + {s}" for s in self.strengths)
        if self.gaps:
            out.append("")
            out.append("What is missing:")
            for gap in self.gaps:
                out.append(f"  - {gap.what}")
                out.append(f"    Try: \"{gap.suggestion}\"")
        if self.warnings:
            out.append("")
            out.append("Watch out:")
            out.extend(f"  ! {w}" for w in self.warnings)
        return "\n".join(out)


def rehearse(text: str, scenario: Scenario | None = None, company: str | None = None, role: str | None = None) -> Review:
    """Review a written close. Never raises for any text."""
    text = text if isinstance(text, str) else ""
    hits = read_moves(text)
    spans = sentence_spans(text)
    sentences = [
        SentenceReview(text[a:b], a, b, [h for h in hits if a <= h.start < b or (h.start <= a < h.end)])
        for a, b in spans
    ]
    company = (company or (scenario.company if scenario else "") or "").strip()
    role = (role or (scenario.role if scenario else "") or "").strip()
    moves = [h.move for h in hits]
    review = Review(
        text=text,
        sentences=sentences,
        parts={
            "want": Move.ASK_FOR_JOB in moves,
            "fit": Move.FIT_REASON in moves,
            "reservations": Move.RESERVATIONS_OPEN in moves,
        },
    )
    if not sentences:
        return review
    _judge(review, hits, scenario, company, role)
    return review


_BARE_CONFIDENCE = re.compile(
    r"\b(?:I'd|I would|I'm|I am|I'll|I will)\s+(?:\w+\s+){0,2}(?:a\s+)?(?:great|good|perfect|strong|ideal|natural|excellent)\s+(?:fit|match|asset|addition)\b",
    re.IGNORECASE,
)


def _quote(hit: MoveHit | str, width: int = 80) -> str:
    """The words quoted back to the player; a closing full stop is left to the sentence
    that quotes them ("You ask for the job plainly: "I want this job".")."""
    evidence = " ".join((hit if isinstance(hit, str) else hit.evidence).split())
    if evidence.endswith(".") and not evidence.endswith(".."):
        evidence = evidence[:-1]
    return evidence if len(evidence) <= width else evidence[: width - 1] + "…"


def _this_role(role: str) -> str:
    """"this analyst role" from "analyst", "the analyst role" or "an analyst position"."""
    words = role.split()
    if words and words[0].lower() in ("the", "a", "an", "this"):
        words = words[1:]
    noun = words.pop() if words and words[-1].lower() in ("role", "job", "position", "post") else "role"
    return " ".join(["this", *words, noun])


def _judge(review: Review, hits: list[MoveHit], scenario: Scenario | None, company: str, role: str) -> None:
    moves = [h.move for h in hits]
    the_role = _this_role(role)
    at = f" at {company}" if company else ""
    first = {m: next((h for h in hits if h.move is m), None) for m in Move}

    if Move.THANKS in moves:
        review.strengths.append("You open with thanks.")
    else:
        review.gaps.append(Gap("want", "No thanks: it costs nothing and opens the close warmly.",
                               "Thank you for taking the time to talk with me today."))

    if Move.ASK_FOR_JOB in moves:
        review.strengths.append(f"You ask for the job plainly: \"{_quote(first[Move.ASK_FOR_JOB])}\".")
    elif Move.INTEREST in moves:
        review.gaps.append(Gap("want", f"You show interest (\"{_quote(first[Move.INTEREST])}\") but never ask for the job: "
                               "she is left guessing whether you would accept.",
                               f"I want {the_role}{at}, and if you offer it to me, I'll accept."))
    else:
        review.gaps.append(Gap("want", "You never say you want the job.",
                               f"I was interested before today, and now I'm sure: I want {the_role}{at}, and I'd accept an offer."))

    reasons = [h for h in hits if h.move is Move.FIT_REASON]
    bare = _BARE_CONFIDENCE.search(review.text)
    if bare and not reasons:
        review.warnings.append(f"\"{bare.group()}\" is a claim, not a reason: say what about you fits what about the role.")
    if not reasons:
        example = ""
        if scenario and scenario.traits:
            example = f" For this role, tie it to {scenario.traits[0].about[0].lower() + scenario.traits[0].about[1:]}."
        review.gaps.append(Gap("fit", "No reason why it fits: name something true about you and tie it to the role." + example,
                               f"I'm at my best when [something you enjoy or are good at], and that is a big part of {the_role}."))
    else:
        if scenario:
            specific = [h for h in reasons if any(pertinence.ties(t, h.evidence) for t in scenario.traits)]
            if not specific:
                about = scenario.traits[0].about
                review.warnings.append(f"Your reason does not touch anything particular to this role; make it specific, e.g. to {about[0].lower() + about[1:]}.")
        review.strengths.append(f"You give a reason it fits: \"{_quote(reasons[0])}\".")
        if len(reasons) > 2:
            review.warnings.append(f"{len(reasons)} reasons is too many: keep the strongest one or two, or they blur together.")

    if Move.RESERVATIONS_OPEN in moves:
        review.strengths.append(f"You ask for her reservations openly: \"{_quote(first[Move.RESERVATIONS_OPEN])}\".")
    elif Move.RESERVATIONS_CLOSED in moves:
        review.gaps.append(Gap("reservations", f"\"{_quote(first[Move.RESERVATIONS_CLOSED])}\" can be answered with a no, and a guarded interviewer will say no.",
                               "What reservations do you have about me for this role?"))
    else:
        review.gaps.append(Gap("reservations", "You never ask for her reservations, so she decides on them without you.",
                               "Could you share any reservations you have about me, so I can address them?"))
    if Move.RESERVATIONS_CLOSED in moves:
        review.warnings.append(f"Yes/no reservations question: \"{_quote(first[Move.RESERVATIONS_CLOSED])}\". Ask what her reservations are, not whether she has any.")

    if Move.NEXT_STEPS in moves:
        last = max(h.start for h in hits)
        ending = any(h.move is Move.NEXT_STEPS and h.start == last for h in hits)
        if Move.ASK_FOR_JOB not in moves or ending:
            review.warnings.append(f"Next-steps close: \"{_quote(first[Move.NEXT_STEPS])}\" sounds like you are weighing other offers. Ask for the job instead; the timing will follow.")
    for hit in hits:
        if hit.move is Move.PUSHY:
            review.warnings.append(f"Pushy: \"{_quote(hit)}\". Asking for the job is confident; presuming or pressing is not.")
    if Move.NO_QUESTIONS in moves and Move.ASK_FOR_JOB not in moves:
        review.warnings.append(f"\"{_quote(first[Move.NO_QUESTIONS])}\" on its own reads as not interested. If you have no questions left, go straight to the close.")
    if Move.COUNTER_STORY in moves:
        review.strengths.append("You have a concrete story ready: keep it for when she names a doubt it answers.")
    _judge_gaps(review, hits)


# What a candidate is doing about a gap: a course, study, practice, a plan with a date.
_MITIGATION = re.compile(
    r"\b(?:(?:I'm|I am|I've been|I have been|I've|I have)\s+(?:\w+\s+)?(?:taking|doing|studying|learning|training|practi[sc]ing|enrolled|booked|started|signed\s+up|working\s+(?:on|towards|through))"
    r"|(?:I'll|I will|I plan to|I'm going to|I intend to)\s+(?!be\s+honest|accept|take|say|start)\w+"
    r"|courses?|modules?|evening\s+classes|night\s+school|certificat\w+|exam\b|shadow\w*|mentor\w*)",
    re.IGNORECASE,
)


def _judge_gaps(review: Review, hits: list[MoveHit]) -> None:
    """A gap named up front: praise the honesty, ask for the way across it; warn on arguing."""
    conceded = next((h for h in hits if h.move is Move.ACKNOWLEDGE_GAP), None)
    if conceded:
        # The plan belongs in the sentence that names the gap or the one after it.
        ends = [sentence.end for sentence in review.sentences if sentence.end >= conceded.end]
        after = review.text[conceded.start:ends[1] if len(ends) > 1 else None]
        if _MITIGATION.search(after):
            review.strengths.append(f"You name a gap honestly and say what you are doing about it: \"{_quote(conceded)}\".")
        else:
            review.strengths.append(f"You name a gap honestly: \"{_quote(conceded)}\". Add what you are doing about it "
                                    "(a course, a plan, someone to learn from), so she hears how you will close it.")
    for sentence in review.sentences:
        if disputes(sentence.text):
            review.warnings.append(f"Arguing with a requirement: \"{_quote(sentence.text)}\". A hard reservation does not go "
                                   "away by being argued; say plainly that it is true, then what you are doing about it.")
            break
