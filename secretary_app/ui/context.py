"""What every page gets: the store, settings, the operation runner, navigation and undo."""

from __future__ import annotations

import functools
import os
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

# Set by the test suite: operations run synchronously on the calling thread.
ENV_INLINE_OPS = "SECRETARY_INLINE_OPS"


class AppSignals(QObject):
    """App-wide state that is not a data change (those come from ``ctx.ops.changes_applied``)."""

    group_changed = Signal(int)  # the selected party group
    store_opened = Signal()


class UiContext:
    def __init__(self, store: Any, settings: Any, lang: str):
        self.store = store
        self.settings = settings
        self.lang = lang
        self.signals = AppSignals()
        self.undo_stack = QUndoStack()
        self.group_id: int | None = None

    # The runner and the navigator are made on first use: the main window is built before
    # its first paint, and their modules (the worker, change notices) are not needed for it.

    @functools.cached_property
    def ops(self):
        """Every change and all long work: one serial database worker (ui/operations/)."""
        from secretary_app.ui.operations import OpRunner

        return OpRunner(lambda: self.store, self.undo_stack, lang=self.lang,
                        inline=os.environ.get(ENV_INLINE_OPS) == "1")

    @functools.cached_property
    def nav(self):
        """"Open this request", "show this member's board": pages never reach into each other."""
        from secretary_app.ui.navigation import Navigator

        return Navigator(self)

    def has_ops(self) -> bool:
        return "ops" in self.__dict__
