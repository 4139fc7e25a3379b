"""Provides the save store: players, runs and best scores in TinyDB, written safely.

TinyDB's own JSON storage rewrites its file in place and knows nothing of other processes.
Here every transaction takes an exclusive lock on `closer.lock` (so two games on the same
saves folder take turns), reads the file fresh, and writes a complete new file beside it
that replaces the old one in a single rename after an fsync (so a crash leaves either the
old file or the new one, never half of each). A file that cannot be read is moved aside
under a clear name and the player is told; a file from a newer version is refused, never
overwritten.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from .errors import SaveError, SaveFormatError

FORMAT = 1
SAVE_FILE = "closer.json"
LOCK_FILE = "closer.lock"
DEFAULT_PLAYER = "Player"
MAX_NAME = 40


class _Damaged(Exception):
    pass


class AtomicJSONStorage(Storage):
    """A TinyDB storage that replaces its file atomically (temp file, fsync, rename)."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, Any] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _Damaged(str(exc)) from None
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise _Damaged("not a table of records")
        return data

    def write(self, data: dict[str, Any]) -> None:
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        folder = self.path.parent
        fd, temp = tempfile.mkstemp(prefix=".closer-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, self.path)
        except BaseException:
            try:
                os.unlink(temp)
            except FileNotFoundError:
                pass
            raise
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def close(self) -> None:
        pass


@dataclass(frozen=True)
class RunRecord:
    """One saved run."""

    player: str
    scenario: str
    score: int
    outcome: str
    when: str
    tier: int
    scenario_hash: str = ""

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> "RunRecord":
        return cls(
            player=str(doc.get("player", "")),
            scenario=str(doc.get("scenario", "")),
            score=int(doc.get("score", 0)),
            outcome=str(doc.get("outcome", "")),
            when=str(doc.get("when", "")),
            tier=int(doc.get("tier", 1)),
            scenario_hash=str(doc.get("scenario_hash", "")),
        )


def check_name(name: str) -> str:
    """A cleaned player name.

    Raises:
        SaveError: the name is empty, too long or has control characters.
    """
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise SaveError("a player name cannot be empty")
    if len(cleaned) > MAX_NAME:
        raise SaveError(f"a player name can be at most {MAX_NAME} characters")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in cleaned):
        raise SaveError("a player name cannot contain control characters")
    return cleaned


