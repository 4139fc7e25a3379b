"""Provides the game's small modal dialogs, one per file."""
