"""The draft editor: title and limits, the text (``text_edit``) with its formatting toolbar
(``formatting``) and find/replace (``find_bar``), a status line with words, characters and
speaking time against the draft's limit, and autosave.

Autosave hands the text to ``AutosaveWriter`` (off the UI thread) 800 ms after the last
keystroke, and while typing goes on at the latest ``MAX_WAIT_MS`` after the first unsaved
one, so a crash or kill loses at most the last two seconds of typing. No SQL here:
everything goes through ``services.drafts``.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from secretary_app.domain import vocab
from secretary_app.domain.dates import format_datetime
from secretary_app.domain.errors import AppError
from secretary_app.domain.speaking_time import text_stats
from secretary_app.ui.drafts.find_bar import FindBar
from secretary_app.ui.drafts.formatting import FormattingActions
from secretary_app.ui.drafts.text_edit import DraftTextEdit
from secretary_app.ui import colours

AUTOSAVE_MS = 800  # after the last keystroke
# While typing goes on: at the latest this long after the first unsaved keystroke. The
# writer needs a few ms to some hundred on a slow disk, so at most ~2 s of typing is unsaved.
MAX_WAIT_MS = 1500
STATS_MS = 250


class DraftEditor(FormattingActions, QWidget):
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
        self.title_edit.setAccessibleName(self.tr("Titel"))
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
        self.limit_minutes.setAccessibleName(self.tr("Taletid, højst minutter"))
        self.limit_minutes.setRange(0, 240)
        self.limit_minutes.setSpecialValueText(self.tr("ingen"))
        self.limit_minutes.setSuffix(self.tr(" min"))
        self.limit_minutes.setToolTip(self.tr("Tidsgrænse for talen (0 = ingen)"))
        self.limit_chars = QSpinBox()
        self.limit_chars.setObjectName("limit_chars")
        self.limit_chars.setAccessibleName(self.tr("Højst antal tegn"))
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
        self.edit.setAccessibleName(self.tr("Udkastets tekst"))
        self.doc = self.edit.document()
        self.edit.notice.connect(self.show_notice)

        self._build_toolbar()
        tools = QHBoxLayout()
        tools.setSpacing(0)
        tools.addWidget(self.toolbar, 1)
        tools.addWidget(self.speak_button)
        lay.addLayout(tools)
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
        self.max_wait_timer = QTimer(self)
        self.max_wait_timer.setSingleShot(True)
        self.max_wait_timer.setInterval(MAX_WAIT_MS)
        self.max_wait_timer.timeout.connect(self.save_now)
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
        if not self.max_wait_timer.isActive():
            self.max_wait_timer.start()  # not restarted by later keys: continuous typing is saved too
        if not self.stats_timer.isActive():
            self.stats_timer.start()
        self.save_label.setText(self.tr("Ændret …"))

    def save_now(self) -> None:
        """Hand the current text to the writer (cheap: two serialisations, no SQL here)."""
        self.autosave_timer.stop()
        self.max_wait_timer.stop()
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
        self.notice_label.setStyleSheet(colours.fg_css(colours.danger(bg="window"), bold=True) if error
                                        else colours.fg_css(colours.warning(bg="window")))
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
        draft_id = self.draft_id

        def saved(draft) -> None:
            if draft.id != self.draft_id:
                return  # the editor moved on to another draft meanwhile
            self.draft = draft
            self._update_press()
            self.update_stats()
            self.meta_changed.emit(draft.id)

        def refused(exc: BaseException) -> None:
            self.show_notice(exc.message(self.ctx.lang) if isinstance(exc, AppError)
                             else self.tr("Ikke gemt: %1").replace("%1", type(exc).__name__), True)

        self.ctx.ops.change(self.tr("Redigér udkast"), lambda store: svc.update_draft(store, draft_id, **changes)) \
            .success(saved).failure(refused).with_parent(self).run()

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
        self.stats_label.setStyleSheet(colours.fg_css(colours.danger(bg="window"), bold=True) if stats.over else "")
        self.stats_label.setProperty("over", stats.over)
