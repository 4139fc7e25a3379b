"""Provides the Textual layer: screens and widgets that render the engine and forward input."""
