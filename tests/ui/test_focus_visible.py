"""Keyboard focus is visible everywhere Tab goes (EN 301 549 / WCAG 2.4.7, and 2.4.13's
measure): the control reached gets a frame at least 2 px thick that differs 3:1 from how the
same pixels look without focus, on the default palette and on a high-contrast one. A mouse
click takes the frame away again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QComboBox, QLineEdit, QListView, QListWidget, QTableView,
)

from secretary_app.ui.colours import contrast
from contrast import HIGH, system_palette_of


@pytest.fixture(params=["default", "high_contrast"])
def system_palette(request, qapp):
    with system_palette_of(qapp, HIGH if request.param == "high_contrast" else None):
        yield request.param


@pytest.fixture
def window(system_palette, main_window):
    main_window.resize(1280, 720)
    return main_window


def _grab(window) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def frame_sides(on: QImage, off: QImage, window, widget) -> dict[str, float]:
    """For each side of ``widget``: the share of positions along it where at least 2 pixels of
    the band from 3 px outside to 1 px inside changed by 3:1 or more."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    x0, y0, w, h = top_left.x(), top_left.y(), widget.width(), widget.height()
    x1, y1 = x0 + w - 1, y0 + h - 1

    def changed(x, y) -> bool:
        if not (0 <= x < on.width() and 0 <= y < on.height()):
            return False
        return contrast(QColor(on.pixel(x, y)), QColor(off.pixel(x, y))) >= 3.0

    def share(positions, band) -> float:
        positions = list(positions)
        good = sum(1 for p in positions if sum(changed(*band(p, d)) for d in range(-3, 2)) >= 2)
        return good / max(1, len(positions))

    inset = 6  # the rounded corners
    return {
        "left": share(range(y0 + inset, y1 - inset), lambda y, d: (x0 + d, y)),
        "right": share(range(y0 + inset, y1 - inset), lambda y, d: (x1 - d, y)),
        "top": share(range(x0 + inset, x1 - inset), lambda x, d: (x, y0 + d)),
        "bottom": share(range(x0 + inset, x1 - inset), lambda x, d: (x, y1 - d)),
    }


def assert_frame_visible(window, widget) -> None:
    on = _grab(window)
    widget.clearFocus()
    off = _grab(window)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    sides = frame_sides(on, off, window, widget)
    assert all(v >= 0.8 for v in sides.values()), f"{type(widget).__name__}#{widget.objectName()}: {sides}"


def tab_through(window, stops: int):
    """Press Tab ``stops`` times; yield each control reached."""
    for _ in range(stops):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        QApplication.processEvents()
        yield QApplication.focusWidget()


def test_every_control_tab_reaches_on_the_board_shows_a_frame(window, qtbot):
    window.show_page("board")
    qtbot.wait(50)
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(window.nav, Qt.Key.Key_Down)  # a key press, as a keyboard user would
    QTest.keyClick(window.nav, Qt.Key.Key_Up)
    seen = set()
    assert_frame_visible(window, window.nav)
    for widget in tab_through(window, 16):
        if widget is None or widget.window() is not window:
            continue
        assert_frame_visible(window, widget)
        seen |= {kind for kind in (QListWidget, QListView, QAbstractButton, QLineEdit, QComboBox)
                 if isinstance(widget, kind)}
    assert seen >= {QListView, QAbstractButton, QLineEdit, QComboBox}, seen


def test_a_table_reached_by_tab_shows_a_frame_and_a_click_removes_it(window, qtbot):
    from secretary_app.ui import focus

    page = window.show_page("members")
    qtbot.wait(50)
    search = page.findChild(QLineEdit)
    search.setFocus(Qt.FocusReason.TabFocusReason)
    table = None
    for widget in tab_through(window, 12):
        if isinstance(widget, QTableView):
            table = widget
            break
    assert table is not None
    assert_frame_visible(window, table)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert focus.tracker().current() is None  # the mouse user gets no frame


def test_the_frame_lets_go_of_a_control_deleted_under_it(qtbot, qapp):
    """A control with the frame is deleted while its window stays (a page rebuilt, a dialog's
    field replaced); the next focus change must not touch it (Qt's QFocusFrame kept a raw
    pointer to it and crashed the process)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from secretary_app.ui import focus

    tracker = focus.install(qapp)
    window = QWidget()
    qtbot.addWidget(window)
    lay = QVBoxLayout(window)
    first, second = QLineEdit(), QLineEdit()
    lay.addWidget(first)
    lay.addWidget(second)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(first, Qt.Key.Key_A)  # a key press: the frame shows
    assert tracker.current() is first
    first.deleteLater()
    qtbot.waitUntil(lambda: tracker.current() is None, timeout=2000)
    second.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(second, Qt.Key.Key_B)
    assert tracker.current() is second
    window.close()
