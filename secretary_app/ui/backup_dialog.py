"""Backups in the window: "Sikkerhedskopi nu", "Gendan …" and the rescue panel for a damaged store.

No SQL here: the work is done by ``services.backup``.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QHeaderView,
)
from secretary_app.ui import colours

KIND_DA = {"auto": QT_TRANSLATE_NOOP("BackupDialog", "Automatisk"),
           "manual": QT_TRANSLATE_NOOP("BackupDialog", "Manuel"),
           "pre-restore": QT_TRANSLATE_NOOP("BackupDialog", "Før gendannelse"),
           "pre-migration": QT_TRANSLATE_NOOP("BackupDialog", "Før opgradering"),
           "other": QT_TRANSLATE_NOOP("BackupDialog", "Anden")}


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(1, n // 1000)} kB"


def _when(iso: str) -> str:
    import datetime as dt

    d = dt.datetime.fromisoformat(iso)
    return d.strftime("%d-%m-%Y %H:%M")


class BackupDialog(QDialog):
    """Lists the backups (newest first, each checked) and lets the secretary pick one to restore."""

    def __init__(self, db_file: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        from secretary_app.services import backup

        self.setWindowTitle(self.tr("Gendan fra sikkerhedskopi"))
        self.setObjectName("backupDialog")
        self.resize(760, 420)
        self.chosen: Path | None = None
        self.db_file = db_file
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Vælg den sikkerhedskopi, der skal gendannes. Kopien kontrolleres først; den nuværende "
            "database gemmes som en kopi (»før gendannelse«), før den erstattes."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tidspunkt"), self.tr("Type"), self.tr("Størrelse"),
                                              self.tr("Kontrol")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._accept_selected)
        lay.addWidget(self.table, 1)
        self.folder = QLabel(self.tr("Mappe: %1").replace("%1", str(backup.backups_dir_for(db_file))))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setStyleSheet(colours.fg_css(colours.muted(bg="window")))
        lay.addWidget(self.folder)
        buttons = QDialogButtonBox()
        self.restore_btn = buttons.addButton(self.tr("Gendan valgte"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_btn = buttons.addButton(self.tr("Vælg fil …"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.restore_btn.clicked.connect(self._accept_selected)
        self.file_btn.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._rows: list[dict] = []
        self.load()

    def load(self) -> None:
        from secretary_app.services import backup

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._rows = backup.list_backups(self.db_file, check=True)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            ok = row["ok"]
            cells = (_when(row["created"]), self.tr(KIND_DA.get(row["kind"], row["kind"])), _size(row["size"]),
                     self.tr("I orden") if ok else self.tr("Beskadiget: %1").replace("%1", row["check"]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row["file"])
                if not ok:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        first_ok = next((i for i, row in enumerate(self._rows) if row["ok"]), None)
        if first_ok is not None:
            self.table.selectRow(first_ok)
        self.restore_btn.setEnabled(first_ok is not None)

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = self._rows[rows[0].row()]
        if not row["ok"]:
            QMessageBox.warning(self, self.tr("Gendan"), self.tr("Den valgte kopi er beskadiget og kan ikke bruges."))
            return
        self.chosen = Path(row["file"])
        self.accept()

    def _choose_file(self) -> None:
        from secretary_app.services import backup

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg sikkerhedskopi"),
                                              str(backup.backups_dir_for(self.db_file)),
                                              self.tr("SQLite-databaser (*.sqlite3 *.sqlite *.db);;Alle filer (*)"))
        if name:
            self.chosen = Path(name)
            self.accept()


class RescuePanel(QFrame):
    """Shown instead of the pages when the database fails SQLite's check at start."""

    restore_requested = Signal(object)  # Path of the backup to restore
    choose_requested = Signal()
    quit_requested = Signal()

    def __init__(self, state, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rescuePanel")
        self.state = state
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(14)
        title = QLabel(self.tr("Nødtilstand: databasen er beskadiget") if state.exists
                       else self.tr("Nødtilstand: databasen mangler"))
        from secretary_app.ui.fonts import scale_font

        scale_font(title, 1.6, bold=True)
        lay.addWidget(title)
        problem = "; ".join(state.problems[:3])
        text = QLabel((self.tr(
            "<p>Databasen mangler, men sikkerhedskopier eller gemte filer viser, at den har fandtes:</p>"
            "<p><tt>%1</tt></p>"
            "<p>Programmet opretter <b>ikke</b> en ny, tom database (og ingen demodata). Gendan den nyeste "
            "sikkerhedskopi, der består kontrollen.</p>"
            "<p>Database: <tt>%2</tt></p>") if not state.exists else self.tr(
            "<p>SQLite's kontrol af databasen fejlede, da programmet startede:</p>"
            "<p><tt>%1</tt></p>"
            "<p>Programmet har <b>ikke</b> ændret filen og åbner den ikke for skrivning. Den bedste vej "
            "videre er at gendanne den nyeste sikkerhedskopi, der består kontrollen. Den beskadigede "
            "fil omdøbes og bliver liggende uændret ved siden af, så intet går tabt.</p>"
            "<p>Database: <tt>%2</tt></p>")).replace("%1", _escape(problem)).replace("%2", _escape(str(state.db_file))))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(text)
        good = state.newest_good
        if good is not None:
            offer = QLabel(self.tr("Nyeste gode sikkerhedskopi: <b>%1</b> (%2)")
                           .replace("%1", good.created.strftime("%d-%m-%Y %H:%M")).replace("%2", good.path.name))
            self.restore_btn = QPushButton(self.tr("Gendan sikkerhedskopien fra %1")
                                           .replace("%1", good.created.strftime("%d-%m-%Y %H:%M")))
            self.restore_btn.setDefault(True)
            self.restore_btn.clicked.connect(lambda: self.restore_requested.emit(good.path))
        else:
            offer = QLabel(self.tr("Der findes ingen sikkerhedskopi, der består kontrollen. Vælg en fil, "
                                   "eller kontakt support; den beskadigede fil er ikke ændret."))
            self.restore_btn = None
        offer.setWordWrap(True)
        lay.addWidget(offer)
        row = QHBoxLayout()
        if self.restore_btn is not None:
            row.addWidget(self.restore_btn)
        self.choose_btn = QPushButton(self.tr("Vælg en anden sikkerhedskopi …"))
        self.choose_btn.clicked.connect(self.choose_requested)
        row.addWidget(self.choose_btn)
        quit_btn = QPushButton(self.tr("Afslut"))
        quit_btn.clicked.connect(self.quit_requested)
        row.addWidget(quit_btn)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)


