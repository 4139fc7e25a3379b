"""The cross-author measurement (`training/crossauthor.py`): its scoring, without training."""

from __future__ import annotations

import pytest
import yaml

from game.core import judge, movemodel
from game.core.moves import MOVE_NAMES
from training import crossauthor


def test_scores_each_file_and_the_files_pooled_with_the_model_it_is_given(tmp_path, monkeypatch):
    lines = [{"text": "Thank you for your time today.", "moves": ["thanks"]},
             {"text": "Do you have any concerns about me?", "moves": ["reservations_closed"]}]
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(lines[:1]), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(lines[1:] + [{"text": "Thank you!", "moves": ["pushy"]}]), encoding="utf-8")
    monkeypatch.setattr(crossauthor, "REALWORLD", tmp_path)
    monkeypatch.setattr(judge, "_loader", judge._loader)
    opened, shipped = [], movemodel.MoveModel.load

    def load(directory):
        opened.append(directory)
        return shipped(movemodel.MODEL_DIR)

    monkeypatch.setattr(movemodel.MoveModel, "load", staticmethod(load))
    results = crossauthor.score(tmp_path / "model", ("a.yaml", "b.yaml"))
    judge.forget()
    assert opened == [tmp_path / "model"]
    assert results["a.yaml"]["macro_f1"] == 1.0 and results["a.yaml"]["lines"] == 1
    b = results["b.yaml"]["f1"]
    assert b["pushy"] == 0.0 and b["thanks"] == 0.0
    assert all(b[m] == 1.0 for m in MOVE_NAMES if m not in ("pushy", "thanks"))
    assert results["b.yaml"]["macro_f1"] == pytest.approx(10 / 12, abs=0.001)
    assert results["pooled"]["f1"]["thanks"] == pytest.approx(2 / 3, abs=0.001) and results["pooled"]["lines"] == 3


def test_the_shipped_model_is_never_overwritten():
    with pytest.raises(SystemExit, match="shipped"):
        crossauthor.main(["--out", str(movemodel.MODEL_DIR), "--score-only"])
