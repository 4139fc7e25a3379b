"""Provides `Friends`: what the game and the command line do to compare scores with friends.

It keeps the share code of every run a player saves or plays as the daily close, publishes
a player's codes to the club folder, imports a friend's code, gathers every verified run
for the leaderboard (local, imported and club), and finds runs to compare. Every run on
the board, a player's own included, is the engine's replay of a share code.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .club import publish, read_club, retire
from .codebook import CodeBook, OwnCode
from .context import GameContext
from .daily import daily_scenario
from .errors import SaveError
from .leaderboard import Row
from .record import RunRecord
from .sharecode import DAILY, NOT_DAILY, PRACTICE, SharedRun, ShareCodeError, clean, encode, share_text, verify


class NotDaily(ValueError):
    """A daily attempt of a scenario that is not today's daily close."""


@dataclass(frozen=True)
class Kept:
    """A run just kept: its code, its share text, and how it counts for the daily close."""

    code: str
    text: str
    daily: int


@dataclass
class Gathered:
    """Every verified run the leaderboard shows, and what was skipped, with reasons."""

    rows: list[Row] = field(default_factory=list)
    runs: list[SharedRun] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S")


def keep_saved_run(context: GameContext, player: str, report: dict, as_daily: bool = False) -> tuple[Kept | None, list[str]]:
    """Keep a just-saved run's share code (for the leaderboard and the club).

    The report gains `share_code`, `share_text` and `daily`. Returns what was kept (None
    when the code book cannot be written) and what to tell the player.
    """
    friends = Friends(context)
    record = RunRecord.from_json(report)
    notes = []
    try:
        try:
            kept = friends.keep(player, record, as_daily=as_daily)
        except NotDaily:
            kept = friends.keep(player, record)
            notes.append("The day changed while you played, so this run is not a daily attempt.")
    except SaveError as exc:
        return None, [f"This run was saved but not shared: {exc}"]
    report["share_code"], report["share_text"], report["daily"] = kept.code, kept.text, kept.daily
    return kept, notes + friends.take_notices()


def rename_player(context: GameContext, old: str, new: str) -> tuple[str, list[str]]:
    """Rename a saved player, with their shared runs (leaderboard and club); returns the new
    name and what to tell the player.

    Raises:
        SaveError: saves cannot be used, or the store refused the name.
    """
    new = context.store.rename_player(old, new)
    try:
        friends = Friends(context)
        friends.rename(old, new)
    except SaveError as exc:
        return new, [f"Your shared runs still carry the name {old!r}: {exc}"]
    return new, friends.take_notices()


def delete_player(context: GameContext, name: str) -> list[str]:
    """Delete a saved player with their shared runs (their codes here and their club file);
    returns what to tell the player.

    Raises:
        SaveError: saves cannot be used, or there is no such player.
    """
    context.store.delete_player(name)
    try:
        friends = Friends(context)
        friends.forget(name)
    except SaveError as exc:
        return [f"The deleted player's shared runs could not be removed: {exc}"]
    return friends.take_notices()


