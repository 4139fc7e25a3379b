"""Provides `python -m game`, the same as the `closer` command."""

from game.cli import main

raise SystemExit(main())
