"""Provides the scenario model (immutable interview content) and its validating loader."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .fields import FieldReader
from .personas import LINE_KEYS, personas, read_line_options
from .kinds import REPLY_HANDLINGS, Kind, Outcome
from .moves import Move
from .yamlsource import LocatedDocument, SourceError, load_yaml, parse_yaml

END = "end"
OUTCOMES = tuple(outcome.value for outcome in Outcome)
HANDLED = tuple(handling.value for handling in REPLY_HANDLINGS)
KINDS = tuple(kind.value for kind in Kind)
MIN_CHOICES = 3
MAX_CHOICES = 6


class ScenarioError(Exception):
    """A scenario file with one or more located problems."""

    def __init__(self, problems: list[SourceError]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class Choice:
    """An authored line the candidate can pick, and the moves it carries."""

    id: str
    text: str
    moves: tuple[Move, ...]


@dataclass(frozen=True)
class Route:
    """A way out of a node, taken when the candidate's moves meet its conditions."""

    to: str
    any_of: frozenset[Move] = frozenset()
    all_of: frozenset[Move] = frozenset()
    none_of: frozenset[Move] = frozenset()
    about: tuple[str, ...] = ()

    @property
    def is_default(self) -> bool:
        return not (self.any_of or self.all_of or self.none_of or self.about)


@dataclass(frozen=True)
class Node:
    """A point in the conversation: what the interviewer says, and what may follow.

    A node either waits for the candidate (choices and routes) or, with `then`, goes
    straight on to another node once its lines are said (an answer, a bridge).
    """

    id: str
    says: tuple[str, ...]
    choices: tuple[Choice, ...]
    routes: tuple[Route, ...]
    then: str = ""

    @property
    def exits(self) -> list[str]:
        return [self.then] if self.then else [route.to for route in self.routes]


@dataclass(frozen=True)
class Example:
    """An author's example for the pertinence judge: a story that should (or should not) counter
    a doubt, or a reason that should (or should not) tie to a trait; `where` is its line and column."""

    text: str
    pertinent: bool
    where: tuple[int, int] = field(default=(1, 1), compare=False)


@dataclass(frozen=True)
class Trait:
    """Something the role, its environment or its mission offers; fit reasons are judged by it."""

    id: str
    about: str
    topics: tuple[str, ...]
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True)
class Reservation:
    """A doubt the interviewer holds about the candidate."""

    id: str
    kind: Kind
    says: str
    topics: tuple[str, ...]
    replies: dict[str, str]
    responses: tuple[Choice, ...]
    examples: tuple[Example, ...] = ()

    @property
    def is_hard(self) -> bool:
        return self.kind is Kind.HARD


@dataclass(frozen=True)
class InterviewerInfo:
    name: str
    persona: str
    tier: int


@dataclass(frozen=True)
class Scenario:
    """One interview's ending, as written by its author."""

    id: str
    title: str
    company: str
    role: str
    brief: str
    interviewer: InterviewerInfo
    fit: int
    accept: int
    traits: tuple[Trait, ...]
    reservations: tuple[Reservation, ...]
    begin: str
    nodes: dict[str, Node]
    endings: dict[str, str]
    lines: dict[str, tuple[str, ...]]
    source: str = ""
    content_hash: str = ""
    positions: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def tier(self) -> int:
        return self.interviewer.tier

    @property
    def brief_paragraphs(self) -> list[str]:
        """The brief as paragraphs, with the author's line breaks inside each folded away."""
        return [" ".join(p.split()) for p in self.brief.split("\n\n") if p.strip()]

    def reservation(self, reservation_id: str) -> Reservation:
        for reservation in self.reservations:
            if reservation.id == reservation_id:
                return reservation
        raise KeyError(reservation_id)


TOP_KEYS = (
    "id", "title", "company", "role", "brief", "interviewer", "first_impression", "traits",
    "reservations", "begin", "nodes", "endings", "lines",
)
# The keys each part of a scenario may have (docs/scenario.schema.json is tested against these).
INTERVIEWER_KEYS = ("name", "persona", "tier")
IMPRESSION_KEYS = ("fit", "accept")
TRAIT_KEYS = ("id", "about", "topics", "examples")
RESERVATION_KEYS = ("id", "kind", "says", "topics", "replies", "responses", "examples")
# The two lists under `examples:`, (for the judge to find pertinent, to find irrelevant).
STORY_EXAMPLE_KEYS = ("pertinent", "irrelevant")
REASON_EXAMPLE_KEYS = ("specific", "generic")
NODE_KEYS = ("says", "choices", "routes", "then")
CHOICE_KEYS = ("id", "text", "moves")
ROUTE_KEYS = ("if", "all", "unless", "about", "to")


