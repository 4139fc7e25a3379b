"""Provides the game's engine: scenarios, the move reader, the interviewer, scoring and saves (no Textual)."""
