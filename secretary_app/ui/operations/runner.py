"""The operation runner: every change from the GUI, and all long work, goes through here."""

from __future__ import annotations

import importlib
import logging
import time
from typing import Any, Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from secretary_app.domain.changes import Changes, Kind, collect, derive
from secretary_app.ui.operations.errors import log_failure, show_failure
from secretary_app.ui.operations.worker import Cancelled, Progress, SerialWorker

log = logging.getLogger("secretary_app.operations")

StoreFn = Callable[[Any], Any]
PROGRESS_AFTER_MS = 1000  # a job that ends sooner never flashes a dialog


class Op:
    """One piece of work, configured fluently and started with ``run()``."""

    def __init__(self, runner: "OpRunner", label: str, fn: Callable[..., Any], *, mode: str,
                 undo: Callable[[Any, Any], Any] | None = None,
                 changes: Changes | Kind | None = None):
        self._runner, self.label, self.fn, self.mode = runner, label, fn, mode
        self.undo_fn, self.explicit = undo, changes
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.parent: QWidget | None = None
        self.cancellable = False
        self.preload: tuple[str, ...] = ()
        self.started = 0.0

    @property
    def where(self) -> str:
        """The code that asked for the work: safe to log, unlike the label (it may hold a title)."""
        fn = self.fn
        return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', type(fn).__name__)}"

    def success(self, callback: Callable[[Any], None]) -> "Op":
        self.on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> "Op":
        """Handle the error yourself (e.g. show it inline in a form) instead of a message box."""
        self.on_failure = callback
        return self

    def with_parent(self, widget: QWidget | None) -> "Op":
        self.parent = widget
        return self

    def with_cancel(self) -> "Op":
        self.cancellable = True
        return self

    def with_preload(self, *modules: str) -> "Op":
        """Modules the job imports (python-docx, pypdf, ...): imported here, on the UI thread,
        before the job starts, so no first import ever runs on the worker while Qt collects."""
        self.preload = modules
        return self

    def run(self) -> None:
        self._runner._start(self)


class _OpCommand(QUndoCommand):
    """An undo entry whose redo and undo run through the runner, like the first time."""

    def __init__(self, runner: "OpRunner", op: Op, result: Any):
        super().__init__(op.label)
        self._runner, self._op, self._result = runner, op, result
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # it already ran; push() only records it
            return
        self._runner._replay(self._op, self._op.fn, lambda r: setattr(self, "_result", r))

    def undo(self) -> None:
        result, undo = self._result, self._op.undo_fn
        self._runner._replay(self._op, lambda store: undo(store, result), None)


