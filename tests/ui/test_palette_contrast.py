"""A dark or high-contrast system palette keeps every text readable (WCAG 2 AA, 4.5:1): the
board's column headers and cards, the guard's badges, the selected page in the navigation,
an empty page's note and a form's error line. Measured on the painted pixels."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from contrast import DARK, HIGH, background, bounding_box_of, system_palette_of, text_contrast



@pytest.fixture(params=["dark", "high_contrast"])
def system_palette(request, qapp):
    with system_palette_of(qapp, DARK if request.param == "dark" else HIGH):
        yield request.param


@pytest.fixture
def dark_window(system_palette, main_window):
    return main_window


def grab(widget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def paint_card(view, card) -> tuple[QImage, QRect]:
    view.model().set_cards([card])
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.font = view.font()
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return image, QRect(option.rect)


def test_column_headers_cards_and_badges_read_on_the_palette(dark_window, qtbot):
    window = dark_window
    window.resize(1280, 720)
    page = window.show_page("board")
    qtbot.wait(50)
    column = page.columns["new"]
    header = grab(column.header)
    assert text_contrast(header) >= 4.5, background(header).name()
    card = column.model.cards[0]
    for verdict in ("party_political", "outside_role"):
        image, rect = paint_card(column.view, dataclasses.replace(card, guard_verdict=verdict, guard_decision=None))
        inner = rect.adjusted(8, 8, -8, -8)
        card_bg = background(image, inner)
        assert card_bg.lightness() < 128, "a dark palette gets a dark card"
        assert text_contrast(image, QRect(inner.left(), inner.top(), inner.width(), 30)) >= 4.5  # title
        strip = QRect(inner.left(), inner.bottom() - 24, inner.width(), 24)
        badge = bounding_box_of(image, strip, card_bg)
        assert badge is not None, verdict
        assert text_contrast(image, badge.adjusted(2, 2, -2, -2)) >= 4.5, verdict
    # The overdue line (red) and the small grey lines.
    overdue = dataclasses.replace(card, due_date=page.today.replace(year=page.today.year - 1), guard_verdict=None)
    image, rect = paint_card(column.view, overdue)
    lines = QRect(rect.left() + 8, rect.top() + 44, rect.width() - 16, rect.height() - 50)
    assert text_contrast(image, lines) >= 4.5


def test_the_selected_page_in_the_navigation_reads(dark_window, qtbot):
    window = dark_window
    window.show_page("board")
    nav = window.nav
    image = grab(nav)
    rect = nav.visualItemRect(nav.currentItem()).adjusted(8, 2, -8, -2)
    assert text_contrast(image, rect) >= 4.5
    other = nav.visualItemRect(nav.item(nav.currentRow() + 1)).adjusted(8, 2, -8, -2)
    assert text_contrast(image, other) >= 4.5


def test_an_empty_pages_note_and_a_forms_error_read(dark_window, qtbot):
    from secretary_app.ui.forms import ErrorLabel

    press = dark_window.show_page("press")
    qtbot.waitUntil(lambda: press.empty.isVisible(), timeout=5000)
    note = grab(press.empty)
    label = press.empty.label.geometry()
    assert text_contrast(note, label) >= 4.5, background(note, label).name()
    error = ErrorLabel()
    qtbot.addWidget(error)
    error.show_error("Navnet mangler")
    error.resize(300, 30)
    assert text_contrast(grab(error)) >= 4.5


def test_the_activity_charts_labels_read(dark_window, qtbot):
    page = dark_window.show_page("reports")
    qtbot.wait(50)
    chart = page.chart
    assert chart.items()[1], "the demo month has time per member"
    image = grab(chart)
    labels = QRect(0, 0, chart.width() // 3, image.height())  # the right-aligned bar labels
    assert background(image, labels).lightness() < 128
    assert text_contrast(image, labels) >= 4.5


def test_switching_to_a_dark_theme_while_running_restyles_headers_and_navigation(qapp, main_window, qtbot):
    page = main_window.show_page("board")
    with system_palette_of(qapp, DARK):
        qtbot.wait(20)
        header = grab(page.columns["new"].header)
        assert background(header).lightness() < 128 and text_contrast(header) >= 4.5
        nav = grab(main_window.nav)
        other = main_window.nav.visualItemRect(main_window.nav.item(0)).adjusted(8, 2, -8, -2)
        assert background(nav, other).lightness() < 128 and text_contrast(nav, other) >= 4.5
