"""Talefremvisning: the draft full screen in large type, scrolling at the member's speaking
pace, with a countdown against the limit (or the estimated length), for rehearsal.

Space pauses and resumes, Esc closes, Up/Down change the pace by 10 words a minute,
+/- change the type size, Home starts over.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QTextBrowser, QVBoxLayout, QWidget

from secretary_app.domain.draft_html import parse_blocks
from secretary_app.domain.speaking_time import clamp_wpm, count_words, format_duration

TICK_MS = 40


def speaking_html(body: str, body_format: str = "html") -> str:
    """Headings, paragraphs and list items in plain large type (no sizes from the editor)."""
    out: list[str] = []
    for b in parse_blocks(body, body_format):
        text = "".join(
            (f"<b>{html.escape(r.text)}</b>" if r.bold else f"<i>{html.escape(r.text)}</i>" if r.italic
             else html.escape(r.text)) for r in b.runs).replace("\n", "<br />")
        if b.kind == "heading":
            out.append(f'<p style="color:#9fc5ff; font-weight:bold; margin-top:24px;">{text}</p>')
        elif b.kind in ("bullet", "number"):
            out.append(f'<p style="margin-left:40px;">• {text}</p>')
        elif text:
            out.append(f'<p style="margin-bottom:18px;">{text}</p>')
    return "".join(out)


class SpeakingView(QWidget):
    def __init__(self, title: str, body: str, body_format: str, words: int | None, wpm: int,
                 limit_seconds: int | None, lang: str = "da", parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("speaking_view")
        self.setWindowTitle(self.tr("Talefremvisning – %1").replace("%1", title))
        self.setStyleSheet("QWidget#speaking_view { background: #111; } QLabel { color: #ddd; }")
        self.wpm = clamp_wpm(wpm)
        self.limit_seconds = limit_seconds
        self.point_size = 40
        self.running = False
        self.elapsed = 0.0
        self._started_at: float | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 16, 40, 16)
        top = QHBoxLayout()
        self.title_label = QLabel(title)
        tf = self.title_label.font()
        tf.setPointSizeF(tf.pointSizeF() * 1.6)
        self.title_label.setFont(tf)
        # A long title wraps (and is elided past three lines) instead of widening the window.
        self.title_label.setWordWrap(True)
        self.title_label.setMaximumHeight(self.title_label.fontMetrics().lineSpacing() * 3 + 4)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setToolTip(title)
        self.pace_label = QLabel()
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        cf = self.countdown.font()
        cf.setPointSize(34)
        cf.setBold(True)
        cf.setFamily("DejaVu Sans Mono")
        cf.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(cf)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.pace_label)
        top.addSpacing(24)
        top.addWidget(self.countdown)
        lay.addLayout(top)
        self.text = QTextBrowser()
        self.text.setObjectName("speaking_text")
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text.setStyleSheet("QTextBrowser { background: #111; color: #f5f5f5; }")
        self.text.setHtml(speaking_html(body, body_format))
        self.words = words if words is not None else count_words(self.text.toPlainText())
        lay.addWidget(self.text, 1)
        self.help_label = QLabel(self.tr("Mellemrum: start/pause · ↑/↓: tempo · +/−: skriftstørrelse · "
                                         "Home: forfra · Esc: luk"))
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: #888;")
        lay.addWidget(self.help_label)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        # Keys go to the view itself (the text must not take Space/Up/Down for its own scrolling).
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys = {
            Qt.Key.Key_Space: self.toggle, Qt.Key.Key_Escape: self.close,
            Qt.Key.Key_Up: lambda: self.change_pace(+10), Qt.Key.Key_Down: lambda: self.change_pace(-10),
            Qt.Key.Key_Plus: lambda: self.change_size(+4), Qt.Key.Key_Minus: lambda: self.change_size(-4),
            Qt.Key.Key_Home: self.restart,
        }
        self._apply_font()
        self._update_labels()

    # --- pace --------------------------------------------------------------------------------
    def total_seconds(self) -> float:
        return max(1.0, self.words * 60.0 / self.wpm)

    def _apply_font(self) -> None:
        f = QFont(self.text.font())
        f.setPointSize(self.point_size)
        self.text.document().setDefaultFont(f)
        self.text.setFont(f)

    def change_size(self, step: int) -> None:
        self.point_size = max(16, min(96, self.point_size + step))
        self._apply_font()
        self._scroll()

    def change_pace(self, step: int) -> None:
        fraction = self.progress()
        self.wpm = clamp_wpm(self.wpm + step)
        self._set_progress(fraction)
        self._update_labels()

    def progress(self) -> float:
        return min(1.0, self.current_elapsed() / self.total_seconds())

    def _set_progress(self, fraction: float) -> None:
        self.elapsed = fraction * self.total_seconds()
        if self._started_at is not None:
            self._started_at = time.monotonic()

    def current_elapsed(self) -> float:
        if self._started_at is None:
            return self.elapsed
        return self.elapsed + (time.monotonic() - self._started_at)

    def toggle(self) -> None:
        if self.running:
            self.elapsed = self.current_elapsed()
            self._started_at = None
            self.timer.stop()
        else:
            self._started_at = time.monotonic()
            self.timer.start()
        self.running = not self.running
        self._update_labels()

    def restart(self) -> None:
        self.elapsed = 0.0
        if self._started_at is not None:
            self._started_at = time.monotonic()
        self._scroll()
        self._update_labels()

    def advance(self, seconds: float) -> None:
        """Move the clock (tests and the tick)."""
        self.elapsed += seconds
        self._scroll()
        self._update_labels()

    def _tick(self) -> None:
        self._scroll()
        self._update_labels()

    def _scroll(self) -> None:
        bar = self.text.verticalScrollBar()
        bar.setValue(int(round(self.progress() * bar.maximum())))

    def _update_labels(self) -> None:
        target = self.limit_seconds or self.total_seconds()
        left = target - self.current_elapsed()
        sign = "−" if left < 0 else ""
        text = sign + format_duration(int(abs(left) + 0.999))
        self.countdown.setText(text)
        # room for the widest text of this length, so no digit is ever cut off
        widest = self.countdown.fontMetrics().horizontalAdvance("−" + "".join("0" if c.isdigit() else c
                                                                                for c in text.lstrip("−")))
        if self.countdown.minimumWidth() < widest + 8:
            self.countdown.setMinimumWidth(widest + 8)
        over = left < 0
        self.countdown.setStyleSheet(f"color: {'#ff6b6b' if over else '#7ee787'};")
        self.countdown.setProperty("over", over)
        state = self.tr("kører") if self.running else self.tr("pause")
        self.pace_label.setText(self.tr("%1 ord/min · %2").replace("%1", str(self.wpm)).replace("%2", state))

    def keyPressEvent(self, event) -> None:
        action = self._keys.get(Qt.Key(event.key()))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def closeEvent(self, event) -> None:
        self.timer.stop()
        super().closeEvent(event)