class SaveStore:
    """Players and their runs in one folder, safe for crashes and for two games at once."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / SAVE_FILE
        self.notices: list[str] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(f"cannot create the saves folder {self.folder}: {exc.strerror}") from None

    @contextmanager
    def _locked(self) -> Iterator[TinyDB]:
        try:
            lock = open(self.folder / LOCK_FILE, "a")
        except OSError as exc:
            raise SaveError(f"cannot open {self.folder / LOCK_FILE}: {exc.strerror}") from None
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                self._check_file()
                db = TinyDB(str(self.path), storage=AtomicJSONStorage)
                try:
                    yield db
                finally:
                    db.close()
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _check_file(self) -> None:
        """Under the lock: clear temp files a killed writer left, keep a damaged file aside,
        refuse a newer format, stamp a new file."""
        for stale in self.folder.glob(".closer-*.tmp"):
            stale.unlink(missing_ok=True)
        storage = AtomicJSONStorage(str(self.path))
        try:
            data = storage.read()
        except _Damaged as exc:
            aside = self._keep_aside()
            self.notices.append(
                f"The save file {self.path} could not be read ({exc}). It was kept as {aside.name} "
                "and a fresh save file was started."
            )
            data = None
        except OSError as exc:
            raise SaveError(f"cannot read {self.path}: {exc.strerror}") from None
        if data is None:
            storage.write({"meta": {"1": {"format": FORMAT}}})
            return
        meta = data.get("meta", {})
        version = next((doc.get("format") for doc in meta.values() if isinstance(doc, dict) and "format" in doc), None)
        if isinstance(version, int) and version > FORMAT:
            raise SaveFormatError(
                f"{self.path} was written by a newer version of closer (save format {version}; "
                f"this version reads format {FORMAT}). It was left untouched: update closer, "
                "or use another folder with --saves."
            )
        if version is None:
            meta["1"] = {"format": FORMAT}
            data["meta"] = meta
            storage.write(data)

    def _keep_aside(self) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            suffix = f"-{n}" if n else ""
            aside = self.path.with_name(f"{SAVE_FILE}.damaged-{stamp}{suffix}")
            if not aside.exists():
                os.replace(self.path, aside)
                return aside
        raise SaveError(f"cannot keep the damaged {self.path} aside: too many damaged copies")

    # ----- players -----------------------------------------------------------------------

    def players(self) -> list[str]:
        with self._locked() as db:
            return [doc["name"] for doc in db.table("players").all()]

    def add_player(self, name: str) -> str:
        name = check_name(name)
        with self._locked() as db:
            players = db.table("players")
            if not players.search(Query().name == name):
                players.insert({"name": name, "created": _now()})
            self._set_last(db, name)
        return name

    def last_player(self) -> str | None:
        with self._locked() as db:
            docs = db.table("meta").search(Query().last_player.exists())
            return docs[0]["last_player"] if docs else None

    def current_player(self, name: str | None = None) -> str:
        """`name`, or the last player, or the default player, created if new."""
        if name:
            return self.add_player(name)
        return self.add_player(self.last_player() or DEFAULT_PLAYER)

    @staticmethod
    def _set_last(db: TinyDB, name: str) -> None:
        meta = db.table("meta")
        if meta.search(Query().last_player.exists()):
            meta.update({"last_player": name}, Query().last_player.exists())
        else:
            meta.insert({"last_player": name})

    # ----- settings ----------------------------------------------------------------------

    def settings(self, player: str) -> dict[str, Any]:
        """A player's settings (such as the theme), empty when they have changed none."""
        with self._locked() as db:
            docs = db.table("settings").search(Query().player == player)
            return dict(docs[0].get("values", {})) if docs else {}

    def set_setting(self, player: str, key: str, value: Any) -> None:
        """Keep one setting for a player (a JSON value)."""
        player = check_name(player)
        with self._locked() as db:
            table = db.table("settings")
            docs = table.search(Query().player == player)
            values = dict(docs[0].get("values", {})) if docs else {}
            values[key] = value
            if docs:
                table.update({"values": values}, Query().player == player)
            else:
                table.insert({"player": player, "values": values})

    # ----- runs --------------------------------------------------------------------------

    def add_run(self, player: str, run: dict[str, Any]) -> None:
        """Save a finished run (the `closer run --json` object) for a player."""
        player = check_name(player)
        record = {
            "player": player,
            "scenario": run["scenario"],
            "scenario_hash": run.get("scenario_hash", ""),
            "tier": run.get("tier", 1),
            "score": run["score"],
            "outcome": run["outcome"],
            "parts": run.get("parts", {}),
            "penalties": run.get("penalties", []),
            "reservations": run.get("reservations", []),
            "advice": run.get("advice", []),
            "transcript": run.get("transcript", []),
            "ended_by": run.get("ended_by", ""),
            "when": _now(),
        }
        with self._locked() as db:
            if not db.table("players").search(Query().name == player):
                db.table("players").insert({"name": player, "created": _now()})
            db.table("runs").insert(record)
            self._set_last(db, player)

    def runs(self, player: str | None = None) -> list[RunRecord]:
        with self._locked() as db:
            table = db.table("runs")
            docs = table.search(Query().player == player) if player else table.all()
            return [RunRecord.from_doc(doc) for doc in docs]

    def run_details(self, player: str) -> list[dict[str, Any]]:
        """Every saved run of a player with its transcript, oldest first."""
        with self._locked() as db:
            return [dict(doc) for doc in db.table("runs").search(Query().player == player)]

    def best_scores(self, player: str) -> dict[str, int]:
        best: dict[str, int] = {}
        for run in self.runs(player):
            best[run.scenario] = max(best.get(run.scenario, 0), run.score)
        return best


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")