def _choice(reader: FieldReader, path: tuple) -> Choice:
    reader.mapping(path, CHOICE_KEYS, "a choice")
    return Choice(
        id=reader.slug(path + ("id",), "a choice"),
        text=reader.text(path + ("text",), "a choice"),
        moves=reader.moves(path + ("moves",), "a choice"),
    )


def _choices(reader: FieldReader, path: tuple, what: str, *, required: bool) -> tuple[Choice, ...]:
    choices = reader.each(path, what, lambda p: _choice(reader, p), required=required)
    if choices and not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
        reader.problem(path, f"{what} offers {len(choices)} choices; offer from {MIN_CHOICES} to {MAX_CHOICES}")
    reader.unique_ids([(c.id, path + (i, "id")) for i, c in enumerate(choices)], "choice id")
    return tuple(choices)


def _route(reader: FieldReader, path: tuple) -> Route:
    reader.mapping(path, ROUTE_KEYS, "a route")

    def moves(key: str) -> frozenset[Move]:
        if not reader.has(path + (key,)):
            return frozenset()
        return frozenset(reader.moves(path + (key,), "a route"))

    return Route(
        to=reader.text(path + ("to",), "a route"),
        any_of=moves("if"),
        all_of=moves("all"),
        none_of=moves("unless"),
        about=reader.words(path + ("about",), "a route", required=False),
    )


def _node(reader: FieldReader, path: tuple) -> Node:
    reader.mapping(path, NODE_KEYS, f"node '{path[-1]}'")
    says = read_line_options(reader, path + ("says",), f"node '{path[-1]}'")
    if reader.has(path + ("then",)):
        for key in ("choices", "routes"):
            if reader.has(path + (key,)):
                reader.problem(path + (key,), f"a node with 'then' goes straight on: it cannot also have '{key}'")
        return Node(id=str(path[-1]), says=says, choices=(), routes=(), then=reader.text(path + ("then",), f"node '{path[-1]}'"))
    routes = tuple(reader.each(path + ("routes",), f"node '{path[-1]}'", lambda p: _route(reader, p), minimum=1))
    if routes and not routes[-1].is_default:
        reader.problem(path + ("routes", len(routes) - 1), "the last route must have only 'to', so that every line has somewhere to go")
    for index, route in enumerate(routes[:-1]):
        if route.is_default:
            reader.problem(path + ("routes", index), "a route with only 'to' catches everything: the routes after it are never used")
    return Node(
        id=str(path[-1]),
        says=says,
        choices=_choices(reader, path + ("choices",), f"node '{path[-1]}'", required=False),
        routes=routes,
    )


def _examples(reader: FieldReader, path: tuple, keys: tuple[str, str], what: str) -> tuple[Example, ...]:
    """The author's examples under `path` (a mapping of the two lists in `keys`), if any."""
    if not reader.has(path):
        return ()
    reader.mapping(path, keys, f"the examples of {what}")
    found = []
    for key, pertinent in zip(keys, (True, False)):
        for index, _ in enumerate(reader.items(path + (key,), f"the examples of {what}", required=False)):
            text = reader.text(path + (key, index), f"the examples of {what}")
            if text:
                found.append(Example(text, pertinent, reader.doc.where(path + (key, index))))
    return tuple(found)


def _trait(reader: FieldReader, path: tuple) -> Trait:
    reader.mapping(path, TRAIT_KEYS, "a trait")
    return Trait(
        id=reader.slug(path + ("id",), "a trait"),
        about=reader.text(path + ("about",), "a trait"),
        topics=reader.words(path + ("topics",), "a trait"),
        examples=_examples(reader, path + ("examples",), REASON_EXAMPLE_KEYS, "a trait"),
    )


