"""The first start encrypts a new store by default (passphrase twice, the recovery key shown
once with "I have stored it"); "Uden kryptering" leaves a plain store after a warning."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

PASSPHRASE = "blå cykel ved søerne"


@pytest.fixture
def empty_window(qtbot, data_dir):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=20_000):
        window.open_store()
    assert window.stack.currentWidget() is window.welcome
    return window


def sqlite3_reads(path) -> bool:
    con = sqlite3.connect(path)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        con.close()


def drive_modal(qtbot, steps):
    """Run ``steps(dialog)`` on the modal dialog that the next click opens."""
    done = []

    def tick():
        dlg = QApplication.activeModalWidget()
        if dlg is None or dlg.objectName() != "encryptionSetup":
            QTimer.singleShot(20, tick)
            return
        steps(dlg)
        done.append(dlg)

    QTimer.singleShot(0, tick)
    return done


def test_demo_start_encrypts_by_default_and_shows_the_recovery_key_once(empty_window, qtbot, data_dir):
    from secretary_app import paths
    from secretary_app.services.encryption import unlock_key
    from secretary_app.store import cipher

    w = empty_window
    seen = {}

    def steps(dlg):
        assert dlg.encrypt_radio.isChecked() and not dlg.plain_warning.isVisible()
        dlg.passphrase.setText("kort")
        assert "For kort" in dlg.strength.text()
        dlg.repeated.setText("kort")
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
        assert "mindst 8 tegn" in dlg.error.text() and dlg.pages.currentIndex() == 0
        dlg.passphrase.setText(PASSPHRASE)
        assert "Stærk" in dlg.strength.text() or "Nogenlunde" in dlg.strength.text()
        dlg.repeated.setText(PASSPHRASE + "x")
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
        assert "ikke ens" in dlg.error.text() and dlg.pages.currentIndex() == 0
        dlg.repeated.setText(PASSPHRASE)
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dlg.pages.currentIndex() == 1, timeout=30_000)
        groups = dlg.recovery.split("-")
        assert len(groups) == 6 and all(g in dlg.key_label.text() for g in groups)
        seen["recovery"] = dlg.recovery
        assert not dlg.finish_button.isEnabled()
        dlg.reject()  # Escape before ticking the box does not close past the key
        assert dlg.isVisible() and "allerede krypteret" in dlg.notice.text()
        qtbot.mouseClick(dlg.findChild(type(dlg.finish_button), "recoveryCopy"), Qt.MouseButton.LeftButton)
        assert QApplication.clipboard().text() == dlg.recovery
        pdf = dlg.save_pdf(str(data_dir.parent / "noegle.pdf"))
        assert pdf and (data_dir.parent / "noegle.pdf").read_bytes().startswith(b"%PDF")
        dlg.stored.setChecked(True)
        assert dlg.finish_button.isEnabled()
        qtbot.mouseClick(dlg.finish_button, Qt.MouseButton.LeftButton)

    done = drive_modal(qtbot, steps)
    w.welcome.demo_button.click()
    assert done
    qtbot.waitUntil(lambda: w.group_combo.count() == 4, timeout=60_000)
    db = paths.db_path()
    assert not sqlite3_reads(db)  # encrypted on disk, also with the demo written into it
    assert b"SQLite format 3" not in db.read_bytes()[:16]
    assert w.ctx.store.encrypted
    from secretary_app.store import backups

    copies = [b.path for b in backups.list_backups(data_dir / "backups")]
    assert copies and not any(sqlite3_reads(p) for p in copies)  # the start-up backup was converted too
    cipher.forget_all()
    assert unlock_key(db, recovery_key=seen["recovery"], use_keyring=False) is not None
    assert unlock_key(db, passphrase=PASSPHRASE, use_keyring=False) is not None


def test_without_encryption_warns_and_leaves_a_plain_store(empty_window, qtbot, data_dir):
    from secretary_app import paths
    from secretary_app.services.encryption import keys_file

    w = empty_window

    def steps(dlg):
        dlg.plain_radio.setChecked(True)
        assert dlg.plain_warning.isVisible() and "læse" in dlg.plain_warning.text()
        assert not dlg.passphrase.isEnabled() and dlg.next_button.text() == "Fortsæt uden kryptering"
        qtbot.mouseClick(dlg.next_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # the setup dialog: cancel

    done = drive_modal(qtbot, steps)
    w.welcome.empty_button.click()
    assert done and w.encryption_choice == "plain"
    db = paths.db_path()
    assert sqlite3_reads(db) and not keys_file(db).exists() and not w.ctx.store.encrypted


def test_a_store_with_data_is_never_replaced(store, group):
    from secretary_app.domain.errors import AppError
    from secretary_app.services.first_encryption import encrypt_fresh_store, is_fresh

    assert not is_fresh(store)
    with pytest.raises(AppError, match="allerede data"):
        encrypt_fresh_store(store, PASSPHRASE)
    assert sqlite3_reads(store.path)


def test_every_control_of_the_new_screens_has_a_name(empty_window, qtbot):
    from a11y import unnamed_focusable

    from secretary_app.ui.encryption_setup import EncryptionSetupDialog
    from secretary_app.ui.lock.panel import UnlockPanel
    from secretary_app.ui.lock.passphrase_dialog import ChangePassphraseDialog

    for widget in (EncryptionSetupDialog(empty_window.ctx, empty_window), UnlockPanel(True, startup=True),
                   UnlockPanel(True), UnlockPanel(False), ChangePassphraseDialog(empty_window.ctx, "x", empty_window)):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_focusable(widget) == [], type(widget).__name__
