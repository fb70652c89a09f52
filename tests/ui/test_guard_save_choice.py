"""Saving a flagged request asks for the decision in the same step: *Gem og afvis*, *Gem og
accepter med begrundelse …* (asks for the reason) or *Omskriv* (back to the text with the
flagged sentence selected). The choice names the rules, never their ids."""

from __future__ import annotations

import pytest

from secretary_app.domain.guard import default_rulebook
from secretary_app.services import guard as gsvc
from secretary_app.services import requests as svc
from secretary_app.ui import guard_choice
from secretary_app.ui.board.request_dialog import RequestDialog

FLAGGED = "Og så skal du lave en valgfolder til min kampagne, som vi kan dele ud på torvet."
TEXT = "Kan du samle forvaltningens tal for ventelisterne i hjemmeplejen. " + FLAGGED


def flagged_dialog(window, qtbot, choice):
    page = window.show_page("board")
    dlg = RequestDialog(window.ctx, window.ctx.group_id, None, page.member_id, window)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.title_edit.setText("Ældreområdet")
    dlg.description.setPlainText(TEXT)
    asked = []
    dlg.ask_guard_choice = lambda: asked.append(dlg.guard.reason_names()) or choice
    return dlg, asked


def test_save_and_decline_saves_it_declined_and_logs_the_decision(main_window, qtbot):
    dlg, asked = flagged_dialog(main_window, qtbot, guard_choice.DECLINE)
    assert dlg.save()
    main_window.ctx.ops.wait_idle(5)
    assert len(asked) == 1 and "Valgkamp og valgmateriale" in asked[0]
    assert all("." not in name and "_" not in name for name in asked[0])
    req = svc.get_request(main_window.ctx.store, dlg.saved_id)
    assert (req.status, req.guard_decision) == ("declined", "declined")
    assert "Partipolitisk arbejde" in req.decline_reason
    actions = [e.action for e in gsvc.audit_log(main_window.ctx.store, request_id=req.id)]
    assert actions == ["check", "declined"]


def test_save_and_accept_asks_for_the_reason_and_records_it(main_window, qtbot):
    dlg, asked = flagged_dialog(main_window, qtbot, guard_choice.ACCEPT)
    dlg.guard.ask_text = lambda title, prompt, required: None  # cancelled: nothing saved
    assert not dlg.save()
    assert dlg.saved_id is None and len(asked) == 1
    dlg.guard.ask_text = lambda title, prompt, required: "Folderen handler om byrådets beslutning."
    assert dlg.save()
    main_window.ctx.ops.wait_idle(5)
    req = svc.get_request(main_window.ctx.store, dlg.saved_id)
    assert (req.status, req.guard_decision) == ("new", "accepted")
    last = gsvc.audit_log(main_window.ctx.store, request_id=req.id)[-1]
    assert (last.action, last.justification) == ("accepted", "Folderen handler om byrådets beslutning.")
    # Saved again unchanged: the decision stands, nothing is asked.
    assert dlg.save() and len(asked) == 2
    # A changed text that is still flagged is asked about again.
    dlg.description.setPlainText(TEXT + " Også en valgvideo.")
    assert dlg.save() and len(asked) == 3


def test_rewrite_saves_nothing_and_selects_the_flagged_sentence(main_window, qtbot):
    dlg, asked = flagged_dialog(main_window, qtbot, guard_choice.REWRITE)
    assert not dlg.save()
    assert dlg.saved_id is None and len(asked) == 1
    assert dlg.description.textCursor().selectedText() == FLAGGED
    qtbot.waitUntil(lambda: dlg.description.hasFocus(), timeout=2000)


def test_an_unflagged_request_is_saved_without_asking(main_window, qtbot):
    dlg, asked = flagged_dialog(main_window, qtbot, None)
    dlg.description.setPlainText("Kan du samle forvaltningens tal for ventelisterne i hjemmeplejen.")
    assert dlg.save() and asked == []


def test_the_reasons_are_named_in_english_under_english(qtbot, store):
    from PySide6.QtWidgets import QPlainTextEdit

    from secretary_app.ui.guard_panel import GuardPanel

    edit = QPlainTextEdit(TEXT)
    panel = GuardPanel(None, None, store=store, lang="en")
    qtbot.addWidget(panel)
    panel.watch(edit)
    assert "Election campaign and material" in panel.reason_names()
    assert "party." not in panel.reasons_label.text()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_rule_has_a_name_in_both_languages(lang):
    for rule in default_rulebook().rules:
        name = rule.names[1 if lang == "en" else 0]
        assert name and "." not in name and "_" not in name, rule.id


def test_the_choice_offers_the_three_decisions_in_danish(qtbot):
    box = guard_choice.GuardSaveChoice("Partipolitisk arbejde", ["Valgkamp og valgmateriale"])
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == sorted(["Gem og afvis", "Gem og accepter med begrundelse …", "Omskriv", "Annuller"])
    assert "Valgkamp og valgmateriale" in box.informativeText()
