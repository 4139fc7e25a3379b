"""Provides the `closer` command line: the full-screen game and its headless subcommands."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from game.core.context import GameContext


class Refused(Exception):
    """Input refused: printed as one line on stderr, exit status 1."""


# ----- shared helpers ----------------------------------------------------------------------

def _context(args: argparse.Namespace, *, warn: bool = True) -> "GameContext":
    """The game context; with `warn`, each scenario file that did not load is named on stderr."""
    from game.core.context import GameContext

    extra = list(getattr(args, "scenarios", None) or []) + list(getattr(args, "scenarios_after", None) or [])
    saves = getattr(args, "saves_after", None) or getattr(args, "saves", None)
    club = getattr(args, "club_after", None) or getattr(args, "club", None)
    context = GameContext.load(extra, saves, club=club)
    if warn:
        _warn_problems(context)
    return context


def _warn_problems(context: "GameContext") -> None:
    for problem in context.catalog.problems:
        print(f"warning: scenario skipped: {problem}", file=sys.stderr)


def _read_text(source: str) -> str:
    """The text of a file, or of standard input for '-'."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            raise Refused(f"{source}: {exc.strerror}") from None
        name = source
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(f"{name}: not UTF-8 text") from None


def _scenario(context: "GameContext", scenario_id: str):
    scenario = context.catalog.get(scenario_id)
    if scenario is None:
        known = ", ".join(sorted(context.catalog.scenarios)) or "none"
        raise Refused(f"unknown scenario {scenario_id!r} (known: {known})")
    return scenario


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False))


# ----- commands ----------------------------------------------------------------------------

def cmd_game(args: argparse.Namespace) -> int:
    from game.ui.app import CloserApp

    context = _context(args, warn=False)
    start = getattr(args, "id", None)
    if not start:
        CloserApp(context=context).run()
        return 0
    from game.ui.words import no_progress

    scenario = _scenario(context, start)
    player, saves_ok = _player_for_play(context, args.player)
    progress = context.progress(player) if saves_ok else no_progress(player)
    _check_lock(progress, scenario)
    if args.plain:
        from game.plain import PlainGame

        if not saves_ok:
            print("closer: saves cannot be used, so this run is practice and will not be kept", file=sys.stderr)
        game = PlainGame(context, scenario, player, sys.stdin, sys.stdout, colour=args.colour)
        game.saves_ok = saves_ok
        game.play()
        _notices(context)
        return 0
    CloserApp(context=context, start_scenario=start, player=player).run()
    return 0


def _player_for_play(context: "GameContext", wanted: str | None) -> tuple[str, bool]:
    """Who plays (a known player whose name differs only in case is that player), and whether saves work."""
    from game.core.errors import SaveError
    from game.core.saves import DEFAULT_PLAYER, check_name

    if wanted:
        wanted = check_name(wanted)
    try:
        return context.store.resolve_player(wanted), True
    except SaveError:
        return wanted or DEFAULT_PLAYER, False


def _check_lock(progress, scenario) -> None:
    lock = progress.lock(scenario)
    if lock:
        raise Refused(f"scenario {scenario.id!r} is locked for {progress.player}: tier {lock.tier} opens when you {lock.opens_when}")


def cmd_list(args: argparse.Namespace) -> int:
    context = _context(args)
    player = context.store.resolve_player(args.player)
    progress = context.progress(player)
    rows = []
    for scenario in context.catalog.ordered():
        lock = progress.lock(scenario)
        row = {
            "id": scenario.id,
            "title": scenario.title,
            "company": scenario.company,
            "role": scenario.role,
            "tier": scenario.tier,
            "interviewer": scenario.interviewer.name,
            "locked": lock is not None,
            "best": progress.best.get(scenario.id),
        }
        if lock:
            row["opens_when"] = lock.opens_when
        rows.append(row)
    _notices(context)
    if args.json:
        _print_json(rows)
        return 0
    print(f"Scenarios for {player}:")
    for row in rows:
        best = f"best {row['best']}" if row["best"] is not None else "not played"
        state = f"locked: {row['opens_when']}" if row["locked"] else best
        print(f"  [{row['tier']}] {row['id']:<22} {row['title']} ({row['company']}, {row['role']}) - {state}")
    return 0


