"""Provides `prepare`: a real job advert read against a player's self-knowledge, and a practice scenario from it.

The advert (plain text or HTML, pasted) is read by `adverts`: its role, and the
requirements it states, each hard or soft (and its nice-to-haves). Here they meet the
player's evidence. A hard requirement the evidence does not show (a right to work, a
clearance, a registration, a licence, a degree, a certificate) is a hard doubt: no story
removes it. A soft one (experience, years of it, a skill, or a degree the advert lets
experience stand in for) that the evidence does not touch is a soft doubt, answered with
the story from the bank that fits it best. Nice-to-haves are listed, never doubted: a
missing one is no reason for an interviewer to hesitate, and one the player has is worth
mentioning. Checks made when hiring (background, medical, age) are listed as hard but are
not doubts either. The preparation also picks the player's two best reasons and a
three-part close in the player's own evidence; `practice_scenario` turns it into an
interview the engine plays like any other.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from .adverts import (HARD_CLASSES, MAX_ADVERT, MAX_SHOWN, AdvertError, Requirement, advert_text, labelled,
                      read_requirements, role_of, years_asked)
from .ownmaterial import Reason, best_stories, choose_reasons, pertinence
from .scenario import Scenario, Trait, parse_scenario
from .selfknowledge import KINDS, SelfKnowledge, Story, catalogue
from .topics import touched
from .yamlsource import LocatedDocument

MAX_SENTENCES = 4000
MAX_TRAITS = 6
MAX_HARD = 2
MAX_SOFT = 3

_SPLIT = re.compile(r"(?:\n+|(?<=[.!?;])\s+|\s[•·▪◦]\s|^\s*[-*•·▪◦]\s)")
_BULLET = re.compile(r"^[\s\-*•·▪◦\d.)]+")
_GAP_CUES = re.compile(
    r"\b(?:experience (?:of|in|with|working with|working in|managing|leading|running|building|designing|supervising)|"
    r"ability to|able to|knowledge of|skills in|skilled in|track record (?:of|in)|record of|background in|familiar(?:ity)? with|"
    r"fluent in|comfortable (?:with|using))\s+(.{3,120})",
    re.IGNORECASE,
)
_STOP = frozenset("""a an the and or of in on at to for with by from as is are be been being this that these those
your you our we us it its their they them will would can could should may might must have has had do does did
not no any all some such other into onto over under about across within without per via using use used work
working role job team teams people person strong good excellent great able ability skills skill experience
knowledge understanding including include includes etc also well new high level levels key range wide
variety day days week weeks year years time times part full plus related relevant similar environment
ensure ensuring support supporting provide providing deliver delivering help helping make making take taking
least most essential desirable required current valid closely subject subjects such like hold holds holding minimum one several each every
""".split())


@dataclass(frozen=True)
class Doubt:
    """A doubt an interviewer would probably hold about this player, from one requirement in the advert."""

    id: str
    kind: str
    requirement: str
    about: str
    topics: tuple[str, ...]
    story: Story | None = None
    advice: str = ""

    @property
    def in_requirement(self) -> bool:
        """Whether the requirement's own words already say what the doubt is about (so it is shown once)."""
        said = set(_content_words(self.requirement, 100))
        return self.kind == "soft" and all(word in said for word in _content_words(self.about.removeprefix("how you "), 100))

    @property
    def heading(self) -> str:
        """The doubt as the preparation lists it: what it is about, then the advert's line, each
        said once (the line alone when its words say it all; an alternative the line names is left to the line)."""
        if self.in_requirement:
            return self.requirement
        about = re.sub(r"\s*\((?:or\s+)?([^()]*)\)", lambda m: "" if m.group(1) in self.requirement else m.group(0), self.about)
        return f"{about}: {self.requirement}"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "requirement": self.requirement,
            "about": self.about,
            "topics": list(self.topics),
            "story": self.story.as_doc() if self.story else None,
            "advice": self.advice,
        }


