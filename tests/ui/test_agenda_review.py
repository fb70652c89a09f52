"""The review table before an agenda is saved: rename, merge, split, renumber, drop, fix the
date, see the lines not taken; saving stores exactly the table; re-importing the minutes
updates the same meeting and keeps the links."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QInputDialog

from secretary_app.services import groups, meetings

AGENDA = """Økonomiudvalget
Dagsorden
Dato: 12-03-2026 kl. 17.00

1. Godkendelse af dagsorden
Sagsnr.: 26/1

Indstilling
Godkendes.

2. Budget 2027
Sagsnr.: 26/2

Indstilling
Det indstilles, at
1. budgettet sendes videre,
2. tidsplanen godkendes.

3. Skolestruktur og
4. Eventuelt
"""


@pytest.fixture
def page(qtbot, store, group):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext
    from secretary_app.ui.meetings.page import MeetingsPage

    ctx = UiContext(store, Settings(), "da")
    ctx.group_id = group.id
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.set_group(group.id)
    page.show()
    yield page
    ctx.ops.shutdown()


def _review(qtbot, page, path):
    with qtbot.waitSignal(page.review_ready, timeout=20_000) as blocker:
        page.import_agenda_file(str(path))
    return blocker.args[0]


def _rows(dlg):
    t = dlg.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def _save(qtbot, page, dlg):
    with qtbot.waitSignal(page.imported, timeout=20_000) as blocker:
        dlg.save_btn.click()
    return blocker.args[0]


def test_rename_merge_drop_and_save_stores_exactly_the_table(qtbot, page, tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_text(AGENDA, encoding="utf-8")
    dlg = _review(qtbot, page, path)
    assert _rows(dlg) == [("1", "Godkendelse af dagsorden"), ("2", "Budget 2027"), ("3", "Skolestruktur og"),
                          ("4", "Eventuelt")]
    dlg.table.item(1, 1).setText("Budget 2027 - 1. behandling")  # rename in the cell
    dlg.table.selectRow(2)
    dlg.merge_btn.click()  # "Skolestruktur og" + "Eventuelt" were one item
    assert _rows(dlg)[2] == ("3", "Skolestruktur og Eventuelt")
    dlg.table.selectRow(0)
    dlg.drop_btn.click()
    dlg.renumber_btn.click()
    assert _rows(dlg) == [("1", "Budget 2027 - 1. behandling"), ("2", "Skolestruktur og Eventuelt")]
    meeting_id = _save(qtbot, page, dlg)
    stored = meetings.list_items(page.ctx.store, meeting_id)
    assert [(i.number, i.title, i.case_number) for i in stored] == [
        ("1", "Budget 2027 - 1. behandling", "26/2"), ("2", "Skolestruktur og Eventuelt", "")]
    assert page.item_model.rowCount() == 2


def test_split_an_item_the_reader_joined(qtbot, page, tmp_path, monkeypatch):
    path = tmp_path / "dagsorden.txt"
    path.write_text(AGENDA.replace("3. Skolestruktur og\n4. Eventuelt", "3. Skolestruktur Eventuelt"), encoding="utf-8")
    dlg = _review(qtbot, page, path)
    dlg.table.selectRow(2)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Skolestruktur | Eventuelt", True))
    dlg.split_btn.click()
    assert _rows(dlg)[2:] == [("3", "Skolestruktur"), ("4", "Eventuelt")]
    dlg.reject()


def test_missing_date_is_fixed_in_the_review_and_lines_not_taken_are_shown(qtbot, page, tmp_path):
    path = tmp_path / "referat.txt"
    people = "".join(f"{k}. Navn Nummer{k} (A)\n\n" for k in range(1, 6))
    path.write_text("1. Godkendelse af dagsorden\n\nSagsfremstilling\n.....\n\nBeslutning\nGodkendt.\n\n"
                    "Deltagerne var:\n\n" + people, encoding="utf-8")
    dlg = _review(qtbot, page, path)
    assert dlg.date.text() == ""
    texts = [dlg.unread.item(r).text() for r in range(dlg.unread.count())]
    assert any("Mødedatoen" in t for t in texts) and any("Navn Nummer3" in t for t in texts)
    dlg.save_btn.click()  # refused inline: no date
    assert dlg.isVisible() and "mødedatoen" in dlg.error.text().lower()
    dlg.date.setText("31-03-2026")
    dlg.body.setText("Økonomiudvalget")
    meeting_id = _save(qtbot, page, dlg)
    m = meetings.get_meeting(page.ctx.store, meeting_id)
    assert (m.date, m.body_name, m.body_kind) == (dt.date(2026, 3, 31), "Økonomiudvalget", "committee")


def test_reimport_of_the_minutes_updates_the_meeting_and_keeps_links(qtbot, page, tmp_path):
    store = page.ctx.store
    member = groups.create_member(store, page.group_id, groups.MemberInput(name="Mette Lindholm"))
    path = tmp_path / "dagsorden.txt"
    path.write_text(AGENDA, encoding="utf-8")
    first_id = _save(qtbot, page, _review(qtbot, page, path))
    budget = {i.number: i for i in meetings.list_items(store, first_id)}["2"]
    req = meetings.create_request_for_item(store, budget.id, member.id, "speech",
                                           received_at=dt.datetime(2026, 3, 1, 9))
    minutes = tmp_path / "referat.txt"
    minutes.write_text(AGENDA.replace("Dagsorden", "Referat").replace(
        "2. tidsplanen godkendes.\n", "2. tidsplanen godkendes.\n\nBeslutning\nIndstillingen blev godkendt.\n"),
        encoding="utf-8")
    dlg = _review(qtbot, page, minutes)
    assert "findes" in dlg.findChildren(type(dlg.error))[0].text()  # says it updates an existing meeting
    assert dlg.table.item(1, 4).text() == "Indstillingen blev godkendt."
    again_id = _save(qtbot, page, dlg)
    assert again_id == first_id and len(meetings.list_meetings(store, page.group_id)) == 1
    items = {i.number: i for i in meetings.list_items(store, first_id)}
    assert items["2"].id == budget.id
    assert meetings.item_sections(items["2"])["Beslutning"] == "Indstillingen blev godkendt."
    assert [r["id"] for r in meetings.linked_items(store, budget.id)["requests"]] == [req.id]


def test_cancel_saves_nothing(qtbot, page, tmp_path):
    path = tmp_path / "dagsorden.txt"
    path.write_text(AGENDA, encoding="utf-8")
    dlg = _review(qtbot, page, path)
    dlg.reject()
    page.ctx.ops.wait_idle(5)
    assert meetings.list_meetings(page.ctx.store, page.group_id) == []


def test_plan_file_is_read_in_the_background_then_imported(qtbot, page, tmp_path, monkeypatch):
    path = tmp_path / "plan.txt"
    path.write_text("Byrådsmøder 2027\nByrådet holder møder følgende onsdage kl. 17.00:\n20. januar\nVinterferie\n"
                    "3. februar\n17. marts kl. 15.00 (1. budgetbehandling)\n", encoding="utf-8")
    asked = {}

    def get_text(parent, title, label, *a, text="", **k):
        asked["suggested"] = text
        return "Byrådet", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    with qtbot.waitSignal(page.plan_imported, timeout=20_000) as blocker:
        page.import_plan_file(str(path))
    assert blocker.args[0] == 3 and asked["suggested"] == "Byrådet"
    days = [(m.date, m.start_time) for m in meetings.list_meetings(page.ctx.store, page.group_id)]
    assert days == [(dt.date(2027, 1, 20), dt.time(17)), (dt.date(2027, 2, 3), dt.time(17)),
                    (dt.date(2027, 3, 17), dt.time(15))]
