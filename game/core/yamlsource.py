"""Provides YAML loading that remembers where every value stands, for `file:line:col` errors.

Scenario files come from anyone, so loading is bounded whatever the file holds: it refuses,
before building anything, a file that is not a regular file, is larger than `MAX_BYTES`,
holds binary data or text that is not UTF-8, nests deeper than `MAX_DEPTH`, or uses
anchors and aliases (which a scenario never needs, and which let a few hundred bytes
expand into billions of values).
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[object, ...]

MAX_BYTES = 1024 * 1024
MAX_DEPTH = 40


class SourceError(Exception):
    """A problem in a data file, located at a line and column (both from 1)."""

    def __init__(self, file: str, line: int, col: int, message: str) -> None:
        super().__init__(f"{file}:{line}:{col}: {message}")
        self.file = file
        self.line = line
        self.col = col
        self.message = message


@dataclass
class LocatedDocument:
    """A loaded YAML document and the position of each value in it, by path.

    A path is the tuple of keys and indexes that leads to a value, e.g.
    `("nodes", "opening", "choices", 2, "text")`.
    """

    file: str
    data: Any
    marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int, int]:
        """The line and column of `path`, or of its nearest located ancestor."""
        path = tuple(path)
        while path:
            if path in self.marks:
                return self.marks[path]
            path = path[:-1]
        return self.marks.get((), (1, 1))

    def error(self, path: Path_, message: str, *, at_key: bool = False) -> SourceError:
        """A problem located at a value (or, with `at_key`, at the key that names it)."""
        line, col = self.key_marks.get(tuple(path)) if at_key and tuple(path) in self.key_marks else self.where(path)
        return SourceError(self.file, line, col, message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _walk(
    loader: yaml.SafeLoader,
    node: yaml.Node,
    path: Path_,
    marks: dict[Path_, tuple[int, int]],
    file: str,
    key_marks: dict[Path_, tuple[int, int]],
) -> None:
    marks[path] = _mark(node)
    if isinstance(node, yaml.MappingNode):
        seen: set[object] = set()
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                line, col = _mark(key_node)
                raise SourceError(file, line, col, "a key must be a plain word")
            if key in seen:
                line, col = _mark(key_node)
                raise SourceError(file, line, col, f"duplicate key {key!r}")
            seen.add(key)
            key_marks[path + (key,)] = _mark(key_node)
            _walk(loader, value_node, path + (key,), marks, file, key_marks)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(loader, item, path + (index,), marks, file, key_marks)


# libyaml's parser when PyYAML was built with it (the wheels are): the same nodes and marks,
# several times faster, which is most of the time `closer list` and the title screen take.
_LOADER = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader


def _screen(text: str, file: str) -> None:
    """Refuse, in one linear pass over the parser's events, anchors, aliases and deep nesting.

    Raises:
        SourceError: the first anchor, alias or over-deep collection, where it stands.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise _at(file, event, f"alias '*{event.anchor}': anchors and aliases are not allowed in this file; write the value out in full")
        if getattr(event, "anchor", None):
            raise _at(file, event, f"anchor '&{event.anchor}': anchors and aliases are not allowed in this file; write the value out in full")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise _at(file, event, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _at(file: str, event: yaml.Event, message: str) -> SourceError:
    mark = event.start_mark
    return SourceError(file, mark.line + 1, mark.column + 1, message)


def parse_yaml(text: str, file: str) -> LocatedDocument:
    """Parse YAML text safely (no tags beyond plain data, no aliases, bounded nesting) and locate its values.

    Raises:
        SourceError: the text is not valid YAML, or is refused (see the module docstring).
    """
    loader = None
    try:
        _screen(text, file)
        loader = _LOADER(text)
        node = loader.get_single_node()
        if node is None:
            return LocatedDocument(file, None, {(): (1, 1)})
        marks: dict[Path_, tuple[int, int]] = {}
        key_marks: dict[Path_, tuple[int, int]] = {}
        _walk(loader, node, (), marks, file, key_marks)
        data = loader.construct_document(node)
        return LocatedDocument(file, data, marks, key_marks)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "not valid YAML"
        if exc.context and exc.problem:
            problem = f"{exc.problem} ({exc.context})"
        raise SourceError(file, line, col, problem) from None
    except yaml.YAMLError as exc:
        raise SourceError(file, 1, 1, f"not valid YAML: {exc}") from None
    finally:
        if loader is not None:
            loader.dispose()


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 1024 * 1024 else f"{count / 1024:.0f} KB"


def read_source(path: Path) -> str:
    """The text of a data file, refused unless it is a readable, small, UTF-8 text file.

    Raises:
        SourceError: at 1:1 for a file that cannot be used, or where the first bad byte stands.
    """
    file = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(file, 1, 1, "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(file, 1, 1, "this is not a regular file")
        if info.st_size > MAX_BYTES:
            raise SourceError(file, 1, 1, f"the file is {_size(info.st_size)}; a scenario file is at most {_size(MAX_BYTES)}")
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SourceError(file, 1, 1, f"cannot read the file: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise SourceError(file, 1, 1, f"the file is larger than {_size(MAX_BYTES)}, the most a scenario file may be")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _position(raw, nul)
        raise SourceError(file, line, col, "the file holds binary data (a NUL byte), not YAML text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _position(raw, exc.start)
        raise SourceError(file, line, col, "the file is not UTF-8 text") from None


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    return raw[:offset].count(b"\n") + 1, offset - (raw.rfind(b"\n", 0, offset) + 1) + 1


def load_yaml(path: Path) -> LocatedDocument:
    """Read and parse a YAML file.

    Raises:
        SourceError: the file cannot be read, is refused (see `read_source`) or is not valid YAML.
    """
    return parse_yaml(read_source(path), str(path))
