"""The judge of moves in play: interviews, rehearse, playtest and the command line read typed
lines with it; run records and share codes name the reader that read them; without
the model's runtime the rules read and the game says so once.

Readings that must be known come from tiny fake models (every line thanks; or whatever the
rules find), so these tests hold whatever model files are shipped.
"""

from __future__ import annotations

import json
import sys
import time

import pytest

from game import cli
from game.core import authoring, judge, playtest, reader, sharecode
from game.core.interview import Interview
from game.core.moves import MOVE_NAMES, Move
from game.core.record import RunRecord
from game.core.rehearse import rehearse
from game.core.script import parse_script, play_script
from game.core.sharecode import ShareCodeError, encode, verify
from support import mini_scenario
from ui_fixtures import FIXTURES as UI_FIXTURES
from ui_fixtures import ui_context

WHEN = "2026-12-07T10:30:00"
ASK = "I want this job."
# Typed lines for a short run of the mini scenario; the last answers her doubt.
TYPED = ["Thank you for your time today.", "I want this job and I would accept an offer.",
         "What reservations do you have about me?", "Last year I ran our warehouse move and we finished early."]


class ThanksModel:
    """A fake model that hears thanks in every line, and nothing else."""

    moves = list(MOVE_NAMES)
    thresholds = {move: 0.5 for move in MOVE_NAMES}
    rules_decide: tuple[str, ...] = ()
    identity = "model-thanks"

    def __init__(self, edge: dict[str, float] | None = None) -> None:
        self.edge = edge or {}

    def probabilities(self, texts):
        return [{move: self.edge.get(move, 0.9 if move == "thanks" else 0.1) for move in MOVE_NAMES} for _ in texts]

    def fits(self, text: str) -> bool:
        return True


class RulesModel(ThanksModel):
    """A fake model that hears exactly the moves the rules find (so it reads as the rules do)."""

    identity = "model-rules-alike"

    def probabilities(self, texts):
        out = []
        for text in texts:
            found = {hit.move.value for hit in reader.read_moves(text)}
            out.append({move: 0.9 if move in found else 0.1 for move in MOVE_NAMES})
        return out


@pytest.fixture
def judged_by(monkeypatch):
    """Make the judge read with a given model (or with none: the runtime hidden)."""

    def use(model) -> None:
        if model is None:
            monkeypatch.setitem(sys.modules, "onnxruntime", None)
            monkeypatch.setattr(judge, "_loader", judge._Loader())
        else:
            monkeypatch.setattr(judge, "_loader", judge._Loader(lambda: model))
        judge.forget()
        sharecode._VERIFIED.clear()

    yield use
    judge.forget()
    sharecode._VERIFIED.clear()


def played(scenario, lines, reader_=None) -> RunRecord:
    interview = Interview(scenario, reader=reader_)
    ignored = play_script(interview, parse_script("\n".join(lines)))
    return RunRecord.from_interview(interview, ignored)


def payload_of(code: str) -> dict:
    import base64
    import zlib

    data = base64.urlsafe_b64decode(code[len(sharecode.PREFIX):] + "==")
    return json.loads(zlib.decompress(data[sharecode.CHECKSUM_BYTES:]))


def repack(code: str, change) -> str:
    """A code whose payload was changed and whose checksum was rebuilt, as a forger would."""
    import zlib

    payload = payload_of(code)
    change(payload)
    body = zlib.compress(json.dumps(payload).encode("utf-8"))
    return sharecode.PREFIX + sharecode._b64(sharecode._checksum(body) + body)


