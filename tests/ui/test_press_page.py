"""Presseklip: three clippings triaged from the keyboard, then a digest; the DOCX digest has the
kept clippings and not the dismissed one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from secretary_app.services import groups
from secretary_app.services.press import clippings, sources, watch


@pytest.fixture
def page(qtbot, store, group):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.context import UiContext
    from secretary_app.ui.operations import OpRunner
    from secretary_app.ui.press.page import PressPage

    aisha = groups.create_member(store, group.id, groups.MemberInput(name="Aisha Rahimi"))
    jonas = groups.create_member(store, group.id, groups.MemberInput(name="Jonas Skovgaard"))
    watch.add_terms(store, group.id, aisha.id, "cykelsti")
    watch.add_terms(store, group.id, jonas.id, "skole")
    for title in ("Ny cykelsti på Ålholmvej", "Skolerne får legepladser", "Cykelstien er glat"):
        sources.import_article(store, group.id, text=f"{title}\nResumé: {title}.")
    ctx = UiContext(store, Settings(), "da")
    ctx.ops = OpRunner(lambda: store, ctx.undo_stack, inline=True)
    widget = PressPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.set_group(group.id)
    widget.aisha, widget.jonas, widget.store = aisha, jonas, store
    return widget


def _titles(page):
    return [r.title for r in page.model.rows]


def _press(page, qtbot, key, pick_first_menu_entry=False):
    if pick_first_menu_entry:
        def choose():
            menu = QApplication.activePopupWidget()
            if menu is None:  # not shown yet on a busy machine: look again
                QTimer.singleShot(20, choose)
                return
            menu.actions()[0].trigger()
            menu.close()
        QTimer.singleShot(20, choose)
    page.table.setFocus()
    qtbot.keyClick(page.table, key)


def test_triage_three_clippings_with_the_keyboard_then_a_digest(page, qtbot, tmp_path):
    assert len(_titles(page)) == 3 and page.table.currentIndex().row() == 0
    newest = _titles(page)[0]
    assert "cykelsti" in page.preview.toHtml().lower() and "ffe08a" in page.preview.toHtml()  # highlighted

    by_title = {r.title: r for r in page.model.rows}
    page.table.selectRow(_titles(page).index("Cykelstien er glat"))
    _press(page, qtbot, Qt.Key.Key_D)
    page.table.selectRow(_titles(page).index("Ny cykelsti på Ålholmvej"))
    _press(page, qtbot, Qt.Key.Key_K, pick_first_menu_entry=True)  # "Matched: Aisha Rahimi"
    page.table.selectRow(_titles(page).index("Skolerne får legepladser"))
    _press(page, qtbot, Qt.Key.Key_K, pick_first_menu_entry=True)
    qtbot.waitUntil(lambda: _titles(page) == [], timeout=5000)  # the inbox is empty

    status = {r.title: (r.status, r.kept_for) for r in clippings.list_clippings(page.store, page.group_id)}
    assert status["Cykelstien er glat"][0] == "dismissed"
    assert status["Ny cykelsti på Ålholmvej"] == ("kept", [page.aisha.id])
    assert status["Skolerne får legepladser"] == ("kept", [page.jonas.id])
    assert newest in by_title

    page.ctx.undo_stack.undo()  # the last keep is undone: back in the inbox
    assert _titles(page) == ["Skolerne får legepladser"]
    page.ctx.undo_stack.redo()
    assert _titles(page) == []

    from secretary_app.ui.press.dialogs import DigestDialog

    dlg = DigestDialog(page.ctx, page.group_id, page.members, page)
    dlg.span.setCurrentIndex(1)  # this week
    out = tmp_path / "presseklip.docx"
    done = []
    dlg.export_to(str(out), "docx", on_done=done.append)
    assert done and out.exists()
    from docx import Document

    xml = Document(str(out)).element.xml
    assert "Ny cykelsti på Ålholmvej" in xml and "Skolerne får legepladser" in xml
    assert "Cykelstien er glat" not in xml
    assert "Aisha Rahimi" in xml and "Jonas Skovgaard" in xml


def test_search_finds_dismissed_clippings_too(page, qtbot):
    page.table.selectRow(_titles(page).index("Cykelstien er glat"))
    _press(page, qtbot, Qt.Key.Key_D)
    page.filter.setCurrentIndex(4)  # all
    page.search.setText("glat")
    qtbot.waitUntil(lambda: _titles(page) == ["Cykelstien er glat"], timeout=3000)


def test_offline_sources_say_so(page, qtbot):
    sources.add_feed(page.store, page.group_id, "http://127.0.0.1:9/feed")
    page.fetch_feeds(force=True)
    qtbot.waitUntil(lambda: "Offline" in page.status.text(), timeout=5000)


def test_time_logged_on_the_page_counts_as_press_monitoring_and_can_be_undone(page):
    from secretary_app.services import requests as request_svc

    page.log_time(page.aisha.id, 30)
    monthly = [r for r in request_svc.list_requests(page.store, page.group_id, member_id=page.aisha.id)
               if r.title.startswith("Presseovervågning")]
    assert len(monthly) == 1 and request_svc.total_minutes(page.store, monthly[0].id) == 30
    page.ctx.undo_stack.undo()
    assert request_svc.total_minutes(page.store, monthly[0].id) == 0
