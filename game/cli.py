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
    context = GameContext.load(extra, saves)
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
        store = context.store
        if wanted:
            known = [name for name in store.players() if name.casefold() == wanted.casefold()]
            wanted = known[0] if known else wanted
        return store.resolve_player(wanted), True
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
    _notices(context)
    if args.json:
        _print_json(report)
    else:
        _print_run(report)
    return 0


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
    from game.core.reader import read_moves, too_long

    reads_stdin = not args.text or args.text == ["-"]
    if reads_stdin:
        _prompt("Type or paste what a candidate says, one utterance per line; Ctrl+D to finish.")
    texts = _stdin_lines() if reads_stdin else args.text
    for number, text in enumerate(texts, start=1):
        refusal = too_long(text, f"line {number} of standard input" if reads_stdin else f"utterance {number}")
        if refusal:
            raise Refused(refusal)
    return _analyze_stream(texts, args.json, read_moves)


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


def _analyze_stream(texts: list[str], as_json: bool, read_moves: Callable) -> int:
    """Each utterance's reading, written in batches; a repeated utterance reuses its output."""
    render = _json_line if as_json else _text_block
    done: dict[str, str] = {}
    batch: list[str] = []
    for text in texts:
        block = done.get(text)
        if block is None:
            block = render(text, read_moves(text))
            if len(done) < 100_000:
                done[text] = block
        batch.append(block)
        if len(batch) == 1000:
            sys.stdout.write("".join(batch))
            batch.clear()
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
    if args.player and args.player not in store.players():
        raise Refused(f"no player called {args.player!r} (players: {', '.join(store.players()) or 'none'})")
    player = args.player or store.last_player()
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
        knowledge = from_yaml(text, "standard input" if source == "-" else source, load_self(context.store, player).practice)
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
    p.add_argument("--json", action="store_true", help="print the run as JSON")

    p = command("analyze", cmd_analyze, "read what a candidate says into moves, with the words that carry each")
    p.add_argument("text", nargs="*", help="utterances of at most 20,000 characters each; none or '-' reads one per line from standard input")
    p.add_argument("--json", action="store_true", help="print JSON Lines, one object per utterance")

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
        return handler(args)
    except Refused as exc:
        print(f"closer: {exc}", file=sys.stderr)
        return 1
    except SaveError as exc:
        print(f"closer: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
