"""Runs every playthrough file in tests/playthroughs: a script of moves and the verdict expected."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support import play

FILES = sorted((Path(__file__).parent / "playthroughs").glob("*.yaml"))


def test_there_are_playthroughs_for_every_bundled_scenario(catalog):
    covered = {yaml.safe_load(path.read_text(encoding="utf-8"))["scenario"] for path in FILES}
    assert set(catalog.scenarios) <= covered


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_playthrough(catalog, path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    run = play(catalog, spec["scenario"], [str(m) for m in spec["moves"]])
    expect = spec["expect"]
    outcomes = expect["outcome"] if isinstance(expect["outcome"], list) else [expect["outcome"]]
    low, high = expect["score"]
    summary = f"{run['outcome']} {run['score']} {run['parts']} {run['reservations']}"
    assert run["outcome"] in outcomes, summary
    assert low <= run["score"] <= high, summary
    fates = {fate["id"]: fate["handled"] for fate in run["reservations"]}
    for reservation, handled in (expect.get("reservations") or {}).items():
        assert fates[reservation] == handled, summary
