"""Provides share codes: a finished run packed into one chat- and URL-safe line, and verified
by replaying its moves through the engine.

A code is `closer1.` followed by base64url (no padding) of a 4-byte checksum and a
zlib-compressed JSON payload: the scenario id and content hash, the engine version, the
player's name, when the run was played, whether it was a daily close, the moves, and a
summary (score and outcome). The summary is never trusted: `verify` replays the moves and
refuses the code when the replay disagrees. Anyone can rebuild a checksum, so the checksum
only catches damage (a character lost or changed in a chat); what stops a forged score is
the replay. A name and a date are claims, like a name written on a paper score sheet.

Typed lines carry the reading they got when played (each move found, with the span of words
that carried it), and the code names the reader that read them (`j`): `rules` for the rules
reader, or the trained move model's identity (`model-` and a digest of its files and
thresholds). A code without `j` was read by the rules. The replay reads every typed line again
and accepts the carried reading only when the re-reading agrees with it:

- When the named reader is here (the rules always are; the model when this machine runs the
  very same model), the replay reads with it. Where the re-reading disagrees only on moves
  that reader puts on the edge of its threshold (the word model within `BORDERLINE`, the
  trained model within `judge.MODEL_BORDERLINE`: floating point may round differently on
  another machine), the carried reading is kept, because such a line is a coin toss on any
  machine; a line that close to a threshold can gain at most the one move it was already on
  the edge of.
- When it is not (a code read by the model, imported where the runtime is missing or another
  model is installed), the replay reads with this machine's judge and accepts a line only
  when it reads exactly as carried; otherwise the code is refused with a reason that names
  the reader it needs.

So a replay never takes a reading that no reader here confirms, and the same code on the same
machine always gives the same answer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from game import __version__ as ENGINE

from . import judge, wordmodel
from . import reader as move_reader
from .errors import SaveError
from .interview import Interview, InterviewOver, MoveReader, NoSuchChoice
from .moves import MOVE_NAMES, Move, MoveHit
from .kinds import Outcome
from .record import Hit, PlayedMove, RunRecord
from .saves import check_name
from .scenario import Scenario
from .scoring import PART_MAX, PARTS

PREFIX = "closer1."
FORMAT = 1
MAX_CODE_CHARS = 12_000
MAX_PAYLOAD_BYTES = 64 * 1024
MAX_MOVES = 40
MAX_LINE_CHARS = 1_000
BORDERLINE = 1e-9
CHECKSUM_BYTES = 4

NOT_DAILY, DAILY, PRACTICE = 0, 1, 2
# Codes already replayed in this process, by code and scenario content: a replay gives the
# same run every time, so a leaderboard opened twice replays each code once.
MEMO_SIZE = 4096
_VERIFIED: dict[tuple[str, str], "SharedRun"] = {}
_WHEN = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\Z")
_BASE64URL = re.compile(r"[A-Za-z0-9_-]*\Z")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class ShareCodeError(ValueError):
    """A share code that cannot be accepted; the message is the one-line reason."""


@dataclass(frozen=True)
class SharedRun:
    """A run as a share code carries it, after replay: the record is the engine's, not the code's."""

    record: RunRecord
    player: str
    when: str
    daily: int
    code: str

    @property
    def date(self) -> str:
        return self.when[:10]

    @property
    def scenario(self) -> str:
        return self.record.scenario

    @property
    def identity(self) -> str:
        """The same for two copies of one code, whatever whitespace a chat added."""
        return hashlib.sha256(self.code.encode("ascii")).hexdigest()[:16]


# ----- making a code -------------------------------------------------------------------------

def encode(record: RunRecord, player: str, when: str, daily: int = NOT_DAILY) -> str:
    """The share code of a run.

    Args:
        record: the finished run.
        player: who played it.
        when: local time it was played, `YYYY-MM-DDTHH:MM:SS`.
        daily: NOT_DAILY, DAILY (the ranked attempt of that day) or PRACTICE.
    """
    payload = {
        "v": FORMAT,
        "s": record.scenario,
        "h": record.scenario_hash,
        "e": ENGINE,
        "p": player,
        "w": when,
        "d": daily,
        "m": [_pack_move(m) for m in record.moves],
        "r": [record.score, record.outcome.value],
        "j": record.reader,
    }
    return _pack(payload)


def with_player(code: str, player: str) -> str:
    """The same run's code with another player's name (a player renamed): everything else,
    the when, the moves and the reading they carry, is kept as it was.

    Raises:
        ShareCodeError: the code does not unpack.
    """
    payload = _unpack(clean(code))
    payload["p"] = player
    return _pack(payload)


def _pack(payload: dict) -> str:
    raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = zlib.compress(raw, 9)
    return PREFIX + _b64(_checksum(body) + body)


def _pack_move(move: PlayedMove) -> str | list:
    if not move.typed:
        return move.choice or ""
    return [move.text, [[h.move, h.start, h.end] for h in move.hits]]


def _checksum(body: bytes) -> bytes:
    return hashlib.sha256(body).digest()[:CHECKSUM_BYTES]


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


SQUARES = {"full": "\U0001f7e9", "good": "\U0001f7e8", "some": "\U0001f7e7", "none": "\U0001f7e5"}
OUTCOME_WORDS = {"offer": "offer", "next_round": "next round", "waitlist": "waitlisted", "rejected": "rejected"}


def part_squares(record: RunRecord) -> str:
    """One square per part of the close (questions, ask, fit, reservations), coloured by how it went."""
    out = []
    for part in PARTS:
        share = record.parts.get(part, 0) / PART_MAX[part]
        key = "full" if share >= 0.75 else "good" if share >= 0.4 else "some" if share > 0 else "none"
        out.append(SQUARES[key])
    return "".join(out)


def share_text(record: RunRecord, title: str, player: str, when: str, daily: int = NOT_DAILY) -> str:
    """The human line to paste beside a code: no moves, so it spoils nothing for a friend."""
    day = {DAILY: f"daily close {when[:10]}", PRACTICE: f"daily close {when[:10]} (practice)"}.get(daily, when[:10])
    return (f"closer · {title} · {day} · {part_squares(record)} {record.score}/100 "
            f"{OUTCOME_WORDS[record.outcome]} · {player}")


# ----- reading a code ------------------------------------------------------------------------

def clean(code: str) -> str:
    """The code without the spaces and line breaks a chat may add."""
    return "".join(code.split())


def verify(code: str, scenarios: dict[str, Scenario]) -> SharedRun:
    """Unpack a code, replay its moves, and check the replay agrees with its summary.

    Raises:
        ShareCodeError: the code is damaged, oversized, from another scenario or engine
            version, or its summary disagrees with the replay.
    """
    code = clean(code)
    payload = _unpack(code)
    scenario_id = _field(payload, "s", str)
    if payload.get("e") != ENGINE:
        raise ShareCodeError(f"made with closer {_shown(payload.get('e'))}; this is closer {ENGINE}, and a replay needs the same version")
    scenario = scenarios.get(scenario_id)
    if scenario is None:
        raise ShareCodeError(f"unknown scenario {_shown(scenario_id)}: it is not installed here")
    if payload.get("h") != scenario.content_hash:
        raise ShareCodeError(f"made with another version of the scenario {scenario_id!r}: its content differs from yours")
    known = _VERIFIED.get((code, scenario.content_hash))
    if known is not None:
        return known
    try:
        player = check_name(_field(payload, "p", str))
    except SaveError as exc:
        raise ShareCodeError(f"the player's name is not valid: {exc}") from None
    when = _field(payload, "w", str)
    if not _WHEN.match(when):
        raise ShareCodeError("the date it was played is not valid")
    daily = _field(payload, "d", int)
    if daily not in (NOT_DAILY, DAILY, PRACTICE):
        raise ShareCodeError("its daily mark is not valid")
    moves = _moves(_field(payload, "m", list))
    named = payload.get("j", move_reader.READER_ID)
    if not isinstance(named, str) or not 0 < len(named) <= 100 or _CONTROL.search(named):
        raise ShareCodeError("corrupt: the reader it names is not valid")
    summary = _field(payload, "r", list)
    if len(summary) != 2 or type(summary[0]) is not int or summary[1] not in {o.value for o in Outcome}:
        raise ShareCodeError("its summary is not valid")
    record = replay(scenario, moves, named)
    if [record.score, record.outcome.value] != summary:
        raise ShareCodeError(
            f"tampered: it claims {summary[0]}/100 ({summary[1]}) but its moves replay to "
            f"{record.score}/100 ({record.outcome})"
        )
    if len(_VERIFIED) >= MEMO_SIZE:
        _VERIFIED.clear()
    run = _VERIFIED[(code, scenario.content_hash)] = SharedRun(record, player, when, daily, code)
    return run


def _unpack(code: str) -> dict:
    if len(code) > MAX_CODE_CHARS:
        raise ShareCodeError(f"oversized: {len(code)} characters (a share code has at most {MAX_CODE_CHARS})")
    if not code.startswith(PREFIX):
        if re.match(r"closer\d+\.", code):
            raise ShareCodeError("made by another version of closer's share codes")
        raise ShareCodeError(f"not a closer share code (a code starts with {PREFIX!r})")
    text = code[len(PREFIX):]
    if not _BASE64URL.match(text):
        raise ShareCodeError("corrupt: it has characters a share code never contains")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ShareCodeError("corrupt or cut short: it does not decode") from None
    if _b64(data) != text or len(data) <= CHECKSUM_BYTES:
        raise ShareCodeError("corrupt or cut short: it does not decode")
    stamp, body = data[:CHECKSUM_BYTES], data[CHECKSUM_BYTES:]
    if _checksum(body) != stamp:
        raise ShareCodeError("corrupt: its checksum does not match (a character was changed, lost or added)")
    inflate = zlib.decompressobj()
    try:
        raw = inflate.decompress(body, MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise ShareCodeError("corrupt: it does not decompress") from None
    if inflate.unconsumed_tail:
        raise ShareCodeError(f"oversized: it unpacks to more than {MAX_PAYLOAD_BYTES} bytes")
    if not inflate.eof or inflate.unused_data:
        raise ShareCodeError("corrupt or cut short: it does not decompress")
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ShareCodeError("corrupt: its content is not readable") from None
    if not isinstance(payload, dict):
        raise ShareCodeError("corrupt: its content is not a run")
    if payload.get("v") != FORMAT:
        raise ShareCodeError("made by another version of closer's share codes")
    return payload


def _field(payload: dict, key: str, kind: type):
    value = payload.get(key)
    if type(value) is not kind:
        raise ShareCodeError(f"corrupt: its content is missing a part ({key!r})")
    return value


def _shown(value: object) -> str:
    """A value from a code, quoted and cut short for an error message."""
    text = repr(value) if isinstance(value, str) else repr(str(value))
    return text if len(text) <= 60 else text[:57] + "…'"


def _moves(raw: list) -> list[PlayedMove]:
    if len(raw) > MAX_MOVES:
        raise ShareCodeError(f"oversized: {len(raw)} moves (a run has at most {MAX_MOVES})")
    moves = []
    for item in raw:
        if isinstance(item, str):
            if not item or len(item) > 100:
                raise ShareCodeError("corrupt: a picked choice has no valid id")
            moves.append(PlayedMove(choice=item))
            continue
        if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], str) and isinstance(item[1], list)):
            raise ShareCodeError("corrupt: a move is neither a pick nor a typed line")
        text, raw_hits = item
        if not text or len(text) > MAX_LINE_CHARS or text != " ".join(text.split()) or _CONTROL.search(text):
            raise ShareCodeError("corrupt: a typed line is empty, too long, or has control characters")
        hits = []
        for hit in raw_hits:
            if not (isinstance(hit, list) and len(hit) == 3 and hit[0] in MOVE_NAMES
                    and type(hit[1]) is int and type(hit[2]) is int and 0 <= hit[1] < hit[2] <= len(text)):
                raise ShareCodeError("corrupt: a typed line's reading is not valid")
            hits.append(Hit(hit[0], hit[1], hit[2]))
        if len(hits) > 4 * len(MOVE_NAMES):
            raise ShareCodeError("corrupt: a typed line's reading is not valid")
        moves.append(PlayedMove(text=text, hits=tuple(hits)))
    return moves


# ----- replay --------------------------------------------------------------------------------

class _Disagreement(Exception):
    pass


class _CheckedReader:
    """A move reader that also checks a typed line reads as the code says it did.

    `near_threshold(text, move)` says whether `inner` puts a move on the edge of its threshold
    for a line (None: every disagreement is refused).
    """

    def __init__(self, inner: MoveReader, named: str, near_threshold: Callable[[str, str], bool] | None) -> None:
        self.inner = inner
        self.named = named
        self.near_threshold = near_threshold
        self.expected: tuple[Hit, ...] | None = None

    def reader_id(self) -> str:
        return self.named

    def read_moves(self, text: str) -> list[MoveHit]:
        live = self.inner.read_moves(text)
        expected, self.expected = self.expected, None
        if expected is None:
            return live
        here = {(h.move.value, h.start, h.end) for h in live}
        carried = {(h.move, h.start, h.end) for h in expected}
        if here == carried:
            return live
        differing = {move for move, _, _ in here ^ carried}
        if self.near_threshold and all(self.near_threshold(text, move) for move in differing):
            return [MoveHit(Move(h.move), h.start, h.end, text[h.start:h.end]) for h in expected]
        raise _Disagreement(", ".join(sorted(differing)))

    def disputes(self, text: str) -> bool:
        return self.inner.disputes(text)


def borderline(text: str, move: str) -> bool:
    """Does the word model put `move` within `BORDERLINE` of its threshold for this line?"""
    if move not in wordmodel.THRESHOLD:
        return False
    model = wordmodel.model()
    probability = model.probabilities(model.scores(s) for s in wordmodel.sentences_of(text))[move]
    return abs(probability - wordmodel.THRESHOLD[move]) <= BORDERLINE


def _judge_borderline(text: str, move: str) -> bool:
    return judge.borderline(text, move) or borderline(text, move)


def replay_reader(named: str) -> tuple[_CheckedReader, str | None]:
    """The reader a replay of a code read by `named` uses, and, when `named` is not here, the
    reader that reads instead (else None)."""
    if named == move_reader.READER_ID:
        return _CheckedReader(move_reader, named, borderline), None
    here = judge.reader_id()
    if named == here:
        return _CheckedReader(judge, named, _judge_borderline), None
    return _CheckedReader(judge, named, None), here


def replay(scenario: Scenario, moves: list[PlayedMove], named: str = move_reader.READER_ID) -> RunRecord:
    """Play the moves again through the engine, as a code's importer does, reading typed lines
    with the reader the code names (`named`; see the module docstring).

    Raises:
        ShareCodeError: a move does not play, or a typed line reads differently here.
    """
    checked, instead = replay_reader(named)
    interview = Interview(scenario, reader=checked)
    for number, move in enumerate(moves, start=1):
        try:
            if move.typed:
                checked.expected = move.hits
                interview.say(move.text)
            else:
                interview.choose(move.choice or "")
        except InterviewOver:
            raise ShareCodeError(f"tampered: move {number} comes after the interview ended") from None
        except NoSuchChoice:
            raise ShareCodeError(f"tampered: move {number} picks a choice that is not on offer there") from None
        except _Disagreement as exc:
            if instead is not None:
                raise ShareCodeError(
                    f"line {number} was read by {_reader_words(named)}, which is not here (this machine reads with "
                    f"{_reader_words(instead)}), and reads differently here ({exc})"
                ) from None
            raise ShareCodeError(f"line {number} reads differently here ({exc}): the code was edited, or made by a different reader") from None
    interview.wrap_up()
    return RunRecord.from_interview(interview)


def _reader_words(named: str) -> str:
    if named == move_reader.READER_ID:
        return "the rules"
    if named.startswith("model-"):
        return f"the trained move model {_shown(named)}"
    return f"the reader {_shown(named)}"