class Friends:
    """Share codes, the code book, the club folder and the leaderboard of one game context."""

    def __init__(self, context: GameContext) -> None:
        self.context = context
        self.book = CodeBook(context.saves_dir)

    @property
    def club(self) -> Path | None:
        return self.context.club_dir

    def title(self, scenario_id: str) -> str:
        scenario = self.context.catalog.get(scenario_id)
        return scenario.title if scenario else scenario_id

    def take_notices(self) -> list[str]:
        notices, self.book.notices = self.book.notices, []
        return notices

    # ----- a finished run ----------------------------------------------------------------

    def share(self, player: str, record: RunRecord, when: str | None = None, daily: int = NOT_DAILY) -> Kept:
        """A run's code and share text, without keeping it."""
        when = when or now()
        code = encode(record, player, when, daily)
        return Kept(code, share_text(record, self.title(record.scenario), player, when, daily), daily)

    def daily_status(self, player: str, date: str) -> int:
        """DAILY when the player's next attempt of that date's daily close counts, else PRACTICE."""
        done = any(e.daily == DAILY and e.date == date for e in self.book.own(player))
        return PRACTICE if done else DAILY

    def keep(self, player: str, record: RunRecord, as_daily: bool = False) -> Kept:
        """Keep a run's code for the player (and publish it to the club folder).

        Raises:
            NotDaily: `as_daily` for a scenario that is not today's daily close.
            SaveError: the code book cannot be written (a club folder that cannot be
                written only leaves a notice).
        """
        when = now()
        daily = NOT_DAILY
        if as_daily:
            today = daily_scenario(self.context.catalog, when[:10])
            if today is None or today.id != record.scenario:
                expected = today.id if today else "none"
                raise NotDaily(f"{record.scenario!r} is not today's daily close (today's is {expected!r})")
            daily = self.daily_status(player, when[:10])
        kept = self.share(player, record, when, daily)
        self.book.add_own(OwnCode(player, kept.code, daily, when[:10], record.scenario))
        try:
            self.publish(player)
        except SaveError as exc:
            self.book.notices.append(f"Your run was kept but not published to the club: {exc}")
        return kept

    def publish(self, player: str) -> Path | None:
        """Write the player's codes to their club file (when there is a club folder), and remove
        the files this saves folder wrote there for names none of its players' runs has now."""
        if self.club is None:
            return None
        install = self.book.install()
        path = publish(self.club, player, install, [e.code for e in self.book.own(player)])
        retire(self.club, install, [player] + [e.player for e in self.book.own()])
        return path

    def rename(self, old: str, new: str) -> None:
        """Carry a renamed player's shared runs to the new name: their codes here, and their
        club file (a club folder that cannot be written only leaves a notice).

        Raises:
            SaveError: the code book cannot be written.
        """
        if self.book.rename(old, new):
            try:
                self.publish(new)
            except SaveError as exc:
                self.book.notices.append(f"The club still shows your runs under {old!r}: {exc}")

    def forget(self, player: str) -> None:
        """Withdraw a deleted player's shared runs: their codes here, and their club file (a
        club folder that cannot be written only leaves a notice).

        Raises:
            SaveError: the code book cannot be written.
        """
        if self.book.forget(player) and self.club is not None:
            try:
                retire(self.club, self.book.install(), [e.player for e in self.book.own()])
            except SaveError as exc:
                self.book.notices.append(f"The club still shows {player}'s runs: {exc}")

    # ----- friends' runs -----------------------------------------------------------------

    def import_code(self, code: str) -> tuple[SharedRun, bool]:
        """Verify a friend's code by replay, then keep it; also whether it was new.

        Raises:
            ShareCodeError: the code is refused (the message says why).
        """
        run = verify(code, self.context.catalog.scenarios)
        return run, self.book.add_imported(run.code)

    def gather(self) -> Gathered:
        """Every run for the leaderboard, each verified by replay; a run seen twice counts once."""
        gathered = Gathered()
        seen: set[str] = set()
        scenarios = self.context.catalog.scenarios

        def add(run: SharedRun, source: str, flag: str = "") -> None:
            if run.identity in seen:
                return
            seen.add(run.identity)
            gathered.runs.append(run)
            gathered.rows.append(Row(run.player, run.scenario, run.record.score, run.record.outcome.value,
                                     source, run.when, run.daily, flag))

        for entry in self.book.own():
            try:
                add(verify(entry.code, scenarios), "local")
            except ShareCodeError as exc:
                gathered.problems.append(f"{entry.player}'s run of {entry.scenario} on {entry.date} no longer replays: {exc}")
        if self.club is not None:
            reading = read_club(self.club, scenarios, self.book.known_install())
            gathered.problems.extend(reading.problems)
            for run, name in reading.runs:
                clash = run.player.casefold() in reading.clashes
                add(run, "club", "two club files claim this name" if clash else "")
        for code in self.book.imported():
            try:
                add(verify(code, scenarios), "imported")
            except ShareCodeError as exc:
                gathered.problems.append(f"an imported run no longer replays: {exc}")
        return gathered

    def find(self, reference: str, gathered: Gathered | None = None) -> SharedRun:
        """A run named by a share code, or `@PLAYER` / `@PLAYER:SCENARIO` (their latest run here).

        Raises:
            ShareCodeError: a code that is refused, or a reference that names no run.
        """
        reference = reference.strip()
        if not reference.startswith("@"):
            return verify(clean(reference), self.context.catalog.scenarios)
        gathered = gathered or self.gather()
        wanted = reference[1:].strip()

        def by(player: str, scenario: str = "") -> list[SharedRun]:
            return [r for r in gathered.runs if r.player.casefold() == player.strip().casefold()
                    and (not scenario or r.scenario == scenario.strip())]

        player, scenario = wanted, ""
        runs = by(wanted)
        if not runs and ":" in wanted:
            player, _, scenario = wanted.rpartition(":")
            runs = by(player, scenario)
        if not runs:
            what = f" of {scenario.strip()!r}" if scenario else ""
            raise ShareCodeError(f"no run{what} by {player.strip()!r} here (local, imported or in the club)")
        # `when` has whole seconds: among runs of the same second, the one kept last is the latest.
        return max(enumerate(runs), key=lambda pair: (pair[1].when, pair[0]))[1]
