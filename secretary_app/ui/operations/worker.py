"""The one serial database worker: jobs run in submission order on a single thread.

SQLite takes one writer at a time anyway; one thread means no two operations interleave,
undo replays in order, and closing the store only has to wait for one queue to drain.
Results come back to the UI thread through a relay QObject that lives there (its signals
are then delivered queued, on the UI thread's event loop).
"""

from __future__ import annotations

import itertools
import queue
import threading
from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; nothing is reported as an error."""


class Progress:
    """Handed to long jobs: ``report(done, total)``; check ``cancelled`` between steps."""

    def __init__(self, token: int, relay: "_Relay"):
        self._token, self._relay = token, relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int = 0) -> None:
        try:
            self._relay.progress.emit(self._token, int(done), int(total))
        except RuntimeError:
            pass  # the window is closing


class _Relay(QObject):
    finished = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, exception
    progress = Signal(int, int, int)  # token, done, total


@dataclass
class _Job:
    token: int
    fn: Callable[[], Any]


class SerialWorker:
    def __init__(self) -> None:
        self.relay = _Relay()
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._tokens = itertools.count(1)
        self._pending = 0
        self._idle = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopped = False

    def new_token(self) -> int:
        return next(self._tokens)

    def submit(self, token: int, fn: Callable[[], Any]) -> None:
        if self._stopped:
            raise RuntimeError("the database worker is stopped")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="db-worker", daemon=True)
            self._thread.start()
        with self._idle:
            self._pending += 1
        self._queue.put(_Job(token, fn))

    @property
    def pending(self) -> int:
        with self._idle:
            return self._pending

    def wait_idle(self, timeout: float | None = None) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def stop(self, timeout: float | None = None) -> bool:
        """Let queued jobs finish, then end the thread. False if they did not finish in time."""
        idle = self.wait_idle(timeout)
        self._stopped = True
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout if idle else 0.1)
        return idle

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                result = job.fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which reports it
                self._emit(self.relay.failed, job.token, exc)
            else:
                self._emit(self.relay.finished, job.token, result)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    @staticmethod
    def _emit(signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass  # the relay is gone (the app is closing); the work itself is done
