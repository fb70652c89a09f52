"""The unlock form: the passphrase (or the recovery key), the keyring, or for a store that is
not encrypted a plain button. Shown in place of the window's content, in each open dialog
while the window is locked, and at start-up when the keyring cannot open the store."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from secretary_app.ui.forms import ErrorLabel
from secretary_app.ui.welcome import named

PASSPHRASE, RECOVERY, KEYRING, PLAIN = "passphrase", "recovery", "keyring", "plain"


class UnlockPanel(QWidget):
    """Emits ``unlock_requested(kind, secret)``; the owner checks it and calls ``show_error``."""

    unlock_requested = Signal(str, str)
    quit_requested = Signal()

    def __init__(self, encrypted: bool, *, startup: bool = False, compact: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self.encrypted = encrypted
        self.mode = PASSPHRASE
        self.setAutoFillBackground(True)
        box = QFrame()
        box.setMaximumWidth(560)
        column = QVBoxLayout(box)
        column.setSpacing(10)
        self.heading = QLabel(self.tr("Databasen er krypteret") if startup else self.tr("Medlemssekretær er låst"))
        self.heading.setObjectName("unlockHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * (1.2 if compact else 1.5))
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        if startup:
            info = self.tr("Nøgleringen kunne ikke åbne databasen. Skriv adgangssætningen for at åbne den, "
                           "eller brug gendannelsesnøglen, hvis du har glemt adgangssætningen.")
        elif encrypted:
            info = self.tr("Dine data er skjult, til du låser op. Skriv adgangssætningen, eller lås op med "
                           "nøgleringen.")
        else:
            info = self.tr("Dine data er skjult, til du låser op. Databasen er ikke krypteret: låsen skjuler "
                           "kun vinduet, og filen på disken kan læses af den, der har adgang til computeren.")
        self.info = QLabel(info)
        self.info.setObjectName("unlockInfo")
        self.info.setWordWrap(True)
        column.addWidget(self.heading)
        column.addWidget(self.info)
        self.field_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setObjectName("unlockSecret")
        self.field_label.setBuddy(self.secret)
        self.error = ErrorLabel()
        self.error.setObjectName("unlockError")
        self.unlock_button = QPushButton(self.tr("Lås op"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.keyring_button = QPushButton(self.tr("Lås op med nøgleringen"))
        self.keyring_button.setObjectName("unlockKeyring")
        self.recovery_button = QPushButton()
        self.recovery_button.setObjectName("unlockRecoveryToggle")
        self.quit_button = QPushButton(self.tr("Afslut"))
        self.quit_button.setObjectName("unlockQuit")
        if encrypted:
            column.addWidget(self.field_label)
            column.addWidget(self.secret)
        column.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        if encrypted:
            if not startup:
                buttons.addWidget(self.keyring_button)
            buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        if startup:
            buttons.addWidget(self.quit_button)
        column.addLayout(buttons)
        for w in (self.keyring_button, self.recovery_button, self.field_label, self.secret):
            w.setVisible(encrypted)
        self.keyring_button.setVisible(encrypted and not startup)
        self.quit_button.setVisible(startup)
        self.unlock_button.clicked.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)
        self.keyring_button.clicked.connect(lambda: self._request(KEYRING, ""))
        self.recovery_button.clicked.connect(self.toggle_recovery)
        self.quit_button.clicked.connect(self.quit_requested)
        named(self.keyring_button, self.tr("Lås op med nøgleringen"),
              self.tr("Bruger nøglen i styresystemets nøglering uden adgangssætning"))
        named(self.quit_button, self.tr("Afslut"), self.tr("Lukker programmet uden at åbne databasen"))
        self._set_mode(PASSPHRASE)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        if not compact:
            outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _set_mode(self, mode: str) -> None:
        self.mode = mode
        self.secret.clear()
        self.error.show_error("")
        if mode == RECOVERY:
            self.field_label.setText(self.tr("&Gendannelsesnøgle:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText(self.tr("fx ABCDE-FGHJK-…"))
            self.recovery_button.setText(self.tr("Brug adgangssætningen …"))
            named(self.secret, self.tr("Gendannelsesnøgle"), self.tr("Nøglen, du fik vist og gemte, da "
                                                                     "databasen blev krypteret"))
        else:
            self.field_label.setText(self.tr("&Adgangssætning:"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setPlaceholderText("")
            self.recovery_button.setText(self.tr("Brug gendannelsesnøglen …"))
            named(self.secret, self.tr("Adgangssætning"))
        named(self.recovery_button, self.recovery_button.text().rstrip(" …"))
        if self.encrypted:
            self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def toggle_recovery(self) -> None:
        self._set_mode(PASSPHRASE if self.mode == RECOVERY else RECOVERY)

    def _submit(self) -> None:
        if not self.encrypted:
            self._request(PLAIN, "")
            return
        secret = self.secret.text()
        if not secret.strip():
            self.error.show_error(self.tr("Skriv gendannelsesnøglen.") if self.mode == RECOVERY
                                  else self.tr("Skriv adgangssætningen."))
            return
        self._request(self.mode, secret)

    def _request(self, kind: str, secret: str) -> None:
        self.error.show_error("")
        self.unlock_requested.emit(kind, secret)

    def set_busy(self, busy: bool) -> None:
        for w in (self.unlock_button, self.keyring_button, self.recovery_button, self.secret):
            w.setEnabled(not busy)
        if busy:
            self.error.show_error("")

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.secret.selectAll()
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error.show_error(text)

    def focus(self) -> None:
        (self.secret if self.encrypted else self.unlock_button).setFocus(Qt.FocusReason.OtherFocusReason)
