"""Provides typed field access over a located YAML document, collecting `file:line:col` problems."""

from __future__ import annotations

import re
from typing import Any, Callable, TypeVar

from .moves import Move, parse_move
from .yamlsource import LocatedDocument, Path_, SourceError

T = TypeVar("T")

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")

_MISSING = object()


class FieldReader:
    """Reads values out of a document by path; every problem becomes a located error.

    Methods return a usable fallback after recording a problem, so one pass over a
    file reports all of its problems rather than only the first.
    """

    def __init__(self, doc: LocatedDocument) -> None:
        self.doc = doc
        self.problems: list[SourceError] = []

    def problem(self, path: Path_, message: str, *, at_key: bool = False) -> None:
        self.problems.append(self.doc.error(path, message, at_key=at_key))

    def value(self, path: Path_) -> Any:
        node: Any = self.doc.data
        for key in path:
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and isinstance(key, int) and key < len(node):
                node = node[key]
            else:
                return _MISSING
        return node

    def has(self, path: Path_) -> bool:
        return self.value(path) is not _MISSING

    def mapping(self, path: Path_, allowed: tuple[str, ...], what: str) -> dict:
        """A mapping at `path`, with any key outside `allowed` reported."""
        value = self.value(path)
        if value is _MISSING:
            return {}
        if not isinstance(value, dict):
            self.problem(path, f"{what} must be a mapping of keys to values")
            return {}
        for key in value:
            if key not in allowed:
                self.problem(
                    path + (key,),
                    f"unknown key {key!r} in {what} (expected one of: {', '.join(allowed)})",
                    at_key=True,
                )
        return value

    def required(self, path: Path_, what: str) -> bool:
        if self.has(path):
            return True
        self.problem(path[:-1], f"{what} is missing '{path[-1]}'")
        return False

    def text(self, path: Path_, what: str, *, required: bool = True, default: str = "") -> str:
        if not self.has(path):
            if required:
                self.required(path, what)
            return default
        value = self.value(path)
        if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
            self.problem(path, f"'{path[-1]}' must be text (put it in quotes if it looks like yes/no or a number)")
            return default
        text = str(value).strip()
        if required and not text:
            self.problem(path, f"'{path[-1]}' must not be empty")
        return text

    def slug(self, path: Path_, what: str) -> str:
        text = self.text(path, what)
        if text and not SLUG.match(text):
            self.problem(path, f"'{path[-1]}' must be lowercase letters, digits and dashes, like 'ask-plainly' (got {text!r})")
        return text

    def integer(self, path: Path_, what: str, low: int, high: int, default: int, *, required: bool = False) -> int:
        if not self.has(path):
            if required:
                self.required(path, what)
            return default
        value = self.value(path)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(path, f"'{path[-1]}' must be a whole number from {low} to {high}")
            return default
        if not low <= value <= high:
            self.problem(path, f"'{path[-1]}' must be from {low} to {high} (got {value})")
            return default
        return value

    def items(self, path: Path_, what: str, *, required: bool = True, minimum: int = 0) -> list:
        if not self.has(path):
            if required:
                self.required(path, what)
            return []
        value = self.value(path)
        if not isinstance(value, list):
            self.problem(path, f"'{path[-1]}' must be a list (lines starting with '- ')")
            return []
        if len(value) < minimum:
            self.problem(path, f"'{path[-1]}' needs at least {minimum} item{'s' if minimum != 1 else ''}")
        return value

    def words(self, path: Path_, what: str, *, required: bool = True, minimum: int = 1) -> tuple[str, ...]:
        """A list of short texts (topics, keywords)."""
        result = []
        for index, _ in enumerate(self.items(path, what, required=required, minimum=minimum)):
            word = self.text(path + (index,), what)
            if word:
                result.append(word.lower())
        return tuple(result)

    def moves(self, path: Path_, what: str, *, required: bool = True) -> tuple[Move, ...]:
        raw = self.value(path)
        if isinstance(raw, str):
            raw = [raw]
            self.problem(path, f"'{path[-1]}' must be a list of moves, like [{raw[0]}]")
            return ()
        result: list[Move] = []
        for index, _ in enumerate(self.items(path, what, required=required)):
            name = self.text(path + (index,), what)
            if not name:
                continue
            try:
                move = parse_move(name)
            except ValueError as exc:
                self.problem(path + (index,), str(exc))
                continue
            if move in result:
                self.problem(path + (index,), f"move {name!r} is listed twice")
                continue
            result.append(move)
        return tuple(result)

    def unique_ids(self, entries: list[tuple[str, Path_]], what: str) -> None:
        seen: dict[str, Path_] = {}
        for ident, path in entries:
            if not ident:
                continue
            if ident in seen:
                line, col = self.doc.where(seen[ident])
                self.problem(path, f"{what} {ident!r} is used twice (first at line {line}:{col})")
            else:
                seen[ident] = path

    def each(self, path: Path_, what: str, build: Callable[[Path_], T], **kwargs: Any) -> list[T]:
        return [build(path + (index,)) for index, _ in enumerate(self.items(path, what, **kwargs))]
