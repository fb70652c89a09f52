"""Settings: language and the default speaking rate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QSpinBox, QVBoxLayout,
)

from secretary_app import paths


class SettingsDialog(QDialog):
    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Indstillinger"))
        self.setMinimumWidth(460)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.wpm = QSpinBox()
        self.wpm.setRange(60, 250)
        self.wpm.setSuffix(self.tr(" ord/min"))
        self.wpm.setValue(settings.default_words_per_minute)
        folder = QLabel(str(paths.data_dir()))
        folder.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sprog:"), self.language)
        form.addRow(self.tr("Standard taletempo:"), self.wpm)
        form.addRow(self.tr("Datamappe:"), folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def accept(self) -> None:
        new_lang = self.language.currentData()
        changed_lang = new_lang != self.settings.language
        self.settings.language = new_lang
        self.settings.default_words_per_minute = self.wpm.value()
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Indstillinger"), str(exc))
            return
        if changed_lang:
            QMessageBox.information(self, self.tr("Indstillinger"),
                                    self.tr("Sproget skiftes, næste gang programmet startes."))
        super().accept()
