"""The guard in the GUI: checks a request as the secretary types and records the decision.

``GuardPanel`` is embedded in the request dialog (or shown on its own by ``GuardDialog``). It
re-checks the text 400 ms after the last keystroke, shows the verdict and every reason (rule,
matched words, explanation citing the law) and offers the three decisions: decline with a
reason, accept with a written justification, or rewrite. The request's audit log (when, verdict,
reasons, decision, justification) is listed below. The check itself is pure Python and takes
well under a millisecond, so it runs on the GUI thread; saving goes through services.guard.
"""

from __future__ import annotations

import html
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextEdit,
    QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from secretary_app.domain import vocab
from secretary_app.domain.dates import format_datetime
from secretary_app.domain.errors import AppError
from secretary_app.ui.forms import ErrorLabel
from secretary_app.ui.guard_choice import DecisionDialog
from secretary_app.ui import colours

DEBOUNCE_MS = 400
HIGHLIGHT = "#fff3a8"  # the sentence that carries a reason, in the text and in the panel
HIGHLIGHT_TEXT = "#1d1d1d"  # always with its own dark text: a dark palette's light text would vanish


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

# Colours for the verdict line: green within the scheme, red party work, orange private.
_STYLE = {
    "ok": "background:#e7f5ec; color:#1e6b3a; border:1px solid #a8d5b8;",
    "party_political": "background:#fdecea; color:#a61b1b; border:1px solid #e6a19b;",
    "outside_role": "background:#fff1e0; color:#9a4b00; border:1px solid #f0c08a;",
}


def _label(terms, code: str, lang: str) -> str:
    for t in terms:
        if t.code == code:
            return t.en if lang == "en" else t.da
    return code


