"""Aktivitetslog page (placeholder until its feature lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from secretary_app.ui.page import Page


class ReportsPage(Page):
    key = "reports"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Aktivitetslog")))

    def title(self) -> str:
        return self.tr("Aktivitetslog")
