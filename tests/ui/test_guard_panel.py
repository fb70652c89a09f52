"""The guard panel: flags while typing, records decline and accept, and the log survives reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from secretary_app.services import groups
from secretary_app.services import guard as svc
from secretary_app.services import requests as reqs
from secretary_app.ui.guard_panel import DecisionDialog, GuardDialog, GuardPanel


def _form(qtbot, store, lang="da"):
    host = QWidget()
    lay = QVBoxLayout(host)
    title, desc = QLineEdit(), QPlainTextEdit()
    panel = GuardPanel(None, host, store=store, lang=lang)
    lay.addWidget(title)
    lay.addWidget(desc)
    lay.addWidget(panel)
    panel.watch(title, desc)
    qtbot.addWidget(host)
    host.show()
    return host, title, desc, panel


def test_flags_while_typing_then_decline_and_accept_are_in_the_log_after_reopening(qtbot, store, group):
    member = groups.create_member(store, group.id, groups.MemberInput("Anna Jensen"))
    host, title, desc, panel = _form(qtbot, store)
    assert panel.verdict() == "ok" and "Inden for ordningen" in panel.verdict_label.text()

    qtbot.keyClicks(title, "Tale")
    qtbot.keyClicks(desc, "Skriv min tale til landsmødet i september")
    qtbot.waitUntil(lambda: panel.verdict() == "party_political")
    assert "Partipolitisk arbejde" in panel.verdict_label.text()
    assert "landsmødet" in panel.reasons_label.text() and "§ 16, stk. 11" in panel.reasons_label.text()
    assert not panel.decline_button.isEnabled()  # nothing to log until the request is saved

    # Save: the check goes to the audit log; then decline with a reason.
    r1 = reqs.create_request(store, group.id, member.id, "speech", title.text(), description=desc.toPlainText())
    panel.record(r1.id, group.id)
    assert panel.decline_button.isEnabled() and panel.accept_button.isEnabled()
    panel.ask_text = lambda *a: "Partipolitisk – henvist til partiets sekretariat."
    qtbot.mouseClick(panel.decline_button, Qt.LeftButton)
    assert reqs.get_request(store, r1.id).status == "declined"
    assert [row[2] for row in panel.log_rows()] == ["Tjek", "Afvist"]

    # A second request: accepting needs a justification.
    host2, title2, desc2, panel2 = _form(qtbot, store)
    qtbot.keyClicks(desc2, "Lav et nyhedsbrev til partiforeningens medlemmer")
    qtbot.waitUntil(lambda: panel2.verdict() == "party_political")
    r2 = reqs.create_request(store, group.id, member.id, "speech", "Nyhedsbrev", description=desc2.toPlainText())
    panel2.record(r2.id, group.id)
    panel2.ask_text = lambda *a: ""  # an empty justification is refused
    assert not panel2.decide("accepted", "")
    assert panel2.error.isVisible() and "Begrundelsen" in panel2.error.text()
    panel2.ask_text = lambda *a: "Nyhedsbrevet handler kun om gruppens budgetforslag i BR."
    qtbot.mouseClick(panel2.accept_button, Qt.LeftButton)
    assert not panel2.error.isVisible()
    assert panel2.log_rows()[-1][2] == "Accepteret med begrundelse"

    # Reopen the store: both decisions are in the audit log.
    path = store.path
    store.close()
    from secretary_app.store.engine import Store
    reopened = Store(path)
    try:
        actions = [(e.request_id, e.action) for e in svc.audit_log(reopened, group.id)]
        assert (r1.id, "declined") in actions and (r2.id, "accepted") in actions
        panel3 = GuardPanel(None, None, store=reopened)
        qtbot.addWidget(panel3)
        panel3.set_request(r2.id, group.id)
        rows = panel3.log_rows()
        assert rows[-1][2] == "Accepteret med begrundelse"
        assert rows[-1][3] == "Nyhedsbrevet handler kun om gruppens budgetforslag i BR."
        assert "partiforening" in rows[-1][4]
    finally:
        reopened.close()


def test_rewriting_clears_the_flag_and_is_logged(qtbot, store, group):
    member = groups.create_member(store, group.id, groups.MemberInput("Bo Holm"))
    host, title, desc, panel = _form(qtbot, store)
    qtbot.keyClicks(desc, "Skriv et indlæg til valgkampen om cykelstier")
    qtbot.waitUntil(lambda: panel.verdict() == "party_political")
    r = reqs.create_request(store, group.id, member.id, "speech", "Indlæg", description=desc.toPlainText())
    panel.record(r.id, group.id)
    qtbot.mouseClick(panel.rewrite_button, Qt.LeftButton)
    assert panel.log_rows()[-1][2] == "Omskrevet"
    desc.setPlainText("Skriv et debatindlæg om cykelstier på Nørrebro til Politiken")
    qtbot.waitUntil(lambda: panel.verdict() == "ok")
    panel.record()
    assert reqs.get_request(store, r.id).guard_verdict == "ok"


def test_decision_dialog_requires_a_justification(qtbot):
    dialog = DecisionDialog("Accepter", "Hvorfor?", True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._ok()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.edit.setPlainText("Fordi det er udvalgsarbejde.")
    dialog._ok()
    assert dialog.result() == DecisionDialog.Accepted


def test_guard_dialog_for_a_saved_request_in_english(qtbot, store, group):
    member = groups.create_member(store, group.id, groups.MemberInput("Cai Berg"))
    r = reqs.create_request(store, group.id, member.id, "speech", "Tale til min mors 70-års fødselsdag")
    dialog = GuardDialog(None, r.id, store=store, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.panel.verdict() == "outside_role"
    assert "council office" in dialog.panel.reasons_label.text()
