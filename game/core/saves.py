"""Provides the save store: players and best scores in a small TinyDB file, every run in an
SQLite log, both written safely and at a cost that does not grow with history.

A saves folder holds (save format 2):

- `closer.json`: TinyDB, small and bounded by the number of players: the format stamp, the
  last player, each player with their best score per scenario, and the mark up to which the
  run log has been folded into those bests. It is written whole and atomically (temporary
  file, fsync, rename), at most once per transaction.
- `closer-runs.sqlite3`: every finished run with its transcript, in SQLite's WAL mode with
  full syncs. Saving appends one row; reading a player's runs goes through an index.
- `closer.lock`: every transaction holds an exclusive lock on it, so two games on the same
  folder take turns.

Saving a run commits it to the log first, then folds it into the player's best scores in
`closer.json`. A crash between the two loses nothing: readers fold the runs past the mark in
memory, and the next save writes the fold (a best score is a maximum, so folding a run twice
is harmless). Reading never writes. A file that cannot be read is moved aside under a clear
name and the player is told; a file from a newer version is refused, never overwritten. A
folder written by format 1 (everything in `closer.json`) is migrated on first use and the old
file kept beside it as `closer.json.format1-…`.
"""

from __future__ import annotations

import fcntl
import json
import os
import tempfile
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, TypeVar

from tinydb import Query, TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from .errors import SaveError, SaveFormatError

if TYPE_CHECKING:
    import sqlite3

FORMAT = 2
LOG_FORMAT = 1
SAVE_FILE = "closer.json"
RUNS_FILE = "closer-runs.sqlite3"
LOCK_FILE = "closer.lock"
DEFAULT_PLAYER = "Player"
MAX_NAME = 40

T = TypeVar("T")

_LOG_SCHEMA = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    player TEXT NOT NULL,
    scenario TEXT NOT NULL,
    score INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    tier INTEGER NOT NULL,
    scenario_hash TEXT NOT NULL,
    saved TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX runs_by_player ON runs (player, id);
