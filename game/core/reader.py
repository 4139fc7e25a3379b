"""Provides the move reader: what a candidate says, read into the twelve moves with evidence.

The reader is deterministic and pure Python: rules first, backed up by a small word model.
It works in five steps:

1. *Prepare*: lowercase the text, fold curly quotes, spell out texting shorthand ("u",
   "thx", "im") and mend common typos of the words that matter, keeping a map from every
   prepared character back to the original, so evidence is always `text[start:end]`.
2. *Split* into sentences and clauses ("I'm thrilled, and I'd say yes to an offer" is two).
3. *Detect* each move with patterns over a clause, a sentence or the whole utterance,
   depending on how far the move reaches (a story spans sentences; a fit reason ties a
   clause about the candidate to one about the role).
4. *Resolve* the classic confusions: a yes/no reservations question is not an open one, a
   question about the process is next steps, "when do I start?" is pushy, a concession
   followed by "but that's not really a gap" is an argument, not an acknowledgment.
5. *Back up*: for the six moves whose wording varies most (pushy, a story, a gap, a fit
   reason, interest, next steps), a line the rules found none in is scored by `wordmodel`, trained on the
   development corpus; a confident score adds the move, its evidence the sentence that
   scores highest.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import wordmodel
from .moves import Move, MoveHit

# Only the first part of a huge paste is read: enough for any spoken close, bounded in time.
READ_LIMIT = 20_000
# What `analyze`, `rehearse` and the game accept at once; longer input is refused with
# `too_long`'s message rather than silently cut.
INPUT_LIMIT = READ_LIMIT

# The name of this reader in run records and share codes: a replay of a run read by the rules
# reads it with the rules again.
READER_ID = "rules"


def reader_id() -> str:
    """Which reader this is, as run records and share codes name it."""
    return READER_ID


def too_long(text: str, what: str = "the text") -> str | None:
    """Why `text` is refused (longer than `INPUT_LIMIT` characters), or None when it is read."""
    if len(text) <= INPUT_LIMIT:
        return None
    return (f"{what} is {len(text):,} characters long; closer reads at most {INPUT_LIMIT:,} characters "
            "at once (a close is rarely more than 1,000): shorten it or split it into lines")

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\s+|.", re.UNICODE)

# Shorthand and contractions written without apostrophes.
_SHORTHAND = {
    "u": "you", "ur": "your", "r": "are", "thx": "thanks", "thnx": "thanks", "thanx": "thanks",
    "tysm": "thank you so much", "ty": "thank you", "pls": "please", "plz": "please",
    "im": "i'm", "ive": "i've", "id": "i'd", "dont": "don't", "doesnt": "doesn't",
    "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't", "wasnt": "wasn't",
    "arent": "aren't", "havent": "haven't", "hasnt": "hasn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "thats": "that's", "whats": "what's",
    "hows": "how's", "wheres": "where's", "whens": "when's", "youre": "you're",
    "youd": "you'd", "youve": "you've", "youll": "you'll", "theyre": "they're",
    "lets": "let's", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "abt": "about", "bc": "because", "cuz": "because", "coz": "because", "b4": "before",
    "tmrw": "tomorrow", "n": "and", "lmk": "let me know", "ull": "you'll", "rly": "really", "thnks": "thanks", "nothin": "nothing", "rlly": "really", "luv": "love", "v": "very", "rn": "right now", "asap": "as soon as possible", "w/": "with",
    "'m": "'m", "i’m": "i'm", "1st": "first", "nxt": "next", "tho": "though",
    "wen": "when", "wud": "would", "cud": "could", "shud": "should", "wat": "what", "smth": "something", "sth": "something",
    "ngl": "honestly", "tbh": "honestly", "fr": "really", "idk": "i don't know", "dunno": "don't know",
    "yrs": "years", "yr": "year", "mths": "months", "wks": "weeks", "exp": "experience", "mgr": "manager", "mgmt": "management",
}

# Common misspellings of the words that matter, mended outright.
_MISSPELLINGS = {
    "thnaks": "thanks", "thansk": "thanks", "thanls": "thanks", "thamks": "thanks", "tks": "thanks",
    "yuo": "you", "worrys": "worries", "realy": "really", "acept": "accept",
    "thankyou": "thank you", "thanku": "thank you", "thnx": "thanks", "tanks": "thanks",
    "definately": "definitely", "definatly": "definitely", "defintely": "definitely",
    "definetly": "definitely", "definitly": "definitely", "alot": "a lot", "recieve": "receive",
    "beleive": "believe", "wierd": "weird", "truely": "truly", "sincerly": "sincerely",
    "oppurtunity": "opportunity", "oppertunity": "opportunity", "opprtunity": "opportunity",
    "opportunuty": "opportunity", "oportunity": "opportunity", "intrested": "interested",
    "intersted": "interested", "interessted": "interested", "intrest": "interest",
    "reservatons": "reservations", "reservasions": "reservations", "concers": "concerns",
    "concernes": "concerns", "hesistation": "hesitation", "hesistations": "hesitations",
    "apreciate": "appreciate", "appriciate": "appreciate", "appreaciate": "appreciate",
    "experiance": "experience", "expirience": "experience", "questons": "questions",
    "quesitons": "questions", "questiosn": "questions", "excitied": "excited",
    "exited": "excited", "awsome": "awesome", "awesom": "awesome", "sucess": "success", "succesful": "successful", "posible": "possible",
    "wheather": "whether", "teh": "the", "adn": "and", "jsut": "just", "realy": "really",
    "reallly": "really", "woudl": "would", "wuold": "would", "whta": "what", "waht": "what",
}

# Long words that matter: a typo within one edit of these (not at the very end, where
# inflections live) is mended. Short words are left alone; too many real words sit nearby.
_VOCABULARY = (
    "interested", "interesting", "opportunity", "opportunities", "reservations", "reservation",
    "concerns", "concerned", "hesitations", "hesitation", "hesitant", "definitely",
    "appreciate", "appreciated", "experience", "absolutely", "questions", "question",
    "excited", "exciting", "believe", "timeline", "genuinely", "honestly", "enthusiastic",
    "thrilled", "worries", "weaknesses", "weakness", "apprehensions", "candidate", "decision",
    "responsibilities", "challenges", "successful", "environment", "management", "statistics",
    "background", "passionate", "motivated", "comfortable", "everything", "anything",
    "acknowledge", "seriously", "forward", "position", "process", "interview", "probably",
    "organization", "organisation", "recommend", "definitely", "sincerely",
)
_VOCAB_SET = frozenset(_VOCABULARY)
_VOCAB_BY_LENGTH: dict[int, tuple[str, ...]] = {}
for _word in _VOCABULARY:
    _VOCAB_BY_LENGTH[len(_word)] = _VOCAB_BY_LENGTH.get(len(_word), ()) + (_word,)


def _one_edit_at(a: str, b: str) -> int:
    """Where `a` and `b` differ by one insertion, deletion, substitution or swap; -1 otherwise."""
    if a == b or abs(len(a) - len(b)) > 1:
        return -1
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return i
        if i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]:
            return i
        return -1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return i if longer[i + 1:] == shorter[i:] else -1


@lru_cache(maxsize=8192)
def _mend(token: str) -> str:
    """A lowercased token with shorthand spelled out and near-miss typos mended."""
    if token in _SHORTHAND:
        return _SHORTHAND[token]
    if token in _MISSPELLINGS:
        return _MISSPELLINGS[token]
    if len(token) < 7 or token in _VOCAB_SET or not token.isalpha():
        return token
    for length in (len(token) - 1, len(token), len(token) + 1):
        for word in _VOCAB_BY_LENGTH.get(length, ()):
            if word[0] != token[0]:
                continue
            at = _one_edit_at(token, word)
            if 0 < at < max(len(word), len(token)) - 2:
                return word
    return token


@dataclass(frozen=True)
class Prepared:
    """The prepared (lowercase, mended) text and the map back to the original."""

    original: str
    text: str
    origin: tuple[int, ...] | None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a prepared span."""
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start] if start < len(self.origin) else len(self.original), self.origin[start] if start < len(self.origin) else len(self.original)
        return self.origin[start], self.origin[end - 1] + 1


_SAME_LENGTH = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', **{chr(c): " " for c in [*range(32), *range(0x7F, 0xA0)]}}
)
_WORDS = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_MENDED = frozenset(_SHORTHAND) | frozenset(_MISSPELLINGS)


# "lets" is mended to "let's" unless it is the verb: "the ward lets me follow patients".
_LETS_VERB = re.compile(r"\s+(?:me|you|him|her|them|people|everyone|anyone|staff|customers|patients|students)\b", re.IGNORECASE)


def prepare(text: str) -> Prepared:
    """Lowercase and mend the text, keeping a map back to the original characters."""
    lowered = text.lower()
    if len(lowered) == len(text):
        lowered = lowered.translate(_SAME_LENGTH)
        words = set(_WORDS.findall(lowered))
        if words.isdisjoint(_MENDED) and all(_mend(word) == word for word in words if len(word) >= 7):
            return Prepared(text, lowered, None)
    parts: list[str] = []
    origin: list[int] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        start = match.start()
        if token.isspace() or (len(token) == 1 and (ord(token) < 32 or 0x7F <= ord(token) < 0xA0)):
            if parts and parts[-1] == " ":
                continue
            parts.append(" ")
            origin.append(start)
            continue
        lowered = token.lower().replace("’", "'").replace("‘", "'")
        if len(lowered) != len(token):
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in token)
        if lowered in ("“", "”"):
            lowered = '"'
        if lowered == "lets" and _LETS_VERB.match(text, match.end()):
            mended = lowered
        else:
            mended = _mend(lowered) if lowered[:1].isalnum() or lowered[:1] == "'" else lowered
        parts.append(mended)
        last = len(token) - 1
        origin.extend(start + min(i, last) if len(mended) <= len(token) or i < last else start + last for i in range(len(mended)))
    return Prepared(text, "".join(parts), tuple(origin))


# ----- splitting ---------------------------------------------------------------------------

# A sentence ends at a run of stops (not after "e.g." or a title; initials are told apart
# in `_sentences`) or a line break, or at a dash between spaces. The pattern starts with a character class so the
# engine can skip straight to the candidates; the look-backs then check what came before.
_SENTENCE_END = re.compile(
    r"[.!?;…\s](?:(?<=[.!?;…\n])(?<!\be\.g.)(?<!\bi\.e.)(?<!\bmr.)(?<!\bms.)(?<!\bdr.)(?<!\bmrs.)"
    r"(?:(?<=\n)|(?<!\n)[.!?;…]*[\"')\]]*)(?=\s|$)|(?<=\s)\s*[-–—]+\s+(?=\w))"
)
_CLAUSE_BREAK = re.compile(
    r"[,:\s](?:(?<=,)(?<!if anything,)(?<!if at all,)\s*(?:and|but|so|also|plus|though|although|because|while|yet|except(?:\s+that)?)?\s*(?!if\s+(?:anything|any|at\s+all)\b)(?=(?:and\s+|but\s+|so\s+)?"
    r"(?:i|i'm|i'd|i've|i'll|we|we're|we've|my|you|you're|your|this|that|that's|it|it's|there|"
    r"what|what's|how|when|where|which|who|why|could|would|can|do|does|is|are|if|please|any|"
    r"thank|thanks|also|honestly|and|but|so|last|one|except)\b)"
    r"|(?<=\s)\s*(?:and|but|so|also|plus)\s+(?=(?:i|i'm|i'd|i've|i'll|my|what|how|when|where|could|would|can|do|does|is|are|please|thank|thanks)\b)"
    r"|(?<=:)\s*(?=(?:what|what's|how|when|where|which|who|why|is|are|do|does|did|could|would|can|will)\b))"
)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str
    question: bool


