"""Settings: language and the default speaking rate."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox, QSpinBox, QVBoxLayout,
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
        self.reminders = QCheckBox(self.tr("Vis påmindelser om frister (dagen før, på dagen og over fristen)"))
        self.reminders.setObjectName("reminders")
        self.reminders.setChecked(bool(settings.reminders))
        self.days_before = QSpinBox()
        self.days_before.setObjectName("reminderDaysBefore")
        self.days_before.setRange(0, 14)
        self.days_before.setSuffix(self.tr(" dag(e) før"))
        self.days_before.setValue(settings.reminder_days_before)
        self.work_start, self.work_end = QSpinBox(), QSpinBox()
        for box, value in ((self.work_start, settings.work_start_hour), (self.work_end, settings.work_end_hour)):
            box.setRange(0, 24)
            box.setSuffix(self.tr(":00"))
            box.setValue(value)
        self.reminders.toggled.connect(lambda on: [w.setEnabled(on) for w in
                                                   (self.days_before, self.work_start, self.work_end)])
        for w in (self.days_before, self.work_start, self.work_end):
            w.setEnabled(self.reminders.isChecked())
        from secretary_app.services.settings import AUTO_LOCK_MAX_MINUTES

        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(0, AUTO_LOCK_MAX_MINUTES)
        self.auto_lock.setSuffix(self.tr(" min uden brug"))
        self.auto_lock.setSpecialValueText(self.tr("aldrig"))
        self.auto_lock.setValue(int(getattr(settings, "auto_lock_minutes", 15)))
        self.auto_lock.setToolTip(self.tr("Vinduet skjuler dine data efter så lang tid uden tastatur eller mus, og "
                                          "når skærmen låses. 0 = aldrig af sig selv (Filer ▸ Lås nu virker altid)."))
        for widget, name in ((self.auto_lock, self.tr("Lås automatisk efter")), (self.language, self.tr("Sprog")), (self.wpm, self.tr("Standard taletempo")),
                             (self.days_before, self.tr("Påmind dage før fristen")),
                             (self.work_start, self.tr("Arbejdstid fra")), (self.work_end, self.tr("Arbejdstid til"))):
            widget.setAccessibleName(name)
        self.archive_days = QSpinBox()
        self.archive_days.setObjectName("archiveDays")
        self.archive_days.setRange(1, 3650)
        self.archive_days.setSuffix(self.tr(" dage"))
        self.archive_days.setValue(getattr(settings, "archive_days", 30))
        self.archive_days.setAccessibleName(self.tr("Arkivér færdige opgaver efter"))
        self.archive_days.setToolTip(self.tr("Færdige opgaver, der ikke er rørt så længe, flyttes fra tavlen "
                                             "til arkivet (Opgavetavle › Arkiv …)"))
        folder = QLabel(str(paths.data_dir()))
        folder.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Sprog:"), self.language)
        form.addRow(self.tr("Standard taletempo:"), self.wpm)
        form.addRow(self.tr("Påmindelser:"), self.reminders)
        form.addRow(self.tr("Første påmindelse:"), self.days_before)
        form.addRow(self.tr("Arbejdstid fra:"), self.work_start)
        form.addRow(self.tr("Arbejdstid til:"), self.work_end)
        form.addRow(self.tr("Lås automatisk efter:"), self.auto_lock)
        self._add_passphrase_row(form, parent)
        form.addRow(self.tr("Arkivér færdige efter:"), self.archive_days)
        form.addRow(self.tr("Datamappe:"), folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Gem"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)

    def _add_passphrase_row(self, form, window) -> None:
        """*Skift adgangssætning …* for an encrypted store (the window knows which file)."""
        from PySide6.QtWidgets import QPushButton

        from secretary_app.services.encryption import is_encrypted

        ctx = getattr(window, "ctx", None)
        if ctx is None or ctx.store is None:
            return
        db_file = window.db_file or paths.db_path()
        if not is_encrypted(db_file):
            form.addRow(self.tr("Kryptering:"), QLabel(self.tr("Databasen er ikke krypteret (secretary-app encrypt)")))
            return
        from secretary_app.ui.lock.passphrase_dialog import ChangePassphraseDialog

        button = QPushButton(self.tr("Skift adgangssætning …"))
        button.setObjectName("changePassphraseButton")
        button.clicked.connect(lambda: ChangePassphraseDialog(ctx, db_file, self).exec())
        form.addRow(self.tr("Kryptering:"), button)

    def accept(self) -> None:
        new_lang = self.language.currentData()
        changed_lang = new_lang != self.settings.language
        self.settings.language = new_lang
        self.settings.default_words_per_minute = self.wpm.value()
        self.settings.reminders = self.reminders.isChecked()
        self.settings.auto_lock_minutes = self.auto_lock.value()
        self.settings.reminder_days_before = self.days_before.value()
        self.settings.archive_days = self.archive_days.value()
        self.settings.work_start_hour = min(self.work_start.value(), self.work_end.value())
        self.settings.work_end_hour = max(self.work_start.value(), self.work_end.value())
        try:
            self.settings.save()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Indstillinger"), str(exc))
            return
        if changed_lang:
            QMessageBox.information(self, self.tr("Indstillinger"),
                                    self.tr("Sproget skiftes, næste gang programmet startes."))
        super().accept()
