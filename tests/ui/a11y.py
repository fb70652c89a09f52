"""What a screen reader would read for each focusable control (Qt's accessibility interface)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar, QWidget


def unnamed_focusable(root: QWidget) -> list[str]:
    """Focusable, visible controls under ``root`` that have no accessible name: neither set, nor
    taken from their text, nor from a buddy label."""
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or not w.isVisibleTo(root) or not w.isEnabled():
            continue
        if isinstance(w, QScrollBar) or (w.parentWidget() is not None and isinstance(w.parentWidget(), QAbstractScrollArea)
                                         and w is w.parentWidget().viewport()):
            continue
        if w.objectName().startswith("qt_"):  # Qt's own inner parts (a spin box's line edit) share their owner's name
            continue
        if w.window() is not root.window():
            continue
        iface = QAccessible.queryAccessibleInterface(w)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not (name or w.accessibleName()).strip():
            missing.append(f"{type(w).__name__}#{w.objectName() or '?'}")
    return missing
