"""Autosave off the UI thread: the editor hands over (html, plain text); one worker thread
writes the newest text of each draft through ``services.drafts.save_body``.

Typing never waits for SQLite (WAL, synchronous=FULL means an fsync per commit): the UI
thread only serialises the document, the write happens here. Submissions for the same
draft coalesce, so a slow disk never builds a queue. ``wait_idle`` lets ``flush`` (window
close, switching drafts, export) be sure everything is on disk.

Why not the operation runner: the runner runs every submission, in order, on one queue; a
text snapshot queued behind a long export or restore would wait for it, and every keystroke
burst would be a queued write. Autosave needs the opposite: only the newest text of each
draft, never behind other work, with no undo entry and no page to refresh (the editor
already shows the text). SQLite serialises this writer and the runner's (WAL, busy timeout).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    saved = Signal(int, int, object, float)  # draft id, sequence, saved at (UTC), milliseconds
    failed = Signal(int, int, object)  # draft id, sequence, exception


class AutosaveWriter:
    def __init__(self, store: Any):
        self.store = store
        self.relay = _Relay()
        self.saved, self.failed = self.relay.saved, self.relay.failed
        self._cond = threading.Condition()
        self._pending: dict[int, tuple[int, str, str | None]] = {}
        self._busy = False
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True, name="draft-autosave")
        self._thread.start()

    def submit(self, draft_id: int, seq: int, html: str, plain: str | None) -> None:
        with self._cond:
            old = self._pending.get(draft_id)
            if old is not None and plain is None and old[2] is not None:
                plain = old[2]  # the older submission changed the words: keep them
            self._pending[draft_id] = (seq, html, plain)
            self._cond.notify_all()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._pending or self._busy:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(left)
        return True

    def stop(self) -> None:
        self.wait_idle()
        with self._cond:
            self._stop = True
            self._cond.notify_all()

    def _run(self) -> None:
        from secretary_app.services.drafts import save_body

        try:  # warm up: a pooled connection and the FTS tables' pages, before the first keystroke
            with self.store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM draft_fts WHERE draft_fts MATCH 'warmup'").all()
        except Exception as exc:  # noqa: BLE001 - only an optimisation; the first save reports real trouble
            logging.getLogger(__name__).info("autosave warm-up skipped (%s)", type(exc).__name__)
        while True:
            with self._cond:
                while not self._pending and not self._stop:
                    self._cond.wait()
                if self._stop and not self._pending:
                    return
                draft_id = next(iter(self._pending))
                seq, html, plain = self._pending.pop(draft_id)
                self._busy = True
            start = time.perf_counter()
            try:
                at = save_body(self.store, draft_id, html, plain)
            except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
                self._emit(self.failed, draft_id, seq, exc)
            else:
                self._emit(self.saved, draft_id, seq, at, (time.perf_counter() - start) * 1000)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the window is gone (closing); the text is saved all the same
