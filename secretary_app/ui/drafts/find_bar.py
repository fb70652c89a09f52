"""Find and replace in the draft's text (Ctrl+F / Ctrl+H)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    """Find and replace (Ctrl+F / Ctrl+H), wrapping around; replace-all is one undo step."""

    def __init__(self, edit: QTextEdit, parent=None):
        super().__init__(parent)
        self.edit = edit
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 2)
        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_edit")
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replace_edit")
        self.replace_edit.setPlaceholderText(self.tr("Erstat med"))
        self.info = QLabel()
        prev_btn = QPushButton(self.tr("Forrige"))
        next_btn = QPushButton(self.tr("Næste"))
        rep_btn = QPushButton(self.tr("Erstat"))
        all_btn = QPushButton(self.tr("Erstat alle"))
        close_btn = QToolButton()
        close_btn.setText("✕")
        close_btn.setAutoRaise(True)
        for w in (self.find_edit, prev_btn, next_btn, self.replace_edit, rep_btn, all_btn, self.info):
            lay.addWidget(w)
        lay.addStretch(1)
        lay.addWidget(close_btn)
        self.find_edit.returnPressed.connect(self.find_next)
        next_btn.clicked.connect(self.find_next)
        prev_btn.clicked.connect(lambda: self.find_next(backward=True))
        rep_btn.clicked.connect(self.replace_one)
        all_btn.clicked.connect(self.replace_all)
        close_btn.clicked.connect(self.hide)

    def open(self, replace: bool = False) -> None:
        self.show()
        sel = self.edit.textCursor().selectedText()
        if sel and "\u2029" not in sel:
            self.find_edit.setText(sel)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        needle = self.find_edit.text()
        if not needle:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.edit.find(needle, flags):
            self.info.clear()
            return True
        cursor = self.edit.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
        self.edit.setTextCursor(cursor)
        found = self.edit.find(needle, flags)
        self.info.setText("" if found else self.tr("Ikke fundet"))
        return found

    def replace_one(self) -> None:
        cursor = self.edit.textCursor()
        if cursor.hasSelection() and cursor.selectedText().casefold() == self.find_edit.text().casefold():
            cursor.insertText(self.replace_edit.text())
        self.find_next()

    def replace_all(self) -> int:
        needle, repl = self.find_edit.text(), self.replace_edit.text()
        if not needle:
            return 0
        doc = self.edit.document()
        count = 0
        edit_cursor = QTextCursor(doc)
        edit_cursor.beginEditBlock()
        cursor = doc.find(needle, 0)
        while not cursor.isNull():
            cursor.insertText(repl)
            count += 1
            cursor = doc.find(needle, cursor.position())
        edit_cursor.endEditBlock()
        self.info.setText(self.tr("%1 erstattet").replace("%1", str(count)))
        return count