CREATE TABLE log (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_RECORD_COLUMNS = "player, scenario, score, outcome, saved, tier, scenario_hash"


class _Damaged(Exception):
    pass


class _Retry(Exception):
    """The run log was damaged and has been kept aside: run the transaction again."""


class AtomicJSONStorage(Storage):
    """A TinyDB storage that replaces its file atomically (temp file, fsync, rename).

    Args:
        path: the JSON file.
        writable: False for a read-only transaction, which must never write.
    """

    def __init__(self, path: str, writable: bool = True) -> None:
        self.path = Path(path)
        self.writable = writable

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
        if not self.writable:
            raise RuntimeError(f"a read-only transaction tried to write {self.path}")
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomically(self.path, payload)

    def close(self) -> None:
        pass


@contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file at `path` (created if missing) for the block, across processes.

    Raises:
        SaveError: the lock file cannot be opened.
    """
    try:
        lock = open(path, "a")
    except OSError as exc:
        raise SaveError(f"cannot open {path}: {exc.strerror}") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def write_atomically(path: Path, payload: bytes, prefix: str = ".closer-") -> None:
    """Replace `path` with `payload` in one rename after an fsync of the file and its folder:
    readers see the old bytes or the new, never half. `prefix` names the temporary file (the
    store clears its own `.closer-*` leftovers from killed writers)."""
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
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


class _Session:
    """One locked transaction: the TinyDB file, and the run log opened on first use."""

    def __init__(self, store: "SaveStore", db: TinyDB, write: bool) -> None:
        self.store = store
        self.db = db
        self.write = write
        self._log: "sqlite3.Connection | None" = None
        self._log_opened = False

    def log(self) -> "sqlite3.Connection | None":
        """The run log; None when there is none yet and this transaction only reads."""
        if not self._log_opened:
            self._log = self.store._open_log(create=self.write)
            self._log_opened = True
        return self._log

    def close_log(self) -> None:
        if self._log is not None:
            self._log.close()
        self._log = None
        self._log_opened = False


@dataclass
class _View:
    """The players and their best scores with every logged run folded in."""

    players: dict[str, dict[str, int]]
    last: str | None
    log_id: str | None
    folded: int
    changed: set[str]


class SaveStore:
    """Players and their runs in one folder, safe for crashes and for two games at once."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.path = self.folder / SAVE_FILE
        self.runs_path = self.folder / RUNS_FILE
        self.notices: list[str] = []
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError(f"cannot create the saves folder {self.folder}: {exc.strerror}") from None

    # ----- transactions ------------------------------------------------------------------

    def _transact(self, work: Callable[[_Session], T], write: bool = False) -> T:
        """Run `work` under the lock; a run log found damaged is kept aside and `work` runs
        once more on a fresh one."""
        try:
            with self._locked(write, may_retry=True) as session:
                return work(session)
        except _Retry:
            with self._locked(write, may_retry=False) as session:
                return work(session)

    @contextmanager
    def _locked(self, write: bool, may_retry: bool) -> Iterator[_Session]:
        with exclusive_lock(self.folder / LOCK_FILE):
            # Temporary files here are left by a writer killed mid-write: no writer can be
            # running while this lock is held. Clearing them changes no saved data.
            for stale in self.folder.glob(".closer-*.tmp"):
                stale.unlink(missing_ok=True)
            self._check_file()
            db = TinyDB(str(self.path), storage=CachingMiddleware(AtomicJSONStorage), writable=write)
            session = _Session(self, db, write)
            try:
                self._settle_player_changes(session)
                yield session
                if write:
                    meta = db.table("meta")
                    if not meta.search(Query().format.exists()):
                        meta.insert({"format": FORMAT})
                db.close()
            except Exception as exc:
                session.close_log()
                if may_retry and _log_damage(exc):
                    self._keep_log_aside(str(exc))
                    raise _Retry from None
                if _log_error(exc):
                    raise SaveError(f"cannot use the run log {self.runs_path}: {exc}") from None
                raise
            finally:
                session.close_log()

    def _check_file(self) -> None:
        """Under the lock: keep a damaged file aside, refuse a newer format, migrate format 1."""
        storage = AtomicJSONStorage(str(self.path))
        try:
            data = storage.read()
        except _Damaged as exc:
            aside = self._keep_aside(self.path)
            self.notices.append(
                f"The save file {self.path} could not be read ({exc}). It was kept as {aside.name} "
                "and a fresh save file was started."
            )
            return
        except OSError as exc:
            raise SaveError(f"cannot read {self.path}: {exc.strerror}") from None
        if data is None:
            return
        meta = data.get("meta", {})
        version = next((doc.get("format") for doc in meta.values() if isinstance(doc, dict) and "format" in doc), None)
        if isinstance(version, int) and version > FORMAT:
            raise SaveFormatError(
                f"{self.path} was written by a newer version of closer (save format {version}; "
                f"this version reads format {FORMAT}). It was left untouched: update closer, "
                "or use another folder with --saves."
            )
        if version != FORMAT:
            self._migrate(data)

    def _keep_aside(self, path: Path, companions: tuple[str, ...] = ()) -> Path:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(1000):
            suffix = f"-{n}" if n else ""
            aside = path.with_name(f"{path.name}.damaged-{stamp}{suffix}")
            if not aside.exists():
                os.replace(path, aside)
                for extra in companions:
                    companion = path.with_name(path.name + extra)
                    if companion.exists():
                        os.replace(companion, aside.with_name(aside.name + extra))
                return aside
        raise SaveError(f"cannot keep the damaged {path} aside: too many damaged copies")

    # ----- the run log -------------------------------------------------------------------

    def _open_log(self, create: bool) -> "sqlite3.Connection | None":
        import sqlite3

        if not create and not self.runs_path.exists():
            return None
        try:
            log = sqlite3.connect(self.runs_path, timeout=30, isolation_level=None)
        except sqlite3.Error as exc:
            raise SaveError(f"cannot open {self.runs_path}: {exc}") from None
        try:
            version = log.execute("PRAGMA user_version").fetchone()[0]
            if version > LOG_FORMAT:
                raise SaveFormatError(
                    f"{self.runs_path} was written by a newer version of closer (run log format {version}; "
                    f"this version reads format {LOG_FORMAT}). It was left untouched: update closer, "
                    "or use another folder with --saves."
                )
            log.execute("PRAGMA synchronous=FULL")
            if version == 0:
                if not create:
                    log.close()
                    return None
                if log.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                    raise sqlite3.DatabaseError("not a closer run log")
                log.execute("PRAGMA journal_mode=WAL")
                log.execute("BEGIN IMMEDIATE")
                for statement in _LOG_SCHEMA.split(";"):
                    if statement.strip():
                        log.execute(statement)
                log.execute("INSERT INTO log (key, value) VALUES ('id', ?)", (uuid.uuid4().hex,))
                log.execute(f"PRAGMA user_version = {LOG_FORMAT}")
                log.execute("COMMIT")
        except BaseException:
            log.close()
            raise
        return log

    def _keep_log_aside(self, why: str) -> None:
        aside = self._keep_aside(self.runs_path, ("-wal", "-shm"))
        self.notices.append(
            f"The run log {self.runs_path} could not be read ({why}). It was kept as {aside.name}; "
            "a fresh log starts with the next saved run, and best scores and players are kept."
        )

    @staticmethod
    def _log_id(log: "sqlite3.Connection") -> str | None:
        row = log.execute("SELECT value FROM log WHERE key = 'id'").fetchone()
        return row[0] if row else None

    @staticmethod
    def _append(log: "sqlite3.Connection", records: list[dict[str, Any]], migrated_from: str | None = None) -> None:
        """Append runs in one transaction; a migration marks itself done in the same one."""
        log.execute("BEGIN IMMEDIATE")
        try:
            log.executemany(
                "INSERT INTO runs (player, scenario, score, outcome, tier, scenario_hash, saved, doc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (r.player, r.scenario, r.score, r.outcome, r.tier, r.scenario_hash, r.when,
                     json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
                    for doc in records
                    for r in [RunRecord.from_doc(doc)]
                ],
            )
            if migrated_from is not None:
                log.execute("INSERT INTO log (key, value) VALUES ('migrated', ?)", (migrated_from,))
            log.execute("COMMIT")
        except BaseException:
            log.execute("ROLLBACK")
            raise

    # ----- the folded view ---------------------------------------------------------------

    def _view(self, session: _Session) -> _View:
        """Players and best scores as `closer.json` has them, plus any logged run it has not
        folded in yet (a save cut short between the log and the file)."""
        db = session.db
        players: dict[str, dict[str, int]] = {}
        for doc in db.table("players").all():
            players[str(doc.get("name", ""))] = {str(k): int(v) for k, v in dict(doc.get("best", {})).items()}
        last = folded_log = None
        folded = 0
        for doc in db.table("meta").all():
            if "last_player" in doc:
                last = doc["last_player"]
            if "runs_log" in doc:
                folded_log, folded = doc["runs_log"], int(doc.get("runs_folded", 0))
        view = _View(players, last, folded_log, folded, set())
        log = session.log()
        if log is None:
            return view
        log_id = self._log_id(log)
        if log_id != folded_log:
            view.folded = 0
        start = view.folded
        for run_id, player, scenario, score in log.execute(
                "SELECT id, player, scenario, score FROM runs WHERE id > ? ORDER BY id", (start,)):
            best = players.setdefault(player, {})
            if score > best.get(scenario, -1):
                best[scenario] = score
                view.changed.add(player)
            view.last = player
            view.folded = run_id
        view.log_id = log_id
        return view

    def _save_view(self, session: _Session, view: _View) -> None:
        players = session.db.table("players")
        known = {doc.get("name") for doc in players.all()}
        for name in view.changed | (set(view.players) - known):
            if name in known:
                players.update({"best": view.players[name]}, Query().name == name)
            else:
                players.insert({"name": name, "created": _now(), "best": view.players[name]})
        meta = session.db.table("meta")
        if view.last is not None:
            _set_meta(meta, "last_player", {"last_player": view.last})
        if view.log_id is not None:
            _set_meta(meta, "runs_log", {"runs_log": view.log_id, "runs_folded": view.folded})

    def _migrate(self, data: dict[str, Any]) -> None:
        """Format 1 kept every run in `closer.json`: move them to the run log, keep the old
        file beside it, and write the small file. Safe to repeat after a crash."""
        old_runs = [doc for _, doc in sorted(data.get("runs", {}).items(), key=lambda item: _doc_order(item[0]))
                    if isinstance(doc, dict)]
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{SAVE_FILE}.format1-{stamp}")
        log = self._open_log(create=True)
        assert log is not None
        try:
            done = log.execute("SELECT value FROM log WHERE key = 'migrated'").fetchone()
            if done is None:
                write_atomically(kept, self.path.read_bytes())
                self._append(log, old_runs, migrated_from=kept.name)
            log_id = self._log_id(log)
            last_id = log.execute("SELECT coalesce(max(id), 0) FROM runs").fetchone()[0]
            players: dict[str, dict[str, int]] = {}
            for doc in data.get("players", {}).values():
                if isinstance(doc, dict) and "name" in doc:
                    players.setdefault(str(doc["name"]), {})
            for player, scenario, score in log.execute("SELECT player, scenario, max(score) FROM runs GROUP BY player, scenario"):
                players.setdefault(player, {})[scenario] = score
        finally:
            log.close()
        old_players = {str(doc["name"]): doc for doc in data.get("players", {}).values()
                       if isinstance(doc, dict) and "name" in doc}
        meta: dict[str, Any] = {"1": {"format": FORMAT}, "2": {"runs_log": log_id, "runs_folded": last_id}}
        last = next((doc["last_player"] for doc in data.get("meta", {}).values()
                     if isinstance(doc, dict) and "last_player" in doc), None)
        if last is not None:
            meta["3"] = {"last_player": last}
        new = {name: table for name, table in data.items() if name not in ("meta", "players", "runs")}
        new["meta"] = meta
        new["players"] = {
            str(n): {**old_players.get(name, {}), "name": name,
                     "created": old_players.get(name, {}).get("created", _now()), "best": best}
            for n, (name, best) in enumerate(players.items(), start=1)
        }
        AtomicJSONStorage(str(self.path)).write(new)

    # ----- players -----------------------------------------------------------------------

    def players(self) -> list[str]:
        return self._transact(lambda session: list(self._view(session).players))

    def add_player(self, name: str) -> str:
        """Add a player, or pick the known player whose name differs only in case."""
        name = check_name(name)

        def work(session: _Session) -> str:
            view = self._view(session)
            known = _known(view.players, name) or name
            view.players.setdefault(known, {})
            view.last = known
            self._save_view(session, view)
            return known

        return self._transact(work, write=True)

    def last_player(self) -> str | None:
        return self._transact(lambda session: self._view(session).last)

    def current_player(self, name: str | None = None) -> str:
        """`name` (a known player in any case), or the last player, or the default player,
        created if new."""
        if name:
            return self.add_player(name)
        return self.add_player(self.last_player() or DEFAULT_PLAYER)

    def resolve_player(self, name: str | None = None) -> str:
        """Who is playing, without writing anything: `name` (spelt as the known player whose
        name differs only in case), or the last player, or the default player (a new player
        is created by their first save)."""
        if name:
            name = check_name(name)
            return _known(self.players(), name) or name
        return self.last_player() or DEFAULT_PLAYER

    def rename_player(self, old: str, new: str) -> str:
        """Give a player a new name, carrying their runs, best scores, settings and anything
        else kept for them; returns the new name.

        Raises:
            SaveError: there is no such player, the new name is not valid, or another
                player has it (in any case).
        """
        new = check_name(new)

        def work(session: _Session) -> str:
            view = self._view(session)
            current = _known(view.players, check_name(old))
            if current is None:
                raise SaveError(f"there is no player called {old!r}")
            taken = _known(view.players, new)
            if taken is not None and taken.casefold() != current.casefold():
                raise SaveError(f"there is already a player called {taken!r}")
            if new != current:
                self._save_view(session, view)
                self._change_player(session, current, new)
            return new

        return self._transact(work, write=True)

    def delete_player(self, name: str) -> None:
        """Remove a player with their runs, best scores, settings and anything else kept for
        them, all at once.

        Raises:
            SaveError: there is no such player.
        """
        def work(session: _Session) -> None:
            view = self._view(session)
            current = _known(view.players, check_name(name))
            if current is None:
                raise SaveError(f"there is no player called {name!r}")
            self._save_view(session, view)
            self._change_player(session, current, None)

        self._transact(work, write=True)

    def _change_player(self, session: _Session, old: str, new: str | None) -> None:
        """Rename (or, with `new` None, delete) a player: the run log first, with the change
        noted in it in the same SQLite transaction, then every table of `closer.json`. A crash
        between the two is finished from that note (see `_settle_player_changes`)."""
        log = session.log()
        assert log is not None
        log.execute("BEGIN IMMEDIATE")
        try:
            if new is None:
                log.execute("DELETE FROM runs WHERE player = ?", (old,))
            else:
                log.execute("UPDATE runs SET player = ? WHERE player = ?", (new, old))
            # SQLite gives a new run the highest id plus one, so a deletion can hand out ids
            # again: the note keeps the highest id left, and the fold mark is lowered to it.
            floor = log.execute("SELECT coalesce(max(id), 0) FROM runs").fetchone()[0]
            changes = _logged_changes(log) + [[old, new, floor]]
            log.execute("INSERT OR REPLACE INTO log (key, value) VALUES ('player_changes', ?)",
                        (json.dumps(changes, ensure_ascii=False),))
            log.execute("COMMIT")
        except BaseException:
            log.execute("ROLLBACK")
            raise
        self._apply_player_changes(session, [(old, new, floor)], self._log_id(log), len(changes))

    def _settle_player_changes(self, session: _Session) -> None:
        """Apply renames and deletions the run log has and `closer.json` has not (a change cut
        short between the two): kept by a write, in memory only for a read."""
        if not self.runs_path.exists():
            return
        log = session.log()
        if log is None:
            return
        log_id = self._log_id(log)
        changes = _logged_changes(log)
        applied = 0
        for doc in session.db.table("meta").all():
            if "player_changes" in doc and doc.get("player_changes_log") == log_id:
                applied = int(doc["player_changes"])
        pending = [(str(old), None if new is None else str(new), int(floor)) for old, new, floor in changes[applied:]]
        if pending:
            self._apply_player_changes(session, pending, log_id, len(changes))

    @staticmethod
    def _apply_player_changes(session: _Session, changes: list[tuple[str, str | None, int]],
                              log_id: str | None, mark: int) -> None:
        """Rename or delete players in every table of `closer.json`: a player's document in
        `players`, the last player in `meta`, and each document with their name as `player`
        in any other table; the fold mark is kept at or below each change's highest run id."""
        db = session.db
        storage = db.storage
        data = storage.read() or {}
        for old, new, floor in changes:
            for doc in data.get("meta", {}).values():
                if isinstance(doc, dict) and doc.get("runs_log") == log_id:
                    doc["runs_folded"] = min(int(doc.get("runs_folded", 0)), floor)
            for table_name, table in data.items():
                field = {"players": "name", "meta": "last_player"}.get(table_name, "player")
                for key, doc in list(table.items()):
                    if isinstance(doc, dict) and doc.get(field) == old:
                        if new is None:
                            del table[key]
                        else:
                            doc[field] = new
        for table_name in db.tables():
            db.table(table_name).clear_cache()
        if session.write:
            storage.write(data)
            _set_meta(db.table("meta"), "player_changes", {"player_changes": mark, "player_changes_log": log_id})

    # ----- settings ----------------------------------------------------------------------

    def settings(self, player: str) -> dict[str, Any]:
        """A player's settings (such as the theme), empty when they have changed none."""
        def work(session: _Session) -> dict[str, Any]:
            docs = session.db.table("settings").search(Query().player == player)
            return dict(docs[0].get("values", {})) if docs else {}

        return self._transact(work)

    def set_setting(self, player: str, key: str, value: Any) -> None:
        """Keep one setting for a player (a JSON value)."""
        player = check_name(player)

        def work(session: _Session) -> None:
            table = session.db.table("settings")
            docs = table.search(Query().player == player)
            values = dict(docs[0].get("values", {})) if docs else {}
            values[key] = value
            if docs:
                table.update({"values": values}, Query().player == player)
            else:
                table.insert({"player": player, "values": values})

        self._transact(work, write=True)

    # ----- self-knowledge ----------------------------------------------------------------

    def self_knowledge(self, player: str) -> dict[str, Any]:
        """A player's self-knowledge document (profile, stories, practice runs); empty when none."""
        def work(session: _Session) -> dict[str, Any]:
            docs = session.db.table("self_knowledge").search(Query().player == player)
            return dict(docs[0].get("doc", {})) if docs else {}

        return self._transact(work)

    def set_self_knowledge(self, player: str, doc: dict[str, Any]) -> None:
        """Replace a player's self-knowledge document (a JSON object); a new player becomes known."""
        player = check_name(player)

        def work(session: _Session) -> None:
            table = session.db.table("self_knowledge")
            if table.search(Query().player == player):
                table.update({"doc": doc}, Query().player == player)
            else:
                table.insert({"player": player, "doc": doc})
            view = self._view(session)
            if player not in view.players:
                view.players[player] = {}
                self._save_view(session, view)

        self._transact(work, write=True)

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

        def work(session: _Session) -> None:
            log = session.log()
            assert log is not None
            view = self._view(session)
            record["player"] = known = _known(view.players, player) or player
            self._append(log, [record])
            view = self._view(session)
            view.players.setdefault(known, {})
            view.last = known
            self._save_view(session, view)

        self._transact(work, write=True)

    def runs(self, player: str | None = None) -> list[RunRecord]:
        """Saved runs (of one player, or everyone's), oldest first, without transcripts."""
        where, args = ("WHERE player = ?", (player,)) if player else ("", ())
        return [RunRecord(*row) for row in self._select(f"SELECT {_RECORD_COLUMNS} FROM runs {where} ORDER BY id", args)]

    def recent_runs(self, player: str, count: int) -> list[RunRecord]:
        """A player's last `count` runs, oldest first."""
        rows = self._select(f"SELECT {_RECORD_COLUMNS} FROM runs WHERE player = ? ORDER BY id DESC LIMIT ?", (player, count))
        return [RunRecord(*row) for row in reversed(rows)]

    def run_count(self, player: str) -> int:
        rows = self._select("SELECT count(*) FROM runs WHERE player = ?", (player,))
        return int(rows[0][0]) if rows else 0

    def run_details(self, player: str, latest: int | None = None) -> list[dict[str, Any]]:
        """A player's saved runs with their transcripts, oldest first: every one, or only the `latest` few."""
        if latest is None:
            rows = self._select("SELECT doc FROM runs WHERE player = ? ORDER BY id", (player,))
        else:
            rows = self._select("SELECT doc FROM runs WHERE player = ? ORDER BY id DESC LIMIT ?", (player, latest))[::-1]
        return [json.loads(row[0]) for row in rows]

    def _select(self, sql: str, args: tuple) -> list[tuple]:
        def work(session: _Session) -> list[tuple]:
            log = session.log()
            return [] if log is None else log.execute(sql, args).fetchall()

        return self._transact(work)

    def counted_scores(self, player: str) -> dict[str, int]:
        """A player's best score per scenario among the runs that count toward an unlock
        (every run not rejected): one indexed pass over that player's rows in the log."""
        rows = self._select("SELECT scenario, max(score) FROM runs WHERE player = ? AND outcome != 'rejected' "
                            "GROUP BY scenario", (player,))
        return {scenario: int(score) for scenario, score in rows}

    def best_scores(self, player: str) -> dict[str, int]:
        return dict(self._transact(lambda session: self._view(session).players.get(player, {})))


def _known(names: Any, name: str) -> str | None:
    """The known player `name` means: the same name, or one differing only in case."""
    names = list(names)
    if name in names:
        return name
    return next((known for known in names if known.casefold() == name.casefold()), None)


def _logged_changes(log: "sqlite3.Connection") -> list[list[Any]]:
    """The renames and deletions noted in the run log, oldest first: [old, new or None,
    the highest run id left after it]."""
    row = log.execute("SELECT value FROM log WHERE key = 'player_changes'").fetchone()
    return json.loads(row[0]) if row else []


def _set_meta(meta: Any, key: str, doc: dict[str, Any]) -> None:
    if meta.search(Query()[key].exists()):
        meta.update(doc, Query()[key].exists())
    else:
        meta.insert(doc)


def _doc_order(key: str) -> tuple[int, str]:
    return (int(key), key) if key.isdigit() else (1 << 62, key)


def _log_damage(exc: Exception) -> bool:
    """An error that means the run log's file is not a database, or a broken one."""
    import sqlite3

    return type(exc) is sqlite3.DatabaseError


def _log_error(exc: Exception) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.Error)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")
