"""Base class for the pages in the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from secretary_app.domain.errors import AppError


class Page(QWidget):
    """A page shows the selected party group's data; never another group's."""

    key = "page"

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id: int | None = None
        # Disconnect app-wide signals when destroyed, so a dead page is never called.
        self._connections: list = []
        self.destroyed.connect(self._disconnect_all)

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
