"""Every kind of change reaches the page that shows it, even while that page is hidden.

Each change runs through its operation on the real database worker while another page is
on screen; then the page that shows it is opened and must show the new data. The first test
is the regression for the stale hours: time logged from the board left the activity log
showing the old total (the time panel announced "time", the log listened for "time_entry").
"""

from __future__ import annotations


import pytest

from secretary_app.domain.dates import local_today
from secretary_app.services import drafts, groups, guard, meetings, requests
from secretary_app.ui.drafts.page import RowRole


@pytest.fixture
def window(main_window, qtbot, monkeypatch):
    monkeypatch.setattr(main_window.ctx.ops, "inline", False)  # the app's own worker thread
    main_window.settle = lambda: qtbot.waitUntil(lambda: not main_window.ctx.ops.busy, timeout=20_000)
    return main_window


def _show(window, key):
    page = window.ctx.nav.show_page(key)
    assert window.stack.currentWidget() is page
    return page


def _a_member(window):
    return groups.list_members(window.ctx.store, window.ctx.group_id, include_inactive=False)[0]


def _new_request(window, title="Svar til borger om parkering"):
    gid, member = window.ctx.group_id, _a_member(window)
    window.ctx.ops.change("Ny opgave", lambda s: requests.create_request(
        s, gid, member.id, "speech", title, received_at=local_today())).run()
    window.settle()
    return next(r for r in requests.list_requests(window.ctx.store, gid, member_id=member.id) if r.title == title)


def test_time_logged_on_the_board_shows_in_the_activity_log(window, qtbot):
    from secretary_app.ui.board.time_panel import TimePanel

    reports = _show(window, "reports")
    before = reports.figures["minutes"].value.text()
    req = _new_request(window)
    _show(window, "board")  # the activity log is hidden now
    panel = TimePanel(window.ctx, req.id, req.title)
    qtbot.addWidget(panel)
    panel.minutes.setValue(95)
    panel.add_button.click()
    window.settle()
    assert "1:35" in panel.total.text()
    reports = _show(window, "reports")
    assert reports.figures["minutes"].value.text() != before
    assert reports.report.totals.minutes >= 95


def test_a_new_request_shows_on_the_board(window):
    board = _show(window, "board")
    member = _a_member(window)
    board.show_member(member.id)
    _show(window, "members")
    req = _new_request(window, "Opgave lavet mens tavlen var skjult")
    board = _show(window, "board")
    assert req.id in [c.id for col in board.columns.values() for c in col.model.cards]


def test_a_new_draft_shows_in_the_drafts_list(window):
    _show(window, "board")
    gid, member = window.ctx.group_id, _a_member(window)
    window.ctx.ops.change("Nyt udkast", lambda s: drafts.create_draft(s, gid, member.id, "memo", "Skjult notat")).run()
    window.settle()
    page = _show(window, "drafts")
    assert "Skjult notat" in [page.model.index(r).data(RowRole).title for r in range(page.model.rowCount())]


def test_a_new_meeting_shows_in_the_calendar(window):
    _show(window, "board")
    gid = window.ctx.group_id
    day = local_today().replace(day=20)
    window.ctx.ops.change("Nyt møde", lambda s: meetings.create_meeting(
        s, gid, day, body_kind="council", body_name="Skjult udvalg")).run()
    window.settle()
    page = _show(window, "meetings")
    page.show_month(day.year, day.month)
    names = [page.meeting_model.meeting_at(r).body_name for r in range(page.meeting_model.rowCount())]
    assert "Skjult udvalg" in names


def test_a_new_member_shows_in_the_members_table(window):
    _show(window, "board")
    gid = window.ctx.group_id
    window.ctx.ops.change("Nyt medlem", lambda s: groups.create_member(
        s, gid, groups.MemberInput(name="Skjult Medlemsen"))).run()
    window.settle()
    page = _show(window, "members")
    assert "Skjult Medlemsen" in [page.model.member_at(r).name for r in range(page.model.rowCount())]
    board = _show(window, "board")
    assert board.member_combo.findText("Skjult Medlemsen") >= 0


def test_a_new_task_type_shows_in_the_catalogue_and_the_board_filter(window):
    _show(window, "members")
    gid = window.ctx.group_id
    window.ctx.ops.change("Ny type", lambda s: groups.add_task_type(s, gid, "skjult_type", "Skjult type")).run()
    window.settle()
    page = _show(window, "catalogue")
    assert "skjult_type" in [page.model.type_at(r).code for r in range(page.model.rowCount())]
    board = _show(window, "board")
    assert board.type_filter.findData("skjult_type") >= 0


def test_a_guard_decision_shows_on_the_board_and_in_the_log(window):
    board = _show(window, "board")
    member = _a_member(window)
    board.show_member(member.id)
    req = _new_request(window, "Hjælp til valgkampens plakater")
    reports = _show(window, "reports")
    declined_before = reports.report.guard.declined
    _show(window, "members")
    window.ctx.ops.change("Afvis", lambda s: guard.decide(s, req.id, "declined", "")).run()
    window.settle()
    board = _show(window, "board")
    card = next(c for col in board.columns.values() for c in col.model.cards if c.id == req.id)
    assert card.status == "declined"
    reports = _show(window, "reports")
    assert reports.report.guard.declined == declined_before + 1
