"""Provides the interviewer personas, one per tier, read from `personas.yaml`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .fields import FieldReader
from .yamlsource import SourceError, load_yaml

PERSONA_FILE = Path(__file__).with_name("personas.yaml")

# What an interviewer may say, by occasion. Scenarios may override any of them.
LINE_KEYS: tuple[str, ...] = (
    "ask_for_job",
    "interest",
    "fit_specific",
    "fit_generic",
    "pushy",
    "thanks",
    "lead_in",
    "another",
    "clam_up",
    "none_left",
    "nudge",
    "out_of_time",
    "wrap_up",
)

CUES = ("full", "few")


@dataclass(frozen=True)
class UnlockRule:
    """Tier `tier` opens after `runs` different scenarios of `after_tier` scored `score` or more."""

    tier: int
    after_tier: int
    runs: int
    score: int

    def describe(self) -> str:
        plural = "s" if self.runs != 1 else ""
        return f"score {self.score}+ on {self.runs} tier-{self.after_tier} scenario{plural}"


@dataclass(frozen=True)
class Persona:
    """How an interviewer of one tier reacts: the parameters the engine reads."""

    tier: int
    id: str
    title: str
    summary: str
    shares_on_open: int
    shares_on_closed: int
    can_offer: bool
    shows_choices: bool
    max_turns: int
    cues: str
    generic_reason_credit: float
    unrelated_story_credit: float
    next_steps_penalty: int
    lines: dict[str, tuple[str, ...]]
    unlock: UnlockRule | None

    def line(self, key: str, turn: int, overrides: dict[str, tuple[str, ...]] | None = None) -> str:
        """The line for an occasion, varied deterministically by turn."""
        options = (overrides or {}).get(key) or self.lines[key]
        return options[turn % len(options)]


def _persona(reader: FieldReader, path: tuple) -> Persona:
    allowed = (
        "tier", "id", "title", "summary", "shares_on_open", "shares_on_closed", "can_offer",
        "shows_choices", "max_turns", "cues", "generic_reason_credit",
        "unrelated_story_credit", "next_steps_penalty", "lines", "unlock",
    )
    reader.mapping(path, allowed, "an interviewer")
    tier = reader.integer(path + ("tier",), "an interviewer", 1, 9, 1, required=True)
    cues = reader.text(path + ("cues",), "an interviewer")
    if cues and cues not in CUES:
        reader.problem(path + ("cues",), f"'cues' must be one of: {', '.join(CUES)}")
    lines: dict[str, tuple[str, ...]] = {}
    reader.mapping(path + ("lines",), LINE_KEYS, "the lines")
    for key in LINE_KEYS:
        lines[key] = read_line_options(reader, path + ("lines", key), "the lines")
    unlock = None
    if reader.has(path + ("unlock",)):
        upath = path + ("unlock",)
        reader.mapping(upath, ("after_tier", "runs", "score"), "an unlock rule")
        unlock = UnlockRule(
            tier=tier,
            after_tier=reader.integer(upath + ("after_tier",), "an unlock rule", 1, 9, 1, required=True),
            runs=reader.integer(upath + ("runs",), "an unlock rule", 1, 20, 2, required=True),
            score=reader.integer(upath + ("score",), "an unlock rule", 0, 100, 70, required=True),
        )
    return Persona(
        tier=tier,
        id=reader.slug(path + ("id",), "an interviewer"),
        title=reader.text(path + ("title",), "an interviewer"),
        summary=reader.text(path + ("summary",), "an interviewer"),
        shares_on_open=reader.integer(path + ("shares_on_open",), "an interviewer", 1, 9, 1, required=True),
        shares_on_closed=reader.integer(path + ("shares_on_closed",), "an interviewer", 0, 9, 0, required=True),
        can_offer=_flag(reader, path + ("can_offer",)),
        shows_choices=_flag(reader, path + ("shows_choices",)),
        max_turns=reader.integer(path + ("max_turns",), "an interviewer", 0, 99, 0),
        cues=cues or "full",
        generic_reason_credit=_fraction(reader, path + ("generic_reason_credit",)),
        unrelated_story_credit=_fraction(reader, path + ("unrelated_story_credit",)),
        next_steps_penalty=reader.integer(path + ("next_steps_penalty",), "an interviewer", 0, 100, 20, required=True),
        lines=lines,
        unlock=unlock,
    )


def read_line_options(reader: FieldReader, path: tuple, what: str, *, required: bool = True) -> tuple[str, ...]:
    """One line, or a list of alternatives, for an occasion."""
    value = reader.value(path)
    if isinstance(value, list):
        options = tuple(reader.text(path + (i,), what) for i in range(len(value)))
        if not options:
            reader.problem(path, f"'{path[-1]}' needs at least one line")
        return tuple(o for o in options if o)
    text = reader.text(path, what, required=required)
    return (text,) if text else ()


def _flag(reader: FieldReader, path: tuple) -> bool:
    value = reader.value(path)
    if not isinstance(value, bool):
        reader.problem(path, f"'{path[-1]}' must be true or false")
        return False
    return value


def _fraction(reader: FieldReader, path: tuple) -> float:
    value = reader.value(path)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        reader.problem(path, f"'{path[-1]}' must be a number from 0 to 1")
        return 0.0
    return float(value)


def parse_personas(path: Path) -> dict[int, Persona]:
    """Read and check a personas file.

    Raises:
        SourceError: the first problem found (the bundled file is checked by the tests).
    """
    doc = load_yaml(path)
    reader = FieldReader(doc)
    personas = reader.each((), "the interviewers file", lambda p: _persona(reader, p), minimum=1)
    by_tier: dict[int, Persona] = {}
    for index, persona in enumerate(personas):
        if persona.tier in by_tier:
            reader.problem((index, "tier"), f"tier {persona.tier} is defined twice")
        by_tier[persona.tier] = persona
    for persona in by_tier.values():
        rule = persona.unlock
        if rule and rule.after_tier not in by_tier:
            reader.problem((), f"tier {persona.tier} opens after tier {rule.after_tier}, which does not exist")
    if reader.problems:
        raise reader.problems[0]
    return dict(sorted(by_tier.items()))


@lru_cache(maxsize=1)
def personas() -> dict[int, Persona]:
    """The bundled personas by tier."""
    return parse_personas(PERSONA_FILE)


def persona_for(tier: int) -> Persona:
    """The persona for a tier.

    Raises:
        KeyError: no persona has that tier.
    """
    return personas()[tier]


__all__ = ["Persona", "UnlockRule", "LINE_KEYS", "personas", "persona_for", "parse_personas", "SourceError"]
