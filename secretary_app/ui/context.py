"""What every page gets: the store, settings, app-wide signals and the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack


class AppSignals(QObject):
    """App-wide change notification: services change data, views refresh what they show."""

    group_changed = Signal(int)  # the selected party group
    data_changed = Signal(str, object)  # (kind: "member" | "task_type" | "request" | ..., id or None)
    store_opened = Signal()


class UiContext:
    def __init__(self, store: Any, settings: Any, lang: str):
        self.store = store
        self.settings = settings
        self.lang = lang
        self.signals = AppSignals()
        self.undo_stack = QUndoStack()
        from secretary_app.ui.operations import OpRunner

        # Every change and all long work: one serial database worker (ui/operations/).
        self.ops = OpRunner(lambda: self.store, self.undo_stack, lang=lang)
        self.group_id: int | None = None

    def changed(self, kind: str, obj_id: Any = None) -> None:
        self.signals.data_changed.emit(kind, obj_id)

    # Which page method opens one of its objects by id.
    OPENERS = {"board": "open_request", "drafts": "select_draft", "meetings": "select_meeting"}

    def open_page(self, key: str, target_id: int | None = None, action: str | None = None):
        """Show a page and open what a link names on it (a request, draft or meeting), or run
        one of its actions (``new_request``). Returns the page, or None without a window."""
        window = getattr(self, "main_window", None)
        page = window.show_page(key) if window is not None else None
        if page is None:
            return None
        method = action or (self.OPENERS.get(key) if target_id is not None else None)
        if method and callable(getattr(page, method, None)):
            getattr(page, method)(*(() if target_id is None else (target_id,)))
        return page
