"""Demo drafts (filled in by the drafts feature)."""

from __future__ import annotations


def seed(store, ctx) -> None:
    return None
