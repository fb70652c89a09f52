"""The window's lock (pytest-qt): idle time and *Lås nu* hide the data after saving the open
draft; nothing of it is left in a visible widget or the accessibility tree; the right secret
unlocks, a wrong one does not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit,
)

from secretary_app.services import drafts as svc

SECRET_TEXT = "Hemmelig cykelsti ved Nørrebrogade"


def visible_texts() -> list[str]:
    """Every text a visible widget shows (or names to a screen reader), with the window titles."""
    out = []
    for w in QApplication.allWidgets():
        if not w.isVisible():
            continue
        out += [w.windowTitle(), w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            out.append(w.text())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            m, root = w.model(), QModelIndex()
            try:
                columns = m.columnCount(root)
            except TypeError:  # a list model (its column count is private in PySide6)
                columns = 1
            out += [str(m.index(r, c, root).data()) for r in range(min(m.rowCount(root), 200))
                    for c in range(columns)]
    return out


def accessible_texts(widget, *, hidden_too: bool = False) -> list[str]:
    """What a screen reader can read under ``widget`` (with ``hidden_too``, also parts it skips)."""
    out, stack = [], [QAccessible.queryAccessibleInterface(widget)]
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid() or (iface.state().invisible and not hidden_too):
            continue
        out += [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Value),
                iface.text(QAccessible.Text.Description)]
        stack += [iface.child(i) for i in range(iface.childCount())]
    return out


def shows(text: str, window) -> bool:
    return any(text in t for t in visible_texts()) or any(text in t for t in accessible_texts(window))


@pytest.fixture
def drafts_page(main_window, qtbot):
    page = main_window.show_page("drafts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.draft_id is not None, timeout=5000)
    return page


def type_unsaved(qtbot, editor, text: str) -> None:
    editor.autosave_timer.setInterval(60_000)  # nothing saves the typing on its own before the lock
    editor.max_wait_timer.setInterval(60_000)
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, " " + text)
    assert editor._dirty


def test_lock_now_on_a_plain_store_saves_hides_and_unlocks_with_a_button(main_window, drafts_page, qtbot):
    editor = drafts_page.editor
    draft_id = editor.draft_id
    type_unsaved(qtbot, editor, SECRET_TEXT)
    assert SECRET_TEXT not in svc.get_draft(main_window.ctx.store, draft_id).plain_text
    assert shows(SECRET_TEXT, main_window)
    group_name = main_window.group_combo.currentText().split(" – ")[-1]
    assert shows(group_name, main_window)
    main_window.lock.action.trigger()
    assert main_window.lock.locked
    assert SECRET_TEXT in svc.get_draft(main_window.ctx.store, draft_id).plain_text
    assert not shows(SECRET_TEXT, main_window)
    assert not any(SECRET_TEXT in t for t in accessible_texts(main_window, hidden_too=True))  # not even hidden
    assert not shows(group_name, main_window) and "låst" in main_window.windowTitle()
    panel = main_window.centralWidget()
    assert not panel.encrypted and "ikke krypteret" in panel.info.text()
    assert not panel.secret.isVisible()
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.lock.locked, timeout=5000)
    assert shows(SECRET_TEXT, main_window)
    assert main_window.centralWidget().isVisible() and main_window.pages["drafts"].isVisible()
    assert editor.draft_id == draft_id


def test_idle_time_locks_and_input_postpones_it(main_window, drafts_page, qtbot):
    lock = main_window.lock
    lock.idle.set_interval(200)
    qtbot.waitUntil(lambda: lock.locked, timeout=5000)
    assert main_window.pages["drafts"].window() is not main_window
    lock.unlock()
    assert not lock.locked
    main_window.settings.auto_lock_minutes = 0
    lock.apply_settings()
    assert not lock.idle.timer.isActive()


PASSPHRASE = "korrekt hest batteri"


@pytest.fixture
def encrypted_window(qtbot, data_dir):
    """The main window on an encrypted demo store, opened with the keyring's key."""
    import datetime as dt

    from secretary_app import paths
    from secretary_app.services.demo import run_demo
    from secretary_app.services.encryption import create_encrypted_store
    from secretary_app.services.opening import open_store
    from secretary_app.services.settings import Settings
    from secretary_app.store import cipher
    from secretary_app.ui.main_window import MainWindow

    recovery = create_encrypted_store(paths.db_path(), PASSPHRASE)
    store = open_store()
    run_demo(store, seed=7, today=dt.date(2026, 11, 20))
    store.close()
    cipher.forget_all()  # as after a restart: only the keyring (or a secret) opens it
    window = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=30_000):
        window.open_store()
    window.recovery_key = recovery
    return window


