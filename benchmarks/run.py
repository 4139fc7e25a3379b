"""Benchmarks for closer, every figure measured side by side in one run.

Run from the project folder with the game installed:

    python benchmarks/run.py            # a table
    python benchmarks/run.py --json     # the same figures as one JSON object
    python benchmarks/run.py --reader   # also the reader's detailed workloads (slow)

What is measured (medians unless said; the machine is shared, so compare ratios):

- start-up: wall time from launching the game to its first settled screen (title), against a
  bare Textual app with a header, a six-item list and a footer, launched alternately; peak
  memory (max RSS) of each at that moment;
- saves: `closer run --save`, `closer list` and `closer profile` as commands, and the game's
  start, with 10 and with 10,000 realistic runs saved (about 3.8 KB each, transcripts
  included);
- replies: from Enter on a typed line to the interviewer's reply on screen, against a bare
  chat app in the shape of Textual's `examples/mother.py` that mounts the same lines. Counted
  as the CPU time the process spends (reading the line, mounting, laying out and painting):
  the test pilot's waits for the screen to settle are sleeps of 20 ms or more, which would
  swamp wall time, and CPU time does not move with what other programs on the machine do;
- the reader: the slowest of several adversarial 20 KB lines, fresh corpus lines per second,
  and the per-line 95th percentile.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "tests" / "corpus"
LINES = 20_000
SCENARIO = "amazon-logistics"
SCRIPT = ":2\nThanks, I'd like this job.\n:1\n:1\n:1\n:4\n"
TYPED = [
    "Thank you for your time today. I want this job and I would accept an offer.",
    "What reservations do you have about me for this role?",
    "Last spring I planned our move to a new warehouse system, trained forty pickers and we went live on schedule.",
    "I ran the night shift for two years, so the pace and the numbers at ten o'clock are what I know best.",
    "Is there anything else that would stop you putting me forward?",
    "Thanks again, I really want to work with your team.",
]


# ----- helpers -----------------------------------------------------------------------------

def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


def closer(*args: str, saves: Path, stdin: bytes | None = None) -> float:
    """Wall seconds of one `python -m game ...` command."""
    env = {**os.environ, "CLOSER_SAVES": str(saves)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "game", *args], input=stdin, env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def launch(which: str, saves: Path) -> tuple[float, int, float]:
    """Seconds from launch to the first settled screen, peak memory in KB, and CPU seconds
    spent by then, of the game or the bare title app (each in a fresh process)."""
    env = {**os.environ, "CLOSER_SAVES": str(saves)}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(Path(__file__)), "--child", which], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - started
    child.wait(timeout=60)
    if not line.startswith(b"ready "):
        raise RuntimeError(f"the {which} app did not start")
    _, peak, cpu = line.split()
    return elapsed, int(peak), float(cpu)


def peak_kib(usage: resource.struct_rusage) -> int:
    """This process's own peak resident memory in KiB. Linux keeps `ru_maxrss` across fork and
    exec, so a child started by a parent that had already grown (say, after opening the move
    model) would report the parent's peak; the kernel's own high-water mark (`VmHWM`) starts
    afresh at exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return usage.ru_maxrss


def child(which: str) -> None:
    """In a child process: start an app headless and report once its first screen settles."""
    if which == "bare":
        sys.path.insert(0, str(HERE))
        from reference import BareTitleApp

        app = BareTitleApp()
    else:
        import game.cli  # noqa: F401  (the command line's own start path)
        from game.ui.app import CloserApp

        app = CloserApp()

    async def settled(pilot) -> None:
        await pilot.pause()
        usage = resource.getrusage(resource.RUSAGE_SELF)
        os.write(1, f"ready {peak_kib(usage)} {usage.ru_utime + usage.ru_stime}\n".encode())
        pilot.app.exit()

    app.run(headless=True, size=(80, 24), auto_pilot=settled)


# ----- saves -------------------------------------------------------------------------------

def sample_run() -> dict:
    """A real run report of the bundled first scenario, as the game saves it."""
    from game.core.catalog import bundled_scenario_dir, load_catalog
    from game.core.interview import Interview
    from game.core.report import run_report
    from game.core.script import parse_script, play_script

    catalog = load_catalog([bundled_scenario_dir()])
    interview = Interview(catalog.scenarios[SCENARIO])
    play_script(interview, parse_script(SCRIPT))
    return run_report(interview)


