"""The guard in the GUI on long requests and drafts: the sentence that carries the problem is
highlighted in the request dialog, and a draft that turned into campaign material is flagged
on export (the secretary decides, the audit log keeps the verdict)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from secretary_app.services import drafts as dsvc
from secretary_app.services import guard as gsvc
from secretary_app.ui import guard_export
from secretary_app.ui.guard_panel import GuardPanel

LONG = ("Kan du samle forvaltningens tal for ventelisterne i hjemmeplejen til udvalgsmødet. "
        "Jeg vil også gerne have et overblik over budgettet for plejehjemmene. "
        "Og så skal du lave en valgfolder til min kampagne, som vi kan dele ud på torvet. "
        "Lav til sidst en liste over kommende møder i Ældrerådet.")


def test_the_request_dialog_highlights_the_sentence_with_the_party_errand(qtbot, store):
    host = QWidget()
    lay = QVBoxLayout(host)
    title, desc = QLineEdit(), QPlainTextEdit()
    panel = GuardPanel(None, host, store=store, lang="da")
    for w in (title, desc, panel):
        lay.addWidget(w)
    panel.watch(title, desc)
    qtbot.addWidget(host)
    host.show()
    title.setText("Ældreområdet")
    desc.setPlainText(LONG)
    panel.check_now()
    assert panel.verdict() == "party_political"
    assert panel.highlighted_sentence() == "Og så skal du lave en valgfolder til min kampagne, som vi kan dele ud på torvet."
    marked = desc.extraSelections()
    assert len(marked) == 1 and marked[0].cursor.selectedText() == panel.highlighted_sentence()
    # The panel names the rule in Danish (not its id) and quotes the sentence.
    text = panel.reasons_label.text()
    assert "Valgkamp og valgmateriale" in text and "party.election_campaign" not in text
    assert "i sætningen" in text and "valgfolder til min kampagne" in text
    # Rewritten to council work only: the highlight goes away.
    desc.setPlainText(LONG.replace("Og så skal du lave en valgfolder til min kampagne, som vi kan dele ud på torvet. ", ""))
    panel.check_now()
    assert panel.verdict() == "ok" and panel.highlighted_sentence() == "" and desc.extraSelections() == []


def test_a_draft_that_became_campaign_material_is_flagged_on_export(main_window, qtbot, tmp_path, monkeypatch):
    page = main_window.show_page("drafts")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    draft_id = page.new_draft("press_release", "Pressemeddelelse om cykelstier", interactive=False)
    store = page.ctx.store
    body = ("Byrådet har i dag vedtaget tre nye cykelstier i Hasle.\n"
            "Derfor: stem på mig og sæt dit kryds ved liste A ved kommunalvalget.")
    dsvc.save_body(store, draft_id, f"<p>{body}</p>", body)
    page.editor.set_draft(dsvc.get_draft(store, draft_id))
    asked = []
    monkeypatch.setattr(guard_export, "ask", lambda parent, result, lang: asked.append(result) or False)
    out = tmp_path / "pm.txt"
    page.export_to("txt", out)
    assert len(asked) == 1 and asked[0].verdict == "party_political"
    assert "stem på mig" in asked[0].reasons[0].sentence
    assert not out.exists()  # the secretary said no
    assert "afbrudt" in page.editor.notice_label.text()
    page.ctx.ops.wait_idle(5)
    qtbot.waitUntil(lambda: any(e.verdict == "party_political" for e in gsvc.audit_log(store)), timeout=5000)
    event = [e for e in gsvc.audit_log(store) if e.verdict == "party_political"][-1]
    marker = json.loads(event.reasons_json)[0]
    assert marker == {"source": "draft", "draft_id": draft_id, "occasion": "export"}
    assert gsvc.event_reasons(event)[0].sentence.startswith("Derfor: stem på mig")
    # Saying yes exports it.
    monkeypatch.setattr(guard_export, "ask", lambda parent, result, lang: True)
    done = {}
    page.export_to("txt", out, on_done=lambda r, e: done.update(r=r, e=e))
    qtbot.waitUntil(lambda: "r" in done, timeout=10000)
    assert done["e"] is None and out.exists()
