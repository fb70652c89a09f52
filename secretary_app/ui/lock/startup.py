"""Before the window opens an encrypted store: the keyring's key, or else the passphrase
(or the recovery key) asked in the window itself. *Afslut* closes the window without
opening anything."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer

from secretary_app.domain.errors import AppError

# The unlock form and the lock controller are imported only for an encrypted store: a plain
# store's member list is shown right after the first paint.

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def store_file(window):
    from secretary_app import paths

    return window.db_file or paths.db_path()


def unlock_first(window) -> bool:
    """True when the store is encrypted: this module then opens it (``window.open_store(unlocked=True)``)
    once its key is unlocked. False for a plain or new store: the window goes on as before."""
    from secretary_app.services.encryption import is_encrypted, locked

    db_file = store_file(window)
    if not is_encrypted(db_file):
        return False
    if not locked(db_file):
        return False  # unlocked earlier in this process (a restore, a test)

    def probe(_no_store_yet):
        from secretary_app.services.encryption import unlock_key

        try:
            unlock_key(db_file, use_keyring=True)
        except AppError as exc:
            return exc
        return None

    def probed(problem) -> None:
        if problem is None:
            log.info("store unlocked by the keyring")
            window.open_store(unlocked=True)
        else:
            ask(window, problem)

    window.loading.setText(translate("UnlockPanel", "Låser databasen op …"))
    window.ctx.ops.query(probe, "keyring unlock").success(probed).failure(lambda exc: ask(window, exc)).run()
    return True


def ask(window, problem: BaseException | None = None) -> "UnlockPanel":
    """The unlock form in the window's page area until the right secret is given."""
    from secretary_app.ui.lock.controller import check_secret
    from secretary_app.ui.lock.panel import UnlockPanel
    from secretary_app.store.keys import KeyError_

    panel = UnlockPanel(True, startup=True, parent=window)
    panel.setObjectName("startupUnlock")
    window.stack.addWidget(panel)
    window.stack.setCurrentWidget(panel)
    window.startup_unlock = panel
    window.statusBar().showMessage(translate("UnlockPanel", "Databasen er krypteret og venter på adgangssætningen"))
    if isinstance(problem, AppError) and not isinstance(problem, KeyError_):
        panel.error.show_error(problem.message(window.lang))  # e.g. keys.json cannot be read
    db_file = store_file(window)

    def refused(exc: BaseException) -> None:
        log.info("start-up unlock refused")
        panel.show_error(exc.message(window.lang) if isinstance(exc, AppError) else
                         translate("UnlockPanel", "Uventet fejl (%1). Se logfilen i datamappen.")
                         .replace("%1", type(exc).__name__))

    def unlocked(_key) -> None:
        window.stack.removeWidget(panel)
        panel.hide()
        panel.deleteLater()
        window.startup_unlock = None
        window.statusBar().showMessage(translate("UnlockPanel", "Åbner databasen …"))
        window.open_store(unlocked=True)

    def requested(kind: str, secret: str) -> None:
        panel.set_busy(True)
        window.ctx.ops.query(lambda _none: check_secret(db_file, kind, secret), "unlock") \
            .success(unlocked).failure(refused).run()

    panel.unlock_requested.connect(requested)
    panel.quit_requested.connect(window.close)
    QTimer.singleShot(0, panel, panel.focus)
    return panel
