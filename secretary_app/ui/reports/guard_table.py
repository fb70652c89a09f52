"""The activity log's guard table: the month's flags and decisions, readable at 1280×720.

Reasons are the rules' Danish names (never ids such as ``party.election_timing``); long cells
wrap to two lines and are elided after them, with the full text (words found, explanation,
justification) in the tooltip. The text columns get fixed shares of the width, the short ones
their contents (``ui/columns.py``), so nothing needs a horizontal scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from secretary_app.domain import vocab
from secretary_app.domain.dates import format_short
from secretary_app.ui.columns import share_columns
from secretary_app.ui.table_model import RowTableModel


class GuardModel(RowTableModel):
    """Rows are two lines tall: date over time, the verdict over what was done about it."""

    WHEN, MEMBER, TITLE, VERDICT, REASONS, JUSTIFICATION = range(6)

    def __init__(self, lang: str = "da", parent=None):
        super().__init__((), parent)
        self.lang = lang
        self.headers = [self.tr("Tidspunkt"), self.tr("Medlem"), self.tr("Opgave"), self.tr("Vurdering"),
                        self.tr("Grunde"), self.tr("Begrundelse")]
        # Short words in the cell, the long ones in the tooltip.
        self.verdicts = {"ok": self.tr("Inden for"), "party_political": self.tr("Partipolitisk"),
                         "outside_role": self.tr("Uden for hvervet")}
        self.actions = {"check": self.tr("Markeret"), "declined": self.tr("Afvist"),
                        "accepted": self.tr("Accepteret"), "rewritten": self.tr("Omskrevet")}
        self.action_tips = {"check": self.tr("Vagten markerede teksten, da opgaven blev gemt"),
                            "declined": self.tr("Opgaven blev afvist"),
                            "accepted": self.tr("Accepteret med skriftlig begrundelse"),
                            "rewritten": self.tr("Teksten blev omskrevet")}

    def reasons_text(self, line) -> str:
        return "; ".join(dict.fromkeys(name for name, _words, _why in line.reasons))

    def reasons_tooltip(self, line) -> str:
        found = self.tr("fundne ord")
        return "\n\n".join(f"{name} – {found}: »{words}«\n{why}".rstrip() for name, words, why in line.reasons)

    def action(self, line) -> str:
        return self.actions.get(line.action, line.action)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ln = self.rows[index.row()]
        col = index.column()
        verdict = vocab.label(vocab.GUARD_VERDICTS, ln.verdict, self.lang)
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{format_short(ln.at.date())}\n{ln.at:%H:%M}", ln.member or "–", ln.title or "–",
                    f"{self.verdicts.get(ln.verdict, verdict)}\n{self.action(ln)}",
                    self.reasons_text(ln), " ".join(ln.justification.split()))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {self.MEMBER: ln.member, self.TITLE: ln.title,
                    self.VERDICT: f"{verdict}: {self.action_tips.get(ln.action, '')}".rstrip(": "),
                    self.REASONS: self.reasons_tooltip(ln), self.JUSTIFICATION: ln.justification}.get(col) or None
        if role == Qt.ItemDataRole.UserRole:
            return ln.request_id
        return None


def guard_view(model: GuardModel) -> QTableView:
    view = QTableView()
    view.setObjectName("guardTable")
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.verticalHeader().hide()
    line = view.fontMetrics().lineSpacing()
    view.verticalHeader().setDefaultSectionSize(2 * line + 8)  # two lines, then elided
    share_columns(view, {GuardModel.MEMBER: 0.16, GuardModel.TITLE: 0.30, GuardModel.REASONS: 0.32})
    return view
