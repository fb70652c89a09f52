"""Start-up on an encrypted store whose keyring entry is gone: the window asks for the
passphrase (or the recovery key) before it opens anything; a wrong one says so; Afslut
closes the window with the store untouched."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

PASSPHRASE = "korrekt hest batteri"


@pytest.fixture
def encrypted_store_without_keyring(data_dir, test_keyring):
    import datetime as dt

    from secretary_app import paths
    from secretary_app.services.demo import run_demo
    from secretary_app.services.encryption import create_encrypted_store
    from secretary_app.services.opening import open_store
    from secretary_app.store import cipher

    recovery = create_encrypted_store(paths.db_path(), PASSPHRASE)
    store = open_store()
    run_demo(store, seed=7, today=dt.date(2026, 11, 20))
    store.close()
    cipher.forget_all()
    test_keyring.entries.clear()  # a new desktop, a copied profile: the keyring has no entry
    return recovery


def _window(qtbot):
    from secretary_app.services.settings import Settings
    from secretary_app.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(window)
    window.show()
    window.open_store()
    qtbot.waitUntil(lambda: getattr(window, "startup_unlock", None) is not None, timeout=10_000)
    return window, window.startup_unlock


def test_passphrase_asked_wrong_one_refused_right_one_opens(encrypted_store_without_keyring, qtbot, test_keyring):
    window, panel = _window(qtbot)
    assert window.ctx.store is None and window.stack.currentWidget() is panel
    assert panel.heading.text() == "Databasen er krypteret" and not panel.keyring_button.isVisible()
    assert window.group_combo.count() == 0  # nothing of the store is read before it is unlocked
    panel.secret.setText("forkert kodeord")
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error.isVisible, timeout=10_000)
    assert "Adgangssætningen er forkert" in panel.error.text() and window.ctx.store is None
    panel.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(window.store_ready, timeout=30_000):
        qtbot.keyClick(panel.secret, Qt.Key.Key_Return)
    assert window.group_combo.count() > 0 and window.ctx.store is not None
    assert test_keyring.entries  # the passphrase put the key back into the keyring


def test_recovery_key_opens_too(encrypted_store_without_keyring, qtbot):
    window, panel = _window(qtbot)
    panel.toggle_recovery()
    assert panel.secret.echoMode() == panel.secret.EchoMode.Normal
    panel.secret.setText(encrypted_store_without_keyring.lower())
    with qtbot.waitSignal(window.store_ready, timeout=30_000):
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert window.group_combo.count() > 0


def test_afslut_closes_without_opening(encrypted_store_without_keyring, qtbot, data_dir):
    from secretary_app import paths

    before = paths.db_path().read_bytes()
    window, panel = _window(qtbot)
    qtbot.mouseClick(panel.quit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert window.ctx.store is None
    assert paths.db_path().read_bytes() == before


def test_keyring_entry_opens_without_asking(encrypted_store_without_keyring, qtbot, test_keyring):
    from secretary_app import paths
    from secretary_app.services.encryption import unlock_key
    from secretary_app.services.settings import Settings
    from secretary_app.store import cipher
    from secretary_app.ui.main_window import MainWindow

    unlock_key(paths.db_path(), passphrase=PASSPHRASE)  # puts the key into the keyring
    cipher.forget_all()
    window = MainWindow(settings=Settings(), lang="da")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.store_ready, timeout=30_000):
        window.open_store()
    assert getattr(window, "startup_unlock", None) is None and window.group_combo.count() > 0
