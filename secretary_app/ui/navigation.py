"""One way to go somewhere: open a request, show a member's board, open a draft.

Pages call ``ctx.nav.open_request(id)`` and friends; only this module knows the main window
and the pages' own entry points, so no page reaches into another page's widgets.
"""

from __future__ import annotations

from typing import Any


STATUS_MS = 5000  # a status message goes away by itself, and on a page change


class Navigator:
    def __init__(self, ctx: Any):
        self._ctx = ctx

    @property
    def window(self):
        return getattr(self._ctx, "main_window", None)

    def show_page(self, key: str):
        """Make the page the visible one; None when there is no window (or no such page)."""
        window = self.window
        return window.show_page(key) if window is not None else None

    def show_status(self, text: str, timeout_ms: int = STATUS_MS) -> None:
        window = self.window
        if window is not None:
            window.statusBar().showMessage(text, timeout_ms)

    def add_status_widget(self, make) -> None:
        """A permanent part of the status bar: ``make(parent)`` builds it."""
        window = self.window
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().addPermanentWidget(make(window))

    def open_request(self, request_id: int):
        board = self.show_page("board")
        return board.open_request(request_id) if board is not None else None

    def show_member_board(self, member_id: int):
        board = self.show_page("board")
        if board is not None:
            board.show_member(member_id)
        return board

    def open_draft(self, draft_id: int):
        page = self.show_page("drafts")
        if page is not None:
            page.select_draft(draft_id)
        return page

    def show_meeting(self, meeting_id: int):
        page = self.show_page("meetings")
        if page is not None:
            page.select_meeting(meeting_id)
        return page
