"""A window started on a folder whose database went missing: rescue mode, never demo data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from secretary_app.services import backup, groups


@pytest.fixture
def answer_yes(monkeypatch):
    seen = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (seen.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: seen.append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: seen.append("CRITICAL " + a[2]))
    return seen


def test_missing_database_with_backups_opens_rescue_mode_not_demo_data(qtbot, store, group, data_dir, answer_yes):
    """Issue 13 point 2: the window on a folder whose database is missing (backups exist) shows
    the rescue mode offering the newest good backup; it creates no store and no demo council,
    and restoring brings the secretary's own data back."""
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    groups.create_member(store, group.id, groups.MemberInput(name="Egen Data"))
    good = backup.backup_now(kind="manual")
    store.close()
    db = data_dir / "secretary.sqlite3"
    for f in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        f.unlink(missing_ok=True)

    window = MainWindow(settings=Settings(), lang="da", seed_demo=True)
    qtbot.addWidget(window)
    window.show()
    window.open_store()
    qtbot.waitUntil(lambda: getattr(window, "rescue_panel", None) is not None, timeout=20_000)
    assert not db.exists()
    assert window.ctx.store is None
    labels = " ".join(lbl.text() for lbl in window.rescue_panel.findChildren(type(window.loading)))
    assert "mangler" in labels and good.name in labels

    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.rescue_panel.restore_btn.click()
    names = {m.name for m in groups.list_members(window.ctx.store, window.ctx.group_id)}
    assert names == {"Egen Data"}
    assert [g.name for g in groups.list_groups(window.ctx.store)] == ["Testpartiet"]  # no demo council
    window.close()
