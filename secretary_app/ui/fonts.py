"""Font sizes relative to the system's: the app follows the user's chosen text size."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def scale_font(widget: QWidget, factor: float, *, bold: bool | None = None) -> None:
    """Make ``widget``'s font ``factor`` times the size it inherits (never a fixed size)."""
    font = widget.font()
    font.setPointSizeF(max(1.0, font.pointSizeF() * factor))
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)