class TestEveryPlaceReadsWithTheJudge:
    def test_an_interview_reads_typed_lines_with_the_judge(self, judged_by):
        judged_by(ThanksModel())
        interview = Interview(mini_scenario())
        assert interview.reader is judge
        assert interview.say(ASK).moves == (Move.THANKS,)

    def test_rehearse_reads_with_the_judge(self, judged_by):
        judged_by(ThanksModel())
        review = rehearse(ASK)
        assert review.moves == [Move.THANKS] and not review.parts["want"]

    def test_validate_typed_choice_warnings_stay_on_the_rules(self, judged_by):
        # With the shipped model, 33 bundled choices read otherwise, mostly the model's
        # misreadings; the check moves to the judge once a model reads them as marked.
        judged_by(ThanksModel())
        assert authoring.reading_warnings(mini_scenario()) == []

    def test_playtest_reads_with_the_judge(self, judged_by, monkeypatch):
        judged_by(RulesModel())
        read = []
        monkeypatch.setattr(judge, "read_moves", lambda text: read.append(text) or reader.read_moves(text))
        playtest.playtest(mini_scenario(tier=4))
        assert playtest.FULL_CLOSE in read and playtest.ASK in read

    def test_the_command_line_reads_with_the_judge(self, judged_by, tmp_path, monkeypatch, capsys):
        judged_by(ThanksModel())
        monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
        moves = tmp_path / "moves.txt"
        moves.write_text(ASK + "\n", encoding="utf-8")
        assert cli.main(["--scenarios", str(UI_FIXTURES), "run", "harbour-office", "--moves", str(moves), "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        said = [line for line in report["transcript"] if line["speaker"] == "candidate"]
        assert said[0]["text"] == ASK and said[0]["moves"] == ["thanks"]
        assert report["reader"] == "model-thanks"


    def test_a_refused_command_never_exits_while_the_model_is_opening(self, judged_by, tmp_path, monkeypatch, capsys):
        def slow():
            time.sleep(0.3)
            return ThanksModel()
        judged_by(ThanksModel())
        monkeypatch.setattr(judge, "_loader", judge._Loader(slow))
        monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
        moves = tmp_path / "moves.txt"
        moves.write_text(":nine\n", encoding="utf-8")
        assert cli.main(["--scenarios", str(UI_FIXTURES), "run", "harbour-office", "--moves", str(moves)]) == 1
        assert judge._loader.started() and not judge._loader._thread.is_alive()
        assert len(capsys.readouterr().err.splitlines()) == 1


class TestRunRecordsNameTheirReader:
    def test_a_record_names_the_model_or_the_rules(self, judged_by):
        judged_by(ThanksModel())
        by_model = played(mini_scenario(), TYPED)
        by_rules = played(mini_scenario(), TYPED, reader)
        assert (by_model.reader, by_rules.reader) == ("model-thanks", "rules")
        assert RunRecord.from_json(json.loads(json.dumps(by_model.to_json()))) == by_model

    def test_a_record_written_before_readers_were_named_was_read_by_the_rules(self, judged_by):
        judged_by(ThanksModel())
        data = played(mini_scenario(), TYPED).to_json()
        del data["reader"]
        assert RunRecord.from_json(data).reader == "rules"


class TestShareCodesAndReaders:
    @pytest.fixture
    def mini(self):
        return mini_scenario()

    @pytest.fixture
    def scenarios(self, mini):
        return {mini.id: mini}

    def test_a_code_names_its_reader_and_replays_with_it(self, judged_by, mini, scenarios):
        judged_by(ThanksModel())
        run = played(mini, TYPED)
        code = encode(run, "Alice", WHEN)
        assert payload_of(code)["j"] == "model-thanks"
        replayed = verify(code, scenarios)
        assert replayed.record.score == run.score and replayed.record.transcript == run.transcript
        assert replayed.record.reader == "model-thanks"

    def test_a_code_read_by_the_rules_replays_with_the_rules_where_a_model_runs(self, judged_by, mini, scenarios):
        judged_by(ThanksModel())
        run = played(mini, TYPED, reader)
        code = encode(run, "Alice", WHEN)
        assert payload_of(code)["j"] == "rules"
        replayed = verify(code, scenarios).record
        assert (replayed.score, replayed.transcript, replayed.reader) == (run.score, run.transcript, "rules")
        # A code made before codes named their reader was read by the rules, and replays the same.
        unnamed = repack(code, lambda p: p.pop("j"))
        assert verify(unnamed, scenarios).record.transcript == run.transcript

    def test_a_model_code_where_the_model_is_missing_is_refused_when_the_rules_read_otherwise(self, judged_by, mini, scenarios):
        judged_by(ThanksModel())
        code = encode(played(mini, TYPED), "Alice", WHEN)
        judged_by(None)
        for _ in range(2):
            with pytest.raises(ShareCodeError, match=(
                    r"line 2 was read by the trained move model 'model-thanks', which is not here "
                    r"\(this machine reads with the rules\), and reads differently here \(ask_for_job, thanks\)")):
                verify(code, scenarios)

    def test_a_model_code_where_the_model_is_missing_stands_when_the_rules_read_it_the_same(self, judged_by, mini, scenarios):
        judged_by(RulesModel())
        run = played(mini, TYPED)
        code = encode(run, "Alice", WHEN)
        judged_by(None)
        replayed = verify(code, scenarios).record
        assert (replayed.score, replayed.transcript, replayed.reader) == (run.score, run.transcript, "model-rules-alike")

    def test_a_code_from_another_model_is_checked_line_by_line_by_the_model_here(self, judged_by, mini, scenarios):
        judged_by(ThanksModel())
        run = played(mini, TYPED)
        same_lines = repack(encode(run, "Alice", WHEN), lambda p: p.update(j="model-0123456789abcdef"))
        assert verify(same_lines, scenarios).record.score == run.score
        by_rules = repack(encode(played(mini, TYPED, reader), "Bob", WHEN),
                          lambda p: p.update(j="model-0123456789abcdef"))
        with pytest.raises(ShareCodeError, match=(
                r"line 2 was read by the trained move model 'model-0123456789abcdef', which is not here "
                r"\(this machine reads with the trained move model 'model-thanks'\)")):
            verify(by_rules, scenarios)

    def test_a_reading_is_kept_only_on_the_edge_of_the_models_threshold(self, judged_by, mini, scenarios):
        near = 0.5 - judge.MODEL_BORDERLINE / 2
        judged_by(ThanksModel(edge={"pushy": near}))
        code = encode(played(mini, TYPED), "Alice", WHEN)

        def add(move):
            return repack(code, lambda p: p["m"][0][1].append([move, 0, len(TYPED[0])]))
        accepted = verify(add("pushy"), scenarios)
        assert "pushy" in accepted.record.transcript[1].moves
        with pytest.raises(ShareCodeError, match=r"line 1 reads differently here \(ask_for_job\)"):
            verify(add("ask_for_job"), scenarios)
        judged_by(ThanksModel(edge={"pushy": 0.5 - judge.MODEL_BORDERLINE * 2}))
        with pytest.raises(ShareCodeError, match=r"line 1 reads differently here \(pushy\)"):
            verify(add("pushy"), scenarios)

    @pytest.mark.parametrize("named", [7, "", "x" * 101, "model-\x1b[31m"])
    def test_a_code_naming_no_valid_reader_is_refused(self, judged_by, mini, scenarios, named):
        judged_by(ThanksModel())
        code = repack(encode(played(mini, TYPED), "Alice", WHEN), lambda p: p.update(j=named))
        with pytest.raises(ShareCodeError, match="the reader it names is not valid"):
            verify(code, scenarios)


class TestWithoutTheRuntime:
    def test_the_game_plays_on_the_rules(self, judged_by):
        judged_by(None)
        interview = Interview(mini_scenario())
        assert interview.say(ASK).moves == tuple(dict.fromkeys(h.move for h in reader.read_moves(ASK)))
        assert RunRecord.from_interview(interview).reader == "rules"
        assert judge.reader_id() == "rules"

    def test_a_command_says_so_once_on_stderr(self, judged_by, tmp_path, monkeypatch, capsys):
        judged_by(None)
        monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
        moves = tmp_path / "moves.txt"
        moves.write_text(f"{ASK}\n{TYPED[2]}\n", encoding="utf-8")
        assert cli.main(["--scenarios", str(UI_FIXTURES), "run", "harbour-office", "--moves", str(moves), "--json"]) == 0
        err = capsys.readouterr().err.splitlines()
        notices = [line for line in err if "read by the rules alone" in line]
        assert len(notices) == 1 and "onnxruntime" in notices[0] and notices[0].startswith("notice: ")
        assert cli.main(["analyze", ASK, TYPED[2]]) == 0
        assert "rules alone" not in capsys.readouterr().err

    def test_a_command_that_reads_nothing_says_nothing(self, judged_by, tmp_path, monkeypatch, capsys):
        judged_by(None)
        monkeypatch.setenv("CLOSER_SAVES", str(tmp_path / "saves"))
        assert cli.main(["--scenarios", str(UI_FIXTURES), "list"]) == 0
        assert "rules alone" not in capsys.readouterr().err

    async def test_the_full_screen_game_says_so_once(self, judged_by, tmp_path, monkeypatch):
        from game.ui import app as app_module

        judged_by(None)
        monkeypatch.setattr(app_module, "WARM_UP_AFTER", 0.01)
        app = app_module.CloserApp(context=ui_context(tmp_path / "saves"), blink=False)
        async with app.run_test(size=(100, 40)) as pilot:
            for _ in range(50):
                await pilot.pause(0.05)
                if not app.workers:
                    break
            await app.workers.wait_for_complete()
            await pilot.pause()
            said = [n for n in app._notifications if "read by the rules alone" in str(n.message)]
            assert len(said) == 1 and said[0].title == "Move reader"