def test_auto_lock_with_an_open_draft_on_an_encrypted_store(encrypted_window, qtbot):
    window = encrypted_window
    page = window.show_page("drafts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    page.view.setCurrentIndex(page.model.index(0))
    qtbot.waitUntil(lambda: page.editor.draft_id is not None, timeout=5000)
    editor, draft_id = page.editor, page.editor.draft_id
    type_unsaved(qtbot, editor, SECRET_TEXT)
    window.lock.idle.set_interval(100)  # a tiny idle time: the test does not touch anything now
    qtbot.waitUntil(lambda: window.lock.locked, timeout=10_000)
    assert SECRET_TEXT in svc.get_draft(window.ctx.store, draft_id).plain_text  # saved before hiding
    assert not shows(SECRET_TEXT, window)
    assert not any(SECRET_TEXT in t for t in accessible_texts(window, hidden_too=True))
    panel = window.centralWidget()
    assert panel.encrypted and panel.secret.isVisible() and panel.keyring_button.isVisible()
    assert panel.recovery_button.text() == "Brug gendannelsesnøglen …"

    panel.secret.setText("forkert kodeord")
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "forkert" in panel.error.text() and window.lock.locked
    assert not shows(SECRET_TEXT, window)

    panel.toggle_recovery()
    panel.secret.setText("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "passer ikke" in panel.error.text() and window.lock.locked

    panel.toggle_recovery()
    panel.secret.setText(PASSPHRASE)
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=10_000)
    assert shows(SECRET_TEXT, window) and editor.draft_id == draft_id
    assert window.stack.currentWidget() is page


def test_keyring_and_recovery_key_unlock_and_a_lost_keyring_says_so(encrypted_window, qtbot, test_keyring):
    window = encrypted_window
    window.lock.lock("menu")
    panel = window.centralWidget()
    qtbot.mouseClick(panel.keyring_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=10_000)
    test_keyring.entries.clear()  # the keyring lost its entry (a new desktop, an old keychain)
    window.lock.lock("menu")
    panel = window.centralWidget()
    qtbot.mouseClick(panel.keyring_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "Nøgleringen kunne ikke" in panel.error.text() and window.lock.locked
    qtbot.mouseClick(panel.recovery_button, Qt.MouseButton.LeftButton)
    panel.secret.setText(window.recovery_key.lower().replace("-", " "))
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=10_000)
    assert test_keyring.entries  # the recovery unlock put the key back into the keyring


def test_an_open_dialog_is_covered_while_locked(main_window, qtbot):
    from secretary_app.ui.group_dialog import GroupDialog

    dlg = GroupDialog(main_window.ctx, main_window.ctx.group_id, main_window)
    qtbot.addWidget(dlg)
    dlg.show()
    group_name = main_window.group_combo.currentText().split(" – ")[-1]
    assert shows(group_name, main_window)
    main_window.lock.lock("menu")
    assert dlg.isVisible() and not shows(group_name, main_window)
    covers = [p for p in main_window.lock.panels if p.window() is dlg]
    assert covers and covers[0].isVisible()
    qtbot.mouseClick(covers[0].unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main_window.lock.locked, timeout=5000)
    assert shows(group_name, main_window) and dlg.isVisible()


def test_change_passphrase_from_the_settings(encrypted_window, qtbot):
    from secretary_app import paths
    from secretary_app.services.encryption import unlock_key
    from secretary_app.store import cipher
    from secretary_app.ui.lock.passphrase_dialog import ChangePassphraseDialog
    from secretary_app.ui.settings_dialog import SettingsDialog

    window = encrypted_window
    settings = SettingsDialog(window.settings, window)
    qtbot.addWidget(settings)
    assert settings.findChild(QAbstractButton, "changePassphraseButton") is not None
    before = paths.db_path().read_bytes()
    dlg = ChangePassphraseDialog(window.ctx, paths.db_path(), settings)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.old.setText("forkert kodeord")
    dlg.new.setText("nyt langt kodeord")
    dlg.repeated.setText("nyt langt kodeord")
    dlg.accept()
    qtbot.waitUntil(dlg.error.isVisible, timeout=10_000)
    assert "forkert" in dlg.error.text() and dlg.isVisible()
    dlg.old.setText(PASSPHRASE)
    dlg.repeated.setText("nyt langt kodeorx")
    dlg.accept()
    qtbot.waitUntil(lambda: "ikke ens" in dlg.error.text(), timeout=10_000)
    dlg.repeated.setText("nyt langt kodeord")
    dlg.accept()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=30_000)
    assert paths.db_path().read_bytes() == before  # the data is not re-encrypted
    cipher.forget_all()
    assert unlock_key(paths.db_path(), passphrase="nyt langt kodeord", use_keyring=False) is not None
    with pytest.raises(Exception, match="forkert"):
        unlock_key(paths.db_path(), passphrase=PASSPHRASE, use_keyring=False)
    window.lock.lock("menu")
    panel = window.centralWidget()
    panel.secret.setText("nyt langt kodeord")
    qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock.locked, timeout=10_000)


def test_screen_lock_signal_locks_and_a_message_box_is_covered(main_window, qtbot):
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, "Slet", "Slet udkastet »Tale om cykelstier«?", parent=main_window)
    qtbot.addWidget(box)
    box.show()
    main_window.lock.screen.on_active_changed(False)  # the screensaver went away: nothing happens
    assert not main_window.lock.locked
    main_window.lock.screen.on_active_changed(True)
    assert main_window.lock.locked and box.isVisible()
    assert not shows("Tale om cykelstier", main_window)
    cover = next(p for p in main_window.lock.panels if p.window() is box)
    assert cover.width() >= cover.minimumSizeHint().width()
    main_window.lock.unlock()
    assert shows("Tale om cykelstier", main_window)


def test_closing_while_locked_saves_and_closes(main_window, drafts_page, qtbot):
    main_window.lock.lock("menu")
    assert drafts_page.window() is not main_window
    main_window.close()
    assert not main_window.isVisible()
    assert drafts_page.window() is main_window  # the pages went back into the window, unseen, and close with it


def test_ctrl_l_locks_and_the_menu_entry_sits_in_the_file_menu(main_window, qtbot):
    assert main_window.lock.action in main_window.file_menu.actions()
    assert main_window.lock.action.shortcut().toString() == "Ctrl+L"
    main_window.activateWindow()
    main_window.nav.setFocus()
    qtbot.keyClick(main_window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main_window.lock.locked, timeout=5000)
    assert not main_window.act_new_group.isEnabled()  # no action reaches the data while locked
    main_window.lock.unlock()
    assert main_window.act_new_group.isEnabled()