def make_saves(folder: Path, runs: int, report: dict) -> float:
    """A saves folder with `runs` runs for player Ada, written as an older closer kept them
    (one JSON file) and migrated by this one; returns the migration's seconds."""
    from game.core.saves import SaveStore

    folder.mkdir(parents=True)
    record = {key: report[key] for key in ("scenario", "scenario_hash", "tier", "score", "outcome", "parts",
                                          "penalties", "reservations", "advice", "transcript", "ended_by")}
    data = {
        "meta": {"1": {"format": 1}, "2": {"last_player": "Ada"}},
        "players": {"1": {"name": "Ada", "created": "2026-01-01T09:00:00"}},
        "runs": {str(n): dict(record, player="Ada", score=(n * 37) % 101, when="2026-01-02T09:00:00")
                 for n in range(1, runs + 1)},
    }
    (folder / "closer.json").write_text(json.dumps(data), encoding="utf-8")
    started = time.perf_counter()
    SaveStore(folder).players()
    return time.perf_counter() - started


def saves_figures(repeats: int) -> dict:
    report = sample_run()
    work = Path(tempfile.mkdtemp(prefix="closer-bench-"))
    try:
        small, large = work / "at10", work / "at10000"
        make_saves(small, 10, report)
        migrate = make_saves(large, 10_000, report)
        size = sum(p.stat().st_size for p in large.iterdir() if p.is_file())
        moves = (work / "moves.txt")
        moves.write_text(SCRIPT, encoding="utf-8")
        figures: dict[str, list[float]] = {}
        for _ in range(repeats):
            for label, folder in (("10", small), ("10000", large)):
                figures.setdefault(f"save_{label}", []).append(
                    closer("run", SCENARIO, "--moves", str(moves), "--save", "--player", "Ada", saves=folder))
                figures.setdefault(f"list_{label}", []).append(closer("list", "--json", "--player", "Ada", saves=folder))
                figures.setdefault(f"profile_{label}", []).append(closer("profile", "--json", "--player", "Ada", saves=folder))
                figures.setdefault(f"start_{label}", []).append(launch("game", folder)[0])
        out = {f"{name.split('_')[0]}_ms_at_{name.split('_')[1]}": median_ms(values) for name, values in figures.items()}
        out["saves_mb_at_10000"] = round(size / 1e6, 1)
        out["migrate_ms_at_10000"] = round(migrate * 1000, 1)
        for kind in ("save", "list", "profile", "start"):
            out[f"{kind}_ratio_10000_vs_10"] = round(out[f"{kind}_ms_at_10000"] / out[f"{kind}_ms_at_10"], 2)
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ----- start-up ----------------------------------------------------------------------------

