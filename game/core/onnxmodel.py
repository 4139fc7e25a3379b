"""Provides the opening of a shipped ONNX network and its tokenizer, shared by the trained models.

Both trained models (`movemodel`, `meaningmodel`) run on onnxruntime with a `tokenizers`
tokenizer; this opens them the same way: the runtime checked first, threads that sleep rather
than spin while they wait, and each text read at its own length (the base encoder's tokenizer
file pads every line to 128 tokens, about four times the work for a typical line).
"""

from __future__ import annotations

from pathlib import Path


def open_network(directory: Path, model_file: str, tokenizer_file: str, *, what: str, threads: int,
                 max_length: int, unavailable: type[Exception], truncation: str = "longest_first"):
    """(onnxruntime session, tokenizer) for the network in `directory`.

    Raises:
        unavailable: the runtime (onnxruntime, tokenizers, numpy) is missing, or the files
            cannot be opened; the message names `what`.
    """
    try:
        import numpy  # noqa: F401
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as error:
        raise unavailable(f"the model runtime is not installed ({error.name} is missing)") from None
    try:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Threads that wait by spinning starve each other on a busy machine: let them sleep.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(directory / model_file), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(str(directory / tokenizer_file))
    except Exception as error:  # onnxruntime raises its own exception types for a bad file
        raise unavailable(f"the {what} could not be opened: {error}") from None
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length, strategy=truncation)
    return session, tokenizer