@dataclass
class Preparation:
    """What `prepare` found in an advert for one player."""

    role: str
    company: str
    traits: tuple[Trait, ...]
    requirements: list[Requirement]
    doubts: list[Doubt]
    reasons: list[Reason]
    close: dict[str, str]
    fingerprint: str
    notes: list[str] = field(default_factory=list)
    desirable: list[Requirement] = field(default_factory=list)

    def lines(self, player: str | None = None) -> list[str]:
        """The preparation as plain lines, for a terminal or a screen (advert text kept literally)."""
        out = [f"{self.role}, {self.company}" + (f"  (for {player})" if player else "")]
        out += [f"note: {note}" for note in self.notes]
        out.append("Likely traits of the role:")
        out += [f"  - {t.about}" for t in self.traits]
        out.append("Requirements:")
        for r in self.requirements:
            out.append(f"  - [{r.kind}: {r.what}] {r.text}")
            if r.accepts:
                out.append(f"      soft: the advert also accepts {r.accepts}")
            elif not r.doubted:
                out.append("      checked when hiring, not a doubt")
        if not self.requirements:
            out.append("  (none found)")
        if self.desirable:
            out.append("Nice to have (not doubts; mention any you have):")
            out += [f"  - {r.text}" for r in self.desirable]
        out.append("Doubts an interviewer would probably hold:")
        for doubt in self.doubts:
            out.append(f"  [{doubt.kind}] {doubt.heading}")
            if doubt.story:
                out.append(f"      story: {doubt.story.title}: {doubt.story.spoken}")
            if doubt.advice:
                out.append(f"      {doubt.advice}")
        if not self.doubts:
            out.append("  (none found: your evidence covers what the advert asks for)")
        out.append("Your best reasons:")
        out += [f"  - {'strong' if r.strong else 'generic'}: {r.text}" for r in self.reasons] or ["  (none yet: fill in your profile)"]
        out.append("A suggested close:")
        out += [f"  1. {self.close['want']}", f"  2. {self.close['why']}", f"  3. {self.close['reservations']}"]
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "company": self.company,
            "traits": [{"id": t.id, "about": t.about, "topics": list(t.topics)} for t in self.traits],
            "requirements": [r.as_json() for r in self.requirements],
            "desirable": [r.text for r in self.desirable],
            "doubts": [d.as_json() for d in self.doubts],
            "reasons": [{"item": r.item.id, "kind": r.item.kind, "text": r.text, "strong": r.strong,
                         "trait": r.trait.id if r.trait else None} for r in self.reasons],
            "close": dict(self.close),
            "notes": list(self.notes),
        }


# ----- the role and its traits -------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    out = []
    for part in _SPLIT.split(text):
        part = _BULLET.sub("", part or "").strip()
        if len(part) >= 3:
            out.append(part)
        if len(out) >= MAX_SENTENCES:
            break
    return out


def _shown(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SHOWN else sentence[: MAX_SHOWN - 1].rstrip() + "…"


def _content_words(phrase: str, limit: int = 5) -> tuple[str, ...]:
    words = []
    for word in (w.strip("'-") for w in re.findall(r"[^\W\d_][\w'-]*", phrase.lower())):
        if len(word) >= 3 and word not in _STOP and word not in words:
            words.append(word)
    return tuple(words[:limit])


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].strip("-") or "x"


def _traits(text: str, sentences: list[str]) -> tuple[Trait, ...]:
    """Skill words the advert uses (from the self-knowledge lists), then the duties it names."""
    scored = []
    for kind in KINDS:
        for item in catalogue()[kind]:
            hits = touched(text, item.topics)
            if len(hits) >= 2:
                scored.append((len(hits), item))
    scored.sort(key=lambda pair: -pair[0])
    traits: list[Trait] = []
    seen_topics: set[tuple[str, ...]] = set()
    for _, item in scored:
        if len(traits) >= MAX_TRAITS - 2:
            break
        found = tuple(touched(text, item.topics))
        if found in seen_topics:
            continue
        seen_topics.add(found)
        traits.append(Trait(item.id, item.label, item.topics))
    for sentence in sentences:
        if len(traits) >= MAX_TRAITS:
            break
        match = re.search(r"\b(?:you will|you'll)\s+(.{3,120})", sentence, re.IGNORECASE)
        words = _content_words(match.group(1)) if match else ()
        if len(words) >= 2 and not any(t.id == "duty-" + _slug(words[0]) for t in traits):
            traits.append(Trait("duty-" + _slug(words[0]), _shown(match.group(1).rstrip(".")).capitalize(), words))
    return tuple(traits)


