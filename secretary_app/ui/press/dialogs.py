"""Dialogs of the Presseklip page: watch lists, a pasted article, the digest export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from secretary_app.domain.dates import local_today
from secretary_app.services.press import clippings, digest, watch


def ask_text(parent, title: str, label: str) -> str:
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok else ""


class PasteArticleDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indsæt artikel"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Overskrift på første linje, derefter teksten (eller sidens HTML). "
                                             "Tom: artiklen hentes fra adressen."))
        form = QFormLayout(self)
        form.addRow(self.tr("Adresse") + ":", self.url)
        form.addRow(self.tr("Tekst") + ":", self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 380)

    def values(self) -> tuple[str, str]:
        return self.url.text().strip(), self.text.toPlainText()


class WatchListDialog(QDialog):
    """One list per member and one for the whole group; the committees are offered as topics."""

    def __init__(self, ctx, group_id: int, members: list, parent=None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self.setWindowTitle(self.tr("Søgeord"))
        self.who = QComboBox()
        self.who.addItem(self.tr("Hele gruppen"), None)
        for m in members:
            self.who.addItem(m.name, m.id)
        self.who.currentIndexChanged.connect(lambda _i: self.reload())
        self.list = QListWidget()
        self.terms = QLineEdit()
        self.terms.setPlaceholderText(self.tr("cykelsti, Ålholmvej"))
        self.exclude = QLineEdit()
        self.exclude.setPlaceholderText(self.tr("undtagelser, fx Amager Bakke"))
        add = QPushButton(self.tr("Tilføj"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Fjern valgte"))
        remove.clicked.connect(self.remove)
        self.suggest = QLabel()
        self.suggest.setWordWrap(True)
        self.suggest.setOpenExternalLinks(False)
        self.suggest.linkActivated.connect(lambda term: (self.terms.setText(term), self.add()))
        form = QFormLayout()
        form.addRow(self.tr("Liste for") + ":", self.who)
        form.addRow(self.tr("Søgeord") + ":", self.terms)
        form.addRow(self.tr("Undtagen") + ":", self.exclude)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.suggest)
        layout.addWidget(close)
        self.resize(520, 460)
        self.reload()

    def reload(self) -> None:
        gid, mid = self.group_id, self.who.currentData()

        def load(store):
            rows = watch.list_terms(store, gid, mid, all_members=False)
            return rows, (watch.suggested_terms(store, gid, mid) if mid is not None else [])

        self.ctx.ops.query(load).success(self._loaded).run()

    def _loaded(self, result) -> None:
        rows, suggestions = result
        self.list.clear()
        for r in rows:
            text = r.term + (f"  (− {', '.join(r.exclusions)})" if r.exclusions else "")
            item = QListWidgetItem(text)
            item.setData(256, r.id)
            self.list.addItem(item)
        links = " · ".join(f"<a href='{t}'>{t}</a>" for t in suggestions[:12])
        self.suggest.setText(self.tr("Forslag (navn og udvalg)") + f": {links}" if links else "")

    def add(self) -> None:
        gid, mid, terms, excl = self.group_id, self.who.currentData(), self.terms.text(), self.exclude.text()

        def do(store):
            rows = watch.add_terms(store, gid, mid, terms, excl)
            clippings.rematch(store, gid)
            return rows

        self.ctx.ops.change(self.tr("Tilføj søgeord"), do).success(
            lambda _r: (self.terms.clear(), self.exclude.clear(), self.reload())).with_parent(self).run()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        tid, gid = item.data(256), self.group_id

        def do(store):
            watch.remove_term(store, tid)
            return clippings.rematch(store, gid)

        self.ctx.ops.change(self.tr("Fjern søgeord"), do).success(lambda _r: self.reload()).with_parent(self).run()


class DigestDialog(QDialog):
    """A day, a week or any range, for a member or the whole group, as DOCX, PDF or a mail body."""

    def __init__(self, ctx, group_id: int, members: list, parent=None):
        super().__init__(parent)
        self.ctx, self.group_id = ctx, group_id
        self.setWindowTitle(self.tr("Presseoversigt"))
        self.who = QComboBox()
        self.who.addItem(self.tr("Hele gruppen"), None)
        for m in members:
            self.who.addItem(m.name, m.id)
        self.span = QComboBox()
        for label in (self.tr("I dag"), self.tr("Denne uge"), self.tr("Valgt periode")):
            self.span.addItem(label)
        self.start, self.end = QDateEdit(), QDateEdit()
        for w in (self.start, self.end):
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
            w.setDate(QDate(local_today()))
        self.format = QComboBox()
        for label, code in (("Word (DOCX)", "docx"), ("PDF", "pdf"), (self.tr("Mailtekst (HTML)"), "html")):
            self.format.addItem(label, code)
        form = QFormLayout(self)
        form.addRow(self.tr("For") + ":", self.who)
        form.addRow(self.tr("Periode") + ":", self.span)
        form.addRow(self.tr("Fra") + ":", self.start)
        form.addRow(self.tr("Til") + ":", self.end)
        form.addRow(self.tr("Format") + ":", self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self):
        today = local_today()
        if self.span.currentIndex() == 0:
            return digest.period(today)
        if self.span.currentIndex() == 1:
            return digest.week(today)
        q1, q2 = self.start.date(), self.end.date()
        return digest.period(dt.date(q1.year(), q1.month(), q1.day()), dt.date(q2.year(), q2.month(), q2.day()))

    def save(self) -> None:
        fmt = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem presseoversigt"), f"presseklip.{fmt}",
                                              f"*.{fmt}")
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: str, fmt: str, on_done=None) -> None:
        try:
            per = self.period()
        except Exception as exc:  # noqa: BLE001 - an AppError about the dates, shown once
            self.parent().show_error(exc)
            return
        gid, mid, lang = self.group_id, self.who.currentData(), self.ctx.lang

        def work(store, _progress):
            doc = digest.build_digest(store, gid, per, mid, lang=lang)
            return digest.export_digest(doc, fmt, path)

        op = self.ctx.ops.job(self.tr("Skriver presseoversigt …"), work)
        if fmt == "docx":
            op.with_preload("docx")
        op.success(
            lambda p: (on_done(p) if on_done else None, self.accept())).with_parent(self).run()
