"""The branching diagram: every node, route, ending and reservation, with labels escaped per format."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.core.graph import render
from game.core.scenario import scenario_from_text

PACKS = Path(__file__).parent / "packs"
SHOP_TEXT = (PACKS / "corner-shop.yaml").read_text(encoding="utf-8")
NASTY = 'Say "hi" <b>#1</b> & back\\slash; [x] {y} |z| `q`'
DOT_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
MERMAID_LABEL = re.compile(r'"[^"\n]*"')


@pytest.fixture(scope="module")
def shop():
    return scenario_from_text(SHOP_TEXT, "corner-shop.yaml")


@pytest.fixture(scope="module")
def nasty():
    text = SHOP_TEXT.replace("says: Anything else?", "says: '" + NASTY + "'")
    text = text.replace("  answer-busiest:", '  "A [odd] \\"id\\"":').replace("to: answer-busiest", 'to: "A [odd] \\"id\\""')
    text = text.replace("title: The Corner Shop", 'title: "The \\"Corner\\"\\nShop"')
    scenario = scenario_from_text(text, "nasty.yaml")
    assert " ".join(scenario.nodes["wrap"].says) == NASTY
    return scenario


def route_count(scenario) -> int:
    return sum(len(node.routes) + (1 if node.then else 0) for node in scenario.nodes.values())


class TestMermaid:
    def test_every_node_route_ending_and_reservation(self, shop):
        text = render(shop, "mermaid")
        assert text.startswith("flowchart TD\n")
        for node_id in shop.nodes:
            assert f'["{node_id}: ' in text
        arrows = [line for line in text.splitlines() if re.search(r"\s(-->|-\.->)", line)]
        assert len(arrows) == route_count(shop) + 1  # and the arrow from the start
        assert "end: offer, next round, waitlist, rejected" in text
        assert "cash-handling (soft)" in text and "early-starts (soft)" in text
        assert text.count("asks about doubts") == 1  # only 'wrap' offers a reservations question
        assert '|"if question"|' in text and '|"otherwise"|' in text

    def test_labels_are_escaped(self, nasty):
        text = render(nasty, "mermaid")
        for line in text.splitlines():
            assert '"' not in MERMAID_LABEL.sub("", line), line
            for label in MERMAID_LABEL.findall(line):
                assert not re.search(r"[<>&`]", label), line
        assert "Say #34;hi#34; #60;b#62;#35;1#60;/b#62; #38; back\\slash#59; [x] {y} |z| #96;q#96;" in text
        assert '(["The #34;Corner#34; Shop · tier 2"])' in text

    def test_node_ids_are_safe_mermaid_ids(self, nasty):
        text = render(nasty, "mermaid")
        ids = re.findall(r"^\s+([^\s\[({]+)[\[({]", text, re.M)
        assert len(ids) == len(nasty.nodes) + 3 and all(re.fullmatch(r"n\d+_[A-Za-z0-9_]+", i) for i in ids), ids
        assert '["A [odd] #34;id#34;: Saturdays, without a doubt."]' in text


class TestDot:
    def test_every_node_route_ending_and_reservation(self, shop):
        text = render(shop, "dot")
        assert text.startswith('digraph "corner-shop" {') and text.rstrip().endswith("}")
        for node_id in shop.nodes:
            assert f'"node {node_id}" [label="{node_id}\\n' in text
        assert text.count(" -> ") == route_count(shop) + 1 + 1  # the start, and the reservations link
        assert text.count("style=dashed") == 1  # answer-busiest goes straight on
        assert 'label="end: offer, next round, waitlist, rejected"' in text
        assert "cash-handling (soft)" in text

    def test_labels_are_escaped(self, nasty):
        text = render(nasty, "dot")
        for line in text.splitlines():
            assert '"' not in DOT_STRING.sub("", line), line
        assert '\\"hi\\" <b>#1</b> & back\\\\slash' in text
        assert 'label="The \\"Corner\\"\\nShop · tier 2"' in text
        assert '"node A [odd] \\"id\\"" -> "node wrap" [style=dashed];' in text


def test_the_command(tmp_path):
    env = {**os.environ, "CLOSER_SAVES": str(tmp_path / "saves")}
    env.pop("CLOSER_SCENARIOS", None)
    base = [sys.executable, "-m", "game", "--scenarios", str(PACKS), "graph", "corner-shop"]
    mermaid = subprocess.run(base, capture_output=True, env=env, timeout=120)
    assert mermaid.returncode == 0 and mermaid.stdout.decode().startswith("flowchart TD")
    dot = subprocess.run(base + ["--format", "dot"], capture_output=True, env=env, timeout=120)
    assert dot.returncode == 0 and dot.stdout.decode().startswith("digraph")
    wrong = subprocess.run(base + ["--format", "png"], capture_output=True, env=env, timeout=120)
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr.decode()
    unknown = subprocess.run(base[:-1] + ["no-such-id"], capture_output=True, env=env, timeout=120)
    assert unknown.returncode == 1 and "unknown scenario 'no-such-id'" in unknown.stderr.decode()
