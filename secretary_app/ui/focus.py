"""A visible keyboard focus, app-wide: one frame follows the control reached from the keyboard.

Qt's own styles mark focus faintly or not at all (a 1 px tint on a line edit, nothing on a list
with a style sheet such as the page list). ``install(app)`` adds one ``FocusRing``: when a key
press (Tab, Shift+Tab, a shortcut, an arrow in a list) moves the focus, a 3 px frame in the
palette's focus colour (``colours.focus``: the highlight where it stands out 3:1 against the
window and the fields, otherwise the text colour, so it shows in high contrast too) is drawn
around the control; a mouse click hides it again, as browsers do with ``:focus-visible``.
The frame is drawn above the control in its window (or its scroll area or tool bar, so it moves
with them), so no layout or style sheet can clip it; mouse events go through it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QFocusFrame, QMenu, QMenuBar, QProxyStyle, QStyle, QWidget,
)

from secretary_app.ui import colours

MARGIN = 3  # px outside the control
WIDTH = 5  # px of frame: the margin and two pixels over the control's own edge (seen at a window edge)


class _RingStyle(QProxyStyle):
    """The frame's own style (not the app's): above the control, MARGIN px outside it."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0
        return super().styleHint(hint, option, widget, data)

    def pixelMetric(self, metric, option=None, widget=None):
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return MARGIN
        return super().pixelMetric(metric, option, widget)


class FocusRing(QFocusFrame):
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(colours.focus(), WIDTH))
        p.setBrush(Qt.BrushStyle.NoBrush)
        half = WIDTH / 2
        p.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        p.end()


def wants_ring(widget: QWidget | None) -> bool:
    """A control a Tab can reach (not a window, a menu or the menu bar)."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(widget, QAbstractButton):
        return False
    return widget.isVisible()


class FocusTracker(QObject):
    """Puts the ring on the focused control after keyboard input; takes it off after a click."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._style = _RingStyle()
        self._ring: FocusRing | None = None
        self._keyboard = False
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    def ring(self, window: QWidget) -> FocusRing:
        """The ring of ``window``: made with the window as its parent, so Qt owns it and deletes
        it with the window (a ring Python owned would be freed twice)."""
        from shiboken6 import isValid

        ring = self._ring if self._ring is not None and isValid(self._ring) else None
        if ring is None or ring.window() is not window:
            if ring is not None:
                ring.setWidget(None)
                ring.hide()
            ring = window.findChild(FocusRing)
            if ring is None:
                ring = FocusRing(window)
                ring.setStyle(self._style)
            self._ring = ring
        return ring

    def current(self) -> QWidget | None:
        """The control the ring is around now (None when hidden)."""
        from shiboken6 import isValid

        if self._ring is None or not isValid(self._ring) or not self._ring.isVisible():
            return None
        return self._ring.widget()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress or kind == QEvent.Type.ShortcutOverride:
            self._keyboard = True
            if kind == QEvent.Type.KeyPress and self.current() is None:  # a key shows where focus is
                widget = QApplication.focusWidget()
                if wants_ring(widget):
                    self._show(widget)
        elif kind == QEvent.Type.MouseButtonPress:
            if self._keyboard:
                self._keyboard = False
                self._show(None)
        return False

    def _focus_changed(self, _old, new) -> None:
        keyboard = self._keyboard or (new is not None and new.window().testAttribute(
            Qt.WidgetAttribute.WA_KeyboardFocusChange))
        self._show(new if keyboard and wants_ring(new) else None)

    def _show(self, widget: QWidget | None) -> None:
        from shiboken6 import isValid

        if widget is None:
            if self._ring is not None and isValid(self._ring):
                self._ring.setWidget(None)
                self._ring.hide()
            return
        ring = self.ring(widget.window())
        ring.setWidget(widget)
        ring.show()
        ring.raise_()
        ring.update()


_tracker: FocusTracker | None = None


def install(app: QApplication) -> FocusTracker:
    """Once per application; later calls return the same tracker."""
    global _tracker
    if _tracker is None or _tracker.parent() is not app:
        _tracker = FocusTracker(app)
    return _tracker


def tracker() -> FocusTracker | None:
    return _tracker