class OpRunner(QObject):
    """``ops.change(label, do, undo=...)``, ``ops.query(fn)``, ``ops.job(label, fn)``.

    ``do``/``fn`` take the store; ``undo`` takes the store and what ``do`` returned. Every
    finished change emits ``changes_applied(Changes)`` exactly once. ``inline=True`` (tests,
    headless tools) runs everything synchronously on the calling thread, same contract.
    """

    changes_applied = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, store_getter: Callable[[], Any], undo_stack: QUndoStack | None = None, *,
                 lang: str = "da", inline: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store_getter
        self.undo_stack = undo_stack
        self.lang = lang
        self.inline = inline
        self._worker = SerialWorker()
        self._relay_connected = False
        self._running: dict[int, tuple[Op, Callable[[Any], None] | None, Progress | None]] = {}
        self._dialogs: dict[int, QProgressDialog] = {}
        self._replaying: set[int] = set()  # undo/redo runs: no new undo entry, no callbacks
        self._closed = False

    # -- building operations -------------------------------------------------------------
    def change(self, label: str, do: StoreFn, *, undo: Callable[[Any, Any], Any] | None = None,
               changes: Changes | Kind | None = None) -> Op:
        return Op(self, label, do, mode="change", undo=undo, changes=changes)

    def query(self, fn: StoreFn, label: str = "query") -> Op:
        return Op(self, label, fn, mode="query")

    def job(self, label: str, fn: Callable[[Any, Progress], Any], *,
            changes: Changes | Kind | None = None) -> Op:
        return Op(self, label, fn, mode="job", changes=changes)

    # -- state ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_idle(self, timeout: float | None = None) -> bool:
        return self._worker.wait_idle(timeout)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel what can be cancelled, let the rest finish; then no more work is taken."""
        self._closed = True
        for _op, _cb, progress in self._running.values():
            if progress is not None:
                progress.cancel()
        return self._worker.stop(timeout)

    # -- running -------------------------------------------------------------------------
    def _start(self, op: Op) -> None:
        if self._closed:
            log.warning("operation refused after shutdown: %s", op.where)
            return
        for name in op.preload:
            importlib.import_module(name)
        op.started = time.perf_counter()
        token = self._worker.new_token()
        progress = Progress(token, self._worker.relay) if op.mode == "job" else None
        store_getter = self._store

        def work():
            with collect() as notices:
                result = op.fn(store_getter(), progress) if op.mode == "job" else op.fn(store_getter())
            return result, notices

        self._submit(token, op, work, None, progress)

    def _replay(self, op: Op, fn: StoreFn, keep: Callable[[Any], None] | None) -> None:
        store_getter = self._store
        token = self._worker.new_token()
        op.started = time.perf_counter()

        def work():
            with collect() as notices:
                result = fn(store_getter())
            return result, notices

        self._submit(token, op, work, keep, None, replay=True)

    def _connect_relay(self) -> None:
        # Connected on the first operation, not in __init__: touching the ``Qt`` enum
        # namespace costs about 0.1 s, and the runner is built before the window's first paint.
        if self._relay_connected:
            return
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._worker.relay.finished.connect(self._finished, queued)
        self._worker.relay.failed.connect(self._failed, queued)
        self._worker.relay.progress.connect(self._progress, queued)
        self._relay_connected = True

    def _submit(self, token: int, op: Op, work: Callable[[], Any],
                keep: Callable[[Any], None] | None, progress: Progress | None,
                replay: bool = False) -> None:
        self._connect_relay()
        was_busy = self.busy
        self._running[token] = (op, keep, progress)
        if replay:
            self._replaying.add(token)
        if not was_busy:
            self.busy_changed.emit(True)
        if self.inline:
            try:
                result = work()
            except BaseException as exc:  # noqa: BLE001 - reported like a worker failure
                self._failed(token, exc)
            else:
                self._finished(token, result)
            return
        if progress is not None:
            QTimer.singleShot(PROGRESS_AFTER_MS, lambda: self._show_progress(token))
        self._worker.submit(token, work)

    def _done(self, token: int):
        op, keep, progress = self._running.pop(token)
        dialog = self._dialogs.pop(token, None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
        replay = token in self._replaying
        self._replaying.discard(token)
        return op, keep, replay

    def _finished(self, token: int, outcome: tuple[Any, list[Changes]]) -> None:
        op, keep, replay = self._done(token)
        result, notices = outcome
        if keep is not None:
            keep(result)
        notice = Changes() if op.mode == "query" else derive(result, notices, op.explicit)
        if op.mode == "change" and not replay and op.undo_fn is not None and self.undo_stack is not None:
            self.undo_stack.push(_OpCommand(self, op, result))
        log.info("%s %s%s: %d ms, %s", op.mode, op.where, " (undo/redo)" if replay else "",
                 (time.perf_counter() - op.started) * 1000 if op.started else -1, notice.kinds)
        if not notice and op.mode == "change" and op.explicit is None:
            # A change no marked service recorded: an unmarked service, and pages stay stale.
            log.warning("change %s announced no changes (is its service marked @changes?)", op.where)
        if notice:
            self.changes_applied.emit(notice)
        if not replay and op.on_success is not None:
            op.on_success(result)

    def _failed(self, token: int, exc: BaseException) -> None:
        op, _keep, replay = self._done(token)
        if isinstance(exc, Cancelled):
            log.info("operation cancelled: %s", op.where)
            return
        log_failure(op.where, exc)
        if not replay and op.on_failure is not None:
            op.on_failure(exc)
        else:
            show_failure(exc, self.lang, op.parent)

    # -- progress ------------------------------------------------------------------------
    def _show_progress(self, token: int) -> None:
        entry = self._running.get(token)
        if entry is None or token in self._dialogs:
            return
        op, _keep, progress = entry
        dialog = QProgressDialog(op.label, self.tr("Annuller") if op.cancellable else "", 0, 0, op.parent)
        dialog.setWindowTitle(op.label)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        if op.cancellable and progress is not None:
            dialog.canceled.connect(progress.cancel)
        else:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialogs[token] = dialog

    def _progress(self, token: int, done: int, total: int) -> None:
        dialog = self._dialogs.get(token)
        if dialog is not None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