def _has_words(text: str, words: tuple[str, ...]) -> bool:
    return bool(touched(text, words))


# ----- the doubts --------------------------------------------------------------------------

HARD_ADVICE = "No story removes this. Say plainly that you do not have it yet, and what you are doing about it."


# A requirement line opened by one of these asks for the words after it ("Knows SQL", "I can wire a
# board"); after the ones ending in a verb's "to" or "can", those words are something done.
_OPENERS = re.compile(
    r"^(?:(?:(?:a\s+)?(?:good|strong|sound|solid|deep|excellent|working|thorough|broad|general|practical)\s+)?"
    r"(?:knows?|knowledge\s+of|understanding\s+of|understands?)|(?:you|i)\s+(?:can|will)|i|can|proven)\s+",
    re.IGNORECASE,
)
_DOING = re.compile(r"^(?:ability to|able to|(?:you|i) (?:can|will)|i|can)\Z", re.IGNORECASE)
# "show … that you have X" asks for X.
_SHOWING = re.compile(r"^(?:show|demonstrate|prove)\b.*?\bthat\s+you\s+(have|can)\s+", re.IGNORECASE)
_DANGLING = re.compile(r"(?:\s+(?:of|this|that|the|a|an|to|and|or|in|on|with|for|at|by|your|their|our))+\Z", re.IGNORECASE)
# Where what a line asks for ends: examples and extras after it, and a clause saying why it matters.
_ASKED_ENDS = re.compile(
    r"[.;:()]|\s(?:and|or)\s(?=(?:to|you|be|have)\b)|,?\s+(?:including|such as|as well as|e\.g\.|for example)\b|"
    r"\s(?:is|are)\s+(?:\w+\s+)?(?:important|crucial|essential|key|vital|needed|required|a must)\b",
    re.IGNORECASE,
)
# Words that open a requirement line with a capital only because they open it.
_OPENING_WORDS = frozenset("""good strong sound solid deep excellent exceptional outstanding proven demonstrable demonstrated
real genuine clear confident effective relevant previous prior recent practical basic advanced thorough broad extensive
significant substantial great high keen working general being a an the""".split())
MAX_ASKED = 120


def _phrase(requirement: Requirement, advert: str) -> str:
    """What a soft requirement asks for, as words the interviewer can say after "about": the part
    after a cue ("experience of …", "knows …"), else the line; cut before its examples and before a
    clause on why it matters, at a whole word; something to be done put as "how you …"; and its
    first word in lower case when only its place gave it a capital (a name or an acronym the advert
    writes so keeps its capital)."""
    text = requirement.text.split(":", 1)[1].strip() if re.match(r"^[^:]{2,60}:\s", requirement.text) else requirement.text
    match = _GAP_CUES.search(text)
    opener = _OPENERS.match(text)
    if match:
        cue, phrase = match.group(0)[: match.start(1) - match.start(0)].strip(), text[match.start(1):]
    elif opener:
        cue, phrase = opener.group(0).strip(), text[opener.end():]
    else:
        cue, phrase = "", text
    showing = _SHOWING.match(phrase)
    if showing:
        cue, phrase = ("can" if showing.group(1).lower() == "can" else "have"), phrase[showing.end():]
    phrase = _ASKED_ENDS.split(phrase)[0].strip(" ,")
    if len(phrase) > MAX_ASKED:
        phrase = _DANGLING.sub("", phrase[: MAX_ASKED + 1].rsplit(" ", 1)[0]).rstrip(" ,")
    first, _, rest = phrase.partition(" ")
    bare = first.strip(",").lower()
    if first[:1].isupper() and first[1:].strip(",").islower() and first != "I" and (
            bare in _OPENING_WORDS or re.search(rf"\b{re.escape(bare)}\b", advert)):
        phrase = f"{first.lower()} {rest}".strip()
    return f"how you {phrase}" if _DOING.match(cue) else phrase


