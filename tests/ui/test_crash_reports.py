"""An unexpected exception becomes a crash report in the data folder and a Danish dialog;
the log file never holds a request's title or a member's name."""

from __future__ import annotations

import datetime as dt
import stat
import threading

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from secretary_app import applog
from secretary_app.services import groups
from secretary_app.ui import crash

SECRET = "Mette Lindholms private note om naboens hæk"


class Emitter(QObject):
    fired = Signal()


@pytest.fixture
def installed(qapp, data_dir):
    applog.setup()
    crash.install(qapp)
    yield data_dir / "logs"
    crash.uninstall()
    applog.teardown()


def _crash_dialog():
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.objectName() == "crashDialog" and w.isVisible():
            return w
    return None


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_writes_a_report_and_shows_the_dialog(installed, qtbot, capfd):
    def slot():
        raise ValueError(SECRET)

    emitter = Emitter()
    emitter.fired.connect(slot)
    QTimer.singleShot(0, emitter.fired.emit)
    qtbot.waitUntil(lambda: _crash_dialog() is not None, timeout=5000)
    reports = sorted(installed.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert "ValueError" in text and "in slot" in text  # type and place
    assert "Mette" not in text  # never the message: it may quote what the secretary typed
    assert stat.S_IMODE(reports[0].stat().st_mode) == 0o600
    box = _crash_dialog()
    assert "uventet fejl" in box.text() and str(reports[0]) in box.text()
    box.close()
    err = capfd.readouterr().err
    assert "Mette" not in err and "Traceback" not in err  # one line with the path, no traceback


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_reported_on_the_ui_thread(installed, qtbot):
    def work():
        raise KeyError(SECRET)

    t = threading.Thread(target=work, name="some-worker")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: _crash_dialog() is not None, timeout=5000)
    text = next(installed.glob("crash-*.txt")).read_text(encoding="utf-8")
    assert "KeyError" in text and "some-worker" in text and "Mette" not in text
    _crash_dialog().close()


def test_the_log_holds_no_titles_or_names_after_a_session_of_work(main_window, qtbot, data_dir):
    """Create a member and a request, log time, edit, move, undo, write a draft and export it,
    have an edit refused: the log records the operations, never their content."""
    from secretary_app.services import drafts, requests

    target = applog.setup()
    try:
        ctx = main_window.ctx
        gid = ctx.group_id
        member_name = "Ingeborg Testesen-Quist"
        title = "Cykelsti ved Skovlyskolen hemmelig titel"
        ops = ctx.ops
        ops.change("Nyt medlem", lambda s: groups.create_member(s, gid, groups.MemberInput(name=member_name)),
                   undo=lambda s, m: groups.delete_member(s, m.id)).run()
        member = next(m for m in groups.list_members(ctx.store, gid) if m.name == member_name)
        ops.change(f"Ny opgave {title}", lambda s: requests.create_request(
            s, gid, member.id, "speech", title, description=SECRET, received_at=dt.date.today())).run()
        req = next(r for r in requests.list_requests(ctx.store, gid, member_id=member.id) if r.title == title)
        ops.change("Tid", lambda s: requests.log_time(s, req.id, 25, None, SECRET)).run()
        ops.change("Flyt", lambda s: requests.move_request(s, req.id, "in_progress"),
                   undo=lambda s, _r: requests.move_request(s, req.id, "new")).run()
        ctx.undo_stack.undo()
        ctx.undo_stack.redo()
        ops.change(f"Ret {title}", lambda s: requests.update_request(s, req.id, title="")) \
            .failure(lambda exc: None).run()
        draft = drafts.create_draft(ctx.store, gid, member.id, "speech", title)
        page = main_window.ctx.nav.open_draft(draft.id)
        done = []
        page.export_to("txt", data_dir / "udkast.txt", lambda path, exc: done.append((path, exc)))
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        main_window.ctx.nav.show_page("reports")
        main_window.ctx.nav.show_member_board(member.id)
        ops.wait_idle(10)
        log = target.read_text(encoding="utf-8")
        assert "operations" in log  # the session was logged
        for secret in (member_name, title, SECRET, "Ingeborg", "Skovlyskolen", "Mette"):
            assert secret not in log
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        applog.teardown()