def _escape(text: str) -> str:
    import html

    return html.escape(text)


# --- what the main window's menu and start-up call ----------------------------------------------


def backup_now(window) -> None:
    """Filer → Sikkerhedskopi nu: a checked backup in the background, reported in the status bar."""
    from secretary_app.domain.errors import AppError
    from secretary_app.services import backup

    window.act_backup_now.setEnabled(False)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Tager sikkerhedskopi …"))

    def done(path) -> None:
        window.act_backup_now.setEnabled(True)
        window.last_backup = path
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sikkerhedskopi gemt og kontrolleret: %1").replace("%1", str(path)), 10_000)

    def failed(exc: BaseException) -> None:
        window.act_backup_now.setEnabled(True)
        text = exc.message(window.lang) if isinstance(exc, AppError) else type(exc).__name__
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sikkerhedskopien mislykkedes"), 10_000)
        QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Sikkerhedskopi"), text)

    window.ctx.ops.job(QCoreApplication.translate("MainWindow", "Tager sikkerhedskopi …"),
                       lambda _store, _progress: backup.backup_now(window.db_file, kind="manual")) \
        .success(done).failure(failed).with_parent(window).run()


def backup_on_exit(window) -> None:
    """A backup on clean exit (not in rescue mode); a failure never blocks closing."""
    from secretary_app.services import backup

    if getattr(window, "rescue_state", None) is not None or getattr(window, "_exit_backup_done", False):
        return
    window._exit_backup_done = True
    try:
        backup.backup_now(window.db_file, kind="auto")
    except Exception as exc:  # noqa: BLE001 - never blocks closing; the next start takes one
        log.warning("exit backup failed (%s)", type(exc).__name__)


def restore_from_backup(window) -> None:
    """Filer → Gendan …: pick a backup, confirm, restore."""
    dlg = BackupDialog(window.db_file, window)
    if not dlg.exec() or dlg.chosen is None:
        return
    confirm_and_restore(window, dlg.chosen)


