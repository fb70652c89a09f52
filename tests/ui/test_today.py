"""The I dag page: the start page, what is due across members, each line opening what it names."""

from __future__ import annotations

import datetime as dt

from secretary_app.services import today


def test_today_is_the_start_page_and_lists_what_is_due(main_window, qtbot):
    w = main_window
    page = w.pages["today"]
    assert w.stack.currentWidget() is page
    assert w.nav.item(0).text() == "I dag"
    qtbot.waitUntil(lambda: page.overview is not None, timeout=10_000)
    assert page.heading.text().startswith("I dag, ")


def test_overview_sections_from_the_demo(demo_store):
    from secretary_app.services import groups

    gid = groups.list_groups(demo_store)[0].id
    o = today.overview(demo_store, gid, dt.date(2026, 11, 20))
    assert o.items["overdue"] and all(i.day < dt.date(2026, 11, 20) for i in o.items["overdue"])
    assert all(i.day == dt.date(2026, 11, 20) for i in o.items["today"])
    assert all(dt.date(2026, 11, 20) < i.day <= dt.date(2026, 11, 22) for i in o.items["week"])
    assert o.items["flagged"] and o.items["flagged"][0].title.startswith(("Valgkamp", "Hvervning", "Privat"))
    assert o.items["meetings"] and all(i.count > 0 for i in o.items["meetings"])


def test_a_question_unanswered_after_ten_working_days_is_overdue(store, group):
    from secretary_app.services import groups, requests

    m = groups.create_member(store, group.id, groups.MemberInput(name="Ane Holm"))
    # Sent Friday 6 November 2026: ten working days later is Friday 20 November.
    requests.create_request(store, group.id, m.id, "politician_question", "Spørgsmål om busser",
                            sent_date=dt.date(2026, 11, 6), status="waiting")
    assert not today.overview(store, group.id, dt.date(2026, 11, 20)).items["answers"]
    late = today.overview(store, group.id, dt.date(2026, 11, 24)).items["answers"]
    assert [(i.title, i.count) for i in late] == [("Spørgsmål om busser", 2)]


def test_a_line_opens_the_request_it_names(main_window, qtbot, monkeypatch):
    from secretary_app.ui.board.request_dialog import RequestDialog

    page = main_window.pages["today"]
    qtbot.waitUntil(lambda: page.overview is not None and bool(page.buttons), timeout=10_000)
    opened = []
    monkeypatch.setattr(RequestDialog, "exec", lambda self: opened.append(self.request_id) or 0)
    board_sections = ("overdue", "today", "week", "answers", "waiting", "flagged")
    line = next(b for b in page.buttons if b.objectName().startswith("todayItem_")
                and b.objectName().split("_")[1] in board_sections)
    target = int(line.objectName().split("_")[-1])
    line.click()
    assert opened == [target]
    assert main_window.stack.currentWidget() is main_window.pages["board"]


def test_empty_today_says_what_to_do_with_a_button(qtbot, store, group):
    from secretary_app.ui.today_page import TodayPage
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext

    ctx = UiContext(store, Settings(), "da")
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show_overview(today.overview(store, group.id))
    assert page.findChild(type(page.refresh_button), "todayNewRequest") is not None
