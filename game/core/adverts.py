"""Provides the reading of a pasted job advert: its plain lines, its role, and the requirements it states.

Requirements are read by classes of phrasing, not advert by advert:

- **Section headings** say what the lines under them are: requirements ("Requirements",
  "Qualifications", "What you'll need", "You have", "About you", "Essential", "Minimum
  qualifications", "Person specification", "Skills and experience"), nice-to-haves
  ("Preferred", "Desirable", "Bonus points", "Nice to have") or duties
  ("Responsibilities", "What you'll do"). A label with text after it ("Essential: a
  degree…", "Typical education: …") counts as a heading for its own text. A line marked
  (E) or (D), as person specifications do, says so itself.
- **Inline markers** make a line a requirement wherever it stands (outside the
  nice-to-haves): "must", "required", "essential", "you will need", "you'll have", "you
  should have", "we're looking for", "open only to", "a prerequisite", "N+ years of", "at
  least", "is crucial"; and, in an advert with no headings at all, lines that open the way
  requirement lines do ("Experience of…", "Knowledge of…", "Ability to…"). A nice-to-have
  marker ("preferred", "a plus", "an advantage", "ideally") makes a line a nice-to-have.
  Hedged description ("usually has", "may hold", "typically") outside a requirements
  section asks for nothing; nor do lines that say nothing is needed ("none required",
  "no set length of experience"), instructions on how to apply, or the employer talking
  about itself ("We offer…").

Each requirement is **hard** or **soft**. Hard: a right to work, a security clearance, a
registration, a licence, a degree, a certificate, and the checks and conditions made when
hiring (background or medical checks, a minimum age). Soft: experience, years of it,
skills. A degree or certificate the advert lets experience, a portfolio or a shown
ability stand in for ("or equivalent experience", "or a bootcamp with a strong
portfolio") is soft, and the requirement says what the advert accepts instead. English
only: an advert in another language is refused with a clear message.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

MAX_ADVERT = 200_000
MAX_UNITS = 4000
MAX_SHOWN = 200

REQUIRED, DESIRABLE, DUTIES, OTHER = "required", "desirable", "duties", "other"


class AdvertError(Exception):
    """An advert that cannot be read (empty, nothing but markup, or not in English)."""


@dataclass(frozen=True)
class HardClass:
    """One class of hard requirement: how a line names it, and what evidence would show the player has it."""

    key: str
    about: str
    pattern: re.Pattern[str]
    proof: tuple[str, ...]
    doubted: bool = True


_I = re.IGNORECASE
HARD_CLASSES: tuple[HardClass, ...] = (
    HardClass("right-to-work", "the right to work there",
              re.compile(r"\bright to work\b|\b(?:authori[sz]ed|eligible|entitled|permitted) to work\b|\bwork (?:permit|visa)\b|"
                         r"\bvisa sponsorship\b|\bcitizens?(?:hip)?\b|\bsettled status\b", _I),
              ("right to work", "citizen", "citizenship", "settled status", "visa", "permit", "authorised to work",
               "authorized to work", "passport")),
    HardClass("clearance", "a security clearance",
              re.compile(r"\b(?:security|active|current|secret|sc|dv)\s+clearance\b|\bclearance\s+(?:at|to)\b|\btop secret\b|"
                         r"\b(?:sc|dv)\s+cleared\b|\bsecurity cleared\b", _I),
              ("clearance", "cleared", "vetted")),
    HardClass("check", "a check made when hiring",
              re.compile(r"\bbackground (?:check|screening|investigation)\b|\bcriminal record\b|\bdbs\b|\bdrug (?:test|screen)|"
                         r"\bmedical (?:exam|examination|check|assessment)\b|\bemployment verification\b|"
                         r"\bsuitab(?:le|ility) (?:to|for) work(?:ing)? with (?:children|vulnerable)\b|\bpre-employment\b|\bvetting\b", _I),
              (), doubted=False),
    HardClass("age", "a minimum age",
              re.compile(r"\bminimum age\b|\b(?:at least|over|aged)\s+(?:1[6-9]|2[0-5])\b(?!\s*\+?\s*years? (?:of|experience))|"
                         r"\b(?:1[6-9]|2[0-5])\s*(?:years? old|or over|or older)\b", _I),
              (), doubted=False),
    HardClass("registration", "a professional registration",
              re.compile(r"\bregist(?:ered|ration)\b|\bchartered\b|\bnmc\b|\bhcpc\b|\bgmc\b|\bgdc\b|\bgphc\b", _I),
              ("registered", "registration", "pin", "chartered", "nmc", "hcpc", "gmc", "member")),
    HardClass("licence", "a licence",
              re.compile(r"\blicen[cs]e[ds]?\b|\bdriving record\b|\bcdl\b|\bhgv\b|\blgv\b", _I),
              ("licence", "license", "licensed", "cdl", "hgv", "lgv")),
    HardClass("degree", "the degree or professional status the post requires",
              re.compile(r"\bdegree\b|\bbachelor'?s?\b|\bmaster'?s\b|\bphd\b|\bdoctorate\b|\bhonours\b|\bmba\b|"
                         r"\bqualified teacher status\b|\bqts\b|\b(?-i:BS|BSc|BA|MS|MSc|MA)\b", _I),
              ("degree", "bsc", "ba", "bs", "msc", "ma", "ms", "phd", "mba", "graduate", "graduated", "honours",
               "qts", "qualified teacher status")),
    HardClass("certificate", "a certificate or qualification",
              re.compile(r"\bcertifi(?:ed|cates?|cations?)\b|\b(?:teaching|professional|mentorship|accounting|level \d|recognised|"
                         r"recognized|relevant|trade|vocational|formal|a)\s+qualifications?\b|\bdiploma\b|\bnvq\b|\bgcses?\b|\bcscs\b|\bsia\b|"
                         r"\bskills tests?\b|\bcpcs\b|\bcpc\b|\bcpa\b|\bacca\b|\bcima\b|\baca\b|\bcma\b|\bpgce\b|\bcert ed\b|\b18th edition\b|"
                         r"\bservsafe\b|\bhigh school\b|\bged\b|\ba-levels?\b", _I),
              ("certificate", "certified", "certification", "qualification", "qualified", "diploma", "nvq", "card",
               "gcse", "cpa", "acca", "cima", "pgce")),
)

_BLOCK = re.compile(r"<(script|style)\b", _I)
_LIST_ITEM = re.compile(r"<\s*li\b[^>]{0,500}>", _I)
_BREAKS = re.compile(r"<\s*(?:br|/p|/li|/h\d|/div|/tr|/td|/th|/ul|/ol|p|h\d|div|tr|ul|ol)\b[^>]{0,500}>", _I)
_TAG = re.compile(r"<[/!?]?[a-zA-Z][^<>]{0,2000}>")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–]|\d{1,2}[.)])\s+")
_SENTENCE_END = re.compile(r"(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)(?<=[a-z0-9)'’][.!?])\s+(?=[A-Z(“\"'])")
_INLINE_BULLETS = re.compile(r"\s[•▪◦]\s")

_ENGLISH = frozenset("""the and of to in for with you your we our is are be will have has this that on as at by from
or an it who can able must an all about what us""".split())
_FOREIGN = frozenset("""der das und ist wir sie mit für eine ein nicht auf bei ihre unsere oder sowie el los las que para
una por del se su nuestro nuestra le les et des du pour avec est nous vous dans sur au il lo gli di che della nel os
com uma um do da em não het een voor zijn wij""".split())

_HEADING_WORDS = {
    REQUIRED: {"requirements", "requirement", "qualifications", "qualification", "need", "needs", "essential", "criteria",
               "specification", "skills", "skill", "experience", "knowledge", "must", "eligibility", "education",
               "educational", "qualities", "training", "abilities", "competencies", "competences", "licences", "licenses",
               "certifications", "certification", "proficiency", "availability", "legal", "prerequisites", "bring", "attributes"},
    DESIRABLE: {"preferred", "desirable", "desired", "nice", "bonus", "plus", "advantageous", "advantage", "ideally", "optional",
                "haves"},
    DUTIES: {"responsibilities", "responsibility", "duties", "duty", "do", "doing", "role", "day", "purpose", "summary",
             "accountabilities", "tasks", "overview"},
    OTHER: {"benefits", "offer", "offers", "company", "salary", "perks", "why", "join", "apply", "contact", "pay",
            "location", "hours", "us", "culture", "package", "rewards", "information", "notes", "other"},
}
_HEADING_FILLER = {"what", "you", "you'll", "youll", "we", "we're", "were", "are", "will", "have", "for", "about", "who",
                   "and", "the", "our", "your", "a", "an", "of", "to", "in", "is", "key", "main", "minimum", "basic",
                   "required", "person", "typical", "personal", "special", "relevant", "additional", "technical", "job",
                   "from", "if", "would", "be", "also", "it", "great", "further", "ideal", "candidate", "profile",
                   "more", "points", "extra", "some", "this", "description", "general", "core", "professional", "looking",
                   "things", "that", "make", "stand", "out", "set", "apart", "how", "may", "entry", "mandatory", "desirables"}
_ALL_HEADING_WORDS = set().union(*_HEADING_WORDS.values(), _HEADING_FILLER)
_HEADING_PHRASES = re.compile(r"^(?:about you|who you are|you have|you will have|you'll have|you bring|what you bring|"
                              r"(?:what|who) we(?:'re| are) looking for|we(?:'re| are) looking for)$")
_CONTENT_ONLY_LABELS = re.compile(r"^who may apply$")
_FACT_LABEL = re.compile(r"^(?:typical|key) \w+(?: \w+)?$")

_MARK = re.compile(r"\s*(?:\(\s*([EeDd])\s*\)|[|/–-]\s*([ED])\s*)$")
_LEGEND = re.compile(r"\b(?:criteri(?:on|a)|items?)\b.{0,40}\b(?:marked|shown)\b|\bE\b.{0,20}\bessential\b.{0,30}\bD\b.{0,20}\bdesirable\b", _I)

_MUST = re.compile(
    r"\b(?:must|required|requires?|requirements?|essential|mandatory|prerequisites?|you will need|you'll need|you need|"
    r"you will have|you'll have|you should have|you have|you hold|should have|we(?:'re| are) looking for|looking for someone|"
    r"(?:only )?open (?:only )?to|minimum|at least|need to|needs to|is (?:important|crucial|vital|key)|are (?:important|crucial|vital|key)|"
    r"the (?:post|role|job|position) (?:needs|requires|calls for|demands))\b",
    _I,
)
_NICE = re.compile(r"\b(?:preferred|preferably|desirable|desired|nice to have|bonus|ideally|an advantage|advantageous|a plus|"
                   r"would be (?:helpful|useful|great|good|welcome)|is welcome|beneficial)\b", _I)
_HEDGE = re.compile(r"\b(?:usually|typically|often|generally|normally|most|many|some|may (?:hold|have|be|need)|might|can be|could)\b", _I)
_NONE = re.compile(r"\bnone\b|\bnot (?:required|necessary|essential|needed)\b|\bno (?:set|specific|formal|previous|prior)\b|"
                   r"\bno (?:\w+ ){0,3}(?:required|needed|necessary)\b|\bentry[- ]level\b|\b0 years?\b", _I)
_META = re.compile(r"\b(?:resume|résumé|cv|cover letter|transcripts?|closing date|apply (?:now|online|via|by|here)|"
                   r"requirements? (?:below|above|listed)|criteria (?:below|above|listed)|shortlist\w*)\b|"
                   r"\b(?:send|submit|provide|upload|attach|include)\b[^.]{0,60}\bwith your application\b|^\(.*\)$", _I)
_URL = re.compile(r"\S+://\S+|\bwww\.\S+")
_SCHOOLING = re.compile(r"\bhigh school\b|\bged\b|\bgcses?\b|\bsecondary school\b|\bleaving certificate\b", _I)
_ASPIRATION = re.compile(r"\b(?:to (?:gain|achieve|obtain|get|work towards)|working towards|studying for)\b", _I)
_EMPLOYER = re.compile(r"^(?:we are|we're|we offer|we have|we provide|our|join us)\b(?!.*\blooking for\b)", _I)
_OPENERS = re.compile(r"^(?:experience|knowledge|understanding|ability|able to|proven|demonstrable|demonstrated|strong|excellent|"
                      r"good|solid|proficien|fluen|familiar|comfortable|track record|(?:working|basic|sound|thorough|in-depth|deep|broad)\s+knowledge|(?:\d{1,2}|one|two|three|four|five|six|seven|"
                      r"eight|nine|ten)\+?\s*(?:or more\s+)?years?|at least|minimum)", _I)
# A note that one requirement may stand in for another ("a higher degree may be substituted for
# experience") states no requirement of its own.
_SUBSTITUTE = re.compile(r"\b(?:may|can|could|will)\s+(?:be\s+)?(?:substitut\w*|stand\s+in|replace|count\s+(?:as|towards|for))\b|"
                         r"\bin\s+place\s+of\b|\bsubstitut\w*\s+for\b", _I)
# A line that names a credential as a thing to have ("A pharmacy degree from…", "Valid state
# licence"), as the lists of an advert without headings do.
_NAMES_CREDENTIAL = re.compile(r"^(?:an?|one|valid|current|full|active|\w+(?:'|’)s)\b|"
                               r"^(?:[\w-]+\s+){0,3}(?:degree|diploma|licen[cs]e|certificat\w*|qualification|registration)\b", _I)
_STRONG_HARD = re.compile(r"\b(?:valid|full|current|clean|active|hold|holds|holding|possess|degree in|certified|chartered|"
                          r"clearance|registered with)\b", _I)
_SOFTENED = re.compile(
    r"\b(?:equivalent|relevant|related|comparable|practical|professional|work)\s+(?:\w+\s+){0,2}?experience\b|\bbootcamp\b|"
    r"\bportfolio\b|\bable\s+to\s+(?:show|demonstrate)\b|\bin lieu\b|\b(?:show|demonstrate)\b[^.;]*\bequivalent\b",
    _I,
)
_AS_EXPERIENCE = re.compile(r"^(?:\w+\s+){0,2}experience (?:of|in|with)\b", _I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_COUNT = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
YEARS = re.compile(rf"\b(?:{_COUNT}\s*(?:-|–|to)\s*)?{_COUNT}\s*\+?\s*(?:or more\s+)?years?(?:'|’)?(?!\s*old)\b", _I)

_TITLE_WORDS = re.compile(
    r"\b(?:analyst|nurse|engineer|manager|driver|teacher|electrician|accountant|officer|assistant|supervisor|developer|"
    r"technician|specialist|lead|coordinator|co-ordinator|administrator|worker|designer|consultant|porter|cook|chef|clerk|"
    r"director|scientist|architect|advis[eo]r|operator|agent|representative|therapist|midwife|carer|pilot|mechanic|plumber|"
    r"receptionist|cashier|programmer|tutor|lecturer|librarian|controller|auditor|buyer|planner|surveyor|paramedic|"
    r"pharmacist|physiotherapist|inspector|instructor|trainer|executive|associate|head|attendant|steward|guard)s?\b",
    _I,
)


_ROLE_WRAPPING = re.compile(r"^(?:requirements|qualifications|duties)\s+(?:for|of)\s+(?:an?\s+|the\s+)?|"
                            r"\s+(?:job description|job|vacancy|position)(?:\s*\([^)]*\))?$", _I)
_NOT_TITLE = re.compile(r"\.(?:com|org|net|co\.uk|gov)\b|https?:|^(?:a|an|the|able|ability|experience|knowledge|you|we)\b", _I)


@dataclass(frozen=True)
class Requirement:
    """One thing the advert asks for, as it says it (shown literally), hard or soft, and of which class."""

    text: str
    kind: str
    what: str
    desirable: bool = False
    accepts: str = ""

    @property
    def doubted(self) -> bool:
        """Whether a player lacking it would give an interviewer a doubt: checks made when hiring and
        school-level certificates (verified, rarely doubted in an adult with a working life) do not."""
        if self.desirable or (self.what == "certificate" and _SCHOOLING.search(self.text)):
            return False
        return next((c.doubted for c in HARD_CLASSES if c.key == self.what), True)

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind, "what": self.what, "accepts": self.accepts}


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
    """The advert as plain lines: markup and entities removed (list items keep a bullet), cut to a safe size.

    Returns:
        The text, and notes for the player (e.g. that it was cut).

    Raises:
        AdvertError: nothing readable is left, or the advert is not in English.
    """
    notes = []
    if len(raw) > MAX_ADVERT:
        raw = raw[:MAX_ADVERT]
        notes.append(f"The advert was long, so only its first {MAX_ADVERT // 1000} KB were read.")
    text = _drop_blocks(raw)
    text = _LIST_ITEM.sub("\n• ", text)
    text = _BREAKS.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = "".join(c if c.isprintable() or c == "\n" else " " for c in text.replace("\t", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    text = "\n".join(line for line in lines if line and line != "•")
    if not text.strip():
        raise AdvertError("the advert is empty: paste the text of the job advert (title, duties and requirements)")
    words = re.findall(r"[^\W\d_]{2,}", text.lower())
    if not words:
        raise AdvertError("the advert has no words in it: paste the text of the job advert")
    if _foreign(text, [w for w in words if len(w) <= 15]):
        raise AdvertError("the advert does not look like English: prepare reads adverts written in English only")
    return text, notes


def _foreign(text: str, words: list[str]) -> bool:
    """Whether an advert is in another language: mostly letters outside the Latin alphabet, or far more
    common words of other European languages than of English."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 40 and sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) < 0.5 * len(letters):
        return True
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 4 and foreign > 2 * sum(w in _ENGLISH for w in words)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'’&]*", text.lower().replace("’", "'"))


