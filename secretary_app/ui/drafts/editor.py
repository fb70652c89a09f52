"""The draft editor: rich text (QTextDocument) with a formatting toolbar, find/replace,
undo, a status line with words, characters and speaking time against the draft's limit,
and autosave (debounced; written by ``AutosaveWriter`` off the UI thread).

No SQL here: everything goes through ``services.drafts``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction, QFont, QKeySequence, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument,
    QTextFormat, QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QTextEdit, QToolBar, QToolButton,
    QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.dates import format_datetime
from secretary_app.domain.errors import AppError
from secretary_app.domain.speaking_time import text_stats

AUTOSAVE_MS = 800  # after the last keystroke; the text is in the database well within 2 s
STATS_MS = 250
HEADING_SIZES = {1: 3, 2: 2, 3: 1}  # QTextFormat.FontSizeAdjustment per heading level


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


class DraftEditor(QWidget):
    """Edits one draft at a time; ``load(id)`` switches (saving the previous one first)."""

    saved = Signal(int)  # draft id, after an autosave reached the database
    meta_changed = Signal(int)  # title, kind, limits ... changed (the list shows them)
    versions_requested = Signal()
    export_requested = Signal(str)
    speaking_requested = Signal()
    sent_requested = Signal()

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        from secretary_app.ui.drafts.autosave import AutosaveWriter

        self.ctx = ctx
        self.draft_id: int | None = None
        self.draft = None
        self.wpm = 130
        self._seq = 0
        self._saved_seq = 0
        self._last_plain: str | None = None
        self._loading = False
        self._dirty = False
        self.last_save_ms: float | None = None
        self.last_serialise_ms: float | None = None
        self.writer = AutosaveWriter(ctx.store)
        self.writer.saved.connect(self._on_saved)
        self.writer.failed.connect(self._on_failed)
        self.destroyed.connect(lambda *_: self.writer.stop())

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(4)
        # -- meta row: title, kind, limits
        meta = QHBoxLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setPlaceholderText(self.tr("Titel"))
        f = self.title_edit.font()
        f.setPointSizeF(f.pointSizeF() + 2)
        f.setBold(True)
        self.title_edit.setFont(f)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for term in vocab.DRAFT_KINDS:
            self.kind_combo.addItem(term.label(ctx.lang), term.code)
        self.limit_minutes = QSpinBox()
        self.limit_minutes.setObjectName("limit_minutes")
        self.limit_minutes.setRange(0, 240)
        self.limit_minutes.setSpecialValueText(self.tr("ingen"))
        self.limit_minutes.setSuffix(self.tr(" min"))
        self.limit_minutes.setToolTip(self.tr("Tidsgrænse for talen (0 = ingen)"))
        self.limit_chars = QSpinBox()
        self.limit_chars.setObjectName("limit_chars")
        self.limit_chars.setRange(0, 1_000_000)
        self.limit_chars.setSingleStep(100)
        self.limit_chars.setSpecialValueText(self.tr("ingen"))
        self.limit_chars.setSuffix(self.tr(" tegn"))
        self.limit_chars.setToolTip(self.tr("Tegngrænse, fx avisens debatsektion (0 = ingen)"))
        meta.addWidget(self.title_edit, 3)
        meta.addWidget(self.kind_combo, 1)
        meta.addWidget(QLabel(self.tr("Grænse:")))
        meta.addWidget(self.limit_minutes)
        meta.addWidget(self.limit_chars)
        lay.addLayout(meta)
        self.title_edit.editingFinished.connect(self._save_meta)
        self.kind_combo.currentIndexChanged.connect(lambda *_: self._save_meta())
        self.limit_minutes.valueChanged.connect(lambda *_: self._save_meta())
        self.limit_chars.valueChanged.connect(lambda *_: self._save_meta())

        # -- the text
        self.edit = DraftTextEdit()
        self.edit.setObjectName("draft_text")
        self.doc = self.edit.document()
        self.edit.notice.connect(self.show_notice)

        # -- toolbar
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
        self.act_sent = action(self.tr("Udsendt …"), self.tr("Hvornår pressemeddelelsen blev sendt til "
                                                             "medlemmerne og til medierne"),
                               None, False, self.sent_requested.emit, "act_sent")
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self.edit.undoAvailable.connect(self.act_undo.setEnabled)
        self.edit.redoAvailable.connect(self.act_redo.setEnabled)
        self.edit.currentCharFormatChanged.connect(self._sync_format)
        self.edit.cursorPositionChanged.connect(self._sync_block)

        lay.addWidget(self.toolbar)
        self.find_bar = FindBar(self.edit)
        self.find_bar.hide()
        lay.addWidget(self.find_bar)
        self.press_banner = QLabel()
        self.press_banner.setObjectName("press_banner")
        self.press_banner.setWordWrap(True)
        self.press_banner.hide()
        lay.addWidget(self.press_banner)
        lay.addWidget(self.edit, 1)
        # -- status line
        status = QHBoxLayout()
        self.stats_label = QLabel()
        self.stats_label.setObjectName("stats_label")
        self.notice_label = QLabel()
        self.notice_label.setObjectName("notice_label")
        self.notice_label.setWordWrap(True)
        self.save_label = QLabel()
        self.save_label.setObjectName("save_label")
        status.addWidget(self.stats_label)
        status.addWidget(self.notice_label, 1)
        status.addWidget(self.save_label)
        lay.addLayout(status)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        interval = getattr(getattr(ctx, "settings", None), "autosave_seconds", None)
        self.autosave_timer.setInterval(int(min(AUTOSAVE_MS, (interval or 2) * 1000)))
        self.autosave_timer.timeout.connect(self.save_now)
        self.stats_timer = QTimer(self)
        self.stats_timer.setSingleShot(True)
        self.stats_timer.setInterval(STATS_MS)
        self.stats_timer.timeout.connect(self.update_stats)
        self.doc.contentsChanged.connect(self._on_changed)
        self.setEnabled(False)

    # --- loading ---------------------------------------------------------------------------------
    def load(self, draft_id: int | None) -> None:
        from secretary_app.services import drafts as svc

        if draft_id == self.draft_id and draft_id is not None:
            return
        self.flush()
        self.draft_id = None
        self.draft = None
        self.notice_label.clear()
        self._loading = True
        try:
            if draft_id is None:
                self.edit.clear()
                self.title_edit.clear()
                self.stats_label.clear()
                self.save_label.clear()
                self.press_banner.hide()
                self.setEnabled(False)
                return
            draft = svc.get_draft(self.ctx.store, draft_id)
            self.draft = draft
            self.wpm = svc.member_wpm(self.ctx.store, draft.member_id)
            with QSignalBlocker(self.title_edit), QSignalBlocker(self.kind_combo), \
                    QSignalBlocker(self.limit_minutes), QSignalBlocker(self.limit_chars):
                self.title_edit.setText(draft.title)
                self.title_edit.setCursorPosition(0)  # show the start of a long title
                self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind)))
                self.limit_minutes.setValue(round((draft.limit_seconds or 0) / 60))
                self.limit_chars.setValue(draft.limit_chars or 0)
            self.doc.setUndoRedoEnabled(False)
            if draft.body_format == "html":
                self.edit.setHtml(draft.body)
            else:
                self.edit.setPlainText(draft.body)
            self.doc.setUndoRedoEnabled(True)  # a fresh undo history per draft
            self._dirty = False
            self._last_plain = self.doc.toPlainText()
            self.draft_id = draft_id
            self.setEnabled(True)
            self.save_label.setText(self.tr("Gemt %1").replace("%1", format_datetime(draft.updated_at)))
            self._update_press()
            self.update_stats()
        finally:
            self._loading = False

    def reload(self) -> None:
        """Show the stored text again (after restoring a version)."""
        draft_id = self.draft_id
        self.draft_id = None
        self._dirty = False
        self.load(draft_id)

    # --- autosave --------------------------------------------------------------------------------
    def _on_changed(self) -> None:
        if self._loading or self.draft_id is None:
            return
        self._dirty = True
        self.autosave_timer.start()
        if not self.stats_timer.isActive():
            self.stats_timer.start()
        self.save_label.setText(self.tr("Ændret …"))

    def save_now(self) -> None:
        """Hand the current text to the writer (cheap: two serialisations, no SQL here)."""
        self.autosave_timer.stop()
        if self.draft_id is None or not self._dirty:
            return
        start = time.perf_counter()
        html = self.doc.toHtml()
        plain = self.doc.toPlainText()
        self.last_serialise_ms = (time.perf_counter() - start) * 1000
        changed_words = plain != self._last_plain
        self._seq += 1
        self._dirty = False
        self.writer.submit(self.draft_id, self._seq, html, plain if changed_words else None)
        if changed_words:
            self._last_plain = plain

    def flush(self) -> bool:
        """Save now and wait until the text is in the database (closing, switching, exporting)."""
        self.save_now()
        self._save_meta()
        return self.writer.wait_idle()

    def _on_saved(self, draft_id: int, seq: int, at, ms: float) -> None:
        self.last_save_ms = ms
        if draft_id == self.draft_id:
            self._saved_seq = seq
            if not self._dirty and not self.autosave_timer.isActive():
                self.save_label.setText(self.tr("Gemt %1").replace("%1", format_datetime(at)[-5:]))
            if self.notice_label.property("save_error"):
                self.notice_label.clear()
                self.notice_label.setProperty("save_error", False)
        self.saved.emit(draft_id)

    def _on_failed(self, draft_id: int, seq: int, exc: BaseException) -> None:
        text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc)
        if draft_id == self.draft_id:
            self._last_plain = None  # the next save sends the words again
            self._dirty = True
            self.save_label.setText(self.tr("Ikke gemt"))
        self.show_notice(self.tr("Ikke gemt: %1").replace("%1", text), True)
        self.notice_label.setProperty("save_error", True)

    def show_notice(self, text: str, error: bool = False) -> None:
        self.notice_label.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "color: #7a5a00;")
        self.notice_label.setText(text)

    # --- meta --------------------------------------------------------------------------------------
    def _save_meta(self) -> None:
        from secretary_app.services import drafts as svc

        if self.draft_id is None or self.draft is None or self._loading:
            return
        changes = {}
        title = self.title_edit.text().strip()
        if title and title != self.draft.title:
            changes["title"] = title
        kind = self.kind_combo.currentData()
        if kind != self.draft.kind:
            changes["kind"] = kind
        secs = self.limit_minutes.value() * 60 or None
        if secs != self.draft.limit_seconds and not (self.draft.limit_seconds and
                                                      round(self.draft.limit_seconds / 60) * 60 == (secs or 0)):
            changes["limit_seconds"] = secs
        chars = self.limit_chars.value() or None
        if chars != self.draft.limit_chars:
            changes["limit_chars"] = chars
        if not changes:
            return
        try:
            self.draft = svc.update_draft(self.ctx.store, self.draft_id, **changes)
        except AppError as exc:
            self.show_notice(exc.message(self.ctx.lang), True)
            return
        self._update_press()
        self.update_stats()
        self.meta_changed.emit(self.draft_id)

    def _update_press(self) -> None:
        from secretary_app.services.drafts import press_order_warning

        d = self.draft
        is_press = d is not None and d.kind == "press_release"
        self.act_sent.setVisible(is_press)
        if not is_press:
            self.press_banner.hide()
            return
        warning = press_order_warning(d.sent_members_at, d.sent_media_at, self.ctx.lang)
        parts = [self.tr("Sendt til medlemmerne: %1").replace("%1", format_datetime(d.sent_members_at) or "–"),
                 self.tr("til medierne: %1").replace("%1", format_datetime(d.sent_media_at) or "–")]
        text = " · ".join(parts)
        if warning:
            text = "⚠ " + warning + "  (" + text + ")"
            self.press_banner.setStyleSheet("background:#fde2e1; color:#8c1d18; padding:4px; border-radius:3px;")
        else:
            self.press_banner.setStyleSheet("background:#eef2f7; color:#34495e; padding:4px; border-radius:3px;")
        self.press_banner.setText(text)
        self.press_banner.show()

    def set_draft(self, draft) -> None:
        """The stored draft changed outside the editor (sent times, restore)."""
        self.draft = draft
        self._update_press()
        self.update_stats()

    # --- status line -----------------------------------------------------------------------------
    def current_stats(self):
        d = self.draft
        return text_stats(self.doc.toPlainText(), self.wpm, d.limit_seconds if d else None,
                          d.limit_chars if d else None)

    def update_stats(self) -> None:
        if self.draft is None:
            return
        stats = self.current_stats()
        self.stats_label.setText(stats.summary(self.ctx.lang))
        self.stats_label.setStyleSheet("color: #c0392b; font-weight: bold;" if stats.over else "")
        self.stats_label.setProperty("over", stats.over)

    # --- formatting --------------------------------------------------------------------------------
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
