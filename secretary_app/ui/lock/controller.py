"""Locking and unlocking the main window.

On lock the open draft is saved first (the pages' ``flush``, the same route as closing),
then the window's content is taken out of it (its widgets leave the window, so neither
the screen nor the accessibility tree shows them), each open dialog's controls are hidden
behind its own unlock form, the toolbars, status line and actions are put away and the
title loses the group's name. Unlocking with the right secret puts everything back as it
was; a wrong one says so and stays locked. The secret is checked off the UI thread (scrypt
takes a noticeable fraction of a second) through the operation runner.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QToolTip, QWidget

from secretary_app import APP_NAME
from secretary_app.domain.errors import AppError
from secretary_app.ui.lock.panel import KEYRING, PASSPHRASE, PLAIN, RECOVERY, UnlockPanel
from secretary_app.ui.lock.startup import store_file
from secretary_app.ui.lock.watchers import IdleWatcher, ScreenLockWatcher

QtFindDirect = Qt.FindChildOption.FindDirectChildrenOnly

log = logging.getLogger(__name__)
MINUTE_MS = 60_000


def store_is_encrypted(db_file) -> bool:
    try:
        from secretary_app.services.encryption import is_encrypted
    except ImportError:  # pragma: no cover - a build without the encryption service
        return False
    return is_encrypted(db_file)


def check_secret(db_file, kind: str, secret: str) -> bytes | None:
    """The store's key for this secret (None for a plain store); AppError when it is wrong."""
    if kind == PLAIN:
        return None
    from secretary_app.services.encryption import unlock_key

    return unlock_key(db_file, passphrase=secret if kind == PASSPHRASE else None,
                      recovery_key=secret if kind == RECOVERY else None, use_keyring=True)


class _DialogCover(QObject):
    """One open dialog while locked: its controls hidden, an unlock form in their place."""

    def __init__(self, dialog: QWidget, controller: "LockController"):
        super().__init__(dialog)
        self.dialog = dialog
        self.title = dialog.windowTitle()
        self.hidden = [w for w in dialog.findChildren(QWidget, options=QtFindDirect) if w.isVisible()]
        for w in self.hidden:
            w.hide()
        self.panel = controller.new_panel(compact=True, parent=dialog)
        self.size = dialog.size()
        dialog.resize(dialog.size().expandedTo(self.panel.minimumSizeHint()))  # a small message box grows
        self.panel.setGeometry(dialog.rect())
        self.panel.show()
        dialog.setWindowTitle(controller.locked_title())
        dialog.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if obj is self.dialog and event.type() == QEvent.Type.Resize:
            self.panel.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        self.panel.hide()
        self.panel.deleteLater()
        for w in self.hidden:
            w.show()
        self.dialog.resize(self.size)
        self.dialog.setWindowTitle(self.title)
        self.deleteLater()


