"""Provides the errors the engine raises for a user's mistakes (no heavy imports here)."""


class SaveError(Exception):
    """The saves cannot be used; the message says why and what to do."""


class SaveFormatError(SaveError):
    """The save file was written by a newer version of the game."""
