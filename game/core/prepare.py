"""Provides `prepare`: a real job advert read against a player's self-knowledge, and a practice scenario from it.

The advert (plain text or HTML, pasted) gives the role's likely traits (skill words from the
self-knowledge lists, and the duties it names) and its requirements. Requirements the
player's evidence does not show become the doubts an interviewer would probably hold: a
licence, registration, degree, certificate, right to work or a number of years is hard (no
story removes it); a gap in experience is soft (a story answers it). The preparation also
picks the player's two best reasons, the story that best answers each soft doubt, and a
three-part close in the player's own evidence; `practice_scenario` turns it into an
interview the engine plays like any other.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field
from typing import Any

from .ownmaterial import Reason, best_stories, choose_reasons, pertinence
from .scenario import Scenario, Trait, parse_scenario
from .selfknowledge import KINDS, SelfKnowledge, Story, catalogue
from .topics import touched
from .yamlsource import LocatedDocument

MAX_ADVERT = 200_000
MAX_SENTENCES = 4000
MAX_SHOWN = 200
MAX_TRAITS = 6
MAX_HARD = 2
MAX_SOFT = 3

_BLOCK = re.compile(r"<(script|style)\b", re.IGNORECASE)
_BREAKS = re.compile(r"<\s*(?:br|/p|/li|/h\d|/div|/tr|li|p|h\d|div|tr)\b[^>]{0,500}>", re.IGNORECASE)
_TAG = re.compile(r"<[/!?]?[a-zA-Z][^<>]{0,2000}>")
_SPLIT = re.compile(r"(?:\n+|(?<=[.!?;])\s+|\s[•·▪◦]\s|^\s*[-*•·▪◦]\s)")
_BULLET = re.compile(r"^[\s\-*•·▪◦\d.)]+")

_WANTED = re.compile(r"\b(?:essential|required|requirement|requires|must|mandatory|need|needs|you have|you hold|you will have|"
                     r"minimum|at least|hold a|holding a|eligible|proven|demonstrable)\b", re.IGNORECASE)
_OPTIONAL = re.compile(r"\b(?:desirable|preferred|nice to have|bonus|ideally|an advantage|a plus|would be helpful|welcome)\b", re.IGNORECASE)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_YEARS = re.compile(r"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:or more\s+)?years?\b", re.IGNORECASE)

# Hard requirements: what the line names, and the words that would show the player has it.
HARD_KINDS: tuple[tuple[str, str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("right-to-work", "the right to work", re.compile(r"\bright to work\b|\bwork permit\b|\bvisa sponsorship\b|\bsecurity clearance\b|\bdbs\b|\bbackground check", re.IGNORECASE),
     ("right to work", "visa", "citizen", "settled status", "permit", "clearance", "dbs", "cleared")),
    ("registration", "a professional registration", re.compile(r"\bregistered\b|\bregistration\b|\bchartered\b", re.IGNORECASE),
     ("registered", "registration", "pin", "chartered", "member")),
    ("licence", "a licence", re.compile(r"\blicen[cs]ed?\b", re.IGNORECASE),
     ("licence", "license", "licensed")),
    ("degree", "the degree or professional status the post requires", re.compile(r"\bdegree\b|\bbachelor|\bmaster'?s\b|\bphd\b|\bbsc\b|\bmsc\b|\bqualified teacher status\b|\bqts\b", re.IGNORECASE),
     ("degree", "bsc", "ba", "msc", "ma", "phd", "graduate", "graduated", "qts", "qualified teacher status")),
    ("certificate", "a certificate or qualification", re.compile(r"\bcertifi(?:ed|cate|cation)\b|\bqualification\b|\bdiploma\b|\bnvq\b|\bcscs\b|\bsia\b|\bcpcs\b", re.IGNORECASE),
     ("certificate", "certified", "certification", "qualification", "qualified", "diploma", "nvq", "card")),
)
_GAP_CUES = re.compile(
    r"\b(?:experience (?:of|in|with|working with|working in|managing|leading|running)|"
    r"ability to|able to|knowledge of|skills in|track record (?:of|in)|background in|familiar(?:ity)? with)\s+(.{3,120})",
    re.IGNORECASE,
)
_STOP = frozenset("""a an the and or of in on at to for with by from as is are be been being this that these those
your you our we us it its their they them will would can could should may might must have has had do does did
not no any all some such other into onto over under about across within without per via using use used work
working role job team teams people person strong good excellent great able ability skills skill experience
knowledge understanding including include includes etc also well new high level levels key range wide
variety day days week weeks year years time times part full plus related relevant similar environment
ensure ensuring support supporting provide providing deliver delivering help helping make making take taking
least most essential desirable required current valid closely subject subjects such like hold holds holding minimum
""".split())


class AdvertError(Exception):
    """An advert that cannot be read (empty, or nothing but markup)."""


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
    requirements: list[str]
    doubts: list[Doubt]
    reasons: list[Reason]
    close: dict[str, str]
    fingerprint: str
    notes: list[str] = field(default_factory=list)

    def lines(self, player: str | None = None) -> list[str]:
        """The preparation as plain lines, for a terminal or a screen (advert text kept literally)."""
        out = [f"{self.role}, {self.company}" + (f"  (for {player})" if player else "")]
        out += [f"note: {note}" for note in self.notes]
        out.append("Likely traits of the role:")
        out += [f"  - {t.about}" for t in self.traits]
        out.append("Requirements:")
        out += [f"  - {r}" for r in self.requirements] or ["  (none found)"]
        out.append("Doubts an interviewer would probably hold:")
        for doubt in self.doubts:
            out.append(f"  [{doubt.kind}] {doubt.about}: {doubt.requirement}")
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
            "requirements": list(self.requirements),
            "doubts": [d.as_json() for d in self.doubts],
            "reasons": [{"item": r.item.id, "kind": r.item.kind, "text": r.text, "strong": r.strong,
                         "trait": r.trait.id if r.trait else None} for r in self.reasons],
            "close": dict(self.close),
            "notes": list(self.notes),
        }


# ----- reading the advert ------------------------------------------------------------------

def _drop_blocks(text: str) -> str:
    """The text without its script and style blocks (an unclosed one runs to the end), in one pass."""
    kept: list[str] = []
    lower = text.lower()
    at = 0
    while (found := _BLOCK.search(text, at)) is not None:
        kept.append(text[at:found.start()])
        close = lower.find("</" + found.group(1).lower(), found.end())
        end = lower.find(">", close) if close >= 0 else -1
        at = end + 1 if end >= 0 else len(text)
    kept.append(text[at:])
    return " ".join(kept)


def advert_text(raw: str) -> tuple[str, list[str]]:
    """The advert as plain lines: markup and entities removed, cut to a safe size.

    Returns:
        The text, and notes for the player (e.g. that it was cut).

    Raises:
        AdvertError: nothing readable is left.
    """
    notes = []
    if len(raw) > MAX_ADVERT:
        raw = raw[:MAX_ADVERT]
        notes.append(f"The advert was long, so only its first {MAX_ADVERT // 1000} KB were read.")
    text = _drop_blocks(raw)
    text = _BREAKS.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\t", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    if not text.strip():
        raise AdvertError("the advert is empty: paste the text of the job advert (title, duties and requirements)")
    if not re.search(r"[^\W\d_]{2,}", text):
        raise AdvertError("the advert has no words in it: paste the text of the job advert")
    return text, notes


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


def _labelled(lines: list[str], labels: tuple[str, ...]) -> str:
    for line in lines[:40]:
        match = re.match(rf"^(?:{'|'.join(labels)})\s*[:\-–]\s*(.{{2,80}})$", line, re.IGNORECASE)
        if match:
            return match.group(1).strip()
    return ""


def _role(lines: list[str]) -> str:
    labelled = _labelled(lines, ("job title", "role", "position", "post", "vacancy"))
    if labelled:
        return labelled
    first = lines[0] if lines else ""
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= 80 else sentence if len(sentence) <= 80 else "the role in your advert"


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


def _years(text: str) -> int:
    values = []
    for match in _YEARS.finditer(text):
        raw = match.group(1).lower()
        values.append(int(raw) if raw.isdigit() else _NUMBERS[raw])
    return max(values, default=0)


def _has_words(text: str, words: tuple[str, ...]) -> bool:
    return bool(touched(text, words))


def _hard(sentence: str, evidence: list[str]) -> tuple[str, str] | None:
    """The hard requirement a line makes and the player's evidence does not show, as (id, what)."""
    if _OPTIONAL.search(sentence) or not _WANTED.search(sentence):
        return None
    for key, what, pattern, proof in HARD_KINDS:
        if pattern.search(sentence):
            subject = tuple(w for w in _content_words(sentence, 8) if not pattern.search(w) and w not in proof)
            shown = any(_has_words(line, proof) and (not subject or _has_words(line, subject)) for line in evidence)
            return None if shown else (key, what)
    needed = _years(sentence) if re.search(r"\bexperience\b", sentence, re.IGNORECASE) else 0
    subject = _content_words(sentence, 8)
    if needed >= 2 and not any(_years(line) >= needed and _has_words(line, subject) for line in evidence):
        return "years", f"{needed} years' experience"
    return None


