"""Python's cyclic garbage collector runs on the UI thread only.

The collector starts in whichever thread happens to allocate past its threshold. A first
import of python-docx and lxml allocates tens of thousands of objects, so on the database
worker it reliably started a collection there; that collection freed unreachable cycles
holding Qt wrappers made on the UI thread (a closed dialog and its lambdas, a page's old
item model), and destroying a QObject from the wrong thread while the UI thread painted
killed the process without a message. (Anki's ``GarbageCollector`` answers the same crash
the same way.) So automatic collection is off, and a light timer on the UI thread collects
the generations that are due; worker threads never free a Qt object through the collector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 1000


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> int:
        """Collect what generation-based thresholds say is due; the number of objects freed."""
        c0, c1, c2 = gc.get_count()
        freed = 0
        if c0 > self.threshold[0]:
            freed += gc.collect(0)
            if c1 > self.threshold[1]:
                freed += gc.collect(1)
                if c2 > self.threshold[2]:
                    freed += gc.collect(2)
        return freed


_installed: GarbageCollector | None = None


def install(app: QObject) -> GarbageCollector:
    """Once per process, owned by the application object (lives on the UI thread)."""
    global _installed
    if _installed is None:
        _installed = GarbageCollector(app)
    return _installed