def confirm_and_restore(window, path: Path) -> bool:
    rescue = getattr(window, "rescue_state", None) is not None
    text = (QCoreApplication.translate(
                "MainWindow", "Den beskadigede database omdøbes og bliver liggende uændret; derefter gendannes "
                "sikkerhedskopien:\n\n%1\n\nFortsæt?") if rescue else
            QCoreApplication.translate(
                "MainWindow", "Databasen erstattes med sikkerhedskopien:\n\n%1\n\nDen nuværende database gemmes "
                "først som en kopi (»før gendannelse«). Ændringer efter kopien forsvinder fra "
                "programmet. Fortsæt?")).replace("%1", str(path))
    answer = QMessageBox.question(window, QCoreApplication.translate("MainWindow", "Gendan"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    return do_restore(window, path)


def do_restore(window, path: Path) -> bool:
    """Restore as a job on the database worker: it runs after any queued change and before the
    next, so nothing writes to the file while it is replaced. True unless it was refused."""
    from secretary_app.domain.errors import AppError
    from secretary_app.services import backup

    for page in window.pages.values():
        flush = getattr(page, "flush", None)
        if callable(flush):
            flush()
    rescue = getattr(window, "rescue_state", None) is not None
    refused: list[BaseException] = []

    def work(store, _progress):
        if store is not None:
            store.close()  # the pool reconnects lazily if the restore is refused
        result = backup.restore(path, window.db_file, role="gui")
        if rescue:
            return result, None
        from secretary_app.services.opening import open_store

        return result, open_store(window.db_file)

    def failed(exc: BaseException) -> None:
        refused.append(exc)
        QGuiApplication.restoreOverrideCursor()
        text = exc.message(window.lang) if isinstance(exc, AppError) else QCoreApplication.translate(
            "MainWindow", "Gendannelsen mislykkedes (%1); intet blev erstattet.").replace("%1", type(exc).__name__)
        QMessageBox.critical(window, QCoreApplication.translate("MainWindow", "Gendan"), text)

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    window.ctx.ops.job(QCoreApplication.translate("MainWindow", "Gendanner …"), work) \
        .success(lambda outcome: _restored(window, *outcome)).failure(failed).with_parent(window).run()
    return not refused


def _restored(window, result, store) -> None:
    QGuiApplication.restoreOverrideCursor()
    if store is None:
        leave_rescue(window)
        window.open_store()
    else:
        window.ctx.store = store
        window.ctx.undo_stack.clear()
        keep = window.ctx.group_id
        window.ctx.group_id = None  # every page reloads from the restored file
        window.reload_groups(select_id=keep)
    lines = [QCoreApplication.translate("MainWindow", "Gendannet fra %1.").replace("%1", str(result.restored_from))]
    if result.pre_restore:
        lines.append(QCoreApplication.translate("MainWindow", "Den tidligere database er gemt som %1.").replace("%1", str(result.pre_restore)))
    if result.damaged:
        lines.append(QCoreApplication.translate("MainWindow", "Den beskadigede database er omdøbt, uændret, til %1.").replace("%1", str(result.damaged)))
    window.last_restore = result
    window.statusBar().showMessage(lines[0], 10_000)
    QMessageBox.information(window, QCoreApplication.translate("MainWindow", "Gendan"), "\n\n".join(lines))


def enter_rescue(window, state) -> None:
    """Show the rescue panel instead of the pages; the damaged file is never opened for writing."""
    window.rescue_state = state
    page = window.pages.pop("members", None)  # the preview read the file read-only
    if page is not None:
        window.stack.removeWidget(page)
        page.deleteLater()
    panel = RescuePanel(state, window)
    panel.restore_requested.connect(lambda p: confirm_and_restore(window, p))
    panel.choose_requested.connect(lambda: restore_from_backup(window))
    panel.quit_requested.connect(window.close)
    window.rescue_panel = panel
    window.stack.addWidget(panel)
    window.stack.setCurrentWidget(panel)
    window.group_combo.clear()
    window.group_combo.setEnabled(False)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Nødtilstand: databasen er beskadiget og er ikke ændret")
        if state.exists else QCoreApplication.translate("MainWindow", "Nødtilstand: databasen mangler; der er ikke oprettet en ny"))
    from secretary_app import APP_NAME

    window.setWindowTitle(QCoreApplication.translate("MainWindow", "Nødtilstand") + f" – {APP_NAME}")
    window.store_failed_check = True


def leave_rescue(window) -> None:
    panel = getattr(window, "rescue_panel", None)
    if panel is not None:
        window.stack.removeWidget(panel)
        panel.deleteLater()
    window.rescue_panel = None
    window.rescue_state = None
    window.stack.setCurrentWidget(window.loading)
