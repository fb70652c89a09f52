"""A QUndoCommand that calls services: redo() does, undo() reverses."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """``do`` runs on push and on every redo; ``undo`` must restore the state before it."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None],
                 after: Callable[[], None] | None = None, *, done: bool = False):
        super().__init__(text)
        self._do, self._undo, self._after = do, undo, after
        # done=True: the change already ran (so its validation errors could be shown inline,
        # which an exception inside QUndoStack.push cannot); the push then only refreshes.
        self._skip_first = done

    def redo(self) -> None:
        if self._skip_first:
            self._skip_first = False
        else:
            self._do()
        if self._after:
            self._after()

    def undo(self) -> None:
        self._undo()
        if self._after:
            self._after()