def _doubt(requirement: Requirement, evidence: list[str], knowledge: SelfKnowledge, advert: str) -> Doubt | None:
    """The doubt a requirement raises about this player, or None when their evidence shows it (or it raises none)."""
    if not requirement.doubted:
        return None
    kind = next((c for c in HARD_CLASSES if c.key == requirement.what), None)
    if kind is not None:
        subject = tuple(w for w in _content_words(requirement.text, 8) if not kind.pattern.search(w) and w not in kind.proof)
        if requirement.kind == "soft":
            subject = ()
        if any(_has_words(line, kind.proof) and (not subject or _has_words(line, subject)) for line in evidence):
            return None
        topics = tuple(dict.fromkeys(_content_words(requirement.text, 8) + (kind.key.replace("-", " "),)))
        if requirement.kind == "hard":
            return Doubt(kind.key, "hard", requirement.text, kind.about, topics, None, HARD_ADVICE)
        about = f"{kind.about} (or {requirement.accepts})"
        return _soft(kind.key, requirement, about, _content_words(requirement.accepts) + topics, knowledge)
    if requirement.what == "years":
        needed = years_asked(requirement.text)
        subject = _content_words(requirement.text, 8)
        if needed < 2 or any(years_asked(line) >= needed and _has_words(line, subject) for line in evidence):
            return None
        return _soft("years", requirement, f"{needed} years' experience", subject, knowledge)
    phrase = _phrase(requirement, advert)
    topics = _content_words(phrase)
    met = touched(" ".join(evidence), topics)
    if not topics or topics[0] in met or 2 * len(met) >= len(topics):
        return None
    return _soft("gap-" + _slug(topics[0]), requirement, _shown(phrase), topics, knowledge)


def _soft(doubt_id: str, requirement: Requirement, about: str, topics: tuple[str, ...], knowledge: SelfKnowledge) -> Doubt:
    # The advert's doubts are judged by their topic words: the model reads a doubt as the
    # interviewer says it, and these are one templated sentence about a phrase.
    best = [s for _, s in best_stories(knowledge.stories, "", topics, 1) if pertinence(s, "", topics)]
    advice = "" if best else f"No story yet: write one about {about} (the situation, what you did, the result)."
    return Doubt(doubt_id, "soft", requirement.text, about, topics, best[0] if best else None, advice)


def _evidence_lines(knowledge: SelfKnowledge) -> list[str]:
    """What the player has shown about themselves: each top item with its evidence, and their own items."""
    profile = knowledge.profile
    shown = [f"{item.label}: {profile.evidence[item.id]}" for item in profile.top_items() if item.id in profile.evidence]
    return shown + [f"{i.label}: {i.about}" for i in profile.own]


def _close(role: str, reasons: list[Reason]) -> dict[str, str]:
    want = (f"Thank you for your time today. I was keen on this {role} post before I came in, and this "
            "conversation has made me sure of it: I want this job, and I would accept an offer.")
    if reasons:
        why = " ".join(r.text for r in reasons)
    else:
        why = ("(Pick your top interests, motivators, skills and culture in your profile, with a line of "
               "evidence for each, and your two best reasons will appear here.)")
    ask = "What reservations do you have about me for this post? I would rather hear them now, while I can answer them."
    return {"want": want, "why": why, "reservations": ask}