def _heading_class(label: str) -> str | None:
    """What a heading (or a label before a colon) introduces, or None when it is not a heading we know."""
    label = re.sub(r"\([^)]*\)", " ", label).replace("/", " ").replace("&", " and ")
    words = _words(label)
    if not words or len(words) > 8 or any(w not in _ALL_HEADING_WORDS for w in words):
        return None
    joined = " ".join(words)
    if set(words) & _HEADING_WORDS[DESIRABLE]:
        return DESIRABLE
    if set(words) & _HEADING_WORDS[REQUIRED] or _HEADING_PHRASES.match(joined):
        return REQUIRED
    for section in (DUTIES, OTHER):
        if set(words) & _HEADING_WORDS[section]:
            return section
    return None


def _hard_class(text: str) -> HardClass | None:
    return next((c for c in HARD_CLASSES if c.pattern.search(text)), None)


def years_asked(text: str) -> int:
    """The largest number of years a line asks for (the lower end of a range; 0 when none)."""
    values = []
    for match in YEARS.finditer(text):
        raw = (match.group(1) or match.group(2)).lower()
        values.append(int(raw) if raw.isdigit() else _NUMBERS[raw])
    return max(values, default=0)


def _shown(sentence: str) -> str:
    return sentence if len(sentence) <= MAX_SHOWN else sentence[: MAX_SHOWN - 1].rstrip() + "…"


