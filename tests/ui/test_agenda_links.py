"""A request or draft made from an agenda item uses the meeting: its date in the draft's
header, the case number (without the case officer's initials) and the *Indstilling* as
reference, a due date before the meeting (none for a past meeting, and the dialog says so);
the lines under *Koblet til punktet* open what they name; the drafts list shows a new draft
at once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from secretary_app.domain.dates import format_long, local_today

DATA = Path(__file__).resolve().parents[1] / "data" / "agendas"


@pytest.fixture
def page(meetings_page):
    return meetings_page


def _meeting(page, day: dt.date):
    from secretary_app.services import meetings

    res = meetings.import_agenda_file(page.ctx.store, page.group_id, DATA / "kkr_hovedstaden_2026.txt")
    meetings.update_meeting(page.ctx.store, res.meeting.id, date=day)
    page.select_meeting(res.meeting.id)
    page.item_view.selectRow(3)  # 1.4 Valg af formand, with an Indstilling
    return res.meeting.id


def test_suggested_due_is_before_the_meeting_and_never_today_for_a_past_one():
    from secretary_app.services.meetings import suggested_due, working_day_before

    today = dt.date(2026, 3, 11)  # a Wednesday
    assert suggested_due(dt.date(2026, 3, 16), today=today) == (dt.date(2026, 3, 13), None)  # Friday before
    assert suggested_due(dt.date(2026, 3, 1), today=today) == (None, "past")
    assert suggested_due(today, today=today) == (None, "today")
    assert suggested_due(dt.date(2026, 3, 12), today=today) == (today, None)
    # a Monday meeting seen on Saturday: the Friday has passed, the meeting is ahead
    assert suggested_due(dt.date(2026, 3, 16), today=dt.date(2026, 3, 14)) == (dt.date(2026, 3, 14), None)
    assert working_day_before(dt.date(2026, 3, 16)) == dt.date(2026, 3, 13)


def test_draft_from_item_is_dated_for_the_meeting_with_case_and_recommendation(qtbot, page, monkeypatch):
    from secretary_app.services import drafts
    from secretary_app.ui.meetings import dialogs

    day = local_today() + dt.timedelta(days=40)
    _meeting(page, day)
    monkeypatch.setattr(dialogs.LinkDialog, "exec", lambda dlg: (dlg._save(), dlg.result())[1])
    with qtbot.waitSignal(page.ctx.ops.changes_applied, timeout=10_000):
        page.link_dialog("draft")
    [row] = drafts.list_drafts(page.ctx.store, page.group_id)
    body = drafts.get_draft(page.ctx.store, row.id).plain_text
    assert format_long(day) in body  # the meeting's date, not today's
    if day != local_today():
        assert format_long(local_today()) not in body
    assert "SAG-2024-04469 – Valg af formand" in body
    assert "rojh" not in body  # the case officer's initials are not part of the reference
    assert "Det indstilles, at KKR Hovedstaden vælger formand" in body


def test_request_for_a_past_meeting_has_no_due_date_and_says_why(qtbot, page, monkeypatch):
    from secretary_app.services import requests
    from secretary_app.ui.meetings import dialogs

    _meeting(page, local_today() - dt.timedelta(days=20))
    seen = {}

    def fake_exec(dlg):
        seen["due"] = dlg.due.value()
        seen["checked"] = dlg.due.check.isChecked()
        seen["note"] = dlg.due_note.text() if not dlg.due_note.isHidden() else ""
        dlg._save()
        return dlg.result()

    monkeypatch.setattr(dialogs.LinkDialog, "exec", fake_exec)
    with qtbot.waitSignal(page.ctx.ops.changes_applied, timeout=10_000):
        page.link_dialog("request")
    assert seen["due"] is None and not seen["checked"]
    assert "Mødet er afholdt" in seen["note"]
    [req] = requests.list_requests(page.ctx.store, page.group_id)
    assert req.due_date is None
    assert "Indstilling:" in req.description and "rojh" not in req.description


def test_linked_lines_open_what_they_name(qtbot, page, monkeypatch):
    from secretary_app.services import groups, meetings

    _meeting(page, local_today() + dt.timedelta(days=10))
    item = page.current_item()
    member = groups.list_members(page.ctx.store, page.group_id)[0]
    req = meetings.create_request_for_item(page.ctx.store, item.id, member.id, "speech")
    draft = meetings.create_draft_for_item(page.ctx.store, item.id, member.id, "speech")
    page._show_linked()
    opened = []
    monkeypatch.setattr(page.ctx.nav, "open_request", lambda rid: opened.append(("request", rid)))
    monkeypatch.setattr(page.ctx.nav, "open_draft", lambda did: opened.append(("draft", did)))
    assert page.linked.count() == 2
    for row in range(2):
        page.linked.itemActivated.emit(page.linked.item(row))
    assert opened == [("request", req.id), ("draft", draft.id)]


def test_draft_from_item_is_in_the_drafts_list_at_once(qtbot, main_window, monkeypatch):
    from secretary_app.services import meetings
    from secretary_app.ui.drafts.page import DraftsPage
    from secretary_app.ui.meetings import dialogs
    from secretary_app.ui.meetings.page import MeetingsPage

    window = main_window
    mpage = window.findChild(MeetingsPage)
    dpage = window.findChild(DraftsPage)
    window.show_page("drafts")
    before = dpage.model.rowCount()
    res = meetings.import_agenda_file(window.ctx.store, mpage.group_id, DATA / "kkr_hovedstaden_2026.txt")
    window.show_page("meetings")
    mpage.select_meeting(res.meeting.id)
    mpage.item_view.selectRow(3)
    monkeypatch.setattr(dialogs.LinkDialog, "exec", lambda dlg: (dlg._save(), dlg.result())[1])
    with qtbot.waitSignal(window.ctx.ops.changes_applied, timeout=10_000):
        mpage.link_dialog("draft")
    assert dpage.model.rowCount() == before + 1  # without a page change or a manual reload
    rows = [mpage.linked.item(r) for r in range(mpage.linked.count())]
    [draft_row] = [r for r in rows if (r.data(256) or ("",))[0] == "draft"]
    mpage.open_linked(draft_row)
    assert window.stack.currentWidget() is dpage
    assert dpage.editor.draft_id == draft_row.data(256)[1]
