"""The command line for self-knowledge: `closer prepare`, and `closer profile` with --json, --export and --import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import closer

ADVERTS = Path(__file__).parent / "fixtures" / "adverts"
PROFILE = """\
player: Ana
interests:
  - item: coaching
    evidence: I mentored four new hires last year
skills:
  - item: leadership
    evidence: I led a team of six on the shop floor
  - item: Forklift driving
    about: I drive a counterbalance truck
culture: [hands-on]
stories:
  - title: Difficult talk
    situation: A colleague kept arriving late in March.
    action: I had a performance conversation with him and agreed a plan.
    result: He was on time for the next twelve weeks.
    tags: [managing]
  - title: Half a story
    situation: We were short-staffed.
    action: I covered the gaps.
"""


@pytest.fixture
def saves(tmp_path):
    return tmp_path / "saves"


@pytest.fixture
def ana(tmp_path, saves):
    """Ana, with the profile above imported."""
    path = tmp_path / "ana.yaml"
    path.write_text(PROFILE, encoding="utf-8")
    result = closer("profile", "--import", str(path), "--player", "Ana", saves=saves)
    assert result.returncode == 0, result.stderr
    assert "Imported for Ana: 4 items and 2 stories." in result.stderr.decode()
    return saves


def refused(result, fragment: str) -> str:
    message = result.stderr.decode().strip()
    assert result.returncode == 1, message
    assert fragment in message and "Traceback" not in message
    return message


class TestProfile:
    def test_json_has_self_and_stories(self, ana):
        data = json.loads(closer("profile", "--json", "--player", "Ana", saves=ana).stdout)
        assert data["player"] == "Ana" and data["runs"] == 0
        assert [i["id"] for i in data["self"]["skills"]] == ["leadership", "own-forklift-driving"]
        assert data["self"]["interests"][0]["evidence"] == "I mentored four new hires last year"
        assert [s["title"] for s in data["stories"]] == ["Difficult talk", "Half a story"]
        assert data["stories"][0]["tip"] is None and "how it ended" in data["stories"][1]["tip"]

    def test_export_then_import_round_trips(self, ana, tmp_path):
        target = tmp_path / "out.yaml"
        assert closer("profile", "--export", str(target), "--player", "Ana", saves=ana).returncode == 0
        before = json.loads(closer("profile", "--json", "--player", "Ana", saves=ana).stdout)
        assert closer("profile", "--import", str(target), "--player", "Bo", saves=ana).returncode == 0
        after = json.loads(closer("profile", "--json", "--player", "Bo", saves=ana).stdout)
        assert after["self"] == before["self"] and after["stories"] == before["stories"]
        assert closer("profile", "--export", "-", "--player", "Ana", saves=ana).stdout.decode() == target.read_text(encoding="utf-8")

    def test_a_bad_file_is_refused_with_its_place_and_nothing_changes(self, ana, tmp_path):
        bad = tmp_path / "bad.yaml"
        bad.write_text("skills:\n  - item: calm\n    when: always\n", encoding="utf-8")
        message = refused(closer("profile", "--import", str(bad), "--player", "Ana", saves=ana), "unknown key 'when'")
        assert message.startswith(f"closer: {bad}:3:5:")
        data = json.loads(closer("profile", "--json", "--player", "Ana", saves=ana).stdout)
        assert len(data["stories"]) == 2

    def test_export_and_import_together_is_a_usage_error(self, ana):
        assert closer("profile", "--export", "-", "--import", "x", saves=ana).returncode == 2


class TestPrepare:
    def test_json_marks_hard_and_soft_doubts_and_picks_stories(self, ana):
        result = closer("prepare", str(ADVERTS / "warehouse.txt"), "--player", "Ana", "--json", saves=ana)
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        kinds = {d["id"]: d["kind"] for d in data["doubts"]}
        assert kinds["licence"] == "hard" and kinds["years"] == "soft"
        assert {"text": "Must hold a valid counterbalance forklift licence.", "kind": "hard", "what": "licence", "accepts": ""} in data["requirements"]
        managing = next(d for d in data["doubts"] if d["id"] == "gap-managing")
        assert managing["kind"] == "soft" and managing["story"]["title"] == "Difficult talk"
        assert len(data["reasons"]) == 2 and all(r["strong"] for r in data["reasons"])
        assert data["player"] == "Ana" and set(data["close"]) == {"want", "why", "reservations"}

    def test_from_standard_input_shown_literally(self, ana):
        advert = "Night Porter [b]urgent[/b]\nYou will greet guests.\nExperience of [red]hotel[/red] night audits is essential.\n"
        result = closer("prepare", "-", "--player", "Ana", saves=ana, stdin=advert)
        text = result.stdout.decode()
        assert result.returncode == 0 and "Night Porter [b]urgent[/b]" in text
        assert "[soft] Experience of [red]hotel[/red] night audits is essential." in text
        assert "write one about [red]hotel[/red] night audits (the situation" in text

    @pytest.mark.parametrize("stdin, fragment", [(b"", "the advert is empty"), (b"<p> </p>", "the advert is empty")])
    def test_empty_is_a_clear_message(self, saves, stdin, fragment):
        refused(closer("prepare", "-", saves=saves, stdin=stdin), fragment)

    def test_unknown_player_and_missing_file(self, ana):
        refused(closer("prepare", str(ADVERTS / "nurse.txt"), "--player", "Zed", saves=ana), "no player called 'Zed'")
        refused(closer("prepare", "/no/such/advert.txt", saves=ana), "No such file")

    def test_a_huge_binaryish_advert_still_gets_an_answer(self, saves):
        blob = ("Cook\nYou will cook.\n".encode() + bytes(range(256)) * 4000)[:900_000]
        result = closer("prepare", "-", "--json", saves=saves, stdin=blob)
        assert result.returncode == 0, result.stderr
        assert any("first 200 KB" in n for n in json.loads(result.stdout)["notes"])