def _trim(prepared: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not prepared[start].isalnum():
        start += 1
    while end > start and prepared[end - 1] in " ,;:-–—\"'(":
        end -= 1
    return start, end


_SPACE = re.compile(r"\s")


def _segments(text: str, start: int, end: int, breaker: re.Pattern[str], *, join_single: bool = False,
              keep_breaks: bool = True, ignore: Callable[[re.Match[str]], bool] | None = None) -> list[tuple[int, int]]:
    """Cut text[start:end] at the breaker's matches; with `join_single`, a one-word piece
    joins the next.

    With `keep_breaks` a piece keeps the break that ends it (a sentence keeps its "?");
    without, the break belongs to neither piece (a clause drops its ", and"). Breaks for
    which `ignore` says so are not breaks.
    """
    pieces: list[tuple[int, int]] = []
    begin = start
    for match in breaker.finditer(text, start, end):
        if ignore and ignore(match):
            continue
        pieces.append((begin, match.end() if keep_breaks else match.start()))
        begin = match.end()
    pieces.append((begin, end))
    spans: list[tuple[int, int]] = []
    carry: int | None = None
    for a, b in pieces:
        if carry is not None:
            a = carry
            carry = None
        a, b = _trim(text, a, b)
        if b <= a:
            continue
        if join_single and b < end and not _SPACE.search(text, a, b):
            carry = a
            continue
        spans.append((a, b))
    if carry is not None:
        a, b = _trim(text, carry, end)
        if spans and b > a:
            spans[-1] = (spans[-1][0], b)
        elif b > a:
            spans.append((a, b))
    return spans


_QUESTION_START = re.compile(
    r"^(?:(?:so|and|but|also|okay|ok|well|um+|uh+|oh|just|lastly|finally|last|one more thing|"
    r"one last thing|quick question|and also|one question|my question is|i guess|cool|great|right|alright|perfect|awesome|you\s+got|u\s+got|"
    r"nice|lovely|brilliant|please|sorry|then|and then|actually|well actually|like|and then like|wait|lol|sir|madam|after\s+(?:this|today|that))[,:]?\s+)*"
    r"(?:what|what's|how|how's|who|who's|whom|which|where|where's|why|when|when's|do|does|did|"
    r"is|are|was|were|will|would|could|can|should|shall|have|has|may|might|any|anything|"
    r"i'm curious|i am curious|i was wondering|i wonder|i'd love to know|i would love to know|"
    r"i'd like to know|i would like to know|i want to know|i wanted to ask|i'd like to ask|"
    r"i would like to ask|can i ask|could i ask|may i ask|tell me|please tell me|"
    r"curious)\b(?!')"
)


_STATEMENT_WH = re.compile(
    r"^(?:(?:so|and|but|also|okay|ok|well|um+|uh+|oh|just)[,]?\s+)*"
    r"(?:(?:when|where|while|whenever|once|since)\s+(?!(?:do|does|did|is|are|was|were|will|would|could|can|should|shall|might|may)\b)"
    r"|(?:what|how|which|who|why)\s+(?:i|i've|i'd|i'm|we|we've|my|our|they|he|she)\b"
    r"|(?:is|are|was|were)\s+(?:what|how|why|where)\b"
    r"|(?:would|'d)\s+(?:really\s+|so\s+)?(?:love|like|be\s+(?:so\s+|really\s+|very\s+)?(?:happy|glad|keen|delighted|thrilled|stoked|excited|honou?red|pleased|up\s+for)|enjoy)\b"
    r"|what\s+(?:\w+\s+){1,2}(?:is|was)\s+(?!(?:the|your|it|that|this|there|a|an|you|he|she|they|we)\b)"
    r"|what\s+(?:really\s+)?(?:drives|motivates|excites|energi[sz]es|gets|matters\s+to|appeals\s+to|attracts|draws|interests)\s+me"
    r"|what\s+(?:really\s+)?(?:keeps|gets|makes|gives)\s+me\s+(?:\w+\s+){0,2}(?:is|was)\b"
    r"|what\s+you(?:'re|\s+are|'ve|\s+have)?\s+(?:\w+\s+){1,6}(?:is|are|was)\s+(?:something|exactly|what|why|really|so|just)\b"
    r"|what\s+you(?:'ve|\s+have)?\s+(?:told|said|shown|described|explained)\s+(?:me\s+|us\s+)?(?:\w+\s+){0,3}(?:has|have|is|was|made|makes|got|gets)\b)"
)


_WH_START = re.compile(r"^(?:(?:so|and|but|also|okay|ok|well|just|lastly|finally|one\s+more\s+thing|one\s+last\s+thing)[,:]?\s+)*(?:what|what's|how|how's|who|who's|which|where|where's|why)\b")
_AUX_START = re.compile(r"^(?:(?:and|but|so|or|then)\s+)?(?:would|could|will|can|do|does|did|is|are|was|were|have|has|should|might|may)\b")
_RELATIVE = re.compile(r"^(?:which|who|whom|whose|where|when|while|that)\b(?!')")
# "…, which is the stack you use" goes on describing; "…, who is the hiring manager" asks.
_RELATIVE_QUESTION = re.compile(r"^(?!which\s+(?:is|are|was|were)\b)(?:which|who|where|when)\s+(?:\w+\s+)?(?:do|does|did|is|are|will|would|could|can|should)\s+(?:you|we|they|i|the|it|that|this|there|he|she|my|your|our)\b")


def _asks(clause: str) -> bool:
    """Is a clause (without its question mark) phrased as a question?"""
    return bool(_QUESTION_START.match(clause)) and not _STATEMENT_WH.match(clause)


def _sentences(prepared: Prepared) -> list[tuple[int, int]]:
    """Where each sentence of a prepared text starts and ends."""
    text = prepared.text
    return _segments(text, 0, len(text), _SENTENCE_END, ignore=lambda match: _initial(prepared, match.start()))


_LAST_WORD = re.compile(r"[^\W_][\w']*(?=\W*$)")


def _initial(prepared: Prepared, stop: int) -> bool:
    """Is the full stop at `stop` the dot of an initial ("Dr J. Smith") rather than the end of
    a sentence ("no plan B. What worries you?")? An initial is a capital letter standing
    alone, first in its clause or after another capitalised word."""
    text, original = prepared.text, prepared.original
    if text[stop] != "." or stop < 1 or not text[stop - 1].isalpha() or (stop > 1 and (text[stop - 2].isalnum() or text[stop - 2] == "'")):
        return False
    if not original[prepared.span(stop - 1, stop)[0]].isupper():
        return False
    before = _LAST_WORD.search(text, 0, stop - 1)
    return before is None or original[prepared.span(before.start(), before.start() + 1)[0]].isupper()


def _clauses(sentence: Segment) -> list[Segment]:
    """The clauses of a sentence, placed within it."""
    text = sentence.text
    asked = text.endswith("?")
    pieces = _segments(text, 0, len(text), _CLAUSE_BREAK, join_single=True, keep_breaks=False)
    clauses = []
    for index, (c, d) in enumerate(pieces):
        last = index == len(pieces) - 1
        clause = text[c:d]
        asks = (asked and last) or _asks(clause)
        if index and not (asked and last) and _RELATIVE.match(clause) and not _RELATIVE_QUESTION.match(clause):
            asks = False
        if index and not asked and _AUX_START.match(clause):
            asks = False
        clauses.append(Segment(c, d, clause, asks))
    return clauses


# ----- patterns ----------------------------------------------------------------------------
#
# A family of alternatives is one regular expression. Python's engine tries the alternatives
# one after another at every word start, which is slow for families of a hundred phrases.
# `_rx` therefore regroups them under their first letter: "when do i start" and "where do i
# sign" become `w(?:hen\s+do…|here\s+do…)`, so at each word start the engine tries one
# group instead of every phrase. Only which phrase is taken where two match
# at the same place can differ (never whether a family matches, nor where), and nothing
# relies on that choice.

# Spelling out a leading group copies what follows it once per first letter. A phrase is
# spelled out only while the copies stay within this budget (twice its length plus a
# hundred characters); longer ones stay whole behind a first-letter look-ahead. A larger
# budget reads faster but compiles slower, and compiling is most of the start-up.
_SPELL_OUT, _SPELL_EXTRA = 2, 100
_WORD_END = r"(?:(?<=\w)(?![\w'])|(?<!\w))"


def _structure(pattern: str, start: int = 0):
    """The pattern's characters from `start` that shape it (not escaped, not inside a
    character class), each with the depth of parentheses it sits in."""
    depth, escaped, in_class = 0, False, False
    for index in range(start, len(pattern)):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            if char == ")":
                depth -= 1
            yield index, char, depth
            if char == "(":
                depth += 1


def _closing(pattern: str, start: int) -> int:
    """Where the parenthesis opened at `pattern[start]` closes."""
    for index, char, depth in _structure(pattern, start):
        if char == ")" and depth == 0:
            return index
    raise ValueError(f"unbalanced pattern: {pattern}")


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    cuts = [index for index, char, depth in _structure(pattern) if char == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


def _by_first_letter(alternative: str) -> dict[str, list[str]] | None:
    """The alternative as what may follow each first letter, digit or apostrophe, spelling
    out leading groups: "(?:i|we)\\s+led" is "i" then "\\s+led", or "w" then "e\\s+led". A
    leading look-back moves after the first character. None when it cannot be done simply."""
    if not alternative:
        return None
    head = alternative[0]
    if head == "'" or (head.isascii() and (head.islower() or head.isdigit())):
        return None if alternative[1:2] in ("?", "*", "+", "{") else {head: [alternative[1:]]}
    if alternative.startswith(("(?<!", "(?<=")):
        close = _closing(alternative, 0)
        spelled = _by_first_letter(alternative[close + 1:])
        look = f"{alternative[:4]}(?:{alternative[4:close]}).)"
        return None if spelled is None else {c: [look + t for t in tails] for c, tails in spelled.items()}
    if not alternative.startswith("(?:"):
        return None
    close = _closing(alternative, 0)
    group, branches, rest = alternative[:close + 1], _branches(alternative[3:close]), alternative[close + 1:]
    repeat = rest[:1]
    if repeat == "{" or (repeat in ("?", "*", "+") and rest[1:2] in ("?", "+")):
        return None
    if repeat in ("?", "*", "+"):
        rest = rest[1:]
    again = group + "*" if repeat in ("*", "+") else ""
    heads: dict[str, list[str]] = {}
    for branch in branches:
        if not branch:
            repeat = repeat if repeat in ("?", "*") else "?"
            continue
        spelled = _by_first_letter(branch)
        if spelled is None:
            return None
        for letter, tails in spelled.items():
            heads.setdefault(letter, []).extend(tails)
    result = {letter: [f"(?:{'|'.join(tails)}){again}{rest}"] for letter, tails in heads.items()}
    if repeat in ("?", "*"):
        spelled = _by_first_letter(rest)
        if spelled is None:
            return None
        for letter, tails in spelled.items():
            result.setdefault(letter, []).extend(tails)
    if "(?P" in alternative and sum(len(tails) for tails in result.values()) > 1:
        return None
    return result


def _phrases(*alternatives: str) -> tuple[str, ...]:
    """A family of alternatives kept as text, to be merged into one pattern with others."""
    return alternatives


def _rx(*alternatives: str) -> re.Pattern[str]:
    """One pattern for several alternatives, each starting at a word boundary."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in alternatives:
        spelled = _by_first_letter(alternative)
        if spelled is None:
            others.append(alternative)
            continue
        if sum(len(t) for tails in spelled.values() for t in tails) > _SPELL_OUT * len(alternative) + _SPELL_EXTRA:
            others.append(f"(?=[{''.join(sorted(spelled))}]){alternative}")
            continue
        for letter, tails in spelled.items():
            groups.setdefault(letter, []).extend(tails)
    parts = [f"{letter}(?:{'|'.join(tails)})" for letter, tails in groups.items()] + others
    return re.compile(r"\b(?:" + "|".join(parts) + ")" + _WORD_END)


_I = r"(?:i|i'm|i am|i'd|i would|i'll|i will|i've|i have)"
_ADV = r"(?:(?:really(?:,?\s+really)?|truly|genuinely|definitely|absolutely|honestly|certainly|very much|very|so|just|still|also|even|now|do|would|totally|\d+%|sincerely|seriously|already|all the more|more than ever)\s+)*"
_ROLE = r"(?:job|role|position|opportunity|post|gig|offer|spot|vacancy|seat)"
_NEG = re.compile(r"\b(?:not|n't|never|no|nor|hardly|without)\b[^,.;!?]{0,18}$")

THANKS = _rx(
    r"thank(?:s|\s+you|\s+u|\s+ya|(?=\s*(?:$|[,.!])))(?!\s+to\s+(?!you\b))(?!\s+for\s+asking)",
    r"many thanks", r"much appreciated", r"cheers",
    r"(?:i|we)\s+" + _ADV + r"appreciate(?:d)?\s+(?:you\b|your\b|the\s+(?:time|opportunity|chance|conversation|chat|talk|discussion|interview|meeting|insight|candou?r|honesty)|this\s+(?:time|opportunity|chance|conversation|chat)|it(?!\s+if)|that(?!\s+(?:the|your|this|you))|everything|all\s+(?:of\s+)?(?:this|that|the|your))",
    r"(?:i'm|i am|i was|really|so|very)\s+(?:grateful|thankful)",
    r"grateful\s+for",
    r"appreciate\s+(?:your|the)\s+time",
    r"^appreciate\s+(?:it|that|your\s+time|you)", r"(?:express|extend)\s+my\s+(?:sincere\s+|deepest\s+|heartfelt\s+)?(?:gratitude|thanks)"
)

NO_QUESTIONS = [
    _phrases(r"no\s+(?:more|further|other|additional|real|specific|outstanding|burning|new)?\s*questions(?!\s+(?:that|about\s+(?:it|that)))", r"no\s+(?:more|further|other|additional)\s+question", r"^no\s+questions?", r"(?:have|got|there's|there\s+is)\s+no\s+question\b"),
    _phrases(r"(?:don't|do not|doesn't|haven't got|have not got)\s+(?:really\s+|actually\s+|think\s+i(?:\s+have|'ve)(?:\s+got)?\s+)?(?:have\s+)?(?:any|anymore|any more|more|other|further|additional|a)?\s*(?:more\s+|further\s+|other\s+|additional\s+|real\s+|specific\s+)?questions?"),
    _phrases(r"(?:i\s+have|i've\s+got|i\s+got|i\s+have\s+got|there\s+is|there\s+are|there's)\s+no\s+(?:more\s+|further\s+|other\s+)?questions?"),
    _phrases(r"nothing\s+(?:else\s+|more\s+|further\s+)?(?:from\s+(?:me|my\s+(?:end|side))|on\s+my\s+(?:end|side)|(?:for|to)\s+(?:now|ask|add)|at\s+(?:the\s+moment|this\s+(?:time|point|stage))|right\s+now|comes\s+to\s+mind|that\s+i\s+can\s+think\s+of|i\s+can\s+think\s+of|springs\s+to\s+mind|i\s+need\s+to\s+ask)"),
    _phrases(r"(?:you've|you\s+have|you|we've|we\s+have|we|i\s+think\s+we've|i\s+think\s+you've)\s+(?:already\s+|pretty\s+much\s+|really\s+)?(?:covered|answered|addressed|gone\s+over|went\s+over|touched\s+on|talked\s+about|gone\s+through|went\s+through)\s+(?:it\s+all|everything|all\s+(?:of\s+)?(?:them|it|that|my\s+questions|i\s+(?:wanted|had))|all\s+my\s+questions|most\s+of\s+(?:it|them|my\s+questions)|my\s+questions|what\s+i\s+(?:wanted|had|needed))"),
    _phrases(r"(?:my|all\s+my|all\s+of\s+my)\s+(?:questions|queries|doubts)\s+(?:have\s+been|were|got|are|have\s+all\s+been)\s+(?:all\s+|already\s+|pretty\s+much\s+)?(?:answered|covered|addressed)"),
    _phrases(r"i\s+(?:think\s+i\s+)?(?:have|got|'ve\s+got)\s+(?:everything|all\s+(?:the\s+)?(?:info|information|i\s+need))(?!\s+(?:it\s+takes|you\s+(?:need|want|are\s+looking|'re\s+looking)|needed|required|to\s+(?:succeed|do)))"),
    _phrases(r"(?:you|this|it|that|today)\s+(?:have|has)?\s*(?:answered|covered|explained)\s+(?:me\s+)?(?:everything|it\s+all|all|it)(?!\s+(?:about|in)\s+(?:the|this)\s+(?:project|rollout))"),
    _phrases(r"(?:not|n't)\s+having\s+any\s+(?:other\s+|more\s+)?questions?", r"(?:idk|not\s+sure|don't\s+know)\s+(?:if|that|what\s+else)\s+i\s+(?:have|could\s+ask|would\s+ask|need\s+to\s+ask|can\s+ask)",
        r"not\s+sure\s+i\s+have\s+any", r"(?:i'm|i\s+am)\s+good\s+(?:for|on)\s+questions", r"(?:covered|answered)\s+(?:all\s+)?(?:of\s+)?my\s+questions", r"(?:that|which|it)\s+(?:about\s+)?covers?\s+(?:it|everything)",
        r"i(?:'ve|\s+have)\s+(?:got|asked|covered)\s+everything", r"that\s+answers\s+(?:everything|all|it)", r"(?:that's|that\s+is)\s+(?:about\s+)?(?:it|all)\s+for\s+my\s+questions",
        r"nothing\s+(?:further|more|else)(?:\s*(?:$|[,.!]|thanks|thank))", r"^(?:no|nope|nah),?\s+nothing", r"(?:you've|you\s+have)\s+been\s+(?:really\s+|very\s+|so\s+)?(?:thorough|clear)(?=.*\b(?:no|any|questions?|not\s+sure)\b)",
        r"i\s+think\s+(?:you're|you\s+are|we're|we\s+are)\s+good", r"(?:nothing|none)\s+(?:at\s+all|really)",
        r"(?:had|have)\s+one,?\s+but\s+(?:you|it|that)", r"(?:told|given|shown|explained)\s+(?:me\s+)?everything", r"all\s+covered", r"(?:don't|do\s+not)\s+have\s+anything\s+(?:else\s+|more\s+|further\s+)?to\s+ask",
        r"(?:can't|cannot)\s+think\s+of\s+anything", r"(?:it's|it\s+has|it\s+was)\s+all\s+(?:been\s+)?(?:very\s+|really\s+|super\s+)?clear", r"pass\s+on\s+(?:the\s+)?questions",
        r"\bhad\s+(?:one|a\s+couple|a\s+few|some|two|three)\b[^.?!]{0,40}\bbut\b[^.?!]{0,40}\b(?:answered|covered|gone\s+through|went\s+through)\b", r"^but\s+(?:the|your|you|you've|it|that)\b[^.?!]{0,30}?\b(?:already\s+)?(?:answered|covered)\s+(?:it|that|them|both|all\s+of\s+them|everything)\b", r"(?:i\s+have|i've\s+got|i've)\s+a\s+(?:pretty\s+|really\s+|very\s+|fairly\s+)?(?:clear|good|full)\s+picture", r"(?:i'm|i\s+am)\s+happy\s+with\s+everything\s+(?:we've|we\s+have|you've|you\s+have)", r"pre-?empted\s+everything", r"(?:don't|do\s+not)\s+think\s+i\s+have\s+anything\s+(?:else|more)", r"^(?:thanks|thank\s+you|cheers),?\s+(?:but\s+)?(?:no|nope|none|nothing)\s*[.!]*$", r"(?:can't|cannot)\s+think\s+of\s+(?:a\s+single|one)\s+(?:thing|question)\s+to\s+ask", r"(?:everything|all|anything)\s+i\s+(?:wanted|was\s+going|meant|planned|had|hoped)\s+to\s+ask\s+(?:about\s+)?(?:has|was|got|came|have)\s+(?:been\s+|already\s+)?(?:come\s+up|came\s+up|covered|answered|addressed)", r"have\s+not\s+(?:any\s+)?(?:more\s+|other\s+)?questions?", r"(?:already\s+)?(?:answered|covered)\s+(?:it|that|them)\s+(?:when|earlier|already)",
        r"(?:covers?|covered)\s+(?:it|everything)", r"i\s+(?:think\s+i\s+)?asked\s+(?:everything|it\s+all|all\s+(?:my|of\s+my)\s+questions)", r"you\s+(?:already\s+|pretty\s+much\s+)?answered\s+(?:them|it|everything|all)", r"not\s+that\s+i\s+can\s+think\s+of", r"(?:i've|i\s+have)\s+got\s+what\s+i\s+need", r"^(?:i\s+don't\s+know,?\s+)?nothing(?:\s+(?:really|i\s+guess|i\s+think))?[\s.!]*$", r"(?:answered|covered)\s+(?:them|it)\s+all"),
    _phrases(r"no\s+(?:more\s+|further\s+|other\s+)?qs?\b", r"(?<!or\s)(?:none|nothing)\s+(?:for|from)\s+me", r"everything(?:'s|\s+(?:has|was|is))\s+(?:been\s+)?(?:covered|answered|clear|explained)",
             r"(?:it\s+)?was\s+all\s+in\s+the\s+(?:job\s+)?(?:description|advert|ad|pack|posting|spec)", r"(?:the\s+)?job\s+(?:description|advert|ad|spec)\s+(?:was|is)\s+(?:\w+\s+)?clear",
             r"^(?:(?:um|uh|oh|well)\s+)?(?:no|nope|nah),?\s+(?:i\s+think\s+)?(?:you've|you\s+have)\s+(?:been|explained|covered|made|answered)", r"i\s+(?:don't|do\s+not)\s+think\s+i\s+have\s+any\b(?!\s+(?:experience|doubts|concerns))"),
    _phrases(r"(?<!i\s)(?<!have\si\s)answered\s+(?:the\s+lot|everything|it\s+all)(?!\s+to\s+your)", r"questioned\s+out", r"(?:don't|do\s+not)\s+(?:really\s+)?need\s+to\s+ask\s+anything"),
    _phrases(r"(?:don't|do\s+not)\s+have\s+anything(?:\s+else)?(?=\s*(?:[,.!]|$))", r"(?:all\s+is|is\s+all|it's\s+all|everything(?:'s|\s+is))\s+(?:very\s+|super\s+)?clear")
]
_DECLINE = (r"(?:no|nope|nah|none|not\s+really|not\s+at\s+(?:the\s+moment|this\s+(?:time|point|stage|moment))|not\s+(?:right\s+)?now|not\s+for\s+now|"
            r"(?:i'm|i\s+am|i'm\s+all|am)\s+(?:good|all\s+good|all\s+set|fine|ok|okay|sorted)|all\s+(?:good|set|clear)|i\s+think\s+i'm\s+(?:good|all\s+set|fine|sorted)|(?:you're|you\s+are|your)\s+(?:good|fine|ok)|clear|(?:i'm\s+)?alright|(?:but\s+)?(?:thanks|thank\s+you)\s+(?:for\s+(?:your|the)\s+time|so\s+much|very\s+much|for\s+asking)|"
            r"thanks|thank\s+you|cheers|for\s+now|on\s+my\s+end|from\s+me|really|today|again|here|thx|ta|yeah|yep|now|for\s+(?:your|ur|the)\s+time|for\s+(?:meeting|seeing|having)\s+me|i\s+think|actually|then|tho|though|i'm\s+ok|good|fine|set|sorted|ok|okay|cool|great|done|"
            r"none|no|right\s+now|not\s+at\s+this\s+(?:stage|point|time)|not\s+from\s+me|(?:at\s+)?the\s+moment|this\s+(?:stage|point|time|moment)|sorry|i\s+don't\s+think\s+so|that's\s+it|thanks\s+though)")
_NO_START = re.compile(r"^(?:(?:hmm+|um+|uh+|er+m?|well|honestly|so|ok|okay|oh|any\s+questions\??)[,.?]?\s+)*(?:no|nope|nah|none|not\s+really|not\s+at|not\s+(?:right\s+)?now|not\s+for|not\s+from|(?:i'm|i\s+am|am)(?=\s+(?:all\s+|pretty\s+|totally\s+)?(?:good|fine|ok|okay|set|sorted|alright|clear|cool|great|done)\b)|all\s+(?:good|set|clear)|(?:i\s+)?think\s+i'm|(?:i\s+)?(?:don't|do\s+not)\s+think\s+so)\b(?:[,.!?]?\s*" + _DECLINE + r"\b)*[^\w?]*$")
_TAKEN_BACK = re.compile(r"\b(?:actually,?\s+(?:what|how|who|when|where|which|is|are|do|does|could|can|would)|sorry,?\s+one\b|one\s*:|i\s+do\s+have|actually,?\s+(?:yes|i\s+do|one|there\s+is|there's)|(?:one|a)\s+(?:more\s+|last\s+|quick\s+|small\s+)?(?:thing|question)|just\s+one|well,?\s+actually|(?<!'ll\s)(?<!will\s)(?<!to\s)(?<!can't\s)wait(?!\s+(?:to|for|until|till|and\s+see)\b))\b")

QUESTION_TOPIC = _rx(
    r"role", r"job", r"team", r"teams", r"work\w*", r"day", r"days", r"week", r"company", r"manager\w*",
    r"project\w*", r"success\w*", r"challeng\w+", r"culture", r"onboard\w*", r"training", r"train",
    r"tools?", r"growth", r"grow", r"career", r"goals?", r"priorit\w+", r"clients?", r"customers?",
    r"office", r"remote", r"hybrid", r"shift\w*", r"department", r"position", r"responsib\w+",
    r"expect\w*", r"measure\w*", r"look\s+like", r"ninety", r"\d+\s+days", r"first\s+(?:month|year|few)",
    r"quarter", r"strategy", r"product\w*", r"enjoy", r"like\s+(?:most|best|about)", r"here",
    r"you\s+(?:been|joined|started)", r"learn\w*", r"develop\w*", r"mentor\w*", r"support",
    r"budget", r"salary", r"pay", r"benefits?", r"travel", r"hours", r"schedule", r"report\w*",
    r"structure\w*", r"size", r"people", r"staff", r"colleagues", r"peers", r"organi[sz]ation",
    r"mission", r"vision", r"values?", r"plans?", r"direction", r"future", r"change\w*", r"typical",
    r"biggest", r"hardest", r"best", r"favou?rite", r"problem\w*", r"stack", r"systems?",
    r"process(?:es)?", r"metrics?", r"kpis?", r"targets?", r"patients?", r"students?", r"classroom",
    r"ward", r"store", r"site", r"warehouse", r"floor", r"lab", r"why\s+(?:is|did|has)", r"opening",
    r"vacan\w+", r"predecessor", r"previous\s+person", r"turnover", r"advice", r"succeed",
    r"thrive", r"great\s+\w+\s+in\s+this", r"ideal", r"look\s+for", r"feedback", r"review\w*",
    r"promotion", r"advance\w*", r"leadership", r"lead", r"collaborat\w+", r"cross", r"stakeholders?",
    r"funding", r"roadmap", r"launch\w*", r"competit\w+", r"market", r"industry", r"sector",
    r"partners?", r"volunteers?", r"community", r"impact", r"data", r"research", r"code",
    r"engineer\w*", r"design\w*", r"sales", r"quota", r"territory", r"account\w*", r"caseload",
    r"curriculum", r"unit", r"shop", r"region\w*", r"branch\w*", r"weekend\w*\s+(?:work|shifts?|cover)",
    r"equipment", r"software", r"flexib\w+", r"ppe", r"boots", r"van", r"vehicle", r"yard", r"supervisor\w*", r"nights", r"probation\w*", r"autonomy", r"say\s+(?:would|will|do)",
    r"responsibilit\w+", r"function", r"chief\s+executive", r"ceo", r"director\w*", r"holiday\s+(?:requests?|leave|cover)", r"annual\s+leave", r"leave\s+polic\w*", r"union", r"pension", r"uniform",
    r"(?:would|will|do|should|could|can)\s+i\s+(?:be|have|need|work|get|report|use|bring|travel|manage|lead|own|spend|start\s+with|join|sit|cover)", r"(?:would|will)\s+(?:the|this)\s+(?:role|job|position|person)", r"wfh", r"commute", r"relocat\w+", r"overtime",
    r"on-?call", r"duties", r"tasks?", r"day-to-day", r"day\s+to\s+day", r"morale", r"atmosphere",
    r"environment", r"workload", r"pace", r"busy", r"season\w*", r"peak",
    r"front\s*-?\s*end", r"back\s*-?\s*end", r"framework\w*", r"react", r"vue", r"python", r"java\w*", r"sql", r"excel", r"salesforce", r"crm", r"erp", r"platforms?", r"tech\w*", r"desk", r"admin\w*", r"quiet",
    r"dress\s+code", r"patrol\w*", r"routes?",
    r"bonus(?:es)?", r"permanent", r"contract", r"fixed-?\s*term", r"promotions?", r"progress\w*", r"speciali[sz]\w*", r"scope\s+(?:to|for)", r"room\s+to\s+(?:grow|move|progress|specialise|specialize|develop)",
    r"part-?\s*time", r"full-?\s*time", r"(?:hourly|day|pay)\s+rate", r"parking", r"fund(?:s|ed|ing)?\s+(?:the|my|a|courses?|training|qualifications?)", r"courses?", r"qualifications?", r"diploma",
    r"objectives?", r"departments", r"chances?\s+to", r"later\s+on", r"move\s+(?:into|up|across)", r"opportunit(?:y|ies)\s+to"
)
SMALL_TALK = _rx(
    r"weather", r"weekend", r"dog", r"cat", r"pets?", r"coffee", r"lunch", r"traffic", r"plant",
    r"painting", r"photo", r"picture", r"your\s+holiday", r"your\s+vacation", r"game\s+last\s+night", r"breed",
    r"parking", r"restroom", r"bathroom", r"toilet", r"wifi", r"mug", r"rain\w*", r"snow\w*",
    r"sports?", r"football", r"match", r"your\s+(?:day|morning)\s+(?:going|been)", r"hear\s+me", r"see\s+me", r"connection", r"audio",
    r"screen", r"mic", r"microphone", r"camera", r"name\s+again", r"spell", r"desk", r"office\s+(?:is|looks)", r"building", r"view",
)
QUESTION_META = _rx(
    r"i\s+(?:do\s+)?have\s+(?:a|one|two|a\s+couple\s+(?:of)?|a\s+few|some)\s+(?:more\s+|quick\s+|last\s+|small\s+|other\s+|further\s+)?questions?",
    r"(?:one|a)\s+(?:more|last|quick|final|small)\s+question", r"the\s+only\s+(?:thing|question)\s+i(?:'d|\s+would)?\s+(?:ask|like\s+to\s+know|want\s+to\s+know|wonder|have)", r"(?:my|one)\s+(?:only|last|other|remaining)\s+question\s+(?:is|would\s+be)",
    r"(?:can|could|may|might)\s+i\s+ask\s+(?:you\s+)?(?:a|one|another|something|about|how|what|who|whether|if|why|where|which|when)",
    r"i\s+(?:was|am)\s+(?:also\s+)?(?:wondering|curious)\s+(?:about|what|how|who|whether|if|why|where|which)",
    r"i'm\s+(?:also\s+)?(?:curious|wondering)\s+(?:about|what|how|who|whether|if|why|where|which)",
    r"i'd\s+(?:love|like)\s+to\s+(?:know|hear|understand|learn)\s+(?:more\s+)?(?:about|what|how|who|whether|if|why|where|which)",
    r"i\s+would\s+(?:love|like)\s+to\s+(?:know|hear|understand|learn)\s+(?:more\s+)?(?:about|what|how|who|whether|if|why|where|which)",
    r"(?:tell|show)\s+me\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?(?:about|what|how|who|why|where|which)",
    r"(?:walk|talk)\s+me\s+through",
    r"(?:welcome|value|appreciate)\s+(?:your\s+|some\s+)?(?:view|views|thoughts|perspective|clarity|insight|take|sense)\s+on", r"(?:clarity|insight|a\s+steer)\s+on\s+(?:how|what|whether|the)",
    r"(?:have|got)\s+(?:one|a|small|little)\s+doubt\s*[,:]?\s*(?:what|how|when|where|who|which|is|are|do|does)",
    r"i\s+(?:wanted|want|'d\s+like|would\s+like)\s+to\s+ask\s+(?:you\s+)?(?:what|how|who|whether|if|why|where|which|about)",
    # Curiosity put as a statement: "I'd be interested to know how the rota is set", "keen to
    # hear how you measure impact", "one thing I'd like to understand is…".
    r"(?:interested|curious|keen|interesting|intrigued|eager)\s+(?:to\s+(?:know|hear|understand|learn|find\s+out)|in\s+(?:hearing|knowing|understanding|learning|finding\s+out)|about|in)\s+(?:more\s+)?(?:about\s+)?(?:how|what|who|whether|if|why|where|which|when)\b",
    r"(?:interested|curious|keen|intrigued)\s+to\s+(?:know|hear|understand|learn)\s*[:,]",
    r"(?:one\s+thing|something|the\s+(?:one\s+)?thing)\s+i(?:'d|\s+would)?\s+(?:really\s+)?(?:like|love|want)\s+to\s+(?:understand|know|ask|hear)\s+(?:more\s+)?(?:about\s+)?is\b",
    r"(?:get|have)\s+a\s+(?:better\s+|clearer\s+)?(?:sense|feel|idea|picture)\s+(?:of|for)\s+(?:how|what|who|whether|which|where)\b", r"something\s+i\s+(?:didn't|did\s+not)\s+(?:quite\s+)?(?:catch|get|follow)",
    r"my\s+(?:one|only|other|last)\s+question\s+is"
)

NEXT_STEPS = _rx(
    r"next\s+steps?", r"what\s+(?:happens|comes)\s+(?:next|now|after\s+(?:this|today|that))", r"what's\s+next",
    r"what\s+is\s+next", r"where\s+(?:do\s+)?we\s+go\s+from\s+here", r"next\s+(?:round|stage|phase|interview)s?",
    r"(?:timeline|time\s*line|timeframe|time\s+frame|timing|time\s+scale|timescales?)(?!\s+out)(?!\s+(?:for|of|on)\s+(?!(?:the\s+|a\s+|your\s+|this\s+|a\s+final\s+)?(?:process|decision|hiring|hire|interviews?|next|role|position|start|filling|offer|recruitment|selection|me|this|that|it)\b))",
    r"when\s+(?:can|could|should|will|would|might|do|may)\s+i\s+(?:expect\s+to\s+|hope\s+to\s+)?(?:hear|expect|know|find\s+out|get\s+(?:a|an|the)?\s*(?:answer|decision|response|feedback|word|call|update))",
    r"(?:hear|get)\s+back(?!\s+to\s+(?:the|my)\s+(?:station|car|office|hotel|train|bus))", r"get\s+back\s+to\s+me", r"(?:when|how\s+soon).{0,30}\b(?:decid\w*|decision|fill|filled|hire|hiring|let\s+(?:me|candidates)\s+know|be\s+in\s+touch|notify|reach\s+out)",
    r"decision\s+(?:date|timeline|process|be\s+made)", r"make\s+(?:a|the|your)\s+decision", r"(?:reach|made)\s+(?:a|its|their|the)\s+decision",
    r"how\s+many\s+(?:other\s+|more\s+)?(?:candidates|applicants|rounds|interviews|stages|steps|people\s+(?:are\s+)?(?:you\s+)?(?:interview\w*|appl\w*|in\s+the\s+running|left|still|shortlisted))",
    r"(?:other|remaining|many)\s+candidates", r"(?:still\s+)?interviewing\s+(?:other|others|more|many)",
    r"(?:the|your|this)\s+(?:hiring|interview|interviewing|recruitment|recruiting|selection|application)\s+process",
    r"rest\s+of\s+the\s+process", r"(?:the|a)\s+process\s+from\s+here", r"process\s+(?:look\s+like|from\s+here|going\s+forward)",
    r"start\s+date", r"when\s+(?:would|does|will|is)\s+(?:the|this)\s+(?:role|position|job)\s+(?:start|begin|be\s+filled)",
    r"when\s+(?:are|is)\s+(?:you|the\s+team|the\s+company)\s+(?:looking|hoping|planning|aiming|wanting)\s+to\s+(?:fill|hire|start|have|make|decide|bring)",
    r"(?:is|will)\s+there\s+(?:be\s+)?(?:another|a\s+second|a\s+third|a\s+final|a\s+next|further|more|any\s+more)\s+(?:round|interview|stage|step|meeting)s?",
    r"(?:second|final|third|follow-?up|further|another)\s+(?:round|interview|stage)s?",
    r"who\s+(?:else\s+)?(?:will|would|should|do|might)\s+i\s+(?:be\s+)?(?:meet|talk|speak|interview)(?:ing)?",
    r"(?:meet|speak\s+with|talk\s+to)\s+(?:the\s+)?(?:rest\s+of\s+the\s+)?(?:team|hiring\s+manager|panel|director)\s+(?:before|as\s+part|next|at\s+some\s+point)",
    r"(?:chance|opportunity)\s+to\s+meet\s+the\s+team",
    r"(?:need|want|require)\s+(?:anything|any\w*\s+(?:else|more|other|documents|references)|references|my\s+references|a\s+portfolio|transcripts|samples)\s+from\s+me",
    r"(?:anything|documents|paperwork|references)\s+(?:else\s+)?(?:i\s+should|you\s+need|you'd\s+need|i\s+can)\s+(?:send|provide|give|share)",
    r"references(?!\s+(?:attached|enclosed|below))", r"background\s+check", r"follow\s+up\s+(?:with\s+you|on\s+this|after|if|in)",
    r"should\s+i\s+follow\s+up", r"how\s+(?:long|soon)\s+(?:does|will|until|before|would).{0,25}\b(?:process|decision|hear|know|take)",
    r"when\s+(?:would|will|might)\s+(?:a|the|your)\s+decision", r"expect\s+to\s+hear",
    r"keep\s+(?:me\s+)?(?:posted|updated|in\s+the\s+loop)", r"stay\s+in\s+touch\s+about",
    r"sense\s+of\s+(?:your\s+|the\s+)?timing", r"when\s+(?:you're|you\s+are|you'll\s+be)\s+(?:making|deciding)",
    r"how\s+(?:does|will)\s+the\s+(?:process|decision)", r"when\s+(?:should|can|could)\s+i\s+(?:expect|follow)",
    r"when\s+will\s+(?:i|we)\s+know", r"what\s+(?:the|are\s+the)\s+(?:following|remaining)\s+steps",
    r"(?:will|is|are|would)\s+there\s+(?:be\s+)?(?:a|an|any)\s+(?:\w+\s+)?(?:test|assessment|case\s+study|task|exercise|presentation|trial|panel|assignment|take-?home)",
    r"(?:test|assessment|case\s+study|task|exercise|presentation|trial\s+shift|panel|assignment)\s+(?:as\s+)?(?:part\s+of|in)\s+the\s+process",
    r"hear\s+(?:either\s+way|back\s+either|even\s+if)", r"after\s+(?:this|today|the\s+interview|this\s+interview)\b.{0,30}\b(?:happen\w*|next|what)",
    r"(?:need|want)\s+(?:someone|somebody|the\s+person|them)\s+to\s+start", r"internal\s+candidates", r"shortlist\w*", r"(?:wrap|wrapping|finish|finishing)\s+up\s+(?:the\s+)?interviews",
    r"(?:keep|hold)\s+(?:my\s+)?(?:schedule|calendar|diary)\s+(?:open|free)",
    r"(?:receive|get|hear)\s+(?:your\s+|the\s+|a\s+|any\s+)?(?:feedback|answer|result|results|decision|response|outcome|verdict)", r"result\s+(?:come|comes|will\s+come)",
    r"(?:people|candidates|others|applicants)\s+(?:are\s+)?you\s+(?:seeing|interviewing|meeting|talking\s+to|considering)", r"before\s+you\s+(?:decide|make\s+(?:a|the|your)\s+decision|choose)",
    r"(?:remaining|next|further|following|other)\s+(?:stages?|steps?|rounds?|process)", r"(?:the|whole|rest\s+of\s+the)\s+process\s+(?:from\s+here|after|now)",
    r"(?:trade|skills?|drug|medical|aptitude|personality|psychometric|technical|coding|written|typing|fitness|language)\s+(?:test|tests|exam|check|assessment|screen(?:ing)?)", r"(?:a|the)\s+medical\b", r"take[\s-]?home\s+(?:task|test|assignment|exercise)",
    r"assessment\s+(?:centre|center|day)", r"(?:when|until\s+when)\s+(?:you\s+)?(?:will|would|can|could)\s+(?:you\s+)?(?:tell|let|inform|call|contact|email|update)\s+(?:me|us)",
    r"how\s+long\s+(?:until|till|before|will\s+it\s+take|does\s+it\s+take|do\s+you\s+need)", r"(?:still|currently)\s+interviewing", r"successful\s+(?:person|candidate|applicant)",
    r"(?:decision|decide)\b.{0,30}\b(?:yours|panel|committee|board)", r"who\s+(?:makes|will\s+make|gets\s+to\s+make)\s+the\s+(?:decision|final\s+call|call)", r"who\s+(?:decides|signs\s+off)(?=\s*(?:$|[?.,]))", r"who\s+(?:decides|signs\s+off)\s+(?:on\s+)?(?:the\s+)?(?:offer|hire|hiring|decision|appointment|contract)",
    r"when\s+(?:would|could|might)\s+i\s+(?:be\s+(?:able\s+to\s+)?)?start", r"(?:call|phone|email|letter|text)\s+or\s+(?:an?\s+)?(?:email|call|letter|phone|text)", r"expect\s+(?:a|an|your)\s+(?:call|email|letter|phone\s+call)",
    r"(?:someone|somebody|them|the\s+person|a\s+person|me)\s+(?:in|into)\s+post", r"(?:want|need|expect)s?\s+the\s+(?:new\s+)?(?:person|hire|starter|candidate)\s+to\s+start", r"(?:person|hire|someone|they|you)\s+(?:would\s+)?need\s+to\s+start",
    r"you\s+(?:seeing|interviewing|meeting|considering)\s+(?:many|any|other|a\s+lot\s+of|lots\s+of)", r"chance\s+of\s+a\s+decision", r"still\s+in\s+the\s+(?:mix|running|frame)", r"(?:is\s+this|this\s+is)\s+(?:the\s+)?(?:last|final|only)\s+(?:round|interview|stage)", r"(?:the\s+)?whole\s+thing\b(?=.*\b(?:test|interview|round|stage)\b)", r"follow-?up\s+(?:interview|call|meeting|round)", r"(?:more|other|further)\s+interviews\s+after",
    r"(?:security\s+)?vetting", r"dbs(?:\s+check)?", r"(?:criminal\s+)?record\s+check", r"right\s+to\s+work\s+check", r"(?:new[\s-]starter\s+)?intake", r"next\s+(?:induction|intake|cohort)",
    r"(?:review|interview|assessment|portfolio|screening)\s+stage", r"in\s+the\s+process", r"(?:making|make)\s+(?:the\s+)?(?:hiring\s+)?(?:decision|offers?)",
    r"before\s+(?:any|a|the|your)\s+decision", r"before\s+deciding", r"(?:any\s+)?update\s+on\s+(?:the|my)\s+(?:decision|application|interview|outcome|role)",
    r"hear\s+(?:about|of)\s+(?:the\s+)?(?:outcome|decision|result)", r"interviews?\s+(?:finish|end|wrap\s+up|close|be\s+(?:done|over|finished))",
    r"when\s+(?:would|will|does|might)\s+(?:it|that|this|the\s+job|the\s+post)\s+(?:start|begin|be)\b", r"(?:have|get|find)\s+(?:someone|somebody|a\s+person)\s+in\s+(?:place|post)",
    r"(?:come|go|be)\s+(?:through|via)\s+the\s+agency", r"when\s+(?:will|would|do)\s+you\s+know", r"who\s+(?:else\s+)?(?:will|would|should|do|might)\s+i\s+need\s+to\s+(?:meet|see|speak|talk|interview)", r"how\s+soon\s+(?:do|would|will)\s+you\s+need",
    r"who(?:'s|\s+is|\s+will\s+be)\s+making\s+the\s+(?:\w+\s+)?(?:decision|call)", r"how\s+quickly\s+(?:do|would|will)\s+you\s+(?:need|want|hope|plan)",
    r"after\s+(?:this|today|the\s+interview)\b.{0,30}\b(?:another|more|further|second|round|interview|stage)",
    r"when\s+(?:would|will|is|might)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:interview|round|stage|trial|assessment|shift|induction|panel|meeting|call)\b", r"start\s+when\b", r"when\s+will\s+i\s+no\s+if",
    r"(?:hoping|looking|planning|aiming|wanting)\s+to\s+fill\s+(?:it|the\s+(?:role|post|position|vacancy))", r"(?:any\s+)?paperwork\s+(?:you\s+need|i\s+should|to\s+(?:fill|sign|send|bring))", r"(?:or\s+)?(?:do\s+)?you\s+decide\s+(?:now|today|on\s+the\s+day)",
    r"(?:would|will)\s+that\s+be\s+with\s+(?:the\s+)?(?:same|a\s+different|the\s+whole)\s+(?:panel|people|team|interviewers?)",
    r"next\s+(?:conversation|call|chat|meeting|conversations)", r"need\s+an?\s+answer\s+by", r"(?:way|chance)\s+to\s+(?:know|hear)\s+(?:before|by)", r"how\s+soon\s+(?:can|could|will|would)\s+you\s+(?:confirm|let|decide|tell|know)",
    r"(?:whether|if)\s+there's\s+(?:a|an|any)\s+(?:\w+\s+)?(?:test|assessment|case\s+study|task|exercise|presentation|trial|panel|interview|round|stage)", r"what\s+(?:i|do\s+i)\s+(?:must|should|need\s+to)\s+do\s+next",
    r"part\s+of\s+the\s+process", r"(?:hoping|looking|planning|wanting)\s+to\s+have\s+(?:someone|somebody|a\s+person)\s+(?:in|start|on\s+board)", r"(?:at\s+)?what\s+stage", r"(?:fit|fits)\s+into\s+(?:your|the)\s+process", r"your\s+process",
    r"take\s+me\s+further", r"need\s+to\s+have\s+ready", r"before\s+you've\s+decided", r"notice\s+period", r"(?:haven't|have\s+not)\s+heard\s+(?:back\s+)?by", r"(?:alright|all\s+right|ok|okay|fine)\s+(?:for\s+me\s+)?to\s+(?:check\s+in|follow\s+up|chase)",
    r"letting\s+(?:people|candidates|me|us|everyone)\s+know", r"when's\s+the\s+(?:trial|interview|assessment|next|second|final|panel)", r"want\s+an?\s+answer\s+(?:from|by)", r"timeline\s+on\s+your\s+(?:end|side)",
    r"(?:this|next)\s+week\s+or\s+(?:next|the\s+week\s+after|the\s+one\s+after)", r"how\s+long\s+the\s+(?:process|decision|hiring|recruitment)", r"next\s+(?:training\s+)?(?:group|cohort|intake)\b", r"(?:the\s+)?(?:last|final|first)\s+(?:one|person|candidate|people|ones|candidates)\s+(?:you're|you\s+are)\s+(?:seeing|interviewing|meeting)", r"how\s+will\s+i\s+(?:know|hear|find\s+out)\b", r"close\s+the\s+(?:search|vacancy|posting|process)", r"(?:others|people|candidates)\s+(?:are\s+)?(?:still\s+)?in\s+the\s+running",
    r"when\s+(?:does|will|would|is)\s+(?:the\s+)?(?:next\s+)?(?:training\s+course|training|induction|course|shadow\s+shift)\s+(?:start|begin|be|run)", r"(?:shadow|trial)\s+shift", r"how\s+long\s+(?:does|will|is)\s+(?:the\s+)?(?:whole\s+)?(?:process|vetting|assessment)",
    r"(?:when|how\s+soon|how\s+long).{0,30}\b(?:outcome|results?|answer|news)\b", r"(?:anything|something)\s+else\s+(?:you\s+)?(?:need|want|require)\s+from\s+me",
    r"when\s+(?:would|do|will)\s+you\s+(?:want|like|need)\s+(?:me|someone|somebody|them|the\s+\w+)\s+to\s+start", r"when\s+(?:do|would|will)\s+you\s+need\s+(?:someone|somebody|the\s+person|them|a\s+new\s+\w+)",
    r"when\s+would\s+you\s+be\s+(?:looking|hoping|wanting)\s+(?:for\s+)?(?:someone|somebody|the\s+\w+|them)\s+to\s+start", r"(?:more|other|further|any\s+more)\s+(?:stages|rounds|steps|interviews)",
    r"(?:panel|committee|board|hiring\s+manager)\s+(?:meets|decides|sits)", r"(?:hr|the\s+recruiter|the\s+agency|someone|somebody)\s+(?:will\s+|going\s+to\s+)?(?:contact|call|email|ring)\s+me",
    r"(?:possible|able)\s+to\s+(?:know|hear|find\s+out)\s+by", r"how\s+long\s+(?:til|till)\b", r"let\s+us\s+know", r"when\s+i\s+(?:will|can|could|shall|would)\s+(?:know|hear|get|receive|have)\b",
    r"let\s+me\s+know\s+(?:when|once|as\s+soon\s+as)\s+you\s+(?:know|decide|hear|have)",
    # Following up politely: whom to chase, how long to leave it, whether an email is welcome.
    r"(?:who's|who\s+is|who\s+should\s+i|who\s+would\s+be)\s+(?:\w+\s+)?(?:the\s+)?(?:best|right)\s+(?:person|one|contact)\s+to\s+(?:check\s+in|follow\s+up|contact|chase|speak|talk|email)",
    r"how\s+long\s+should\s+i\s+(?:leave\s+it|wait)\s+before", r"(?:follow\s+up|chase|check\s+in)\s+(?:through|with|via)\s+(?:the\s+)?(?:recruiter|agency|hr|you|your\s+\w+)",
    r"right\s+way\s+to\s+(?:chase|follow\s+up|check\s+in)", r"let\s+me\s+know\s+either\s+way",
    r"(?:is|would)\s+(?:a\s+)?(?:quick\s+|short\s+)?(?:email|call|message|phone\s+call)\s+(?:to\s+(?:\w+\s+){1,2})?(?:be\s+)?(?:all\s+right|alright|ok|okay|fine|acceptable)",
    r"if\s+i\s+(?:haven't|have\s+not|don't|do\s+not|'ve\s+not|i've\s+not)\s+heard(?:\s+anything)?\s+(?:back\s+)?(?:by|before|within)",
    # When the job would start: notice, start months, how soon they need someone.
    r"how\s+much\s+notice\s+would\s+you", r"how\s+soon\s+would\s+you\s+(?:want|need|like)\s+(?:someone|somebody|the\s+person|them|the\s+new)",
    r"(?:start|starting)\s+(?:date\s+)?after\s+that\s+be\s+(?:workable|ok|okay|possible|fine|all\s+right)", r"between\s+the\s+interview\s+and\s+the\s+decision",
    r"pre-?employment\s+checks", r"(?:i\s+could|i\s+can|i'd\s+be\s+able\s+to)\s+start\s+(?:\w+\s+){0,3}(?:after|from)\s+(?:an|the|receiving\s+an?)\s+offer", r"warn\s+my\s+referees"
)

_THING = r"(?:role|job|position|opportunity|company|mission|team|idea|vision|work|culture|product|approach|organi[sz]ation|place|project|program|programme|department|group|unit|school|clinic|firm|agency|practice|cause|charity|lab|store|brand|offer|post|ward|studio|vibe|atmosphere|energy|feel)"
_INTERESTED = r"(?:interested(?!\s+(?:to\s+(?:hear|know|learn|understand|find\s+out)|in\s+(?:hearing|knowing|learning|understanding|finding\s+out)))|interest(?:ing)?\s+in|excited|keen|enthusiastic|thrilled|eager|stoked|pumped|psyched|delighted\s+(?:about|by|with)|passionate\s+about\s+(?:this|the|your|joining|working)|enthused|energi[sz]ed\s+(?:by|about)\s+(?:this|the|what)|hopeful|impressed\s+(?:with|by))"
INTEREST = [
    _phrases(_I + r"\s*(?:be\s+)?" + _ADV + _INTERESTED, _INTERESTED),
    _phrases(r"(?:i'd|i\s+would|i'll|i)\s+" + _ADV + r"(?:love|like|welcome|enjoy|be\s+(?:so\s+|very\s+|really\s+)?(?:happy|glad|delighted|thrilled|honou?red|excited|keen|eager|pleased|open))\s+(?:the\s+(?:chance|opportunity)\s+)?to\s+(?:move\s+(?:forward|ahead|on)|join|be\s+(?:a\s+)?part|work\s+(?:here|with|for|on|at|alongside)|be\s+considered|continue|proceed|take\s+(?:the\s+)?(?:next|this)|be\s+a\s+part|contribute|hear\s+(?:back|from|more|good)|progress|come\s+on\s+board|come\s+aboard|help|bring|learn\s+more|explore|talk\s+more|keep\s+(?:talking|the\s+conversation)|meet|get\s+started\s+on|be\s+on|be\s+in|dive\s+in|discuss|consider\s+(?:an|the|any)\s+offer|hearing\s+(?:an|the|your)\s+offer|receiving\s+an\s+offer|speak\s+(?:again|more|further)|go\s+further)"),
    _phrases(r"(?:look(?:ing)?|looks)\s+forward\s+to", r"(?:i\s+)?hop(?:e|ing)(?:fully)?\s+(?:to\s+(?:hear|move|join|be|work|speak|meet|continue|get|see|talk)|we(?:'ll|\s+can|\s+will|\s+get)?|that\s+(?:we|i|this)\s+(?:can|get|will|'ll)|i\s+(?:get|can|will|'ll|hear)|this\s+(?:works|leads|goes)|for\s+(?:a|the|good|positive)|so|to\s+be|you(?:'ll|\s+will)\s+(?:consider|keep|think|be\s+in\s+touch))", r"fingers\s+crossed", r"speaking\s+again"),
    _phrases(r"(?:this|that|it|the|your)\s+(?:" + _THING + r"\s+)?(?:really\s+|just\s+|honestly\s+|genuinely\s+)?(?:sounds|seems|looks|feels|is)\s+(?:like\s+)?(?:it\s+(?:could|would)\s+be\s+)?(?:(?:a|an|the|just|really|so|very|truly|incredibly|super|such\s+an?|most|genuinely)\s+){0,3}(?:great|amazing|exciting|fantastic|perfect|wonderful|fascinating|awesome|brilliant|incredible|dream|ideal|fun|compelling|appealing|interesting|cool|right\s+up\s+my\s+(?:street|alley)|exactly\s+what\s+i(?:'m|\s+am|'ve\s+been)\s+looking)"),
    _phrases(r"(?:excites|exciting|appeals\s+to|appealing\s+to|speaks\s+to|resonates\s+with)\s+me", r"(?:this|the)\s+(?:\w+\s+)?appeals", r"my\s+(?:interest|excitement|enthusiasm)", r"(?:even|all\s+the)\s+more\s+(?:interested|excited|keen|enthusiastic)", r"(?:can't|cannot)\s+wait", r"really\s+want\s+to\s+be\s+considered",
        r"(?:made|makes|make)\s+me\s+want\s+(?:it|this|to\s+(?:join|work))\s+(?:even\s+|all\s+the\s+)?more", r"mean\s+(?:a\s+great\s+deal|a\s+lot|so\s+much|the\s+world)\s+to\s+me"),
    _phrases(r"i\s+" + _ADV + r"(?:love|like|loved|liked|enjoyed|admire|adore)\s+(?:this|the|your|what\s+(?:you|the\s+team))\s+(?:" + _THING + r"|\w+\s+(?:you're|you\s+are)\s+doing|are\s+doing|do|you're\s+building|sound\s+of)"),
    _phrases(r"(?:would|'d)\s+(?:seriously\s+|definitely\s+|certainly\s+|happily\s+)?consider\s+(?:an|the|any|your)\s+offer", r"(?:if|should)\s+(?:you|it|an\s+offer|the\s+offer|one)\s+(?:\w+\s+){0,4}(?:offer\w*|extended|came|comes|made)\b.{0,12}\b(?:i'd|i\s+would|i'll|i\s+will)\s+(?:\w+\s+)?(?:consider|think|be\s+(?:happy|glad|open|excited|delighted|interested)|love|look)", r"(?:open|happy)\s+to\s+(?:hearing|receiving|discussing|considering)\s+(?:an|the|your)\s+offer", r"(?:i'd|i\s+would)\s+(?:\w+\s+)?(?:consider|think\s+about|look\s+at)\s+(?:it|that|an\s+offer|the\s+offer|your\s+offer)\b"),
    _phrases(r"wish(?:ing)?\s+to\s+(?:join|continue|be|work|move)", r"very\s+much\s+wish", r"(?:would|'d)\s+be\s+(?:a\s+)?(?:dream|honou?r|privilege|pleasure)", r"i\s+(?:really\s+)?(?:want|wanted)\s+to\s+(?:learn\s+more|explore|keep\s+talking)", r"(?:am|i'm)\s+very\s+much\s+(?:interested|keen)", r"sounds\s+(?:really\s+|so\s+|very\s+|just\s+|absolutely\s+|honestly\s+)?(?:great|amazing|exciting|good|sick|dope|ace|mint|brilliant|lovely|cool|wonderful|fantastic|perfect|interesting|ideal|incredible|awesome|fab|ace|like\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:fit|match|opportunity|place|gig|job|team|role|company))",
        r"(?:i've|i\s+have|i)\s+(?:always\s+)?(?:been\s+wanting|wanted|dreamed|dreamt|dreamed\s+of|wanted\s+for\s+years)\s+(?:to|of)\s+(?:work|join|be|do)", r"(?:i'd|i\s+would)\s+(?:really\s+|truly\s+)?enjoy", r"(?:i'd|i\s+would)\s+jump\s+at\s+(?!(?:it|an?\s+offer|the\s+offer|the\s+(?:job|role|position)))",
        r"(?:could|would|might)\s+be\s+a\s+(?:great|good|perfect|real|wonderful)\s+(?:match|fit|opportunity|next\s+step)",
        r"(?:big|great|real|huge)\s+hono(?:u)?r", r"(?:can|could)\s+(?:really\s+|already\s+|honestly\s+)?see\s+myself", r"(?:welcome|be\s+open\s+to)\s+(?:an?|the|your)\s+offer",
        r"leaning\s+(?:strongly\s+|heavily\s+)?towards?", r"the\s+kind\s+of\s+(?:firm|company|place|role|team|job|organi[sz]ation|work)\s+i\s+(?:was|'ve\s+been|have\s+been)\s+(?:hoping|looking)", r"keep\s+the\s+conversation\s+going",
        r"make\s+my\s+(?:year|day|month|week)", r"(?:like|love)\s+to\s+be\s+considered", r"(?:happily|gladly)\s+come\s+back", r"(?:great|perfect|exciting|fantastic|wonderful)\s+next\s+(?:chapter|step)\s+for\s+me",
        r"hope\s+i\s+(?:made|make|get|got)", r"(?:drawn|attracted)\s+to\s+(?:this|the|your)", r"you\s+had\s+me\s+at", r"i'm\s+sold", r"pictured\s+(?:myself|my\s+first)", r"over\s+the\s+moon", r"dream\s+(?:job|role|company|team)",
        r"(?:would|'d)\s+love\s+(?:very\s+much\s+)?to\s+work", r"(?:praying|keeping\s+my\s+fingers\s+crossed)", r"(?:glad|happy)\s+to\s+(?:carry\s+on|go\s+on|continue|come\s+back)", r"give\s+it\s+(?:a\s+lot\s+of|serious|real|some)\s+thought",
        r"(?:always\s+)?admired?\s+(?:your|the|this)", r"find\s+(?:your|the|this)\s+\w+\s+(?:really\s+|so\s+|very\s+)?(?:inspiring|exciting|compelling|fascinating)", r"proud\s+to\s+(?:be|join|work)", r"(?:like|love)\s+the\s+chance\s+to", r"(?:even\s+)?keener",
        r"love\s+to\s+keep\s+going", r"(?:it\s+)?would\s+be\s+(?:so\s+|really\s+|truly\s+)?(?:great|amazing|wonderful|fantastic|brilliant|exciting|lovely|a\s+pleasure|an\s+honou?r|a\s+privilege)\s+to\s+(?:be|join|work|get|have|contribute|come)",
        r"motivated\s+to\s+(?:join|work|be|start|contribute)", r"exactly\s+(?:what|the\s+kind\s+of\s+\w+)\s+i(?:'m|\s+am|'ve\s+been|\s+have\s+been)\s+(?:looking|hoping|searching)", r"(?:it|this|that|role|job|post|position)\s+ticks?\s+(?:all|a\s+lot\s+of|most\s+of)?\s*(?:my|the)?\s*boxes", r"hop(?:e|ing)\s+you(?:'ll|\s+will|\s+would|'d)?\s+(?:pick|choose|select|consider)\s+me", r"really\s+(?:hope|hoping)\b", r"(?:followed|been\s+following|admired)\s+(?:your|the\s+company's|this\s+team's)\s+work", r"(?:i'm|i\s+am)\s+(?:so\s+|really\s+)?(?:happy|glad)\s+i\s+(?:got|had)\s+the\s+chance"),
    _phrases(r"(?:really|so|very|such|super)\s+(?:an?\s+)?(?:exciting|interesting|inspiring|impressive)\s+(?:stuff|company|place|team|work|role|project|organi[sz]ation|opportunity|firm|business)",
             r"(?:it's|it\s+is|what)\s+a\s+(?:cracking|brilliant|great|lovely|fantastic|wonderful)\s+(?:place|team|warehouse|company|shop|school|hotel|site|operation|firm|hospital|ward|kitchen|office)",
             r"(?:most|more)\s+exciting\s+(?:conversations?|interviews?|roles?|opportunit\w+)", r"wanted\s+in\b", r"(?:high|near\s+the\s+top)\s+(?:up\s+)?on\s+my\s+(?:list|shortlist)", r"on\s+my\s+shortlist",
             r"(?:would\s+)?(?:def(?:initely)?\s+|totally\s+|really\s+)?be\s+up\s+for\s+it", r"(?:very|really|definitely|totally)\s+open\s+to\s+it", r"hop(?:e|efully)\s+(?:i'll|to|we'll)\s+see\s+you\s+again",
             r"(?:happy|glad|delighted|thrilled|pleased)\s+if\s+i\s+(?:get|got)\s+(?:the|this)\s+(?:job|role|post|position|place)", r"(?:am|i'm)\s+(?:very\s+|really\s+|so\s+)?interesting\s+in",
             r"(?:big|great|real)\s+pleasure\s+to\s+work", r"hope\s+you(?:'ll|\s+will)\s+(?:call|contact|ring|email|choose|pick)\s+me", r"feels?\s+like\s+home", r"(?:love|like)\s+it\s+here", r"(?:would|'d)\s+like\s+very\s+much\s+to\s+(?:work|join|be)", r"(?:loved|enjoyed|liked)\s+(?:everything|all)\s+(?:i|we)\s+(?:heard|saw|learned|learnt)", r"(?:am|i'm)\s+(?:very\s+|so\s+|really\s+)?interest\s+(?:for|in|on)\b", r"(?:love|loved|loving|really\s+like|liked|enjoyed)\s+the\s+(?:vibe|atmosphere|energy|feel)\b",
             r"(?:loved|enjoyed|really\s+liked)\s+(?:hearing|learning)\s+about", r"(?:more|even\s+more)\s+(?:interesting|exciting|appealing)\s+than\s+i", r"(?:been\s+)?hoping\s+(?:a|for\s+a)\s+(?:role|job|position|post)\s+like\s+this",
             r"(?:i'd|i\s+would)\s+(?:still\s+|really\s+|just\s+)?love\s+(?:the|this|that)\s+(?:chance|opportunity|apprenticeship|placement|internship)(?!\s+to\s+(?:respond|answer|address|clarify|explain))",
             r"(?:i'd|i\s+would)\s+" + _ADV + r"(?:love|like)\s+to\s+(?:stay\s+in|get\s+(?:that\s+far|onto|on\s+to|through)|go\s+(?:through|forward)|grow\s+here|come\s+back|do\s+that\s+here|keep\s+going)",
             r"(?:be\s+)?(?:really\s+|very\s+|so\s+)?(?:happy|glad|keen|pleased)\s+to\s+(?:go\s+through|progress|move\s+on)\s+to\s+the\s+next"),
    _phrases(r"(?:grateful|happy|glad|pleased)\s+to\s+be\s+(?:kept\s+in\s+mind|considered)", r"keep\s+me\s+in\s+mind", r"(?:strong|real|genuine|keen)\s+interest\s+(?:in|when|coming)", r"(?:came|come)\s+in\s+(?:with\s+(?:a\s+)?(?:strong\s+|real\s+)?interest|interested)", r"convinced\s+(?:this|it)\s+is\s+the\s+right"),
    _phrases(r"fired\s+up", r"(?:place|team|role|job)\s+i've\s+been\s+hoping\s+(?:to\s+find|for)", r"(?:shot|moved|gone|jumped)\s+(?:right\s+)?up\s+my\s+list", r"fallen\s+for", r"(?:can|could)\s+(?:already\s+|really\s+)?picture\s+myself",
             r"(?:really|so|well|totally|properly)\s+(?:into|up\s+for)\s+(?:this|it)", r"(?:lowkey\s+|so\s+|really\s+)?(?:hyped|stoked|jazzed|pumped)", r"keep\s+(?:the\s+ball\s+rolling|this\s+going|things\s+moving)", r"kid\s+in\s+a\s+(?:candy|sweet)\s+(?:store|shop)",
             r"ticked\s+(?:a\s+lot\s+of|all\s+the|most\s+of\s+the|my)\s+boxes", r"chomping\s+at\s+the\s+bit", r"(?:even\s+)?more\s+up\s+for\s+it", r"my\s+(?:jam|cup\s+of\s+tea|kind\s+of\s+place)", r"(?:quite|really|very)\s+taken\s+with",
             r"right\s+up\s+my\s+(?:street|alley)", r"wouldn't\s+say\s+no", r"hard\s+to\s+(?:say\s+no|turn\s+(?:it\s+)?down)", r"(?:very|really|so)\s+tempted", r"(?:serious|proper|real|careful)\s+(?:thought|consideration)",
             r"open\s+to\s+(?:an|the|your)\s+offer", r"chance\s+of\s+a\s+yes", r"percent\s+there", r"take\s+a\s+lot\s+(?:for\s+me\s+)?to\s+turn", r"(?:inclined|likely)\s+to\s+accept", r"(?:probably|most\s+likely|likely)\s+a\s+yes",
             r"lean(?:ing)?\s+(?:towards?\s+)?yes", r"(?:very\s+)?likely\s+(?:come\s+across|say\s+yes|accept|take\s+it)", r"anticipate\s+that\s+i\s+would\s+accept", r"big\s+draw", r"love\s+to\s+be\s+involved", r"love\s+a\s+(?:crack|go|shot)\s+at",
             r"(?:really|very|so)\s+happy\s+here", r"hope\s+this\s+(?:moves|goes)\s+forward", r"can't\s+wait\s+to\s+hear", r"(?:keeping|keep)\s+(?:everything|my\s+fingers|all\s+crossed)", r"(?:i'm|i\s+am)\s+(?:\w+\s+)?beaming", r"could\s+burst",
             r"(?:don't|do\s+not)\s+forget\s+(?:about\s+)?me", r"(?:considerable|great|big|real|strong)\s+interest", r"continue\s+(?:our|the)\s+(?:discussions?|conversation|process)", r"look\s+forward\b", r"looking\s+forward\s+(?:your|for\s+your)",
             r"welcome\s+(?:an|the)\s+invitation", r"(?:highly|very|much|so)\s+motivated\s+(?:to\s+pursue|for\s+(?:this|the))", r"hoping\s+(?:very\s+much\s+)?for\s+(?:the\s+)?good\s+news", r"happy\s+if\s+i\s+(?:can|could)\s+work", r"like\s+it\s+(?:too|very|so)\s+much",
             r"want\s+to\s+continue", r"hope\s+to\s+go\s+to\s+(?:the\s+)?next", r"glad\s+to\s+be\s+(?:a\s+)?part", r"precious\s+(?:for|to)\s+me", r"wish\s+to\s+come\s+back",
             r"(?:a\s+)?joy\s+(?:hearing|learning)\s+about", r"(?:really\s+)?enjoyed\s+hearing\s+about", r"love\s+the\s+(?:energy|vibe|atmosphere|team|place)",
             r"(?:would\s+be|'d\s+be)\s+(?:so\s+|really\s+)?(?:stoked|thrilled|excited|happy)\s+to\s+take\s+(?:this|it)\s+further", r"i\s+love\s+(?:everything|it|all\s+of\s+it)\b", r"all\s+in\b"),
    _phrases(r"see\s+you\s+(?:at|in)\s+the\s+next\s+(?:round|stage|interview)", r"(?<!you\s)(?<!they\s)(?<!he\s)(?<!she\s)would\s+(?:really\s+|so\s+|absolutely\s+)?love\s+to\s+(?:come|join|work|be|get|meet|hear|continue|move|keep)",
             r"(?:probably|likely)\s+say\s+yes", r"think\s+(?:it\s+)?over\s+seriously", r"seriously\s+(?:consider|think\s+about)", r"get\s+stuck\s+in", r"looking\s+forward\s+to\s+this"),
    _phrases(r"(?:could|might)\s+be\s+the\s+right\s+(?:one|move|step|fit)", r"leaning\s+in", r"(?:genuinely\s+|really\s+)?appealing\s+(?:opportunity|role|job|place|team)", r"glad\s+i\s+applied", r"sold\s+it\s+to\s+me", r"think\s+(?:very\s+)?hard\s+about\s+it,?\s+in\s+a\s+good\s+way",
             r"(?:sort|kind)\s+of\s+(?:challenge|role|place|team|job)\s+i've\s+been\s+(?:hoping|looking|waiting)", r"(?:i'd|i\s+would)\s+(?:genuinely\s+|really\s+)?enjoy\s+working\s+with", r"i\s+(?:really\s+|genuinely\s+)?admire\s+(?:what|how|the|your)",
             r"i\s+(?:really\s+)?love\s+that\s+(?:the|you|your|this)", r"stood\s+out\s+to\s+me", r"feel\s+(?:very\s+)?real,?\s+in\s+a\s+good\s+way", r"(?:really|so|very)\s+refreshing", r"(?:i'm|i\s+am|i've\s+been|i\s+have\s+been)\s+(?:\w+\s+)?(?:a\s+)?(?:big\s+|huge\s+|long-?time\s+)?fan\s+of\s+(?:the|your|this)",
             r"welcome\s+the\s+chance\s+to\s+(?:come\s+back|continue|meet|move|join)", r"(?:isn't|is\s+not|won't\s+be)\s+the\s+last\s+time\s+we", r"loving\s+the\s+sound\s+of", r"(?:made|makes)\s+me\s+want\s+to\s+be\s+here",
             r"love\s+to\s+get\s+the\s+chance\s+to\s+work", r"(?:i'd|i\s+would)\s+(?:really\s+|just\s+)?love\s+this(?=\s*(?:$|[.!]))", r"this\s+feels\s+like\s+it\b", r"i\s+really\s+like\s+what\s+you(?:'re|\s+are)\s+doing"),
    _phrases(r"(?:i'd|i\s+would)\s+" + _ADV + r"love\s+(?:it|that|this\s+(?:post|role|job|position|opportunity|placement))(?=\s*(?:$|[.!,]|so\s+i\s+would))", r"(?:i'd|i\s+would)\s+" + _ADV + r"love\s+to\s+(?:be\s+one|stay\s+on|settle|come\s+and\s+work|join)",
             r"(?:chuffed|be\s+made\s+up|dead\s+happy|pleased\s+as\s+punch)", r"dying\s+to\s+(?:get\s+started|start|join)", r"gutted\s+if\s+i\s+(?:didn't|don't|did\s+not)", r"would\s+(?:really\s+|so\s+)?thrill\s+me", r"obsessed\s+with\s+(?:this|your|the)",
             r"(?:would|'d)\s+(?:honestly\s+|really\s+|truly\s+)?be\s+(?:a\s+|my\s+|the\s+)?dream", r"would\s+be\s+so\s+(?:exciting|amazing|great|good)", r"delighted\s+at\s+the\s+thought", r"(?:quite\s+)?fancy\s+it", r"actually\s+fancied",
             r"(?:quite|really)\s+enjoy\s+this", r"(?:rather|really|quite)\s+nice\s+to\s+be\s+here", r"glad\s+of\s+the\s+chance", r"glad\s+to\s+be\s+given\s+a\s+(?:go|chance|shot)", r"go\s+further\s+in\s+the\s+process", r"love\s+to\s+join",
             r"open\s+in\s+a\s+tab", r"would\s+be\s+great,?\s+i'd\s+(?:really\s+)?love"),
    _phrases(r"sounds\s+(?:just\s+)?right\s+for\s+me", r"(?:very|really|so)\s+happy\s+with\s+(?:what|everything)\s+(?:i've|i\s+have)\s+heard", r"more\s+convinced\s+than\s+ever", r"(?:even\s+|all\s+the\s+)?more\s+motivated",
             r"keep\s+me\s+in\s+(?:the\s+running|consideration|the\s+process)", r"makes?\s+me\s+want\s+(?:the|this|it)\s+(?:\w+\s+)?(?:even\s+|all\s+the\s+)?more", r"(?:kind|sort|type)\s+of\s+place\s+i\s+(?:want|'d\s+like|would\s+like)\s+to\s+work",
             r"intrigued", r"mean\s+a\s+lot\s+to\s+(?:join|work|be)"),
    _phrases(r"it'd\s+be\s+(?:so\s+|really\s+)?(?:amazing|lovely|great|brilliant|wonderful|fantastic)\s+to\s+(?:work|be|join)", r"make\s+the\s+switch\s+with\s+you", r"makes?\s+me\s+want\s+to\s+work\s+here", r"this\s+one\s+i\s+like\s+very\s+much",
             r"love\s+to\s+say\s+i\s+work\s+here", r"made\s+me\s+want\s+this", r"i'd\s+be\s+(?:really\s+|very\s+)?pleased(?=\s*(?:$|[.!,]))", r"love\s+to\s+grow\s+with", r"great\s+to\s+work\s+here", r"keep\s+this\s+conversation\s+going",
             r"exactly\s+the\s+sort\s+of\s+role\s+i\s+was\s+hoping", r"hoping\s+i'll\s+see\s+you\s+again", r"imagining\s+myself\s+here", r"came\s+in\s+wanting\s+this", r"(?:you've\s+)?convinced\s+me(?=\s*(?:$|[.!,]))", r"liked\s+the\s+feel\s+of",
             r"(?:i'd|i\s+would)\s+love\s+to\s+run\s+the", r"(?:i'm|i\s+am)\s+(?:\w+\s+)?buzzing"),
    _phrases(r"work\s+together\s+soon", r"glad\s+to\s+hear\s+from\s+you")
]

ASK_FOR_JOB = [
    _phrases(r"(?:i\s+" + _ADV + r"(?:want|need|would\s+like)|i'd\s+" + _ADV + r"like)\s+(?:very\s+much\s+)?(?:this|the|that|your)\s+(?:[\w-]+\s+){0,2}" + _ROLE, r"i\s+" + _ADV + r"want\s+(?:it|in)(?=\s*(?:$|[,.!]|and|so|more|badly))"),
    _phrases(r"i\s+" + _ADV + r"want\s+to\s+(?:work\s+(?:here|for\s+(?:you|this|your|the)|with\s+(?:you|this|your)|at\s+\w+|on\s+(?:this|your)\s+team)|join\s+(?:you|your|this|the|\w+'s)|be\s+(?:your|the|on\s+(?:your|this|the)\s+team|part\s+of\s+(?:this|your|the))|take\s+(?:this|the)\s+" + _ROLE + r"|get\s+(?:this|the)\s+" + _ROLE + r"|be\s+hired|accept|come\s+(?:work|and\s+work))"),
    _phrases(r"(?:i'd|i\s+would)\s+" + _ADV + r"like\s+(?:to\s+(?:have|get|take|land|be\s+offered|accept)\s+)?(?:this|the|that)\s+" + _ROLE, r"(?:i'd|i\s+would)\s+" + _ADV + r"like\s+to\s+be\s+(?:your\s+(?:next|new)?|the\s+next)\s*\w+", r"(?:i'd|i\s+would)\s+" + _ADV + r"(?:like|love)\s+(?:an|the|your)\s+offer", r"(?:i'd|i\s+would)\s+" + _ADV + r"like\s+to\s+(?:work\s+here|join\s+(?:you|your\s+team))(?=.*\b(?:accept|offer|yes|commit)\b)"),
    _phrases(r"(?:i'd|i\s+would|i\s+will|i'll|i\s+am\s+ready\s+to|i'm\s+ready\s+to|ready\s+to|i'm\s+prepared\s+to|i\s+am\s+prepared\s+to|i\s+can(?!\s+take\s+it\s*(?:$|[,.!]))|(?:i'd|i\s+would)\s+be\s+(?:very\s+|really\s+|more\s+than\s+|so\s+|only\s+too\s+)?(?:happy|glad|delighted|thrilled|proud|honou?red)\s+to|i'm\s+going\s+to|i'd\s+want\s+to|i\s+want\s+to|i\s+would\s+want\s+to|i\s+plan\s+to|my\s+intention\s+is\s+to|i\s+intend\s+to)\s+" + _ADV + r"(?:(?:happily|gladly|immediately|readily|enthusiastically|instantly|quickly|proudly|probably|likely|most\s+likely)\s+)?(?:accept(?!\s+(?:a|an|the|your|my)\s+(?!offer|job|role|position|post|contract)\w+)|take(?=\s+(?:it|that|this|one|an?\s+offer|the\s+offer|your\s+offer|the\s+(?:job|role|position)|this\s+(?:job|role|position)))(?!\s+(?:it|that|this|things)\s+(?:further|forward|on\s+board|as\b|in\b(?!\s+a\s+heartbeat)))|say\s+yes(?:\s+to)?|sign(?!\s+(?:up|in|off)\b)|jump\s+at(?=\s+(?:it|an?\s+offer|the\s+offer|your\s+offer|the\s+(?:job|role|position)))|grab(?=\s+(?:it|that|the\s+(?:offer|job|role)))|snap\s+(?:it\s+)?up|commit(?:\s+to)?)(?:\s+(?:it|that|this|one|an?\s+offer|the\s+offer|your\s+offer|any\s+offer|the\s+(?:job|role|position)|this\s+(?:job|role|position)|(?:on\s+)?the\s+spot|immediately|tomorrow|right\s+away|today|in\s+a\s+heartbeat|the\s+contract))?(?!\s+(?:the\s+other|another|their|other|a\s+different|the\s+competing|that\s+other|the\s+time|a\s+(?:moment|minute|look|step|break|course)|on\s+(?:more|the\s+challenge)|care|notes|ownership|(?:the\s+)?lead|responsibility|initiative|feedback))"),
    _phrases(r"(?:you're|you\s+are|your|it'?s|you\s+guys\s+are|is)\s+(?:now\s+|still\s+|already\s+|definitely\s+|easily\s+|clearly\s+|absolutely\s+|honestly\s+|really\s+|by\s+far\s+)*(?:my|the)\s+(?:first|top|number\s+one|no\.?\s*1|#1|1st|clear\s+first|dream)\s+(?:choice|pick|option|preference|company|job|role)"),
    _phrases(r"(?:please\s+)?(?:consider\s+me\s+for\s+(?:the|this)\s+(?:offer|job|role|position)|offer\s+me\s+(?:the|this)|extend\s+(?:me\s+)?(?:an|the)\s+offer|give\s+me\s+(?:the|this)\s+(?:job|role|position|offer|chance)|(?<!if\syou\s)(?<!when\syou\s)(?<!don't\s)(?<!to\s)hire\s+me|please\s+(?:choose|pick|select)\s+me)"),
    _phrases(r"(?:i\s+)?hop(?:e|ing)\s+(?:that\s+)?you(?:'ll|\s+will|\s+would|'d|\s+can|\s+decide\s+to)?\s+(?:\w+\s+)?(?:offer|hire|extend|give\s+me)"),
    _phrases(r"(?:can|could|may)\s+i\s+(?:please\s+)?(?:have|get)\s+(?:the|this)\s+(?:job|role|position|offer)", r"i(?:'m|\s+am)\s+asking\s+(?:you\s+)?for\s+(?:the|this)\s+(?:job|role|position|offer)", r"i(?:\s+want|\s+would\s+like|'d\s+like)\s+to\s+ask\s+(?:you\s+)?for\s+(?:the|this)\s+(?:job|role|position|offer)"),
    _phrases(r"ask\s+(?:you\s+)?(?:directly\s+|formally\s+|plainly\s+)?for\s+(?:the|this)\s+(?:position|job|role|offer)", r"request\s+for\s+(?:the|an)\s+offer", r"consider\s+it\s+a\s+yes", r"count\s+me\s+(?:as\s+)?(?:a\s+)?yes", r"i'm\s+yours",
        r"bite\s+your\s+hand\s+off", r"put\s+me\s+forward\s+for\s+the\s+offer", r"(?:you're|you\s+are)\s+(?:still\s+)?my\s+first\s+choice",
        r"(?:if|when|once)\s+(?:an?\s+|the\s+)?(?:offer|you\s+(?:make\s+me\s+)?(?:an?\s+)?offer|you\s+offer|there's\s+an\s+offer)(?:'s|\s+\w+){0,4}\W{0,3}\s*(?:i'm\s+saying\s+yes|i\s+(?:say|will\s+say|'ll\s+say)\s+yes|i\s+(?:will\s+)?accept|i'm\s+yours|count\s+me|(?:it's|consider\s+it)\s+a\s+yes|i\s+won't\s+leave\s+it|i'm\s+ready\s+to\s+start|i'm\s+a\s+yes)",
        r"(?:the|this|my)\s+(?:job|role|position)\s+i\s+(?:really\s+|truly\s+|honestly\s+)?want\b(?!\s+to\s+(?:know|ask|understand))", r"this\s+is\s+the\s+(?:\w+\s+)?(?:job|role|ward|team|place|one|post|position|company|firm|school|offer)\s+i(?:'d|\s+would)?\s+(?:really\s+)?(?:want|pick|choose|take|prefer)\b(?!\s+to\s+(?:know|ask|understand))", r"i'd\s+take\s+yours", r"(?:i'm|i\s+am)\s+(?:a|an\s+easy|a\s+definite|a\s+clear|an\s+absolute)\s+yes", r"(?:turn|turning)\s+down\s+(?:the|my|any|all)\s+other", r"(?:like|love|want)\s+(?:to\s+be\s+)?(?:the\s+one|the\s+person|the\s+candidate|who)\s+(?:you\s+)?(?:hire|choose|pick|select|offer|bring\s+on)", r"count\s+me\s+in", r"sign\s+me\s+up", r"(?<!once\s)(?<!when\s)(?<!if\s)(?:i'm|i\s+am)\s+(?:all\s+|totally\s+|fully\s+|\d+%\s+)?in(?=\s*(?:$|[,.!]|if|and|so|—))", r"(?:the|my)\s+answer\s+(?:is|will\s+be|would\s+be)\s+(?:a\s+)?(?:yes|definite\s+yes)", r"(?:i'd|i\s+would|i'll|i\s+will)\s+say\s+yes", r"(?:would|will)\s+be\s+a\s+(?:yes|definite\s+yes|clear\s+yes|hard\s+yes)", r"(?:i'd|i\s+would|i'll|i\s+will)\s+(?:join|start|sign|accept)\s+(?:tomorrow|immediately|right\s+away|in\s+a\s+heartbeat|today|on\s+the\s+spot)", r"(?:i'm|i\s+am)\s+(?:ready|prepared)\s+to\s+(?:commit|join|accept|sign|say\s+yes)", r"(?:fully\s+)?committed\s+to\s+(?:this|the)\s+(?:role|job|position)", r"(?:i'd|i\s+would)\s+(?:turn\s+down|decline|withdraw\s+from)\s+(?:other|the\s+other|my\s+other|any\s+other)"),
    _phrases(r"(?:you're|you\s+are|this\s+is|it's|it\s+is)\s+the\s+one\s+i\s+(?:actually\s+|really\s+|truly\s+)?want", r"where\s+i'd\s+(?:rather|most\s+like\s+to)\s+be", r"i'd\s+(?:pick|choose)\s+(?:this|you)\b",
             r"(?:i'd|i\s+would)\s+(?:turn\s+down|decline|give\s+up)\s+(?:the|my|an)\s+(?:\w+\s+)?offer", r"(?:take\s+(?:this|it)\s+as|consider\s+this|think\s+of\s+me\s+as|treat\s+(?:this|me)\s+as)\s+(?:a|my)\s+(?:definite\s+|firm\s+|clear\s+|solid\s+)?yes",
             r"(?:you've\s+got|you\s+have|that's)\s+(?:your|a)\s+yes", r"the\s+answer(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:a\s+)?yes", r"if\s+(?:u|you)\s+offer\s+(?:it\s+)?(?:i'll|ill|i\s+will)\s+take\s+it",
             r"i\s+" + _ADV + r"want\s+this\s+one\b", r"wanting\s+(?:the|this)\s+(?:job|role|position|post)", r"(?:willing|prepared)\s+to\s+offer\s+(?:it|me|the\s+(?:job|role|position))",
             r"asking\s+(?:you\s+)?for\s+(?:the|this)\s+(?:job|role|position|offer)", r"i\s+" + _ADV + r"want\s+this(?=\s*(?:$|[.!;]|,\s*(?:and|so|more|really)|more\s+than|\s+badly|\s+so\s+much))",
             r"(?:this|it)(?:'s|\s+is)\s+(?:exactly\s+)?what\s+i\s+(?:really\s+)?want\b(?!\s+to)"),
    _phrases(r"^(?:(?:so|and|honestly|look|yeah|yes|cheers|ok|okay)[,.!]?\s+)?(?:really\s+|definitely\s+)?want\s+(?:it|this|the\s+(?:job|role|position))\b"),
    _phrases(r"(?:pick|choose|select)\s+me\s+for", r"put\s+my\s+hand\s+up\s+for", r"(?:so\s+)?i'm\s+asking\s+for\s+it", r"(?:would|will|could)\s+you\s+offer\s+me\s+(?:the|this)\s+(?:job|role|position|post)", r"i'm\s+(?:saying|a)\s+yes",
             r"(?<!or\s)i'm\s+(?:accepting|signing|taking)\s+(?:it|the\s+offer|immediately|the\s+same\s+day|on\s+the\s+spot)", r"i'm\s+signing\b", r"(?:it's|it\s+is)\s+(?:a\s+)?yes(?=\s*(?:$|[.!]))", r"the\s+answer(?:'s|\s+is)\s+already\s+yes",
             r"(?:acceptance|yes)\s+(?:as\s+)?a\s+given", r"if\s+you\s+make\s+(?:it|one|an\s+offer),?\s+i\s+(?:accept|say\s+yes)", r"immediate\s+yes", r"consider\s+me\s+committed", r"gets?\s+accepted",
             r"(?:i'd|i\s+would)\s+turn\s+(?:it|that|theirs|them)\s+down\s+for\s+(?:this|you)", r"(?:turn|turning)\s+(?:theirs|it|that\s+one)\s+down", r"(?:top|head)\s+of\s+my\s+list", r"(?:pull|pulling|withdraw|withdrawing)\s+(?:out\s+of\s+)?(?:all\s+(?:of\s+)?(?:them|the\s+others)|my\s+other\s+applications|the\s+others|from\s+the\s+others)",
             r"my\s+number\s+one", r"(?:this|you)\s+(?:is|are)\s+the\s+one(?=\s*(?:$|[.!,]))", r"no\s+plan\s+b", r"this\s+is\s+plan\s+a", r"^(?:(?:my\s+)?(?:first|top)\s+(?:choice|pick)|number\s+one)\b", r"it's\s+this\.?\s+every\s+time",
             r"rather\s+have\s+this\s+(?:job|role|one)\s+than", r"(?:choose|pick)\s+(?:this|you|your)(?:\s+[\w-]+)?\s+over\s+(?:it|them|that|the\s+other|my\s+other|their|theirs)\b", r"cancel\s+(?:it|that|them|the\s+other\s+\w+)\s+for\s+(?:this|you|your)", r"withdraw\s+from\s+(?:everything|all|the\s+other|my\s+other|other)", r"(?:you'll|you\s+will)\s+have\s+my\s+(?:acceptance|yes)", r"my\s+answer\s+to\s+an?\s+offer\s+(?:would|will)\s+be\s+(?:a\s+)?yes", r"rather\s+wait\s+for\s+(?:you|this|your)", r"first\s+name\s+on\s+my\s+list", r"drop\s+the\s+rest", r"(?:it's\s+)?this\s+or\s+nothing", r"offer\s+me\s*(?:&|and)\s*(?:i'll|ill|i\s+will)\s+sign", r"ask\s+you\s+(?:please\s+)?for\s+this\s+job",
             r"i\s+am\s+accepting", r"my\s+first\s+wish", r"(?:is|are),?\s+without\s+reservation,?\s+my\s+first\s+choice", r"wish\s+to\s+be\s+appointed", r"(?:would|will)\s+accept\s+any\s+offer", r"yes\s+to\s+the\s+job",
             r"(?:i'd|i\s+would)\s+like\s+you\s+to\s+(?:offer|give)\s+(?:it|me|the\s+job|the\s+role)", r"if\s+you\s+(?:choose|pick|select)\s+me,?\s+i\s+(?:say|will\s+say|'ll\s+say)\s+yes", r"(?:i'd|i\s+would)\s+take\s+the\s+(?:post|job|role|position)\s+if\s+offered",
             r"^first\s+choice", r"(?:if|when)\s+(?:there's|there\s+is)\s+an\s+offer,?\s+i'm\s+taking\s+it", r"(?<!once\s)(?<!when\s)(?<!if\s)i'm\s+in(?=\s*(?:$|[.!]))"),
    _phrases(r"(?:want|like)\s+you\s+to\s+(?:pick|choose|hire|select)\s+me", r"^(?:please\s+|so\s+)?(?:choose|pick|hire)\s+me\b", r"chance\s+you'?d\s+offer\s+me"),
    _phrases(r"(?:i'll|ill|i\s+will)\s+sign\s+(?:it\s+)?(?:tonight|today|tomorrow|straight\s+away|immediately|right\s+away)", r"i\s+(?:will\s+)?accept\s+if\s+you\s+offer", r"(?:will|shall)\s+(?:surely|definitely|certainly)\s+(?:join|accept)\s+if\s+(?:selected|offered|chosen)", r"i'm\s+accepting(?=\s*(?:[,.!]|$))", r"ask\s+you\s+(?:please\s+)?for\s+(?:this|the)\s+(?:[\w-]+\s+)?(?:job|role|position|post)")
]

_NOT_THE_ROLE = r"(?!(?:this|that|it|you|your|everything|what\s+you)\b|the\s+(?:[\w-]+\s+)?(?:role|job|position|company|team|mission|idea|opportunity|offer|sound|ward|place|site|shop|office|people|vibe|culture|energy|atmosphere|feel)\b|(?:so|very)\s+much\s+the\b|working\s+(?:here|with\s+you))"
FIT_SELF = _rx(
    r"i\s+(?:really\s+|truly\s+|genuinely\s+|absolutely\s+|just\s+|do\s+|always\s+|honestly\s+|actually\s+|particularly\s+|especially\s+)*(?:love|enjoy|like|relish|adore|thrive|flourish|excel|shine|live\s+for|gravitate|light\s+up|get\s+a\s+kick)\s+" + _NOT_THE_ROLE,
    r"(?:i've|i\s+have)\s+(?:always\s+)?(?:loved|liked|enjoyed|been\s+(?:passionate|drawn|attracted|good|the\s+(?:one|person)))\s+" + _NOT_THE_ROLE,
    r"i(?:'m|\s+am)\s+(?:\w+\s+)?(?:motivated(?=\s+(?:by|when|to\s+(?!(?:join|work|be|apply|start)\b)))|driven|energi[sz]ed|happiest|at\s+my\s+best|at\s+home|(?:good|great|strong)\s+at(?!\s+(?:this|it|that|the\s+job|my\s+job|my\s+work|what\s+i\s+do)\b)|skilled|someone\s+who|the\s+(?:kind|type|sort)\s+of|a\s+(?:\w+\s+)?person\s+who|naturally|a\s+natural|bilingual|fluent|patient|curious|detail-oriented|a\s+people\s+person|wired|most\s+(?:alive|engaged|motivated|useful|comfortable)|the\s+(?:one|person)\s+who|passionate\s+about\s+(?!this|the\s+(?:role|job)|your))",
    r"my\s+(?:\w+\s+)?(?:favou?rite\s+(?:thing|part)|motivation|motivator|passion|strengths?|superpower|sweet\s+spot|interests?|values|background\s+(?:in|as)|experience\s+(?:in|with|as|running|leading|managing|at)|training\s+(?:in|as)|degree\s+in|whole\s+career|career|years\s+(?:in|as|of|at)|time\s+(?:at|as|in)|work\s+(?:at|as|in|with|on))",
    r"what\s+(?:really\s+)?(?:drives|motivates|energi[sz]es|excites|gets)\s+me", r"i\s+get\s+(?:my\s+|real\s+|a\s+lot\s+of\s+)?(?:energy|a\s+buzz|a\s+(?:real\s+)?kick|satisfaction|joy)\s+(?:out\s+of|from)", r"i\s+get\s+(?:restless|bored)",
    r"how\s+i'm\s+wired", r"(?:where|when|how)\s+i\s+(?:grow|thrive|work|learn|do\s+my\s+best\s+work)\s+best", r"i\s+(?:grow|thrive|work|learn)\s+best", r"i\s+do\s+my\s+best\s+work",
    r"i\s+was\s+(?:raised|brought\s+up|born)", r"grew\s+up", r"i\s+care\s+(?:deeply\s+|a\s+lot\s+|so\s+much\s+)?about\s+" + _NOT_THE_ROLE, r"i\s+believe\s+(?:deeply\s+|strongly\s+)?in\s+" + _NOT_THE_ROLE,
    r"i(?:'ve|\s+have)\s+spent\s+(?:\w+\s+){0,3}(?:years|decade|career|time|summers)", r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|many|several)\s+years\s+(?:of|in|as|doing|running|leading|working|on|at)",
    r"i\s+was\s+(?:always\s+)?the\s+(?:one|person)\s+who", r"as\s+a\s+(?:former|trained|certified|native|bilingual|qualified)", r"people\s+person", r"i\s+(?:speak|know)\s+(?:\w+\s+)?(?:spanish|french|mandarin|arabic|german|hindi|portuguese|languages|\w+\s+fluently)",
    r"(?:i'm|i\s+am)\s+(?:\w+\s+)?(?:happiest|most\s+at\s+home)", r"what\s+i\s+(?:enjoy|love|like)\s+(?:most|best)", r"(?:i|i've)\s+(?:always\s+)?(?:gravitated|been\s+drawn)",
    r"(?:motivated|driven|energi[sz]ed|fulfilled|inspired)\s+by", r"my\s+(?:own\s+)?(?:mum|mom|mother|dad|father|parents|brother|sister|grandmother|grandfather|grandparents|family)\s+(?:was|were|is|had|ran|worked|needed|relied)",
    r"i(?:'m|\s+am)\s+(?:\w+\s+){0,2}(?:motivated\s+by|driven\s+by|passionate\s+about|comfortable\s+(?:with|in|around)|into|obsessed|detail-(?:obsessed|oriented|focused)|happiest|at\s+my\s+(?:best|most)|most\s+effective|good\s+with|great\s+with|used\s+to|a\s+(?:natural|born))",
    r"i(?:'ve|\s+have)?\s+(?:been\s+)?(?:am\s+)?(?:working|worked|having|had|done|doing)\s+(?:\w+\s+){0,3}(?:since\s+\d+|for\s+(?:\w+\s+)?years|\d+\s+years|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years)",
    r"(?:done|did)\s+(?:\w+\s+){0,3}(?:for\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+years", r"i\s+was\s+(?:a\s+|an\s+)?(?!(?:\w+ing|keen|sure|nervous|interested|excited|worried|unsure|happy|glad|told|asked|invited|unsure|ready)\b)\w+\s+(?:in|at|for|before)\b",
    r"in\s+my\s+(?:country|last\s+job|old\s+job|home\s+country)\s+i\s+was", r"(?:did|wrote|my)\s+(?:my\s+)?(?:dissertation|thesis|final\s+project|capstone|degree|masters|phd|apprenticeship)\s+(?:was\s+)?(?:on|in|about)",
    r"(?:matters|drives|motivates|energi[sz]es|excites)\s+me\b(?!\s+to\s+(?:join|work|apply))", r"(?:matters|means\s+a\s+lot|is\s+personal)\s+(?:a\s+lot\s+)?to\s+me", r"is\s+personal\s+for\s+me",
    r"i\s+(?:already\s+)?speak\s+their\s+language", r"where\s+i\s+(?:do\s+(?:well|best)|thrive|shine|do\s+my\s+best)", r"i(?:'ve|\s+have)?\s+(?:always\s+)?(?:gravitated|been\s+drawn|wanted\s+to\s+work\s+(?:with|in|on))",
    r"throughout\s+my\s+career", r"i\s+(?:left|quit)\s+(?:a|my|the)\s+\w+", r"i\s+(?:hated|disliked|can't\s+stand)\s+", r"i\s+(?:prefer\s+(?:working|to\s+work|small|large|big|a|an|teams|places|environments|being)|thrive\s+in|work\s+well\s+in)\b",
    r"(?:is|are)\s+my\s+(?:strongest|biggest|best|main|core|greatest|favou?rite)\s+(?:skill|strength|asset|interest|passion|motivator|thing|part)", r"i\s+need\s+to\s+(?:see|feel|know)\s+(?:my|that|the)",
    r"i(?:'m|\s+am)\s+(?:a|an)\s+[\w-]+\s+(?:at\s+heart|by\s+nature|by\s+trade|nerd|geek|junkie|fanatic)", r"(?:is|are)\s+(?:really\s+|very\s+|so\s+)?important\s+to\s+me", r"\w+'s\s+(?:really\s+|very\s+|so\s+)?important\s+to\s+me",
    r"i(?:'ve|\s+have)\s+(?!(?:followed|read|watched|admired|loved|known|heard|used|shopped|been\s+a\s+(?:fan|customer|user|reader))\b)\w+\s+(?:[\w-]+\s+){0,3}for\s+(?:\w+\s+)?years", r"i\s+(?:work|worked|am\s+working)\s+as\b", r"i\s+worked\s+(?:on|in|at|with)\s+(?:a|an)\s+(?:very\s+)?similar",
    r"i(?:'m|\s+am)\s+(?:a\s+)?(?:\w+\s+)?person\s+who", r"(?:the\s+)?part\s+of\s+(?:my|the)\s+(?:work|job)\s+i", r"(?:energi[sz]e|motivate|drive|excite|inspire)s?\s+me\b", r"keeps?\s+me\s+going",
    r"i\s+want\s+my\s+work\s+to", r"my\s+happiest\s+(?:years|time|days|jobs?)", r"i(?:'m|\s+am)\s+from\s+\w+", r"been\s+happiest", r"as\s+someone\s+who",
        r"i(?:'m|\s+am)\s+(?:\w+\s+)?(?:meticulous|calm|methodical|thorough|reliable|punctual|trilingual|numerate|hands-on|practical|analytical|unflappable|organi[sz]ed|a\s+(?:night\s+owl|morning\s+person|early\s+riser|stickler|perfectionist|planner|problem[\s-]solver|natural\s+\w+))\b",
    r"(?:is|was)\s+(?:why|what)\s+(?:i\s+(?:went|got|came|moved|trained|chose|switched|studied|do)|keeps\s+me|got\s+me|made\s+me|drew\s+me|brought\s+me)",
    r"i(?:'m|\s+am)\s+(?:really\s+|very\s+|most\s+|genuinely\s+)?(?:motivated|driven|energi[sz]ed|inspired)\s+by",
    r"i\s+speak\s+\w+", r"part\s+of\s+(?:\w+\s+){1,2}i\s+(?:actually\s+|really\s+|most\s+)?(?:enjoy|love|like)", r"my\s+favou?rite\s+(?:kind|type|sort|part)\s+of",
    r"i\s+(?:need|want)\s+(?:a\s+)?(?:job|role|work|place)\s+(?:where|that|with)\s+i",
    r"my\s+(?:\w+\s+)?years\s+\w+ing", r"(?:exactly\s+)?what\s+i\s+(?:really\s+)?(?:care\s+about|am\s+passionate\s+about|'m\s+passionate\s+about|believe\s+in)", r"(?:the\s+)?(?:work|thing|part)\s+i(?:'m|\s+am)\s+best\s+at", r"what\s+i(?:'m|\s+am)\s+best\s+at",
    r"has\s+been\s+my\s+(?:work|job|life|trade|bread\s+and\s+butter)\s+for", r"taught\s+me\s+(?:to|how|(?:a\s+lot\s+of\s+|more\s+)?(?:patience|resilience|discipline|empathy|calm|\w+ness)\b)", r"closest\s+thing\s+to\s+my", r"the\s+part\s+i\s+(?:loved|enjoyed|liked)\s+most", r"i(?:'m|\s+am)?\s+appl(?:ied|ying)\s+because",
    r"(?:where|when)\s+i\s+come\s+alive", r"my\s+comfort\s+zone", r"(?:how|the\s+way)\s+my\s+brain\s+works", r"i(?:'m|\s+am)\s+(?:a\s+)?(?:numbers|people|hands-on|visual|practical|details?)\s+(?:person|learner)",
    r"i(?:'m|\s+am)\s+(?:a\s+)?(?:good|great|natural)\s+listener", r"i(?:'m|\s+am)\s+(?:quite\s+|very\s+|really\s+)?competitive", r"(?:an\s+)?early\s+riser", r"happiest\s+(?:outdoors|outside|on\s+my\s+feet)", r"i\s+need\s+to\s+see\s+the\s+result",
    r"matters\s+(?:more\s+)?to\s+me", r"(?:the\s+thing|what)\s+i'?m\s+(?:actually\s+|really\s+)?good\s+at", r"i\s+get\s+a\s+(?:real\s+)?buzz\s+(?:out\s+of|from)", r"i\s+was\s+in\s+care", r"i(?:'m|\s+am)\s+dyslexic", r"first\s+in\s+my\s+family",
    r"(?:lost|watched)\s+my\s+(?:mum|mom|dad|grandad|grandma|nan|brother|sister|father|mother)", r"i\s+miss\s+being", r"i\s+used\s+to\s+be\s+(?:a|an)\s+\w+", r"i\s+was\s+(?:a|an)\s+[\w-]+\s+(?:\w+\s+)?(?:before|for\s+\w+\s+years)",
    r"(?:a\s+bit\s+of\s+)?a\s+perfectionist", r"(?:part|bit)\s+of\s+(?:my|the)\s+job\s+i'?(?:d|m)\s+(?:\w+\s+)?(?:do\s+for\s+free|proudest\s+of)", r"i(?:'ve|\s+have)\s+mentored", r"i\s+hated\s+being", r"(?:much\s+)?more\s+me\b",
    r"(?:being|i'm|i\s+am)\s+(?:bilingual|trilingual|fluent)", r"i(?:'m|\s+am)\s+(?:a|an)\s+[\w-]+\s+(?:\w+\s+)?who\s+(?:likes|loves|enjoys|gets|thrives|lives)", r"i(?:'m|\s+am)\s+(?:a|an)\s+[\w-]+\s+with\s+(?:a|an)\s+[\w-]+\s+background",
    r"my\s+background\s+is\s+in", r"hated\s+being", r"as\s+(?:a|an)\s+[\w-]+\s+i\s+(?:just\s+)?(?:want|love|like|need)",
    # Skills and dispositions stated plainly ("I negotiate well", "I stay organised under pressure").
    r"i\s+(?:\w+\s+)?(?:negotiate|write|explain|communicate|organi[sz]e|listen|teach|plan|present|adapt|learn|sell|deal\s+with\s+\w+)\b[^.,;]{0,30}\b(?:well|clearly|simply|quickly|calmly|carefully)\b",
    r"i\s+write\s+(?:clear|clean|tight|solid|good)", r"i\s+(?:can\s+)?(?:stay|keep|remain)\s+(?:calm|patient|organi[sz]ed|focused|cool|positive|level-headed)", r"i\s+can\s+(?:explain|teach|simplify|break\s+down)\b",
    r"i(?:'m|\s+am)\s+(?:\w+\s+)?(?:fascinated\s+by|careful\s+with|comfortable\s+working)", r"(?:is|are)\s+(?:a\s+)?(?:big\s+|huge\s+|real\s+|main\s+|key\s+)?(?:motivator|driver)\s+for\s+me", r"is\s+my\s+(?:thing|jam)\b",
    r"i\s+want\s+to\s+(?:get\s+(?:really\s+)?good\s+at|become\s+(?:a|an)\b|master\b|help\s+(?:the\s+)?(?:community|people|patients|kids|families|children)|give\s+back|go\s+deep)",
    r"i\s+(?:avoid|steer\s+clear\s+of|don't\s+thrive|do\s+(?:best|well)\s+(?:in|with|when|where|on))\b", r"i\s+need\s+(?:a\s+)?(?:workplace|place|team|manager|environment|employer|culture)\s+(?:that|where|with)",
    r"i\s+find\s+(?:it\s+)?(?:\w+\s+)?(?:satisfying|rewarding|energi[sz]ing|fulfilling|motivating)", r"(?:people|customers|guests|patients|clients|colleagues|managers|students|kids|parents)\s+(?:always\s+|often\s+)?(?:tell|told|say)\s+(?:me\s+)?(?:that\s+)?i\b",
    r"i(?:'m|\s+am)\s+(?:very\s+much\s+|really\s+|such\s+|totally\s+)?(?:a|an)\s+[\w-]+\s+person\b", r"give\s+me\s+(?:\w+\s+){1,3}and\s+i'm\s+(?:happy|in\s+my\s+element|content|sorted)", r"(?:is|are)\s+what\s+(?:gives|keeps|drives|motivates|energi[sz]es)\s+me",
    r"(?:most|much|all|half)\s+of\s+my\s+(?:portfolio|work|career|experience|background|cv)", r"i\s+come\s+from\s+(?:the|a|an)\b", r"i\s+have\s+(?:many|much|a\s+lot\s+of|lots\s+of|long|good)\s+experience", r"part\s+of\s+(?:\w+\s+){1,2}i\s+(?:genuinely|truly|honestly)\s+(?:enjoy|love|like)"
)
FIT_ROLE = _rx(
    r"(?:this|your|that)\s+(?:whole\s+)?(?:role|job|position|team|teams|company|organi[sz]ation|environment|culture|mission|work|group|department|unit|org|floor|clinic|school|practice|firm|agency|lab|ward|store|site|shop|startup|program|programme|product|place|charity|hospital|district|library|newsroom|kitchen|warehouse|operation|operations|business|cause|customers|clients|patients|students|community|platform|office|project|projects|setting|pace)",
    r"the\s+(?:role|job|position|team|company|mission|culture|environment|organi[sz]ation)\b", r"(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:role|job|post|position)\b(?!\s+(?:i|like\s+(?:a|an)))", r"is\s+(?:basically|essentially|mostly|half|all|largely|exactly|really)\b",
    r"(?:this|that)\s+size", r"is\s+where\s+i", r"right\s+up\s+my\s+(?:street|alley)", r"(?:most|much|half|all|the\s+bulk|a\s+lot)\s+of\s+(?:the|this)\s+(?:work|job|role)",
    r"here", r"you(?:'re|\s+are|\s+guys|\s+all)?\s+(?:do|doing|build|building|focus|need|want|are\s+looking|'re\s+looking|described|mentioned|said|told\s+me|explained|value|serve|offer|have)",
    r"which\s+is\s+(?:exactly\s+|precisely\s+|just\s+|really\s+|basically\s+|essentially\s+)?(?:what|why|how)", r"exactly\s+what\s+(?:you|this|the|your)", r"(?:is|are)\s+(?:exactly|basically|precisely)\s+(?:that|this|what|the)",
    r"that(?:'s|\s+is)\s+(?:exactly\s+|basically\s+|precisely\s+)?(?:the\s+(?:mix|kind|sort|type|same|thing)|what|where|this|why)", r"(?:suit|suits|fit|fits)\s+me", r"(?:a\s+)?good\s+fit\s+for\s+(?:how|what|who)",
    r"(?:fits?|fitting|matches|match|aligns?|aligned|lines?\s+up|suits?|maps?|connects?|translates?|transfer\w*)\b", r"why\s+(?:this|i\s+(?:want|applied|think))",
    r"(?:what|which)\s+(?:this|the)\s+(?:role|job|team|position)\s+(?:needs|requires|is\s+about|offers|involves|calls\s+for)",
    r"(?:the|this)\s+(?:kind|sort|type)\s+of\s+(?:work|role|environment|team|place|culture)", r"(?:a|an)\s+(?:\w+\s+){0,4}(?:role|job|place|team|environment|culture|office|clinic|company|nonprofit|shelter|er|ward|desk|unit|org|organi[sz]ation|hotel|site|store|school)\s+(?:like\s+this|where|that|whose|with|at|in|which|who)",
    r"your\s+\w+", r"day\s+one", r"that\s+kind\s+of\s+place", r"somewhere\s+(?:i|where)",
    r"(?:this|that)\s+(?:[\w-]+\s+){0,3}(?:role|job|team|crew|site|office|service|line|centre|center|charity|firm|mission|zone|shift|rota|engineer|company|clinic|ward|unit|department|plant|depot|position|programme|program|organi[sz]ation|business|practice|store|school|hospital|project)",
    r"(?:this|that|it)(?:'s|\s+is)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:role|job|service|centre|center|charity|position|team|shift|post)", r"you(?:'re|\s+are)\s+(?:mostly|all|only|just|a|an|\w+\s+people)",
    r"you\s+need\s+(?:someone|somebody|a|an|people)", r"(?:when|as)\s+you\s+(?:said|mentioned|described|told\s+me)", r"like\s+(?:yours|this\s+one|this)\b",
    r"exactly\s+(?:that|this)\b", r"(?:the\s+)?reason\s+i\s+applied", r"why\s+i\s+applied",
    r"which\s+is\s+(?:exactly\s+|just\s+)?where", r"which\s+(?:matters|helps|counts|is\s+useful|is\s+important|is\s+handy)\s+(?:for|in|with|when|here)", r"my\s+kind\s+of\s+(?:problem|work|thing|challenge|place|team|job|role)",
    r"you\s+(?:describe|mention|talk\s+about|use)\b", r"(?:carry|carries|transfer|transfers)\s+(?:straight\s+|right\s+|directly\s+)?(?:over|across)",
    r"makes\s+(?:a\s+lot\s+of\s+)?sense\s+for\s+me", r"(?:kind|sort|type)\s+of\s+(?:setup|place|team|environment|job|role)\s+i\s+do\s+(?:my\s+)?best\s+in", r"is\s+(?:just\s+)?what\s+i\s+do\b", r"matters\s+more\s+than\s+anything",
    r"fits\s+what\s+i\s+need", r"(?:kind\s+of\s+)?a\s+dream\b", r"(?:is|was)\s+what\s+i(?:'ve|\s+have)\s+been\s+(?:looking|waiting|hoping|aiming)\s+for", r"the\s+thing\s+i've\s+been\s+aiming\s+at", r"(?:would|'d)\s+(?:actually\s+)?matter\b",
    r"(?:isn't|is\s+not)\s+that\s+different", r"basically\s+that\b", r"my\s+idea\s+of\s+a\s+good", r"(?:the\s+bit|the\s+part)\s+that\s+(?:made|makes|grabs|really\s+grabs)", r"really\s+grabs\s+me", r"where\s+i've\s+always\s+done\s+my\s+best",
    r"best\s+of\s+both\s+for\s+me", r"(?:much\s+)?more\s+me\b", r"that's\s+me\b", r"sounds\s+exactly\s+like\s+that", r"i'd\s+fit\s+right\s+in", r"exactly\s+the\s+kind\s+of\s+person\s+you", r"exactly\s+why\s+i'?d\s+be\s+good",
    r"i'd\s+be\s+building\s+the\s+thing", r"means\s+more\s+to\s+me", r"what\s+drew\s+me\s+to", r"(?:that's|that\s+is)\s+(?:honestly\s+|literally\s+)*the\s+thing\s+i\s+want", r"(?:that's|that\s+is)\s+what\s+i've\s+been\s+looking\s+for",
    r"(?:is|feels)\s+(?:very\s+|so\s+)?natural\s+for\s+me", r"the\s+match\s+is", r"no\s+problem\s+for\s+me",
    r"(?:perfect|ideal|right)\s+for\s+(?:me|how|what|someone\s+like\s+me)", r"from\s+what\s+you(?:'ve|\s+have)\s+said", r"you(?:'re|\s+are)\s+(?:opening|starting|launching|planning|hiring|expanding|moving)", r"that's\s+(?:most|half|all)\s+of\s+(?:it|the\s+job|the\s+work|the\s+role)",
    r"you\s+clearly\s+do", r"(?:is|are)\s+(?:all\s+)?(?:about\s+)?(?:that|this)\s+(?:all\s+day|every\s+day|all\s+the\s+time)", r"(?:are|is)\s+all\s+about\s+(?:that|this)\b", r"(?:is|are)\s+(?:literally\s+|basically\s+|pretty\s+much\s+|really\s+)?the\s+(?:whole\s+)?job\b",
    r"that(?:'s|\s+is)\s+(?:most|half|all|much|every|the\s+whole|the\s+heart)\b", r"(?:best|perfect|ideal)\s+version\s+of\s+(?:that|this|it)", r"endless\s+supply\s+of", r"(?:what|which)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:does|do|needs?)\b",
    r"(?:useful|helpful|valuable|handy)\s+(?:for|with|in)\s+(?:the|your|this)\b", r"that's\s+the\s+\w+(?:'s)?\s+(?:schedule|rota|hours|pace|routine|day)", r"(?:job|role|post|position|work|working|career)\s+(?:in|at|for|with)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:bakery|ward|studio|company|firm|charity|hospital|school|site|kitchen|shop|store|warehouse|clinic|lab|hotel|restaurant|organi[sz]ation|newsroom|garage|farm|nursery)\b", r"(?:in|at)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:bakery|ward|studio|company|firm|charity|hospital|school|site|kitchen|shop|store|warehouse|clinic|lab|hotel|restaurant|organi[sz]ation|newsroom|garage|farm|nursery),?\s+you\b", r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:ward|team|role|job|site|kitchen|school|clinic|post)\s+needs\b", r"(?:lets|allows|would\s+let|would\s+allow|would\s+give)\s+me\b", r"rewards\s+(?:that|this|patience|precision|care|\w+ness)\b", r"about\s+as\s+\w+\s+as\s+it\s+gets",
    r"(?:this|that|your)\s+(?:[\w-]+\s+){0,2}(?:studio|guesthouse|apprenticeship|council|hotel|restaurant|kitchen|lab|software|system|platform|product|tool|app)\b"
)
_BARE_TAIL = r"(?:,\s*(?:i\s+think|i\s+believe|honestly|really|i'm\s+sure|basically))?[.!]?$"
FIT_BARE = re.compile(
    r"^(?:(?:and|so|but|i\s+think|honestly|really|i\s+believe|i\s+know|i'm\s+confident|i'm\s+sure)\s+)*(?:that\s+)?(?:i'd|i\s+would|i'll|i\s+will|i\s+could|i'm|i\s+am|i\s+can)\s+(?:\w+\s+){0,3}(?:be\s+)?(?:a\s+)?(?:(?:great|good|strong|perfect|excellent|ideal|natural|fantastic|real)\s+)*(?:fit|asset|addition|hire|candidate|match|job|contribution)\b(?:\s+(?:for|to|in|at|on|with|here)(?:\s+[\w'-]+){0,4})?" + _BARE_TAIL +
    # Claims that name nothing in particular: "this is the kind of job I'm good at", "my
    # experience is very relevant", "my values match yours".
    r"|^(?:this|it)\s+is\s+(?:exactly\s+)?the\s+(?:kind|sort|type)\s+of\s+(?:job|role|work|place|thing)\s+i(?:'m|\s+am)\s+(?:really\s+)?(?:good|great)\s+at" + _BARE_TAIL +
    r"|^(?:what\s+i(?:'ve|\s+have)\s+done(?:\s+before)?|my\s+(?:experience|background|cv|skills?|skill\s+set))\s+(?:is|are)\s+(?:very\s+|really\s+|highly\s+|so\s+|all\s+|totally\s+)?relevant(?:\s+to\s+(?:this|the)\s+(?:role|job|position))?" + _BARE_TAIL +
    r"|^my\s+values\s+(?:match|align\s+with|fit)\s+(?:yours|your\s+\w+)" + _BARE_TAIL
)
# Experience in the candidate's own words ("I've administered LabWare for four years", "I coached
# under-12s"). On its own it could be a story or a concession, so it makes a fit reason only
# when tied to this role in so many words.
FIT_EXPERIENCE = _rx(
    r"i(?:'ve|\s+have)\s+been\s+(?!(?:wanting|hoping|aiming|dreaming|looking|waiting|meaning|trying|following|thinking|wondering|reading|watching)\b)(?:\w+ing|a|an)\b", r"i(?:'m|\s+am)\s+coming\s+from",
    r"i(?:'ve|\s+have)?\s+(?:\w+ly\s+|also\s+|already\s+|even\s+)?(?:worked|run|ran|led|managed|built|done|did|cut|edited|filmed|welded|drafted|photographed|booked|catered|dispatched|coached|taught|volunteered|administered|spent|handled|supported|trained|designed|developed|delivered|organi[sz]ed|cared\s+for|looked\s+after|studied|grown|grew|started|founded|launched|set\s+up|covered|processed|written|wrote|sold|served|nursed|cooked|driven|drove|fixed|repaired|installed|coordinated|planned|audited|reconciled|supervised|mentored|recruited|hired|negotiated|edited|produced|programmed|coded|shipped|maintained|operated|cleaned|split|migrated|turned\s+around|overseen|oversaw|implemented|analy[sz]ed|modelled|modeled|tested|researched|presented|pitched|raised|closed|filed|prepared|translated|interpreted|guided|fostered|counselled|counseled|nannied|tutored|lectured)\b(?!\s+(?:here|for\s+(?:you|this\s+company)|at\s+(?:this|your)\s+company))",
    r"i\s+have\s+work\b", r"^having\s+(?:\w+ed|done|run|led|spent|been|taught|built|worked|grown)\b",
    r"what\s+i\s+(?:do\s+)?(?:have|bring|offer)\s+is\s+(?:\w+\s+){0,2}(?:years?|months?|decades?)\b"
)

# Words for the interviewer's doubt: "you said" or "your worry" pointing at one ties nothing to the role.
_CONCERN = r"(?:worry|worries|worried|concern|concerns|concerned|doubt|doubts|point|question|reservation|reservations|unsure|not\s+sure)"
# Experience played down is a concession, not a reason ("I've done inventory for one store, not a DC").
_PLAYED_DOWN = re.compile(r"\b(?:only|not\s+(?:a|an|the|two|yet|as)|but\s+(?:no|not|never)|(?:isn't|is\s+not|not)\s+the\s+same|no\s+one|none|didn't|did\s+not|haven't|have\s+not|never)\b")
# What ties experience to this role in so many words: "your site", "you said", "which is
# exactly what", "so I could pick up the work quickly".
FIT_TIED = _rx(
    r"(?:so|which\s+means|meaning)\s+i(?:'d|\s+would|\s+could|\s+can|'ll|\s+will)?\s+(?:\w+\s+)?(?:pick\s+up|hit\s+the\s+ground|get\s+up\s+to\s+speed|be\s+(?:straight\s+in|right\s+at\s+home|at\s+home|up\s+and\s+running|useful|productive|comfortable)|start\s+contributing|know\s+my\s+way)",
    r"(?:doesn't|does\s+not|won't|wouldn't|don't)\s+(?:worry|scare|faze|bother|frighten)\s+me", r"(?:isn't|is\s+not|wouldn't\s+be|won't\s+be)\s+new\s+to\s+me", r"(?:close|similar)\s+to\s+what\s+i",
    r"you\s+(?:use|run|serve|support)\b", r"(?:the\s+)?reason\s+i\s+applied", r"why\s+i\s+applied",
    r"your\s+(?!(?:[\w-]+\s+){0,2}" + _CONCERN + r"\b)\w+(?:'s)?", r"(?:this|that)\s+(?:[\w-]+\s+){0,2}(?:role|job|post|position|team|company|work|place|clinic|lab|school|ward|site|office|branch|hotel|kitchen|programme|program|project|mission)",
    r"you(?:'re|\s+are|'ve|\s+have)?\s+(?:said|mentioned|described|explained|need|want|do|have|got|doing|building|planning|starting|looking|running|facing|hiring)(?!(?:\s+(?:that|maybe|perhaps|earlier|before))*\s+(?:i\b|i'm|my\b|me\b|you\b|you're|youre|you'd|you\s+were|you\s+weren't)|(?:\s+\w+){0,3}\s+" + _CONCERN + r"\b)",
    r"here\b", r"suits?\s+me", r"right\s+up\s+my", r"exactly\s+(?:what|the\s+kind|that|where)", r"which\s+is\s+(?:exactly\s+|precisely\s+|just\s+)?(?:what|where|why|how|a\s+(?:big|large|huge)\s+part)",
    r"(?:most|much|half|all|a\s+(?:big|large|huge)\s+part)\s+of\s+(?:the|this)\s+(?:job|role|work|post)", r"match(?:es)?\s+(?:the|your|what)", r"(?:the\s+)?(?:same|kind\s+of)\s+(?:work|thing|job|problem|mess|challenge)",
    r"(?:carry|carries|transfer|transfers)\s+(?:straight\s+|right\s+|directly\s+)?(?:over|across)", r"(?:is|are)\s+(?:\w+\s+)?normal\s+for\s+me", r"(?:very\s+|really\s+)?familiar\s+(?:to|for)\s+me", r"you\s+(?:describe|mention|talk\s+about|use|run|need)\b",
    r"(?:it's|that's|it\s+is|that\s+is)\s+(?:exactly\s+)?what\s+you(?:'re|\s+are)", r"so\s+i\s+already\s+know", r"gives\s+me\s+(?:that|this|exactly)",
    r"(?:is|feels)\s+(?:very\s+|so\s+)?natural\s+for\s+me", r"the\s+match\s+is", r"no\s+problem\s+for\s+me", r"i'm\s+used\s+to\s+it",
    r"that's\s+me\b", r"that's\s+(?:most|half|all)\s+of\s+(?:it|the\s+job|the\s+work|the\s+role)", r"from\s+what\s+you(?:'ve|\s+have)\s+said", r"(?:perfect|ideal|right)\s+for\s+(?:me|how|what)", r"(?:this|the)\s+hire\s+is\s+for", r"that's\s+the\s+(?:\w+\s+)?(?:project|work|problem|challenge)\b",
    r"which\s+is\s+(?:most|much|half|all|the\s+core|the\s+heart|a\s+(?:big|large|huge|good)\s+(?:part|chunk))\s+of\s+(?:the|this|your|what)\b",
    r"(?:is|are)\s+(?:exactly\s+|basically\s+|essentially\s+|pretty\s+much\s+)?the\s+same\s+(?!(?:as\s+)?(?:me|mine|i)\b)",
    r"(?:isn't|is\s+not|wouldn't\s+be|won't\s+be|would\s+not\s+be)\s+(?:anything\s+)?new\b", r"similar\s+(?:[\w-]+\s+){0,3}to\s+(?:yours|this|what\s+you)"
)

_STATIVE = r"(?!(?:grew\s+up|found\s+(?:that\s+|out\s+that\s+)?i\b|wanted|liked|loved|enjoyed|needed|hoped|seemed|appreciated|wondered|decided|hated|preferred|believed|expected|applied|interviewed|mentioned|talked|asked|used|wished|guessed|assumed|figured|imagined|realised|realized|felt|thought|knew|was\s+(?:hoping|wondering|thinking|going|told|interested|excited)|came\s+in|had\s+(?:a|an|the|some|no|never|always|been)|started\s+(?:to\s+)?(?:think|wonder|feel))\b)"
STORY_ACTION = _rx(
    r"(?:i|we|my\s+team|our\s+team|the\s+team\s+and\s+i|me\s+and\s+(?:my|the)\s+\w+)\s+(?:\w+ly\s+|also\s+|then\s+|just\s+|once\s+|still\s+|even\s+|was\s+(?!(?:hoping|wondering|thinking|going|told|interested|excited|happy|glad|sure|nervous|worried)\b))?" + _STATIVE + r"(?:[a-z]{3,}ed(?!\s+(?:to|about|in)\s+(?:this|the|your|working))|led|ran|managed|built|organi[sz]ed|handled|coordinated|launched|took\s+over|took\s+on|stepped\s+(?:in|up)|trained|created|designed|negotiated|implemented|reduced|cut|increased|grew|delivered|set\s+up|introduced|rolled\s+out|taught|coached|planned|oversaw|owned|drove|shipped|migrated|automated|redesigned|rebuilt|turned\s+(?:around|it\s+around)|fixed|resolved|solved|saved|raised|closed|won|completed|finished|wrote|developed|analy[sz]ed|presented|hired|mentored|onboarded|volunteered|started|founded|moved|dealt\s+with|worked\s+(?:with|on|through|out)|had\s+to|was\s+(?:responsible|in\s+charge|asked|tasked|given|put\s+in\s+charge|the\s+(?:one|person|lead))|became|brought|convinced|persuaded|learned|taught\s+myself|picked\s+up|ended\s+up|managed\s+to|pulled|kept|took|made|hit|beat|cleared|restructured|streamlined|consolidated|supervised|directed|scheduled|budgeted|tracked|mapped|pitched|sold|recruited|reorgani[sz]ed|introduced|piloted|tested|caught|spotted|noticed|stabili[sz]ed|retained|covered|ran\s+point|juggled|handed|got|sat|walked|met|called|sorted|did|went|set|put|spent|built|switched|split|stayed|gave|cut|found|flagged|inherited|drew|ate|bought|broke|caught|chose|drove|fought|froze|hid|held|knew|led|lost|paid|rode|rose|ran|saw|sent|shook|shut|sold|spoke|stood|stuck|swept|taught|threw|understood|woke|won|wrote|rang|sang|stepped|rewrote|rebuilt|redid|oversaw|undertook|overcame|withdrew|foresaw|upheld|outgrew|underwent|flew|drew|threw|fought|sought|bought|lent|told|read|fed|shut|let|spread|struck|dug|hung|spun|swung|came|said|heard|laid|re-\w+ed|escalated|documented|modelled|modeled|forecast|forecasted|audited|reconciled|shadowed|completed)",
)
STORY_ANCHOR = _rx(
    r"last\s+(?:year|month|quarter|spring|summer|fall|autumn|winter|week|job|role|position|christmas|season|peak|semester|term)",
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|couple\s+of|\d+)\s+(?:\w+\s+)?(?:years?|months?|weeks?|seasons?|quarters?)\s+(?:ago|back)",
    r"in\s+\d{4}\b", r"the\s+(?:year|month|week|summer|winter|spring|autumn|day|night|time|christmas)\s+(?:our|my|the|we|i|when)\b", r"^(?:at|in)\s+(?:the|my|our)\s+(?!(?:country|opinion|view|experience|family|culture|home|head|mind|life|heart|spare\s+time|free\s+time|own\s+time)\b)(?:[\w'-]+\s+){1,2}(?:i|we|our|my)\b",
    r"(?:on|over)\s+(?:black\s+friday|christmas\s+eve|new\s+year's\s+eve|boxing\s+day|the\s+(?:saturday|sunday|friday|monday|tuesday|wednesday|thursday|day|night|weekend)\s+before)", r"^the\s+(?:saturday|sunday|friday|monday|tuesday|wednesday|thursday|day|night|weekend)\s+before\b", r"(?:on|in|at)\s+my\s+(?:last|previous|first|old|former)\s+(?!(?:email|message|letter|answer|point|question|interview|call)\b)\w+", r"my\s+(?:first|last|previous|old)\s+(?:placement|ward|job|post|role|school|team|contract|site|shop|store)\s+was\b", r"in\s+my\s+(?:last|previous|prior|old|first|current|second)\s+(?:job|role|position|company|team|post|placement|internship)",
    r"at\s+my\s+(?:last|previous|prior|old|current|first)\s+(?:job|role|company|employer|place|school|firm|workplace|hospital|practice|store|warehouse)",
    r"when\s+i\s+(?:was|worked|joined|started|ran|led|took|arrived|came|moved|got\s+there|inherited|stepped)", r"during\s+(?:my|the|a|an|our|that|covid|the\s+pandemic|peak|lockdown)",
    r"for\s+(?:example|instance)", r"one\s+time", r"once,?\s+(?:i|we|when|at|our)", r"there\s+was\s+a\s+time", r"back\s+(?:in|when|at)",
    r"previously", r"while\s+(?:i\s+was|at|working|leading|managing)", r"at\s+(?:[a-z]+\s+){0,2}(?:corp|inc|ltd|co|company|hospital|school|bank|store|warehouse|agency|council|university|startup|clinic|restaurant|hotel|plant|depot)",
    r"my\s+(?:last|previous|prior|old|current)\s+(?:job|role|company|employer|boss|manager|team)", r"on\s+my\s+(?:last|previous)\s+(?:team|project|placement)",
    r"(?:this|that)\s+(?:past|last)\s+\w+", r"over\s+the\s+(?:last|past)\s+\w+", r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)",
    r"at\s+[A-Za-z]+(?:'s)?\s+(?:i|we)", r"the\s+(?:closest|nearest)\s+(?:i've|i\s+have|i)",
    r"that\s+(?:night|day|evening|morning|week|weekend|month|year|summer|afternoon)", r"on\s+a\s+(?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|bank\s+holiday|weekend)", r"one\s+(?:day|night|time|morning|evening)",
    r"(?:in|on)\s+my\s+(?:placement|internship|apprenticeship|contract|rotation|final\s+year|first\s+year|last\s+contract|last\s+placement|previous\s+work|old\s+company|last\s+company|old\s+job)", r"when\s+i\s+joined", r"i\s+once",
    r"when\s+i\s+was\s+(?:in|at|with|on)\b", r"(?:so\s+)?it's\s+\d{4}\b", r"picture\s+(?:it|this)", r"at\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:firm|company|startup|charity|bank|hospital|school|agency|shop|store|plant|factory|warehouse|restaurant|hotel|clinic)",
    r"before,?\s+(?:in|at)\s+\w+", r"there\s+was\s+(?:a|an)\s+\w+", r"(?:in|during)\s+the\s+army", r"(?:my|our)\s+(?:old|last|previous)\s+boss\s+says",
    r"when\s+(?:our|my|the|a|an|one\s+of\s+(?:our|my))\s+(?:\w+\s+){0,3}(?:went|started|was|were|got|had|left|quit|crashed|failed|broke|flooded|closed|called|threatened|asked|pulled|lost|hit|came|moved|changed|switched|retired|needed)",
    r"in\s+my\s+(?:first|second|third|last|final)\s+(?:year|month|week|season|job|role)", r"(?:one|that|last|every)\s+(?:summer|winter|spring|autumn|fall|quarter|semester|christmas|weekend)",
    r"the\s+one\s+(?:time|quarter|year|month|season)", r"at\s+(?:the|my|our)\s+(?:\w+\s+)?(?:bakery|shelter|centre|center|agency|bank|clinic|hospital|school|store|shop|warehouse|depot|charity|restaurant|hotel|startup|firm|company|council|university|college|plant|factory|call\s+centre|call\s+center|site|office|branch|practice|nonprofit|lab)",
    r"when\s+(?!i\b)(?:\w+\s+){1,5}(?:stopped|went|started|walked|left|quit|crashed|failed|broke|flooded|closed|called|threatened|screamed|shouted|complained|collapsed|resigned|refused|disappeared|arrived)",
    r"in\s+my\s+(?:last|previous|old|first)\s+(?:hotel|company|job|role|school|ward|shop|store|team|place|firm|restaurant|kitchen|practice|branch|agency|post)",
    r"at\s+(?:the|a|an|my|our)\s+(?:\w+\s+){0,2}(?:supermarket|post\s+office|counter|café|cafe|pub|bar|gym|library|museum|garage|salon|nursery|care\s+home|ward|surgery|pharmacy|kitchen|depot|refuge|hostel)",
    r"on\s+my\s+(?:last|previous|first|old)\s+(?:case|job|project|shift|contract|placement|site|rotation|ward)"
)
STORY_RESULT = _rx(
    r"which\s+(?:meant|resulted|led|cut|saved|brought|got|helped|gave|took|reduced|increased|raised)", r"as\s+a\s+result", r"resulting\s+in", r"result(?:s|ed)?",
    r"(?:we|i|it|they|the\s+team|the\s+project|the\s+site|sales|errors|turnover|costs?|complaints|attendance|scores|throughput|output)\s+(?:\w+\s+)?(?:finished|delivered|hit|beat|cut|saved|reduced|grew|shipped|launched|closed|came\s+in|dropped|fell|rose|went\s+(?:up|down|from)|doubled|tripled|halved|improved|increased|decreased|exceeded|met\s+(?:the|our|every|all|its|each)\s+(?:target|deadline|goal|kpi|quota)s?|landed|went\s+live)",
    r"ended\s+up", r"\d+\s*%", r"percent", r"\d+\s+(?:days|weeks|months|hours|people|staff|employees|stores|sites|clients|customers|students|patients|engineers|volunteers|drivers|associates|reports|nurses|pickers|shifts|locations|countries|languages|projects|accounts)",
    r"on\s+time", r"under\s+budget", r"came\s+in\s+(?:under|early|ahead|on)", r"ahead\s+of\s+(?:schedule|time|plan)", r"(?:weeks?|days?|months?)\s+early", r"zero\s+\w+", r"from\s+\d+\s*\w*\s+(?:to|down\s+to|up\s+to)\s+\d+",
    r"(?:promoted|recogni[sz]ed|award\w*|thanked)", r"no\s+(?:one|missed|errors|complaints|injuries|downtime|delays)", r"it\s+worked",
    r"(?:nobody|no\s+one|none\s+of\s+(?:them|us))\s+(?:left|quit|complained|was\s+hurt|noticed)", r"without\s+(?:any\s+)?(?:downtime|incident|a\s+hitch|losing)", r"found\s+nothing", r"top\s+(?:seller|performer|sales)",
    r"within\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:week|month|day|year|quarter|hour)s?",
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|a\s+hundred|a\s+thousand)\s+(?:hundred\s+|thousand\s+)?(?:people|visitors|students|patients|customers|clients|staff|families|children|kids|pupils|orders|calls|cases|members|volunteers|users|guests|donors|subscribers)", r"(?:haven't|hasn't|never)\s+(?:missed|lost|had|looked\s+back)", r"(?:is|are)\s+still\s+(?:with\s+us|running|used|in\s+use|there)",
    r"still\s+(?:use|uses|running|with\s+us)", r"(?:went|gone)\s+down", r"(?:went|gone)\s+up", r"(?:kept|saved|won|retained)\s+(?:the|their|our|a)\s+(?:contract|client|account|customer|business)", r"got\s+us\s+through", r"clean",
    r"(?:the\s+)?(?:most|highest|best|top)\s+(?:on|in)\s+(?:my|the|our)\s+team", r"on\s+(?:schedule|track|target|budget)", r"in\s+under\s+", r"none\s+of\s+(?:them|us|the)",
    r"(?:didn't|did\s+not|never)\s+(?:move|drop|slip|miss|lose|fall)", r"matched", r"still\s+(?:there|here|in\s+place)", r"made\s+(?:senior|partner|lead|manager)",
    r"by\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+end|morning|lunch)", r"back\s+(?:under|on|to)", r"(?:went|grew|dropped|fell|rose|climbed|jumped)\s+from",
    r"after\s+(?:a|one|two|three|six)\s+(?:week|month|quarter|year)s?", r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|\d+)\s+(?:hours?|days?|weeks?|months?|years?|quarters?)\s+later", r"(?:made|adopted)\s+it\s+(?:a|the)", r"\d+k\b", r"with\s+(?:a\s+week|days|time)\s+to\s+spare", r"renewed", r"since\s*$",
    r"never\s+(?:out|late|short|behind|off)", r"without\s+(?:a|one|any|a\s+single)\s+(?:complaint|error|mistake|incident|accident|day\s+off|absence|break)"
)

ACK_GAP = _rx(
    r"i\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:yet\s+|currently\s+|actually\s+|personally\s+)?have\s+(?!any\s+(?:more\s+|other\s+|further\s+)?(?:questions?|doubts|concerns)|(?:more|further|other)\s+questions?|a\s+question|questions?|time|anything|much\s+time|a\s+problem|an\s+issue|doubts?|concerns?|worries|reservations)",
    r"i(?:'ve|\s+have)?\s+(?:haven't|have\s+not|have\s+never|never|hadn't|had\s+not|not|not\s+yet|yet\s+to)\s+(?:ever\s+|really\s+)?(?:yet\s+|actually\s+|really\s+|personally\s+|formally\s+|directly\s+|officially\s+)?(?:had|done|used|worked|managed|led|run|ran|been|held|taken|studied|earned|got|gotten|completed|touched|owned|supervised|handled|built|finished)",
    r"i\s+lack", r"(?:my\s+)?lack\s+of(?=.*\b(?:working\s+on|plan|course|enrolled|learning|studying|closing|i'm|i\s+am|i\s+know|honest|right|fair|true|admit)\b)",
    r"i(?:'m|\s+am)\s+(?:not|less)\s+(?:yet\s+|really\s+|currently\s+)?(?:a|an|as|very|that|quite|fully|formally)?\s*(?:expert|certified|licensed|qualified|experienced|strong|familiar|senior|fluent|seasoned|trained|specialist|statistician|\w+\s+expert)",
    r"(?:my|the)\s+(?:\w+\s+){0,2}(?:experience|background|knowledge|exposure|skills?|training)\s+(?:with|in|on)?\s*(?:\w+\s+){0,3}(?:is|are|has\s+been|was)\s+(?:still\s+|a\s+bit\s+|somewhat\s+|fairly\s+|pretty\s+)?(?:limited|light|thin|lighter|narrower|weaker|not\s+as|less|modest|a\s+(?:gap|weakness)|basic|minimal|shallow|newer)",
    r"(?:a|my|that's\s+a|it's\s+a|is\s+a)\s+(?:real\s+|genuine\s+|clear\s+|big\s+|fair\s+)?(?:gap|weakness|weak\s+spot|shortcoming|blind\s+spot)(?!\s+(?:do|would|that\s+you))",
    r"my\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:still\s+|pretty\s+|fairly\s+|a\s+bit\s+|quite\s+|honestly\s+)?(?:basic|limited|rusty|weak|thin|light|patchy|shaky|not\s+great|not\s+strong|average|minimal)",
    r"i'm\s+not\s+(?:really\s+|exactly\s+)?(?:a|an)\s+(?:\w+\s+)?person", r"(?:i'd|i\s+would|i'll|i\s+will)\s+(?:probably\s+|definitely\s+)?need\s+(?:some\s+)?(?:help|support|training|time|to\s+(?:learn|get\s+up\s+to\s+speed|ramp))",
    r"(?:mostly|only)\s+(?:done|used|worked)", r"(?:a\s+)?(?:real|big|significant|huge|genuine)\s+(?:jump|step\s+up|stretch|leap)\s+(?:for\s+me|from)", r"(?:is|would\s+be)\s+a\s+stretch", r"(?:is|are)\s+(?:a\s+bit\s+)?thin", r"(?:small|limited)\s+sample",
    r"no\s+(?:formal\s+|direct\s+)?(?:degree|experience|background|certification|training|qualification)\s+in",
    r"(?:less|not\s+as\s+much|limited|little)\s+(?:\w+\s+)?(?:experience|exposure|background)", r"only\s+(?:have|had|got|did|been)\s+(?:\w+\s+){0,2}(?:years?|months?|one|a\s+little|a\s+bit)(?!'s\s+notice|\s+notice)",
    r"(?:i'm|i\s+am)\s+still\s+(?:learning|building|developing|new|getting)", r"(?:isn't|is\s+not|wasn't|was\s+not)\s+in\s+(?:statistics|\w+ics|\w+ing|finance|accounting|engineering|nursing|law|education)",
    r"(?:my\s+)?degree\s+(?:is|was)\s+in\s+(?!(?:statistics|\w+\s+statistics))", r"not\s+(?:a|an)\s+(?:\w+\s+)?(?:degree|graduate|major)",
    r"(?:i'm\s+|i\s+am\s+|i'll\s+|i\s+will\s+)?(?:working|work)\s+on\s+(?:closing|filling|that\s+gap|it)(?<!to\swork\son\sit)", r"(?:enrolled|enrol\w*|signed\s+up)\s+(?:in|for|on(?=\s+(?:a|an|the)\b))", r"(?:taking|doing|started|finishing)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:course|certificate|certification|class|diploma|program|programme|masters?|degree)",
    r"(?:can't|cannot)\s+(?:change|undo)\s+(?:my|that|the)\s+(?:degree|background|history)", r"(?:i'm|i\s+am)\s+(?:a\s+)?(?:beginner|novice|newcomer)",
    r"my\s+(?:\w+\s+){1,2}(?:is|are|isn't|aren't)\s+(?:not\s+)?(?:so\s+|very\s+|quite\s+|that\s+|yet\s+)?(?:perfect|great|strong|good|fluent|where\s+(?:you|it|i))", r"(?:no|not|n't)\b[^.;]{0,40}\byet\b",
    r"i(?:'ve|\s+have)?\s+(?:never|not\s+yet|not\s+ever)\s+(?!(?:been\s+)?(?:happier|more|better|short|late|absent|off|sick|disciplined|in\s+trouble|seen\s+a\s+better|give\s+up|gave\s+up|stop|quit|miss|missed|lost|failed|let)\b|had\s+(?:a|any)\s+(?:problem|issue|complaint))\w+", r"i\s+(?:haven't|have\s+not)\s+(?!(?:got\s+)?(?:any|anything|more|further|other)\b|(?:got\s+)?(?:questions?|qs?|doubts|concerns)\b|heard\b|interviewed\b|done\s+(?:an?\s+)?interview)\w+",
    r"(?:can't|cannot)\s+(?:claim|pretend|say)\s+(?:otherwise|i\s+(?:have|did|am|was))", r"i\s+(?:don't|do\s+not|can't|cannot)\s+(?:yet\s+)?(?:drive|speak|code|program|read|write|meet|hold|know\s+(?:all|the|much|enough))",
    r"(?:a\s+bit|slightly|a\s+little|quite|a\s+year|two\s+years)\s+short\s+(?:on|of)", r"can't\s+meet", r"(?:this|that)\s+is\s+(?:true|correct|right|fair)\s*[.,!]", r"(?:won't|will\s+not|not\s+going\s+to|can't)\s+dress\s+(?:that|it|this)\s+up",
    r"rules?\s+me\s+out", r"i\s+have\s+no\s+(?:\w+\s+)?(?:experience|background|degree|licence|license|training|qualification|certificate|exposure)", r"(?<!not\s)(?<!nothing\s)(?<!totally\s)(?<!entirely\s)(?<!completely\s)(?<!isn't\s)(?<!wasn't\s)(?<!won't\sbe\s)new\s+to\s+me", r"i'd\s+be\s+learning",
    r"fair\s+to\s+(?:notice|ask|say|point\s+out|raise)", r"i\s+know\s+(?:that\s+)?(?:i've|i\s+have|my|i'm|i\s+am|i\s+don't|i\s+haven't|i\s+lack|i\s+can't)\b(?!\s+(?:stuff|job|trade|craft|way\s+around|onions)\b)(?!\s+(?:got\s+)?(?:what\s+it\s+takes|the\s+skills|it\s+in\s+me|rambled|talked|gone\s+on|waffled|been\s+(?:rambling|talking|nervous)|the\s+best|the\s+right|the\s+perfect|ready|capable|able|a\s+good|a\s+great|qualified|done\s+my\s+homework))",
    r"(?:i'm|i\s+am)\s+(?:working|studying|training|taking)\s+(?:on\s+(?:it|that|my)|for|towards?|a|an|the(?!\s+other)|classes|lessons|courses)",
    r"not\s+(?:yet\s+)?(?:fluent|certified|qualified|licensed|senior|chartered)", r"i\s+(?:can't|cannot)\s+(?:relocate|shorten|negotiate|change|move|start\s+before|meet|drive|travel)", r"(?:real|genuine|clear|big)\s+limitation",
    r"my\s+(?:[\w-]+\s+){0,3}(?:is|are|was|feels?)\s+(?:a\s+bit\s+|much\s+|still\s+|quite\s+)?(?:thinner|weaker|narrower|lighter|shallower)\s+than", r"only\s+ever\s+(?:worked|done|used|had|managed|led)", r"never\s+(?:a|an|any|for)\s+\w+", r"my\s+not\s+having", r"(?:my|the)\s+lack\s+of", r"(?:take|taking|doing)\s+(?:classes|lessons|evening\s+classes|a\s+course)",
    r"(?:i'm|i\s+am)\s+(?:a\s+bit\s+|quite\s+|still\s+)?(?:light|thin|short|weak|rusty|green)\s+on", r"not\s+(?:yet\s+)?[\w-]*(?:qualified|certified|registered|chartered|licensed)\b", r"still\s+(?:being\s+processed|pending|in\s+progress|under\s+review)",
    r"(?:waiting|still\s+waiting)\s+(?:on|for)\s+my\s+(?:registration|licence|license|visa|certificate|certification|results|qualification|clearance|card)", r"i(?:'ve|\s+have)\s+(?:got\s+)?no\s+(?:\w+\s+){0,2}(?:experience|background|degree|training|qualification|exposure)",
    r"i(?:'m|\s+am)\s+not\s+(?:a|an)\s+(?:\w+\s+)?(?:chartered|registered|qualified|certified|licensed|trained)", r"i(?:'m|\s+am)\s+missing\s+(?:the|a|an|my|some)", r"my\s+(?:\w+\s+){0,2}(?:is|are)\s+(?:\w+\s+)?(?:slower|weaker|worse|behind)",
    r"i\s+can\s+only\s+(?:do|work|manage|commit|start)", r"(?:i\s+)?(?:must|still\s+(?:need|have)\s+to|need\s+to)\s+(?:still\s+)?learn\b", r"i\s+(?:did\s+not|didn't)\s+(?:use|work|do|manage|lead|study|touch)\b.{0,40}\bbefore",
    r"(?:one|a\s+single|only\s+one)\s+[\w-]+,?\s+not\s+(?:a|an|the|two|multiple|several)\b", r"(?:you're|you\s+are)\s+right\s+(?:about\s+(?:that|this|my|the)|that\s+i)", r"nowhere\s+near",
    r"(?:licen[cs]e|certificate|certification|registration|ticket|card|accreditation)\s+(?:has\s+)?(?:lapsed|expired|run\s+out)", r"mine(?:'s|\s+has|\s+is)?\s+(?:lapsed|expired|ran\s+out)",
    r"(?:i've\s+)?only\s+got\s+(?:my|a|an)\b(?!\s+(?:review|appraisal|raise|bonus|day\s+off)|\s+\w+(?:'s)?\s+notice)", r"not\s+the\s+[\w-]+(?:\s+\w+)?\s+you\s+(?:asked|wanted|need|required)", r"(?:isn't|is\s+not|aren't|not)\s+(?:yet\s+)?(?:finished|complete|completed|through)", r"exams?\s+(?:left|to\s+go)",
    r"i've\s+only\s+\w+ed\b", r"barely\s+(?:used|done|touched|worked)", r"^never\s+(?:had|done|worked|used|been)", r"out\s+of\s+work", r"need\s+to\s+get\s+used\s+to",
    r"not\s+up\s+to\s+date\s+(?:on|with)", r"short\s+of\s+(?:your|the)\s+(?:minimum|requirement|target|pass\s+mark|standard|benchmark)", r"your\s+(?:pass\s+mark|minimum|threshold|requirement|standard|benchmark)\s+(?:is|says)\b",
    r"and\s+you\s+(?:asked|ask|wanted|want|need|require)\s+(?:for\s+)?(?:\w+\s+){0,2}(?:years?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", r"(?:conversational|basic|intermediate|functional|schoolboy|schoolgirl),?\s+not\s+(?:professional|fluent|business|native|advanced)",
    r"not\s+time-served", r"level\s+\d\s+(?:\w+\s+)?only\b", r"only\s+(?:\w+\s+)?level\s+\d", r"can't\s+honestly\s+say", r"(?:the\s+)?least\s+experience", r"(?:isn't|is\s+not)\s+my\s+first\s+language", r"long\s+way\s+from\s+(?:that|it|there)",
    r"(?:i'd|i\s+would|i'll|i\s+will)\s+need\s+(?:a\s+(?:fresh|new)\s+one|to\s+(?:redo|renew|retake|resit)\b)", r"^(?:no|not)\s+(?:\w+\s+)?(?:licen[cs]e|degree|certificate|cert|qualification)\b", r"never\s+touched\b",
    r"(?:i'm|i\s+am)\s+not\s+(?:great|good|strong|confident|brilliant)\s+(?:with|at|on)\b(?!\s+(?:waiting|this|interviews?|talking|selling|small\s+talk|first\s+impressions))", r"i\s+(?:can't|cannot)\s+do\s+(?:sundays|saturdays|weekends|nights|lates|earlies|the\s+(?:late|early|night)\s+shifts?)",
    r"(?:isn't|hasn't\s+been|is\s+not|has\s+not\s+been|not)\s+(?:yet\s+)?(?:recogni[sz]ed|transferred|converted)\b", r"(?:can't|cannot)\s+(?:pass|meet|get)\s+the\s+\w+", r"i\s+(?:can't|cannot)\s+get\s+(?:a|the|my)\s+(?:\w+\s+)?(?:clearance|licen[cs]e|visa|permit|certificate|qualification)", r"(?:i'm|i\s+am)\s+(?:\w+\s+)?short\s+(?:of|on)\s+the\b", r"(?:isn't|is\s+not|aren't|not)\s+(?:yet\s+)?(?:recogni[sz]ed|accepted|transferable)\b",
    r"^(?:yep|yes|yeah|true|right),?\s+no\s+(?:degree|licen[cs]e|experience|certificate|qualification|cert)\b", r"(?:can't|cannot)\s+fix\s+that", r"not\s+the\s+[\w-]+(?:\s+\w+)?\s+(?:the\s+(?:job|role|post|position)|you)\s+(?:asks?|asked|wants?|wanted|needs?|requires?|required)", r"i\s+(?:have|'ve\s+got)\s+no\s+(?:\w+\s+){1,4}\w+,?\s+only\b", r"below\s+the\s+(?:\w+\s+){0,2}(?:you|the\s+job|the\s+role|the\s+post)\s+(?:need|needs|require|requires|ask|asks|want|wants)",
    r"a\s+test\s+i'?d\s+fail", r"(?:i\s+am|i'm)\s+not\s+having\s+(?:the|a|an|any)\b(?!\s+(?:more\s+|other\s+|further\s+)?(?:questions?|doubts?|concerns?))", r"i(?:'ve|\s+have)\s+only\s+been\s+(?:in|at|doing|working|a)\b", r"(?:isn't|aren't|is\s+not|are\s+not)\s+something\s+i(?:'ve|\s+have)\s+(?:done|had|used|worked|managed|run|led)",
    r"not\s+(?:yet\s+)?[\w-]+\s+(?:qualified|certified|registered|chartered|licensed)\b", r"(?:i'm|i\s+am)\s+only\s+(?:part|partly|half)[\s-]?(?:qualified|certified|trained|way)", r"need\s+(?:visa\s+)?sponsorship", r"i\s+(?:can't|cannot)\s+(?:do|work)\s+(?:nights|weekends|shifts|evenings|early\s+shifts|late\s+shifts|overtime)", r"(?:that's|is|it's)\s+a\s+(?:real\s+|big\s+)?hurdle",
    r"(?:listed|asked\s+for|want|wanted)\s+\w+\s+years\s+and\s+i\s+(?:have|only\s+have)\s+\w+", r"not\s+strong\s+enough", r"weaker\s+(?:there\s+)?than\s+you"
)

PUSHY = _rx(
    r"when\s+(?:do|can|should|will|shall)\s+i\s+start(?!\s+(?:date|to\s+(?:hear|expect)))", r"(?:so\s+)?(?:did|do)\s+i\s+get\s+(?:it|the\s+(?:job|role|position|offer)|in)",
    r"(?:so\s+)?is\s+(?:it|that)\s+a\s+yes", r"(?:so\s+)?am\s+i\s+hired", r"have\s+i\s+got\s+(?:it|the\s+job)",
    r"(?:you'd|you\s+would|you'll|you\s+will|you'd\s+be|you're)\s+(?:be\s+)?(?:crazy|mad|foolish|insane|silly|nuts|making\s+a\s+(?:big\s+|huge\s+)?mistake)\s+(?:not\s+to|to\s+(?:pass|let))",
    r"(?:i'm|i\s+am)\s+(?:clearly|obviously|definitely|easily|by\s+far|undoubtedly)\s+(?:the\s+)?(?:best|strongest|right|only|perfect)", r"(?:i'm|i\s+am)\s+the\s+(?:best|only|strongest|perfect)\s+(?:candidate|person|choice|fit|one)",
    r"(?:you\s+)?(?:won't|will\s+not|wont|can't|cannot)\s+find\s+(?:anyone|anybody|someone|a\s+better|better)", r"no\s+one\s+(?:else\s+)?(?:is|will\s+be|could\s+be)\s+(?:better|as\s+good)",
    r"(?:i|we)\s+need\s+(?:an\s+answer|to\s+know|a\s+decision|your\s+decision|an\s+offer)\s+(?:by|before|today|now|this|tomorrow|asap|as\s+soon)",
    r"(?:make|give|send)\s+me\s+(?:an|the|your)\s+offer\s+(?:now|today|right\s+now|by|before|this)", r"when\s+(?:can|will|do)\s+i\s+(?:get|expect|see|sign)\s+(?:my|the)\s+(?:offer|contract|paperwork)",
    r"where\s+do\s+i\s+sign", r"i'll\s+(?:just\s+)?(?:expect|be\s+expecting|wait\s+for)\s+(?:a|an|your|the)\s+(?:call|offer|email)", r"(?:don't|do\s+not)\s+(?:keep\s+me\s+waiting|make\s+me\s+wait|take\s+too\s+long)",
    r"hire\s+me\s+already", r"just\s+(?:hire|give|offer)\s+me", r"i\s+deserve\s+(?:this|the|it)", r"(?<!would\s)(?<!do\s)(?<!will\s)you\s+need\s+me(?!\s+to\b)", r"(?:it'd|it\s+would)\s+be\s+a\s+(?:big\s+|huge\s+)?mistake\s+(?:not|to\s+pass)",
    r"(?:let's|let\s+us)\s+(?:just\s+)?(?:skip|cut\s+to|talk\s+(?:salary|money|numbers))", r"(?:i\s+have|i've\s+got)\s+(?:other|another|two|several|multiple)\s+offers?,?\s+(?:so|and)\s+(?:you|i\s+need|i'll\s+need|you'd\s+better|decide)",
    r"(?:you'd|you\s+had)\s+better\s+(?:hurry|move|decide|act)", r"(?:what's|what\s+is|which\s+(?:one\s+)?is|where's|where\s+is|when's)\s+(?:my|the)\s+(?:desk|office|start\s+date|salary|first\s+day)(?=.*\b(?:my|so)\b)",
    r"(?:so\s+)?when\s+is\s+my\s+(?:first\s+day|start\s+date|start)", r"what's\s+my\s+(?:start\s+date|salary|first\s+day|desk|office)", r"(?<!should\s)(?<!shall\s)(?<!do\s)(?<!can\s)i\s+(?:expect|demand)\s+(?:an?\s+)?(?:answer|offer|decision|call)",
    r"(?<!sure\s)(?<!that\s)(?:i'm|i\s+am)\s+(?:the\s+one|your\s+(?:guy|girl|person|man|woman))(?:\s+you\s+(?:want|need))?\s*(?:[.!?]|$)", r"you\s+know\s+i'm\s+the\s+(?:one|best|right)", r"any\s+other\s+candidate\s+would\s+be\s+a\s+(?:step\s+down|mistake)",
    r"(?:better|best)\s+than\s+(?:anyone|everyone|the\s+others|any\s+other)", r"(?<!worried\s)(?<!think\s)(?:i'm|i\s+am)\s+(?:too\s+good\s+for)", r"(?:i'll|i\s+will)\s+(?:see\s+you|be\s+here)\s+(?:on\s+)?monday",
    r"(?:decide|decision|answer|offer|know|yes|hear|confirm)\w*\b[^.?!;]{0,40}\bbefore\s+i\s+(?:leave|walk\s+out)\s+(?:the\s+building|today|this\s+room)", r"no[\s-]brainer(?!\s+for\s+me)", r"(?:i\s+)?(?:won't|will\s+not)\s+take\s+no\s+for\s+an\s+answer",
    r"(?:so\s+)?(?:are\s+we|we're)\s+(?:good|done|agreed)\s+(?:then|here)?\s*\?", r"(?:can|could)\s+you\s+(?:tell|let)\s+me\s+(?:now|today|right\s+now)\s+(?:if|whether)",
    r"(?:so\s+)?how\s+did\s+i\s+do\s*\?\s*(?:did|do)\s+i", r"(?:so\s+)?(?:when|where)\s+do\s+i\s+(?:sign|report|show\s+up)",
    r"(?:send|email|mail|get|put)\s+(?:me\s+)?(?:over\s+)?(?:the|my|that|an?)\s+(?:contract|paperwork|offer\s+letter|offer)(?:\s+(?:over|today|tonight|now|by))?(?=.*\b(?:done|ready|today|now|tonight|writing|official|sign)\b)",
    r"(?:get|have|put)\s+(?:that|it|this|the\s+offer)\s+in\s+writing", r"(?:tell|let)\s+(?:hr|them|your\s+\w+)\s+to\s+(?:send|prepare|draw\s+up)",
    r"(?:when's|when\s+is|what's|what\s+is)\s+my\s+(?:first\s+day|start\s+date|start|salary|desk|office|title|badge|laptop)",
    r"(?:tell|let)\s+me\s+(?:know\s+)?(?:when|where)\s+to\s+(?:come\s+in|show\s+up|start|report|turn\s+up)", r"(?:come\s+in|show\s+up|turn\s+up)\s+for\s+my\s+first\s+day",
    r"(?:give|hand\s+in|put\s+in|handed\s+in|gave|giving|handing\s+in)\s+(?:in\s+)?(?:my\s+)?notice", r"make\s+(?:it|this|things)\s+official",
    r"(?:already|basically|pretty\s+much)\s+(?:got|have|nailed|secured|won)\s+(?:this|it|the\s+(?:job|role|position))", r"(?:let\s+me\s+know|tell\s+me)\s+(?:that\s+)?i\s+(?:got|have)\s+(?:it|the\s+job)",
    r"cleared\s+my\s+(?:calendar|schedule|diary)\s+for", r"(?:counting|banking)\s+on\s+(?:this|it|you|getting)", r"told\s+my\s+\w+\s+(?:that\s+)?i'm\s+(?:moving|starting|leaving|joining|taking)",
    r"(?<!you\s)(?:need|want|give\s+me|expect)\s+(?:you\s+to\s+decide|a\s+(?:yes|decision|answer)|an?\s+(?:answer|offer|decision|yes))\s+(?:by|before|today|tomorrow|now|tonight|this)",
    r"(?<!a\s)(?:decide|decision)\s+(?:by|before)\s+(?:tomorrow|tonight|today|friday|monday|end\s+of|noon)", r"(?:move|act|decide)\s+(?:fast|quickly)\s+if\s+i\s+were\s+you", r"if\s+i\s+were\s+you",
    r"(?:you'll|you\s+will|you'd|you\s+would)\s+(?:really\s+)?regret", r"(?:let's|let\s+us)\s+not\s+drag", r"drag\s+(?:this|it|things)\s+out",
    r"skip\s+(?:the\s+)?(?:reference|references|background|other|next|further|final|second|rest)", r"(?:don't|do\s+not)\s+see\s+why\s+(?:we|you)\s+(?:need|would\s+need)",
    r"cancel\s+(?:my|the|all\s+my)\s+other", r"call\s+your\s+(?:boss|manager|ceo|director|supervisor)", r"(?:won't|will\s+not|shouldn't)\s+take\s+(?:you\s+)?(?:long|much\s+time)",
    r"wait\s+(?:in\s+the\s+(?:lobby|hall|car)|here|outside)\s+(?:while|until)", r"(?:offers?|interviews?)\s+from\s+(?:two|three|several|other|a\s+few)\s+(?:of\s+)?(?:your\s+)?competitors",
    r"the\s+(?:best|top|strongest|greatest)\s+\w+\s+you(?:'ll|\s+will|'ve|\s+have)\s+(?:ever\s+)?(?:interview|meet|see|hire|find|get|had)",
    r"(?:the\s+)?(?:obvious|clear|safest|safe|easy|only\s+real)\s+(?:choice|bet|pick|hire|option)", r"top\s+performer", r"save\s+you\s+the\s+(?:trouble|time|hassle)",
    r"(?:interviewing|interview|see|meet|consider)\s+anyone\s+else(?!\s+(?:you'd|you\s+would|you\s+want|you\s+need|on\s+the))", r"i\s+assume\s+(?:the\s+offer|you'll|you\s+will|the\s+salary|i'll\s+be|i\s+got)", r"(?:you'll|you\s+will)\s+(?:match|beat|pay)",
    r"(?:top|high\s+end|upper\s+end)\s+of\s+the\s+(?:range|band)", r"i\s+(?:know|trust)\s+(?:that\s+)?(?:you'll|you\s+will|the\s+panel\s+will)\s+(?:see|make|choose|pick|agree)",
    r"waste\s+(?:time|your\s+time)\s+(?:on|with)\s+(?:further|more|other|another)", r"we're\s+done\s+here", r"(?:just\s+)?(?:tell|let)\s+me\s+(?:know\s+)?i\s+got\s+it",
    r"i\s+(?:already|basically)\s+know\s+i'll\s+be", r"call\s+it\s+a\s+(?:yes|deal)", r"(?:is|so)\s+(?:that|it|this)\s+a\s+yes", r"(?:can|shall|should)\s+we\s+(?:just\s+)?(?:agree|shake\s+on\s+it|make\s+it\s+official|sign)",
    r"do\s+we\s+have\s+a\s+deal", r"(?<!from\s)a\s+yes\s*\?",
    r"(?:see|seeing)\s+you\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|the\s+first|next\s+week|tomorrow|then|bright\s+and\s+early|on\s+day\s+one)", r"(?<!if\s)(?:will\s+be|(?<!if\sit\s)is|it's)\s+mine\b",
    r"(?:which|what)\s+(?:desk|office|locker|parking\s+(?:spot|space)|team)\s+(?:will\s+be|is)\s+mine", r"put\s+(?:me|my\s+name)\s+(?:on|down\s+for)\s+(?:the\s+)?(?:rota|schedule|door|roster|list)", r"my\s+name\s+on\s+the\s+door",
    r"take\s+that\s+as\s+a\s+yes", r"(?:told|tell)\s+(?:my\s+)?(?:\w+\s+)?(?:that\s+)?i(?:'ve)?\s+got\s+(?:the\s+)?(?:job|role|it)", r"(?:talk|discuss)\s+(?:about\s+)?(?:my\s+)?(?:start\s+date|salary|package|pay|title|bonus)\s+(?:and\s+(?:my\s+)?\w+\s+)?(?:now|then|today)",
    r"when\s+(?:do|can|will|shall)\s+i\s+(?:get|pick\s+up|collect|receive|see)\s+(?:my|the)\s+(?:keys?|uniform|badge|laptop|contract|desk|parking|login|first\s+pay|schedule|rota|lanyard|car)",
    r"(?:did|have)\s+i\s+(?:pass|passed|made\s+it)", r"in\s+the\s+bag",
    r"(?:i'll|i\s+will|i'd|i\s+would)\s+(?:need|require|expect|be\s+expecting|want)\s+(?:a\s+|an\s+|the\s+|my\s+)?(?:company\s+car|car|bonus|senior\s+title|title|raise|relocation|signing\s+bonus|four\s+days|three\s+days|remote|higher|more\s+money|you\s+to\s+(?:beat|match|waive|cover|pay|drop|skip))",
    r"waive\s+(?:the\s+)?(?:probation|notice|interview|test|check)", r"(?:won't|will\s+not|wouldn't)\s+(?:accept|take|consider)\s+(?:anything|less)\s+(?:under|below|than)",
    r"(?:assume|expect)\s+(?:that\s+)?you(?:'ll|\s+will|'d|\s+would)\s+(?:cover|pay|match|beat|waive|give|double)", r"dispense\s+with", r"(?:don't|do\s+not)\s+(?:really\s+)?do\s+(?:second|more|further)\s+interviews",
    r"off\s+the\s+back\s+of\s+this", r"(?:release|send|issue)\s+(?:the|my)\s+offer(?:\s+letter)?\s+(?:today|now|tonight|immediately|by)", r"(?:can't|cannot)\s+wait\s+(?:any\s+)?longer", r"beat\s+(?:it|that|their\s+offer)", r"^(?:just\s+|so\s+)?match\s+(?:it|that|their\s+offer|the\s+offer|what\s+they\s+(?:offered|pay))\s*[,.!]?$",
    r"(?:by|before)\s+(?:end\s+of\s+(?:day|the\s+day|play|week)|friday|monday|tomorrow|tonight|noon|close\s+of\s+business)\b.{0,40}\b(?:or\b|otherwise|because|i've\s+got|i\s+have)",
    r"(?:requirement|rule|certificate|degree|test|policy)\s+(?:is|sounds)\s+(?:a\s+bit\s+)?(?:silly|pointless|ridiculous|stupid|outdated|nonsense|daft)", r"(?:anyone|whoever)\s+who\s+thinks", r"(?:doesn't|don't)\s+understand\s+the\s+(?:job|work|role)", r"whoever\s+wrote\s+(?:that|the|this)\b", r"(?:pass|do|run|manage)\s+(?:it|this|that|the\s+\w+|your\s+\w+)\s+in\s+my\s+sleep", r"shouldn't\s+even\s+be\s+(?:on\s+the\s+list|a\s+requirement|required|there)", r"(?:get|put)\s+my\s+boots\s+on", r"(?:anyone|anybody)\s+could\s+(?:pick\s+(?:it|this|that)\s+up|do\s+(?:it|this|that))", r"better\s+than\s+(?:whoever|who)\s+you",
    r"i'll\s+expect\s+(?:the|my|a|an)\s+(?:contract|offer|call|answer|email)", r"job(?:'s|\s+is)\s+mine", r"(?:lucky|fortunate)\s+to\s+have\s+me", r"i'll\s+start\s+(?:on\s+)?(?:monday|tomorrow|next\s+week)",
    r"why\s+would\s+you\s+(?:even\s+)?(?:look\s+at|consider|interview|bother\s+with)\s+anyone", r"(?:don't|do\s+not)\s+do\s+(?:second|more|further)\s+rounds", r"send\s+the\s+offer\s+to\s+my",
    r"my\s+time\s+is\s+valuable", r"(?<!you\s)decide\s+(?:quickly|fast|soon|now)", r"tell\s+my\s+\w+\s+(?:that\s+)?i\s+have\s+the\s+job", r"order(?:ing)?\s+(?:the|my)\s+business\s+cards", r"begging\s+for\s+me", r"better\s+be\s+quick",
    r"(?:let\s+me\s+know|tell\s+me|i\s+expect\s+to\s+hear|i\s+need\s+to\s+hear)\s+(?:by|before)\s+(?:end|friday|monday|tomorrow|tonight|today|close)",
    r"(?:other|two|three|several|four)\s+(?:other\s+)?(?:companies|firms|employers|places|recruiters)\s+(?:are\s+)?(?:chasing|after|courting|interested\s+in)\s+me", r"or\s+i'll\s+(?:take|accept|go\s+with)\s+(?:the|their|another)",
    r"(?:daft|crazy|mad|foolish|stupid|silly|insane|nuts)\s+(?:not\s+to|to\s+(?:give|pass|let|hire\s+anyone|choose\s+anyone))", r"(?:an\s+)?easy\s+decision", r"no\s+(?:one|body)\s+(?:else\s+)?(?:will|would|could|can)\s+do\s+it\s+better",
    r"(?:you\s+)?need\s+to\s+hire\s+me", r"(?:mad|crazy|daft|foolish|insane)\s+to\s+(?:lose|pass\s+on|let\s+me\s+go|miss\s+out|turn\s+me\s+down)", r"(?:give|offer)\s+(?:this|it)\s+to\s+anyone\s+else", r"so\s+it's\s+mine", r"just\s+so\s+we're\s+clear", r"if\s+you\s+pass\s+on\s+me", r"(?:i'll|i\s+will)\s+(?:just\s+)?(?:wait|sit)\s+(?:here|in)",
    # Acting as if already hired: plans for the start, telling the world, the new job's forms and kit.
    r"(?:keep|keeping|clear|clearing|block|blocking|leave|free\s+up)\s+(?:my\s+)?(?:monday|tuesday|wednesday|thursday|friday|next\s+week|the\s+(?:first\s+)?week|(?:my\s+)?(?:calendar|diary|schedule))\s+(?:free|clear|open|for\s+(?:the\s+)?(?:start|first))(?!.{0,30}\b(?:follow|interview|round|stage|call|chat|meeting|second|assessment|decision)\b)",
    r"(?:tell|telling|inform|informing|ring|call)\s+(?:my\s+)?(?:current\s+)?(?:boss|manager|employer|agency|recruiter|landlord)\b.{0,30}\b(?:tomorrow|tonight|today|then|stop\s+sending|i'm\s+leaving|i\s+got\s+it)",
    r"(?:already\s+)?told\s+my\s+(?:current\s+)?(?:boss|manager|employer|team)\s+(?:that\s+)?i(?:'m|\s+am)\s+(?:leaving|going|off)",
    r"(?:tell|ask)\s+(?:the|my)\s+(?:agency|agencies|recruiters?)\s+to\s+stop", r"hand\s+(?:in\s+)?my\s+notice\s+in", r"(?:email|send|write|hand\s+in|submit|type\s+up)\s+(?:in\s+)?my\s+resignation",
    r"(?:look|looking|start\s+looking)\s+(?:for|at)\s+(?:flats|houses|apartments|rooms|places|somewhere\s+to\s+live)\s+(?:near|close\s+to|by|around)\s+(?:the|your)\s+(?:office|site|hospital|school|store|depot|branch|warehouse)",
    r"(?:bring|wear|order)\s+(?:my\s+own\s+)?(?:\w+\s+){0,2}(?:on|for)\s+(?:day\s+one|my\s+first\s+(?:day|shift|week)|monday)",
    r"(?:should|do|will|shall|can|must)\s+i\b.{0,40}\b(?:on|for)\s+my\s+first\s+(?:day|shift|week|morning)", r"(?:turn\s+up|show\s+up|come\s+in|report)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next\s+week)\b(?!\s+(?:for|to)\s+(?:the|a|an)\s+(?:interview|second|next|final|trial|assessment))",
    r"(?:meet|see)\s+my\s+new\s+(?:team|colleagues|manager|boss|desk|office|workmates)", r"(?:which|what)\s+(?:desk|office|locker|parking\s+(?:spot|space)|uniform\s+size|shift\s+pattern|team)\s+(?:will|do|shall|should)\s+i\b",
    r"uniform\s+size\s+(?:should|do|will|shall)\s+i", r"(?:send|give|email)\s+(?:you\s+|them\s+)?my\s+bank\s+details", r"my\s+bank\s+details", r"(?:for|on|onto)\s+(?:the\s+)?payroll",
    r"when\s+(?:can|will|do|shall|should)\s+i\s+(?:be\s+)?(?:getting|receiving|signing|seeing|expecting)\s+(?:my|the)\s+(?:offer|contract|paperwork|keys?|badge|uniform)",
    r"(?:sort|do|sign|finali[sz]e|draw\s+up|send)\s+(?:out\s+)?(?:the|my)\s+contract\s+(?:today|now|tonight|this\s+week|right\s+away)", r"i\s+can\s+sign\s+(?:it\s+)?(?:today|now|tonight|right\s+away|immediately|on\s+the\s+spot)",
    r"(?:so\s+)?i\s+start\s+(?:on\s+)?(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next\s+week|on\s+the)", r"(?:looking\s+forward\s+to|can't\s+wait\s+to|excited\s+to|ready\s+to)\s+(?:starting|start|go|begin|beginning)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next\s+week|the\s+\d+\w*|the\s+first\b)",
    r"put\s+me\s+(?:down\s+)?(?:for|on|in)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:intake|rota|schedule|cohort|roster|start)", r"(?:push|fast-?track|put)\s+(?:my\s+application|me)\s+(?:straight\s+)?(?:through\s+to|to|into)\s+(?:the\s+)?(?:final|last|next|offer)",
    r"(?:which|what)\s+(?:desk|office|locker|parking\s+(?:spot|space))\s+(?:is\s+going\s+to\s+be|will\s+be|is)\s+mine", r"(?:uniform|badge)\s+(?:fitting|size|order)", r"my\s+(?:name\s+badge|locker|parking\s+permit|first\s+year's\s+leave|corner\s+office|new\s+desk)",
    r"(?:new[\s-]starter|onboarding|starter)\s+(?:forms|docs|documents|pack|paperwork)", r"(?:once|when)\s+i(?:'m|\s+am)\s+(?:on\s+board|onboard|in\s+post)", r"before\s+i\s+arrive",
    r"(?:get|set)\s+(?:my\s+)?laptop\s+set\s+up", r"wifi\s+password", r"(?:handed|handing|hand)\s+in\s+my\s+(?:resignation|notice)", r"corner\s+office", r"(?:bring|brought)\s+(?:\w+\s+)?for\s+the\s+team\s+on\s+(?:day\s+one|my\s+first)",
    r"picked\s+out\s+(?:which|my)", r"told\s+(?:my\s+landlord|a\s+couple\s+of\s+your|your\s+clients|my\s+family)\b.{0,30}\b(?:moving|joining|starting|i've\s+got)", r"keep\s+an\s+eye\s+out\s+for\s+the\s+contract",
    r"call\s+it\s+settled", r"cancelled\s+my\s+other\s+interview", r"clear\s+my\s+desk\s+at\s+the\s+old", r"bought\s+(?:\w+\s+){0,3}in\s+your", r"planned\s+my\s+commute", r"christmas\s+party",
    r"i'll\s+be\s+(?:running|managing|leading|heading)\s+(?:this|the|your)\s+\w+", r"mark\s+my\s+words",
    r"(?:told|tell|let|telling|letting)\s+(?:\w+\s+){0,5}(?:know\s+)?(?:that\s+)?(?:i'm|i\s+am|i'll\s+be)\s+(?:moving|leaving|off|joining|getting|starting|coming)", r"(?:let|tell)\s+my\s+(?:current\s+)?(?:manager|boss|agency|employer|team)\s+know",
    r"(?:given|handed\s+in|put\s+in)\s+(?:my\s+)?notice", r"(?:forward|send|show)\s+(?:you\s+)?my\s+resignation", r"order(?:ed|ing)\s+my\s+uniform", r"put\s+you\s+down\s+as\s+my\s+employer", r"stop\s+applying\s+elsewhere",
    r"off\s+(?:the\s+market|their\s+books)", r"(?:calendar|diary)(?:'s|\s+is|\s+has\s+been)\s+(?:already\s+)?cleared", r"holiday(?:'s|\s+is)\s+booked\s+around", r"flights\s+are\s+(?:already\s+)?booked", r"planning\s+my\s+\w+\s+(?:schemes|plans|lessons|rota|shifts)",
    r"(?:pencil|put)\s+in\s+my\s+first\s+day", r"stay\s+and\s+do\s+the\s+\w+\s+shift", r"(?:send|pop|email)\s+(?:over\s+)?my\s+(?:rota\s+preferences|invoice\s+details|availability)", r"(?:send|pop)\s+(?:you\s+)?my\s+\w+\s+(?:details|preferences)\s+over",
    r"bring\s+my\s+(?:boots|kit|client\s+book|tools|knives)\b(?![^.?!;]{0,60}\b(?:trial|interview|assessment|test)\b)", r"\w+day,?\s+(?:\w+\s+)?sharp", r"(?:turn|show)\s+up\s+on\s+the\s+first", r"since\s+we're\s+agreed", r"shake\s+on\s+it", r"save\s+(?:me\s+one|yourself\s+the)",
    # A plan for the first days, or a near date, as if the job were settled ("I'll bring my van
    # round Monday", "I'll email the team tonight to introduce myself").
    r"(?:i'll|i\s+will|i'm\s+going\s+to|i\s+am\s+going\s+to|i\s+plan\s+to|i'm\s+planning\s+to)\s+(?![^.?!;]{0,80}\b(?:references?|referees?|portfolio|cv|resume|certificates?|documents?|samples?|transcripts?|paperwork|forms?|link|code|notes|results|statements|details|publications?|interview|assessment|trial|(?:second|next|final|another)\s+(?:round|stage)|learn|study|course|class|exam)\b)(?!(?:\w+\s+)?(?:learn|study|practi[sc]e|be\s+(?:free|available)|(?:send|email|forward|bring|drop\s+off|share|get)\s+(?:you\s+|over\s+|them\s+)?(?:my|the|those|a|some|any)\s+(?:\w+\s+)?(?:references?|portfolio|cv|resume|certificates?|documents?|samples?|transcripts?|note|thank)))(?:[^.?!;,]{0,60}?\s)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|this\s+evening|day\s+one|my\s+first\s+(?:day|week|sprint|shift|morning|month)|on\s+the\s+(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|\w+teenth|\w+tieth))\b(?![^.?!;]{0,30}\b(?:interview|assessment|round|trial|follow\s+up\s+on))",
    r"(?:what|which)\s+time\s+(?:should|do|shall|must)\s+i\s+(?:be\s+here|come\s+in|arrive|turn\s+up|show\s+up|start)\b(?![^.?!;]{0,40}\b(?:interview|assessment|round|trial))",
    r"when\s+i(?:'m|\s+am)\s+(?:running|in\s+charge\s+of|leading|managing|heading)\s+(?:this|the|your)\b", r"think\s+of\s+(?:it|this|them|you\s+all)\s+as\s+my\b", r"my\s+new\s+(?:team|colleagues|workmates|manager|boss|desk|office)",
    r"(?:start|begin|kick\s+off)\s+my\s+(?:onboarding|induction)", r"my\s+(?:induction|onboarding|staff\s+discount|staff\s+card)\b", r"(?:pick\s+up|collect)\s+(?:my|the)\s+(?:uniform|contract|keys?|badge|laptop|lanyard)",
    r"staff\s+(?:group\s+)?chat", r"(?:add|put)\s+me\s+(?:to|on|in)\s+(?:the\s+|your\s+)?(?:staff|team|group|whatsapp|slack|mailing|email)", r"(?:ordered|printed|made)\s+(?:\w+\s+){0,2}business\s+cards",
    r"put\s+in\s+my\s+two\s+weeks", r"(?:you\s+can\s+)?tell\s+(?:hr|payroll)\s+to", r"(?:copied|cc'?d|emailed|messaged)\s+your\s+(?:md|boss|manager|ceo|director|head)\b",
    r"(?:a\s+)?formality\s+(?:from\s+here|now|by\s+now|at\s+this\s+(?:stage|point))", r"(?:i'll|i\s+will|i'm\s+going\s+to)\s+assume\s+(?:we're|we\s+are|i've|i\s+have|i'm|i\s+am|you're|it's)",
    r"assume\s+i(?:'ve|\s+have)\s+(?:passed|got|made)", r"(?:so\s+)?i'm\s+in,?\s+(?:right|yeah|yes)\b", r"seal\s+(?:this|it|the\s+deal)", r"i'm\s+guessing\s+(?:the|my)\s+(?:contract|offer)",
    # Pressure: deadlines, ultimatums, chasing, other offers as a threat.
    r"i(?:'ll|\s+will)\s+(?:ring|call|phone|email|chase|text)\s+(?:you|them|your\s+\w+)\s+(?:\w+\s+){0,2}(?:every\s+day|tomorrow|tonight|first\s+thing|daily|until|each\s+day)",
    r"(?:can|could)\s+(?:you|u)\s+(?:just\s+)?(?:tell|let)\s+me\s+(?:know\s+)?(?:now|today|right\s+now|here)", r"(?:don't|do\s+not)\s+(?:like|do)\s+waiting", r"hate\s+waiting",
    r"assume\s+(?:it's|it\s+is|that's|that\s+is|that\s+means)\s+a\s+yes", r"(?:if\s+i\s+(?:don't|do\s+not)\s+hear|unless\s+i\s+hear)\s+(?:back\s+)?(?:from\s+you\s+)?(?:by|before)\b",
    r"(?:i'm|i\s+am)\s+expecting\s+(?:an|the|your)\s+offer", r"(?:let's|let\s+us)\s+not\s+waste", r"needs?\s+to\s+(?:come\s+through|happen|move)\s+(?:quickly|fast|soon|this\s+week)",
    r"(?:shall|can|should)\s+we\s+(?:just\s+)?(?:talk|discuss|sort|agree)\s+(?:about\s+|out\s+)?(?:my\s+)?(?:salary|money|numbers|package|pay|offer|contract|relocation|start\s+date)",
    r"(?:let's|let\s+us)\s+(?:talk|discuss|sort\s+out)\s+(?:about\s+)?my\s+(?:salary|package|relocation|pay|bonus|contract|start\s+date)",
    r"(?:i'm|i\s+am)\s+(?:guessing|assuming|taking\s+it)\s+(?:that\s+)?i(?:'m|\s+am|'ve|\s+have)\s+(?:through|in|got\s+(?:it|the\s+job))",
    r"(?:i'll|i\s+will|i'd|i\s+would)\s+need\s+my\s+own\s+(?:office|desk|room|parking|space)", r"we're\s+(?:basically\s+|pretty\s+much\s+)done\s+here",
    r"(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|noon|the\s+\w+(?:th|st|nd|rd))\b.{0,30}\b(?:otherwise|or\s+(?:i'm|i\s+will|i'll|else)|i'm\s+(?:out|gone|moving\s+on|taking))",
    r"(?:otherwise|or\s+else),?\s+i'm\s+(?:moving\s+on|out|gone|taking)", r"i'm\s+(?:out|gone)(?=\s*(?:$|[.!]))", r"your\s+move", r"yes\s+or\s+no\s*\?", r"low-?ball", r"(?:match|beat)\s+(?:it|that|theirs)\s+and\s+i'm",
    r"wait\s+around", r"short\s+of\s+(?:choices|options|offers)", r"(?:my|a|your)\s+backup(?!\s+(?:plan|copy|generator|system|server|drive|power))", r"(?:every|each)\s+(?:day|couple\s+of\s+days|morning|other\s+day)\s+until", r"until\s+you've\s+made\s+up\s+your\s+mind",
    r"(?:check\s+in|chase)\s+(?:with\s+)?you\s+over\s+the\s+weekend", r"your\s+(?:mobile|personal\s+number)", r"pop\s+(?:in|into|by)\b", r"(?:added|add)\s+your\s+(?:whole\s+)?team", r"(?:ring|call)\s+the\s+hiring\s+manager\s+myself",
    r"(?:please\s+)?(?:do\s+)?hurry", r"hear\s+(?:back\s+)?today", r"(?:skip|leave\s+out|drop|waive)\s+the\s+(?:reference|background|probation)", r"(?:i'll|i\s+will)\s+(?:call|ring|phone)\s+you\s+on\s+\w+day",
    r"how\s+fast\s+can\s+you\s+get\s+(?:an|the|me\s+an)\s+offer", r"drags?\s+(?:on\s+)?(?:past|beyond|into)", r"has\s+until\s+the", r"stop\s+taking\s+calls", r"i\s+don't\s+do\s+long", r"let's\s+say\s+you'll",
    r"need\s+to\s+know\s+by\s+(?:tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday)", r"hate\s+being\s+left\s+hanging", r"(?:make|send)\s+me\s+the\s+offer\s+today",
    r"need\s+your\s+answer\s+by", r"(?:you'll|you\s+will)\s+have\s+to\s+move\s+(?:quick|fast)", r"chasing\s+me", r"(?:yes|answer|decision)\s+before\s+i\s+leave", r"ring\s+me\s+tonight\s+with\s+the\s+offer",
    r"won't\s+be\s+doing\s+a\s+second", r"disappointed\s+in\s+you", r"expect\s+your\s+offer", r"(?:a\s+bit\s+of\s+)?a\s+catch\b", r"(?:realistically\s+)?you\s+can't\s+say\s+no", r"you\s+know\s+i'm\s+the", r"i'm\s+the\s+pick",
    r"give\s+me\s+a\s+number", r"nobody\s+on\s+your\s+shortlist", r"(?:won't|not\s+going\s+to)\s+find\s+anyone\s+with\s+my", r"doing\s+you\s+a\s+favou?r", r"basically\s+a\s+senior", r"expect\s+senior\s+pay",
    r"(?:credentials|record|cv|experience|results)\s+speak\s+for\s+themselves", r"(?:you'd|you\s+would)\s+be\s+mad\s+to", r"(?:you'd|you\s+would)\s+struggle\s+to\s+find\s+(?:better|anyone)", r"(?:isn't|is\s+not)\s+going\s+to\s+happen",
    r"run\s+the\s+\w+\s+from\s+day\s+one", r"free\s+hand\s+with", r"assume\s+i'll\s+have", r"so\s+i\s+got\s+it\b", r"i've\s+worked\s+at\s+much\s+(?:fancier|bigger|better)", r"don't\s+waste\s+time\s+on\s+the\s+rest",
    r"what\s+day\s+am\s+i\s+starting", r"when\s+am\s+i\s+starting",
    r"(?:decide|decision)\s+(?:by|before)\s+(?:tuesday|wednesday|thursday|saturday|sunday|the\s+weekend)", r"give\s+you\s+(?:until|(?:\w+[\s-]){0,2}(?:hours|days)\s+to\s+decide)",
    r"(?:give|tell)\s+me\s+(?:your|the|a)\s+(?:decision|answer)\s+(?:today|now|tonight|right\s+away|by)", r"before\s+i\s+walk\s+out\s+(?:the|that)\s+door", r"(?:not|never)\s+leaving\s+(?:this\s+room|here|the\s+building)\s+(?:without|until)",
    r"\bif\b[^.?!]{0,50},?\s+(?:don't|do\s+not)\s+bother", r"^be\s+quick", r"confirm\s+(?:the|my|your)\s+(?:offer|decision)\s+(?:\w+\s+){0,2}(?:by|tonight|today|now)", r"the\s+minute\s+you\s+decide", r"day\s+or\s+night",
    r"personal\s+(?:mobile|number|phone|cell|email)", r"(?:connect|add\s+you)\s+on\s+(?:all\s+)?(?:the\s+)?socials", r"(?:put|say)\s+a\s+good\s+word\s+in", r"go\s+(?:to\s+your\s+(?:boss|manager|director|ceo)|over\s+your\s+head)",
    r"my\s+(?:\w+\s+)?(?:cousin|uncle|aunt|dad|mum|father|mother|brother|sister|godfather)\s+(?:sits\s+on|is\s+on|runs|knows\s+your|is\s+friends\s+with)\s+(?:the|your)",
    r"(?:settle|sort|agree|finali[sz]e)\s+(?:out\s+)?(?:my|the)\s+(?:salary|pay|package|bonus|equity)\s+(?:now|today|then)", r"(?:let's|let\s+us)\s+talk\s+(?:equity|pay|package|terms|compensation|my\s+\w+)",
    r"(?:not|won't|will\s+not)\s+(?:be\s+)?(?:sign|accept|take|settl)\w*\s+(?:it\s+)?(?:for\s+)?(?:less|anything\s+less|under|below)", r"(?:what's|what\s+is|how\s+much\s+is)\s+my\s+(?:bonus|package|commission|equity|holiday\s+allowance)",
    # Arrogance and demands: nobody else comes close, the doubt is dismissed, terms are dictated.
    r"(?:other|the\s+other)\s+candidates\s+(?:will|won't|wouldn't|can't|couldn't|don't|aren't|are\s+not)\s+(?:\w+\s+)?(?:come\s+close|compare|compete|match|measure\s+up|stand\s+a\s+chance|touch\s+me)",
    r"(?:don't|do\s+not|can't|cannot)\s+see\s+(?:who\s+else|anyone\s+else|how\s+anyone)", r"(?:more|better)\s+than\s+most\s+(?:people|candidates|of\s+them|of\s+your)", r"than\s+most\s+(?:people|candidates)\s+(?:do|have|could|manage)",
    r"(?:and\s+)?i'm\s+sure\s+you\s+know\s+it", r"(?:don't|do\s+not)\s+think\s+you\s+(?:should|need\s+to|will|would)\s+have\s+any", r"you\s+shouldn't\s+have\s+any\s+(?:concerns|doubts|worries|reservations)",
    r"(?:don't|do\s+not)\s+see\s+why\s+(?:we'd|you'd)\s+need",
    r"(?:concern|worry|doubt|question)\s+(?:about\s+(?:\w+\s+){0,3})?(?:is|was)\s+(?:just\s+|simply\s+|completely\s+)?(?:wrong|misplaced|unfounded|silly|baseless)",
    r"let's\s+not\s+get\s+hung\s+up", r"speaks\s+for\s+itself", r"(?:interview|this)\s+(?:was|is)\s+(?:just\s+)?a\s+formality", r"(?:don't|do\s+not)\s+need\s+to\s+explain",
    r"(?:run|do|manage)\s+(?:this|the|your)\s+\w+\s+in\s+my\s+sleep", r"harder\s+jobs\s+than\s+this", r"obvious\s+i'm\s+the", r"needs\s+me\s+more\s+than\s+i\s+need", r"bite\s+my\s+hand\s+off", r"better\s+than\s+half", r"see\s+sense", r"i'm\s+a\s+keeper",
    r"i'm\s+the\s+(?:person|one|guy|woman|man)\s+you\s+(?:want|need)", r"(?:you'd|you\s+would)\s+be\s+making\s+a\s+(?:big\s+|huge\s+)?mistake", r"(?:pretty\s+sure|i\s+think)\s+i\s+nailed", r"am\s+i\s+in\s*\?",
    r"my\s+floor\s+is", r"won't\s+discuss\s+anything\s+below", r"from\s+day\s+one\.\s+i'm\s+not", r"guaranteed\s+in\s+writing", r"put\s+that\s+in\s+the\s+offer", r"non-?negotiable", r"(?:before\s+i'd\s+even|before\s+i\s+even)\s+think\s+about",
    r"(?:comes?|come|get|gets)\s+close\s+to\s+me\b", r"better\s+than\s+(?:anything|all\s+of|most\s+of|your)\b", r"know\s+more\s+(?:about\s+(?:\w+\s+){1,3})?than\s+(?:your|you|anyone|the\s+rest)",
    r"(?:questions|interview|tests?|tasks?)\s+(?:were|was|are|is)\s+(?:a\s+bit\s+|pretty\s+|quite\s+|too\s+|very\s+|rather\s+)?(?:basic|easy|simple|softball)", r"walk\s+in\s+the\s+park", r"step\s+down\s+for\s+me",
    r"(?:someone|people|candidates?|a\s+person)\s+(?:at|of)\s+my\s+level", r"(?:outdo|outperform|outshine|run\s+rings\s+(?:a)?round)\s+(?:your|any|all|the|most)", r"(?:didn't|did\s+not|don't)\s+know\s+what\s+(?:they|he|she)\s+(?:were|was|are|is)\s+doing",
    r"(?:sounds|looks|is)\s+like\s+a\s+(?:mess|shambles|disaster)", r"(?:don't|do\s+not)\s+need\s+(?:some|a|an|any)\s+\w+\s+telling\s+me", r"i'm\s+sure\s+(?:they're|they\s+are|it's|you're|you\s+are)\s+(?:all\s+)?wrong", r"because\s+you\s+shouldn't\b",
    r"no[\s-]brainer\s+for\s+(?:you|them|the\s+\w+)", r"booking\s+me\s+is\s+a", r"(?:silly|mad|crazy|daft|foolish)\s+to\s+(?:go\s+with|pick|choose|hire)\s+(?:someone|anyone|somebody)",
    # Demands with a deadline, stated rather than asked ("decide today", "I'll need a decision
    # within 24 hours"); asking when is next steps.
    r"(?:decide|decision|(?:an?|the|your|my)\s+answer|verdict)\b[^.?!;]{0,30}?\b(?:today|tonight|right\s+now|now|asap|within\s+(?:\d+|a|an|one|two|three|twenty-four|forty-eight|\w+)\s+(?:hours?|days?)|before\s+i\s+(?:leave|go))\b(?![^.?!;]*\?)",
    r"(?:let's|let\s+us|we\s+(?:can|should|could))\s+(?:just\s+)?sign\s+(?:it\s+|this\s+|the\s+contract\s+)?(?:today|now|tonight|right\s+away)", r"(?:or|otherwise)\s+(?:you'll\s+|you\s+will\s+)?regret\s+it",
    r"(?:won't|will\s+not|can't|not\s+going\s+to)\s+wait\s+(?:past|beyond|after|longer\s+than)", r"(?<!if\s)(?<!once\s)(?<!when\s)(?:so\s+)?(?:i'm|i\s+am)\s+hired\b(?!\s*\?)", r"agree\s+(?:that\s+)?i'm\s+hired", r"save\s+us\s+both",
    r"(?:where|which)\s+(?:will|is|would)\s+my\s+(?:desk|office|locker|parking\s+(?:space|spot)|workstation)", r"my\s+relocation\s+package", r"(?:getting|grab|grabbing|have|having)\s+(?:drinks|a\s+drink|a\s+pint)\s+to\s+celebrate", r"celebrat\w*\s+my\s+(?:new\s+job|hire|offer)",
    r"you\s+know\s+you\s+want\s+me", r"(?:you're|you\s+are)\s+the\s+one\s+who\s+should\s+(?:have|be\s+asking)", r"(?:best|greatest|strongest|smartest)\s+(?:hire|decision|candidate|person|thing)\s+you(?:'ve|\s+have|'ll|\s+will)\s+(?:ever\s+)?(?:made|make|had|hired|seen|met)",
    r"(?:just\s+so\s+you\s+know|fyi|heads\s+up),?\s+i\s+(?:have|'ve\s+got|am\s+in|'m\s+in)\s+(?:\w+\s+)?(?:other\s+)?(?:offers?|interviews?|processes)",
    r"(?:self-taught|self\s+taught)\s+and\s+better\s+than",
    # Perks, kit and shifts asked about as already one's own ("what will be my bonus?", "which
    # ute am I getting?").
    r"(?:what|which|when|where|how\s+much)\b[^.?!]{0,25}\bmy\s+(?:bonus|ctc|salary|per\s+diem|cabin|desk|office|locker|laptop|car|vehicle|ute|van|parking|staff\s+(?:travel|discount|card|benefits)|benefits|payday|station|shifts?|classroom(?!\s+record)|routes?|uniform|rota|year-end\s+bonus|equity|commission|allowance)\b",
    r"(?:which|what)\s+(?:[\w-]+\s+){0,2}(?:am\s+i|will\s+i\s+be)\s+(?:getting|given|assigned|on|flying|driving)\b", r"(?:which|what)\s+(?:shifts|routes|station|classroom|cabin|vehicle|locker)\s+(?:r|are|is|will\s+be)\s+mine",
    # Ultimatums and terms dictated.
    r"or\s+i(?:'ll)?\s+(?:walk|go|leave|am\s+going|'m\s+going|stay\s+(?:with|where))\b", r"(?:that's|this\s+is|that\s+is)\s+(?:my\s+condition|not\s+a\s+request|a\s+given)", r"(?:aren't|are\s+not|isn't|is\s+not)\s+negotiable",
    r"you\s+(?:will\s+)?(?:have\s+to|must|'ll\s+have\s+to)\s+(?:match|pay\s+more|top\s+up|beat|better)", r"(?:you\s+have|you've\s+got)\s+until\s+\w+\s+to", r"clock's\s+ticking", r"(?:not\s+taking|won't\s+take|will\s+not\s+take)\s+no\b",
    r"(?:will\s+not|won't)\s+(?:go|leave)\s+until", r"keep\s+asking\s+(?:till|until)", r"unless\s+(?:\w+\s+){1,3}is\s+on\s+the\s+table", r"let's\s+not\s+haggle",
    # Their work run down ("the take-home was pretty trivial", "your menu's kinda dated").
    r"(?:your|the)\s+(?:[\w-]+\s+){0,4}(?:was|were|is|are|looked|looks|seemed|seems|'s)\s+(?:a\s+bit\s+|pretty\s+|quite\s+|kinda\s+|kind\s+of\s+|very\s+|super\s+|too\s+|so\s+|really\s+|rather\s+)?(?:trivial|basic|outdated|dated|old-fashioned|amateurish|cringe|mid|a\s+joke|chaotic|beneath\s+me|for\s+children|a\s+commodity|slow)\b",
    r"could\s+learn\s+a\s+lot\s+from\s+me", r"(?:i\s+)?(?:could've|could\s+have)\s+(?:made|done|written)\s+a\s+better\s+one",
    # Contact and closeness pressed on the interviewer.
    r"(?:your|ur)\s+(?:whatsapp|handphone|private\s+(?:phone|number)|instagram|insta)\b", r"add\s+you\s+on\s+(?:instagram|insta|facebook|snapchat|tiktok|whatsapp)", r"give\s+(?:us|me)\s+your\s+(?:number|mobile)",
    # Telling the world, settling it, flattering for a yes.
    r"(?:tell|let)\s+(?:the\s+)?(?:crew|team|students|kids|class)\s+(?:know\s+)?(?:that\s+)?(?:their|i'm\s+their)\s+new", r"see\s+(?:you|u)\s+(?:on|at|in)\s+(?:my\s+first|the\s+training)", r"we\s+(?:have|'ve\s+got)\s+(?:an\s+)?agreement",
    r"(?:so\s+)?we(?:'re|\s+are)\s+settled", r"(?:that's|that\s+is)\s+settled", r"already\s+(?:planned|drafted|prepared)\s+(?:out\s+)?my\b", r"(?:hand|give)\s+me\s+an\s+apron",
    r"i(?:'m|\s+am)\s+sure\s+you(?:'ll|\s+will)\s+(?:make\s+the\s+right\s+decision\s+and\s+)?(?:select|choose|pick|hire)\s+me", r"(?:know|sure|correct)\b[^.]{0,20}\byou\s+(?:will\s+|'ll\s+)?choose\s+me",
    # Other candidates run down, the doubt waved away.
    r"(?:other|the\s+other)\s+(?:candidates|applicants|girls|guys|people|ppl|apprentices)\b[^.]{0,40}\b(?:not\s+(?:serious|really)|pocket\s+money|(?:don't|do\s+not)\s+even|material)\b", r"i\s+doubt\s+the\s+other", r"(?:miles|streets|light\s*years)\s+ahead\s+of", r"in\s+the\s+same\s+league",
    r"(?:a\s+)?dumb\s+worry", r"hardly\s+rocket\s+science", r"textbook\s+stuff", r"(?:don't|do\s+not)\s+stress\s+about\s+it", r"box-ticking", r"easy,\s+everybody\s+can",
    # Overfamiliarity.
    r"grab\s+a\s+(?:pint|drink|beer)", r"(?:we're|we\s+are)\s+(?:going\s+to|gonna)\s+get\s+on", r"(?:we're|we\s+are)\s+already\s+friends", r"go\s+easy\s+on\s+me", r"(?:star|mate|love|hun|babe),?\s+(?:love|mate)?\.?\s*text\s+me", r"text\s+me\s+when", r"we're\s+friends\s+now", r"tell\s+the\s+big\s+boss",
    r"salary\s+should\s+reflect", r"(?<!think\s)(?<!you\s)(?<!if\s)(?<!worried\s)(?<!concerned\s)(?<!that\s)(?:i'm|i\s+am)\s+(?:probably\s+|clearly\s+|obviously\s+|definitely\s+)?overqualified", r"of\s+my\s+standing", r"expect\s+an\s+offer\s+within", r"tell\s+your\s+(?:boss|manager|director)\s+i'm\s+the",
    r"make\s+a\s+liar\s+of\s+me", r"handing\s+my\s+notice\s+in", r"(?:this\s+week|today|tomorrow|tonight)\s+or\s+i'm\s+(?:taking|going|gone|out|accepting)", r"shall\s+i\s+come\s+in\s+(?:on\s+)?\w+day",
    r"shall\s+i\s+(?:just\s+)?stay\s+and", r"(?:sure|assume|assuming)\s+(?:it's|this\s+is|that's)\s+(?:just\s+)?a\s+formality",
    r"at\s+my\s+level\s+i\s+(?:don't|do\s+not)\s+need\s+to", r"you've\s+seen\s+the\s+cv", r"(?:chaired|run|delivered|done|managed)\s+bigger\s+\w+\s+than\s+this", r"(?:you\s+)?(?:don't|do\s+not)\s+need\s+to\s+worry\s+about\s+me",
    r"(?:we\s+will|we'll)\s+be\s+(?:good\s+)?friends", r"(?:my\s+)?friend,\s+you\s+are", r"pint\s+on\s+\w+", r"once\s+i'm\s+in\b", r"i'll\s+ring\s+(?:tomorrow|again)", r"(?:ring|call)\s+(?:\w+\s+){0,2}to\s+chase",
    r"(?:laptop|phone|badge)\s+on\s+day\s+one", r"\b(?:sweetheart|darling)\b", r"snap\s+me\s+up", r"in\s+writing\s+by\s+\w+day", r"you\s+know\s+as\s+well\s+as\s+i\s+do", r"people\s+i'll\s+be\s+working\s+with",
    r"(?:things\s+)?i'd\s+change\s+in\s+my\s+first\s+(?:week|month)", r"(?:permit|pass|badge)\s+from\s+the\s+start", r"expecting\s+to\s+hear\s+by", r"assume\s+(?:the\s+)?\w+\s+(?:are|is)\s+(?:just\s+)?a\s+formality", r"more\s+of\s+a\s+chat,?\s+really",
    r"(?:easy|quite\s+easy)\s+to\s+manage", r"someone\s+as\s+experienced\s+as\s+me", r"can\s+i\s+call\s+you\s+\w+\s*\?", r"old\s+friends", r"bought\s+the\s+\w+\s+for\s+the\s+uniform", r"i'll\s+be\s+chasing",
    r"can't\s+think\s+of\s+a\s+reason\s+you\s+wouldn't", r"quite\s+popular", r"get\s+an\s+offer\s+out\s+quickly", r"(?:email|send)\s+over\s+my\s+start\s+date", r"surprised\s+you're\s+still\s+interviewing",
    r"(?:don't|do\s+not)\s+(?:really\s+)?do\s+second\s+interviews", r"wrap\s+this\s+up\s+today",
    r"assume\s+the\s+offer\s+is", r"skip\s+the\s+(?:panel|interview|second|next|rest|final)", r"seen\s+enough\s+to\s+(?:make|offer|hire)", r"told\s+(?:my\s+)?\w+\s+i\s+got\s+(?:this|it|the\s+job)", r"don't\s+let\s+me\s+down",
    r"ready\s+for\s+tomorrow", r"when\s+i\s+can\s+start", r"obvious\s+(?:that\s+)?i\s+am\s+(?:the\s+)?best", r"(?:don't|do\s+not)\s+(?:think\s+i\s+)?need\s+another\s+interview", r"tell\s+me\s+the\s+result\s+now", r"i\s+will\s+resume",
    r"tell\s+my\s+current\s+employer", r"this\s+one's\s+basically\s+done", r"for\s+when\s+i\s+join", r"push\s+my\s+paperwork", r"other\s+candidates\s+(?:they\s+)?can\s+go\s+home",
    # Boasting over everyone else: the most qualified, too good for it, nobody in my league.
    r"(?:i'm|i\s+am)\s+(?:\w+\s+)?(?:easily|by\s+far|clearly|obviously|undoubtedly|definitely)\s+the\s+most\s+(?:qualified|experienced|capable|talented|skilled)",
    r"(?:i'm|i\s+am)\s+(?:\w+\s+){0,2}too\s+good\s+for", r"(?:not|aren't|isn't|aint|ain't)\s+in\s+my\s+league", r"with\s+my\s+eyes\s+(?:closed|shut)",
    r"(?:the\s+)?easiest\s+(?:decision|hire|call|choice)\s+you", r"(?:can't|cannot|couldn't|won't)\s+touch\s+(?:my|me)\b",
    r"(?:other|the\s+other)\s+(?:applicants|candidates)\s+(?:\w+\s+)?(?:won't|wont|will\s+not|don't|dont|can't|cant)\s+have\s+(?:my|anything\s+like|half)",
    r"waste\s+your\s+(?:\w+\s+)?(?:time|afternoon|morning|day|energy|week)\s+on\s+(?:the\s+)?(?:rest|others|anyone|other)",
    r"(?<!do\s)(?<!would\s)(?<!if\s)you\s+want\s+me(?!\s+to\b)(?=\s*(?:[.!]|$))",
    # Pressing for the decision: sit on it, make the call now, the deadline for the start.
    r"(?:don't|do\s+not)\s+sit\s+on\s+(?:this|it|my\s+application)", r"make\s+(?:the|a|your)\s+(?:call|decision)\s+(?:now|today|right\s+now|here|on\s+the\s+spot|while\s+i'm)",
    r"decide\s+this\s+(?:week|afternoon|morning|evening)", r"(?:i'm|i\s+am)\s+(?:\w+\s+){0,3}in\s+(?:high\s+|great\s+|hot\s+)?demand", r"(?:(?<!if\s)you|just)\s+(?:said|say)\s+yes\s+(?:now|today|right\s+now)",
    r"offer\w*\s+(?:it\s+|the\s+\w+\s+)?(?:to\s+)?me\s+(?:\w+\s+)?(?:right\s+now|on\s+the\s+spot)", r"start\w*\s+[^.?!]{0,40}\bat\s+the\s+latest", r"confirm\s+(?:it|the\s+offer|that)\s+before\s+i\b",
    # Acting as if it were settled: the paperwork left, learning names, moving house, the new manager.
    r"(?:that|this|which)\s+settles\s+it\b", r"just\s+(?:the\s+)?(?:paperwork|formalities|a\s+formality)\s+(?:now|left|from\s+here|to\s+go)", r"(?:learning|learn)\s+(?:every(?:body|one)'s|all\s+(?:the|your)\s+\w+)\s+names",
    r"told\s+my\s+(?:partner|wife|husband|family|kids|girlfriend|boyfriend|mum|dad|parents)\s+(?:that\s+)?we're\s+(?:moving|relocating)",
    r"(?:she'll|he'll|they'll|you'll)\s+be\s+my\s+(?:new\s+)?(?:manager|boss|line\s+manager|supervisor|colleagues?|team)\b", r"(?:what|which)\s+size\s+(?:\w+\s+)?(?:will|do|should|shall)\s+i\s+need",
    r"skip\s+(?:most|all|much|the\s+bulk)\s+of\s+(?:it|the\s+(?:onboarding|training|induction))",
    r"(?:in|on|during|within)\s+my\s+first\s+(?:week|day|shift|month|fortnight|morning)\s*,?\s+(?:i'm|i\s+am|i'll|i\s+will)\s+(?:be\s+)?(?:re\w+ing|overhaul\w*|scrap\w*|chang\w*|replac\w*|sort\w*\s+out|fix\w*|clear\w*\s+out)",
    r"(?:as\s+soon\s+as|the\s+moment|the\s+minute|once)\s+i'm\s+through\s+the\s+door", r"(?:i'll|i\s+will)\b[^.?!]{0,60}\bwithin\s+a\s+(?:fortnight|week|month)\s+of\s+(?:starting|joining|arriving)",
    r"when\s+i\s+start,\s+(?:the|your)\s+\w+\s+(?:are|is)\s+(?:moving|going|changing)",
    # Dictating terms and going round the interviewer.
    r"i'll\s+only\s+(?:take|accept|sign|join|come)\b[^.?!]{0,30}\bif\b", r"put\s+me\s+on\s+\w+\s+only", r"(?:bonus|salary|pay|relocation|package)\s+(?:has|have|needs?|will\s+need)\s+to\s+be\s+(?:paid|upfront|higher|doubled|in\s+writing|at\s+least)",
    r"budget\s+for\s+(?:them|him|her|my)\b", r"(?:text|ring|call|phone|message|whatsapp)\s+you\s+(?:tonight|later|this\s+evening|tomorrow\s+morning)\s+to\s+(?:find\s+out|see|check|hear|ask)",
    r"(?:write|email|go|talk)\s+(?:to\s+)?(?:her|him|them|your\s+(?:boss|manager|director|head|ceo))\s+directly",
    r"not\s+that\s+(?:i\s+can\s+imagine\s+(?:there|you|any)|there\s+(?:are|could\s+be|would\s+be|should\s+be)\s+any)\b",
    # Running down their people or their work ("your website is embarrassing").
    r"(?:your|the\s+previous|the\s+last|the\s+current)\s+(?:[\w-]+\s+){0,3}(?:is|are|was|were|seems?|looks?)\s+(?:a\s+bit\s+|quite\s+|really\s+|pretty\s+|so\s+|just\s+|frankly\s+|honestly\s+|very\s+)?"
    r"(?:embarrassing|hopeless|useless|dated|outdated|a\s+mess|a\s+shambles|junior|lazy|amateurish|amateur|terrible|awful|rubbish|clueless|sloppy|incompetent|a\s+joke|a\s+disgrace)\b",
    r"made\s+a\s+(?:right\s+|real\s+|total\s+)?mess\s+of", r"should\s+be\s+ashamed", r"(?:wouldn't|would\s+not|won't)\s+last\s+a\s+day", r"child's\s+play",
    # Terms laid down as conditions of accepting.
    r",?\s+or\s+(?:it's\s+a\s+no|i'm\s+not\s+(?:interested|coming|taking\s+it)|no\s+deal)\b", r"(?:have|need)\s+to\s+(?:fit|work)\s+(?:round|around)\s+(?:me|that|my)\b",
    r"that's\s+a\s+must\b", r"(?:that's|that\s+is)\s+not\s+my\s+job", r"now\s+or\s+never",
    # Boasting that the place would be lucky.
    r"(?:honoured|honored|lucky|privileged)\s+to\s+have\s+me", r"miss\s+out\s+on\s+me", r"(?:i've|i\s+have)\s+earned\s+(?:it|this|the\s+job)", r"snapped\s+me\s+up",
    r"better\s+at\s+[\w-]+(?:\s+[\w-]+)?\s+than\s+(?:anyone|everyone|any\s+of|all\s+of)", r"carrying\s+(?:this|the|your)\s+(?:whole\s+)?team", r"teach\s+(?:your|the)\s+(?:\w+\s+)?a\s+thing\s+or\s+two",
    r"you've\s+seen\s+enough", r"(?:we\s+both|you)\s+know\s+how\s+this\s+(?:ends|goes|will\s+go)",
    r"so\s+it'?s\s+a\s+yes", r"doing\s+the\s+paperwork\s+(?:now|today)", r"what\s+(?:do\s+)?i\s+need\s+to\s+sign", r"(?:i'm|i\s+am)\s+your\s+(?:hire|candidate|pick|next\s+\w+)\b",
    r"(?:nobody|no\s+one)\s+(?:you\s+)?(?:\w+\s+){0,2}(?:will|would|could|can)\s+do\s+(?:this|it)\s+better\s+than\s+me", r"(?:i'd|i\s+would)\s+expect\s+(?:one|an\s+offer)\b",
    r"better\s+than\s+whoever", r"for\s+when\s+i\s+start\b"
)

RES_NOUN = _rx(
    r"reservations?", r"concerns?", r"doubts?", r"hesitations?", r"hesitancy", r"hesitant", r"hesitate", r"worr(?:y|ies|ied)", r"red\s+flags?",
    r"gaps?(?!\s+between\s+(?:the|an?)\s+(?:offer|interview|rounds?|stages?|start|decision))", r"weakness(?:es)?", r"pause", r"misgivings?", r"question\s+marks?", r"reluctan\w+", r"apprehensions?", r"uncertaint\w+",
    r"reserve", r"objections?", r"holding\s+you\s+back", r"(?:does|would|will)\s+it\s+matter\s+that\s+(?:i|i've|i'm|i'd|my)\b", r"(?:going\s+to\s+be|be|is|as)\s+(?:a|an)\s+(?:\w+\s+)?(?:issue|problem|dealbreaker|deal-breaker|obstacle|sticking\s+point)\b", r"a\s+must[\s-]have(?![\s-]+\w)", r"put(?:ting|s)?\s+you\s+off", r"hold\s+you\s+back", r"keep\s+you\s+from", r"stop\s+you\s+from", r"prevent\s+you",
    r"lacking", r"fall(?:s|ing)?\s+short", r"fell\s+short", r"short\s+of", r"struggle", r"not\s+(?:the\s+)?(?:right|best|strongest)\s+fit",
    r"any\s+issues?", r"what\s+issues?", r"issues?\s+(?:with|about)\s+(?:me|my|hiring)", r"areas?\s+(?:of|for|where)\s+(?:improvement|concern|growth|development|i)",
    r"(?:weak|weaker|weakest)\s+(?:points?|spots?|areas?)", r"(?:risk|risks)\s+(?:in|of|with)\s+(?:hiring|bringing|me)", r"(?:concerned|worried|unsure|uneasy|skeptical|sceptical)\s+about",
    r"anything\s+(?:missing|lacking)", r"(?:am\s+i|i'm|i\s+am)\s+(?:still\s+)?missing\b", r"(?:missing|lacking)\s+(?:from|in)\s+my", r"less\s+(?:than\s+)?(?:convinced|sure)", r"(?:could|might|would)\s+(?:give\s+you\s+pause|make\s+you\s+hesitate)",
    r"(?:clear|clarify|address|allay|ease|put\s+to\s+rest|resolve)\s+(?:up\s+)?(?:anything|any|something|that|those|them)", r"hiring\s+me", r"about\s+(?:my|me)\s+(?:background|experience|fit|candidacy|profile|application|being)",
    r"think\s+i(?:'d|\s+would|\s+might)\s+(?:struggle|find\s+(?:hard|difficult)|need\s+(?:to\s+)?(?:work|improve|grow|support))", r"(?:where|what)\s+(?:do\s+)?you\s+(?:think|see|feel)\s+i(?:'m|\s+am|\s+might\s+be|'d\s+be)?\s+(?:weak|lacking|short|less)",
    r"see\s+more\s+(?:of|from\s+me)", r"reasons?\s+(?:not\s+to|to\s+not)\s+(?:hire|choose|pick|offer|take)", r"(?:ideal|perfect|right|successful)\s+(?:candidate|person|hire)\s+(?:\w+\s+)?(?:have|has|bring|brings)\s+that\s+i",
    r"(?:haven't|have\s+not|didn't|did\s+not)\s+(?:i\s+)?(?:yet\s+)?(?:convinced|persuaded|shown|proven|proved)", r"least\s+(?:like|well|strong|suited|ready|sure|convinced)", r"(?:come\s+out|fall|rank|score)\s+(?:the\s+)?(?:worst|weakest|lowest|behind)",
    r"(?:concerned|worried|nervous)\s+that\s+(?:i(?:'\w+)?|my)", r"more\s+(?:convinced|confident|sure)\s+(?:about|of)", r"(?:thinnest|weakest)", r"instead\s+of\s+me", r"(?:meet|match|fit)\s+(?:\w+\s+)?least", r"(?:see|seen)\s+from\s+me", r"you(?:'re|\s+are)\s+(?:still\s+)?(?:not|less)\s+(?:so\s+)?(?:sure|certain|convinced)", r"you(?:'re|\s+are)\s+(?:still\s+)?unsure", r"(?:make|making)\s+me\s+(?:a\s+)?(?:stronger|better)\s+(?:candidate|fit)", r"(?:not|n't)\s+(?:sure|convinced)\s+(?:about|of)\s+me",
    r"(?:stop|keep|prevent|hold)\s+you(?:\s+back)?\s+(?:from\s+)?\w+ing", r"(?:keep|keeping|kept|stop|stopping|prevent|preventing|hold|holding)\s+you\s+(?:back|from)",
    r"(?:make|makes|made|making)\s+you\s+(?:say\s+no|doubt|hesitate|pause|nervous|uneasy|worried|unsure|think\s+twice)", r"push\s+back\s+on\s+(?:me|my)", r"(?:my|the)\s+lack\s+of",
    r"least\s+(?:sure|convinced|confident|comfortable|certain)", r"question\s+about\s+me", r"not\s+enough\s+for\s+you", r"tick\s+(?:every|all\s+the|all\s+your)\s+box(?:es)?",
    r"missed\s+anything", r"am\s+i\s+what\s+you", r"(?:ok|okay|fine|alright)\s+with\s+my", r"deal\s*-?\s*breaker", r"rule\s+me\s+out", r"weak\s+(?:spots?|points?|areas?|side)",
    r"(?:be|being)\s+(?:an?\s+|too\s+(?:much\s+of\s+)?(?:an?\s+)?)?(?:issue|problem|concern|obstacle|barrier|sticking\s+point|worry|hurdle)\s*(?:\?|for\s+(?:you|the\s+(?:team|panel|role))|$)", r"reasons?\s+(?:you|why\s+you|i|why\s+i)\s+(?:wouldn't|would\s+not|might\s+not|won't|couldn't|shouldn't|may\s+not)", r"stopping\s+you", r"think\s+twice", r"on\s+the\s+fence",
    r"weak(?:er|est)", r"(?:wouldn't|would\s+not|might\s+not|may\s+not)\s+be\s+(?:a\s+)?(?:good|great|right|strong|the\s+right)\s+(?:fit|hire|choice)", r"hold\s+me\s+back",
    r"(?:i'm|i\s+am|i\s+might\s+be|i\s+may\s+be)\s+(?:still\s+)?missing", r"(?:be|feel|are|were)\s+(?:more\s+|fully\s+)?(?:convinced|confident|comfortable|sure)\s+(?:about\s+me|that\s+i|i(?:'m|\s+(?:could|can|would|am)))",
    r"mind\s+at\s+(?:rest|ease)", r"(?:need|want|like)\s+to\s+see\s+(?:from\s+me|more)(?=.*\b(?:confident|convinced|comfortable|sure|reassured|doubt\w*|hire|offer|right\s+(?:person|fit|hire))\b)", r"(?:feel|felt|seem|seems|look|looks)\s+(?:a\s+bit\s+)?(?:thin|weak|light|lacking|short)",
    r"(?:still\s+)?unsure\s+(?:about|of)", r"unconvinced", r"(?:any|what)\s+(?:questions?|doubts?)\s+(?:do\s+you\s+)?(?:still\s+)?(?:have\s+)?about\s+(?:me|my|whether)",
    r"(?:problem|issue|dealbreaker|deal\s*breaker|obstacle|barrier|sticking\s+point|drawback|downside)s?\s+(?:with|about|for|in)\s+(?:me|my|hiring)",
    r"(?:my|me)\b.{0,50}\b(?:be|is|being)\s+(?:a|an)\s+(?:problem|issue|concern|dealbreaker|deal\s*breaker|obstacle|barrier|sticking\s+point)",
    r"(?:anything|something)\b.{0,40}\b(?:clarify|clear\s+up|address|explain|missing|not\s+good|wrong|weak\w*|lacking|on\s+the\s+fence|twice)", r"(?:second|other)\s+thoughts", r"(?:pushback|push\s+back)",
    r"where\s+(?:i|my\s+\w+)\s+(?:could|can|need\s+to|should|might)\s+(?:improve|grow|be\s+stronger)", r"(?:any|some|your|what)\s+feedback\s+(?:do\s+you\s+have\s+)?(?:for|on|about)\s+(?:me|my)",
    r"(?:didn't|did\s+not)\s+(?:land|convince|come\s+across|sit\s+well)", r"fell\s+flat", r"did\s+i\s+miss\s+anything", r"(?:improve|strengthen)\s+my\s+(?:candidacy|application|chances)",
    r"bother(?:s|ing)?\s+(?:you|u)", r"put\s+(?:you|u)\s+off", r"need\s+from\s+me\s+to\s+(?:feel|be)\s+(?:more\s+)?(?:sure|confident|comfortable)", r"anything\s+(?:about|in)\s+(?:me|my)\b",
    r"(?:makes?|made)\s+you\s+think\s+i(?:'m|\s+am)?\s+(?:not|wouldn't|couldn't|can't)", r"not\s+(?:the\s+)?right\s+(?:for|person|candidate)", r"(?:is|are|was)\s+(?:\w+\s+)?enough\s+for\s+(?:the|this|a)", r"stopping\s+me\s+from",
    r"least\s+(?:\w+\s+)?(?:relevant|convincing|confidence|confident|strong|impressive|ready|experienced|prepared)", r"(?:needs?|need)\s+(?:the\s+)?most\s+(?:work|improvement|development)", r"(?:need|needs|needing)\s+(?:\w+\s+)?catching\s+up", r"catch\s+up\s+on",
    r"raised\s+(?:questions|eyebrows|concerns|flags|doubts)", r"(?:didn't|did\s+not)\s+(?:quite\s+)?(?:land|convince|impress|click|come\s+across)", r"how\s+far\s+off", r"(?:don't|do\s+not|doesn't)\s+(?:yet\s+|quite\s+)?tick",
    r"(?:not|n't)\s+(?:yet\s+|quite\s+)?(?:ready|there)\b", r"too\s+(?:junior|senior|young|old|inexperienced|green|new|experienced)", r"(?:over|under)qualified", r"count\s+against\s+me", r"(?:hold|held|holding)\s+me\s+back",
    r"lack(?:ing|s)?\b", r"struggl\w+", r"risky\s+(?:hire|choice|bet|appointment)", r"reasons?\s+not\s+to", r"soft\s+spots?", r"insufficient", r"scrutiny", r"extra\s+(?:support|training|help)",
    r"(?:need|needs)\s+to\s+improve", r"improve\s+(?:on|before)", r"to\s+your\s+satisfaction", r"left\s+you\s+(?:unsure|uncertain|doubtful|worried|hesitant|cold|unconvinced)", r"not\s+match(?:ing)?", r"not\s+enough\s+\w+",
    r"go\s+hmm", r"devil's\s+advocate", r"points?\s+would\s+you\s+raise", r"(?:turned\s+down|rejected|don't\s+get\s+(?:the|an)\s+offer|doesn't\s+go\s+through|(?:said|says|say)\s+no)\b", r"not\s+(?:pick|choose|hire|select)\s+me", r"trouble(?!,?\s+(?:might|may|could|can|would|if|to))(?<!too\smuch\strouble)", r"(?:pick|choose|hire|go\s+with)\s+(?:someone|somebody|another\s+(?:candidate|person))\s+(?:else\s+)?(?:over|instead\s+of)\s+me",
    r"tip\s+them", r"(?:want|need)\s+(?:\w+\s+)?stronger", r"(?:is|be)\s+(?:\w+[,\s]+){0,4}(?:an?\s+)?(?:problem|issue|obstacle|dealbreaker|drawback)\b", r"worrying\s+(?:you|u)",
    r"(?:feel|think)\s+i(?:'m|\s+am|'d\s+be|\s+would\s+be)\s+(?:a\s+)?(?:good|right|strong|great)\s+(?:fit|match|hire|choice)", r"(?:comfortable|happy|ok|okay)\s+with\s+my\s+(?:background|experience|cv|profile|application)", r"confident\s+(?:that\s+)?i\s+(?:could|can|would)",
    r"weak\s+for\s+you", r"(?:is|are|seems?|looks?)\s+(?:a\s+bit\s+)?weak\b", r"(?:don't|do\s+not)\s+think\s+i(?:'m|\s+am)\s+(?:ready|right|strong|experienced|qualified|suited)", r"(?:will|would|might|could)\s+question\b",
    r"(?:want|need|like)\s+me\s+to\s+(?:strengthen|improve|work\s+on|develop|brush\s+up)",
    r"(?:don't|do\s+not)\s+like\s+about\s+me", r"(?:doesn't|does\s+not|don't|do\s+not)\s+(?:quite\s+)?(?:match|fit|meet)\s+(?:what\s+you|your)", r"i\s+(?:need|have)\s+to\s+improve"
)
RES_CLOSED = re.compile(
    r"^(?:(?:so|and|but|also|okay|ok|well|um+|uh+|oh|just|lastly|finally|before\s+we\s+wrap\s+up|before\s+i\s+go)[,]?\s+)*"
    r"(?:do|does|did|would|will|are|is|was|were|have|has|can|could|might|may|any|anything|is\s+there|are\s+there|was\s+there|do\s+you|would\s+you|could\s+you\s+think|can\s+you\s+think|any\s+chance|by\s+any\s+chance|if\s+you\s+have\s+any|if\s+there(?:'s|\s+is|\s+are)\s+any|i\s+(?:was\s+)?(?:wondering|wonder)\s+if|i'm\s+wondering\s+if|i\s+(?:would\s+like|'d\s+like|want)\s+to\s+know\s+if|i'd\s+love\s+to\s+know\s+if|just\s+wondering\s+if|let\s+me\s+know\s+if|please\s+let\s+me\s+know\s+if|tell\s+me\s+if|i'm\s+curious\s+if|curious\s+if|hopefully\s+(?:you|there)|i\s+hope\s+(?:you|there)|there\s+(?:isn't|aren't|is\s+no|are\s+no|are|is))\b"
)
RES_OPEN = _rx(
    r"what(?:'s|\s+is|\s+are|\s+would\s+be|\s+might\s+be|\s+could\s+be|\s+were)?\s+(?:\w+\s+){0,4}(?:reservations?|concerns?|doubts?|hesitations?|hesitancy|worr(?:y|ies)|red\s+flags?|gaps?|weakness(?:es)?|misgivings?|question\s+marks?|reluctan\w+|apprehensions?|objections?|issues?|reserve|uncertaint\w+|risks?|weak\s+(?:points?|spots?|areas?)|areas?)",
    r"what\s+(?:\w+\s+){0,5}(?:worries|concerns|gives\s+you\s+pause|is\s+giving\s+you\s+pause|would\s+give\s+you\s+pause|might\s+give\s+you\s+pause|holds?\s+you\s+back|is\s+holding\s+you\s+back|would\s+hold\s+you\s+back|might\s+hold\s+you\s+back|makes?\s+you\s+hesitate|would\s+make\s+you\s+hesitate|might\s+make\s+you\s+hesitate|would\s+(?:keep|stop|prevent)\s+you|might\s+(?:keep|stop|prevent)\s+you|could\s+(?:keep|stop|prevent)\s+you|(?:would|might|could)\s+make\s+you\s+(?:doubt|say\s+no|pass|hesitate)|do\s+you\s+(?:see|think)\s+(?:i'm|i\s+am|i\s+might|i'd|i\s+would|is|are)\s+(?:\w+\s+){0,2}(?:missing|lacking|weak|short|struggle)|(?:am|might)\s+i\s+(?:be\s+)?(?:missing|lacking))",
    r"what(?:,|\s+)\s*if\s+anything", r"(?:which|what)\s+(?:parts?|areas?|aspects?|bits?)\s+(?:of\s+(?:my|me))?",
    r"(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+|maybe\s+|possibly\s+|perhaps\s+|just\s+)?(?:share|tell\s+me|walk\s+me\s+through|talk\s+me\s+through|let\s+me\s+know|be\s+(?:candid|honest|frank|open|straight)\s+(?:about|with\s+me\s+about)|describe|explain|outline|name|give\s+me|lay\s+out|point\s+out|identify|help\s+me\s+understand|spell\s+out|list)(?!\s+(?:me\s+)?if\b)",
    r"(?:please|kindly|do)\s+(?:share|tell\s+me|let\s+me\s+know|walk\s+me\s+through|be\s+(?:candid|honest|frank)|point\s+out|do\s+the\s+needful)(?!\s+(?:me\s+)?if\b)",
    r"(?:i'd|i\s+would|i)\s+(?:really\s+)?(?:like|love|appreciate|welcome|value)\s+(?:to\s+hear(?!\s+(?:if|whether))|to\s+know(?!\s+(?:if|whether))|to\s+understand|it\s+if\s+you\s+(?:could\s+|would\s+)?(?:share|told|tell|walked|shared)|you\s+to\s+(?:share|tell|walk)|your\s+(?:honest\s+|candid\s+)?(?:feedback|thoughts|view|take|read|perspective)\s+on|hearing|your\s+(?:honest\s+|candid\s+)?(?:reservations|concerns|doubts|feedback))",
    r"(?:where|how)\s+(?:do|would|might)\s+you\s+(?:see|think|feel)", r"where\s+(?:do\s+)?(?:i|my)\s+(?:fall|fell|come|came)\s+short",
    r"tell\s+me\s+(?:\w+ly\s+)?(?:about\s+)?(?:your|the|any|what|which|where|how)",
    r"(?:if\s+you\s+(?:could|would|can|might)|you\s+(?:could|can|might))\s+(?:please\s+|kindly\s+)?(?:share|tell\s+me|walk\s+me|let\s+me\s+know\s+(?!if)|point\s+out|be\s+(?:candid|honest|frank)|outline|describe|explain|name|list|spell\s+out|identify|articulate)",
    r"(?:could|would|can|will)\s+you\s+(?:be\s+willing\s+to|mind)\s+(?:tell|telling|share|sharing|nam|list|outlin|explain)\w*\s+(?:me\s+)?(?:what|which|where|how|your|the)", r"(?:could|would|can|will)\s+you\s+give\s+me\s+(?:a\s+sense|an\s+idea|a\s+feel|a\s+picture)\s+of",
    r"(?:ask|prevail\s+upon|invite|trouble)\s+you\s+to\s+(?:articulate|name|share|outline|tell|spell|list|identify|describe)",
    r"(?:happy|glad|keen|open|eager|ready|here)\s+to\s+(?:hear|know|discuss|talk\s+(?:about|through)|listen\s+to)",
    r"what(?:'s|\s+is|\s+are)?\s+(?:\w+\s+){0,3}(?:making|giving|causing)\s+you", r"what\s+(?:would|might|could)\s+(?:it|that|they|those)\s+be",
    r"what\s+(?:\w+\s+){0,3}(?:would|do|could|might)\s+(?:i|you)\s+(?:need|have|want)\s+to\s+(?:see|show|do|hear|prove)",
    r"what\s+(?:are|were)\s+you\s+(?:still\s+)?(?:unsure|uncertain|worried|concerned|hesitant)", r"(?:rather|prefer\s+to)\s+hear", r"what\s+are\s+they", r"what\s+would\s+(?:you|it|that)\s+(?:say|be)",
    r"help\s+me\s+understand", r"hit\s+me\s+with", r"(?:kindly|please)\s+explain", r"(?:walk|talk)\s+me\s+through", r"(?:share|tell)\s+(?:with\s+me\s+)?(?:your|the|what|those|them|whatever)",
    r"(?:i\s+)?(?:want|need|wanted)\s+to\s+(?:hear|know|understand)\s+(?:your|the|what|where|which|about)", r"(?:be|go\s+ahead\s+and\s+be)\s+(?:brutally\s+)?(?:honest|candid|frank)\s+(?:with\s+me)?",
    r"how\s+(?:do|would)\s+you\s+(?:feel|view|see)\s+(?:about\s+)?(?:my|me)", r"i'm\s+(?:curious|keen|eager|interested)\s+(?:to\s+(?:hear|know|understand)|about|what|where|which)",
    r"what\s+(?:would|do|could|might)\s+(?:i|you)\s+(?:need|want|like)\s+(?:to\s+see|me\s+to)", r"what\s+(?:questions|reservations)\s+(?:do\s+you\s+)?(?:still\s+)?have\s+about",
    r"what\s+(?:do\s+you\s+think|would\s+you\s+say)\s+(?:i|i'd|i\s+would|would)\s+(?:struggle|find\s+(?:hard|difficult|tough)|need)",
)

DISPUTE = _rx(
    r"(?:i\s+)?(?:don't|do\s+not)\s+(?:really\s+|actually\s+)?(?:think|believe|see\s+(?:how|why|that))\s+(?:that(?:'s|\s+is|\s+would|\s+will|\s+should)?|it(?:'s|\s+is|\s+would|\s+will|\s+should|\s+matters)?|this(?:'s|\s+is|\s+would|\s+will)?|a\s+degree|the\s+degree|my\s+\w+|(?:\w+\s+){0,3}(?:matters|is\s+(?:an?\s+)?(?:issue|problem|relevant|necessary|needed|important|required)|should))",
    r"(?:doesn't|does\s+not|don't|do\s+not|won't|will\s+not|wouldn't)\s+(?:really\s+|actually\s+)?matter", r"(?:isn't|is\s+not|wasn't|not|aren't|shouldn't\s+be)\s+(?:really\s+|actually\s+|even\s+|that\s+)?(?:an?\s+)?(?:issue|problem|concern|big\s+deal|relevant|necessary|needed|important|required|a\s+real\s+gap|a\s+gap|weakness|a\s+weakness|true|fair|accurate|the\s+point|a\s+factor)",
    r"(?:every|all|any)\s+(?:\w+\s+)?(?:is|are)\s+(?:the\s+same|basically\s+the\s+same|alike)", r"(?:wouldn't|would\s+not|don't|do\s+not)\s+call\s+it\s+a\s+(?:gap|weakness|problem|issue)", r"not\s+that\s+i\s+(?:lack|don't|haven't)",
    r"irrelevant", r"overrated", r"i\s+(?:disagree|would\s+disagree|'d\s+disagree|beg\s+to\s+differ|have\s+to\s+disagree|must\s+disagree)", r"with\s+(?:all\s+due\s+)?respect",
    r"(?:just|only)\s+a\s+(?:piece\s+of\s+paper|formality|label|box\s+to\s+tick|technicality|checkbox)", r"(?:paper|piece\s+of\s+paper)\s+(?:doesn't|does\s+not|won't)", r"(?:degrees?|certificates?|credentials?|titles?)\s+(?:don't|do\s+not|doesn't|does\s+not)\s+(?:mean|matter|prove)",
    r"(?:won't|will\s+not|wouldn't|would\s+not)\s+be\s+(?:an?\s+)?(?:issue|problem|concern)", r"(?:that's|that\s+is|it's|it\s+is)\s+(?:not|hardly)\s+(?:really\s+)?(?:an?\s+)?(?:issue|problem|concern|gap|weakness|fair|true|accurate)",
    r"(?:i'm|i\s+am)\s+(?:sure|confident|certain)\s+(?:that\s+)?(?:it|that|this)\s+(?:won't|will\s+not|wouldn't)", 
    r"(?:a|an)\s+(?P<thing>\w+)\s+is\s+(?:a|an)\s+(?P=thing)", r"anyone\s+can\s+(?:learn|pick\s+(?:\w+\s+)?up|do)", r"(?:easy|simple)\s+to\s+(?:learn|pick\s+up)", r"i\s+(?:already|actually)\s+(?:have|do|know|did)\s+(?:plenty|lots|a\s+lot|more\s+than\s+enough|all)",
    r"you're\s+(?:wrong|mistaken)", r"(?:i\s+)?(?:don't|do\s+not)\s+(?:agree|accept\s+that)", r"(?:no|not\s+a)\s+(?:need|requirement)\s+for", r"that's\s+(?:a\s+)?(?:myth|misconception)",
    r"(?:skills|experience|results)\s+(?:matter|count)\s+more\s+than", r"better\s+than\s+most", r"(?:just\s+)?as\s+(?:good|well|qualified|capable)\s+as\s+(?:anyone|someone|a|most)", r"more\s+(?:important|valuable|relevant)\s+than\s+(?:a|the|any)\s+(?:degree|certificate|credential)",
    r"(?:don't|do\s+not)\s+see\s+(?:\w+\s+){0,6}as\s+(?:an?\s+)?(?:issue|problem|concern|gap|weakness|obstacle|big\s+deal)",
    # Pressing for an exception is arguing too, even after a concession: "surely you could
    # make an exception", "couldn't you waive it for the first year?", "bend the rules for me".
    r"(?:could|can|would|will|couldn't|can't|won't|wouldn't)\s+(?:you|the\s+board|they|we)\s+(?:not\s+)?(?:just\s+)?(?:make\s+an?\s+exception|waive|overlook|bend|relax|set\s+aside)",
    r"surely\s+(?:you|the\s+board|they)\s+(?:could|can|would)", r"exception\s+(?:for|in)\s+(?:me|my\s+case|someone\s+like|the\s+right)",
    r"let\s+(?:it|that|this)\s+slide", r"bend\s+the\s+rules?",
)


# ----- detection ---------------------------------------------------------------------------

def _negated(text: str, start: int, floor: int) -> bool:
    return bool(_NEG.search(text[max(floor, start - 24):start]))


def _merge(families: list[tuple[str, ...]]) -> re.Pattern[str]:
    """One pattern that matches wherever any phrase of the families does."""
    return _rx(*(phrase for family in families for phrase in family))


# "That's all" declines only when it opens the answer ("No, that's all from me"); after a
# concession ("basic formulas, that's about it") it ends the concession.
_THATS_ALL = re.compile(r"\b(?:that's|that\s+is|that\s+was|thats)\s+(?:about\s+)?(?:all(?!\s+right)|everything|it)(?:\s+(?:from\s+me|for\s+me|i\s+had|i\s+have|i\s+wanted|on\s+my\s+(?:end|side)|really|for\s+now))?(?!\s+(?:i\s+(?:want|need)|you))")
def _opens_the_answer(before: str) -> bool:
    """Is what comes before "that's all" only a lead-in ("Yep,", "Wala na po,"), not a
    statement of its own ("Basic sums and filters, that's about it")?"""
    return bool(_DECLINE_OPENING.match(before)) or (len(before.split()) <= 3 and not ACK_GAP.search(before))


_DECLINE_OPENING = re.compile(
    r"^(?:\W|no|nope|nah|um+|uh+|er+|ok|okay|so|well|thanks|thank\s+you|cheers|right|yeah|yes|yep|yup|honestly|i\s+think|cool|gotcha|great|perfect|"
    r"brilliant|lovely|alright|all\s+right|a\s+lot|so\s+much|very\s+much|again|sir|madam|ma'am|mate|then|really)*$"
)
NO_QUESTIONS_ANY = _merge(NO_QUESTIONS)
INTEREST_ANY = _merge(INTEREST)
ASK_ANY = _merge(ASK_FOR_JOB)


def _found(pattern: re.Pattern[str], segment: Segment, *, negatable: bool = False) -> bool:
    """Does the pattern match the segment (not under a negation, when `negatable`)?"""
    if not negatable:
        return pattern.search(segment.text) is not None
    return any(not _negated(segment.text, match.start(), 0) for match in pattern.finditer(segment.text))


# A one-clause sentence is read both as a clause and as a sentence: the same words, asked
# the same thing. This small cache answers the second time.
@lru_cache(maxsize=1024)
def _asks_for_job(text: str) -> bool:
    return any(not _negated(text, match.start(), 0) for match in ASK_ANY.finditer(text))



_REQUEST = (r"(?:mind\s+)?(?:share|sharing|tell(?:ing)?\s+me|walk(?:ing)?\s+me\s+through|talk(?:ing)?\s+me\s+through|"
            r"describe|explain|outline|name|lay\s+out|point\s+out|spell\s+out|list|be\s+(?:candid|honest|frank|open|straight))")
_OPEN_REQUEST = re.compile(
    r"^(?:(?:so|and|but|also|okay|ok|well|just|lastly|finally)[,]?\s+)*(?:could|can|would|will)\s+you\s+"
    r"(?:please\s+|kindly\s+|maybe\s+|possibly\s+|perhaps\s+|just\s+)?" + _REQUEST + r"(?!\s+(?:me\s+)?if\b)"
)
_WH_RESERVATION = re.compile(
    r"\b(?:what|which|where|how\s+(?:much|many|big|serious))\b(?:\s+\w+){0,5}?\s+(?:reservations?|concerns?|doubts?|hesitations?|worr(?:y|ies)|gaps?|weakness(?:es)?|misgivings?|objections?|red\s+flags?|questions?\s+(?:do\s+you\s+)?(?:still\s+)?(?:have\s+)?about)\b"
)
_IMPERATIVE = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|go\s+on|honestly|please|kindly|just)[,]?\s+)*(?:tell\s+me|share|walk\s+me|talk\s+me|help\s+me\s+understand|hit\s+me|explain|give\s+me|name|list|lay|point\s+me|spell\s+out|be\s+(?:honest|candid|frank|straight)|let\s+me\s+know\s+(?!if))\b"
)
_AUX_HEAD = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|just|honestly|also|lastly|finally|then)[,]?\s+)*(?:do|does|did|is|are|am|was|were|would|will|can|could|have|has|should|any|anything|is\s+there|are\s+there)\b"
)
# "Let me know if anything worries you" can be answered "nothing": a yes/no question.
_IF_ANY = re.compile(
    r"\b(?:if|whether)\s+(?:you\s+(?:have|do\s+have|had|'ve\s+got|got|see|saw|do\s+see)\s+(?:any|some|anything)|there\s+(?:is|are|was|were)\s+(?:any|anything|something)|there's\s+(?:any|anything|something)|(?:anything|something)\s+(?:concerns?|worries|worried|bothers?|gave|gives|made|makes|stands|stood|is|was|seems|left|in|about))\b|\bfeel\s+free\s+to\b"
)
# "If the board raised a concern about me, what would it be?" asks for it openly.
_CONDITIONAL_WH = re.compile(r"^(?:(?:um|uh|so|and|but|well|okay|ok)[,]?\s+)*if\b[^?]*,\s*(?:what|what's|which|where|how)\b")
_WH_NEAR_START = re.compile(r"^(?:[\w']+\W+){0,7}?(?:what|what's|which|where|how|why|who)\b")
def _is_reservations(clause: Segment) -> Move | None:
    """Is the clause a question about the interviewer's reservations, and in which form?"""
    return _reservations_in(clause.text, clause.question)


_ABOUT_ME = re.compile(r"\b(?:me|my|i|i'm|i've|i'd|i'll|myself|mine)\b")
_ABOUT_SOMETHING_ELSE = re.compile(
    r"\b(?:concerns?|worr(?:y|ies|ied)|doubts?|reservations?|issues?|problems?|challenges?)(?:\s+you)?(?:\s+most)?\s+(?:about|with|regarding|over|around|for)\s+(?!(?:me|my|the\s+fact|hiring|bringing|taking|whether|if|how\s+i|anything|something|that|this|it|those|these|the\s+(?:[\w-]+\s+)?side)\b)\w+"
    r"|\b(?:concerns?|worries|issues?|complaints?|hesitations?|doubts?|reservations|objections|gaps)\s+(?:do|does|did|have|has)\s+(?!you\b)\w+|(?<!hiring\s)(?<!hire\s)(?<!bringing\sin\s)(?<!bring\sin\s)(?<!taking\son\s)(?<!about\s)\b(?:someone|somebody|people|new\s+(?:starters?|hires?))\b"
)


@lru_cache(maxsize=1024)
def _reservations_in(text: str, question: bool) -> Move | None:
    if not RES_NOUN.search(text):
        return None
    if not _ABOUT_ME.search(text) and _ABOUT_SOMETHING_ELSE.search(text):
        return None
    if re.search(r"\b(?:have|got)\s+(?:one|a|small|little)\s+doubt\s*[,:]?\s*(?:what|how|when|where|who|which|is|are|do|does)\b", text):
        return None
    open_hit = RES_OPEN.search(text)
    if_any = _IF_ANY.search(text) and not _WH_NEAR_START.match(text)
    if not (question or open_hit or if_any or _IMPERATIVE.match(text)):
        return None
    if not question and not open_hit and re.search(r"\b(?:i|we)\s+(?:have|had|share|understand|hear|get|see|know|appreciate)\s+(?:your|the|that|those|a|some|no)\b", text):
        return None
    if not question and re.search(r"\bno\s+(?:doubt|concerns?|worries|reservations)\b(?!\s+(?:you|from\s+you))", text):
        return None
    if _CONDITIONAL_WH.match(text):
        return Move.RESERVATIONS_OPEN
    if if_any:
        return Move.RESERVATIONS_CLOSED
    if _OPEN_REQUEST.match(text) or _IMPERATIVE.match(text) or _WH_RESERVATION.search(text):
        return Move.RESERVATIONS_OPEN
    if _AUX_HEAD.match(text) or RES_CLOSED.match(text):
        return Move.RESERVATIONS_CLOSED
    if _WH_NEAR_START.match(text) or open_hit:
        return Move.RESERVATIONS_OPEN
    return Move.RESERVATIONS_CLOSED


_NOT_A_QUESTION = _rx(
    r"^(?:have|enjoy)\s+(?:a|the|your)\s+(?:(?:good|great|nice|lovely|wonderful|brilliant)\s+)?(?:rest|day|weekend|evening|afternoon|morning|one|week|holiday|service)\b(?!.*\?)",
    r"did\s+i\s+(?:answer|explain|make\s+(?:sense|myself)|cover|get\s+that)", r"(?:is|was)\s+that\s+(?:the\s+kind|what\s+you|okay|ok|alright|enough|clear)",
    r"(?:is|would)\s+it\s+(?:be\s+)?(?:okay|ok|alright|fine)\s+(?:if|to)(?!\s+(?:i\s+)?ask)", r"(?:do\s+you\s+)?mind\s+if\s+i", r"(?:can|could)\s+you\s+(?:repeat|say\s+that\s+again|hear\s+me)",
    r"(?:you\s+)?(?:get|know|see)\s+what\s+i\s+mean", r"(?:does\s+that|do\s+you)\s+make\s+sense", r"(?:right|yeah|ok|okay|you\s+know)\s*\?\s*$", r"hope\s+(?:that's|that\s+is)\s+(?:okay|ok|alright|fine)",
    r"(?:can|may|could)\s+i\s+(?:grab|get|have)\s+(?:a|some)\s+(?:glass|water|coffee|tea|tissue|pen)", r"(?:take|make)\s+(?:some\s+)?notes", r"what\s+time\s+is\s+it", r"(?:frozen|lagging|breaking\s+up|cut\s+out|on\s+mute|muted)",
    r"(?:catch|see|watch)\s+the\s+(?:game|match)", r"(?:how|what)\s+about\s+you\s*\?", r"(?:was|is)\s+(?:my|that)\s+answer", r"cut\s+out", r"last\s+bit",
    r"how's\s+your\s+(?:week|day|morning|afternoon)", r"(?:camera|mic|microphone|sound|video)\s+(?:is\s+)?(?:working|ok|okay|on)", r"name\s+of\s+.{0,40}\s+again", r"name\s+again",
)
_DECLARATIVE = re.compile(r"^(?:(?:so|and|but|um+|uh+|well|like|i\s+mean|honestly|anyway)[,]?\s+)*(?:i|i'm|i've|i'd|i'll|it|it's|this|that|that's|we|we're|my|you're|there's|here's|your|the|a|an)\b")


# The interviewer's doubt echoed back before an answer: "Managing people older than me? …"
# "…, if I was successful?": a condition split off a question asks nothing by itself; nor
# does a courtesy ("May I reiterate my interest").
_CONDITION_ONLY = re.compile(r"(?:if|should|assuming)\b(?![^?]*,\s*(?:what|which|how|when|where|who|would|will|is|are|do|does|can|could)\b)|may\s+i\s+(?:reiterate|say|add|express|just\s+say|thank)\b")
# "Can start next week, no notice to give": a statement with its "I" dropped.
_ELIDED_I = re.compile(r"(?:can|could)\s+start\b(?!\s+(?:date|dates))(?![^?]*\?)")
_ECHO = re.compile(r"[a-z]+ing\b(?!\s+(?:you|your|the\s+team)\b)")


def _is_question(clause: Segment, sentence: Segment) -> bool:
    text = clause.text
    if QUESTION_META.search(text):
        return True
    if not clause.question:
        return False
    if SMALL_TALK.search(sentence.text) and not QUESTION_TOPIC.search(text.replace("here", "")):
        return False
    if re.match(r"^(?:(?:so|and|but|okay|ok|well|sorry)[,]?\s+)*(?:can|could|may)\s+i\s+(?:just\s+|quickly\s+)?(?:be\s+(?:honest|frank|direct|blunt)|say|tell\s+you|add|mention|be\s+real)\b", text):
        return False
    if re.match(r"^(?:(?:so|and|but|okay|ok|well)[,]?\s+)*(?:any|anything)\s+(?:else|other|questions?|more)\b", text):
        return False
    if re.match(r"^(?:(?:so|and|but)\s+)?(?:does\s+that\s+(?:make\s+sense|answer)|you\s+know|right|ok|okay|yeah|how\s+(?:about|did)\s+(?:that|i\s+do)|how\s+are\s+you)\b", text):
        return False
    if re.search(r"\b(?:can|could|may|should|shall)\s+i\s+(?:send|email|call|follow|reach|contact|connect)\b", text) and not QUESTION_TOPIC.search(text):
        return False
    if _NOT_A_QUESTION.search(text):
        return False
    if text.endswith("?") and not _asks(text) and _DECLARATIVE.match(text):
        return False
    if text.endswith("?") and not _asks(text) and _ECHO.match(text):
        return False
    if _ELIDED_I.match(text):
        return False
    if _CONDITION_ONLY.match(text):
        return False
    if QUESTION_TOPIC.search(text) or QUESTION_META.search(text):
        return True
    # "Is it X, or Y?" weighs two real options: the work, not small talk.
    if _AUX_START.match(text) and re.search(r",\s+or\s+(?!not\b|nah\b|no\b)\w+", text) and len(text.split()) >= 6:
        return True
    return len(text.split()) >= 4 and bool(_WH_START.match(text))


def read_moves(text: str) -> list[MoveHit]:
    """Read an utterance into moves, each with the exact words that carry it.

    Never raises for any string; reads at most `READ_LIMIT` characters.
    """
    if not isinstance(text, str) or not text.strip():
        return []
    text = text[:READ_LIMIT]
    return [MoveHit(move, a, b, text[a:b]) for move, a, b in _read_cached(_cache_key(text))]


def forget() -> None:
    """Drop every kept reading, as after the word model changes."""
    _read_cached.cache_clear()
    _sentence.cache_clear()


_NUMBER = re.compile(r"\b\d{2,}\b")


def _cache_key(text: str) -> str:
    """A key under which lines that read alike share one reading: the same letters in any
    case, with numbers of two digits or more standing for any such number. It keeps every
    character where it was, so the spans read from it hold for the original text."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    return _NUMBER.sub(lambda m: "5" * len(m.group()), lowered)


@lru_cache(maxsize=32768)
def _read_cached(text: str) -> tuple[tuple[Move, int, int], ...]:
    prepared = prepare(text)
    full = prepared.text
    found: list[tuple[int, int, Move]] = []
    sentences: list[tuple[int, int, _Sentence]] = []
    taken_back_from: int | None = None
    for start, end in _sentences(prepared):
        sentence = _sentence(full[start:end])
        if sentence.needs_later and taken_back_from is None:
            taken_back_from = _last_start(_TAKEN_BACK, full)
        later = sentence.needs_later and end <= taken_back_from  # type: ignore[operator]
        found.extend((start + a, start + b, move) for a, b, move in sentence.hits(later))
        sentences.append((start, end, sentence))
    found = _reservations_pointed_back(full, sentences, found)
    found.extend((start, end, Move.FIT_REASON) for start, end in _fit_reason(sentences))
    story = _story_span(sentences)
    if story:
        found.append((story[0], story[1], Move.COUNTER_STORY))
    for start, end, move in _backed_up(sentences, found):
        if move in (Move.PUSHY, Move.NEXT_STEPS):
            # A presuming question ("so when does my training start?") is pushy, and one about
            # the process ("who will be in touch after this?") is next steps, not a real
            # question, as the rules read them too.
            found = [hit for hit in found if not (hit[2] is Move.QUESTION and start <= hit[0] < end)]
        found.append((start, end, move))
    asked_from = min((start for start, _, move in found if move in _ASKING or (move is Move.NEXT_STEPS and _TAKES_BACK.search(full, max(0, start - 20), end))), default=None)
    if asked_from is not None:
        found = [item for item in found if item[2] is not Move.NO_QUESTIONS or item[0] >= asked_from]

    hits: list[tuple[Move, int, int]] = []
    seen: set[tuple[int, int, Move]] = set()
    for start, end, move in sorted(found, key=lambda f: (f[0], _ORDER[f[2]])):
        if (start, end, move) in seen:
            continue
        seen.add((start, end, move))
        a, b = prepared.span(start, end)
        hits.append((move, a, b))
    return tuple(hits)


def _last_start(pattern: re.Pattern[str], text: str) -> int:
    """The last index at which `pattern` matches in `text` (-1 if none): a search from any
    index up to it finds a match, and from any later index none. Found in one pass, so each
    sentence can ask "is there a match after me?" without searching the rest again."""
    last = -1
    match = pattern.search(text)
    while match:
        last = match.start()
        match = pattern.search(text, last + 1)
    return last


def _any_within(starts: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of offsets has one in [start, end)."""
    index = bisect_left(starts, start)
    return index < len(starts) and starts[index] < end


# A question that asks for the doubts it points back to ("I imagine my degree gives you doubts.
# What are they?"), or for what would settle them ("what would you need to see to be
# confident in me?"), asks openly for reservations without naming them.
_POINTS_BACK = re.compile(
    r"\b(?:what\s+(?:are|were|would|might|could)\s+(?:they|those)(?:\s+be)?|what\s+(?:would|might|could)\s+(?:they|those)\s+be|(?:walk|talk|take)\s+me\s+through\s+(?:them|those)"
    r"|(?:share|tell\s+me|name|list|explain)\s+(?:them|those)|which\s+(?:ones?|of\s+them))\b"
)
_SETTLES_DOUBT = re.compile(
    r"\bwhat\s+(?:would|will|do|does)\s+(?:you|it)\s+(?:need|take)\s+(?:to\s+see\s+|from\s+me\s+|to\s+hear\s+)?(?:to\s+(?:be|feel)\s+|for\s+you\s+to\s+(?:be|feel)\s+)?(?:more\s+)?(?:confident|sure|comfortable|convinced)\b"
    r"|\bwhat\s+(?:would|might|could|does|keeps)\s+(?:keep\s+you\s+up\s+at\s+night|you\s+up\s+at\s+night|give\s+you\s+pause|make\s+you\s+(?:nervous|uneasy|think\s+twice))\b"
)


def _reservations_pointed_back(full: str, sentences: list[tuple[int, int, "_Sentence"]], found: list[tuple[int, int, Move]]) -> list[tuple[int, int, Move]]:
    asked = sorted(hit[0] for hit in found if hit[2] in _RESERVATION_MOVES)
    pointed: list[tuple[int, int]] = []
    for index, (start, end, sentence) in enumerate(sentences):
        if not sentence.question or _any_within(asked, start, end):
            continue
        pointing = _POINTS_BACK.search(sentence.text)
        earlier = (full[sentences[index - 1][0]:start] if index else "") + (sentence.text[:pointing.start()] if pointing else "")
        if (pointing and RES_NOUN.search(earlier) or _SETTLES_DOUBT.search(sentence.text)) and _ABOUT_ME.search(earlier + sentence.text):
            pointed.append((start, end))
    if not pointed:
        return found
    spans = [start for start, _ in pointed]
    found = [hit for hit in found
             if not (hit[2] is Move.QUESTION and (i := bisect_left(spans, hit[0] + 1) - 1) >= 0 and hit[0] < pointed[i][1])]
    found.extend((start, end, Move.RESERVATIONS_OPEN) for start, end in pointed)
    return found


class _kept:
    """A property worked out once per sentence and kept (functools' cached_property takes a
    lock on every first read before Python 3.12, a cost paid thousands of times a second here)."""

    def __init__(self, work):
        self.work = work
        self.name = work.__name__
        self.__doc__ = work.__doc__

    def __get__(self, sentence, owner=None):
        if sentence is None:
            return self
        value = sentence.__dict__[self.name] = self.work(sentence)
        return value


class _Sentence:
    """One sentence read on its own words.

    The same sentence turns up in many closes ("Thank you for your time."), so its reading is
    kept and shared. The only thing it cannot know alone is whether a later sentence takes
    back a "no questions" ("... Actually, one thing:"), so `hits` is asked with that answer.
    The story and fit-reason features are worked out only when a whole close needs them.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.segment = Segment(0, len(text), text, text.endswith("?") or _asks(text))
        self.question = self.segment.question
        self.clauses = _clauses(self.segment)
        self._hits: dict[bool, tuple[tuple[int, int, Move], ...]] = {}
        self.needs_later = False
        self._hits[False] = self._read(later=False)

    def hits(self, later: bool) -> tuple[tuple[int, int, Move], ...]:
        """The moves in this sentence, given whether a later sentence takes back "no questions"."""
        if later not in self._hits:
            self._hits[later] = self._read(later)
        return self._hits[later]

    def _read(self, later: bool) -> tuple[tuple[int, int, Move], ...]:
        found: list[tuple[int, int, Move]] = []

        def hit(segment: Segment, move: Move) -> None:
            found.append((segment.start, segment.end, move))

        sentence, clauses = self.segment, self.clauses
        readings = []
        for clause in clauses:
            moves, depends = _read_clause(clause, sentence, later, self.hedged)
            readings.append(moves)
            self.needs_later = self.needs_later or depends
        if any(Move.RESERVATIONS_OPEN in r for r in readings):
            readings = [r - {Move.RESERVATIONS_CLOSED} for r in readings]
        if not any(r & _RESERVATION_MOVES for r in readings) and sentence.question:
            whole = _is_reservations(sentence)
            if whole:
                readings = [r - {Move.QUESTION, Move.NEXT_STEPS} for r in readings]
                hit(sentence, whole)
        if any(r & {Move.NEXT_STEPS, *_RESERVATION_MOVES} for r in readings):
            readings = [r - {Move.QUESTION} if _PROCESS_TALK.search(c.text) or not (QUESTION_TOPIC.search(c.text) or QUESTION_META.search(c.text)) else r for r, c in zip(readings, clauses)]
        if not sentence.question and not any(Move.ASK_FOR_JOB in r for r in readings) and _asks_for_job(sentence.text) and not self.hedged \
                and not _only_a_condition(sentence.text):
            hit(sentence, Move.ASK_FOR_JOB)
        for clause, reading in zip(clauses, readings):
            for move in reading:
                hit(clause, move)
        if self.concedes:
            hit(sentence, Move.ACKNOWLEDGE_GAP)
        # A move carried by two clauses of one sentence is one move, with evidence spanning both.
        spans: dict[Move, tuple[int, int]] = {}
        for start, end, move in found:
            first, last = spans.get(move, (start, end))
            spans[move] = (min(first, start), max(last, end))
        return tuple((start, end, move) for move, (start, end) in spans.items())

    @_kept
    def gap(self) -> bool:
        """Does the sentence name a gap of the candidate's (conceded or not)? A clean record
        ("never had a complaint", "never been late") is a strength, not a gap."""
        text = self.text
        strengths = [m.span() for m in _CLEAN_RECORD.finditer(text)]
        return any(not any(a <= m.start() < b for a, b in strengths) for m in ACK_GAP.finditer(text))

    @_kept
    def hedged(self) -> bool:
        return _hedged(self.text)

    @property
    def concedes(self) -> bool:
        """An honest acknowledgment: a gap named, not asked about, not argued, and not merely
        the interviewer's doubt repeated ("You said I haven't managed people")."""
        text = self.text
        if text.endswith("?") or not self.gap or _is_reservations(self.segment) or _disputed(text):
            return False
        if _APOLOGY.match(text):
            return False
        return not _THEIR_CONCERN.search(text) or bool(_CONCEDED.search(text))

    @_kept
    def said(self) -> str:
        """What the sentence states before any question it ends on: all of it for a statement,
        the opening clauses of a run-on that ends by asking ("I've run night shifts for three
        years, which your depot needs, any concerns?"), nothing for a question."""
        if not self.question:
            return self.text
        asked = next((index for index, clause in enumerate(self.clauses) if clause.question), len(self.clauses))
        return self.text[:self.clauses[asked - 1].end] if asked else ""

    @_kept
    def selfish(self) -> bool:
        text = self.said
        if not text and not re.search(r"\b(?:because|since|as)\s+i\b", self.text):
            return False
        text = text or self.text
        if FIT_BARE.match(text) or self.gap:
            return False
        return any(not _negated(text, m.start(), 0) for m in FIT_SELF.finditer(text))

    @_kept
    def linked(self) -> bool:
        return bool(self.said) and bool(FIT_ROLE.search(self.said))

    @_kept
    def experienced(self) -> bool:
        """Past experience told plainly, not as an episode and not as a gap."""
        text = self.said
        if not text or self.selfish or FIT_BARE.match(text) or self.gap or _PLAYED_DOWN.search(text):
            return False
        if self.anchored and self.resulted:
            return False
        return any(not _negated(text, m.start(), 0) for m in FIT_EXPERIENCE.finditer(text))

    @_kept
    def tied(self) -> bool:
        return bool(self.said) and bool(FIT_TIED.search(self.said))

    @_kept
    def bound(self) -> bool:
        """Does the sentence say outright that what it tells is what this role needs?"""
        return bool(self.said) and bool(_BOUND.search(self.said))

    @_kept
    def role_first(self) -> bool:
        return _role_first(self.text)

    @_kept
    def acts(self) -> int:
        text = self.text
        acts = sum(1 for m in STORY_ACTION.finditer(text) if not _SUBORDINATE.search(text[max(0, m.start() - 12):m.start()]))
        return acts + (1 if _DROPPED_SUBJECT.match(text) else 0)

    @_kept
    def anchored(self) -> bool:
        return bool(STORY_ANCHOR.search(self.text))

    @_kept
    def present_action(self) -> bool:
        return bool(_PRESENT_ACTION.search(self.text))

    @_kept
    def follow_ons(self) -> int:
        return len(_FOLLOW_ON.findall(self.text))

    @_kept
    def resulted(self) -> bool:
        return bool(STORY_RESULT.search(self.text))

    @_kept
    def complicated(self) -> bool:
        return bool(STORY_COMPLICATION.search(self.text) or STORY_RESOLUTION.search(self.text))

    @_kept
    def word_scores(self) -> tuple[float, ...]:
        """What this sentence adds to a line's score in the word model."""
        return wordmodel.model().scores(wordmodel.features(self.text))

    @_kept
    def answers_doubt(self) -> bool:
        """Does the sentence open by naming the doubt it answers ("About the night shifts: …")?"""
        return bool(_ANSWERS_DOUBT.match(self.text))

    @_kept
    def reports_doubt(self) -> bool:
        return bool(_REPORTS_DOUBT.match(self.text))

    @_kept
    def held_role(self) -> bool:
        return bool(_HELD_ROLE.search(self.text))

    @_kept
    def measured(self) -> bool:
        return bool(_DURATION.search(self.text))


@lru_cache(maxsize=16384)
def _sentence(text: str) -> _Sentence:
    return _Sentence(text)


_ORDER = {move: index for index, move in enumerate(Move)}
# Whoever goes on to ask something has not declined to ask ("No, I'm fine. When will I hear?").
# A real question after "no questions" takes it back ("No questions. Actually, how big is the
# team?"). A next-steps question only does when it says so ("…what are the next steps, though?");
# otherwise "No, all covered. When will I hear?" declines and then asks about the process.
_ASKING = frozenset({Move.QUESTION, Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED})
_TAKES_BACK = re.compile(r"\b(?:though|tho|except|actually|oh|but|one\s+thing|just\s+one|wait)\b")


_PROCESS_TALK = _rx(r"panel", r"tasks?", r"tests?", r"rounds?", r"stages?", r"interviews?", r"next\s+week", r"tomorrow", r"this\s+week", r"friday", r"monday", r"phone", r"email", r"decid\w+", r"decision", r"offer")
_RESERVATION_MOVES = frozenset({Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED})


# Acceptance hedged or made conditional on terms is interest, not a commitment.
_HEDGE = re.compile(
    r"\b(?:probably|(?:most|quite|very|i'm|i\s+am|i'd\s+be)\s+likely|likely\s+to\s+(?:accept|say|take)|pretty\s+sure|fairly\s+sure|leaning|lean\s+towards|inclined|anticipate|assuming|depending|depends|pending|provided|as\s+long\s+as|should\s+the\s+terms|might|may\s+well|if\s+the\s+(?:package|salary|money|terms|pay|numbers|offer\s+is\s+right|shift|commute|on-?call|relocation|visa)|works?\s+out|"
    r"(?:need|want)\s+to\s+(?:think|talk|discuss|sleep\s+on|check|consider)|talk\s+it\s+over|think\s+(?:it\s+)?over|i\s+think\s+i'?d\s+(?:say\s+yes|accept|take)|(?:need|have)\s+to\s+sort\s+out)\b"
)


_UNHEDGED = re.compile(r"\b(?:no\s+need\s+to|(?:don't|do\s+not)\s+need\s+to|without\s+(?:a\s+second\s+)?(?:thought|thinking|hesitat\w*))\b")


def _hedged(text: str) -> bool:
    """Is acceptance in this sentence hedged?"""
    return _HEDGE.search(text) is not None and not _UNHEDGED.search(text)


_ASKS_TO_KNOW = re.compile(r"\b(?:wondering|curious|know|ask|understand|clarify|tell\s+me|let\s+me\s+know|share|hear\s+(?:about|what|when|how|more\s+about)|find\s+out|sense|idea|walk\s+me|explain|outline|kindly)\b")


_CONDITION_OPENS = re.compile(r"(?:(?:and|but|so|then)\s+)?(?:if|should\s+you|were\s+you|assuming|hypothetically|in\s+case)\b")


def _only_a_condition(clause: str) -> bool:
    """"If you did offer me the role, I'd want to meet the team" sets up what follows: a
    request for the job ("offer me the role") inside a condition asks for nothing, while an
    answer given to it ("if you offer, the answer is yes") still commits."""
    return bool(_CONDITION_OPENS.match(clause)) and all(_REQUEST_ONLY.search(m.group()) for m in ASK_ANY.finditer(clause))


_REQUEST_ONLY = re.compile(r"^(?!.*\b(?:yes|accept|take|sign|in)\b).*\b(?:offer|give|hire|choose|pick|select)\s+me\b")


def _read_clause(clause: Segment, sentence: Segment, later: bool, hedged: bool) -> tuple[set[Move], bool]:
    """The moves a clause carries on its own, and whether they depend on `later`: whether a
    later sentence takes back a "no questions". `hedged` says whether the sentence hedges
    acceptance."""
    ctext = clause.text
    moves: set[Move] = set()
    if THANKS.search(ctext) and not re.match(r"(?:no|nah|nope),?\s+thanks?\b(?!\s+(?:you\s+)?(?:for|so\s+much))", ctext):
        moves.add(Move.THANKS)
    reservations = _is_reservations(clause)
    if reservations:
        moves.add(reservations)
    pushy = bool(PUSHY.search(ctext))
    if pushy:
        moves.add(Move.PUSHY)

    # A statement is about next steps only when it asks to know ("I'd like to know the
    # timeline"); that cheap test goes first.
    next_steps = not reservations and (clause.question or bool(_ASKS_TO_KNOW.search(ctext))) and bool(NEXT_STEPS.search(ctext))
    if next_steps and pushy and not re.search(r"\b(?:timeline|timing|process|hear\s+back|next\s+steps?)\b", ctext):
        next_steps = False
    if next_steps and re.search(r"\b(?:don't|do\s+not|no)\s+need\s+to\s+(?:hear|know)", ctext):
        next_steps = False
    if next_steps:
        moves.add(Move.NEXT_STEPS)

    thats_all = _THATS_ALL.search(ctext)
    no_questions = bool(NO_QUESTIONS_ANY.search(ctext) or _NO_START.match(ctext)
                        or (thats_all and _opens_the_answer(sentence.text[:clause.start] + ctext[:thats_all.start()])))
    depends = False
    if no_questions and (_NO_START.match(ctext) or not re.search(r"\b(?:don't|do\s+not|no)\b[^.]*\bquestions?\b", ctext)):
        if _TAKEN_BACK.search(sentence.text, clause.start):
            no_questions = False
        else:
            depends = True
            no_questions = not later
    if no_questions:
        moves.add(Move.NO_QUESTIONS)

    if not reservations and not next_steps and not pushy and not no_questions and _is_question(clause, sentence):
        moves.add(Move.QUESTION)

    asked = _asks_for_job(clause.text)
    if asked and re.search(r"\b(?:keep|stop|prevent|hesitat\w*|reservations?|concerns?|before|about|against|from)\s+(?:\w+\s+){0,3}(?:hiring|offering|choosing|picking)\s+me\b", ctext):
        asked = bool(re.search(r"\bi\s+" + _ADV + r"want\s+(?:this|the)\s+" + _ROLE, ctext))
    if asked and clause.question and not re.search(r"\b(?:(?:can|could|may)\s+i\s+(?:please\s+)?(?:have|get)|ask\s+(?:you\s+)?(?:\w+\s+)?for\s+(?:the|this)\s+(?:job|role|position|offer)|willing\s+to\s+offer|you'?d\s+offer\s+me|(?:would|will|could)\s+you\s+offer\s+me)\b", ctext):
        asked = False
    if asked and _only_a_condition(ctext):
        asked = False
    if asked and hedged:
        asked = False
        moves.add(Move.INTEREST)
    if asked:
        moves.add(Move.ASK_FOR_JOB)
        if re.search(r"\b(?:ask\w*\s+(?:you\s+)?(?:\w+\s+)?for|offer\s+me|(?:can|could|may)\s+i\s+(?:please\s+)?(?:have|get))\s+(?:the|this)\s+(?:job|role|position|offer)", ctext):
            moves.discard(Move.QUESTION)
    if not asked and not clause.question and Move.QUESTION not in moves and _found(INTEREST_ANY, clause, negatable=True):
        moves.add(Move.INTEREST)
    elif asked and _found(INTEREST_ANY, clause, negatable=True) and re.search(r"\b(?:interested|excited|exciting|keen|enthusiastic|thrilled|eager|looking\s+forward|enjoyed|brilliant|hyped|stoked|buzzing)\b", ctext):
        moves.add(Move.INTEREST)
    return moves, depends


def _fit_reason(sentences: list[tuple[int, int, _Sentence]]) -> list[tuple[int, int]]:
    """Spans where something about the candidate is tied to the role (one or two sentences)."""
    spans: list[tuple[int, int]] = []
    used: set[int] = set()
    # A reason stated before a question it runs on into ends where the question begins.
    ends = [start + len(sentence.said) if sentence.said else end for start, end, sentence in sentences]
    for i, (start, end, sentence) in enumerate(sentences):
        if i in used:
            continue
        after = sentences[i + 1][2] if i + 1 < len(sentences) else None
        before = sentences[i - 1][2] if i > 0 else None
        if not sentence.selfish:
            if sentence.anchored and sentence.resulted and sentence.bound:
                # A story that says outright it is this job ("…, which is exactly what you
                # said this shift needs") is a reason as well as a story.
                spans.append((start, ends[i]))
                used.add(i)
            elif sentence.experienced and sentence.tied:
                spans.append((start, ends[i]))
                used.add(i)
            elif sentence.experienced and after and after.tied and not after.selfish and not _asks_for_job(after.text):
                spans.append((start, ends[i + 1]))
                used.update((i, i + 1))
            continue
        if sentence.linked or sentence.tied:
            spans.append((start, ends[i]))
            used.add(i)
        elif after and (after.linked or after.tied) and not after.selfish:
            spans.append((start, ends[i + 1]))
            used.update((i, i + 1))
        elif before and before.linked and i - 1 not in used and before.role_first:
            spans.append((sentences[i - 1][0], ends[i]))
            used.update((i - 1, i))
    return spans


_BOUND = re.compile(
    r"\b(?:(?:which|that|and\s+that)(?:'s|\s+is)|it's)\s+(?:exactly|essentially|basically|precisely|pretty\s+much|really)\s+(?:what|the\s+(?:kind|sort|job|work|thing|set-?up))\b"
    r"|\b(?:which|that)(?:'s|\s+is)\s+(?:the\s+core|the\s+heart|most|the\s+whole\s+point)\s+of\s+(?:this|the|your)\b"
    r"|\bexactly\s+what\s+(?:you|your|this|the\s+(?:role|job|team))\b.{0,30}\b(?:need|needs|want|wants|described|said|asked)\b"
)


def _role_first(text: str) -> bool:
    """A sentence that names what the role offers, to be followed by the candidate's part."""
    return bool(re.search(r"\b(?:the\s+reason|what\s+(?:grabs|draws|attracts|excites)\s+me|the\s+part\s+(?:about|of)|what\s+i\s+(?:like|love)\s+(?:about|most)|the\s+thing\s+i\s+keep\s+coming\s+back\s+to|what\s+(?:stands|stood)\s+out|the\s+(?:main\s+)?(?:reason|thing)\s+i\s+(?:applied|came|am\s+here|'m\s+here))\b", text))


# "You said I haven't managed people" reports the interviewer's doubt; it concedes nothing
# unless the speaker grants it ("you're right", "that's fair").
_THEIR_CONCERN = re.compile(
    r"\b(?:you\s+(?:said|mentioned|raised|asked\s+about|brought\s+up|flagged|were\s+(?:worried|concerned|unsure))|you(?:'re|\s+are)\s+(?:worried|concerned)|you\s+say\b.{0,20}\bworr\w*|(?:about|on|re|regarding)\s+(?:the|your|that)\s+(?:[\w-]+\s+){0,3}(?:worry|concern|point|question|doubt|thing))\b"
)
# "Sorry, my English is not perfect" apologises for the conversation, not for the job: a
# language gap counts when it is stated as one ("my written English is not yet strong").
_CLEAN_RECORD = re.compile(
    r"\b(?:i(?:'ve|\s+have)?\s+)?(?:never|not\s+once|no)\b[^.;,]{0,30}?\b(?:complaints?|complain(?:ed)?|accidents?|incidents?|failed|fails?|late|sick\s+days?|days?\s+off|absences?|errors?|mistakes?|missed|miss|warnings?|disciplinar\w+|injur\w+|upheld|points?|trouble|temper|tested\s+under|lose|lost|short)\b"
    r"|\b(?:i\s+)?(?:don't|do\s+not)\s+have\s+(?:any|a)\s+(?:problem|issue|trouble|gaps?)\s+(?:with|in)\b|\bno\s+\w+\s+i\s+(?:haven't|have\s+not)\s+been\s+able\s+to\b"
    r"|\b(?:i\s+)?(?:haven't|have\s+not|never)\s+(?:lost|missed|failed)\s+(?:a|an|one|any)\b"
)
_LANGUAGE = r"(?:english|accent|grammar|spelling|typing|typos|pronunciation)"
_APOLOGY = re.compile(
    r"(?:so\s+|and\s+)?(?:sorry|excuse|forgive|pardon|i\s+apologi[sz]e|apologies)\b(?:\s+me)?,?\s+(?:if\s+|for\s+|that\s+|about\s+)?(?:my|the)\s+" + _LANGUAGE + r"\b"
    r"|my\s+" + _LANGUAGE + r"\s+(?:is|isn't|is\s+not)\s+(?:not\s+)?(?:perfect|great|the\s+best|very\s+good)\b[^.;]{0,12}\b(?:sorry|i\s+apologi[sz]e|forgive|excuse|apologies)\b"
    r"|(?:sorry|excuse\s+me),?\s+i\s+(?:don't|do\s+not)\s+know\s+the\s+english\s+(?:word|term)"
)
_CONCEDED = re.compile(r"\b(?:you're\s+right|you\s+are\s+right|that's\s+(?:fair|true|right)|fair\s+(?:point|enough)|it's\s+true|true|i\s+admit|i\s+won't\s+pretend)\b")


STORY_COMPLICATION = _rx(
    r"walked\s+(?:off|out)", r"broke\s+down", r"(?:failed|failing|crashed|flooded|collapsed)", r"threatened", r"dropped\s+out", r"was\s+losing", r"(?:quit|resigned|left\s+(?:suddenly|mid|without))",
    r"went\s+(?:down|wrong|on\s+leave|off\s+sick|bust|under)", r"fell\s+(?:through|apart|behind|ill)", r"was\s+about\s+to", r"kept\s+(?:failing|sending|missing|breaking|getting)", r"changed\s+the",
    r"(?:short|down)\s+(?:a|two|three|one)\s+\w+", r"no\s+(?:handover|budget|training|warning|notice)", r"(?:at|with)\s+(?:short|no)\s+notice", r"mid[\s-]\w+", r"(?:complained|complaint|angry|furious|upset)",
    r"(?:deadline|overnight|last\s+minute|emergency|crisis|backlog)", r"(?:jumped|doubled|tripled|spiked|soared|surged|halved)", r"(?:was|were)\s+(?:off|sick|away|ill|short)\b",
    r"(?:two|three|four|five|ten|\d+)\s+times\s+(?:the|as\s+many|our|what)", r"lost\s+(?:our|my|the|a|two|three)\s+(?:biggest|main|key|largest|best|only|top)",
)
STORY_RESOLUTION = _rx(
    r"(?:still|now|anyway|eventually|in\s+the\s+end|afterwards|since\s+then|from\s+then\s+on)", r"(?:passed|won|signed|renewed|promoted|thanked|profitable|record)",
    r"asked\s+(?:me\s+)?to\s+(?:stay|keep|lead|continue|run|come\s+back)", r"top\s+(?:mark|score|grade)", r"(?:in|within)\s+(?:under\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:days?|weeks?|months?|hours?|minutes?)",
    r"(?:dropped|fell|rose|grew|went)\s+to", r"before\s+they\s+(?:opened|noticed|arrived|closed)", r"(?:lost|missed)\s+(?:nobody|no\s+one|nothing|none)", r"every\s+(?:sunday|week|day|month|order|sample)",
)
_PRESENT_ACTION = re.compile(r"\b(?:i|we)\s+(?:organi[sz]e|manage|handle|plan|do|build|restore|finish|launch|fix|take|get|gets|call|run|set|rebuild|handle|lead|am\s+leading|move|work|sort|pull|book|find|cover|say|tell|go|turn)\b")
_DURATION = re.compile(r"\b(?:for|in|over|within)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|under\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|a|an|several)\s+(?:days?|weeks?|months?|years?|quarters?|hours?|nights?|shifts?)\b|\b\d[\d,.]*\s*(?:%|k\b|m\b)|\b(?:\d+|ten|twelve|twenty|thirty|forty|fifty|sixty|hundred|thousand|million)\b|\bfortnight\b|\bby\s+the\s+(?:first|second|third|fourth|end\s+of\s+the)\s+(?:week|month|day|year|quarter|term)\b")
_SUBORDINATE = re.compile(r"\b(?:before|since|after|until|till|once|ever\s+since)\s+$")
_REPORTS_DOUBT = re.compile(r"(?:(?:so|and|ok|okay|right|yes|yeah)[,]?\s+)*you\s+(?:said|mentioned|asked|raised|brought\s+up|flagged|wondered|questioned|were\s+(?:worried|concerned|unsure|not\s+sure)|weren't\s+sure)\b")
_DROPPED_SUBJECT = re.compile(r"(?:then\s+|and\s+)?(?:spent|dropped|called|rebuilt|wrote|fixed|took|ran|built|made|got|moved|cut|sorted|trained|organi[sz]ed|rang|drove|stayed|pulled|brought|booked|redid|reworked|rewrote)\b")
_ANSWERS_DOUBT = re.compile(r"(?:so\s+|and\s+)?(?:about|on|re|regarding|as\s+for|as\s+to)\s+[^.:;?]{2,70}:")
_HELD_ROLE = re.compile(r"\bi\s+(?:was|worked\s+as|served\s+as|acted\s+as|stood\s+in\s+as)\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+){0,3}(?:in\s+charge|lead|leader|manager|supervisor|head|deputy|cover|acting|responsible)\b|alone\b|the\s+only\b|on\s+my\s+own\b)")
_FOLLOW_ON = re.compile(
    r"(?:,|;|\band)\s+(?:then\s+|also\s+)?(?:[a-z]{3,}ed|kept|took|ran|set|built|made|got|led|won|sold|wrote|taught|brought|found|gave|held|paid|put|sent|spent|stood|drove|went|did|sat|met|caught|cut|drew|fought|hit|rang|rebuilt|shut|split|spoke|swept|came|began|grew|told|left|chose|rewrote|bought|flew|threw|wore|lost)\b"
)


# The moves the word model backs up, and what a sentence must not be to carry one: a
# question cannot tell a story, concede a gap or give a reason.
_BACKED_UP = {Move(name): name for name in wordmodel.MOVES}
_NEEDS_STATEMENT = frozenset({Move.COUNTER_STORY, Move.ACKNOWLEDGE_GAP, Move.FIT_REASON, Move.INTEREST})
# Moves that sit in one sentence, which must lean to the move on its own.
_ONE_SENTENCE = frozenset({Move.PUSHY, Move.INTEREST, Move.NEXT_STEPS})
# Helping the process along on a named day ("I'll send my references tonight", "I'm free for
# a second interview on Monday") or a plan to learn is not presuming the job, whatever the
# words around it.
_ADDRESSED = re.compile(r"\b(?:you|your|you'd|you're|you'll|yours)\b")
_NOT_PRESUMING = re.compile(
    r"\b(?:references?|portfolio|cv|resume|certificates?|documents?|samples?|transcripts?|paperwork|id|interview|assessment|round|stage|available|availability|free\s+(?:for|on|to|from)|learn|learning|study|studying|course|class|classes|practi[cs]e)\b"
)


def _backed_up(sentences: list[tuple[int, int, _Sentence]], found_hits: list[tuple[int, int, Move]]) -> list[tuple[int, int, Move]]:
    """Moves the rules missed that the word model is confident of, each placed on the sentence
    that scores highest for it."""
    found = {move for _, _, move in found_hits}
    missing = [move for move in _BACKED_UP if move not in found]
    if not missing or not sentences:
        return []
    model = wordmodel.model()
    column = {name: index for index, name in enumerate(model.moves)}
    confident = model.confident(sentence.word_scores for _, _, sentence in sentences)
    questions = sorted(hit_start for hit_start, _, found_move in found_hits if found_move is Move.QUESTION)
    presumptions = sorted(hit_start for hit_start, _, found_move in found_hits if found_move is Move.PUSHY)
    hits = []
    for move in missing:
        name = _BACKED_UP[move]
        if name not in confident:
            continue
        if move is Move.FIT_REASON and any(s.reports_doubt or s.answers_doubt or s.concedes for _, _, s in sentences):
            # A reply to a doubt is judged as a story or a concession, not also as a reason.
            continue
        candidates = []
        for start, end, sentence in sentences:
            if move in _NEEDS_STATEMENT and (sentence.question or _is_reservations(sentence.segment) or (move is Move.ACKNOWLEDGE_GAP and (_disputed(sentence.text) or _APOLOGY.search(sentence.text)))):
                continue
            if move is Move.INTEREST and _any_within(questions, start, end):
                continue
            if move is Move.PUSHY and (_NOT_PRESUMING.search(sentence.text) or (_disputed(sentence.text) and not _ADDRESSED.search(sentence.text))):
                # Arguing with a requirement ("it's just a piece of paper") is its own misstep,
                # judged as such; turned on the interviewer ("you'd be mad to…") it is pressure.
                continue
            if move is Move.NEXT_STEPS and _any_within(presumptions, start, end):
                # "When do I start?" presumes; the rules read it as pushy, not as next steps.
                continue
            if sentence.word_scores[column[name]] <= 0:
                # The sentence must lean to the move itself, not merely be the least unlikely.
                continue
            candidates.append((model.probabilities([sentence.word_scores])[name], -start, start, end))
        best = max(candidates, default=None)
        if best and (move not in _ONE_SENTENCE or best[0] >= 0.5):
            hits.append((best[2], best[3], move))
    return hits


def _story_span(sentences: list[tuple[int, int, _Sentence]]) -> tuple[int, int] | None:
    """The sentences that tell a concrete past episode, if any.

    A story needs the candidate acting in the past, and either a result, or a time or
    place to anchor it together with more than one action.
    """
    anchored = any(s.anchored for _, _, s in sentences)
    acting = [(a, b, s) for a, b, s in sentences if not s.question and (s.acts or (anchored and s.present_action) or (s.held_role and (s.anchored or s.measured)))]
    if not acting:
        # "About the night shifts: on my last ward I was in charge at weekends for six months"
        # names the doubt, then answers it with a past role held for a stated time.
        framed = [(a, b, s) for a, b, s in sentences if s.answers_doubt and s.held_role and (s.anchored or s.measured) and not s.concedes]
        return (framed[0][0], sentences[-1][1]) if framed else None
    actions = sum(max(s.acts, 1) + s.follow_ons for _, _, s in acting)
    resulted = any(s.resulted for _, _, s in sentences)
    complicated = any(s.complicated for _, _, s in sentences)
    measured = any(s.measured for _, _, s in acting)
    # The doubt named first ("About the budget: …", "You said I might be slow. …") and then
    # answered with something the candidate did.
    reported = next((a for a, _, s in sentences if s.reports_doubt), None)
    answering = any((s.answers_doubt or (reported is not None and a > reported)) and not s.concedes for a, _, s in acting)
    if not (resulted or answering or (actions >= 2 and (anchored or complicated)) or (anchored and (measured or complicated))):
        return None
    first = min(a for a, _, s in acting + [item for item in sentences if item[2].anchored and not item[2].question])
    last = max(b for _, b, s in acting + [item for item in sentences if item[2].resulted and item[0] >= first and not item[2].question])
    return first, last


def sentence_texts(prepared: Prepared) -> list[str]:
    """The sentences of a prepared text, as the reader splits them."""
    return [prepared.text[start:end] for start, end in _sentences(prepared)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Where each sentence of `text` stands, as original (start, end) offsets."""
    if not isinstance(text, str) or not text.strip():
        return []
    prepared = prepare(text[:READ_LIMIT])
    return [prepared.span(start, end) for start, end in _sentences(prepared)]


def moves_in(text: str) -> list[Move]:
    """The distinct moves in an utterance, in order of appearance."""
    return list(dict.fromkeys(hit.move for hit in read_moves(text)))


def _disputed(text: str) -> bool:
    """A real rebuttal, not one the speaker disowns ("I won't pretend it doesn't matter")."""
    return any(not _DISOWNED.search(text[max(0, m.start() - 30):m.start()]) for m in DISPUTE.finditer(text))


_DISOWNED = re.compile(r"\b(?:pretend|deny|claim|argue|say|suggest|tell\s+you)\b[^.;]{0,22}$")


def disputes(text: str) -> bool:
    """Does the utterance argue with a doubt rather than concede or answer it?"""
    if not isinstance(text, str) or not text.strip():
        return False
    return _disputed(prepare(text[:READ_LIMIT]).text)
