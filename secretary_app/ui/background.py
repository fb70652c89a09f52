"""Run slow work off the UI thread and get the result back on it (cf. Anki's CollectionOp).

    run_in_background(lambda: services.export(...), on_success=..., on_error=...)
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)


def _work(fn: Callable[[], Any], relay: _Relay) -> None:  # worker thread
    try:
        result = fn()
    except BaseException as exc:  # noqa: BLE001 - handed to the UI thread to report
        relay.failed.emit(exc, traceback.format_exc())
    else:
        relay.succeeded.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their job reports


def run_in_background(fn: Callable[[], Any], on_success: Callable[[Any], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> None:
    relay = _Relay()
    _live.add(relay)

    def done(result):
        _live.discard(relay)
        if on_success:
            on_success(result)

    def failed(exc, tb):
        _live.discard(relay)
        if on_error:
            on_error(exc)
        else:
            raise exc

    relay.succeeded.connect(done)
    relay.failed.connect(failed)
    # A plain Python thread: the relay lives in the UI thread, so its signals arrive
    # there queued. (QRunnable subclasses with auto-delete crash PySide6 here.)
    threading.Thread(target=_work, args=(fn, relay), daemon=True, name="secretary-bg").start()
