"""Provides the code book: the share codes of a saves folder's own runs and of the friends'
runs imported into it, kept in `shared-runs.json` beside the saves.

The file is small JSON, changed under an exclusive lock (`shared-runs.lock`) and replaced
atomically (temporary file, fsync, rename), like the saves. It also holds this saves
folder's install id, which names its files in a club folder. A file that cannot be read is
kept aside and a fresh one started; a file from a newer version is refused, not overwritten.
"""

from __future__ import annotations

import json
import os
import secrets
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from .errors import SaveError, SaveFormatError
from .saves import exclusive_lock, write_atomically
from .sharecode import ShareCodeError, with_player

FORMAT = 1
BOOK_FILE = "shared-runs.json"
LOCK_FILE = "shared-runs.lock"


@dataclass(frozen=True)
class OwnCode:
    """A run played on this saves folder, as its share code."""

    player: str
    code: str
    daily: int
    date: str
    scenario: str


class CodeBook:
    """Own and imported share codes of one saves folder, safe for two games at once."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / BOOK_FILE
        self.notices: list[str] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(f"cannot create the saves folder {self.folder}: {exc.strerror}") from None

    @contextmanager
    def _changing(self, keep_new: bool = False) -> Iterator[dict[str, Any]]:
        """The book under the lock; what the block changes is written back.

        A book that has no file yet is only written when the block changes it, or with
        `keep_new`: reading never creates a file.
        """
        with exclusive_lock(self.folder / LOCK_FILE):
            book, stored = self._read()
            before = json.dumps(book, sort_keys=True)
            yield book
            if (keep_new and not stored) or json.dumps(book, sort_keys=True) != before:
                self._write(book)

    def _read(self) -> tuple[dict[str, Any], bool]:
        """The book, and whether the file already holds it as it is."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return self._fresh(), False
        except OSError as exc:
            raise SaveError(f"cannot read {self.path}: {exc.strerror}") from None
        try:
            book = json.loads(raw.decode("utf-8"))
            if not isinstance(book, dict) or type(book.get("format")) is not int:
                raise ValueError("not a code book")
        except ValueError as exc:
            return self._keep_aside(str(exc)), False
        if book["format"] > FORMAT:
            raise SaveFormatError(
                f"{self.path} was written by a newer version of closer (format {book['format']}; this "
                f"version reads format {FORMAT}). It was left untouched: update closer, or use another folder with --saves."
            )
        own = book.get("own")
        imported = book.get("imported")
        if not (isinstance(book.get("install"), str) and isinstance(own, list) and isinstance(imported, list)
                and all(isinstance(e, dict) for e in own) and all(isinstance(c, str) for c in imported)):
            return self._keep_aside("its parts are not what closer writes"), False
        return book, True

    def _fresh(self) -> dict[str, Any]:
        return {"format": FORMAT, "install": secrets.token_hex(8), "own": [], "imported": []}

    def _keep_aside(self, why: str) -> dict[str, Any]:
        aside = self.path.with_name(f"{BOOK_FILE}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}")
        os.replace(self.path, aside)
        self.notices.append(f"The shared runs file {self.path} could not be read ({why}). It was kept as {aside.name} and a fresh one was started.")
        return self._fresh()

    def _write(self, book: dict[str, Any]) -> None:
        try:
            write_atomically(self.path, json.dumps(book, ensure_ascii=False, indent=1).encode("utf-8"), prefix=f".{self.path.name}.")
        except OSError as exc:
            raise SaveError(f"cannot write {self.path}: {exc.strerror}") from None

    # ----- what the rest of the game asks ------------------------------------------------

    def install(self) -> str:
        """This saves folder's id: it names its players' files in a club folder (made on first use)."""
        with self._changing(keep_new=True) as book:
            return book["install"]

    def known_install(self) -> str | None:
        """This saves folder's id when it has one, without making one."""
        return self._snapshot().get("install")

    def _snapshot(self) -> dict[str, Any]:
        """The book as it is, for reading: without a file, an empty book and no file made."""
        if not self.path.exists():
            return {"own": [], "imported": []}
        with self._changing() as book:
            return book

    def add_own(self, entry: OwnCode) -> None:
        with self._changing() as book:
            book["own"].append({"player": entry.player, "code": entry.code, "daily": entry.daily,
                                "date": entry.date, "scenario": entry.scenario})

    def own(self, player: str | None = None) -> list[OwnCode]:
        """This folder's runs as codes, oldest first (one player's, or everyone's)."""
        entries = self._snapshot()["own"]
        out = []
        for e in entries:
            if all(isinstance(e.get(k), str) for k in ("player", "code", "date", "scenario")) and type(e.get("daily")) is int:
                if player is None or e["player"] == player:
                    out.append(OwnCode(e["player"], e["code"], e["daily"], e["date"], e["scenario"]))
        return out

    def rename(self, old: str, new: str) -> int:
        """Give a renamed player's runs the new name, in the book and in their codes (the codes
        are made again with it, nothing else changed); returns how many runs were renamed."""
        renamed = 0
        with self._changing() as book:
            for entry in book["own"]:
                if isinstance(entry.get("player"), str) and entry["player"].casefold() == old.casefold():
                    entry["player"] = new
                    if isinstance(entry.get("code"), str):
                        try:
                            entry["code"] = with_player(entry["code"], new)
                        except ShareCodeError:
                            pass  # a damaged code never replays, under either name; it is kept as it was
                    renamed += 1
        return renamed

    def forget(self, player: str) -> int:
        """Remove a deleted player's runs from the book (the name compared case-blind); returns
        how many went. Friends' imported codes are not touched."""
        with self._changing() as book:
            kept = [e for e in book["own"]
                    if not (isinstance(e.get("player"), str) and e["player"].casefold() == player.casefold())]
            gone = len(book["own"]) - len(kept)
            book["own"] = kept
        return gone

    def add_imported(self, code: str) -> bool:
        """Keep a friend's code; False when it was already kept."""
        with self._changing() as book:
            if code in book["imported"]:
                return False
            book["imported"].append(code)
            return True

    def imported(self) -> list[str]:
        return list(self._snapshot()["imported"])
