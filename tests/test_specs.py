"""Runs every paired-run spec in tests/specs: two scripted closes and what must hold between them.

A spec is written for a coach, not a programmer (see tests/specs/README.md): a title, the
principle in plain words, a scenario, the moves of run A (and of run B), and the checks, one
plain sentence each, such as "A ends no worse than B" or "in A, german is argued".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from game.core.catalog import bundled_scenario_dir, load_catalog
from game.core.kinds import Handling, Outcome
from game.core.personas import personas
from game.core.unlocks import counts_toward_unlock
from support import play

SPECS = Path(__file__).parent / "specs"
FILES = sorted(SPECS.glob("*.yaml"))
RUN = r"(A|B)"
OUTCOME = "|".join(o.value for o in Outcome)
HANDLING = "|".join(h.value for h in Handling if h is not Handling.NONE)


@pytest.fixture(scope="module")
def spec_catalog():
    loaded = load_catalog([bundled_scenario_dir(), SPECS / "scenarios"])
    assert not loaded.problems, [str(p) for p in loaded.problems]
    return loaded


def _outcome(run: dict) -> Outcome:
    return Outcome(run["outcome"])


def _debrief(run: dict) -> str:
    """Everything the debrief tells the player: the verdict, the ledger's reasons, the advice."""
    parts = [run["verdict"], *(entry["why"] for entry in run["ledger"]), *run["advice"]]
    return "\n".join(parts).lower()


def _fate(run: dict, reservation: str) -> dict:
    found = [fate for fate in run["reservations"] if fate["id"] == reservation]
    assert found, f"no reservation {reservation!r} in this scenario"
    return found[0]


def _penalised(run: dict, rule: str) -> bool:
    return any(p["rule"] == rule for p in run["penalties"])


def _fit_reasons(run: dict) -> int:
    return sum(1 for entry in run["ledger"] if entry["part"] == "fit" and entry["points"] > 0)


def _counts(run: dict) -> bool:
    rule = next(p.unlock for p in personas().values() if p.unlock and p.unlock.after_tier == run["tier"])
    return counts_toward_unlock(_outcome(run), run["score"], rule)


def _one_sentence(text: str) -> bool:
    return bool(text) and text.endswith(".") and not re.search(r"[.!?]\s+[A-Z]", text)


