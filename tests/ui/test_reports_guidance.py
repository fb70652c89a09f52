"""The activity log says what to do with a month that has no time, shows the guard's flags and
decisions in a table that reads at 1280×720 (rule names, never ids; full text in tooltips), and
its own messages ("Gemt: …") time out and are not carried to a later visit."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt


def test_a_month_without_time_says_how_time_gets_there_with_buttons(main_window, qtbot):
    page = main_window.show_page("reports")
    year, month = page.month()
    page.set_month(year + 1, month)  # a month nobody has worked in yet
    assert page.report.totals.minutes == 0
    assert page.empty.isVisibleTo(page)
    assert "Ingen" in page.empty.label.text() and "fanen Tid" in page.empty.label.text()
    assert page.empty.button.text() == "Til opgavetavlen"
    # The newest month with time is one click away: what a secretary reporting last month wants.
    assert page.empty.second.isVisibleTo(page) and page.empty.second.text().startswith("Vis ")
    page.empty.second.click()
    assert page.report.totals.minutes > 0 and not page.empty.isVisibleTo(page)
    assert page.month() < (year + 1, month)
    page.set_month(year + 1, month)
    page.empty.button.click()
    assert main_window.stack.currentWidget() is main_window.pages["board"]


def _flag_and_accept(store, group_id, request):
    from secretary_app.services import guard

    result = guard.check_text("Valgkampsfolder til partiets kandidater og opstillingsmødet")
    assert result.flagged
    guard.record_check(store, group_id, request.id, result)
    guard.decide(store, request.id, "accepted",
                 "Medlemmet skal bruge en faktuel oversigt over kommunens budget til et borgermøde, "
                 "ikke valgmateriale; teksten er omskrevet, så den ligger inden for hvervet.")


def test_the_guard_tab_names_rules_and_fits_1280x720(main_window, qtbot):
    from secretary_app.services import requests
    from secretary_app.ui.reports.guard_table import GuardModel

    window = main_window
    window.resize(1280, 720)
    store, group_id = window.ctx.store, window.ctx.group_id
    request = requests.list_requests(store, group_id)[0]
    _flag_and_accept(store, group_id, request)
    page = window.show_page("reports")
    page.refresh()
    page.tabs.setCurrentWidget(page.guard_table)
    qtbot.wait(50)
    model, view = page.guard_model, page.guard_table
    assert model.rowCount() >= 2  # the flag and the acceptance
    reasons = [model.index(r, GuardModel.REASONS).data() for r in range(model.rowCount())]
    assert any("Valgkamp" in text for text in reasons), reasons
    assert not any(re.search(r"\b[a-z_]+\.[a-z_]+\b", text) for text in reasons), reasons  # no rule ids
    tip = model.index(0, GuardModel.REASONS).data(Qt.ItemDataRole.ToolTipRole)
    assert "fundne ord" in tip and "»" in tip
    accepted = next(r for r in range(model.rowCount())
                    if model.index(r, GuardModel.VERDICT).data() == "Partipolitisk\nAccepteret")
    assert "borgermøde" in model.index(accepted, GuardModel.JUSTIFICATION).data(Qt.ItemDataRole.ToolTipRole)
    # Every column on the screen at once, the text columns with room to read.
    header = view.horizontalHeader()
    width = view.viewport().width()
    assert sum(header.sectionSize(c) for c in range(header.count())) <= width + 1
    assert not view.horizontalScrollBar().isVisible()
    assert header.sectionSize(GuardModel.REASONS) >= 0.2 * width
    assert header.sectionSize(GuardModel.TITLE) >= 0.2 * width
    fm = header.fontMetrics()
    for col in range(header.count()):
        assert header.sectionSize(col) >= fm.horizontalAdvance(model.headers[col]), model.headers[col]
    # Rows are two lines tall: a long reason wraps once, then is elided.
    assert view.rowHeight(0) >= 2 * view.fontMetrics().lineSpacing()


def test_the_pages_own_messages_time_out_and_are_not_carried_back(main_window, qtbot, tmp_path):
    window = main_window
    page = window.show_page("reports")
    target = tmp_path / "log.csv"
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.export("csv", str(target))
    assert str(target) in page.status.text()
    window.show_page("drafts")
    window.show_page("reports")
    assert str(target) not in page.status.text() and "opgaver i listen" in page.status.text()
    page._message_timer.setInterval(50)
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        page.export("csv", str(target))
    assert str(target) in page.status.text()
    qtbot.waitUntil(lambda: "opgaver i listen" in page.status.text(), timeout=5000)
    # The window's status bar keeps to its page as well.
    window.ctx.nav.show_status("Gemt")
    window.show_page("board")
    assert window.statusBar().currentMessage() == ""


def test_the_request_dialogs_guard_log_fits_without_sideways_scrolling(main_window, qtbot):
    from secretary_app.services import requests
    from secretary_app.ui.board.request_dialog import RequestDialog

    window = main_window
    store, group_id = window.ctx.store, window.ctx.group_id
    request = requests.list_requests(store, group_id)[0]
    _flag_and_accept(store, group_id, request)
    dialog = RequestDialog(window.ctx, group_id, request.id, None, window)
    qtbot.addWidget(dialog)
    dialog.resize(1040, 680)
    dialog.show()
    qtbot.wait(50)
    log = dialog.guard.log_view
    assert log.count() >= 2
    last = log.item(log.count() - 1)
    shown = last.text()
    assert "Grunde: Valgkamp" in shown and "Begrundelse: Medlemmet skal bruge" in shown
    assert not re.search(r"\b[a-z_]+\.[a-z_]+\b", shown)  # rule names, never ids
    # The entry wraps to the panel's width, all of it shown, rather than running off to the right.
    rect = log.visualItemRect(last)
    assert rect.width() <= log.viewport().width()
    needed = log.fontMetrics().boundingRect(0, 0, rect.width() - 8, 10_000, int(Qt.TextFlag.TextWordWrap), shown)
    assert rect.height() >= needed.height()
