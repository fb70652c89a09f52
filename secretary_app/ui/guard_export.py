"""The guard on a draft that is about to leave the workspace (export, marked ready).

``guard_draft(parent, ctx, draft_id, occasion)`` judges the draft (``services.guard_documents``;
the verdict is logged through the operation layer), and when it is flagged shows the reasons with the sentence that carries
the problem and asks whether to go on. The secretary decides; the answer is returned, not
enforced. ``ask`` is a module-level hook so tests can answer without a modal dialog.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def message(result, lang: str = "da") -> str:
    """The reasons as rich text: rule name, matched words, the sentence, the legal basis."""
    items = []
    found, where = translate("GuardExport", "fundne ord"), translate("GuardExport", "i sætningen")
    for r in result.reasons:
        name = translate("GuardExport", "Vagtens model") if r.rule.startswith("model.") else r.name(lang)
        line = f"<b>{html.escape(name)}</b> – {html.escape(found)}: »{html.escape(r.match)}«"
        if r.sentence:
            line += (f"<br><span style='background:#fff3a8; color:#1d1d1d'>{html.escape(where)}: "
                     f"»{html.escape(r.sentence[:300])}«</span>")
        items.append(f"<li>{line}<br>{html.escape(r.explanation(lang))}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _ask_with_dialog(parent: QWidget | None, result, lang: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(translate("GuardExport", "Vagten har markeret udkastet"))
    kind = (translate("GuardExport", "partipolitisk arbejde") if result.verdict == "party_political"
            else translate("GuardExport", "private forhold"))
    box.setText(translate("GuardExport", "Udkastet ligner %1. Vil du eksportere det alligevel?").replace("%1", kind))
    box.setInformativeText(message(result, lang))
    box.setStandardButtons(QMessageBox.Yes | QMessageBox.No)
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


ask = _ask_with_dialog


def guard_draft(parent: QWidget | None, ctx, draft_id: int, occasion: str = "export") -> tuple[bool, object]:
    """(go on?, the guard's result). The verdict is judged here (pure Python, a read) and
    logged through the operation layer; a failing check never blocks the export."""
    from secretary_app.domain.errors import AppError
    from secretary_app.services import guard_documents

    try:
        result = guard_documents.judge_draft(ctx.store, draft_id)
    except AppError:
        return True, None
    ops = getattr(ctx, "ops", None)
    if ops is not None:
        ops.change(translate("GuardExport", "Vagtens tjek af udkastet"),
                   lambda store: guard_documents.record_draft_check(store, draft_id, occasion, result)) \
            .failure(lambda exc: None).with_parent(parent).run()
    else:
        guard_documents.record_draft_check(ctx.store, draft_id, occasion, result)
    if not result.flagged:
        return True, result
    return bool(ask(parent, result, getattr(ctx, "lang", "da") or "da")), result
