"""Provides a trained model opened once in a background thread, so start-up never waits for it.

The move judge and the story judge each keep one. Opening first checks that the runtime
(onnxruntime, tokenizers, numpy) imports; when it does not, or the model's files cannot be
opened, the model is unavailable and the game falls back to its rules, saying so once.
"""

from __future__ import annotations

import importlib
import threading
from typing import Callable, Generic, TypeVar

RUNTIME = ("onnxruntime", "tokenizers", "numpy")

Model = TypeVar("Model")


class BackgroundModel(Generic[Model]):
    """Opens a model once with `opener`, in a background thread; `get()` waits for it if needed.

    `unavailable` is the exception the opener raises for a model it cannot open; `notice` is
    the sentence said once when the model is unavailable, with `{}` for the reason; `wait_to_tell`
    says whether `notice()` waits for a model still opening (else it says nothing yet).
    """

    def __init__(self, opener: Callable[[], Model], unavailable: type[Exception], name: str, notice: str,
                 wait_to_tell: bool) -> None:
        self._opener = opener
        self._unavailable = unavailable
        self._name = name
        self._notice = notice
        self._wait_to_tell = wait_to_tell
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._model: Model | None = None
        self.problem: str | None = None
        self._told = False

    def start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._load, name=self._name, daemon=True)
                self._thread.start()

    def started(self) -> bool:
        with self._lock:
            return self._thread is not None

    def settle(self) -> None:
        """Wait for the model to finish opening if it was started (a process that exits while the
        runtime is still opening it can die noisily)."""
        if self.started():
            self.get()

    def _load(self) -> None:
        missing = []
        for name in RUNTIME:
            try:
                importlib.import_module(name)
            except ImportError:
                missing.append(name)
        if missing:
            self.problem = f"{', '.join(missing)} not installed"
            return
        try:
            self._model = self._opener()
        except self._unavailable as error:
            self.problem = str(error)

    def get(self) -> Model | None:
        self.start()
        assert self._thread is not None
        self._thread.join()
        return self._model

    def notice(self) -> str | None:
        """Once, when the model was asked for and cannot be used: the sentence for the player; else None."""
        with self._lock:
            thread = self._thread
            if self._told or thread is None or (thread.is_alive() and not self._wait_to_tell):
                return None
        self.get()
        with self._lock:
            if self.problem is None or self._told:
                return None
            self._told = True
        return self._notice.format(self.problem)
