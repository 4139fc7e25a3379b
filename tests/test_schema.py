"""The JSON Schema for scenario files agrees with the loader: same keys, same requirements.

The game has no jsonschema dependency, so a small validator for the draft-07 keywords the
schema uses is written here; a keyword it does not know fails the test rather than passing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from game.core.catalog import bundled_scenario_dir, scenario_files
from game.core.fields import SLUG
from game.core.moves import Move
from game.core.personas import LINE_KEYS, personas
from game.core.scenario import (
    CHOICE_KEYS, HANDLED, IMPRESSION_KEYS, INTERVIEWER_KEYS, KINDS, MAX_CHOICES, MIN_CHOICES, NODE_KEYS, OUTCOMES,
    RESERVATION_KEYS, ROUTE_KEYS, TOP_KEYS, TRAIT_KEYS, ScenarioError, scenario_from_text,
)

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "scenario.schema.json"
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
TESTS = Path(__file__).resolve().parent
PACK_SHOP = TESTS / "packs" / "corner-shop.yaml"
KNOWN = {"$schema", "title", "description", "type", "required", "additionalProperties", "properties", "allOf",
         "definitions", "$ref", "anyOf", "oneOf", "not", "if", "then", "else", "enum", "const", "pattern",
         "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "items", "minProperties", "propertyNames",
         "contains"}


def _type_ok(value, kind: str) -> bool:
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
    }[kind]


def errors(value, schema: dict, path: str = "") -> list[str]:
    """Where `value` breaks `schema` (empty when it conforms)."""
    unknown = set(schema) - KNOWN
    assert not unknown, f"the test's validator does not know {unknown}"
    if "$ref" in schema:
        target = SCHEMA
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        found = errors(value, target, path)
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "description")}
        return found + (errors(value, rest, path) if rest else [])
    found: list[str] = []
    if "type" in schema and not _type_ok(value, schema["type"]):
        return [f"{path}: not {schema['type']}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{path}: {value!r} not in {schema['enum']}")
    if "const" in schema and value != schema["const"]:
        found.append(f"{path}: {value!r} is not {schema['const']!r}")
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        found.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if _type_ok(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            found.append(f"{path}: below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            found.append(f"{path}: above {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            found.append(f"{path}: {len(value)} items")
        if schema.get("uniqueItems") and len(set(map(json.dumps, value))) != len(value):
            found.append(f"{path}: repeated items")
        for index, item in enumerate(value):
            if "items" in schema:
                found += errors(item, schema["items"], f"{path}/{index}")
        if "contains" in schema and not any(not errors(item, schema["contains"]) for item in value):
            found.append(f"{path}: contains nothing matching")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                found.append(f"{path}: missing {key}")
        if len(value) < schema.get("minProperties", 0):
            found.append(f"{path}: too few keys")
        properties = schema.get("properties", {})
        for key, item in value.items():
            if "propertyNames" in schema:
                found += errors(key, schema["propertyNames"], f"{path}/{key}(name)")
            if key in properties:
                found += errors(item, properties[key], f"{path}/{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{path}: unknown key {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                found += errors(item, schema["additionalProperties"], f"{path}/{key}")
    for part in schema.get("allOf", []):
        found += errors(value, part, path)
    if "anyOf" in schema and all(errors(value, part, path) for part in schema["anyOf"]):
        found.append(f"{path}: matches none of anyOf")
    if "oneOf" in schema and sum(not errors(value, part, path) for part in schema["oneOf"]) != 1:
        found.append(f"{path}: does not match exactly one of oneOf")
    if "not" in schema and not errors(value, schema["not"], path):
        found.append(f"{path}: matches what 'not' forbids")
    if "if" in schema:
        branch = schema.get("then") if not errors(value, schema["if"], path) else schema.get("else")
        if branch:
            found += errors(value, branch, path)
    return found


def scenario_fixtures() -> list[Path]:
    """Every scenario file under tests/ (a mapping with an id and nodes), wherever it stands."""
    found = []
    for path in sorted(TESTS.rglob("*.y*ml")):
        if path.suffix not in (".yaml", ".yml") or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8")
        if not re.search(r"^nodes:", text, re.M):
            continue
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        if isinstance(data, dict) and "nodes" in data and "id" in data:
            found.append(path)
    return found


def keys(definition: str) -> set[str]:
    schema = SCHEMA["properties"][definition] if definition in SCHEMA["properties"] else SCHEMA["definitions"][definition]
    return set(schema["properties"])


@pytest.mark.parametrize("path", scenario_files(bundled_scenario_dir()) + scenario_fixtures(),
                         ids=lambda p: str(p.relative_to(p.parent.parent)))
def test_every_bundled_and_fixture_scenario_validates(path):
    scenario_from_text(path.read_text(encoding="utf-8"), str(path))
    assert errors(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA) == []


def test_the_guide_s_example_validates():
    guide = (SCHEMA_FILE.parent / "scenarios.md").read_text(encoding="utf-8")
    example = guide.split("## A complete small example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    scenario = scenario_from_text(example, "docs/scenarios.md")
    assert scenario.id == "bakery-supervisor"
    assert errors(yaml.safe_load(example), SCHEMA) == []


def test_fixtures_are_found():
    assert PACK_SHOP in scenario_fixtures()


class TestAgreement:
    def test_allowed_keys(self):
        assert set(SCHEMA["properties"]) == set(TOP_KEYS)
        assert keys("interviewer") == set(INTERVIEWER_KEYS)
        assert keys("first_impression") == set(IMPRESSION_KEYS)
        assert keys("trait") == set(TRAIT_KEYS)
        assert keys("reservation") == set(RESERVATION_KEYS)
        assert set(SCHEMA["definitions"]["reservation"]["properties"]["replies"]["properties"]) == set(HANDLED)
        assert keys("node") == set(NODE_KEYS)
        assert keys("choice") == set(CHOICE_KEYS)
        assert keys("route") == set(ROUTE_KEYS)
        assert keys("endings") == set(OUTCOMES)
        assert keys("lines") == set(LINE_KEYS)

    def test_values(self):
        assert set(SCHEMA["definitions"]["moves"]["items"]["enum"]) == {m.value for m in Move}
        assert set(SCHEMA["definitions"]["reservation"]["properties"]["kind"]["enum"]) == set(KINDS)
        assert SCHEMA["properties"]["interviewer"]["properties"]["tier"]["enum"] == sorted(personas())
        assert SCHEMA["definitions"]["slug"]["anyOf"][0]["pattern"] == SLUG.pattern
        choices = SCHEMA["definitions"]["choices"]
        assert (choices["minItems"], choices["maxItems"]) == (MIN_CHOICES, MAX_CHOICES)
        shows, offers = (rule["if"]["properties"]["interviewer"]["properties"]["tier"]["enum"] for rule in SCHEMA["allOf"])
        assert shows == sorted(t for t, p in personas().items() if p.shows_choices)
        assert offers == sorted(t for t, p in personas().items() if p.can_offer)

    @pytest.mark.parametrize("key", TOP_KEYS)
    def test_top_level_keys_required_alike(self, key):
        data = yaml.safe_load(PACK_SHOP.read_text(encoding="utf-8"))
        del data[key]
        schema_refuses = bool(errors(data, SCHEMA))
        try:
            scenario_from_text(yaml.safe_dump(data), "missing.yaml")
            loader_refuses = False
        except ScenarioError:
            loader_refuses = True
        assert schema_refuses == loader_refuses == (key in SCHEMA["required"])

    @pytest.mark.parametrize("where,key", [
        ((), "extra"), (("interviewer",), "extra"), (("traits", 0), "extra"), (("reservations", 0), "extra"),
        (("reservations", 0, "replies"), "extra"), (("nodes", "opening"), "extra"),
        (("nodes", "opening", "choices", 0), "extra"), (("nodes", "opening", "routes", 0), "extra"),
        (("endings",), "extra"),
    ])
    def test_unknown_keys_refused_alike(self, where, key):
        data = yaml.safe_load(PACK_SHOP.read_text(encoding="utf-8"))
        target = data
        for part in where:
            target = target[part]
        target[key] = "x"
        assert errors(data, SCHEMA)
        with pytest.raises(ScenarioError, match="unknown key 'extra'"):
            scenario_from_text(yaml.safe_dump(data), "extra.yaml")

    @pytest.mark.parametrize("change", ["hard-with-countered", "offer-missing", "tier-two-without-choices", "then-and-routes"])
    def test_rules_across_keys_refused_alike(self, change):
        data = yaml.safe_load(PACK_SHOP.read_text(encoding="utf-8"))
        if change == "hard-with-countered":
            data["reservations"][0]["kind"] = "hard"
        elif change == "offer-missing":
            del data["endings"]["offer"]
        elif change == "tier-two-without-choices":
            del data["nodes"]["wrap"]["choices"]
        else:
            data["nodes"]["answer-busiest"]["routes"] = [{"to": "wrap"}]
        assert errors(data, SCHEMA)
        with pytest.raises(ScenarioError):
            scenario_from_text(yaml.safe_dump(data), "rule.yaml")

    def test_a_hard_reservation_frees_the_offer_ending_in_both(self):
        data = yaml.safe_load(PACK_SHOP.read_text(encoding="utf-8"))
        data["reservations"][0]["kind"] = "hard"
        del data["reservations"][0]["replies"]["countered"]
        del data["endings"]["offer"]
        assert errors(data, SCHEMA) == []
        scenario_from_text(yaml.safe_dump(data), "hard.yaml")
