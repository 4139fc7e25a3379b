"""Scenario files: the bundled ones are sound, and broken ones are reported as file:line:col."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.core.authoring import check_files, reading_warnings
from game.core.catalog import bundled_scenario_dir, load_catalog, scenario_files
from game.core.personas import persona_for
from game.core.scenario import MAX_CHOICES, MIN_CHOICES, ScenarioError, load_scenario

LOCATED = re.compile(r"^(.+?):(\d+):(\d+): .+$")
AMAZON = bundled_scenario_dir() / "amazon-logistics.yaml"


class TestBundled:
    def test_seed_scenarios_ship(self, catalog):
        assert {"amazon-logistics", "stats-analyst"} <= set(catalog.scenarios)

    def test_at_least_two_scenarios_per_tier(self, catalog):
        tiers = [s.tier for s in catalog.scenarios.values()]
        assert all(tiers.count(t) >= 2 for t in (1, 2, 3, 4)), tiers

    def test_every_decision_point_offers_three_to_six_choices(self, catalog):
        for scenario in catalog.scenarios.values():
            if not persona_for(scenario.tier).shows_choices:
                continue
            for node in scenario.nodes.values():
                if not node.then:
                    assert MIN_CHOICES <= len(node.choices) <= MAX_CHOICES, (scenario.id, node.id)
            for reservation in scenario.reservations:
                assert MIN_CHOICES <= len(reservation.responses) <= MAX_CHOICES, (scenario.id, reservation.id)

    def test_choices_read_as_they_are_marked(self, catalog):
        warnings = [w for s in catalog.scenarios.values() for w in reading_warnings(s)]
        assert warnings == []

    def test_stats_analyst_has_a_hard_and_a_soft_reservation(self, catalog):
        kinds = [r.kind for r in catalog.scenarios["stats-analyst"].reservations]
        assert "hard" in kinds and "soft" in kinds

    def test_tier_three_and_up_hold_a_hard_reservation(self, catalog):
        for scenario in catalog.scenarios.values():
            if scenario.tier >= 3:
                assert any(r.is_hard for r in scenario.reservations), scenario.id

    def test_validate_passes_on_the_bundle(self):
        report = check_files(scenario_files(bundled_scenario_dir()))
        assert report.errors == [] and report.warnings == []


def broken(tmp_path: Path, text: str, name: str = "broken.yaml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as error:
        load_scenario(path)
    messages = [str(p) for p in error.value.problems]
    for message in messages:
        assert LOCATED.match(message), message
        assert message.startswith(str(path))
    return messages


class TestBroken:
    @pytest.mark.parametrize("old,new,fragment", [
        ("begin: opening", "begin: nowhere", "'begin' names unknown node 'nowhere'"),
        ("        to: why-sure\n", "        to: why-not\n", "unknown node 'why-not'"),
        ("kind: soft", "kind: squishy", "'kind' must be hard or soft"),
        ("moves: [question]", "moves: [questoin]", "unknown move 'questoin'"),
        ("  tier: 1", "  tier: 9", "no interviewer persona has tier 9"),
    ])
    def test_problems_name_file_line_and_column(self, tmp_path, old, new, fragment):
        original = AMAZON.read_text(encoding="utf-8")
        line = original[: original.index(old)].count("\n") + 1 + old[: len(old) - len(old.lstrip("\n"))].count("\n")
        messages = broken(tmp_path, original.replace(old, new, 1))
        located = [m for m in messages if fragment in m]
        assert located, messages
        assert int(LOCATED.match(located[0]).group(2)) == line, located

    def test_yaml_syntax_error_points_at_the_spot(self, tmp_path):
        messages = broken(tmp_path, "id: x\ntitle: [unclosed\nrole: y\n")
        assert re.search(r":\d+:\d+: ", messages[0])

    def test_unknown_key_is_reported_where_it_stands(self, tmp_path):
        original = AMAZON.read_text(encoding="utf-8")
        line = original[: original.index("title: Peak Season")].count("\n") + 2
        messages = broken(tmp_path, original.replace("title: Peak Season", "title: Peak Season\ntitel: oops"))
        assert any(f":{line}:1: unknown key 'titel'" in m for m in messages), messages

    def test_duplicate_key(self, tmp_path):
        messages = broken(tmp_path, "id: a\nid: b\n")
        assert any(":2:1: duplicate key 'id'" in m for m in messages), messages

    def test_not_utf8(self, tmp_path):
        path = tmp_path / "latin.yaml"
        path.write_bytes("id: caf\xe9\n".encode("latin-1"))
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert "not UTF-8" in str(error.value)

    @pytest.mark.parametrize("text", ["", "just a string", "- a\n- list\n", "id: [1, 2]\n"])
    def test_nonsense_is_refused_with_a_location(self, tmp_path, text):
        assert broken(tmp_path, text)

    def test_unreachable_nodes(self, tmp_path):
        text = AMAZON.read_text(encoding="utf-8").replace("\nendings:", """
  island:
    says: Nobody gets here.
    then: end

endings:""")
        assert any("'island' is never reached" in m for m in broken(tmp_path, text))

    def test_dead_ends(self, tmp_path):
        text = AMAZON.read_text(encoding="utf-8").replace("""        Good question. Ask Daniel that one too; he'll have a sharper answer than I do.
    then: wrap""", """        Good question. Ask Daniel that one too; he'll have a sharper answer than I do.
    then: loop-a
  loop-a:
    says: Round we go.
    then: loop-b
  loop-b:
    says: And round again.
    then: loop-a""")
        messages = broken(tmp_path, text)
        assert any("dead end" in m and "loop-a" in m for m in messages), messages

    def test_a_broken_file_does_not_stop_the_others(self, tmp_path):
        (tmp_path / "good.yaml").write_text(AMAZON.read_text(encoding="utf-8").replace("id: amazon-logistics", "id: copy"), encoding="utf-8")
        (tmp_path / "bad.yaml").write_text("id: bad\ntitle: [\n", encoding="utf-8")
        catalog = load_catalog([tmp_path])
        assert list(catalog.scenarios) == ["copy"]
        assert len(catalog.problems) == 1 and LOCATED.match(str(catalog.problems[0]))

    def test_duplicate_scenario_ids_across_folders(self, tmp_path):
        (tmp_path / "again.yaml").write_text(AMAZON.read_text(encoding="utf-8"), encoding="utf-8")
        catalog = load_catalog([bundled_scenario_dir(), tmp_path])
        assert any("already used" in str(p) for p in catalog.problems)


@pytest.mark.parametrize("path", scenario_files(bundled_scenario_dir()), ids=lambda p: p.stem)
def test_libyaml_and_pure_python_parsers_locate_the_same_values(path, monkeypatch):
    import yaml

    from game.core import yamlsource

    text = path.read_text(encoding="utf-8")
    fast = yamlsource.parse_yaml(text, str(path))
    monkeypatch.setattr(yamlsource, "_LOADER", yaml.SafeLoader)
    pure = yamlsource.parse_yaml(text, str(path))
    assert (fast.data, fast.marks, fast.key_marks) == (pure.data, pure.marks, pure.key_marks)
