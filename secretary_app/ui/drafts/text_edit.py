"""The draft's text field: a QTextEdit that refuses absurd pastes and strips control characters."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextEdit


class DraftTextEdit(QTextEdit):
    """A QTextEdit that refuses absurd pastes and strips control characters (NUL bytes)."""

    notice = Signal(str, bool)  # message, is_error

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() + 1))
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(18)

    def insertFromMimeData(self, source):
        from secretary_app.services.drafts import PLAIN_MAX, strip_control_chars

        plain = source.text() if source.hasText() else ""
        current = self.document().characterCount()
        if current + len(plain) > PLAIN_MAX:
            self.notice.emit(self.tr("Det indsatte er for langt (%1 tegn; et udkast må højst have %2 tegn). "
                                     "Intet er ændret.")
                             .replace("%1", f"{len(plain):,}".replace(",", "."))
                             .replace("%2", f"{PLAIN_MAX:,}".replace(",", ".")), True)
            return
        cleaned, removed = strip_control_chars(plain)
        if removed:
            self.textCursor().insertText(cleaned)
            self.notice.emit(self.tr("%1 ugyldige kontroltegn (fx NUL-bytes) blev fjernet fra det indsatte.")
                             .replace("%1", str(removed)), False)
            return
        super().insertFromMimeData(source)
