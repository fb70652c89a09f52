"""Every dialog, as it is shown, fits the screen it opens on (1280x720 laptops).

Its own module: the window's first paint needs ``screen`` but not this filter, whose first
event builds QEvent's enum.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog

from secretary_app.ui.screen import available, fit_to_screen


class _DialogFitter(QObject):
    """Every dialog, as it is shown, is shrunk to the screen it opens on."""

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and obj.isWindow():
            fit_to_screen(obj)
            area = available(obj)
            frame = obj.frameGeometry()
            if not area.contains(frame):  # keep the title bar and the buttons on the screen
                obj.move(max(area.left(), min(frame.left(), area.right() - frame.width())),
                         max(area.top(), min(frame.top(), area.bottom() - frame.height())))
        return False


def install_dialog_fitter(app) -> None:
    if getattr(app, "_dialog_fitter", None) is None:
        app._dialog_fitter = _DialogFitter(app)
        app.installEventFilter(app._dialog_fitter)
