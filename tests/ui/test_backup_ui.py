"""Backups in the window: menu actions, restore round trip, rescue mode on a damaged store."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QMessageBox

from secretary_app.services import backup, groups
from secretary_app.store import backups


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path, pages=(3, 6, 9, 14, 30), page_size=4096):
    import random

    rnd = random.Random(7)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(bytes(rnd.randrange(256) for _ in range(3000)))


@pytest.fixture
def answer_yes(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (seen.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: seen.append("CRITICAL " + a[2]))
    return seen


def _members(window):
    return {m.name for m in groups.list_members(window.ctx.store, window.ctx.group_id)}


def test_file_menu_has_backup_now_and_restore(main_window):
    texts = [a.text() for a in main_window.file_menu.actions()]
    assert "Sikkerhedskopi nu" in texts and "Gendan …" in texts
    assert main_window.act_backup_now.isEnabled()


def test_start_took_a_backup_and_backup_now_adds_a_checked_one(main_window, qtbot, data_dir):
    autos = [b for b in backups.list_backups(data_dir / "backups") if b.kind == "auto"]
    assert len(autos) == 1  # none existed before the window opened
    main_window.act_backup_now.trigger()
    qtbot.waitUntil(lambda: getattr(main_window, "last_backup", None) is not None, timeout=20_000)
    assert backups.quick_check(main_window.last_backup) == ["ok"]
    assert "Sikkerhedskopi gemt" in main_window.statusBar().currentMessage()


def test_restore_round_trip_in_the_window(main_window, qtbot, data_dir, answer_yes):
    from secretary_app.ui.backup_dialog import BackupDialog, confirm_and_restore

    saved = backup.backup_now(kind="manual")
    before = _members(main_window)
    group_id = main_window.ctx.group_id
    main_window.ctx.ops.change("Nyt medlem", lambda store: groups.create_member(
        store, group_id, groups.MemberInput(name="Senere Tilføjet"))).run()
    assert "Senere Tilføjet" in _members(main_window)

    dlg = BackupDialog(None, main_window)
    assert dlg.table.rowCount() >= 1 and dlg.restore_btn.isEnabled()  # one per day is kept
    dlg.close()
    assert confirm_and_restore(main_window, saved)

    assert _members(main_window) == before
    page = main_window.pages["members"]
    assert {page.model.member_at(r).name for r in range(page.model.rowCount())} == before
    assert main_window.last_restore.pre_restore is not None
    assert "Senere Tilføjet" in {n for (n,) in __import__("sqlite3").connect(main_window.last_restore.pre_restore)
                                 .execute("SELECT name FROM member")}
    assert any("Gendannet fra" in s for s in answer_yes)


def test_exit_takes_a_backup(main_window, data_dir):
    before = {b.path for b in backups.list_backups(data_dir / "backups")}
    main_window.close()
    after = backups.list_backups(data_dir / "backups")
    assert after[0].path not in before and after[0].kind == "auto"  # the newest of the day replaces the older
    assert backups.quick_check(after[0].path) == ["ok"]


def test_damaged_store_opens_in_rescue_mode_and_restores_the_newest_good_backup(qtbot, demo_store, data_dir,
                                                                                answer_yes):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    good = backup.backup_now(kind="auto")
    demo_store.close()
    db = data_dir / "secretary.sqlite3"
    damage(db)
    before = sha(db)
    window = MainWindow(settings=Settings(), lang="da", seed_demo=False)
    qtbot.addWidget(window)
    window.show()
    window.open_store()
    qtbot.waitUntil(lambda: getattr(window, "rescue_panel", None) is not None, timeout=20_000)

    panel = window.rescue_panel
    assert window.stack.currentWidget() is panel
    assert "Nødtilstand" in window.windowTitle()
    labels = " ".join(lbl.text() for lbl in panel.findChildren(type(window.loading)))
    assert panel.restore_btn is not None and good.name in labels and "ikke</b> ændret" in labels
    assert sha(db) == before  # nothing written to the damaged file
    assert window.ctx.store is None

    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        panel.restore_btn.click()
    damaged = window.last_restore.damaged
    assert damaged is not None and sha(damaged) == before
    assert backups.quick_check(db) == ["ok"]
    assert window.group_combo.count() >= 3 and window.rescue_state is None
    window.close()