def _judge(sentence: str, section: str | None, lone: bool) -> Requirement | None:
    """The requirement one sentence states, read with the section it stands in, or None.

    `lone` is true when the advert has had no heading at all so far: then the usual
    openers of requirement lines ("Experience of…") count as requirements too.
    """
    sentence = _URL.sub(" ", sentence).strip()
    if not _words(sentence) or _LEGEND.search(sentence) or _META.search(sentence) or _NONE.search(sentence) \
            or _EMPLOYER.search(sentence) or _SUBSTITUTE.search(sentence):
        return None
    hard = _hard_class(sentence)
    years = years_asked(sentence)
    must = bool(_MUST.search(sentence))
    if section == DESIRABLE or (_NICE.search(sentence) and section != DUTIES):
        return _requirement(sentence, hard, years, desirable=True)
    if section == REQUIRED:
        return _requirement(sentence, hard, years)
    if section == DUTIES:
        return _requirement(sentence, hard, years) if must and (hard or years) else None
    if _HEDGE.search(sentence):
        return None
    if must or years or (hard and (_STRONG_HARD.search(sentence) or (lone and _NAMES_CREDENTIAL.search(sentence)))) \
            or (lone and _OPENERS.search(sentence)):
        return _requirement(sentence, hard, years)
    return None