def prepare(raw: str, knowledge: SelfKnowledge) -> Preparation:
    """Read a job advert against a player's self-knowledge.

    Raises:
        AdvertError: the advert is empty, has nothing readable in it, or is not in English.
    """
    text, notes = advert_text(raw)
    lines = text.split("\n")
    role = role_of(lines)
    company = labelled(lines, ("company", "employer", "organisation", "organization", "trust", "school", "hospital")) or "the employer"
    traits = _traits(text, _sentences(text))
    if not traits:
        words = _content_words(role) or ("work",)
        traits = (Trait("the-role", f"The work of the {role} itself", words),)
    found = read_requirements(lines)
    requirements = [r for r in found if not r.desirable]
    evidence = _evidence_lines(knowledge)
    doubts: list[Doubt] = []
    for requirement in requirements:
        doubt = _doubt(requirement, evidence, knowledge, text)
        if doubt is None or any(d.id == doubt.id or d.topics == doubt.topics for d in doubts):
            continue
        if sum(d.kind == doubt.kind for d in doubts) < (MAX_HARD if doubt.kind == "hard" else MAX_SOFT):
            doubts.append(doubt)
    if not requirements:
        notes.append("No requirements found: prepare reads English adverts whose requirements sit under a heading "
                     "such as 'Requirements' or 'What you'll need', or say 'must', 'essential' or 'required'.")
    reasons = choose_reasons(knowledge, traits, 2)
    if knowledge.profile.is_empty:
        notes.append("Your profile is empty, so there are no reasons of your own yet: fill it in first.")
    fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return Preparation(role, company, traits, requirements, doubts, reasons, _close(role, reasons), fingerprint, notes,
                       [r for r in found if r.desirable])


# ----- the practice interview --------------------------------------------------------------

def _soft_says(about: str) -> str:
    """What the practice interviewer says of a soft doubt (the text its stories are judged against)."""
    return f"What I haven't heard from you is much about {about}. The advert asks for it, and I'm not sure you've done it."


def _choice(choice_id: str, text: str, moves: list[str]) -> dict[str, Any]:
    return {"id": choice_id, "text": text, "moves": moves}


def _reservation(doubt: Doubt, knowledge: SelfKnowledge) -> dict[str, Any]:
    if doubt.kind == "hard":
        line = doubt.requirement if doubt.requirement.endswith((".", "!", "?")) else doubt.requirement + "."
        says = (f"I have to be straight with you about one line in the advert: \"{line}\" "
                f"From what you've told me you don't have {doubt.about} yet, and that isn't something I can waive.")
        replies = {
            "acknowledged": "Thank you for being straight about it. It doesn't go away, but now we both know where we stand.",
            "argued": "It isn't my opinion, I'm afraid. It's a condition of the post.",
            "ignored": "Well, it's in the advert, whatever either of us thinks of it.",
        }
        responses = [
            _choice("own-it", f"You're right, I don't have {doubt.about} today, and I won't pretend otherwise. "
                    "I'd rather tell you honestly what I am doing about it.", ["acknowledge_gap"]),
            _choice("argue", "Honestly, what matters is whether I can do the job, and I know I can.", []),
            _choice("story", "I understand, but in my last job I did the same work without it and nobody complained.", ["counter_story"]),
        ]
    else:
        says = _soft_says(doubt.about)
        replies = {
            "countered": "That's a good example. It's the kind of thing I needed to hear.",
            "acknowledged": "Fair enough, thank you for saying so. It would be something to learn here.",
            "argued": "It matters more here than you might think.",
            "ignored": "Right. I'll bear that in mind.",
        }
        responses = [
            _choice("concede", f"That's fair: I haven't done much of that yet, and I would want to learn it quickly.", ["acknowledge_gap"]),
            _choice("brush", "I don't think that will be a problem.", []),
        ]
        stories = best_stories(knowledge.stories, "", doubt.topics, 2)
        responses[0:0] = [_choice(f"story-{n + 1}", story.spoken, ["counter_story"]) for n, story in stories]
        if len(responses) < 3:
            responses.append(_choice("first-months", "What would that involve in the first few months?", []))
    return {"id": doubt.id, "kind": doubt.kind, "says": says, "topics": list(doubt.topics),
            "replies": replies, "responses": responses}


