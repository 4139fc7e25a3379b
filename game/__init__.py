"""closer: a full-screen terminal game for practising the close of a job interview."""

__version__ = "0.1.0"