def _gap(sentence: str, evidence: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """An experience the advert asks for that the player's evidence does not touch, as (phrase, topics)."""
    if _OPTIONAL.search(sentence):
        return None
    match = _GAP_CUES.search(sentence)
    if not match:
        return None
    phrase = re.split(r"[.;:()]|\s(?:and|or)\s(?=(?:to|you|be|have)\b)", match.group(1))[0].strip(" ,")
    topics = _content_words(phrase)
    if not topics or _has_words(" ".join(evidence), topics):
        return None
    return phrase, topics


def _evidence_lines(knowledge: SelfKnowledge) -> list[str]:
    """What the player has shown about themselves: their evidence lines and their own items."""
    profile = knowledge.profile
    return list(profile.evidence.values()) + [f"{i.label}: {i.about}" for i in profile.own]


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
        AdvertError: the advert is empty or has nothing readable in it.
    """
    text, notes = advert_text(raw)
    lines = text.split("\n")
    sentences = _sentences(text)
    role = _role(lines)
    company = _labelled(lines, ("company", "employer", "organisation", "organization", "trust", "school")) or "the employer"
    traits = _traits(text, sentences)
    if not traits:
        words = _content_words(role) or ("work",)
        traits = (Trait("the-role", f"The work of the {role} itself", words),)
    evidence = _evidence_lines(knowledge)
    requirements: list[str] = []
    doubts: list[Doubt] = []
    hard_seen: set[str] = set()
    soft_seen: set[tuple[str, ...]] = set()
    for sentence in sentences:
        hard = _hard(sentence, evidence)
        gap = None if hard else _gap(sentence, evidence)
        wanted = len(sentence.split()) >= 6 and _WANTED.search(sentence) and not _OPTIONAL.search(sentence)
        if hard or gap or wanted:
            if len(requirements) < 12:
                requirements.append(_shown(sentence))
        if hard and hard[0] not in hard_seen and len(hard_seen) < MAX_HARD:
            hard_seen.add(hard[0])
            topics = tuple(dict.fromkeys(_content_words(sentence, 8) + (hard[0].replace("-", " "),)))
            doubts.append(Doubt(hard[0], "hard", _shown(sentence), hard[1], topics, None,
                                "No story removes this. Say plainly that you do not have it yet, and what you are doing about it."))
        elif gap and gap[1] not in soft_seen and len(soft_seen) < MAX_SOFT:
            soft_seen.add(gap[1])
            phrase, topics = gap
            best = [s for _, s in best_stories(knowledge.stories, topics, 1) if pertinence(s, topics)]
            advice = "" if best else f"No story yet: write one about {_shown(phrase)} (the situation, what you did, the result)."
            doubts.append(Doubt("gap-" + _slug(topics[0]), "soft", _shown(sentence), _shown(phrase), topics,
                                best[0] if best else None, advice))
    reasons = choose_reasons(knowledge, traits, 2)
    if knowledge.profile.is_empty:
        notes.append("Your profile is empty, so there are no reasons of your own yet: fill it in first.")
    fingerprint = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return Preparation(role, company, traits, requirements, doubts, reasons, _close(role, reasons), fingerprint, notes)


# ----- the practice interview --------------------------------------------------------------

def _choice(choice_id: str, text: str, moves: list[str]) -> dict[str, Any]:
    return {"id": choice_id, "text": text, "moves": moves}


def _reservation(doubt: Doubt, knowledge: SelfKnowledge) -> dict[str, Any]:
    if doubt.kind == "hard":
        says = (f"I have to be straight with you about one line in the advert: \"{doubt.requirement}\" "
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
        says = (f"What I haven't heard from you is much about {doubt.about}. The advert asks for it, "
                "and I'm not sure you've done it.")
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
        stories = best_stories(knowledge.stories, doubt.topics, 2)
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


__all__ = ["AdvertError", "Doubt", "Preparation", "advert_text", "prepare", "practice_scenario"]
