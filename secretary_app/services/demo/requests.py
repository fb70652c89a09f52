"""Demo requests (filled in by the requests feature)."""

from __future__ import annotations


def seed(store, ctx) -> None:
    return None
