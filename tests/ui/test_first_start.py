"""The first start: a welcome instead of fictional data, a guided setup, demo data in and out."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox


def _rows(data_dir, table: str) -> int:
    con = sqlite3.connect(data_dir / "secretary.sqlite3")
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def empty_window(qtbot, data_dir):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.open_store()
    return window


def test_an_empty_folder_opens_on_the_welcome_and_writes_no_fictional_data(empty_window, data_dir):
    w = empty_window
    assert w.stack.currentWidget() is w.welcome
    assert not w.nav.isEnabled() and not w.group_combo.isEnabled()
    assert "DEMO" not in w.windowTitle()
    assert not w.act_remove_demo.isEnabled() and w.act_remove_demo.toolTip()
    for table in ("council", "party_group", "member", "request", "meeting", "draft"):
        assert _rows(data_dir, table) == 0, table


def test_guided_setup_creates_council_group_members_and_chosen_task_types(empty_window, qtbot, data_dir):
    from PySide6.QtCore import Qt

    from secretary_app.services import groups
    from secretary_app.ui.welcome import SetupDialog

    w = empty_window
    dlg = SetupDialog(w.ctx, w)
    qtbot.addWidget(dlg)
    dlg.council.setText("Aarhus Kommune")
    dlg.group_name.setText("Radikale Venstre")
    dlg.letter.setText("b")
    dlg.members.setPlainText("Ane Holm\n\n  Bo   Juul \nane holm\n")
    assert dlg.types.count() == 10  # the permitted types, all ticked
    dlg.types.item(0).setCheckState(Qt.CheckState.Unchecked)
    dlg.accept()
    qtbot.waitUntil(lambda: dlg.group_id is not None, timeout=10_000)
    w._groups_changed(select_id=dlg.group_id)
    store = w.ctx.store
    group = groups.get_group(store, dlg.group_id)
    assert (group.name, group.list_letter) == ("Radikale Venstre", "B")
    assert [m.name for m in groups.list_members(store, group.id)] == ["Ane Holm", "Bo Juul"]
    active = [t for t in groups.list_task_types(store, group.id) if t.active]
    assert len(active) == 9
    assert w.stack.currentWidget() is w.pages["today"]
    assert "Radikale Venstre" in w.windowTitle() and "DEMO" not in w.windowTitle()


def test_setup_refuses_a_missing_group_name_inline_and_writes_nothing(empty_window, qtbot, data_dir):
    from secretary_app.ui.welcome import SetupDialog

    dlg = SetupDialog(empty_window.ctx, empty_window)
    qtbot.addWidget(dlg)
    dlg.letter.setText("B")
    dlg.accept()
    assert dlg.error.isVisible() or dlg.error.text()
    assert "navn" in dlg.error.text()
    assert _rows(data_dir, "party_group") == 0


@pytest.mark.slow
def test_demo_is_marked_in_the_title_and_removed_keeping_the_users_group(empty_window, qtbot, data_dir, monkeypatch):
    from secretary_app.services import groups

    w = empty_window
    w.encryption_choice = "plain"  # the plain path; the encrypted one is in test_encryption_setup.py
    w.welcome.demo_button.click()
    qtbot.waitUntil(lambda: w.group_combo.count() == 4, timeout=60_000)
    assert "DEMO" in w.windowTitle()
    assert w.act_remove_demo.isEnabled()
    assert w.stack.currentWidget() is w.pages["today"]
    # The user's own group next to the demo.
    own = groups.create_group(w.ctx.store, "Egen gruppe", "Q")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.act_remove_demo.trigger()
    qtbot.waitUntil(lambda: w.group_combo.count() == 1, timeout=30_000)
    assert w.group_combo.itemData(0) == own.id
    assert "DEMO" not in w.windowTitle() and not w.act_remove_demo.isEnabled()
    assert _rows(data_dir, "request") == 0 and _rows(data_dir, "member") == 0
    assert list((data_dir / "backups").glob("*.sqlite3"))  # a way back was taken first


def test_removing_the_only_data_returns_to_the_welcome(main_window, qtbot, monkeypatch):
    w = main_window
    assert "DEMO" in w.windowTitle()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.act_remove_demo.trigger()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.welcome, timeout=30_000)
    assert w.group_combo.count() == 0 and w.ctx.group_id is None


def test_without_a_group_left_no_page_can_be_reached_and_group_actions_say_why(main_window, qtbot, monkeypatch):
    """Filer › Fjern demodata on a store that holds only the demo: the welcome, not the pages
    with the removed rows; what needs a group is disabled and says why; a demo brings it back."""
    from PySide6.QtGui import QAction

    w = main_window
    w.show_page("board")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w.act_remove_demo.trigger()
    qtbot.waitUntil(lambda: w.stack.currentWidget() is w.welcome, timeout=30_000)
    # Every way to a page: the navigation, Vis › Ctrl+1 … Ctrl+8, ctx.nav (the tray's "Vis I dag",
    # a reminder opening its request).
    assert not w.nav.isEnabled() and "partigruppe" in w.nav.toolTip() and not w.nav.selectedItems()
    assert w.ctx.nav.show_page("today") is None and w.ctx.nav.open_request(1) is None
    assert w.stack.currentWidget() is w.welcome
    page_actions = [a for a in w.view_menu.actions() if a.shortcut().toString().startswith("Ctrl+")]
    assert len(page_actions) >= 8
    for act in page_actions:
        assert not act.isEnabled() and "Opret først en partigruppe" in act.toolTip(), act.text()
        act.trigger()
    assert w.stack.currentWidget() is w.welcome
    import_mail = w.findChild(QAction, "importMail")
    for act in (w.act_edit_group, w.act_print, import_mail):
        assert not act.isEnabled() and "partigruppe" in act.toolTip(), act.text()
    w.file_menu.aboutToShow.emit()  # the print entry's own check does not turn it back on
    assert not w.act_print.isEnabled()
    assert w.act_new_group.isEnabled()  # the way out stays open
    assert w.welcome.demo_button.isEnabled() and w.welcome.empty_button.isEnabled()
    # Trying the demo again makes the pages reachable again.
    w.encryption_choice = "plain"
    w.welcome.demo_button.click()
    qtbot.waitUntil(lambda: w.group_combo.count() == 4, timeout=60_000)
    assert w.nav.isEnabled() and all(a.isEnabled() for a in page_actions)
    assert w.ctx.nav.show_page("board") is w.pages["board"]
    assert w.pages["board"].columns["new"].model.cards  # the new demo's cards, not the removed ones
