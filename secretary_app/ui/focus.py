"""A visible keyboard focus, app-wide: one frame follows the control reached from the keyboard.

Qt's own styles mark focus faintly or not at all (a 1 px tint on a line edit, nothing on a list
with a style sheet such as the page list). ``install(app)`` adds one ``FocusTracker``: when a key
press (Tab, Shift+Tab, a shortcut, an arrow in a list) moves the focus, a 3 px frame in the
palette's focus colour (``colours.focus``: the highlight where it stands out 3:1 against the
window and the fields, otherwise the text colour, so it shows in high contrast too) is drawn
around the control; a mouse click hides it again, as browsers do with ``:focus-visible``.

The frame is a child of the control's window (or of the scroll area or tool bar it sits in, so
it moves with them), drawn above the control, and mouse events go through it. It follows the
control's and its parents' moves and resizes. It is our own widget rather than a QFocusFrame:
that keeps a raw pointer to the control and crashed when the control was deleted first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QApplication, QMenu, QMenuBar, QToolBar, QWidget,
)

from secretary_app.ui import colours

MARGIN = 3  # px outside the control
WIDTH = 5  # px of frame: the margin and two pixels over the control's own edge (seen at a window edge)
_FOLLOW = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ParentChange)


def _valid(obj) -> bool:
    from shiboken6 import isValid

    return obj is not None and isValid(obj)


class FocusRing(QWidget):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
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


def frame_parent(widget: QWidget) -> tuple[QWidget, list[QWidget]]:
    """Where the ring lives (the window, a tool bar, or the viewport of the scroll area the
    control is in) and the widgets between, whose moves move the control."""
    chain, prev, p = [], widget, widget.parentWidget()
    while p is not None:
        if p.isWindow() or isinstance(p, QToolBar):
            return p, chain
        if isinstance(p, QAbstractScrollArea) and prev is p.viewport():
            return prev, chain[:-1]
        chain.append(p)
        prev, p = p, p.parentWidget()
    return widget.window(), chain


class FocusTracker(QObject):
    """Puts the ring on the focused control after keyboard input; takes it off after a click."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._ring: FocusRing | None = None
        self._target: QWidget | None = None
        self._watched: list[QWidget] = []
        self._keyboard = False
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)

    def current(self) -> QWidget | None:
        """The control the ring is around now (None when hidden)."""
        if not _valid(self._ring) or not self._ring.isVisible() or not _valid(self._target):
            return None
        return self._target

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
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
        elif kind in _FOLLOW and self._target is not None and (obj is self._target or obj in self._watched):
            self._place()
        return False

    def _focus_changed(self, _old, new) -> None:
        keyboard = self._keyboard or (new is not None and new.window().testAttribute(
            Qt.WidgetAttribute.WA_KeyboardFocusChange))
        self._show(new if keyboard and wants_ring(new) else None)

    def _target_gone(self, *_args) -> None:
        """The control is being deleted: let go of it without touching it."""
        self._target, self._watched = None, []
        if _valid(self._ring):
            self._ring.hide()

    def _show(self, widget: QWidget | None) -> None:
        if widget is not self._target:
            if _valid(self._target):
                try:
                    self._target.destroyed.disconnect(self._target_gone)
                except (RuntimeError, TypeError):
                    pass
            self._target, self._watched = None, []
        if widget is None:
            if _valid(self._ring):
                self._ring.hide()
            return
        parent, chain = frame_parent(widget)
        if not _valid(self._ring) or self._ring.parentWidget() is not parent:
            if _valid(self._ring):
                self._ring.hide()
            self._ring = parent.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly) \
                or FocusRing(parent)  # Qt owns it: deleted with its parent
        if self._target is not widget:
            self._target, self._watched = widget, chain
            widget.destroyed.connect(self._target_gone)
        self._place()

    def _place(self) -> None:
        ring, target = self._ring, self._target
        if not _valid(ring) or not _valid(target):
            return
        if not target.isVisible():
            ring.hide()
            return
        if not ring.parentWidget().isAncestorOf(target):  # the control moved to another parent
            self._target = None
            self._show(target)
            return
        top_left = target.mapTo(ring.parentWidget(), QPoint(0, 0))
        ring.setGeometry(QRect(top_left, target.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN))
        ring.show()
        ring.raise_()
        ring.update()


_tracker: FocusTracker | None = None


def install(app: QApplication) -> FocusTracker:
    """Once per application; later calls return the same tracker."""
    global _tracker
    if _tracker is None or not _valid(_tracker) or _tracker.parent() is not app:
        _tracker = FocusTracker(app)
    return _tracker


def tracker() -> FocusTracker | None:
    return _tracker
