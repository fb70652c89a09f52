"""The Møder page: month calendar with meeting days, agenda import, linking a request to an
item, plan import with a wrong weekday, calendar export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

DATA = Path(__file__).resolve().parents[1] / "data" / "agendas"


@pytest.fixture
def page(meetings_page):
    return meetings_page


def test_import_agenda_shows_meeting_items_and_calendar_day(qtbot, page):
    with qtbot.waitSignal(page.review_ready, timeout=20_000) as review:
        page.import_agenda_file(str(DATA / "kkr_hovedstaden_2026.txt"))
    assert page.meeting_model.rowCount() == 0  # nothing saved before the review is accepted
    with qtbot.waitSignal(page.imported, timeout=20_000):
        review.args[0].save_btn.click()
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 1)
    assert page.meeting_model.rowCount() == 1
    assert page.meeting_model.index(0, 2).data() == "KKR Hovedstaden"
    assert page.meeting_model.index(0, 3).data() == "12"
    assert "Glostrup Park Hotel" in page.details.text() and "09:00–10:30" in page.details.text()
    numbers = [page.item_model.index(r, 0).data() for r in range(page.item_model.rowCount())]
    assert numbers == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "2"]
    fmt = page.calendar.dateTextFormat(QDate(2026, 1, 26))
    assert fmt.background().color().name() == "#f6d9dd"  # the meeting day is highlighted
    assert page.calendar.dateTextFormat(QDate(2026, 1, 27)).background().style() == Qt.BrushStyle.NoBrush
    page.item_view.selectRow(3)
    assert "Valg af formand" in page.sections.toPlainText()
    assert "Baggrund" in page.sections.toPlainText() and "SAG-2024-04469" in page.sections.toPlainText()
    assert "rojh" in page.status.text() or "12 punkter" in page.status.text()


def test_bad_file_reports_on_the_page_and_imports_nothing(qtbot, page, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_text("Kære alle\nHer er ingen dagsorden.\n", encoding="utf-8")
    with qtbot.waitSignal(page.import_failed, timeout=20_000) as blocker:
        page.import_agenda_file(str(junk))
    assert "linje 2" in blocker.args[0]
    assert "Import mislykkedes" in page.status.text()
    assert page.meeting_model.rowCount() == 0


def test_create_request_from_item_shows_it_as_linked(qtbot, page, monkeypatch):
    from secretary_app.services import meetings
    from secretary_app.ui.meetings import dialogs

    res = meetings.import_agenda_file(page.ctx.store, page.group_id, DATA / "kkr_hovedstaden_2026.txt")
    # move the meeting into the future, so the request is due before it
    day = dt.date.today() + dt.timedelta(days=30)
    meetings.update_meeting(page.ctx.store, res.meeting.id, date=day)
    page.select_meeting(res.meeting.id)
    page.item_view.selectRow(3)  # 1.4
    seen = {}

    def fake_exec(dlg):  # the modal dialog, answered as a user would: keep the prefill, press OK
        seen["title"] = dlg.title_edit.text()
        seen["due"] = dlg.due.value()
        seen["member"] = dlg.member.currentText()
        dlg._save()
        seen["error"] = dlg.error.text()
        return dlg.result()

    monkeypatch.setattr(dialogs.LinkDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.ctx.ops.changes_applied, timeout=10_000):
        page.link_dialog("request")
    assert seen["title"].startswith("Tale til punkt 1.4 Valg af formand") and "SAG-2024-04469" in seen["title"]
    assert seen["error"] == ""
    assert seen["due"] == meetings.working_day_before(day)
    assert page.item_model.index(3, 3).data() == "1"
    assert "Mette Lindholm" in page.linked.item(0).text()


def test_plan_with_wrong_weekday_asks_and_skips(qtbot, page, monkeypatch):
    from secretary_app.domain.meeting_plan import parse_meeting_plan

    plan = parse_meeting_plan("2026\nMandag den 26. januar\nTirsdag den 25. marts\nFredag den 4. september\n")
    asked = {}

    def answer(parent, title, text, *a, **kw):
        asked["text"] = text
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(page.plan_imported, timeout=20_000):
        page.import_plan(plan, "KKR Hovedstaden")
    assert "tirsdag passer ikke" in asked["text"]
    assert "2 møder oprettet" in page.status.text() and "1 sprunget over" in page.status.text()
    page.show_month(2026, 9)
    assert page.meeting_model.rowCount() == 1
    assert page.meeting_model.index(0, 1).data() == ""  # the plan states no time


def test_new_meeting_dialog_validates_inline(qtbot, page):
    from secretary_app.ui.meetings.dialogs import MeetingDialog

    dlg = MeetingDialog(page.ctx, page.group_id, day=dt.date(2026, 5, 7))
    qtbot.addWidget(dlg)
    dlg.body.setText("Økonomiudvalget")
    dlg.kind.setCurrentIndex(dlg.kind.findData("committee"))
    dlg.end.check.setChecked(True)
    dlg.end.edit.setTime(dlg.end.edit.time().fromString("16:00", "HH:mm"))  # before the 17:00 start
    dlg._save()
    assert dlg.result() != QDialog.DialogCode.Accepted and "slutter" in dlg.error.text()
    dlg.end.edit.setTime(dlg.end.edit.time().fromString("19:00", "HH:mm"))
    dlg._save()
    assert dlg.result_meeting is not None and dlg.result_meeting.body_kind == "committee"
    page.show_month(2026, 5)
    assert page.meeting_model.index(0, 2).data() == "Økonomiudvalget"


def test_export_calendar_writes_ics(qtbot, page, tmp_path):
    from secretary_app.services import meetings

    meetings.import_agenda_file(page.ctx.store, page.group_id, DATA / "kkr_hovedstaden_2022.txt")
    out = tmp_path / "møder.ics"
    page.export_calendar(str(out))
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 2  # the meeting and its group meeting
    assert "2 begivenheder" in page.status.text()


def test_page_in_main_window_with_demo_data(qtbot, main_window):
    window = main_window
    from secretary_app.ui.meetings.page import MeetingsPage

    page = window.findChild(MeetingsPage)
    assert page is not None and page.title() == "Møder"
    page.show_month(2026, 1)
    bodies = {page.meeting_model.index(r, 2).data() for r in range(page.meeting_model.rowCount())}
    assert {"KKR Hovedstaden", "Borgerrepræsentationen", "Teknik- og Miljøudvalget"} <= bodies
