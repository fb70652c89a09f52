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
