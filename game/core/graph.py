"""Provides a scenario's branching as a diagram, in Mermaid or Graphviz DOT.

Each node is a box with its id and the start of what the interviewer says; routes are arrows
labelled with their conditions, `then` steps are dashed arrows, the interview's end is one
box listing the endings the scenario has, and its reservations (hard or soft) stand in a box
of their own, joined by dotted arrows to the nodes where a choice asks about them.
"""

from __future__ import annotations

import re

from .moves import Move
from .scenario import END, Node, Route, Scenario

FORMATS = ("mermaid", "dot")
SAYS_WIDTH = 48
_ASKS = {Move.RESERVATIONS_OPEN, Move.RESERVATIONS_CLOSED}


def _says(node: Node) -> str:
    text = " ".join(" ".join(node.says).split())
    return text if len(text) <= SAYS_WIDTH else text[: SAYS_WIDTH - 1].rstrip() + "…"


def _condition(route: Route) -> str:
    parts = []
    for word, moves in (("if", route.any_of), ("all", route.all_of), ("unless", route.none_of)):
        if moves:
            parts.append(f"{word} {', '.join(sorted(m.value for m in moves))}")
    if route.about:
        parts.append(f"about {', '.join(route.about)}")
    return "; ".join(parts) or "otherwise"


def _asks_about_doubts(node: Node) -> bool:
    if any(_ASKS & set(choice.moves) for choice in node.choices):
        return True
    return any(_ASKS & (route.any_of | route.all_of) for route in node.routes)


def _edges(scenario: Scenario) -> list[tuple[str, str, str, str]]:
    """(from, to, label, style) for every way out of every node; style is 'route' or 'then'."""
    edges = []
    for node in scenario.nodes.values():
        if node.then:
            edges.append((node.id, node.then, "", "then"))
        for route in node.routes:
            edges.append((node.id, route.to, _condition(route), "route"))
    return edges


def _endings(scenario: Scenario) -> str:
    return "end: " + ", ".join(o.replace("_", " ") for o in ("offer", "next_round", "waitlist", "rejected") if o in scenario.endings)


def _reservations(scenario: Scenario) -> list[str]:
    return [f"{r.id} ({r.kind})" for r in scenario.reservations]


# ----- Mermaid -----------------------------------------------------------------------------

def _mermaid_text(text: str) -> str:
    """Text for inside a quoted Mermaid label: entity codes for what Mermaid would read."""
    out = []
    for char in text:
        if char in '"#<>&`;':
            out.append(f"#{ord(char)};")
        elif char in "\r\n\t":
            out.append(" ")
        else:
            out.append(char)
    return "".join(out)


def _mermaid_id(key: tuple[str, str], ids: dict[tuple[str, str], str]) -> str:
    """A safe Mermaid id for a scenario node ("node", id) or a box of the diagram's own ("box", name)."""
    if key not in ids:
        ids[key] = f"n{len(ids)}_{re.sub(r'[^A-Za-z0-9_]', '_', key[1])}"
    return ids[key]


def to_mermaid(scenario: Scenario) -> str:
    ids: dict[tuple[str, str], str] = {}

    def node_ref(ident: str) -> str:
        return _mermaid_id(("box", "end") if ident == END else ("node", ident), ids)

    start = _mermaid_id(("box", "start"), ids)
    end = node_ref(END)
    reservations = _mermaid_id(("box", "reservations"), ids)
    lines = ["flowchart TD"]
    lines.append(f'    {start}(["{_mermaid_text(f"{scenario.title} · tier {scenario.tier}")}"])')
    for node in scenario.nodes.values():
        lines.append(f'    {node_ref(node.id)}["{_mermaid_text(node.id)}: {_mermaid_text(_says(node))}"]')
    lines.append(f'    {end}((("{_mermaid_text(_endings(scenario))}")))')
    lines.append(f'    {reservations}{{{{"{_mermaid_text("reservations: " + "; ".join(_reservations(scenario)))}"}}}}')
    lines.append(f"    {start} --> {node_ref(scenario.begin)}")
    for source, target, label, style in _edges(scenario):
        arrow = "-.->" if style == "then" else "-->"
        text = f'|"{_mermaid_text(label)}"|' if label else ""
        lines.append(f"    {node_ref(source)} {arrow}{text} {node_ref(target)}")
    for node in scenario.nodes.values():
        if _asks_about_doubts(node):
            lines.append(f'    {node_ref(node.id)} -.-|"asks about doubts"| {reservations}')
    lines.append("    classDef ending fill:#e8f4e8,stroke:#2e7d32")
    lines.append("    classDef doubts fill:#fdf1e0,stroke:#b26a00")
    lines.append(f"    class {end} ending")
    lines.append(f"    class {reservations} doubts")
    return "\n".join(lines) + "\n"


# ----- DOT ---------------------------------------------------------------------------------

def _dot_text(text: str) -> str:
    """A double-quoted DOT string: backslashes and quotes escaped, line breaks as \\n."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"'


def to_dot(scenario: Scenario) -> str:
    def ref(ident: str) -> str:
        """Scenario nodes are named 'node ID', so no node id can meet the diagram's own boxes."""
        return '"end"' if ident == END else _dot_text(f"node {ident}")

    lines = [f"digraph {_dot_text(scenario.id)} {{", "    rankdir=TB;", '    node [shape=box, fontname="Helvetica"];']
    lines.append(f'    "start" [shape=oval, label={_dot_text(f"{scenario.title} · tier {scenario.tier}")}];')
    for node in scenario.nodes.values():
        lines.append(f"    {ref(node.id)} [label={_dot_text(node.id + chr(10) + _says(node))}];")
    lines.append(f'    "end" [shape=doublecircle, style=filled, fillcolor="#e8f4e8", label={_dot_text(_endings(scenario))}];')
    doubts = "reservations\n" + "\n".join(_reservations(scenario))
    lines.append(f'    "reservations" [shape=hexagon, style=filled, fillcolor="#fdf1e0", label={_dot_text(doubts)}];')
    lines.append(f'    "start" -> {ref(scenario.begin)};')
    for source, target, label, style in _edges(scenario):
        attrs = "style=dashed" if style == "then" else f"label={_dot_text(label)}"
        lines.append(f"    {ref(source)} -> {ref(target)} [{attrs}];")
    for node in scenario.nodes.values():
        if _asks_about_doubts(node):
            lines.append(f'    {ref(node.id)} -> "reservations" [style=dotted, arrowhead=none, label="asks about doubts"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def render(scenario: Scenario, fmt: str) -> str:
    """The scenario as a diagram in `fmt` (one of FORMATS).

    Raises:
        ValueError: an unknown format.
    """
    if fmt == "mermaid":
        return to_mermaid(scenario)
    if fmt == "dot":
        return to_dot(scenario)
    raise ValueError(f"unknown format {fmt!r} (formats: {', '.join(FORMATS)})")
