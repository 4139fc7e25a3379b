"""Provides the game's screens, one per file."""
