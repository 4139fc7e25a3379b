"""Hostile scenario files: each is refused with one located message, quickly, and the rest still load."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from game.core.catalog import load_catalog
from game.core.context import GameContext
from game.core.scenario import ScenarioError, load_scenario
from game.core.yamlsource import MAX_BYTES, MAX_DEPTH

PACKS = Path(__file__).parent / "packs"
GOOD = PACKS / "corner-shop.yaml"
LOCATED = re.compile(r"^(.+?):(\d+):(\d+): (.+)$")
GENEROUS = 60  # seconds: a hang, not a slow machine, is what fails


def billion_laughs() -> str:
    """Nine levels of nine aliases each: under 1 KB of text, 9**9 strings if expanded."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        previous, current = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{current}: &{current} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def write_hostile(folder: Path) -> dict[str, str]:
    """The hostile files, by name, each with the words its one message must hold."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "laughs.yaml").write_text(billion_laughs(), encoding="utf-8")
    with (folder / "huge.yaml").open("wb") as handle:
        handle.write(b"id: huge\n")
        handle.truncate(50 * 1024 * 1024)
    (folder / "deep.yaml").write_text("id: deep\nnodes: " + "{a: " * 10_000 + "1" + "}" * 10_000 + "\n", encoding="utf-8")
    (folder / "deep-lists.yaml").write_text("id: deep\nnodes: " + "[" * 10_000 + "]" * 10_000 + "\n", encoding="utf-8")
    (folder / "binary.yaml").write_bytes(b"id: x\n" + bytes(range(256)) * 40)
    (folder / "latin.yaml").write_bytes("id: caf\xe9\n".encode("latin-1"))
    (folder / "list.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    (folder / "x.yaml").mkdir()
    return {
        "laughs.yaml": "anchors and aliases are not allowed",
        "huge.yaml": "50.0 MB; a scenario file is at most",
        "deep.yaml": f"nested more than {MAX_DEPTH} levels deep",
        "deep-lists.yaml": "nest",
        "binary.yaml": "binary data",
        "latin.yaml": "not UTF-8",
        "list.yaml": "must be a mapping",
        "x.yaml": "a folder, not a file",
    }


def run_closer(*args: str, saves: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLOSER_SAVES": str(saves)}
    env.pop("CLOSER_SCENARIOS", None)
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, env=env, timeout=GENEROUS)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("hostile")
    expected = write_hostile(folder)
    (folder / "good.yaml").write_bytes(GOOD.read_bytes())
    return folder, expected


class TestEachFile:
    @pytest.mark.parametrize("name", ["laughs.yaml", "huge.yaml", "deep.yaml", "deep-lists.yaml", "binary.yaml",
                                      "latin.yaml", "list.yaml", "x.yaml"])
    def test_validate_gives_one_located_message(self, hostile, name, tmp_path):
        folder, expected = hostile
        result = run_closer("validate", str(folder / name), saves=tmp_path / "saves")
        stdout, stderr = result.stdout.decode(), result.stderr.decode()
        assert result.returncode == 1, (stdout, stderr)
        assert "Traceback" not in stderr
        lines = stdout.splitlines()
        assert len(lines) == 1, lines
        match = LOCATED.match(lines[0])
        assert match and match.group(1) == str(folder / name), lines
        assert expected[name] in match.group(4), lines

    def test_aliases_are_refused_where_the_first_anchor_stands(self, tmp_path):
        path = tmp_path / "alias.yaml"
        path.write_text("id: a\ntitle: &t Hello\nrole: *t\n", encoding="utf-8")
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert [str(p) for p in error.value.problems] == [
            f"{path}:2:8: anchor '&t': anchors and aliases are not allowed in this file; write the value out in full"
        ]

    def test_a_file_just_under_the_limit_is_read(self, tmp_path):
        path = tmp_path / "padded.yaml"
        text = GOOD.read_text(encoding="utf-8")
        path.write_text(text + "#" * (MAX_BYTES - len(text.encode("utf-8")) - 1) + "\n", encoding="utf-8")
        assert load_scenario(path).id == "corner-shop"

    def test_nesting_at_the_limit_is_allowed(self, tmp_path):
        path = tmp_path / "deepest.yaml"
        inner = MAX_DEPTH - 1  # the top-level mapping is the first level
        path.write_text("id: " + "[" * inner + "]" * inner + "\n", encoding="utf-8")
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert "levels deep" not in str(error.value) and "'id' must be text" in str(error.value)
        path.write_text("id: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n", encoding="utf-8")
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert f"{path}:1:{4 + inner + 1}: nested more than {MAX_DEPTH} levels deep" in str(error.value)

    def test_unreadable_file(self, tmp_path, monkeypatch):
        # Tests run as root, for whom chmod 000 changes nothing: the refusal comes from the OS.
        path = tmp_path / "locked.yaml"
        path.write_bytes(GOOD.read_bytes())
        real_open = Path.open

        def refuse(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert [str(p) for p in error.value.problems] == [f"{path}:1:1: cannot read the file: Permission denied"]

    def test_a_fifo_is_not_opened(self, tmp_path):
        path = tmp_path / "pipe.yaml"
        os.mkfifo(path)
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        assert "not a regular file" in str(error.value)


class TestCatalog:
    def test_good_files_load_and_each_bad_one_is_named_once(self, hostile):
        folder, expected = hostile
        catalog = load_catalog([folder])
        assert list(catalog.scenarios) == ["corner-shop"]
        named = sorted(Path(p.file).name for p in catalog.problems)
        assert named == sorted(expected)
        for problem in catalog.problems:
            assert LOCATED.match(str(problem)) and expected[Path(problem.file).name] in problem.message

    def test_a_file_with_many_problems_is_named_by_its_first(self, tmp_path):
        path = tmp_path / "messy.yaml"
        path.write_text("id: Bad Id\ntitle: [1]\n", encoding="utf-8")
        with pytest.raises(ScenarioError) as error:
            load_scenario(path)
        first, more = error.value.problems[0], len(error.value.problems) - 1
        [problem] = load_catalog([tmp_path]).problems
        assert (problem.line, problem.col) == (first.line, first.col)
        assert problem.message == f"{first.message} (and {more} more problems: run 'closer validate {path}')"

    def test_duplicate_ids_across_folders_name_both_files(self, tmp_path):
        first, second = tmp_path / "one", tmp_path / "two"
        first.mkdir()
        second.mkdir()
        (first / "shop.yaml").write_bytes(GOOD.read_bytes())
        (second / "copy.yaml").write_bytes(GOOD.read_bytes())
        catalog = load_catalog([first, second])
        assert list(catalog.scenarios) == ["corner-shop"]
        [problem] = catalog.problems
        assert problem.file == str(second / "copy.yaml")
        assert str(first / "shop.yaml") in problem.message and "'corner-shop'" in problem.message

    def test_validate_names_a_duplicate_of_a_file_in_use(self, tmp_path):
        pack = tmp_path / "pack"
        pack.mkdir()
        (pack / "copy.yaml").write_bytes(GOOD.read_bytes())
        result = run_closer("--scenarios", str(PACKS), "validate", str(pack / "copy.yaml"), saves=tmp_path / "saves")
        assert result.returncode == 1
        assert f"{pack / 'copy.yaml'}:3:5: scenario id 'corner-shop' is also used by {GOOD}" in result.stdout.decode()


class TestCommands:
    def test_list_names_the_bad_files_and_lists_the_good(self, hostile, tmp_path):
        folder, expected = hostile
        result = run_closer("--scenarios", str(folder), "list", "--json", saves=tmp_path / "saves")
        assert result.returncode == 0, result.stderr.decode()
        assert "corner-shop" in result.stdout.decode()
        warnings = result.stderr.decode().splitlines()
        assert len(warnings) == len(expected)
        assert all(line.startswith("warning: scenario skipped: ") and "Traceback" not in line for line in warnings)

    def test_run_still_plays_a_good_scenario(self, hostile, tmp_path):
        folder, _ = hostile
        moves = tmp_path / "moves.txt"
        moves.write_text(":ask\n", encoding="utf-8")
        result = run_closer("--scenarios", str(folder), "run", "corner-shop", "--moves", str(moves), "--json", saves=tmp_path / "saves")
        assert result.returncode == 0 and '"scenario": "corner-shop"' in result.stdout.decode()


async def test_the_game_opens_with_the_good_scenarios(hostile, tmp_path):
    from textual.widgets import DataTable

    from game.ui.app import CloserApp
    from game.ui.screens.scenarios import ScenarioListScreen
    from game.ui.screens.title import TitleScreen

    folder, expected = hostile
    context = GameContext(load_catalog([folder]), tmp_path / "saves")
    app = CloserApp(context=context, blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        assert isinstance(app.screen, TitleScreen)
        skipped = [n for n in app._notifications if n.title == "Scenario skipped"]
        assert len(skipped) == len(expected)
        await pilot.press("enter")
        assert isinstance(app.screen, ScenarioListScreen)
        table = app.screen.query_one("#scenario-table", DataTable)
        assert [row.value for row in table.rows] == ["corner-shop"]
