"""The draft editor's formatting toolbar and what its buttons do (bold, headings, lists ...).

A mixin of ``DraftEditor``: it expects ``self.edit`` (the text field) and the editor's
signals for the buttons that leave the text (versions, export, speaking view, sent times).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat, QTextListFormat,
)
from PySide6.QtWidgets import QComboBox, QToolBar, QToolButton

HEADING_SIZES = {1: 3, 2: 2, 3: 1}  # QTextFormat.FontSizeAdjustment per heading level


class FormattingActions:
    """Builds ``self.toolbar`` and the formatting actions, and keeps them in step with the cursor."""

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("draft_toolbar")
        self.style_combo = QComboBox()
        self.style_combo.setObjectName("style_combo")
        for label, level in ((self.tr("Brødtekst"), 0), (self.tr("Overskrift 1"), 1),
                             (self.tr("Overskrift 2"), 2), (self.tr("Overskrift 3"), 3)):
            self.style_combo.addItem(label, level)
        self.style_combo.activated.connect(lambda i: self.set_heading(self.style_combo.itemData(i)))
        self.toolbar.addWidget(self.style_combo)

        def action(text, tip, shortcut=None, checkable=False, slot=None, name=None):
            act = QAction(text, self)
            act.setToolTip(tip + (f" ({QKeySequence(shortcut).toString(QKeySequence.NativeText)})"
                                  if shortcut else ""))
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setCheckable(checkable)
            if slot:
                act.triggered.connect(slot)
            if name:
                act.setObjectName(name)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.act_bold = action(self.tr("F"), self.tr("Fed"), QKeySequence.StandardKey.Bold, True, self.toggle_bold,
                               "act_bold")
        self.act_italic = action(self.tr("K"), self.tr("Kursiv"), QKeySequence.StandardKey.Italic, True,
                                 self.toggle_italic, "act_italic")
        self.act_underline = action(self.tr("U"), self.tr("Understreget"), QKeySequence.StandardKey.Underline, True,
                                    self.toggle_underline, "act_underline")
        for act, bold, italic, under in ((self.act_bold, True, False, False), (self.act_italic, False, True, False),
                                         (self.act_underline, False, False, True)):
            af = QFont()
            af.setBold(bold)
            af.setItalic(italic)
            af.setUnderline(under)
            act.setFont(af)
        self.toolbar.addSeparator()
        self.act_bullets = action("• " + self.tr("Punkter"), self.tr("Punktopstilling"), "Ctrl+Shift+8", True,
                                  lambda on: self.set_list(QTextListFormat.Style.ListDisc if on else None),
                                  "act_bullets")
        self.act_numbers = action("1. " + self.tr("Nummereret"), self.tr("Nummereret liste"), "Ctrl+Shift+7", True,
                                  lambda on: self.set_list(QTextListFormat.Style.ListDecimal if on else None),
                                  "act_numbers")
        self.toolbar.addSeparator()
        self.act_undo = action("↶", self.tr("Fortryd"), None, False, self.edit.undo, "act_undo")
        self.act_redo = action("↷", self.tr("Gentag"), None, False, self.edit.redo, "act_redo")
        self.act_find = action(self.tr("Søg/erstat"), self.tr("Søg og erstat i teksten"), "Ctrl+F", False,
                               lambda: self.find_bar.open(), "act_find")
        repl = QAction(self)
        repl.setShortcut(QKeySequence("Ctrl+H"))
        repl.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        repl.triggered.connect(lambda: self.find_bar.open(replace=True))
        self.addAction(repl)
        self.toolbar.addSeparator()
        self.act_versions = action(self.tr("Versioner …"), self.tr("Gem, sammenlign og gendan versioner"), None, False,
                                   self.versions_requested.emit, "act_versions")
        self.export_button = QToolButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setText(self.tr("Eksportér"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for fmt, label in (("docx", self.tr("Word (DOCX) …")), ("pdf", self.tr("PDF (A4) …")),
                           ("txt", self.tr("Ren tekst (TXT) …")), ("md", self.tr("Markdown (MD) …"))):
            act = QAction(label, self)
            act.triggered.connect(lambda _=False, f=fmt: self.export_requested.emit(f))
            self.export_button.addAction(act)
        self.toolbar.addWidget(self.export_button)
        self.act_speak = action(self.tr("Talefremvisning"), self.tr("Øv talen i fuld skærm i medlemmets tempo"),
                                "F5", False, self.speaking_requested.emit, "act_speak")
        # Its own button beside the toolbar, so a narrow window never hides it behind "››".
        self.toolbar.removeAction(self.act_speak)
        self.speak_button = QToolButton()
        self.speak_button.setObjectName("speak_button")
        self.speak_button.setDefaultAction(self.act_speak)
        self.speak_button.setAccessibleName(self.tr("Talefremvisning"))
        self.speak_button.setAutoRaise(True)
        self.act_sent = action(self.tr("Udsendt …"), self.tr("Hvornår pressemeddelelsen blev sendt til "
                                                             "medlemmerne og til medierne"),
                               None, False, self.sent_requested.emit, "act_sent")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.edit.undoAvailable.connect(self.act_undo.setEnabled)
        self.edit.redoAvailable.connect(self.act_redo.setEnabled)
        self.edit.currentCharFormatChanged.connect(self._sync_format)
        self.edit.cursorPositionChanged.connect(self._sync_block)


    def _merge(self, fmt: QTextCharFormat) -> None:
        # With a selection: format it. Without: only what is typed next (like a word processor).
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self, *_) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if self.act_bold.isChecked() else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self, *_) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.act_italic.isChecked())
        self._merge(fmt)

    def toggle_underline(self, *_) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(self.act_underline.isChecked())
        self._merge(fmt)

    def set_heading(self, level: int) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        block_fmt = cursor.blockFormat()
        block_fmt.setHeadingLevel(level)
        if level:
            block_fmt.setTopMargin(12)
            block_fmt.setBottomMargin(6)
        cursor.setBlockFormat(block_fmt)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZES.get(level, 0))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)
        cursor.endEditBlock()

    def set_list(self, style) -> None:
        cursor = self.edit.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if style is None:
            if current is not None:
                block = cursor.block()
                current.remove(block)
                fmt = cursor.blockFormat()
                fmt.setIndent(0)
                cursor.setBlockFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            if current is not None:
                current.setFormat(fmt)
            else:
                cursor.createList(fmt)
        cursor.endEditBlock()
        self._sync_block()

    def _sync_format(self, fmt: QTextCharFormat) -> None:
        self.act_bold.setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold)
        self.act_italic.setChecked(fmt.fontItalic())
        self.act_underline.setChecked(fmt.fontUnderline())

    def _sync_block(self) -> None:
        cursor = self.edit.textCursor()
        level = cursor.blockFormat().headingLevel()
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(level)))
        lst = cursor.currentList()
        style = lst.format().style() if lst is not None else None
        self.act_bullets.setChecked(style in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle,
                                              QTextListFormat.Style.ListSquare))
        self.act_numbers.setChecked(style == QTextListFormat.Style.ListDecimal)
