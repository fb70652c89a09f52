"""Small dialogs of the drafts page: a new draft, and a press release's sent times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.dates import COPENHAGEN, to_local
from secretary_app.domain.errors import AppError
from secretary_app.ui.forms import FormDialog
from secretary_app.ui import colours


class NewDraftDialog(FormDialog):
    """Member, kind, title and (optionally) the request the draft answers."""

    def __init__(self, ctx, group_id: int, member_id: int | None = None, parent=None):
        from secretary_app.services.groups import list_members

        super().__init__(ctx, self.tr("Nyt udkast"), parent, save_text=self.tr("Opret"))
        self.group_id = group_id
        self.draft_id: int | None = None
        form = self.form
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("member_combo")
        for m in list_members(ctx.store, group_id):
            self.member_combo.addItem(m.name, m.id)
        if member_id is not None:
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(member_id)))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for term in vocab.DRAFT_KINDS:
            self.kind_combo.addItem(term.label(ctx.lang), term.code)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText(self.tr("fx Tale om cykelstier på Amagerbrogade"))
        self.request_combo = QComboBox()
        self.request_combo.setObjectName("request_combo")
        form.addRow(self.tr("Medlem:"), self.member_combo)
        form.addRow(self.tr("Type:"), self.kind_combo)
        form.addRow(self.tr("Titel:"), self.title_edit)
        form.addRow(self.tr("Hører til opgave:"), self.request_combo)
        self.add_below_form(QLabel(self.tr("Udkastet starter fra typens skabelon.")))
        self.member_combo.currentIndexChanged.connect(lambda *_: self._load_requests())
        self._load_requests()
        self.resize(520, self.sizeHint().height())

    def _load_requests(self) -> None:
        from secretary_app.services.requests import list_requests

        self.request_combo.clear()
        self.request_combo.addItem(self.tr("(ingen)"), None)
        mid = self.member_combo.currentData()
        if mid is None:
            return
        rows = [r for r in list_requests(self.ctx.store, self.group_id, member_id=mid)
                if r.status in vocab.OPEN_STATUSES]
        for r in sorted(rows, key=lambda r: r.received_at, reverse=True)[:200]:
            self.request_combo.addItem(f"#{r.id} {r.title}", r.id)

    def field_widgets(self):
        return {"title": self.title_edit, "member": self.member_combo, "kind": self.kind_combo}

    def operation(self):
        from secretary_app.services import drafts as svc

        group_id, member_id, kind = self.group_id, self.member_combo.currentData(), self.kind_combo.currentData()
        title, request_id = self.title_edit.text(), self.request_combo.currentData()
        return self.ctx.ops.change(
            self.tr("Nyt udkast"),
            lambda store: svc.create_draft(store, group_id, member_id, kind, title, request_id=request_id),
            undo=lambda store, draft: svc.trash_draft(store, draft.id))

    def on_saved(self, draft) -> None:
        self.draft_id = draft.id


def _to_qdatetime(moment: dt.datetime | None) -> QDateTime:
    local = to_local(moment) if moment else dt.datetime.now(COPENHAGEN)
    return QDateTime.fromString(local.strftime("%Y-%m-%d %H:%M"), "yyyy-MM-dd HH:mm")


def _from_qdatetime(q: QDateTime) -> dt.datetime:
    naive = dt.datetime.strptime(q.toString("yyyy-MM-dd HH:mm"), "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=COPENHAGEN)


class SentTimesDialog(QDialog):
    """When the press release went to the council members and to the media (local time)."""

    def __init__(self, ctx, draft, parent=None):
        super().__init__(parent)
        self.ctx, self.draft = ctx, draft
        self.warning: str | None = None
        self.setWindowTitle(self.tr("Pressemeddelelse udsendt"))
        form = QFormLayout()
        self.members_check, self.members_at = self._row(form, self.tr("Sendt til medlemmerne:"),
                                                        draft.sent_members_at, "members")
        self.media_check, self.media_at = self._row(form, self.tr("Sendt til medierne:"), draft.sent_media_at,
                                                    "media")
        self.hint = QLabel()
        self.hint.setObjectName("sent_hint")
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Medlemmerne skal have pressemeddelelser før eller senest samtidig med "
                                     "medierne.")))
        lay.addLayout(form)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self._check()

    def _row(self, form, label, value, name):
        box = QWidget()
        h = QHBoxLayout(box)
        h.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox()
        check.setObjectName(f"{name}_check")
        check.setChecked(value is not None)
        edit = QDateTimeEdit(_to_qdatetime(value))
        edit.setObjectName(f"{name}_at")
        edit.setDisplayFormat("dd-MM-yyyy HH:mm")
        edit.setCalendarPopup(True)
        edit.setEnabled(value is not None)
        now = QPushButton(self.tr("Nu"))
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda *_: self._check())
        edit.dateTimeChanged.connect(lambda *_: self._check())
        now.clicked.connect(lambda: (check.setChecked(True), edit.setDateTime(_to_qdatetime(None))))
        h.addWidget(check)
        h.addWidget(edit, 1)
        h.addWidget(now)
        form.addRow(label, box)
        return check, edit

    def values(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        m = _from_qdatetime(self.members_at.dateTime()) if self.members_check.isChecked() else None
        p = _from_qdatetime(self.media_at.dateTime()) if self.media_check.isChecked() else None
        return m, p

    def _check(self) -> None:
        from secretary_app.services.drafts import press_order_warning

        m, p = self.values()
        to_utc = lambda x: x.astimezone(dt.timezone.utc).replace(tzinfo=None) if x else None  # noqa: E731
        warning = press_order_warning(to_utc(m), to_utc(p), self.ctx.lang)
        self.hint.setText(("⚠ " + warning) if warning else "")
        self.hint.setStyleSheet(colours.fg_css(colours.danger(bg="window"), bold=True) if warning else "")

    def accept(self) -> None:
        from secretary_app.services import drafts as svc

        m, p = self.values()
        draft_id, lang = self.draft.id, self.ctx.lang

        def saved(result) -> None:
            self.draft, self.warning = result
            QDialog.accept(self)

        def refused(exc: BaseException) -> None:
            self.hint.setText(exc.message(lang) if isinstance(exc, AppError)
                              else self.tr("Tidspunkterne blev ikke gemt."))

        self.ctx.ops.change(self.tr("Pressemeddelelse udsendt"),
                            lambda store: svc.set_sent_times(store, draft_id, m, p, lang=lang)) \
            .success(saved).failure(refused).with_parent(self).run()