# Each check: a sentence pattern and what it asserts, given the runs by name and the groups.
CHECKS: list[tuple[str, object]] = [
    (rf"{RUN} ends no worse than {RUN}", lambda r, a, b: _outcome(r[a]).rank >= _outcome(r[b]).rank),
    (rf"{RUN} ends better than {RUN}", lambda r, a, b: _outcome(r[a]).rank > _outcome(r[b]).rank),
    (rf"{RUN} ends in ({OUTCOME}) or better", lambda r, a, o: _outcome(r[a]).rank >= Outcome(o).rank),
    (rf"{RUN} ends in ({OUTCOME}) or worse", lambda r, a, o: _outcome(r[a]).rank <= Outcome(o).rank),
    (rf"{RUN} ends in ({OUTCOME})", lambda r, a, o: _outcome(r[a]) is Outcome(o)),
    (rf"{RUN} scores above {RUN}", lambda r, a, b: r[a]["score"] > r[b]["score"]),
    (rf"{RUN} scores at least (\d+) above {RUN}", lambda r, a, n, b: r[a]["score"] >= r[b]["score"] + int(n)),
    (rf"{RUN} scores no higher than {RUN}", lambda r, a, b: r[a]["score"] <= r[b]["score"]),
    (rf"{RUN} scores below (\d+)", lambda r, a, n: r[a]["score"] < int(n)),
    (rf"{RUN} scores at least (\d+)", lambda r, a, n: r[a]["score"] >= int(n)),
    (rf"in {RUN}, ([\w-]+) is never voiced", lambda r, a, res: not _fate(r[a], res)["surfaced"]),
    (rf"in {RUN}, ([\w-]+) is voiced", lambda r, a, res: _fate(r[a], res)["surfaced"]),
    (rf"in {RUN}, ([\w-]+) is ({HANDLING})", lambda r, a, res, h: _fate(r[a], res)["handled"] == h),
    (rf"in {RUN}, she voices at least one reservation", lambda r, a: any(f["surfaced"] for f in r[a]["reservations"])),
    (rf"in {RUN}, she voices no reservation", lambda r, a: not any(f["surfaced"] for f in r[a]["reservations"])),
    (rf"{RUN} is penalised for ([\w ]+)", lambda r, a, rule: _penalised(r[a], rule.replace(" ", "_"))),
    (rf"{RUN} is not penalised for ([\w ]+)", lambda r, a, rule: not _penalised(r[a], rule.replace(" ", "_"))),
    (rf"{RUN} leaves her surer you would accept than {RUN}", lambda r, a, b: r[a]["beliefs"]["accept"] > r[b]["beliefs"]["accept"]),
    (rf"{RUN} leaves her surer you fit than {RUN}", lambda r, a, b: r[a]["beliefs"]["fit"] > r[b]["beliefs"]["fit"]),
    (rf"{RUN} gets credit for (\d+) fit reasons?", lambda r, a, n: _fit_reasons(r[a]) == int(n)),
    (rf"{RUN} earns more for fit than {RUN}", lambda r, a, b: r[a]["parts"]["fit"] > r[b]["parts"]["fit"]),
    (rf"{RUN}'s debrief explains the outcome in one sentence", lambda r, a: _one_sentence(r[a]["verdict"])),
    (rf"{RUN}'s debrief says \"(.+)\"", lambda r, a, text: text.lower() in _debrief(r[a])),
    (rf"{RUN}'s debrief never says \"(.+)\"", lambda r, a, text: text.lower() not in _debrief(r[a])),
    (rf"{RUN} counts toward opening the next tier", lambda r, a: _counts(r[a])),
    (rf"{RUN} does not count toward opening the next tier", lambda r, a: not _counts(r[a])),
]


def check(sentence: str, runs: dict[str, dict]) -> bool:
    """Whether a check sentence holds for the runs.

    Raises:
        ValueError: the sentence is not one the specs know (see tests/specs/README.md).
    """
    for pattern, holds in CHECKS:
        match = re.fullmatch(pattern, sentence.strip())
        if match:
            return holds(runs, *match.groups())  # type: ignore[operator]
    raise ValueError(f"unknown check: {sentence!r}")


def _summary(name: str, run: dict) -> str:
    fates = ", ".join(f"{f['id']}={f['handled']}" for f in run["reservations"])
    return (f"{name}: {run['outcome']} {run['score']} parts={run['parts']} beliefs={run['beliefs']} "
            f"[{fates}] penalties={[p['rule'] for p in run['penalties']]}\n   verdict: {run.get('verdict')}")


def test_there_are_specs():
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_spec(spec_catalog, path):
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert {"title", "principle", "scenario", "A", "then"} <= set(spec), f"{path.name}: missing keys"
    runs = {name: play(spec_catalog, spec["scenario"], [str(m) for m in spec[name]]) for name in ("A", "B") if name in spec}
    summary = "\n".join(_summary(name, run) for name, run in runs.items())
    for sentence in spec["then"]:
        assert check(sentence, runs), f"{spec['title']}\n  failed: {sentence}\n{summary}"


@pytest.mark.parametrize("sentence", [
    "A ends no worse than B", "B ends in next_round or better", "in A, german is argued",
    "A is penalised for rambling", "A's debrief says \"equivalent\"", "A counts toward opening the next tier",
])
def test_every_check_sentence_form_is_known(sentence):
    assert any(re.fullmatch(pattern, sentence) for pattern, _ in CHECKS)


def test_an_unknown_check_is_refused():
    with pytest.raises(ValueError, match="unknown check"):
        check("A is nicer than B", {})