def _notices(context: "GameContext") -> None:
    for notice in context.take_notices():
        print(f"notice: {notice}", file=sys.stderr)
    _reader_notice()


def _settle_reader() -> None:
    """Let the move and pertinence models finish opening before the process exits, if a command started them."""
    for name in ("game.core.judge", "game.core.pertinence"):
        module = sys.modules.get(name)
        if module:
            module.settle()


def _reader_notice() -> None:
    """Once per run of the command, when it read lines: the rules read them because the
    trained move model cannot be used; and when it judged stories or reasons: the topic words
    judged them because the trained pertinence model cannot be used."""
    judge = sys.modules.get("game.core.judge")
    said = judge.notice() if judge else None
    if said:
        print(f"notice: {said}", file=sys.stderr)
    pertinence = sys.modules.get("game.core.pertinence")
    pertinence_notice = pertinence.notice() if pertinence else None
    if pertinence_notice:
        print(f"notice: {pertinence_notice}", file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    from game.core.interview import Interview
    from game.core.report import run_report
    from game.core.script import ScriptError, parse_script, play_script

    context = _context(args)
    scenario = _scenario(context, args.id)
    player = None
    if args.save:
        player = context.store.resolve_player(args.player)
        _check_lock(context.progress(player), scenario)
    if args.daily:
        _check_daily(context, scenario.id)
    source = args.moves or "-"
    if source == "-":
        _prompt("Type your moves, one per line (':N' or ':ID' picks a choice, other lines are said); Ctrl+D to finish.")
    lines = parse_script(_read_text(source))
    if not lines:
        name = "standard input" if source == "-" else source
        raise Refused(f"{name}: no moves to play (blank lines and lines starting with # are skipped); nothing was run or saved")
    interview = Interview(scenario)
    try:
        ignored = play_script(interview, lines)
    except ScriptError as exc:
        raise Refused(f"{source if source != '-' else 'moves'}: {exc}") from None
    report = run_report(interview, ignored)
    if args.save and player:
        context.store.add_run(player, report)
    kept = _keep_run(context, args, player, report)
    _notices(context)
    if kept and args.share:
        report["share_code"], report["share_text"] = kept.code, kept.text
    if args.json:
        _print_json(report)
    else:
        _print_run(report)
        if kept and kept.daily:
            print("Daily close: " + ("your ranked attempt for today" if kept.daily == 1 else "a practice attempt (today's ranked attempt is already played)"))
        if kept and args.share:
            print()
            print(kept.text)
            print(kept.code)
    return 0


def _keep_run(context: "GameContext", args: argparse.Namespace, player: str | None, report: dict[str, Any]):
    """Keep the run's share code when it was saved or played as the daily close; make one for --share."""
    from game.core.friends import Friends, keep_saved_run
    from game.core.record import RunRecord

    if not (args.save or args.daily or args.share):
        return None
    name = player or context.store.current_player(args.player)
    if not (args.save or args.daily):
        return Friends(context).share(name, RunRecord.from_json(report))
    kept, notes = keep_saved_run(context, name, report, as_daily=args.daily)
    for note in notes:
        print(f"notice: {note}", file=sys.stderr)
    return kept


def _print_run(report: dict[str, Any]) -> None:
    for line in report["transcript"]:
        who = "Interviewer" if line["speaker"] == "interviewer" else "You"
        moves = f"  [{', '.join(line['moves'])}]" if line["moves"] else ""
        print(f"{who}: {line['text']}{moves}")
    print()
    print(f"Outcome: {report['outcome'].replace('_', ' ')}   Score: {report['score']}/100")
    print(report["verdict"])
    parts = report["parts"]
    print("Parts: " + ", ".join(f"{name} {parts[name]}" for name in ("questions", "ask", "fit", "reservations")))
    for penalty in report["penalties"]:
        print(f"Penalty {penalty['points']}: {penalty['why']}")
    for fate in report["reservations"]:
        state = fate["handled"] if fate["surfaced"] else "never surfaced"
        print(f"Reservation {fate['id']} ({fate['kind']}): {state}")
    for advice in report["advice"]:
        print(f"- {advice}")


def _prompt(message: str) -> None:
    """Tell a person at a terminal what standard input is waiting for (nothing when input is piped)."""
    if sys.stdin.isatty():
        print(message, file=sys.stderr, flush=True)


def cmd_analyze(args: argparse.Namespace) -> int:
    from game.core import judge
    from game.core.reader import too_long

    reads_stdin = not args.text or args.text == ["-"]
    if reads_stdin:
        _prompt("Type or paste what a candidate says, one utterance per line; Ctrl+D to finish.")
    texts = _stdin_lines() if reads_stdin else args.text
    for number, text in enumerate(texts, start=1):
        refusal = too_long(text, f"line {number} of standard input" if reads_stdin else f"utterance {number}")
        if refusal:
            raise Refused(refusal)
    judge.warm_up()
    _reader_notice()
    if args.explain:
        return _analyze_explained(texts, args.json, judge)
    return _analyze_stream(texts, args.json, judge.read_moves, judge.read_many)


def _analyze_explained(texts: list[str], as_json: bool, judge) -> int:
    """Each utterance's reading with what decided each move: the model's probability against
    its threshold, and the words the rules found for it."""
    for text in texts:
        hits = judge.read_moves(text)
        decisions = judge.explain(text)
        if as_json:
            line = json.loads(_json_line(text, hits))
            line["explain"] = [
                {"move": d.move.value, "probability": round(d.probability, 4), "threshold": d.threshold,
                 "found": d.found, "rules": d.rules.evidence if d.rules else None, "rules_decide": d.rules_decide}
                for d in decisions
            ]
            sys.stdout.write(json.dumps(line, ensure_ascii=False).translate(_LINE_BREAKS) + "\n")
            continue
        sys.stdout.write(_text_block(text, hits))
        if not decisions:
            sys.stdout.write("  decided by the rules alone (the trained model is unavailable)\n")
        for d in decisions:
            if not d.found and d.rules is None and d.probability < d.threshold / 2:
                continue
            verdict = "found" if d.found else "not found"
            rules = f'rules agree: "{d.rules.evidence}"' if d.rules and d.found else (
                f'rules found "{d.rules.evidence}", model overrules' if d.rules else "rules found nothing")
            if d.rules_decide:
                rules += " (the rules decide this move)"
            sys.stdout.write(f"  {'*' if d.found else ' '} {d.move.value:<20} model {d.probability:.2f} vs threshold {d.threshold:.2f}: {verdict}; {rules}\n")
    return 0


def _stdin_lines() -> list[str]:
    """Standard input split at line feeds only: other control characters stay in the line."""
    text = sys.stdin.buffer.read().decode("utf-8", errors="replace")
    if not text:
        return []
    lines = text.removesuffix("\n").split("\n")
    if "\r" in text:
        lines = [line.removesuffix("\r") for line in lines]
    return lines


# Characters some readers take for line breaks; escaped so each JSON line stays one line.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _json_line(text: str, hits: list) -> str:
    moves = ",".join(
        '{"move":"%s","evidence":%s,"start":%d,"end":%d}' % (h.move.value, json.dumps(h.evidence, ensure_ascii=False), h.start, h.end)
        for h in hits
    )
    return ('{"text":%s,"moves":[%s]}' % (json.dumps(text, ensure_ascii=False), moves)).translate(_LINE_BREAKS) + "\n"


def _text_block(text: str, hits: list) -> str:
    lines = [f"{text}\n"]
    lines.extend(f"  {hit.move.value:<20} \"{hit.evidence}\"\n" for hit in hits)
    if not hits:
        lines.append("  (no move recognised)\n")
    return "".join(lines)


def _analyze_stream(texts: list[str], as_json: bool, read_moves: Callable, read_many: Callable | None = None) -> int:
    """Each utterance's reading, written in batches of 1000 (read together by `read_many`
    when given); a repeated utterance reuses its output."""
    render = _json_line if as_json else _text_block
    done: dict[str, str] = {}
    for first in range(0, len(texts), 1000):
        chunk = texts[first:first + 1000]
        if read_many is not None:
            read_many([text for text in chunk if text not in done])
        batch: list[str] = []
        for text in chunk:
            block = done.get(text)
            if block is None:
                block = render(text, read_moves(text))
                if len(done) < 100_000:
                    done[text] = block
            batch.append(block)
        sys.stdout.write("".join(batch))
    return 0


def cmd_rehearse(args: argparse.Namespace) -> int:
    from game.core.reader import too_long
    from game.core.rehearse import rehearse

    if args.file == "-":
        _prompt("Type or paste the close you plan to say; Ctrl+D to finish.")
    text = _read_text(args.file)
    refusal = too_long(text, "standard input" if args.file == "-" else args.file)
    if refusal:
        raise Refused(refusal)
    scenario = None
    if args.scenario:
        scenario = _scenario(_context(args), args.scenario)
    review = rehearse(text, scenario=scenario, company=args.company, role=args.role)
    if args.json:
        _print_json(review.as_json())
    else:
        print(review.as_text())
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from game.core.catalog import scenario_dirs, scenario_files
    from game.core.authoring import check_files

    extra = list(args.scenarios or []) + list(getattr(args, "scenarios_after", None) or [])
    in_use = [f for folder in scenario_dirs(extra) if folder.is_dir() for f in scenario_files(folder)]
    if args.paths:
        files: list[Path] = []
        for raw in args.paths:
            path = Path(raw)
            if path.is_dir() and path.suffix not in (".yaml", ".yml"):
                files.extend(scenario_files(path))
            else:
                files.append(path)
    else:
        files = in_use
    report = check_files(files, others=in_use)
    for line in report.lines():
        print(line)
    sys.stdout.flush()
    print(report.summary(), file=sys.stderr)
    return 1 if report.errors else 0


def cmd_graph(args: argparse.Namespace) -> int:
    from game.core.graph import render

    scenario = _scenario(_context(args), args.id)
    sys.stdout.write(render(scenario, args.format))
    return 0


def cmd_playtest(args: argparse.Namespace) -> int:
    from game.core.playtest import playtest

    context = _context(args)
    scenarios = [_scenario(context, ident) for ident in args.ids] if args.ids else context.catalog.ordered()
    reports = [playtest(scenario) for scenario in scenarios]
    if args.json:
        _print_json([report.as_json() for report in reports])
    else:
        for report in reports:
            _print_playtest(report)
    return 0 if all(report.ok for report in reports) else 1


def _print_playtest(report: Any) -> None:
    mode = "typed lines (no choices at this tier)" if report.typed else "choices"
    print(f"{report.scenario} (tier {report.tier}, {mode}): {len(report.runs)} distinct runs")
    search = "every run" if report.complete else f"every run of up to {report.lines_covered} line{'s' if report.lines_covered != 1 else ''}, then the most promising to the end"
    print(f"  explored: {search} ({report.states} states)")
    print("  endings: " + ", ".join(f"{outcome.replace('_', ' ')} {n}" for outcome, n in report.endings.items()))
    for label, run in (("lowest", report.lowest), ("median", report.median), ("highest", report.highest)):
        if run is not None:
            print(f"  {label:<8} {run.score:>3} {run.outcome.replace('_', ' ')}: {_steps(run)}")
    best = report.best_close
    close = f"reachable, best {best.score}: {_steps(best)}" if best else "NOT reachable"
    print(f"  best close ({report.best_outcome.replace('_', ' ')}): {close}")
    for dead in report.dead_ends:
        where = f"node {dead.node!r}" + (f" answering {dead.answering!r}" if dead.answering else "")
        print(f"  DEAD END at {where}: {dead.why}; reached by: {_steps(dead) or '(the start)'}")
    if report.unreachable:
        reach = "lines on offer" if report.typed else "choice"
        print(f"  not reached by any {reach}: {', '.join(report.unreachable)}")


def _steps(run: Any) -> str:
    return " / ".join(step.say if step.say.startswith(":") else f'"{step.say}"' for step in run.steps)


def cmd_profile(args: argparse.Namespace) -> int:
    from game.core.selfknowledge import load_self

    context = _context(args)
    store = context.store
    if args.import_file:
        return _import_self(context, args)
    player = store.resolve_player(args.player) if args.player else store.last_player()
    if args.player and player not in store.players():
        raise Refused(f"no player called {args.player!r} (players: {', '.join(store.players()) or 'none'})")
    if not player:
        raise Refused("no player has saved a run yet: play a scenario, or use 'closer run ID --save --player NAME'")
    knowledge = load_self(store, player)
    if args.export_file:
        return _export_self(player, knowledge, args.export_file)
    progress = context.progress(player)
    count = store.run_count(player)
    profile = {
        "player": player,
        "runs": count,
        "best": progress.best,
        "unlocked_tiers": sorted(progress.opened),
        "self": knowledge.as_json(),
        "stories": knowledge.stories_json(),
        "practice": knowledge.practice,
    }
    _notices(context)
    if args.json:
        _print_json(profile)
        return 0
    print(f"{player}: {count} saved run{'s' if count != 1 else ''}; tiers open: {', '.join(map(str, sorted(progress.opened)))}")
    for scenario_id, score in sorted(progress.best.items()):
        print(f"  {scenario_id:<24} best {score}")
    for run in store.recent_runs(player, 5):
        print(f"  {run.when}  {run.scenario:<24} {run.score:>3}  {run.outcome.replace('_', ' ')}")
    for kind, items in profile["self"].items():
        if items:
            print(f"{kind.capitalize()}: " + "; ".join(i["label"] + (f" ({i['evidence']})" if i["evidence"] else "") for i in items))
    for story in knowledge.stories:
        tip = story.tip()
        print(f"  story: {story.title}" + (f"  [tip: {tip}]" if tip else ""))
    return 0


def _export_self(player: str, knowledge, target: str) -> int:
    from game.core.selfknowledge import to_yaml

    text = to_yaml(player, knowledge)
    if target == "-":
        sys.stdout.write(text)
        return 0
    try:
        Path(target).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise Refused(f"{target}: {exc.strerror}") from None
    print(f"Self-knowledge for {player} written to {target}.", file=sys.stderr)
    return 0


def _import_self(context: "GameContext", args: argparse.Namespace) -> int:
    from game.core.selfknowledge import SelfKnowledgeError, from_yaml, keep_self, load_self

    source = args.import_file
    text = _read_text(source)
    player = context.store.current_player(args.player)
    try:
        current = load_self(context.store, player)
        knowledge = from_yaml(text, "standard input" if source == "-" else source, current.practice, current.advert)
    except SelfKnowledgeError as exc:
        for problem in exc.problems[1:]:
            print(problem, file=sys.stderr)
        raise Refused(str(exc.problems[0])) from None
    keep_self(context.store, player, knowledge)
    picked = sum(len(knowledge.profile.ranked[kind]) for kind in knowledge.profile.ranked)
    print(f"Imported for {player}: {picked} items and {len(knowledge.stories)} stories.", file=sys.stderr)
    return 0


def _read_advert(source: str) -> str:
    """An advert's text from a file or standard input, read no further than the size `prepare` uses."""
    from game.core.prepare import MAX_ADVERT

    limit = MAX_ADVERT * 4 + 1
    try:
        if source == "-":
            data = sys.stdin.buffer.read(limit)
        else:
            with open(source, "rb") as handle:
                data = handle.read(limit)
    except OSError as exc:
        raise Refused(f"{source}: {exc.strerror}") from None
    return data.decode("utf-8-sig", errors="replace")


def cmd_prepare(args: argparse.Namespace) -> int:
    from game.core.prepare import AdvertError, prepare
    from game.core.selfknowledge import SelfKnowledge, load_self

    if args.file == "-" and sys.stdin.isatty():
        print("Paste the job advert, then press Ctrl+D on a new line.", file=sys.stderr)
    raw = _read_advert(args.file)
    context = _context(args)
    store = context.store
    if args.player and args.player not in store.players():
        raise Refused(f"no player called {args.player!r} (players: {', '.join(store.players()) or 'none'})")
    player = args.player or store.last_player()
    knowledge = load_self(store, player) if player else SelfKnowledge()
    try:
        prep = prepare(raw, knowledge)
    except AdvertError as exc:
        raise Refused(str(exc)) from None
    _notices(context)
    if args.json:
        _print_json(dict(prep.as_json(), player=player))
        return 0
    for line in prep.lines(player):
        print(line)
    return 0


def _check_daily(context: "GameContext", scenario_id: str) -> None:
    from game.core.daily import daily_scenario, today

    daily = daily_scenario(context.catalog, today())
    if daily is None or daily.id != scenario_id:
        raise Refused(f"{scenario_id!r} is not today's daily close (today's is {daily.id if daily else 'none'!r}); see 'closer daily'")


def _literal(text: str) -> str:
    """Text from a code or a club file, with control characters made visible, never obeyed."""
    return "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" for c in text)


