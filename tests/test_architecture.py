"""The engine stays plain Python: nothing under game/core may import Textual."""

from __future__ import annotations

import ast
from pathlib import Path

import game.core

CORE = Path(game.core.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_textual_or_rich():
    offenders = {
        path.name: sorted(m for m in imported_modules(path) if m.split(".")[0] in {"textual", "rich"})
        for path in CORE.glob("*.py")
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_core_modules_are_found():
    assert len(list(CORE.glob("*.py"))) >= 10
