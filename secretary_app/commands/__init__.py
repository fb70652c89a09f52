"""Headless CLI subcommands. None of these modules may import Qt."""
