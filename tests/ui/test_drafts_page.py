"""Udkast page (pytest-qt): typing autosaves, formatting, find/replace, undo, versions and diff,
speaking mode, press-release order, search, exports read back, bad input, a hard kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from secretary_app.services import drafts as svc
from secretary_app.services import groups


@pytest.fixture
def page(main_window, qtbot):
    page = main_window.show_page("drafts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    return page


def _select_kind(page, kind: str) -> int:
    for r in range(page.model.rowCount()):
        if page.model.rows[r].kind == kind:
            page.view.setCurrentIndex(page.model.index(r))
            return page.model.rows[r].id
    raise AssertionError(kind)


def _type_at_end(qtbot, editor, text: str) -> None:
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)
    editor.edit.setFocus()
    qtbot.keyClicks(editor.edit, text)


def test_typing_is_in_the_database_within_two_seconds(page, qtbot):
    draft_id = _select_kind(page, "speech")
    editor = page.editor
    assert editor.draft_id == draft_id
    start = time.monotonic()
    _type_at_end(qtbot, editor, " Cykelstierne skal udvides")
    store = page.ctx.store
    qtbot.waitUntil(lambda: "Cykelstierne skal udvides" in svc.get_draft(store, draft_id).plain_text, timeout=2000)
    assert time.monotonic() - start < 2.5
    assert "Cykelstierne skal udvides" in svc.get_draft(store, draft_id).body
    assert svc.search_draft_ids(store, page.group_id, "cykelstierne udvides") == [draft_id]
    # The writer's "saved" reaches the UI thread queued, a moment after the commit is visible.
    qtbot.waitUntil(lambda: editor.last_save_ms is not None, timeout=2000)
    assert "Gemt" in editor.save_label.text()


def test_status_line_counts_and_turns_red_over_the_limit(page, qtbot):
    _select_kind(page, "speech")
    editor = page.editor
    editor.limit_minutes.setValue(1)
    editor.edit.setPlainText("ord " * 100)
    editor.update_stats()
    assert editor.stats_label.text().startswith("100 ord")
    assert f"ved {editor.wpm} ord/min" in editor.stats_label.text()
    over = editor.wpm * 1 + 1
    editor.edit.setPlainText("ord " * over)
    editor.update_stats()
    assert editor.stats_label.property("over") is True
    from secretary_app.ui import colours

    assert colours.css(colours.danger(bg="window")) in editor.stats_label.styleSheet()  # red that reads
    editor.limit_minutes.setValue(0)
    editor.limit_chars.setValue(100)
    editor.update_stats()
    assert editor.stats_label.property("over") is True and "grænse 100" in editor.stats_label.text()
    assert svc.get_draft(page.ctx.store, editor.draft_id).limit_chars == 100


def test_formatting_find_replace_and_undo(page, qtbot, tmp_path):
    draft_id = page.new_draft("memo", "Formatering", interactive=False)
    editor = page.editor
    assert editor.draft_id == draft_id
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, "Overskrift")
    editor.set_heading(1)
    editor.edit.textCursor().movePosition(QTextCursor.MoveOperation.End)
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.edit.setTextCursor(cursor)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    editor.set_heading(0)
    qtbot.keyClicks(editor.edit, "Brødtekst med ")
    editor.act_bold.setChecked(True)
    editor.toggle_bold()
    qtbot.keyClicks(editor.edit, "fed")
    editor.act_bold.setChecked(False)
    editor.toggle_bold()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    editor.set_list(__import__("PySide6.QtGui", fromlist=["QTextListFormat"]).QTextListFormat.Style.ListDisc)
    qtbot.keyClicks(editor.edit, "punkt cykel")
    # find / replace
    editor.find_bar.open()
    editor.find_bar.find_edit.setText("cykel")
    editor.find_bar.replace_edit.setText("bus")
    assert editor.find_bar.replace_all() == 1
    assert "punkt bus" in editor.doc.toPlainText()
    # undo (Ctrl+Z inside the editor undoes the replacement)
    editor.edit.setFocus()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "punkt cykel" in editor.doc.toPlainText()
    assert editor.flush()
    out = tmp_path / "f.docx"
    done = {}
    page.export_to("docx", out, on_done=lambda r, e: done.update(r=r, e=e))
    qtbot.waitUntil(lambda: "r" in done, timeout=10000)
    assert done["e"] is None
    import docx

    doc = docx.Document(str(out))
    paras = {p.text: p for p in doc.paragraphs}
    assert paras["Overskrift"].style.name == "Heading 1"
    assert [r.text for r in paras["Brødtekst med fed"].runs if r.bold] == ["fed"]
    assert paras["punkt cykel"].style.name == "List Bullet"


def test_versions_create_diff_and_restore(page, qtbot):
    from secretary_app.ui.drafts.versions import VersionsDialog

    draft_id = page.new_draft("debate_article", "Versioner", interactive=False)
    editor = page.editor
    editor.edit.setPlainText("Første afsnit.\nAndet afsnit om cykler.")
    editor.flush()
    dlg = VersionsDialog(page.ctx, draft_id, page)
    qtbot.addWidget(dlg)
    v1 = dlg.new_version("Før redigering")
    assert v1 and dlg.list.count() == 1
    editor.edit.setPlainText("Første afsnit.\nAndet afsnit om busser.\nTredje afsnit.")
    editor.flush()
    dlg.show_diff()
    html = dlg.diff_view.toHtml()
    assert "cykler" in html and "busser" in html and "Tredje afsnit" in html
    assert "1 ændret" in dlg.summary.text() and "1 tilføjet" in dlg.summary.text()
    dlg.list.setCurrentRow(0)
    assert dlg.restore_selected(confirm=False)
    editor.reload()
    assert editor.doc.toPlainText() == "Første afsnit.\nAndet afsnit om cykler."
    names = [v.name for v in svc.list_versions(page.ctx.store, draft_id)]
    assert any(n.startswith("Før gendannelse") for n in names)  # the newer text is kept


def test_speaking_mode_scrolls_and_counts_down(page, qtbot):
    _select_kind(page, "speech")
    page.editor.edit.setPlainText("\n".join(["Et afsnit med en del ord i talen om byen."] * 80))
    page.editor.limit_minutes.setValue(1)
    view = page.open_speaking(fullscreen=False)
    qtbot.waitExposed(view)
    assert view.countdown.text() == "1:00"
    bar = view.text.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    view.advance(view.total_seconds() / 2)
    assert abs(bar.value() - bar.maximum() / 2) <= 2
    view.advance(view.total_seconds())
    assert view.countdown.property("over") is True and view.countdown.text().startswith("−")
    old = view.wpm
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.wpm == old + 10
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.running
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.speaking is None, timeout=2000)


def test_press_release_sent_times_warn_when_media_first(page, qtbot):
    from PySide6.QtCore import QDateTime

    from secretary_app.ui.drafts.dialogs import SentTimesDialog

    draft_id = page.new_draft("press_release", "Udspil", interactive=False)
    assert page.editor.act_sent.isVisible()
    dlg = SentTimesDialog(page.ctx, page.editor.draft, page)
    qtbot.addWidget(dlg)
    dlg.members_check.setChecked(True)
    dlg.media_check.setChecked(True)
    dlg.members_at.setDateTime(QDateTime.fromString("2026-03-02 10:00", "yyyy-MM-dd HH:mm"))
    dlg.media_at.setDateTime(QDateTime.fromString("2026-03-02 09:00", "yyyy-MM-dd HH:mm"))
    assert "før medlemmerne" in dlg.hint.text()
    dlg.accept()
    assert dlg.warning
    page.editor.set_draft(dlg.draft)
    assert "før medlemmerne" in page.editor.press_banner.text()
    d = svc.get_draft(page.ctx.store, draft_id)
    assert d.sent_media_at < d.sent_members_at


def test_search_filters_the_list(page, qtbot):
    draft_id = page.new_draft("memo", "Notat om svømmehaller", interactive=False)
    page.search_edit.setText("svømmehaller")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.model.rows[0].id == draft_id
    page.search_edit.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() > 1, timeout=3000)


def test_bad_input_gives_a_message_and_keeps_the_draft(page, qtbot, tmp_path):
    draft_id = _select_kind(page, "speech")
    editor = page.editor
    before = editor.doc.toPlainText()
    mime = QMimeData()
    mime.setText("ord " * 200_000)
    editor.edit.insertFromMimeData(mime)
    assert "for langt" in editor.notice_label.text()
    assert editor.doc.toPlainText() == before
    mime = QMimeData()
    mime.setText("nul\x00byte og مرحبا بالعالم")
    editor.edit.insertFromMimeData(mime)
    assert "NUL" in editor.notice_label.text()
    assert "\x00" not in editor.doc.toPlainText() and "nulbyte og مرحبا بالعالم" in editor.doc.toPlainText()
    assert editor.flush()
    assert "مرحبا بالعالم" in svc.get_draft(page.ctx.store, draft_id).plain_text
    done = {}
    page.export_to("docx", tmp_path / "findes-ikke" / "x.docx", on_done=lambda r, e: done.update(r=r, e=e))
    qtbot.waitUntil(lambda: "e" in done, timeout=5000)
    assert done["e"] is not None and "findes ikke" in editor.notice_label.text()
    page.export_to("pdf", "/proc/x.pdf", on_done=lambda r, e: done.update(pdf=e))
    assert done["pdf"] is not None
    assert "مرحبا" in svc.get_draft(page.ctx.store, draft_id).plain_text


def test_trash_and_undo(page, qtbot):
    draft_id = page.new_draft("memo", "Slettes", interactive=False)
    page.trash_selected()
    assert draft_id not in [r.id for r in page.model.rows]
    page.ctx.undo_stack.undo()
    assert draft_id in [r.id for r in page.model.rows]


def test_closing_the_window_flushes_pending_text(main_window, qtbot):
    page = main_window.show_page("drafts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    draft_id = _select_kind(page, "memo")
    _type_at_end(qtbot, page.editor, " lige før lukning")
    db = main_window.ctx.store.path
    main_window.close()
    from secretary_app.store.engine import Store

    store = Store(db)
    try:
        assert "lige før lukning" in svc.get_draft(store, draft_id).plain_text
    finally:
        store.close()


CHILD = textwrap.dedent("""
    import sys, time
    from secretary_app import paths
    paths.set_data_dir(sys.argv[1])
    from PySide6.QtWidgets import QApplication
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    app = QApplication([])
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow
    w = MainWindow(settings=Settings(), lang="da", seed_demo=False)
    w.show()
    ready = []
    loop = QEventLoop(); w.store_ready.connect(lambda: (ready.append(1), loop.quit())); w.open_store()
    if not ready:  # with inline operations the store is ready before the loop would start
        loop.exec()
    page = w.show_page("drafts")
    page.select_draft(int(sys.argv[2]))
    ed = page.editor
    c = ed.edit.textCursor(); c.movePosition(QTextCursor.MoveOperation.End); ed.edit.setTextCursor(c)
    ed.edit.setFocus()
    QTest.keyClicks(ed.edit, " Skrevet lige før nedbruddet")
    end = time.monotonic() + 2.0   # the promise: in the database within 2 s of the last keystroke
    while time.monotonic() < end:
        app.processEvents(); time.sleep(0.01)
    print("TYPED", flush=True)
    while True:
        app.processEvents(); time.sleep(0.05)
""")


@pytest.mark.slow
def test_kill_9_after_typing_keeps_the_text(demo_store, data_dir, tmp_path):
    first = groups.list_groups(demo_store)[0]
    draft_id = svc.list_drafts(demo_store, first.id)[0].id
    demo_store.close()
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, str(script), str(data_dir), str(draft_id)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    watchdog = threading.Timer(180, proc.kill)  # a child that never types must not hang the run
    watchdog.start()
    try:
        line = proc.stdout.readline()
        assert line.strip() == "TYPED", proc.stderr.read() if proc.poll() is not None else line
        os.kill(proc.pid, signal.SIGKILL)  # no flush, no close event
        proc.wait(timeout=10)
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    from secretary_app.services.opening import open_store

    store = open_store()
    try:
        assert "Skrevet lige før nedbruddet" in svc.get_draft(store, draft_id).plain_text
    finally:
        store.close()
