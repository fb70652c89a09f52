"""Base class for the pages in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from secretary_app.domain.changes import Changes, Kind
from secretary_app.domain.errors import AppError


class Page(QWidget):
    """A page shows the selected party group's data; never another group's.

    ``shows`` names the kinds of rows the page displays: after any operation whose notice
    touches one of them, ``on_changes(notice)`` runs (by default ``refresh()``)."""

    key = "page"
    shows: Kind = Kind.NONE

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id: int | None = None
        # Disconnect app-wide signals when destroyed, so a dead page is never called.
        self._connections: list = []
        self.destroyed.connect(self._disconnect_all)
        self.listen(ctx.ops.changes_applied, self._on_changes_applied)

    def listen(self, signal, slot) -> None:
        self._connections.append((signal, slot))
        signal.connect(slot)

    def _disconnect_all(self, *_):
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections.clear()

    def _on_changes_applied(self, notice: Changes) -> None:
        if self.group_id is not None and notice.touches(self.shows):
            self.on_changes(notice)

    def on_changes(self, notice: Changes) -> None:
        """Show what the notice changed; pages override this to refresh only that part."""
        refresh = getattr(self, "refresh", None)
        if callable(refresh):
            refresh()

    def title(self) -> str:
        return self.key

    def set_group(self, group_id: int) -> None:
        """Called when the secretary switches party group."""
        self.group_id = group_id

    def on_shown(self) -> None:
        """Called each time the page becomes the visible one."""

    def show_error(self, exc: BaseException) -> None:
        text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc)
        QMessageBox.warning(self, QCoreApplication.translate("Page", "Det gik ikke"), text)
