"""The first start's encryption step: a passphrase (twice, with a strength hint), then the
recovery key shown once, in groups, to copy, print or save as PDF, with "I have stored it"
before going on. "Uden kryptering" is a visible choice with a plain warning."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from secretary_app import APP_NAME
from secretary_app.domain.errors import AppError
from secretary_app.domain.passphrase import strength
from secretary_app.ui.forms import ErrorLabel
from secretary_app.ui.welcome import named
from secretary_app.ui import colours

ENCRYPTED, PLAIN = "encrypted", "plain"
_STRENGTH_COLOURS = (colours.danger, colours.danger, colours.warning, colours.success)  # on the window


class EncryptionSetupDialog(QDialog):
    """``choice`` is ENCRYPTED (the store is then encrypted, ``recovery`` shown) or PLAIN."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.recovery: str | None = None
        self.setObjectName("encryptionSetup")
        self.setWindowTitle(self.tr("Beskyt databasen"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        self.resize(620, 520)
        from secretary_app.ui.screen import fit_to_screen

        fit_to_screen(self)

    # --- page 1: the passphrase, or no encryption ----------------------------------------------
    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Kryptér databasen"))
        heading.setObjectName("encryptionHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Databasen kommer til at rumme politiske oplysninger om gruppens medlemmer. Krypteret kan den ikke "
            "læses af den, der finder en bortkommen computer eller en sikkerhedskopi.\n\nTil daglig låser "
            "styresystemets nøglering op uden spørgsmål. Adgangssætningen bruges, hvis nøgleringen ikke kan, og "
            "bagefter får du en gendannelsesnøgle, hvis du glemmer adgangssætningen."))
        intro.setWordWrap(True)
        self.encrypt_radio = QRadioButton(self.tr("Kryptér databasen (anbefalet)"))
        self.encrypt_radio.setObjectName("chooseEncrypted")
        self.encrypt_radio.setChecked(True)
        self.plain_radio = QRadioButton(self.tr("Uden kryptering"))
        self.plain_radio.setObjectName("choosePlain")
        self.passphrase = named(QLineEdit(), self.tr("Adgangssætning"), self.tr("Mindst 8 tegn; flere ord er "
                                                                              "lette at huske og svære at gætte"))
        self.passphrase.setObjectName("newPassphrase")
        self.repeated = named(QLineEdit(), self.tr("Gentag adgangssætningen"))
        self.repeated.setObjectName("repeatPassphrase")
        for field in (self.passphrase, self.repeated):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("passphraseStrength")
        self.strength.setWordWrap(True)
        self.passphrase.textChanged.connect(self._update_strength)
        form = QFormLayout()
        form.addRow(self.tr("&Adgangssætning:"), self.passphrase)
        form.addRow(self.tr("&Gentag:"), self.repeated)
        form.addRow("", self.strength)
        for field in (self.passphrase, self.repeated):
            label = form.labelForField(field)
            if label is not None:
                label.setBuddy(field)
        self.plain_warning = QLabel(self.tr(
            "Uden kryptering kan alle, der får fat i computeren, dens disk eller en sikkerhedskopi, læse "
            "medlemmernes oplysninger, også politiske holdninger. Du kan kryptere senere med "
            "secretary-app encrypt."))
        self.plain_warning.setObjectName("plainWarning")
        self.plain_warning.setWordWrap(True)
        self.plain_warning.setStyleSheet(colours.fg_css(colours.danger(bg="window"), bold=True))
        self.plain_warning.hide()
        self.error = ErrorLabel()
        self.next_button = QPushButton(self.tr("Næste"))
        self.next_button.setObjectName("encryptionNext")
        self.next_button.setDefault(True)
        cancel = QPushButton(self.tr("Annullér"))
        cancel.clicked.connect(self.reject)
        self.next_button.clicked.connect(self._next)
        self.plain_radio.toggled.connect(self._on_choice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout(page)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.encrypt_radio)
        column.addLayout(form)
        column.addWidget(self.plain_radio)
        column.addWidget(self.plain_warning)
        column.addStretch(1)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self._update_strength("")
        return page

    def _update_strength(self, text: str) -> None:
        level, da, en = strength(text)
        self.strength.setText(self.tr("Styrke: %1").replace("%1", en if self.ctx.lang == "en" else da))
        self.strength.setStyleSheet(colours.fg_css(_STRENGTH_COLOURS[level](bg="window")))

    def _on_choice(self, plain: bool) -> None:
        for w in (self.passphrase, self.repeated, self.strength):
            w.setEnabled(not plain)
        self.plain_warning.setVisible(plain)
        self.error.show_error("")
        self.next_button.setText(self.tr("Fortsæt uden kryptering") if plain else self.tr("Næste"))

    def _next(self) -> None:
        from secretary_app.services import first_encryption

        if self.plain_radio.isChecked():
            self.choice = PLAIN
            self.accept()
            return
        passphrase = self.passphrase.text()
        try:
            first_encryption.check_passphrase(passphrase, self.repeated.text())
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            (self.repeated if exc.field == "repeated" else self.passphrase).setFocus()
            return
        self.next_button.setEnabled(False)
        self.next_button.setText(self.tr("Krypterer …"))

        def done(recovery: str) -> None:
            self.choice, self.recovery = ENCRYPTED, recovery
            self.passphrase.clear()
            self.repeated.clear()
            self._show_recovery(recovery)

        def failed(exc: BaseException) -> None:
            self.next_button.setEnabled(True)
            self.next_button.setText(self.tr("Næste"))
            self.error.show_error(exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc))

        self.ctx.ops.change(self.tr("Kryptér databasen"),
                            lambda store: first_encryption.encrypt_fresh_store(store, passphrase)) \
            .success(done).failure(failed).with_parent(self).run()

    # --- page 2: the recovery key, once ---------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(self.tr("Din gendannelsesnøgle"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Databasen er krypteret. Med denne nøgle kan du åbne den, hvis du glemmer adgangssætningen eller "
            "flytter til en ny computer. Den vises kun denne ene gang: skriv den ned eller udskriv den, og gem "
            "den et sikkert sted, ikke på denne computer."))
        intro.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setObjectName("recoveryKey")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(mono)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 14px; border: 1px solid palette(mid); background: palette(base);")
        copy = QPushButton(self.tr("Kopiér"))
        copy.setObjectName("recoveryCopy")
        copy.clicked.connect(self.copy_key)
        print_button = QPushButton(self.tr("Udskriv …"))
        print_button.setObjectName("recoveryPrint")
        print_button.clicked.connect(self.print_key)
        pdf = QPushButton(self.tr("Gem som PDF …"))
        pdf.setObjectName("recoveryPdf")
        pdf.clicked.connect(self.save_pdf)
        tools = QHBoxLayout()
        for b in (copy, print_button, pdf):
            tools.addWidget(b)
        tools.addStretch(1)
        self.stored = QCheckBox(self.tr("Jeg har gemt gendannelsesnøglen"))
        self.stored.setObjectName("recoveryStored")
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("Næste"))
        self.finish_button.setObjectName("recoveryNext")
        self.finish_button.setEnabled(False)
        self.finish_button.setToolTip(self.tr("Sæt først flueben ved, at du har gemt nøglen"))
        self.stored.toggled.connect(self.finish_button.setEnabled)
        self.stored.toggled.connect(lambda on: self.finish_button.setToolTip(
            "" if on else self.tr("Sæt først flueben ved, at du har gemt nøglen")))
        self.finish_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        column = QVBoxLayout(page)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.key_label)
        column.addLayout(tools)
        column.addWidget(self.notice)
        column.addStretch(1)
        column.addWidget(self.stored)
        column.addLayout(buttons)
        return page

    def _show_recovery(self, recovery: str) -> None:
        groups = recovery.split("-")
        half = (len(groups) + 1) // 2
        self.key_label.setText("  ".join(groups[:half]) + "\n" + "  ".join(groups[half:]))
        named(self.key_label, self.tr("Gendannelsesnøgle"), " ".join(" ".join(g) for g in groups))
        self.pages.setCurrentIndex(1)
        self.stored.setFocus()

    def reject(self) -> None:
        if self.pages.currentIndex() == 1 and not self.stored.isChecked():
            self.notice.setText(self.tr("Databasen er allerede krypteret. Gem nøglen, og sæt flueben, før du går "
                                        "videre."))
            return  # the key is shown only now: no closing past it by accident
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.pages.currentIndex() == 1 and not self.stored.isChecked():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # --- keeping the key ------------------------------------------------------------------------
    def key_document(self) -> QTextDocument:
        doc = QTextDocument()
        groups = escape("  ".join((self.recovery or "").split("-")))
        what = self.tr("gendannelsesnøgle")  # outside the f-string, where lupdate finds it
        keep = self.tr("Med denne nøgle kan databasen åbnes, hvis adgangssætningen er glemt. Gem papiret et "
                       "sikkert sted, adskilt fra computeren.")
        doc.setHtml(
            f"<h2>{escape(APP_NAME)}: {escape(what)}</h2>"
            f"<p style='font-family: monospace; font-size: xx-large; font-weight: bold'>{groups}</p>"
            f"<p>{escape(keep)}</p>")
        return doc

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery or "")
        self.notice.setText(self.tr("Kopieret. Sæt den ind i din adgangskodemanager, og ryd udklipsholderen "
                                    "bagefter."))

    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Udskriv gendannelsesnøglen"))
        if dialog.exec():
            self.key_document().print_(printer)
            self.notice.setText(self.tr("Sendt til printeren."))

    def save_pdf(self, path: str | None = None) -> str | None:
        from pathlib import Path

        from PySide6.QtPrintSupport import QPrinter

        from secretary_app.exports.atomic import atomic_output

        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem gendannelsesnøglen som PDF"),
                                                  str(Path.home() / "gendannelsesnoegle.pdf"), "PDF (*.pdf)")
        if not path:
            return None
        try:
            with atomic_output(Path(path)) as tmp:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(tmp))
                self.key_document().print_(printer)
        except (AppError, OSError) as exc:
            text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else (exc.strerror or str(exc))
            self.notice.setText(self.tr("Ikke gemt: %1").replace("%1", text))
            return None
        self.notice.setText(self.tr("Gemt som %1. Flyt filen væk fra computeren, fx til en USB-nøgle, du "
                                    "gemmer for sig.").replace("%1", path))
        return path
