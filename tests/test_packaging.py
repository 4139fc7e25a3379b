"""The package ships whole: every sub-package and data file is declared for a non-editable install."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_is_declared():
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "game").rglob("__init__.py")
    }
    declared = set(CONFIG["tool"]["setuptools"]["packages"])
    assert found <= declared, found - declared


def test_bundled_scenarios_ship_inside_the_package():
    assert CONFIG["tool"]["setuptools"]["package-dir"]["game.scenarios"] == "scenarios"
    assert "*.yaml" in CONFIG["tool"]["setuptools"]["package-data"]["game.scenarios"]
    assert list((ROOT / "scenarios").glob("*.yaml"))


def test_console_script():
    assert CONFIG["project"]["scripts"]["closer"] == "game.cli:main"