def startup_figures(repeats: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="closer-bench-"))
    try:
        saves = work / "saves"
        make_saves(saves, 10, sample_run())
        times: dict[str, list[float]] = {"game": [], "bare": []}
        memory: dict[str, list[int]] = {"game": [], "bare": []}
        cpu: dict[str, list[float]] = {"game": [], "bare": []}
        launch("game", saves)
        launch("bare", saves)
        for _ in range(repeats):
            for which in ("bare", "game"):
                seconds, peak, used = launch(which, saves)
                times[which].append(seconds)
                memory[which].append(peak)
                cpu[which].append(used)
        return {
            "startup_ms": median_ms(times["game"]),
            "startup_bare_ms": median_ms(times["bare"]),
            "startup_ratio": round(statistics.median(times["game"]) / statistics.median(times["bare"]), 2),
            "startup_cpu_ratio": round(statistics.median(cpu["game"]) / statistics.median(cpu["bare"]), 2),
            "memory_mb": round(statistics.median(memory["game"]) / 1024, 1),
            "memory_bare_mb": round(statistics.median(memory["bare"]) / 1024, 1),
            "memory_ratio": round(statistics.median(memory["game"]) / statistics.median(memory["bare"]), 2),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ----- replies -----------------------------------------------------------------------------

async def game_replies(interviews: int, saves: Path) -> tuple[list[float], list[list[tuple[str, str]]]]:
    """Enter-to-reply seconds for typed lines in the game, and the lines each Enter added."""
    from game.core.context import GameContext
    from game.ui.app import CloserApp
    from game.ui.screens.interview import InterviewScreen
    from game.ui.widgets.answer_box import AnswerBox
    from game.ui.widgets.transcript import Transcript

    context = GameContext.load(saves=str(saves))
    app = CloserApp(context=context, blink=False)
    times: list[float] = []
    added: list[list[tuple[str, str]]] = []
    async with app.run_test(size=(100, 40)) as pilot:
        scenario = context.catalog.get(SCENARIO)
        for _ in range(interviews):
            screen = InterviewScreen(scenario)
            await app.push_screen(screen)
            await pilot.pause()
            for text in TYPED:
                if screen.interview.over:
                    break
                shown = len(screen.interview.lines)
                screen.query_one("#say", AnswerBox).text = text
                started = time.process_time()
                await pilot.press("enter")
                await pilot.pause()
                times.append(time.process_time() - started)
                lines: list[tuple[str, str]] = []
                for line in screen.interview.lines[shown:]:
                    if line.is_candidate:
                        lines += [("you", f"You: {line.text}"), ("reading", str(Transcript.reading(line)))]
                    else:
                        lines.append(("them", f"{scenario.interviewer.name}: {line.text}"))
                added.append(lines)
            app.pop_screen()
            await pilot.pause()
    return times, added


async def bare_replies(added: list[list[tuple[str, str]]], interviews: int) -> list[float]:
    sys.path.insert(0, str(HERE))
    from reference import BareChatApp

    times: list[float] = []
    per_interview = len(added) // interviews
    for start in range(0, len(added), per_interview):
        app = BareChatApp()
        async with app.run_test(size=(100, 40)) as pilot:
            for lines in added[start:start + per_interview]:
                app.say(lines)
                app.query_one("#say").value = "a typed line"
                started = time.process_time()
                await pilot.press("enter")
                await pilot.pause()
                times.append(time.process_time() - started)
    return times


def reply_figures(interviews: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="closer-bench-"))
    try:
        game, added = asyncio.run(game_replies(interviews, work / "saves"))
        bare = asyncio.run(bare_replies(added, interviews))
        return {
            "reply_p50_ms": median_ms(game),
            "reply_p95_ms": round(p95(game) * 1000, 1),
            "reply_bare_p95_ms": round(p95(bare) * 1000, 1),
            "reply_p95_ratio_vs_bare": round(p95(game) / p95(bare), 2),
            "reply_samples": len(game),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ----- the reader --------------------------------------------------------------------------

def corpus_lines(pattern: str = "*.yaml") -> list[str]:
    import yaml

    texts: list[str] = []
    for path in sorted(CORPUS.glob(pattern)):
        texts.extend(item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def forget() -> None:
    """Empty every cache the reader keeps, so the next reading starts cold."""
    from game.core import reader

    reader.forget()


def adversarial_20kb(lines: list[str]) -> dict[str, str]:
    """20 KB lines of the shapes that cost a reader most: one short sentence repeated, a
    sentence a later one may take back, no punctuation at all, questions, and real corpus
    lines run together."""
    size = 20_000

    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    mixed = " ".join(lines)
    later = " Actually, one thing: how big is the team?"
    return {
        "nope": fill("Nope. "),
        "taken back": fill("No questions. ")[: size - len(later)] + later,
        "no punctuation": fill("i really want this job and i led a team "),
        "questions": fill("why? "),
        "doubts pointed back": fill("I imagine you have doubts. What are they? "),
        "corpus run together": mixed[:size],
    }


def reader_figures(distinct_too: bool) -> dict:
    from game.core import reader

    reader.read_moves("warm up")
    lines = corpus_lines()
    worst = 0.0
    for text in adversarial_20kb(lines).values():
        forget()
        started = time.perf_counter()
        reader.read_moves(text)
        worst = max(worst, time.perf_counter() - started)
    forget()
    per_line: list[float] = []
    started = time.perf_counter()
    for text in lines:
        t0 = time.perf_counter()
        reader.read_moves(text)
        per_line.append(time.perf_counter() - t0)
    total = time.perf_counter() - started
    figures = {
        "reader_worst_ms_20kb": round(worst * 1000, 1),
        "reader_fresh_lines_per_s": round(len(lines) / total),
        "reader_line_p95_ms": round(p95(per_line) * 1000, 2),
    }
    if distinct_too:
        figures.update(reader_workloads(lines))
    return figures


def tag(number: int) -> str:
    """A short made-up word, different for every number (so no two lines read alike)."""
    letters = "bcdfghjklmnpqrstvwxz"
    word = ""
    while True:
        number, digit = divmod(number, len(letters))
        word += letters[digit]
        if not number:
            return "zo" + word


def reader_workloads(lines: list[str]) -> dict:
    """`closer analyze` on 20,000 lines of several kinds, against its own start-up."""
    def seconds(text: str, repeats: int) -> float:
        samples = []
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "game", "analyze", "-", "--json"], input=text.encode("utf-8"),
                           stdout=subprocess.DEVNULL, check=True)
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    def drawn(pool: list[str]) -> list[str]:
        return (pool * (LINES // len(pool) + 1))[:LINES]

    one = seconds("I want this job.\n", 9)
    workloads = {
        "distinct": [f"{lines[i % len(lines)]} {tag(i)}" for i in range(LINES)],
        "corpus_drawn": drawn(lines),
        "heldout_drawn": drawn(corpus_lines("heldout.yaml")),
        "one_line": drawn(["Thank you, I want this job and would accept an offer."]),
    }
    figures = {"analyze_startup_ms": round(one * 1000, 1)}
    for name, texts in workloads.items():
        figures[f"analyze_20000_{name}_x_startup"] = round((seconds("\n".join(texts), 3) - one) / one, 2)
    return figures


# ----- main --------------------------------------------------------------------------------

def judge_figures(count: int = 2000) -> dict:
    """The trained move model as the judge, the game's reader of typed lines: opening it; a
    fresh typed line read alone (target: p95 at most 25 ms), beside the rules reading the same
    lines in the same run; many fresh lines read as `closer analyze` reads them (target: at
    least 200 a second, on both cores: CPU seconds per wall second near 2), the same through
    the command with its start-up; and the worst 20 KB paste (bounded: at most
    `judge.MAX_WINDOWS` windows)."""
    import tempfile

    from game.core import judge, reader

    started = time.perf_counter()
    judge.warm_up()
    if not judge.model_in_use():
        return {"judge": f"unavailable: {judge.notice()}"}
    figures: dict[str, object] = {"judge_model_open_ms": round((time.perf_counter() - started) * 1000, 1)}
    base = corpus_lines("dev*.yaml")
    lines = [f"{base[i % len(base)]} {tag(i)}" for i in range(count * 2)]
    forget()
    per_line = []
    for text in lines[:500]:
        t0 = time.perf_counter()
        reader.read_moves(text)
        per_line.append(time.perf_counter() - t0)
    rules_p95 = p95(per_line)
    forget()
    judge.forget()
    per_line = []
    for text in lines[:500]:
        t0 = time.perf_counter()
        judge.read_moves(text)
        per_line.append(time.perf_counter() - t0)
    figures["judge_typed_line_median_ms"] = median_ms(per_line)
    figures["judge_typed_line_p95_ms"] = round(p95(per_line) * 1000, 1)
    figures["rules_typed_line_p95_ms"] = round(rules_p95 * 1000, 2)
    figures["judge_typed_line_p95_ratio_vs_rules"] = round(p95(per_line) / rules_p95, 1)
    forget()
    judge.forget()
    started, cpu = time.perf_counter(), time.process_time()
    judge.read_many(lines[:count])
    wall = time.perf_counter() - started
    figures["judge_many_fresh_lines_per_s"] = round(count / wall)
    figures["judge_many_cpu_seconds_per_wall_second"] = round((time.process_time() - cpu) / wall, 2)
    with tempfile.TemporaryDirectory() as saves:
        seconds = closer("analyze", "-", "--json", saves=Path(saves), stdin="\n".join(lines[count:]).encode("utf-8"))
    figures["judge_analyze_command_lines_per_s_with_startup"] = round(count / seconds)
    worst = 0.0
    for text in adversarial_20kb(base).values():
        forget()
        judge.forget()
        started = time.perf_counter()
        judge.read_moves(text)
        worst = max(worst, time.perf_counter() - started)
    figures["judge_worst_20kb_ms"] = round(worst * 1000, 1)
    return figures


def pertinence_figures() -> dict:
    """The pertinence model: opening it, and a typed story judged against one doubt (fresh
    each time; target: with the move judge's reading, within a typed line's 25 ms at p95)."""
    from game.core import meaningmodel, pertinence

    started = time.perf_counter()
    pertinence.warm_up()
    if not pertinence.model_in_use():
        return {"pertinence": "unavailable"}
    figures: dict[str, object] = {"pertinence_model_open_ms": round((time.perf_counter() - started) * 1000, 1)}
    root = Path(__file__).resolve().parent.parent
    pairs = [p for path in meaningmodel.training_files(root) for p in meaningmodel.read_pairs(path) if p.section == "stories"]
    pertinence.forget()
    per_story = []
    for index, pair in enumerate(pairs[:300]):
        t0 = time.perf_counter()
        pertinence.score(pair.anchor, f"{pair.candidate} {tag(index)}")
        per_story.append(time.perf_counter() - t0)
    figures["pertinence_story_median_ms"] = median_ms(per_story)
    figures["pertinence_story_p95_ms"] = round(p95(per_story) * 1000, 1)
    return figures


def machine() -> str:
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure closer's start-up, saves, replies and reader.")
    parser.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    parser.add_argument("--reader", action="store_true", help="also time `closer analyze` on 20,000-line workloads")
    parser.add_argument("--repeats", type=int, default=7, help="launches and commands per figure (median)")
    parser.add_argument("--child", choices=["game", "bare"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    figures: dict[str, object] = {"machine": machine()}
    figures.update(startup_figures(args.repeats))
    figures.update(saves_figures(max(3, args.repeats // 2 + 1)))
    figures.update(reply_figures(interviews=6))
    figures.update(reader_figures(args.reader))
    figures.update(judge_figures())
    figures.update(pertinence_figures())
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
