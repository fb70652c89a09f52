"""*Skift adgangssætning …*: the old passphrase, the new one twice. The data is not
re-encrypted; only the passphrase's wrap of the key changes (``keys.json``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from secretary_app.domain.errors import AppError
from secretary_app.domain.passphrase import strength
from secretary_app.ui.forms import ErrorLabel
from secretary_app.ui.welcome import named


class ChangePassphraseDialog(QDialog):
    def __init__(self, ctx, db_file, parent=None):
        super().__init__(parent)
        self.ctx, self.db_file = ctx, db_file
        self.setObjectName("changePassphrase")
        self.setWindowTitle(self.tr("Skift adgangssætning"))
        self.old = named(QLineEdit(), self.tr("Nuværende adgangssætning"))
        self.new = named(QLineEdit(), self.tr("Ny adgangssætning"))
        self.repeated = named(QLineEdit(), self.tr("Gentag den nye adgangssætning"))
        for field, name in ((self.old, "oldPassphrase"), (self.new, "newPassphrase"), (self.repeated, "repeatPassphrase")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setObjectName(name)
        self.strength = QLabel()
        self.new.textChanged.connect(self._update_strength)
        note = QLabel(self.tr("Gendannelsesnøglen og nøgleringen virker som før; dine data krypteres ikke om."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Nuværende:"), self.old)
        form.addRow(self.tr("N&y:"), self.new)
        form.addRow(self.tr("&Gentag ny:"), self.repeated)
        form.addRow("", self.strength)
        for field in (self.old, self.new, self.repeated):
            label = form.labelForField(field)
            if label is not None:
                label.setBuddy(field)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Skift"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        _level, da, en = strength(text)
        self.strength.setText(self.tr("Styrke: %1").replace("%1", en if self.ctx.lang == "en" else da))

    def accept(self) -> None:
        from secretary_app.services.first_encryption import change_passphrase

        old, new, repeated = self.old.text(), self.new.text(), self.repeated.text()
        self.ok_button.setEnabled(False)
        self.error.show_error("")

        def done(_none) -> None:
            for field in (self.old, self.new, self.repeated):
                field.clear()
            QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.error.show_error(exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc))
            field = getattr(exc, "field", None)
            {"repeated": self.repeated, "new": self.new}.get(field, self.old).setFocus()

        self.ctx.ops.query(lambda _store: change_passphrase(self.db_file, old, new, repeated), "change passphrase") \
            .success(done).failure(failed).run()
