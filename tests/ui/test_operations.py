"""The operation runner: one notice per change, undo through the runner, errors once, jobs."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QUndoStack

from secretary_app.domain.changes import Changes, Kind, changes, collect, derive
from secretary_app.domain.errors import ValidationError
from secretary_app.ui.operations import Cancelled, OpRunner


class FakeStore:
    def __init__(self):
        self.value = 0
        self.threads: list[str] = []


@changes(Kind.REQUESTS)
def bump(store, by):
    store.threads.append(threading.current_thread().name)
    store.value += by
    return store.value


@pytest.fixture(params=["inline", "worker"])
def runner(request, qtbot):
    store = FakeStore()
    undo = QUndoStack()
    ops = OpRunner(lambda: store, undo, inline=request.param == "inline")
    ops.store = store
    yield ops
    ops.shutdown(5)


def _settle(ops, qtbot):
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)


def test_change_runs_off_the_ui_thread_and_broadcasts_once(runner, qtbot):
    seen = []
    runner.changes_applied.connect(seen.append)
    results = []
    runner.change("Tæl", lambda s: bump(s, 2), undo=lambda s, _r: bump(s, -2)).success(results.append).run()
    _settle(runner, qtbot)
    assert results == [2]
    assert len(seen) == 1 and seen[0].touches(Kind.REQUESTS) and not seen[0].touches(Kind.DRAFTS)
    if not runner.inline:
        assert runner.store.threads == ["db-worker"]


def test_undo_and_redo_replay_through_the_runner(runner, qtbot):
    seen = []
    runner.changes_applied.connect(seen.append)
    runner.change("Tæl", lambda s: bump(s, 5), undo=lambda s, _r: bump(s, -5)).run()
    _settle(runner, qtbot)
    assert runner.undo_stack.count() == 1 and runner.undo_stack.undoText() == "Tæl"
    runner.undo_stack.undo()
    _settle(runner, qtbot)
    assert runner.store.value == 0
    runner.undo_stack.redo()
    _settle(runner, qtbot)
    assert runner.store.value == 5
    assert len(seen) == 3  # do, undo, redo: each announced once


def test_an_app_error_reaches_the_failure_callback_and_records_no_undo(runner, qtbot):
    def refuse(_store):
        raise ValidationError("Titlen mangler.", "The title is missing.")

    errors, results = [], []
    runner.change("Gem", refuse, undo=lambda s, r: None).success(results.append).failure(errors.append).run()
    _settle(runner, qtbot)
    assert [e.message("da") for e in errors] == ["Titlen mangler."]
    assert results == [] and runner.undo_stack.count() == 0


def test_unexpected_errors_are_shown_once_without_their_message(runner, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr("secretary_app.ui.operations.runner.show_failure",
                        lambda exc, lang, parent: shown.append(exc))

    def crash(_store):
        raise KeyError("Mette Lindholms private note")

    runner.change("Gem", crash).run()
    _settle(runner, qtbot)
    assert len(shown) == 1 and isinstance(shown[0], KeyError)
    from secretary_app.ui.operations.errors import user_message
    assert "Mette" not in user_message(shown[0], "da")


def test_a_job_reports_progress_and_can_be_cancelled(qtbot):
    ops = OpRunner(lambda: None)
    started, release = threading.Event(), threading.Event()
    outcome = []

    def long_job(_store, progress):
        started.set()
        release.wait(5)
        progress.report(1, 2)
        progress.check()
        outcome.append("finished")

    ops.job("Eksporterer", long_job).with_cancel().success(lambda _r: outcome.append("success")).run()
    assert started.wait(5)
    assert ops.busy
    ops._running[next(iter(ops._running))][2].cancel()
    release.set()
    qtbot.waitUntil(lambda: not ops.busy, timeout=5000)
    assert outcome == []  # cancelled: neither finished nor reported as success or error
    ops.shutdown(5)


def test_jobs_run_in_order_and_shutdown_waits_for_them(qtbot):
    order = []
    ops = OpRunner(lambda: None)
    gate = threading.Event()
    ops.query(lambda _s: (gate.wait(5), order.append(1))).run()
    ops.query(lambda _s: order.append(2)).run()
    gate.set()
    assert ops.shutdown(5)
    assert order == [1, 2]
    ops.query(lambda _s: order.append(3)).run()  # refused after shutdown, not run
    assert order == [1, 2]


def test_notice_derivation():
    store = FakeStore()
    with collect() as notices:
        bump(store, 1)
        bump(store, 1)
    assert derive(2, notices) == Changes.of(Kind.REQUESTS)
    bump(store, 1)  # outside an operation nothing is collected, nothing breaks
    explicit = Changes.of(Kind.DRAFTS, 7)
    assert derive(3, notices, explicit) is explicit
    assert derive(Changes.of(Kind.MEMBERS, 4)).ids_of(Kind.MEMBERS) == {4}
    assert Changes.of(Kind.STORE).touches(Kind.TIME_ENTRIES)  # a restore makes everything stale
    assert not Changes().touches(Kind.REQUESTS)
    with pytest.raises(Cancelled):
        raise Cancelled()