def _read_code(source: str) -> str:
    """A share code given as an argument, or read from standard input for '-' (bounded)."""
    from game.core.sharecode import MAX_CODE_CHARS

    if source != "-":
        return source
    limit = 4 * MAX_CODE_CHARS
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise Refused(f"share code refused: oversized (more than {limit} characters on standard input)")
    return data.decode("utf-8", errors="replace")


def _friend_problems(problems: list[str]) -> None:
    for problem in problems:
        print(f"warning: {_literal(problem)}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from game.core.friends import Friends
    from game.core.sharecode import ShareCodeError

    code = _read_code(args.code)
    friends = Friends(_context(args))
    try:
        run, new = friends.import_code(code)
    except ShareCodeError as exc:
        raise Refused(f"share code refused: {exc}") from None
    result = {"player": run.player, "scenario": run.scenario, "score": run.record.score,
              "outcome": run.record.outcome, "verified": True, "when": run.when, "new": new}
    if args.json:
        _print_json(result)
    else:
        kept = "added to your leaderboard" if new else "already on your leaderboard"
        print(f"Verified by replay: {_literal(run.player)} scored {run.record.score}/100 "
              f"({run.record.outcome.replace('_', ' ')}) on {run.scenario}, {run.date}; {kept}.")
    return 0


def cmd_daily(args: argparse.Namespace) -> int:
    from game.core.daily import daily_scenario, today

    context = _context(args)
    date = today()
    scenario = daily_scenario(context.catalog, date)
    if scenario is None:
        raise Refused("no bundled scenario loaded, so there is no daily close")
    if args.json:
        _print_json({"date": date, "scenario": scenario.id, "title": scenario.title, "tier": scenario.tier})
    else:
        print(f"Daily close for {date}: {scenario.id} ({scenario.title}, tier {scenario.tier})")
        print(f"Play it: closer run {scenario.id} --daily --moves FILE, or press d on the title screen.")
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from game.core.daily import daily_scenario, parse_date, today
    from game.core.friends import Friends
    from game.core.leaderboard import best_runs, daily_board, overall

    context = _context(args)
    if args.scenario:
        _scenario(context, args.scenario)
    date = None
    if args.daily is not None:
        date = today() if args.daily == "" else args.daily
        try:
            parse_date(date)
        except ValueError as exc:
            raise Refused(str(exc)) from None
    friends = Friends(context)
    gathered = friends.gather()
    _friend_problems(gathered.problems + friends.take_notices())
    if date is not None:
        scenario = daily_scenario(context.catalog, date)
        rows = daily_board(gathered.rows, date, scenario.id if scenario else None)
        if args.json:
            _print_json([row.as_json(with_date=True) for row in rows])
        else:
            print(f"Daily close {date}: {scenario.id if scenario else 'none'}")
            _print_rows(rows)
        return 0
    if args.overall:
        standings = overall(gathered.rows)
        if args.json:
            _print_json([s.as_json() for s in standings])
        else:
            _print_standings(standings)
        return 0
    rows = best_runs(gathered.rows, args.scenario)
    if args.json:
        _print_json([row.as_json() for row in rows])
        return 0
    if not args.scenario:
        _print_standings(overall(gathered.rows))
        print()
    for scenario_id in sorted({row.scenario for row in rows}):
        print(f"{scenario_id}:")
        _print_rows([row for row in rows if row.scenario == scenario_id])
    if not rows:
        print("No runs yet: save a run, import a friend's code, or join a club folder.")
    return 0


def _print_rows(rows: list) -> None:
    for rank, row in enumerate(rows, start=1):
        flag = f"  ({row.flag})" if row.flag else ""
        print(f"  {rank:>2}. {_literal(row.player):<24} {row.score:>3}  {row.outcome.replace('_', ' '):<10} "
              f"{row.source:<8} {row.when.replace('T', ' ')[:16]}{flag}")
    if not rows:
        print("  (no runs)")


def _print_standings(standings: list) -> None:
    print("Overall (each player's best per scenario, summed):")
    for rank, standing in enumerate(standings, start=1):
        plural = "s" if standing.scenarios != 1 else ""
        print(f"  {rank:>2}. {_literal(standing.player):<24} {standing.total:>4}  "
              f"{standing.scenarios} scenario{plural}  {standing.source}")
    if not standings:
        print("  (no runs)")


def cmd_compare(args: argparse.Namespace) -> int:
    from game.core.compare import NotComparable, compare
    from game.core.friends import Friends
    from game.core.sharecode import ShareCodeError

    if args.first == "-" and args.second == "-":
        raise Refused("only one of the two runs can come from standard input")
    friends = Friends(_context(args))
    gathered = friends.gather() if any(r.startswith("@") for r in (args.first, args.second)) else None
    runs = []
    for reference in (args.first, args.second):
        text = _read_code(reference)
        try:
            runs.append(friends.find(text, gathered))
        except ShareCodeError as exc:
            shown = reference if len(reference) <= 24 else reference[:21] + "..."
            raise Refused(f"{_literal(shown)}: {exc}") from None
    a, b = runs
    try:
        comparison = compare(a.record, b.record, a.player, b.player)
    except NotComparable as exc:
        raise Refused(str(exc)) from None
    if args.json:
        _print_json(comparison.as_json())
        return 0
    _print_comparison(comparison)
    return 0


def _print_comparison(comparison) -> None:
    a, b = comparison.a, comparison.b
    print(f"{comparison.scenario}: {_literal(comparison.a_name)} {a.score}/100 ({a.outcome.replace('_', ' ')})"
          f"  vs  {_literal(comparison.b_name)} {b.score}/100 ({b.outcome.replace('_', ' ')})")
    print("Parts: " + ", ".join(f"{part} {a.parts.get(part, 0)}-{b.parts.get(part, 0)}" for part in ("questions", "ask", "fit", "reservations")))
    for turn in comparison.turns:
        mark = "  <- the scores part here" if turn.number == comparison.diverged_at else ""
        print(f"\nTurn {turn.number}{mark}")
        for name, side in ((comparison.a_name, turn.a), (comparison.b_name, turn.b)):
            if side is None:
                print(f"  {_literal(name)}: (nothing more)")
                continue
            moves = ", ".join(side.moves) or "no move read"
            print(f"  {_literal(name)}: {_literal(side.text)}")
            print(f"      [{moves}]  {side.points:+d}  (running {side.total})")
    if comparison.diverged_at is None:
        print("\nThe two runs scored the same at every turn.")


# ----- parser ------------------------------------------------------------------------------

def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--scenarios", action="append", metavar="DIR", dest="scenarios" if top else "scenarios_after",
        default=None if top else argparse.SUPPRESS,
        help="an extra scenario folder, read after the bundled ones (repeatable; env CLOSER_SCENARIOS)",
    )
    parser.add_argument(
        "--saves", metavar="DIR", dest="saves" if top else "saves_after", default=None if top else argparse.SUPPRESS,
        help="where players, runs and best scores are kept (env CLOSER_SAVES)",
    )
    parser.add_argument(
        "--club", metavar="DIR", dest="club" if top else "club_after", default=None if top else argparse.SUPPRESS,
        help="a folder friends share: your saved runs are published there and the leaderboard reads everyone's (env CLOSER_CLUB)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closer",
        description="Practise the close of a job interview: ask for the job, say why you fit, "
        "and ask the interviewer to share her reservations. Without a command, opens the game.",
    )
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, top=False)
        p.set_defaults(handler=handler)
        return p

    p = command("play", cmd_game, "open the full-screen game straight into a scenario (respects locks)")
    p.add_argument("id", help="scenario id (see 'closer list')")
    p.add_argument("--plain", action="store_true",
                   help="play in plain lines on standard input and output instead (for screen readers and pipes)")
    p.add_argument("--colour", "--color", action="store_true", help="with --plain: mark names and headings in bold")
    p.add_argument("--player", help="who plays; the run is saved for them (default: the last player)")

    p = command("list", cmd_list, "list the scenarios, with locks and best scores")
    p.add_argument("--player", help="whose locks and best scores to show (default: the last player)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("run", cmd_run, "play a scenario without a screen, reading moves from a file or standard input")
    p.add_argument("id", help="scenario id")
    p.add_argument("--moves", metavar="FILE", help="moves, one per line: ':ID' or ':N' picks a choice, other lines are said ('-' or nothing: standard input)")
    p.add_argument("--player", help="the player to save the run for (default: the last player)")
    p.add_argument("--save", action="store_true", help="save the run to the player's profile (respects locks)")
    p.add_argument("--daily", action="store_true", help="play it as today's daily close: the first attempt of the day is ranked, later ones are practice")
    p.add_argument("--share", action="store_true", help="print a share text and a share code a friend can import")
    p.add_argument("--json", action="store_true", help="print the run as JSON")

    p = command("analyze", cmd_analyze, "read what a candidate says into moves, with the words that carry each")
    p.add_argument("text", nargs="*", help="utterances of at most 20,000 characters each; none or '-' reads one per line from standard input")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one object per utterance")
    p.add_argument("--explain", action="store_true",
                   help="show what decided each move: the trained model's probability against its threshold, and the rules' words")

    p = command("rehearse", cmd_rehearse, "review a close written for a real interview, sentence by sentence")
    p.add_argument("file", nargs="?", default="-", help="the close as text, at most 20,000 characters ('-' or nothing: standard input)")
    p.add_argument("--scenario", metavar="ID", help="judge fit reasons against this scenario's role")
    p.add_argument("--company", help="the company you are interviewing with")
    p.add_argument("--role", help="the role you are interviewing for")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("validate", cmd_validate, "check scenario files; every problem is printed as file:line:col: message")
    p.add_argument("paths", nargs="*", help="files or folders (default: every scenario folder in use)")

    p = command("graph", cmd_graph, "print a scenario's branching as a diagram: endings and reservations marked")
    p.add_argument("id", help="scenario id")
    p.add_argument("--format", choices=("mermaid", "dot"), default="mermaid", help="Mermaid (default; renders on GitHub) or Graphviz DOT")

    p = command("playtest", cmd_playtest, "try every path of each scenario: endings, dead ends, score range, the best close")
    p.add_argument("ids", nargs="*", metavar="ID", help="scenario ids (default: every scenario)")
    p.add_argument("--json", action="store_true", help="print JSON: a list, one object per scenario")

    p = command("import", cmd_import, "verify a friend's share code by replaying it, then add it to your leaderboard")
    p.add_argument("code", help="the share code ('-' reads it from standard input)")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("leaderboard", cmd_leaderboard, "best runs: local players, imported friends and the club, verified by replay")
    p.add_argument("--scenario", metavar="ID", help="only this scenario")
    p.add_argument("--daily", nargs="?", const="", metavar="DATE", help="the daily close of DATE (YYYY-MM-DD; default today): each player's ranked attempt")
    p.add_argument("--overall", action="store_true", help="each player's best per scenario, summed")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("daily", cmd_daily, "today's daily close: the same scenario for everyone today")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("compare", cmd_compare, "two runs of one scenario side by side, turn by turn")
    p.add_argument("first", metavar="CODE_OR_RUN", help="a share code, '-' (standard input), or @PLAYER[:SCENARIO] for that player's latest run here")
    p.add_argument("second", metavar="CODE_OR_RUN", help="the other run, the same way")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = command("profile", cmd_profile, "a player's saved runs, best scores, open tiers, self-knowledge and stories")
    p.add_argument("--player", help="the player (default: the last player)")
    p.add_argument("--json", action="store_true", help="print JSON")
    moves = p.add_mutually_exclusive_group()
    moves.add_argument("--export", metavar="FILE", dest="export_file",
                       help="write the player's self-knowledge and stories as a YAML file you can edit ('-': standard output)")
    moves.add_argument("--import", metavar="FILE", dest="import_file",
                       help="replace the player's self-knowledge and stories with a YAML file ('-': standard input)")

    p = command("prepare", cmd_prepare, "read a real job advert against your profile: traits, doubts, best reasons and stories, a suggested close")
    p.add_argument("file", metavar="JOB_AD_FILE", help="the advert as text or HTML ('-': standard input)")
    p.add_argument("--player", help="whose profile and stories to use (default: the last player)")
    p.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    from game.core.errors import SaveError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", cmd_game)
    try:
        code = handler(args)
    except Refused as exc:
        _settle_reader()
        print(f"closer: {exc}", file=sys.stderr)
        return 1
    except SaveError as exc:
        _settle_reader()
        print(f"closer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _settle_reader()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    _settle_reader()
    _reader_notice()
    return code