def _requirement(sentence: str, hard: HardClass | None, years: int, desirable: bool = False) -> Requirement:
    text = _shown(sentence.rstrip(" ,;:"))
    if hard is None or _AS_EXPERIENCE.match(sentence) or _ASPIRATION.search(sentence):
        return Requirement(text, "soft", "years" if years else "experience", desirable)
    softened = _SOFTENED.search(sentence) if hard.key in ("degree", "certificate") else None
    if softened:
        start = max(sentence.rfind(" or ", 0, softened.start()), sentence.rfind(" in lieu", 0, softened.end()))
        accepts = sentence[start if start >= 0 else softened.start():].strip(" ,.;")
        accepts = re.split(r"[.;]", re.sub(r"^(?:or|in lieu of)\s+", "", accepts, flags=_I))[0]
        return Requirement(text, "soft", hard.key, desirable, _shown(accepts.strip(" ,")))
    return Requirement(text, "hard", hard.key, desirable)


def _units(line: str) -> list[str]:
    """The sentences of one line, bullets dropped."""
    out = []
    for part in _INLINE_BULLETS.split(line):
        for sentence in _SENTENCE_END.split(_BULLET.sub("", part).strip()):
            if len(sentence) >= 3:
                out.append(sentence.strip())
    return out


def _title_like(line: str, strict: bool = False) -> bool:
    """A short line that reads as a heading we do not know: few plain words or all capitalised (strict: in capitals)."""
    bare = re.sub(r"\([^)]*\)", " ", line).strip()
    words = bare.split()
    if not words or len(words) > 6 or re.search(r"\d", bare):
        return False
    if strict:
        return bare.isupper()
    capitalised = all(w[0].isupper() or w.lower() in ("of", "and", "the", "for", "in", "to", "a", "&") for w in words)
    plain = len(words) <= 5 and not _hard_class(bare) and not _OPENERS.search(bare)
    return plain or capitalised