class LockController(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.locked = False
        self.encrypted = False
        self.panels: list[UnlockPanel] = []
        self._central: QWidget | None = None
        self._covers: list[_DialogCover] = []
        self._hidden_bars: list[QWidget] = []
        self._disabled: list[QAction] = []
        self._title = ""
        self._focus: QWidget | None = None
        app = QApplication.instance()
        self.idle = IdleWatcher(app, self.interval_ms(), self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.screen = ScreenLockWatcher(self)
        self.screen.screen_locked.connect(lambda: self.lock("screen"))
        self.action = QAction(self.tr("Lås nu"), window)
        self.action.setObjectName("actLockNow")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setToolTip(self.tr("Skjul dine data, til du låser op igen (Ctrl+L)"))
        self.action.triggered.connect(lambda: self.lock("menu"))
        window.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if obj is self.window and event.type() == QEvent.Type.Close and self._central is not None:
            self._central.setParent(self.window)  # closed while locked: the pages go with the window, unseen
        return False

    def interval_ms(self) -> int:
        return int(getattr(self.window.settings, "auto_lock_minutes", 15) or 0) * MINUTE_MS

    def apply_settings(self) -> None:
        self.idle.set_interval(self.interval_ms())

    def locked_title(self) -> str:
        return self.tr("%1 – låst").replace("%1", APP_NAME)

    # --- lock ------------------------------------------------------------------------------
    def lock(self, reason: str = "menu") -> bool:
        window = self.window
        if self.locked or window.ctx.store is None:
            return False  # nothing is shown before the store is open
        log.info("window locked (%s)", reason)
        self.locked = True
        self.idle.pause()
        self.encrypted = store_is_encrypted(store_file(window))
        self._focus = QApplication.focusWidget()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        QToolTip.hideText()
        for page in list(window.pages.values()):
            flush = getattr(page, "flush", None)
            if callable(flush):
                try:
                    flush()  # the draft being typed is in the database before it disappears
                except Exception as exc:  # noqa: BLE001 - locking must happen all the same
                    log.warning("flush before lock failed (%s)", type(exc).__name__)
        self._title = window.windowTitle()
        window.setWindowTitle(self.locked_title())
        self._central = window.takeCentralWidget()
        if self._central is not None:
            self._central.hide()
            self._central.setParent(None)  # out of the window: not on screen, not in the accessibility tree
        self._hidden_bars = [w for w in (*window.findChildren(QToolBar), window.statusBar()) if w.isVisible()]
        for w in self._hidden_bars:
            w.hide()
        keep = {self.action, *getattr(window, "lock_keeps", ())}
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled() and a not in keep]
        for a in self._disabled:
            a.setEnabled(False)
        for menu_action in window.menuBar().actions():
            menu_action.setVisible(False)
        page = self.new_panel(parent=window)
        window.setCentralWidget(page)
        page.show()  # the layout would show it only on the next event-loop turn
        for dialog in QApplication.topLevelWidgets():
            if dialog is not window and isinstance(dialog, QDialog) and dialog.isVisible():
                self._covers.append(_DialogCover(dialog, self))
        QTimer.singleShot(0, page, page.focus)
        self.locked_changed.emit(True)
        return True

    def new_panel(self, *, compact: bool = False, parent: QWidget | None = None) -> UnlockPanel:
        panel = UnlockPanel(self.encrypted, compact=compact, parent=parent)
        panel.unlock_requested.connect(lambda kind, secret, p=panel: self.try_unlock(kind, secret, p))
        panel.destroyed.connect(lambda *_, p=panel: self.panels.remove(p) if p in self.panels else None)
        self.panels.append(panel)
        return panel

    # --- unlock ----------------------------------------------------------------------------
    def try_unlock(self, kind: str, secret: str, panel: UnlockPanel) -> None:
        if not self.locked:
            return
        if kind == PLAIN and self.encrypted:
            return
        db_file = store_file(self.window)
        lang = self.window.lang
        for p in self.panels:
            p.set_busy(True)

        def refused(exc: BaseException) -> None:
            for p in self.panels:
                p.set_busy(False)
            if kind == KEYRING:
                text = self.tr("Nøgleringen kunne ikke låse op. Skriv adgangssætningen, eller brug "
                               "gendannelsesnøglen.")
            elif isinstance(exc, AppError):
                text = exc.message(lang)
            else:
                text = self.tr("Uventet fejl (%1). Se logfilen i datamappen.").replace("%1", type(exc).__name__)
            log.info("unlock refused (%s)", kind)
            panel.show_error(text)

        def checked(_key) -> None:
            if kind == KEYRING and _key is None and self.encrypted:
                refused(AppError("", ""))
                return
            self.unlock()

        self.window.ctx.ops.query(lambda _store: check_secret(db_file, kind, secret), "unlock") \
            .success(checked).failure(refused).run()

    def unlock(self) -> None:
        if not self.locked:
            return
        window = self.window
        for cover in self._covers:
            try:
                cover.remove()
            except RuntimeError:  # the dialog was closed meanwhile
                pass
        self._covers = []
        page = window.takeCentralWidget()
        if page is not None:
            page.hide()
            page.deleteLater()
        if self._central is not None:
            window.setCentralWidget(self._central)
            self._central.show()
        self._central = None
        for menu_action in window.menuBar().actions():
            menu_action.setVisible(True)
        for a in self._disabled:
            a.setEnabled(True)
        self._disabled = []
        for w in self._hidden_bars:
            w.show()
        self._hidden_bars = []
        window.setWindowTitle(self._title)
        self.locked = False
        if self._focus is not None:
            try:
                self._focus.setFocus()
            except RuntimeError:
                pass
        self._focus = None
        self.idle.restart()
        log.info("window unlocked")
        self.locked_changed.emit(False)


def install(window) -> LockController:
    """The lock for a main window, with *Lås nu* in its File menu."""
    controller = LockController(window)
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        menu.insertAction(menu.actions()[-1], controller.action)  # just above Afslut
    else:
        window.addAction(controller.action)
    window.lock = controller
    return controller
