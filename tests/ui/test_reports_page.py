"""The Aktivitetslog page: month changes update the tables; exports run without blocking the window."""

from __future__ import annotations

import importlib.util
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

_spec = importlib.util.spec_from_file_location(
    "reports_dataset", Path(__file__).parents[1] / "unit" / "test_reports_dataset.py")
dataset = sys.modules.setdefault("reports_dataset", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(dataset)


@pytest.fixture
def page(qtbot, store):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext
    from secretary_app.ui.reports.page import ReportsPage

    data = dataset.build_dataset(store)
    ctx = UiContext(store, Settings(), "da")
    ctx.group_id = data.group_id
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.set_group(data.group_id)
    page.set_month(2026, 3)
    page.show()
    page.data = data
    return page


def cell(model, row, col):
    return model.index(row, col).data()


def test_month_change_updates_tables_chart_and_figures(page, qtbot):
    m = page.member_model
    assert [cell(m, r, 0) for r in range(m.rowCount())] == ["Anna Andersen", "Bo Bech", "Cecilie Carlsen", "I alt"]
    assert [cell(m, 3, c) for c in range(1, 6)] == [7, 4, 2, 1, "3:58"]
    assert page.figures["minutes"].value.text() == "3:58"
    assert page.request_model.rowCount() == dataset.MARCH["lines"]
    assert dict(page.chart.items()[1])["Anna Andersen"] == 180
    assert not page.chart.grab().isNull()  # the painted chart draws without errors
    # Hovering a bar names it in full (task-type labels are elided on the bars).
    line = page.chart.fontMetrics().height()
    first_type_row = 8 + line * 1.6 + line * 0.7
    assert page.chart.item_at(first_type_row) == page.chart.items()[0][0]

    with qtbot.waitSignal(page.refreshed):
        page.next_btn.click()  # April
    assert page.month() == (2026, 4)
    assert cell(m, m.rowCount() - 1, 5) == "1:30"  # 30 + 60 minutes logged in April
    titles = [page.request_model.row_at(r).title for r in range(page.request_model.rowCount())]
    assert titles == ["Notat om skolebyggeri", "Pressen om cykelstier"]

    with qtbot.waitSignal(page.refreshed):
        page.month_combo.setCurrentIndex(9)  # October
    assert page.request_model.rowCount() == 1 and page.figures["minutes"].value.text() == "0:40"


def test_member_filter(page, qtbot):
    index = page.member_combo.findText("Bo Bech")
    with qtbot.waitSignal(page.refreshed):
        page.member_combo.setCurrentIndex(index)
    m = page.member_model
    assert [cell(m, r, 0) for r in range(m.rowCount())] == ["Bo Bech", "I alt"]
    assert cell(m, 1, 5) == "0:58"
    assert page.member_combo.findText("Xenia Xu") == -1  # another group's member is not offered


def test_other_group_and_trash_are_not_shown(page):
    titles = {page.request_model.row_at(r).title for r in range(page.request_model.rowCount())}
    assert dataset.OTHER_GROUP_TITLE not in titles and dataset.TRASHED_TITLE not in titles


def test_export_runs_in_the_background_with_a_busy_bar(page, qtbot, tmp_path, monkeypatch):
    import openpyxl

    import secretary_app.exports.activity_export as activity_export

    gate = threading.Event()
    original = activity_export.export_report

    def slow_export(*args, **kwargs):
        gate.wait(30)  # held until the test has seen the window respond
        return original(*args, **kwargs)

    monkeypatch.setattr(activity_export, "export_report", slow_export)
    monkeypatch.setattr(page.ctx.ops, "inline", False)  # the real database worker
    target = tmp_path / "marts.xlsx"
    assert page.export("xlsx", str(target)) is True
    assert page.progress.isVisible() and not page.export_buttons["pdf"].isEnabled()
    assert "Eksporterer" in page.status.text()

    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))  # the event loop runs while the export is under way
    assert not target.exists()
    page.prev_btn.click()  # the page stays usable: February
    assert page.month() == (2026, 2)

    with qtbot.waitSignal(page.export_finished, timeout=30_000) as done:
        gate.set()
    assert done.args == [str(target)]
    assert not page.progress.isVisible() and page.export_buttons["pdf"].isEnabled()
    assert str(target) in page.status.text()
    # The file is the month chosen when the export started (March), not the one shown now.
    rows = list(openpyxl.load_workbook(target)["Opgaver"].iter_rows(values_only=True))
    assert rows[-1][6] == dataset.MARCH["minutes"]


@pytest.mark.parametrize("fmt", ["pdf", "csv"])
def test_pdf_and_csv_exports_from_the_page(page, qtbot, tmp_path, fmt):
    target = tmp_path / f"marts.{fmt}"
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.export(fmt, str(target))
    assert target.stat().st_size > 0


def test_a_failed_export_is_reported_and_leaves_no_file(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    target = tmp_path / "missing" / "marts.csv"
    with qtbot.waitSignal(page.export_failed, timeout=30_000):
        page.export("csv", str(target))
    assert shown and "findes ikke" in shown[0]
    assert "ingen fil er gemt" in page.status.text()
    assert page.export_buttons["csv"].isEnabled()


def test_reports_page_in_the_main_window(main_window):
    page = main_window.pages["reports"]
    assert page.title() == "Aktivitetslog"
    assert page.group_id == main_window.ctx.group_id


def test_keyboard_steps_through_months(page, qtbot):
    from PySide6.QtCore import Qt

    page.activateWindow()
    page.member_table.setFocus()
    with qtbot.waitSignal(page.refreshed):
        qtbot.keyClick(page.member_table, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.month() == (2026, 2)
    with qtbot.waitSignal(page.refreshed):
        page.set_month(2026, 12)
    with qtbot.waitSignal(page.refreshed):
        page.step_month(1)  # across the year end
    assert page.month() == (2027, 1)