def _split_label(line: str) -> tuple[str, str] | None:
    match = re.match(r"^([^:]{2,60}?)\s*:\s*(.*)$", _BULLET.sub("", line))
    if not match or "//" in match.group(2)[:3]:
        return None
    return match.group(1), match.group(2).strip()


def _heading(line: str, section: str | None) -> tuple[str, str | None, str | None, str | None]:
    """How a line stands: (what it is, the section from here on, the section of its own text, its own text).

    What it is: "known" (a heading or label we know), "value" (a fact-box label such as
    "Typical education" whose section holds for the one line under it), "title" (a short
    line that reads as a heading we do not know) or "text". A label we do not know
    ("Company: …", a label in another language) leaves the section as it was.
    """
    label = _split_label(line)
    if label and label[1]:
        words = " ".join(_words(label[0]))
        if _CONTENT_ONLY_LABELS.match(words):
            return "known", section, REQUIRED, line
        known = _heading_class(label[0])
        if known is None:
            return "text", section, OTHER if len(words.split()) <= 4 else section, line
        return "known", known, known, line
    if _BULLET.match(line) or re.search(r"[.!]$", line):
        return "text", section, section, line
    bare = line.rstrip(":?").strip()
    known = _heading_class(bare)
    if known is not None:
        return "value" if _FACT_LABEL.match(" ".join(_words(bare))) else "known", known, known, None
    if line.endswith(":") and re.search(r"\b(?:qualifications|requirements|the following|you(?:'ll| will)? need)\b", line, _I):
        return "known", REQUIRED, REQUIRED, None if len(bare.split()) <= 8 else line
    if _title_like(bare, strict=section == REQUIRED) or (line.endswith(":") and len(bare.split()) <= 4):
        return "title", OTHER, OTHER, None
    return "text", section, section, line


