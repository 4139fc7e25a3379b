"""Provides the game's widgets."""
