"""Provides the pipeline that trains the shipped move model (needs the `train` extra; the game never imports it)."""