def read_requirements(lines: list[str]) -> list[Requirement]:
    """Every requirement and nice-to-have the advert states, in its order (see the module notes)."""
    found: list[Requirement] = []
    seen: set[str] = set()
    section: str | None = None
    headed = single = False
    count = 0
    for line in lines:
        what, section, line_section, content = _heading(line, section)
        headed = headed or what in ("known", "value")
        if what == "value":
            single = True
        elif single and what == "text":
            section, single = OTHER, False
        if content is None:
            continue
        marked = _MARK.search(content)
        if marked:
            letter = (marked.group(1) or marked.group(2)).upper()
            line_section = REQUIRED if letter == "E" else DESIRABLE
            content = content[: marked.start()]
        for sentence in _units(content):
            count += 1
            if count > MAX_UNITS:
                return found
            requirement = _judge(sentence, line_section, not headed)
            if requirement and requirement.text not in seen:
                seen.add(requirement.text)
                found.append(requirement)
    return found


def labelled(lines: list[str], labels: tuple[str, ...]) -> str:
    """The value of the first 'Label: value' line among the first forty with one of the labels."""
    for line in lines[:40]:
        match = re.match(rf"^(?:{'|'.join(labels)})\s*[:\-–]\s*(.{{2,80}})$", line, _I)
        if match:
            return match.group(1).strip()
    return ""


def role_of(lines: list[str]) -> str:
    """The job title: a 'Job title:' label, else the first short line that names a kind of job, else the first line."""
    found = labelled(lines, ("job title", "role", "position", "post", "vacancy"))
    if found:
        return found
    for line in lines[:25]:
        line = _BULLET.sub("", line).rstrip(":").strip()
        if (len(line.split()) <= 10 and _TITLE_WORDS.search(line) and not _MARK.search(line) and not _NOT_TITLE.search(line)):
            return _ROLE_WRAPPING.sub("", line).strip() or line
    first = lines[0] if lines else ""
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= 80 else sentence if len(sentence) <= 80 else "the role in your advert"


__all__ = ["AdvertError", "HARD_CLASSES", "HardClass", "MAX_ADVERT", "MAX_SHOWN", "Requirement",
           "advert_text", "labelled", "read_requirements", "role_of", "years_asked"]
