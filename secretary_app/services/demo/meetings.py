"""Demo meetings (filled in by the meetings feature)."""

from __future__ import annotations


def seed(store, ctx) -> None:
    return None
