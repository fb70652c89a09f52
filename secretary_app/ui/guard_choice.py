"""The secretary's decision on a flagged text: a reason or justification, and the choice
offered when a flagged request is saved (decline, accept with a justification, or rewrite)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from secretary_app.ui.forms import ErrorLabel

# What the save choice returns.
DECLINE, ACCEPT, REWRITE = "declined", "accepted", "rewrite"


class DecisionDialog(QDialog):
    """Asks for a reason or justification; ``required`` refuses an empty text inline."""

    def __init__(self, title: str, prompt: str, required: bool, parent: QWidget | None = None,
                 initial: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        lay = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.edit = QPlainTextEdit(initial)
        self.edit.setMinimumSize(420, 120)
        lay.addWidget(self.edit)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def text(self) -> str:
        return self.edit.toPlainText().strip()

    def _ok(self) -> None:
        if self.required and not self.text():
            self.error.show_error(self.tr("Skriv en begrundelse – den gemmes i vagtens log."))
            self.edit.setFocus()
            return
        self.accept()


class GuardSaveChoice(QMessageBox):
    """Asked when a flagged request is saved: *Gem og afvis*, *Gem og accepter med begrundelse …*
    or *Omskriv*; ``choice()`` is None when cancelled."""

    def __init__(self, verdict_text: str, reasons: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guardSaveChoice")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Vagten har markeret opgaven"))
        self.setText(verdict_text)
        text = self.tr("Hvad vil du gøre?")
        if reasons:
            text = self.tr("Grunde: %1").replace("%1", "; ".join(reasons)) + "\n\n" + text
        self.setInformativeText(text)
        role = QMessageBox.ButtonRole
        decline = self.addButton(self.tr("Gem og afvis"), role.DestructiveRole)
        accept = self.addButton(self.tr("Gem og accepter med begrundelse …"), role.AcceptRole)
        rewrite = self.addButton(self.tr("Omskriv"), role.ActionRole)
        cancel = self.addButton(self.tr("Annuller"), role.RejectRole)
        decline.setToolTip(self.tr("Gem opgaven som afvist; begrundelsen gemmes på opgaven og i vagtens log"))
        accept.setToolTip(self.tr("Gem opgaven og løs den alligevel; en skriftlig begrundelse er påkrævet"))
        rewrite.setToolTip(self.tr("Gem ikke; gå tilbage til teksten med den markerede sætning valgt"))
        self.setDefaultButton(rewrite)
        self.setEscapeButton(cancel)
        self._choices = {decline: DECLINE, accept: ACCEPT, rewrite: REWRITE}

    def choice(self) -> str | None:
        return self._choices.get(self.clickedButton())


def ask_save_choice(parent: QWidget, verdict_text: str, reasons: list[str]) -> str | None:
    box = GuardSaveChoice(verdict_text, reasons, parent)
    box.exec()
    return box.choice()