def _reservation(reader: FieldReader, path: tuple) -> Reservation:
    reader.mapping(path, RESERVATION_KEYS, "a reservation")
    kind = reader.text(path + ("kind",), "a reservation")
    if kind and kind not in KINDS:
        reader.problem(path + ("kind",), f"'kind' must be hard or soft (got {kind!r})")
    wanted = HANDLED if kind != "hard" else tuple(h for h in HANDLED if h != "countered")
    reader.mapping(path + ("replies",), HANDLED, "the replies")
    if kind == "hard" and reader.has(path + ("examples",)):
        reader.problem(path + ("examples",), "a hard reservation cannot be countered by a story, so it takes no story examples; remove 'examples'")
    if kind == "hard" and reader.has(path + ("replies", "countered")):
        reader.problem(path + ("replies", "countered"), "a hard reservation cannot be countered by a story; remove 'countered'")
    replies = {}
    for key in wanted:
        replies[key] = reader.text(path + ("replies", key), "the replies")
    return Reservation(
        id=reader.slug(path + ("id",), "a reservation"),
        kind=Kind(kind) if kind in KINDS else Kind.SOFT,
        says=reader.text(path + ("says",), "a reservation"),
        topics=reader.words(path + ("topics",), "a reservation"),
        replies=replies,
        responses=_choices(reader, path + ("responses",), f"reservation '{reader.value(path + ('id',))}'", required=False),
        examples=_examples(reader, path + ("examples",), STORY_EXAMPLE_KEYS, "a reservation"),
    )


def _check_graph(reader: FieldReader, nodes: dict[str, Node], begin: str) -> None:
    known = f"(nodes are: {', '.join(nodes)}, or 'end')"
    for node in nodes.values():
        for index, route in enumerate(node.routes):
            if route.to and route.to != END and route.to not in nodes:
                reader.problem(("nodes", node.id, "routes", index, "to"), f"route goes to unknown node {route.to!r} {known}")
        if node.then and node.then != END and node.then not in nodes:
            reader.problem(("nodes", node.id, "then"), f"'then' names unknown node {node.then!r} {known}")
        if node.then == node.id:
            reader.problem(("nodes", node.id, "then"), "a node cannot go straight on to itself")
    if begin not in nodes:
        return
    reached = {begin}
    frontier = [begin]
    while frontier:
        for target in nodes[frontier.pop()].exits:
            if target in nodes and target not in reached:
                reached.add(target)
                frontier.append(target)
    for node_id in nodes:
        if node_id not in reached:
            reader.problem(("nodes", node_id), f"node {node_id!r} is never reached from {begin!r}")
    ends = {END}
    changed = True
    while changed:
        changed = False
        for node in nodes.values():
            if node.id not in ends and any(target in ends for target in node.exits):
                ends.add(node.id)
                changed = True
    for node_id in reached - ends:
        reader.problem(("nodes", node_id), f"dead end: no path from node {node_id!r} leads to 'end'")


def _positions(doc: LocatedDocument, nodes: dict[str, Node], reservations: tuple[Reservation, ...]) -> dict[str, tuple[int, int]]:
    """Where the parts an author may need pointing at stand: the id, nodes, choices, responses."""
    positions = {"id": doc.where(("id",))}
    for node in nodes.values():
        positions[f"nodes/{node.id}"] = doc.where(("nodes", node.id))
        for index, choice in enumerate(node.choices):
            positions[f"nodes/{node.id}/{choice.id}"] = doc.where(("nodes", node.id, "choices", index, "text"))
    for r, reservation in enumerate(reservations):
        positions[f"reservations/{reservation.id}"] = doc.where(("reservations", r))
        for index, choice in enumerate(reservation.responses):
            positions[f"reservations/{reservation.id}/{choice.id}"] = doc.where(("reservations", r, "responses", index, "text"))
    return positions


