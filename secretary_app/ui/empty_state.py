"""What an empty page says: what is missing and the one thing to do next, as a button."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from secretary_app.ui import colours


class EmptyState(QFrame):
    """A note with a button; ``show_state(text, button, action)`` fills and shows it."""

    def __init__(self, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.label)
        row = QHBoxLayout()
        self.button = QPushButton()
        self.button.setObjectName(object_name + "Button")
        self.button.clicked.connect(self._clicked)
        row.addWidget(self.button)
        self.second = QPushButton()  # an optional second way on (e.g. "Vis november 2026")
        self.second.setObjectName(object_name + "Second")
        self.second.clicked.connect(self._second_clicked)
        self.second.hide()
        row.addWidget(self.second)
        row.addStretch(1)
        lay.addLayout(row)
        self._action: Callable[[], object] | None = None
        self._second_action: Callable[[], object] | None = None
        colours.follow_palette(self, self._restyle)
        self.hide()

    def _restyle(self) -> None:
        """A light yellow note on a light palette; on a dark or high-contrast one, its tint of
        the palette, the text always readable on it."""
        bg, fg = colours.tint(colours.palette(), "#f5d76e", 0.22)
        border = colours.blend(bg, fg, 0.35)
        name = self.objectName()
        self.setStyleSheet(f"QFrame#{name} {{ background: {colours.css(bg)}; border: 1px solid {colours.css(border)};"
                           " border-radius: 6px; }"
                           f"QFrame#{name} > QLabel {{ color: {colours.css(fg)}; background: transparent; }}")

    def show_state(self, text: str, button: str, action: Callable[[], object],
                   second: tuple[str, Callable[[], object]] | None = None) -> None:
        self.label.setText(text)
        self.button.setText(button)
        self.button.setAccessibleName(button.rstrip(" …"))
        self.button.setAccessibleDescription(text)
        self._action = action
        self._second_action = second[1] if second else None
        if second:
            self.second.setText(second[0])
            self.second.setAccessibleName(second[0].rstrip(" …"))
        self.second.setVisible(second is not None)
        self.show()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()

    def _second_clicked(self) -> None:
        if self._second_action is not None:
            self._second_action()
