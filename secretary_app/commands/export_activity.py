"""CLI commands of the export_activity feature (registered by that feature)."""

from __future__ import annotations


def register(reg) -> None:
    return None
