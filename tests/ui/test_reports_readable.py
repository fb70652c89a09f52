"""The activity log page reads well at 1280 px: the title column gets the room, chart labels
wrap instead of being cut, the ``*`` is explained on the page; status messages time out and
are cleared on a page change."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter


def test_long_chart_labels_wrap_to_two_lines_not_cut(qapp):
    from secretary_app.exports.activity_chart import paint_bars, row_height, wrap_label

    fm = QFontMetricsF(QFont())
    label = "Udarbejdelse af politiske udspil og forslag"
    text = wrap_label(fm, label, fm.horizontalAdvance("Udarbejdelse af politiske") + 2)
    assert text.split("\n") == ["Udarbejdelse af politiske", "udspil og forslag"]
    assert row_height(fm, 400, [label]) > row_height(fm, 400, ["Tale"])
    img = QImage(420, 400, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    paint_bars(p, QRectF(0, 0, 420, 400), "Timer", [(label, 90), ("Tale", 30)])
    p.end()


def test_page_title_column_star_note_and_status(qtbot, main_window):
    from secretary_app.services import requests
    from secretary_app.ui.reports.models import RequestModel

    window = main_window
    window.resize(1280, 720)
    page = window.show_page("reports")
    # a request received last month with time logged this month: shown with a "*"
    today = dt.date.today()
    rows = requests.list_requests(window.ctx.store, page.group_id)
    page.refresh()
    qtbot.wait(50)
    starred = [ln for ln in page.report.requests if not ln.in_period]
    if not starred:  # make one: log time this month on an older request
        older = min(rows, key=lambda r: r.created_at)
        requests.log_time(window.ctx.store, older.id, 30, today)
        page.refresh()
        starred = [ln for ln in page.report.requests if not ln.in_period]
    page.tabs.setCurrentWidget(page.request_table)
    qtbot.wait(50)
    assert starred
    assert page.star_note.isVisible() and "*" in page.star_note.text()
    table = page.request_table
    assert table.columnWidth(RequestModel.TITLE) >= 0.3 * table.viewport().width()

    window.ctx.nav.show_status("Gemt")
    assert window.statusBar().currentMessage() == "Gemt"
    window.show_page("drafts")
    assert window.statusBar().currentMessage() == ""  # not carried to another page
    window.ctx.nav.show_status("Gemt igen")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=8000)
