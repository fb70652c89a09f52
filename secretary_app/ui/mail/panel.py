"""A request's mails: the thread's history, its attachments and original files, and replies.

Files open with the system's program (QDesktopServices); programs and scripts among the
attachments are never opened from here, only shown in their folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem,
    QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_datetime, format_long
from secretary_app.domain.errors import AppError

RISKY = {".exe", ".bat", ".cmd", ".com", ".scr", ".pif", ".js", ".jse", ".vbs", ".vbe", ".wsf", ".wsh",
         ".ps1", ".msi", ".msp", ".lnk", ".jar", ".hta", ".reg", ".cpl", ".dll", ".app", ".sh", ".command",
         ".desktop", ".appimage", ".deb", ".rpm", ".pkg", ".dmg", ".iso", ".docm", ".xlsm", ".pptm"}


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_mail_tab(dialog, request_id: int) -> "MailPanel | None":
    """Add the Mails tab to a request dialog when the request has mails."""
    from secretary_app.services import mail_threads

    if getattr(dialog, "mail_panel", None) is not None:
        dialog.mail_panel.reload()
        return dialog.mail_panel
    if not mail_threads.request_mails(dialog.ctx.store, request_id):
        return None
    panel = MailPanel(dialog.ctx, request_id, dialog)
    dialog.mail_panel = panel
    dialog.tabs.addTab(panel, panel.tr("Mails"))
    return panel


class MailPanel(QWidget):
    def __init__(self, ctx, request_id: int, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.request_id = request_id
        self.history = QListWidget()
        self.history.setObjectName("mailHistory")
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setObjectName("mailBody")
        self.attachments = QListWidget()
        self.attachments.setObjectName("mailAttachments")
        self.open_attachment_button = QPushButton(self.tr("Åbn bilag"))
        self.open_original_button = QPushButton(self.tr("Åbn original mail"))
        self.reply_button = QPushButton(self.tr("Svar …"))
        self.reply_button.setObjectName("replyButton")
        self.forward_button = QPushButton(self.tr("Videresend til forvaltningen …"))
        self.forward_button.setObjectName("forwardButton")
        self.open_attachment_button.clicked.connect(self.open_selected_attachment)
        self.open_original_button.clicked.connect(self.open_selected_original)
        self.reply_button.clicked.connect(self.ask_reply)
        self.forward_button.clicked.connect(self.ask_forward)
        self.attachments.itemActivated.connect(lambda _item: self.open_selected_attachment())
        self.history.currentRowChanged.connect(self._show_mail)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Historik:")))
        column.addWidget(self.history, 2)
        column.addWidget(QLabel(self.tr("Bilag:")))
        column.addWidget(self.attachments, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.body)
        split.setStretchFactor(1, 2)
        split.setSizes([360, 640])
        buttons = QHBoxLayout()
        for b in (self.open_attachment_button, self.open_original_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.forward_button)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addLayout(buttons)
        self.reload()

    # --- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        from secretary_app.services import mail_threads

        store = self.ctx.store
        self.mails = mail_threads.request_mails(store, self.request_id)
        self.files = mail_threads.request_attachments(store, self.request_id)
        self.history.clear()
        labels = {"in": "", "reply": self.tr("Svar: "), "forward": self.tr("Til forvaltningen: ")}
        for row in self.mails:
            who = row.sender_name or row.sender_address
            text = f"{format_datetime(row.sent_at, self.ctx.lang)} · {labels.get(row.direction, '')}{who}\n{row.subject}"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.history.addItem(item)
        self.attachments.clear()
        for att in self.files:
            item = QListWidgetItem(f"{att.name} ({_size(att.size)})")
            item.setData(Qt.ItemDataRole.UserRole, att.id)
            self.attachments.addItem(item)
        if self.mails:
            self.history.setCurrentRow(0)
        self.attachments.setCurrentRow(0 if self.files else -1)

    def _show_mail(self, row: int) -> None:
        if not 0 <= row < len(self.mails):
            self.body.setPlainText("")
            return
        mail = self.mails[row]
        who = f"{mail.sender_name} <{mail.sender_address}>" if mail.sender_address else mail.sender_name
        head = self.tr("Fra: %1").replace("%1", who) if mail.direction == "in" else self.tr("Til: %1").replace("%1", who)
        subject = self.tr("Emne: %1").replace("%1", mail.subject)
        self.body.setPlainText(f"{head}\n{subject}\n\n{mail.body_text}")

    # --- opening ------------------------------------------------------------------------
    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Det gik ikke"), text, parent=self)
        self.last_message = box
        box.open()

    def open_attachment(self, attachment_id: int) -> Path | None:
        from secretary_app.services import mail_threads
        from secretary_app.services.mail_files import stored_file

        try:
            att, row = mail_threads.get_attachment(self.ctx.store, attachment_id)
            path = stored_file(row.stored_dir, att.stored_name)
        except AppError as exc:
            self._warn(exc.message(self.ctx.lang))
            return None
        if path.suffix.lower() in RISKY:
            self._warn(self.tr("%1 er et program eller en makrofil og åbnes ikke herfra. Filen ligger i %2.")
                       .replace("%1", att.name).replace("%2", str(path.parent)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
            return None
        open_file(path)
        return path

    def open_original(self, mail_id: int) -> Path | None:
        from secretary_app.services import mail_threads
        from secretary_app.services.mail_files import stored_file

        try:
            row = mail_threads.get_mail(self.ctx.store, mail_id)
            path = stored_file(row.stored_dir, row.original_name)
        except AppError as exc:
            self._warn(exc.message(self.ctx.lang))
            return None
        open_file(path)
        return path

    def open_selected_attachment(self) -> Path | None:
        item = self.attachments.currentItem()
        return self.open_attachment(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_selected_original(self) -> Path | None:
        item = self.history.currentItem()
        return self.open_original(item.data(Qt.ItemDataRole.UserRole)) if item else None

    # --- answering ----------------------------------------------------------------------
    def ask_reply(self) -> None:
        dialog = ReplyTextDialog(self.tr("Svar til medlemmet"), self.tr("Dit svar (den seneste mail citeres under det):"),
                             self)
        if dialog.exec():
            self.write_reply(dialog.text())

    def write_reply(self, answer: str) -> None:
        from secretary_app.services import mail_reply

        rid, lang = self.request_id, self.ctx.lang
        self.ctx.ops.change(self.tr("Svar på mail"), lambda store: mail_reply.write_reply(store, rid, answer, lang),
                            changes=Kind.MAIL).with_parent(self).success(self._draft_written).run()

    def ask_forward(self) -> None:
        from secretary_app.services import mail_reply

        mailbox = mail_reply.admin_mailbox(self.ctx.store, self._group_id())
        if not mailbox:
            mailbox, ok = QInputDialog.getText(
                self, self.tr("Forvaltningens postkasse"),
                self.tr("Kommunens postkasse til politikerspørgsmål (gemmes for kommunen):"))
            if not ok or not mailbox.strip():
                return
        self.forward(mailbox)

    def forward(self, mailbox: str | None = None) -> None:
        from secretary_app.services import mail_reply

        rid, group_id, lang = self.request_id, self._group_id(), self.ctx.lang

        def do(store):
            if mailbox:
                mail_reply.set_admin_mailbox(store, group_id, mailbox)
            return mail_reply.write_admin_forward(store, rid, lang=lang)

        self.ctx.ops.change(self.tr("Videresend til forvaltningen"), do,
                            changes=Kind.MAIL | Kind.REQUESTS | Kind.SETTINGS) \
            .with_parent(self).success(self._draft_written).run()

    def _group_id(self) -> int:
        from secretary_app.services import requests as svc

        return svc.get_request(self.ctx.store, self.request_id).group_id

    def _draft_written(self, draft) -> None:
        self.reload()
        self.last_draft = draft
        opened = open_file(draft.path)
        note = self.tr("Udkastet er gemt som %1.").replace("%1", str(draft.path))
        if draft.deadline is not None:
            note += " " + self.tr("Svarfrist: %1.").replace("%1", format_long(draft.deadline, self.ctx.lang))
        if not opened:
            note += " " + self.tr("Åbn det i dit mailprogram.")
        window = getattr(self.ctx, "main_window", None)
        if window is not None:
            window.statusBar().showMessage(note, 15000)


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} kB"
    return f"{n / 1024 / 1024:.1f} MB"


class ReplyTextDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edit = QPlainTextEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Skriv udkast"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(prompt))
        lay.addWidget(self.edit, 1)
        lay.addWidget(buttons)
        self.resize(560, 360)

    def text(self) -> str:
        return self.edit.toPlainText()