class GuardPanel(QWidget):
    """Verdict, reasons, decisions and audit log for one request (new or saved)."""

    checked = Signal(str)  # the verdict after each check
    decided = Signal(str, int)  # action, request id

    def __init__(self, ctx=None, parent: QWidget | None = None, *, store=None, lang: str | None = None,
                 debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.setObjectName("guardPanel")
        self.ctx = ctx
        self._store = store
        self.lang = lang or (getattr(ctx, "lang", None) or "da")
        self.request_id: int | None = None
        self.group_id: int | None = getattr(ctx, "group_id", None)
        self.result = None
        self._text_source: Callable[[], str] | None = None
        self._type_source: Callable[[], str | None] | None = None
        self._focus_target: QWidget | None = None
        self._editors: tuple[QWidget, ...] = ()
        self._highlighted = ""

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check_now)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Vagt: partipolitisk arbejde og private forhold"))
        heading.setStyleSheet("font-weight:600;")
        lay.addWidget(heading)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("guardVerdict")
        self.verdict_label.setWordWrap(True)
        lay.addWidget(self.verdict_label)
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("guardReasons")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.RichText)
        self.reasons_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        lay.addWidget(self.reasons_label)

        row = QHBoxLayout()
        self.decline_button = QPushButton(self.tr("Afvis …"))
        self.accept_button = QPushButton(self.tr("Accepter med begrundelse …"))
        self.rewrite_button = QPushButton(self.tr("Omskriv"))
        self.decline_button.setToolTip(self.tr("Afvis opgaven; begrundelsen gemmes på opgaven og i loggen"))
        self.accept_button.setToolTip(self.tr("Løs opgaven alligevel; en skriftlig begrundelse er påkrævet"))
        self.rewrite_button.setToolTip(self.tr("Omformulér opgaven, så den ligger inden for hvervet"))
        for b in (self.decline_button, self.accept_button, self.rewrite_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.decline_button.clicked.connect(self._on_decline)
        self.accept_button.clicked.connect(self._on_accept)
        self.rewrite_button.clicked.connect(self._on_rewrite)
        self.error = ErrorLabel(self)
        lay.addWidget(self.error)
        self.decision_label = QLabel()
        self.decision_label.setObjectName("guardDecision")
        self.decision_label.setWordWrap(True)
        self.decision_label.hide()
        lay.addWidget(self.decision_label)

        self.log_label = QLabel(self.tr("Vagtens log for opgaven"))
        lay.addWidget(self.log_label)
        self.log_view = QListWidget()
        self.log_view.setObjectName("guardLog")
        self.log_view.setAccessibleName(self.tr("Vagtens log"))
        self.log_view.setAlternatingRowColors(True)
        # One entry per event, wrapped to the panel's width: when and what; the reasons by name;
        # the justification. Five columns did not fit the request dialog (its readers scrolled
        # sideways to find the reasons); the words found and the explanations are in the tooltip.
        self.log_view.setWordWrap(True)  # a list re-wraps its entries when it is resized; a tree did not
        self.log_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.log_view.setUniformItemSizes(False)
        self.log_view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.log_view.setMinimumHeight(90)
        lay.addWidget(self.log_view, 1)
        self._show_result(None)

    # --- wiring -----------------------------------------------------------------------------
    @property
    def store(self):
        return self._store if self._store is not None else getattr(self.ctx, "store", None)

    def watch(self, *editors: QWidget, task_type: Callable[[], str | None] | None = None) -> None:
        """Check the text of these editors (QLineEdit, QPlainTextEdit, QTextEdit) as they change."""
        editors = tuple(e for e in editors if e is not None)

        def text() -> str:
            parts = []
            for e in editors:
                getter = getattr(e, "toPlainText", None) or getattr(e, "text")
                parts.append(getter())
            return "\n".join(parts)

        self._text_source = text
        self._type_source = task_type
        self._focus_target = editors[-1] if editors else None
        self._editors = editors
        for e in editors:
            signal = getattr(e, "textChanged", None)
            if signal is not None:
                signal.connect(self.schedule_check)
        self.check_now()

    def set_text_source(self, source: Callable[[], str], focus: QWidget | None = None) -> None:
        self._text_source = source
        self._focus_target = focus
        self.check_now()

    def set_request(self, request_id: int | None, group_id: int | None = None) -> None:
        """The saved request this panel belongs to (None while the request is new)."""
        self.request_id = request_id
        if group_id is not None:
            self.group_id = group_id
        self.refresh_log()
        self._update_buttons()

    # --- checking ---------------------------------------------------------------------------
    def schedule_check(self, *_args) -> None:
        self._timer.start()

    def check_now(self):
        from secretary_app.services import guard as svc

        self._timer.stop()
        text = self._text_source() if self._text_source else ""
        task_type = self._type_source() if self._type_source else None
        self.result = svc.check_text(text, task_type)
        self._show_result(self.result)
        self._highlight(self.result)
        self.checked.emit(self.result.verdict)
        return self.result

    def verdict(self) -> str:
        return self.result.verdict if self.result is not None else "ok"

    def record(self, request_id: int | None = None, group_id: int | None = None) -> None:
        """Called when the request is saved: log the verdict (services skip unchanged ones)."""
        from secretary_app.services import guard as svc

        if request_id is not None or group_id is not None:
            self.set_request(request_id if request_id is not None else self.request_id, group_id)
        if self.result is None or self._timer.isActive():
            self.check_now()
        if self.group_id is None or self.store is None:
            return
        group_id, request_id, result = self.group_id, self.request_id, self.result
        self._run(self.tr("Vagtens tjek"), lambda store: svc.record_check(store, group_id, request_id, result),
                  lambda _event: self.refresh_log(), None)

    def _run(self, label: str, fn, on_ok, on_error) -> None:
        """Through the operation runner in the window; directly where the panel has only a store."""
        ops = getattr(self.ctx, "ops", None)
        if ops is not None:
            op = ops.change(label, fn).success(on_ok).with_parent(self)
            if on_error is not None:
                op.failure(on_error)
            op.run()
            return
        try:
            value = fn(self.store)
        except AppError as exc:
            if on_error is None:
                raise
            on_error(exc)
        else:
            on_ok(value)

    def _show_result(self, result) -> None:
        verdict = result.verdict if result is not None else "ok"
        text = _label(vocab.GUARD_VERDICTS, verdict, self.lang)
        if verdict == "ok":
            text = self.tr("Inden for ordningen – ingen tegn på partipolitisk arbejde eller private forhold.")
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"QLabel {{ {_STYLE[verdict]} padding:6px; border-radius:4px;"
                                         " font-weight:600; }")
        if result is None or not result.reasons:
            self.reasons_label.setText("")
            self.reasons_label.hide()
        else:
            from secretary_app.domain.guard import default_rulebook

            # Each explanation ends with the legal basis of its kind; say the basis once, last.
            bases = {default_rulebook().basis.get(r.kind, ("", ""))[1 if self.lang == "en" else 0]
                     for r in result.reasons}
            found = html.escape(self.tr("fundne ord"))
            in_sentence = html.escape(self.tr("i sætningen"))
            result_text = self._text_source() if self._text_source else ""
            last_sentence = None
            items = []
            for r in result.reasons:
                text = r.explanation(self.lang)
                for basis in bases:
                    if basis and text.endswith(basis) and text != basis:
                        text = text[: -len(basis)].rstrip()
                # The model has no rule name a secretary would recognise; say what it is.
                name = self.tr("vagtens model") if r.rule.startswith("model.") else r.name(self.lang)
                where = ""
                # The sentence once per run of reasons from it, not once per reason.
                if r.sentence and r.sentence.strip() != result_text.strip() and r.sentence != last_sentence:
                    where = (f"<br><span style='background:{HIGHLIGHT}; color:{HIGHLIGHT_TEXT}'>{in_sentence}: "
                             f"»{html.escape(_short(r.sentence))}«</span>")
                last_sentence = r.sentence
                items.append(
                    f"<li><b>{html.escape(name)}</b> – {found}: "
                    f"»{html.escape(r.match)}«{where}<br>{html.escape(text)}</li>")
            muted = colours.css(colours.muted(bg="window"))
            footer = "".join(f"<p style='color:{muted}'>{html.escape(b)}</p>" for b in sorted(bases) if b)
            self.reasons_label.setText("<ul style='margin-left:-20px'>" + "".join(items) + "</ul>" + footer)
            self.reasons_label.show()
        self._update_buttons()

    def _highlight(self, result) -> None:
        """Mark the sentence that carries the first reason in the editor that holds it."""
        from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

        sentence = ""
        if result is not None and result.flagged:
            sentence = next((r.sentence for r in result.reasons if r.sentence), "")
        self._highlighted = ""
        for editor in self._editors:
            if not hasattr(editor, "setExtraSelections"):
                continue
            selections = []
            if sentence:
                cursor = editor.document().find(sentence, 0, QTextDocument.FindFlag(0))
                if not cursor.isNull():
                    sel = QTextEdit.ExtraSelection()
                    fmt = QTextCharFormat()
                    fmt.setBackground(QColor(HIGHLIGHT))
                    fmt.setForeground(QColor(HIGHLIGHT_TEXT))
                    sel.format = fmt
                    sel.cursor = cursor
                    selections.append(sel)
                    self._highlighted = cursor.selectedText()
                    sentence = ""  # one editor is enough
            editor.setExtraSelections(selections)

    def highlighted_sentence(self) -> str:
        """The sentence marked in the request's text ("" when none)."""
        return self._highlighted

    def _update_buttons(self) -> None:
        saved = self.request_id is not None and self.store is not None
        flagged = self.result is not None and self.result.verdict != "ok"
        self.decline_button.setEnabled(saved)
        self.accept_button.setEnabled(saved and flagged)
        self.rewrite_button.setEnabled(flagged)
        tip = "" if saved else self.tr("Gem opgaven først, så beslutningen kan logges")
        self.decline_button.setToolTip(tip or self.tr("Afvis opgaven; begrundelsen gemmes på opgaven og i loggen"))

    # --- decisions --------------------------------------------------------------------------
    def ask_text(self, title: str, prompt: str, required: bool) -> str | None:
        """Ask for a reason; None when cancelled. (Tests replace this to skip the modal dialog.)"""
        dialog = DecisionDialog(title, prompt, required, self)
        return dialog.text() if dialog.exec() == QDialog.Accepted else None

    def _on_decline(self) -> None:
        reason = self.ask_text(self.tr("Afvis opgaven"),
                               self.tr("Hvorfor afvises opgaven? Begrundelsen gemmes på opgaven og i vagtens log."),
                               False)
        if reason is not None:
            self.decide("declined", reason)

    def _on_accept(self) -> None:
        text = self.ask_justification()
        if text is not None:
            self.decide("accepted", text)

    def _on_rewrite(self) -> None:
        if not self.select_flagged() and self._focus_target is not None:
            self._focus_target.setFocus()
        if self.request_id is not None and self.store is not None:
            self.decide("rewritten", "")

    def select_flagged(self) -> str:
        """Put the cursor on the text to rewrite: the sentence (else the words) that carries the
        first reason, selected in the editor that holds it and focused. Returns the selection."""
        from PySide6.QtGui import QTextDocument

        if self.result is None or not self.result.flagged:
            return ""
        wanted = [r.sentence for r in self.result.reasons if r.sentence]
        wanted += [r.match for r in self.result.reasons if r.match]
        for target in wanted:
            for editor in self._editors:
                if hasattr(editor, "document"):
                    cursor = editor.document().find(target, 0, QTextDocument.FindFlag(0))
                    if cursor.isNull():
                        continue
                    editor.setTextCursor(cursor)
                    editor.ensureCursorVisible()
                    editor.setFocus()
                    return cursor.selectedText()
                text = editor.text() if hasattr(editor, "text") else ""
                at = text.lower().find(target.lower())
                if at >= 0:
                    editor.setFocus()
                    editor.setSelection(at, len(target))
                    return editor.selectedText()
        return ""

    def reason_names(self) -> list[str]:
        """The rules behind the verdict as a secretary reads them, each once."""
        names: list[str] = []
        for r in self.result.reasons if self.result is not None else ():
            name = self.tr("vagtens model") if r.rule.startswith("model.") else r.name(self.lang)
            if name not in names:
                names.append(name)
        return names

    def needs_decision(self, original=None, title: str = "", description: str = "") -> bool:
        """A flagged text needs the secretary's decision when saved, unless this very text was
        already accepted or declined."""
        if self.result is None or self._timer.isActive():
            self.check_now()
        if not self.result.flagged:
            return False
        if original is None or original.guard_decision not in ("accepted", "declined"):
            return True
        same = ((original.title or "").strip(), (original.description or "").strip()) == (title, description)
        return not (same and original.guard_verdict == self.result.verdict)

    def ask_justification(self) -> str | None:
        return self.ask_text(self.tr("Accepter med begrundelse"),
                             self.tr("Vagten har markeret opgaven. Skriv, hvorfor den alligevel ligger inden "
                                     "for hvervet (påkrævet – gemmes i vagtens log og i månedsrapporten)."),
                             True)

    def decide(self, action: str, justification: str = "") -> bool:
        """Record the secretary's decision (and the verdict it answers); False if refused at once."""
        from secretary_app.services import guard as svc

        self.error.show_error("")
        if self.request_id is None:
            self.error.show_error(self.tr("Gem opgaven først, så beslutningen kan logges."))
            return False
        group_id, request_id, result = self.group_id, self.request_id, self.result
        refused: list[BaseException] = []

        def work(store):
            if result is not None:
                svc.record_check(store, group_id, request_id, result)
            return svc.decide(store, request_id, action, justification)

        def done(_event) -> None:
            self.refresh_log()
            self.decided.emit(action, request_id)

        def failed(exc: BaseException) -> None:
            refused.append(exc)
            self.error.show_error(exc.message(self.lang) if isinstance(exc, AppError)
                                  else self.tr("Beslutningen blev ikke gemt."))

        self._run(self.tr("Vagtens beslutning"), work, done, failed)
        return not refused

    # --- audit log --------------------------------------------------------------------------
    def refresh_log(self) -> None:
        from secretary_app.services import guard as svc

        self.log_view.clear()
        self.decision_label.hide()
        if self.request_id is None or self.store is None:
            self.log_label.setText(self.tr("Vagtens log vises, når opgaven er gemt."))
            return
        self.log_label.setText(self.tr("Vagtens log for opgaven"))
        action_text = {"check": self.tr("Tjek"), "declined": self.tr("Afvist"),
                       "accepted": self.tr("Accepteret med begrundelse"), "rewritten": self.tr("Omskrevet")}
        last_decision = None
        for event in svc.audit_log(self.store, request_id=self.request_id):
            if event.action != "check":
                last_decision = event
            reasons = svc.event_reasons(event)
            fields = [format_datetime(event.at, self.lang), _label(vocab.GUARD_VERDICTS, event.verdict, self.lang),
                      action_text.get(event.action, event.action), event.justification,
                      "; ".join(f"{self._rule_name(r)}: »{r.match}«" for r in reasons)]
            guard = self.tr("Vagten")
            lines = [f"{fields[0]} · " + (f"{fields[2]} ({fields[1]})" if event.action != "check"
                                          else f"{guard}: {fields[1]}")]
            if reasons:
                lines.append(self.tr("Grunde: %1").replace("%1", ", ".join(dict.fromkeys(map(self._rule_name, reasons)))))
            if event.justification:
                lines.append(self.tr("Begrundelse: %1").replace("%1", " ".join(event.justification.split())))
            item = QListWidgetItem("\n".join(lines))
            item.setData(Qt.UserRole, fields)
            item.setToolTip("\n\n".join([f"{self._rule_name(r)} – »{r.match}«\n{r.explanation(self.lang)}"
                                             for r in reasons] + ([event.justification] if event.justification else [])))
            self.log_view.addItem(item)
        if last_decision is not None:
            text = self.tr("Seneste beslutning: %1 (%2)").replace(
                "%1", action_text.get(last_decision.action, last_decision.action)).replace(
                "%2", format_datetime(last_decision.at, self.lang))
            if last_decision.justification:
                text += " – " + last_decision.justification
            self.decision_label.setText(text)
        self.decision_label.setVisible(last_decision is not None)

    def _rule_name(self, reason) -> str:
        return self.tr("vagtens model") if reason.rule.startswith("model.") else reason.name(self.lang)

    def log_rows(self) -> list[list[str]]:
        """The audit log's fields: time, verdict, action, justification, reasons (for tests and
        copy/paste; the view shows them wrapped, one entry per event)."""
        return [list(self.log_view.item(i).data(Qt.UserRole)) for i in range(self.log_view.count())]


class GuardDialog(QDialog):
    """The guard for a saved request on its own (e.g. from a board card's context menu)."""

    def __init__(self, ctx, request_id: int, parent: QWidget | None = None, *, store=None, lang=None):
        super().__init__(parent)
        from secretary_app.services import requests as reqs

        self.setWindowTitle(self.tr("Vagt for opgaven"))
        store = store if store is not None else ctx.store
        req = reqs.get_request(store, request_id)
        lay = QVBoxLayout(self)
        self.text = QPlainTextEdit(f"{req.title}\n{req.description}".strip())
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(110)
        lay.addWidget(self.text)
        self.panel = GuardPanel(ctx, self, store=store, lang=lang)
        self.panel.set_request(req.id, req.group_id)
        self.panel.watch(self.text)
        lay.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(720, 560)