def practice_scenario(prep: Preparation, knowledge: SelfKnowledge) -> Scenario:
    """A practice interview with the advert's role, traits and doubts, played like any other.

    The interviewer is a tier-2 hiring manager; the fit choices are the player's own best
    reasons (plus a generic one), the story choices their own best stories.
    """
    doubts = prep.doubts or [Doubt("gap-" + prep.traits[0].id, "soft", prep.traits[0].about,
                                   prep.traits[0].about.lower(), prep.traits[0].topics)]
    fit = [_choice(f"mine-{r.item.id}", r.text, ["fit_reason"]) for r in prep.reasons]
    fit.append(_choice("generic", "I have always enjoyed this kind of work, and I think this role would suit me.", ["fit_reason"]))
    data = {
        "id": f"practice-{prep.fingerprint}",
        "title": f"Practice: {prep.role}",
        "company": prep.company,
        "role": prep.role,
        "brief": (f"A practice interview built from the advert you pasted for {prep.role}. "
                  f"The interviewer holds the doubts the advert raised about you: {_count(doubts, 'hard')} hard "
                  f"and {_count(doubts, 'soft')} soft. Your own reasons and stories are among the choices, "
                  "and you can always type your own words.\n\n"
                  "The interview went well. Now she caps her pen and looks up."),
        "interviewer": {"name": "Alex Morgan", "persona": "The hiring manager for this post: busy, fair, "
                        "and keeps her doubts to herself unless you ask for them openly.", "tier": 2},
        "first_impression": {"fit": 60, "accept": 45},
        "traits": [{"id": t.id, "about": t.about, "topics": list(t.topics)} for t in prep.traits],
        "reservations": [_reservation(d, knowledge) for d in doubts],
        "begin": "opening",
        "nodes": {
            "opening": {
                "says": "Right, that's everything from my side. What would you like to ask me?",
                "choices": [
                    _choice("nothing", "No, I think we've covered everything.", ["no_questions"]),
                    _choice("first-months", "What does a good first three months look like in this post?", ["question"]),
                    _choice("close", "Thank you for your time. I want this job, and I would accept an offer.", ["thanks", "ask_for_job"]),
                    _choice("when", "What are the next steps, and when will I hear back?", ["next_steps"]),
                ],
                "routes": [{"if": ["no_questions"], "to": "end"}, {"to": "why"}],
            },
            "why": {
                "says": "What makes you think this post suits you?",
                "choices": fit[:3] + [
                    _choice("doubts", "What reservations do you have about me?", ["reservations_open"]),
                    _choice("any", "Do you have any concerns about me?", ["reservations_closed"]),
                    _choice("when", "When will I hear back?", ["next_steps"]),
                ],
                "routes": [{"if": ["next_steps"], "unless": ["reservations_open", "reservations_closed"], "to": "end"}, {"to": "last"}],
            },
            "last": {
                "says": "Anything else before we finish?",
                "choices": [
                    _choice("doubts", "What, if anything, would make you hesitate about me?", ["reservations_open"]),
                    _choice("done", "No, that's everything. Thank you for your time.", ["no_questions", "thanks"]),
                    _choice("when", "When will I hear back?", ["next_steps"]),
                ],
                "routes": [{"if": ["reservations_open", "reservations_closed"], "to": "last"}, {"to": "end"}],
            },
        },
        "endings": {
            "next_round": "I'd like you to meet the director next. We'll be in touch to arrange it.",
            "waitlist": "I have a few more people to see. I'll let you know.",
            "rejected": "Thank you for coming in today.",
        },
    }
    if not any(d.kind == "hard" for d in doubts):
        data["endings"]["offer"] = "I'd like to offer you the post."
    return parse_scenario(LocatedDocument(f"<practice from advert {prep.fingerprint}>", data))


def _count(doubts: list[Doubt], kind: str) -> int:
    return sum(1 for d in doubts if d.kind == kind)


__all__ = ["MAX_ADVERT", "AdvertError", "Doubt", "Preparation", "Requirement", "advert_text", "prepare", "practice_scenario"]
