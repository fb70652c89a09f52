"""An empty group's pages say what to do next, with a button for it; buttons that cannot work
yet are disabled and say why."""

from __future__ import annotations

import pytest


@pytest.fixture
def empty_window(qtbot, store, group):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    store.close()
    window = MainWindow(settings=Settings(), lang="da", seed_demo=False)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.open_store()
    return window


def test_the_board_of_a_group_without_members_says_to_add_one(empty_window, qtbot, monkeypatch):
    page = empty_window.show_page("board")
    assert page.empty.isVisibleTo(page) and "ingen medlemmer" in page.empty.label.text()
    assert page.empty.button.text() == "Nyt medlem …"
    assert not page.new_button.isEnabled() and "Opret et medlem først" in page.new_button.toolTip()
    assert page.new_request() is None  # Ctrl+N does nothing silently no more: it is disabled
    members = empty_window.pages["members"]
    opened = []
    monkeypatch.setattr(members, "new_member", lambda: opened.append(True))
    page.empty.button.click()
    assert opened == [True] and empty_window.stack.currentWidget() is members


def test_a_member_makes_the_board_ready_and_the_note_says_to_register_a_request(empty_window, qtbot):
    from secretary_app.services import groups

    page = empty_window.show_page("board")
    empty_window.ctx.ops.change("Nyt medlem", lambda s: groups.create_member(s, empty_window.ctx.group_id, groups.MemberInput(name="Ida Holm"))).run()
    empty_window.ctx.ops.wait_idle(5)
    qtbot.waitUntil(lambda: page.new_button.isEnabled(), timeout=5000)
    assert page.empty.isVisibleTo(page) and page.empty.button.text() == "Ny opgave …"


def test_drafts_meetings_and_press_say_what_to_do(empty_window):
    drafts = empty_window.show_page("drafts")
    assert drafts.empty.isVisibleTo(drafts) and drafts.empty.button.text() == "Nyt medlem …"
    assert not drafts.new_btn.isEnabled() and "Opret et medlem først" in drafts.new_btn.toolTip()
    assert not drafts.trash_btn.isEnabled()
    meetings = empty_window.show_page("meetings")
    assert meetings.empty.isVisibleTo(meetings) and meetings.empty.button.text() == "Importér mødeplan …"
    assert not meetings.request_btn.isEnabled() and meetings.request_btn.toolTip()
    press = empty_window.show_page("press")
    empty_window.ctx.ops.wait_idle(5)
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert press.empty.isVisibleTo(press) and press.empty.button.text() == "Tilføj feed …"
    assert not press.btn_fetch.isEnabled() and "Tilføj et feed først" in press.btn_fetch.toolTip()


def test_pages_with_data_show_no_empty_note(main_window):
    for key in ("board", "drafts", "meetings"):
        page = main_window.show_page(key)
        assert not page.empty.isVisibleTo(page), key
    assert main_window.pages["board"].new_button.isEnabled()


def test_delete_is_enabled_for_the_selected_draft(main_window, qtbot):
    drafts = main_window.show_page("drafts")
    qtbot.waitUntil(lambda: drafts.model.rowCount() > 0, timeout=5000)
    drafts.reload()
    assert drafts.view.currentIndex().isValid() and drafts.trash_btn.isEnabled()
