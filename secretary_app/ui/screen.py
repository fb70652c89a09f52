"""Windows and dialogs sized to the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The smallest screen the app is laid out for; dialogs never ask for more than this.
MIN_SCREEN = (1280, 720)


def available(widget: QWidget | None = None) -> QRect:
    screen = None
    if widget is not None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, *MIN_SCREEN)
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, margin: int = 40) -> None:
    """Shrink a dialog that asks for more than the available screen (1280x720 laptops), keeping
    its minimum size below the screen too so the buttons stay reachable."""
    area = available(widget)
    max_w, max_h = max(320, area.width() - margin), max(240, area.height() - margin)
    min_size = widget.minimumSize()
    widget.setMinimumSize(min(min_size.width(), max_w), min(min_size.height(), max_h))
    size = widget.size()
    widget.resize(min(size.width(), max_w), min(size.height(), max_h))


def initial_main_geometry(area: QRect) -> QRect:
    """The first window: 90 % of the available screen, at most 1600x1000, centred."""
    w = min(1600, int(area.width() * 0.9))
    h = min(1000, int(area.height() * 0.9))
    if area.width() <= 1366 or area.height() <= 768:
        w, h = area.width(), area.height()
    x = area.x() + (area.width() - w) // 2
    y = area.y() + (area.height() - h) // 2
    return QRect(x, y, w, h)


def restore_geometry(widget: QWidget, saved: str | None) -> bool:
    """Restore a saved geometry (hex of ``saveGeometry``) if it still lands on a screen."""
    if not saved:
        return False
    from PySide6.QtCore import QByteArray

    try:
        data = QByteArray.fromHex(saved.encode("ascii"))
    except (UnicodeEncodeError, ValueError):
        return False
    if not widget.restoreGeometry(data):
        return False
    area = available(widget)
    if not area.intersects(widget.frameGeometry()):
        return False
    fit_to_screen(widget, margin=0)
    return True
