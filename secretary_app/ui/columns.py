"""Column widths that fit the view: short columns as wide as their contents, text columns a fixed
share of the rest, the last one stretched, so a table never needs a horizontal scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView


class _ShareFitter(QObject):
    def __init__(self, view, shares: dict[int, float]):
        super().__init__(view)
        self.view, self.shares = view, shares
        view.viewport().installEventFilter(self)  # the view's resizes and a scroll bar coming or going
        model = view.model()
        if model is not None:  # contents columns are measured on the next turn, then the shares
            model.modelReset.connect(self.fit_soon)  # a bound slot: disconnected when the view goes
            model.rowsInserted.connect(self.fit_soon)

    def fit_soon(self, *_args) -> None:
        QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, _header(self.view)
        width = view.viewport().width()
        last = header.count() - 1  # stretches over what the shares leave
        fixed = sum(header.sectionSize(c) for c in range(last) if c not in self.shares)
        room = max(0, width - fixed)
        for col, share in self.shares.items():
            header.resizeSection(col, max(60, int(room * share)))


def _header(view) -> QHeaderView:
    return view.header() if hasattr(view, "header") else view.horizontalHeader()  # tree or table


def share_columns(view, shares: dict[int, float]) -> None:
    """Columns in ``shares`` get that part of the width left after the others' contents; the last
    column stretches over the rest. Re-fitted whenever the view is resized (a table or a tree)."""
    header = _header(view)
    header.setMinimumSectionSize(40)
    for col in range(header.count()):
        mode = QHeaderView.ResizeMode.Interactive if col in shares else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)
    header.setStretchLastSection(True)
    fitter = getattr(view, "_share_fitter", None)
    if fitter is None:
        view._share_fitter = _ShareFitter(view, shares)
    else:
        fitter.shares = shares
    view._share_fitter.fit()
