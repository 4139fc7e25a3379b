"""The teacher's command (`training/teacher.py`): its checks, without fetching or training."""

from __future__ import annotations

import pytest

from game.core import movemodel
from training import teacher


def test_weights_that_are_not_the_pinned_ones_are_refused_and_nothing_is_fetched(tmp_path, monkeypatch):
    folder = tmp_path / teacher.ENCODER
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"not the weights")
    monkeypatch.setattr(teacher.subprocess, "run", lambda *a, **k: pytest.fail("nothing should be fetched"))
    with pytest.raises(SystemExit, match="not the pinned teacher weights"):
        teacher.encoder(tmp_path)


def test_a_failed_download_says_so(tmp_path, monkeypatch):
    class Failed:
        returncode = 1

    monkeypatch.setattr(teacher.subprocess, "run", lambda *a, **k: Failed())
    with pytest.raises(SystemExit, match="could not be downloaded"):
        teacher.encoder(tmp_path)


def test_the_shipped_model_is_never_the_teacher(tmp_path):
    with pytest.raises(SystemExit, match="shipped"):
        teacher.main(["--out", str(movemodel.MODEL_DIR), "--cache", str(tmp_path)])