def content_hash(data: object) -> str:
    """A short fingerprint of a scenario's content, blind to comments and layout."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def parse_scenario(doc: LocatedDocument) -> Scenario:
    """Build a scenario from a located document, reporting every problem found.

    Raises:
        ScenarioError: the document is not a valid scenario.
    """
    reader = FieldReader(doc)
    if not isinstance(doc.data, dict):
        raise ScenarioError([doc.error((), "a scenario file must be a mapping with id, title, nodes, ...")])
    reader.mapping((), TOP_KEYS, "a scenario")

    reader.mapping(("interviewer",), INTERVIEWER_KEYS, "the interviewer")
    tier = reader.integer(("interviewer", "tier"), "the interviewer", 1, 9, 1, required=True)
    known = personas()
    if tier not in known:
        reader.problem(("interviewer", "tier"), f"no interviewer persona has tier {tier} (tiers are: {', '.join(map(str, known))})")
    interviewer = InterviewerInfo(
        name=reader.text(("interviewer", "name"), "the interviewer"),
        persona=reader.text(("interviewer", "persona"), "the interviewer"),
        tier=tier,
    )

    reader.mapping(("first_impression",), IMPRESSION_KEYS, "the first impression")
    traits = tuple(reader.each(("traits",), "a scenario", lambda p: _trait(reader, p), minimum=1))
    reader.unique_ids([(t.id, ("traits", i, "id")) for i, t in enumerate(traits)], "trait id")
    reservations = tuple(reader.each(("reservations",), "a scenario", lambda p: _reservation(reader, p), minimum=1))
    reader.unique_ids([(r.id, ("reservations", i, "id")) for i, r in enumerate(reservations)], "reservation id")

    nodes: dict[str, Node] = {}
    node_value = reader.value(("nodes",))
    raw_nodes = reader.mapping(("nodes",), tuple(node_value) if isinstance(node_value, dict) else (), "the nodes")
    if reader.required(("nodes",), "a scenario") and not raw_nodes:
        reader.problem(("nodes",), "'nodes' needs at least one node")
    for node_id in raw_nodes:
        if not isinstance(node_id, str) or not node_id or node_id == END:
            reader.problem(("nodes", node_id), f"{node_id!r} cannot name a node ('end' is where the interview stops)")
            continue
        nodes[node_id] = _node(reader, ("nodes", node_id))
    begin = reader.text(("begin",), "a scenario")
    if begin and nodes and begin not in nodes:
        reader.problem(("begin",), f"'begin' names unknown node {begin!r}")
    _check_graph(reader, nodes, begin)

    if tier in known and known[tier].shows_choices:
        for node in nodes.values():
            if not node.then and not node.choices and not reader.has(("nodes", node.id, "choices")):
                reader.problem(("nodes", node.id), f"node {node.id!r} has no choices, but a tier-{tier} interviewer shows choices: add {MIN_CHOICES} to {MAX_CHOICES}")
        for index, reservation in enumerate(reservations):
            if not reservation.responses and not reader.has(("reservations", index, "responses")):
                reader.problem(("reservations", index), f"reservation {reservation.id!r} has no responses, but a tier-{tier} interviewer shows choices: add {MIN_CHOICES} to {MAX_CHOICES}")

    can_offer = tier in known and known[tier].can_offer and not any(r.is_hard for r in reservations)
    needed = OUTCOMES if can_offer else tuple(o for o in OUTCOMES if o != "offer")
    reader.mapping(("endings",), OUTCOMES, "the endings")
    endings = {}
    for outcome in needed:
        endings[outcome] = reader.text(("endings", outcome), "the endings")
    if reader.has(("endings", "offer")) and not can_offer:
        endings["offer"] = reader.text(("endings", "offer"), "the endings")

    reader.mapping(("lines",), LINE_KEYS, "the lines")
    lines = {}
    for key in LINE_KEYS:
        if reader.has(("lines", key)):
            lines[key] = read_line_options(reader, ("lines", key), "the lines")

    scenario = Scenario(
        id=reader.slug(("id",), "a scenario"),
        title=reader.text(("title",), "a scenario"),
        company=reader.text(("company",), "a scenario"),
        role=reader.text(("role",), "a scenario"),
        brief=reader.text(("brief",), "a scenario"),
        interviewer=interviewer,
        fit=reader.integer(("first_impression", "fit"), "the first impression", 0, 100, 60),
        accept=reader.integer(("first_impression", "accept"), "the first impression", 0, 100, 50),
        traits=traits,
        reservations=reservations,
        begin=begin,
        nodes=nodes,
        endings=endings,
        lines=lines,
        source=doc.file,
        content_hash=content_hash(doc.data),
        positions=_positions(doc, nodes, reservations),
    )
    if reader.problems:
        raise ScenarioError(sorted(reader.problems, key=lambda p: (p.line, p.col)))
    return scenario


def load_scenario(path: Path) -> Scenario:
    """Read and check one scenario file.

    Raises:
        ScenarioError: the file cannot be read or is not a valid scenario.
    """
    try:
        return parse_scenario(load_yaml(path))
    except SourceError as exc:
        raise ScenarioError([exc]) from None


def scenario_from_text(text: str, file: str = "<scenario>") -> Scenario:
    """Read a scenario from YAML text (used by tests and tools)."""
    try:
        return parse_scenario(parse_yaml(text, file))
    except SourceError as exc:
        raise ScenarioError([exc]) from None
