"""Provides the club folder: a folder friends share, where each player's runs are published as
share codes, one file per player, and everyone's runs are read back and replayed.

A player's game writes only its own file, `<name>-<install>-<hash of the name>.json` (the
install id comes from its saves folder), replacing it atomically, so two players never write the same file and a
reader never sees half a file. Reading trusts nothing in a file but its codes, and every
code is replayed before it counts: a hand-edited file can drop runs but cannot raise a
score. Files that are not closer's, too big, unreadable or broken are skipped with a reason;
the good ones still count. Two files that claim the same player name are flagged. When a
player is renamed their runs are published under the new name and the file of the old one is
removed (`retire`), so the club shows each run once, under the name its player has now.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SaveError
from .saves import check_name, write_atomically
from .scenario import Scenario
from .sharecode import SharedRun, ShareCodeError, verify

FORMAT = 1
SUFFIX = ".json"
MAX_FILE_BYTES = 1024 * 1024
MAX_CODES = 200
MAX_FILES = 1000


@dataclass
class ClubReading:
    """Everyone's verified runs in a club folder, and what was skipped or looks wrong."""

    runs: list[tuple[SharedRun, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    clashes: dict[str, list[str]] = field(default_factory=dict)


def club_file(folder: Path, player: str, install: str) -> Path:
    """The one file a player of one saves folder writes in the club."""
    slug = re.sub(r"[^a-z0-9]+", "-", player.casefold()).strip("-")[:30] or "player"
    name = hashlib.sha256(player.encode("utf-8")).hexdigest()[:6]
    return Path(folder) / f"{slug}-{install[:8]}-{name}{SUFFIX}"


def publish(folder: Path, player: str, install: str, codes: list[str]) -> Path:
    """Write a player's codes to their club file, replacing it in one rename.

    Raises:
        SaveError: the club folder cannot be created or written.
    """
    folder = Path(folder)
    path = club_file(folder, player, install)
    document = {"format": FORMAT, "player": player, "install": install, "codes": codes}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"), prefix=f".{path.name}.")
    except OSError as exc:
        raise SaveError(f"cannot write to the club folder {folder}: {exc.strerror}") from None
    return path


def retire(folder: Path, install: str, players: list[str]) -> None:
    """Remove the club files this install wrote for names other than `players` exactly (a player
    since renamed, even in case only, whose runs are now published under the new name), so each
    run shows once, under its player's current name. Files of other installs are never touched.

    Raises:
        SaveError: the club folder cannot be read or a file cannot be removed.
    """
    keep = {club_file(folder, player, install).name for player in players}
    try:
        entries = [e for e in os.scandir(folder)
                   if e.name.endswith(SUFFIX) and f"-{install[:8]}-" in e.name and e.name not in keep]
    except FileNotFoundError:
        return
    except OSError as exc:
        raise SaveError(f"cannot read the club folder {folder}: {exc.strerror}") from None
    for entry in entries:
        try:
            if entry.stat().st_size > MAX_FILE_BYTES:
                continue
            document = json.loads(Path(entry.path).read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, ValueError, RecursionError):
            continue
        if isinstance(document, dict) and document.get("install") == install:
            try:
                os.unlink(entry.path)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise SaveError(f"cannot remove {entry.name} from the club folder: {exc.strerror}") from None


def read_club(folder: Path, scenarios: dict[str, Scenario], own_install: str | None = None) -> ClubReading:
    """Every run in the club folder, verified by replay (files written by `own_install` are skipped)."""
    reading = ClubReading()
    folder = Path(folder)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        reading.problems.append(f"club folder {folder}: not found (it is created when you first save a run)")
        return reading
    except OSError as exc:
        reading.problems.append(f"club folder {folder}: cannot be read ({exc.strerror})")
        return reading
    files = [e for e in entries if e.name.endswith(SUFFIX) and not e.name.startswith(".")]
    if len(files) > MAX_FILES:
        reading.problems.append(f"club folder {folder}: {len(files)} files; only the first {MAX_FILES} were read")
        files = files[:MAX_FILES]
    claims: dict[str, tuple[str, list[str]]] = {}
    for entry in files:
        player = _read_file(Path(entry.path), scenarios, own_install, reading)
        if player:
            claims.setdefault(player.casefold(), (player, []))[1].append(entry.name)
    for player, names in claims.values():
        if len(names) > 1:
            reading.clashes[player.casefold()] = names
            reading.problems.append(f"two club files claim the player {player!r}: {', '.join(names)}")
    return reading


def _read_file(path: Path, scenarios: dict[str, Scenario], own_install: str | None, reading: ClubReading) -> str | None:
    """Add a club file's verified runs to `reading`; the player it claims, or None when skipped."""
    name = path.name
    try:
        if not path.is_file():
            return None
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            reading.problems.append(f"{name}: skipped, too big ({size} bytes; a club file is at most {MAX_FILE_BYTES})")
            return None
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reading.problems.append(f"{name}: skipped, cannot be read ({exc.strerror})")
        return None
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        reading.problems.append(f"{name}: skipped, not a closer club file (not JSON)")
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(document.get("codes"), list):
        reading.problems.append(f"{name}: skipped, not a closer club file")
        return None
    try:
        player = check_name(document.get("player") if isinstance(document.get("player"), str) else "")
    except SaveError as exc:
        reading.problems.append(f"{name}: skipped, its player name is not valid ({exc})")
        return None
    if own_install is not None and document.get("install") == own_install:
        return None
    codes = [c for c in document["codes"] if isinstance(c, str)]
    if len(codes) > MAX_CODES:
        reading.problems.append(f"{name}: {len(codes)} runs; only the first {MAX_CODES} were read")
        codes = codes[:MAX_CODES]
    for number, code in enumerate(dict.fromkeys(codes), start=1):
        try:
            run = verify(code, scenarios)
        except ShareCodeError as exc:
            reading.problems.append(f"{name}: run {number} refused: {exc}")
            continue
        if run.player != player:
            reading.problems.append(f"{name}: run {number} refused: it was played by {run.player!r}, not {player!r}")
            continue
        reading.runs.append((run, name))
    return player
