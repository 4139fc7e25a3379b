"""Checks the form of the pertinence pair files in `tests/corpus/pertinence/`.

Each file holds (doubt, story) and (trait, reason) cases, each labelled `pertinent` (would a
demanding hiring manager say it speaks to that doubt or trait?) and `words` (`shared` when it
uses the doubt's or trait's key words, `none` when it does not). The held-out files
(`heldout*.yaml`) are the pertinence judge's final exam, so these checks look at form only and
report file names, sections, counts and case numbers, never a case's text. Nothing here runs
the judge or measures it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PERTINENCE = Path(__file__).parent / "corpus" / "pertinence"
PAIR_FILES = sorted(PERTINENCE.glob("*.yaml"))
SECTIONS = {"stories": ("doubt", "story"), "reasons": ("trait", "reason")}
WORDS = ("shared", "none")
KINDS = {(pertinent, words) for pertinent in (True, False) for words in WORDS}


def read(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: the top level is not a mapping"
    return data


def case_problems(case: object, prompt: str, answer: str) -> list[str]:
    """Names what is wrong with one case's form, without quoting its text."""
    if not isinstance(case, dict):
        return ["not a mapping"]
    problems = []
    if set(case) != {prompt, answer, "pertinent", "words"}:
        problems.append(f"keys {sorted(case)}")
    for key in (prompt, answer):
        if not (isinstance(case.get(key), str) and case[key].strip()):
            problems.append(f"empty or non-string {key}")
    if not isinstance(case.get("pertinent"), bool):
        problems.append("pertinent is not true or false")
    if case.get("words") not in WORDS:
        problems.append("words is not shared or none")
    return problems


def pair_key(case: dict, prompt: str, answer: str) -> tuple[str, str]:
    return (" ".join(case[prompt].lower().split()), " ".join(case[answer].lower().split()))


def file_problems(path: Path) -> list[str]:
    """Names what is wrong with one pair file's form: sections, counts and case numbers only."""
    data = read(path)
    if not {"about"} < set(data) <= {"about"} | set(SECTIONS):
        return [f"top-level keys {sorted(data)}"]
    problems = [] if isinstance(data["about"], str) and data["about"].strip() else ["about is empty"]
    for section, (prompt, answer) in SECTIONS.items():
        if section not in data:
            continue
        cases = data[section]
        if not (isinstance(cases, list) and cases):
            problems.append(f"{section} is not a non-empty list")
            continue
        bad = {number: found for number, case in enumerate(cases, 1) if (found := case_problems(case, prompt, answer))}
        if bad:
            problems.append(f"{section} cases with bad form (by number): {bad}")
            continue
        kinds = {(case["pertinent"], case["words"]) for case in cases}
        if kinds != KINDS:
            problems.append(f"{section} lacks kinds {sorted(KINDS - kinds)}")
    return problems


def repeated_cases(paths: list[Path]) -> list[str]:
    """Names every case that repeats an earlier one (same prompt and answer), by file, section and number."""
    seen: dict[tuple, str] = {}
    repeats = []
    for path in paths:
        data = read(path)
        for section, (prompt, answer) in SECTIONS.items():
            for number, case in enumerate(data.get(section) or [], 1):
                if case_problems(case, prompt, answer):
                    continue
                key = (section, pair_key(case, prompt, answer))
                where = f"{path.name} {section} #{number}"
                if key in seen:
                    repeats.append(f"{where} repeats {seen[key]}")
                seen.setdefault(key, where)
    return repeats


def test_the_pair_files_include_a_held_out_set():
    assert PAIR_FILES
    assert any(path.name.startswith("heldout") for path in PAIR_FILES)


@pytest.mark.parametrize("path", PAIR_FILES, ids=[p.stem for p in PAIR_FILES])
def test_every_pair_file_has_the_documented_form(path: Path):
    assert file_problems(path) == []


def test_no_case_appears_twice_across_the_pair_files():
    assert repeated_cases(PAIR_FILES) == []


def test_the_form_checks_catch_bad_cases_and_files(tmp_path: Path):
    good = {"doubt": "A worry.", "story": "What I did.", "pertinent": True, "words": "none"}
    assert case_problems(good, "doubt", "story") == []
    assert case_problems({**good, "words": "some"}, "doubt", "story") == ["words is not shared or none"]
    assert case_problems({**good, "pertinent": "yes"}, "doubt", "story") == ["pertinent is not true or false"]
    assert case_problems({**good, "story": "  "}, "doubt", "story") == ["empty or non-string story"]
    assert case_problems({**good, "note": "x"}, "doubt", "story") == ["keys ['doubt', 'note', 'pertinent', 'story', 'words']"]
    assert case_problems(["not", "a", "case"], "doubt", "story") == ["not a mapping"]

    four = [{**good, "story": f"Story {n}.", "pertinent": p, "words": w}
            for n, (p, w) in enumerate(sorted(KINDS))]
    whole, short, bare = tmp_path / "whole.yaml", tmp_path / "short.yaml", tmp_path / "bare.yaml"
    whole.write_text(yaml.safe_dump({"about": "Test pairs.", "stories": four}), encoding="utf-8")
    short.write_text(yaml.safe_dump({"about": "Test pairs.", "stories": four[1:] + four[1:2]}), encoding="utf-8")
    bare.write_text(yaml.safe_dump({"about": "Only an about."}), encoding="utf-8")
    assert file_problems(whole) == []
    assert file_problems(short) == ["stories lacks kinds [(False, 'none')]"]
    assert file_problems(bare) == ["top-level keys ['about']"]
    assert repeated_cases([whole]) == []
    assert repeated_cases([short]) == ["short.yaml stories #4 repeats short.yaml stories #1"]
    assert repeated_cases([whole, short]) == [f"short.yaml stories #{n} repeats whole.yaml stories #{n + 1}"
                                              for n in (1, 2, 3)] + ["short.yaml stories #4 repeats whole.yaml stories #2"]
