"""Main window: party-group switcher, navigation and the pages.

The window is built from Qt alone so it can paint before the store is opened;
pages are created once the store is ready (``open_store``).
"""

from __future__ import annotations

import importlib
import logging

# The Qt namespace (~100 enums, ~13 ms to build in PySide6) is touched only after the first
# paint: methods reach it through QtCore.Qt.
from PySide6 import QtCore
from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
    QStackedWidget, QToolBar, QVBoxLayout, QWidget,
)

from secretary_app import APP_NAME
from secretary_app.ui.first_start import FirstStartMixin

log = logging.getLogger(__name__)

# (key, module, class). Each page module is imported when the store is ready.
PAGES = (
    ("today", "secretary_app.ui.today_page", "TodayPage"),
    ("board", "secretary_app.ui.board.page", "BoardPage"),
    ("members", "secretary_app.ui.members_page", "MembersPage"),
    ("drafts", "secretary_app.ui.drafts.page", "DraftsPage"),
    ("meetings", "secretary_app.ui.meetings.page", "MeetingsPage"),
    ("reports", "secretary_app.ui.reports.page", "ReportsPage"),
    ("press", "secretary_app.ui.press.page", "PressPage"),
    ("catalogue", "secretary_app.ui.catalogue_page", "CataloguePage"),
)


class MainWindow(FirstStartMixin, QMainWindow):
    members_populated = Signal()
    store_ready = Signal()

    def __init__(self, settings, lang: str = "da", seed_demo: bool = False, db_file=None):
        super().__init__()
        self.settings = settings
        self.lang = lang
        self.seed_demo = seed_demo
        self.db_file = db_file
        from secretary_app.ui.context import UiContext

        # The store is attached once it is open (``ctx.store`` is None until then).
        self.ctx = UiContext(None, settings, lang)
        self.ctx.main_window = self
        self.pages: dict[str, QWidget] = {}
        self.demo_active = False
        self.welcome = None
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(900, 560))
        self._place_window()
        self._build_chrome()

    # --- chrome: built before the store exists ------------------------------------------

    def _build_chrome(self) -> None:
        bar = QToolBar(self.tr("Partigruppe"), self)
        bar.setObjectName("groupBar")
        bar.setMovable(False)
        self.addToolBar(bar)
        bar.addWidget(QLabel(self.tr("Partigruppe:") + " "))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setMinimumWidth(260)
        self.group_combo.setToolTip(self.tr("Vælg den partigruppe, du arbejder for (Ctrl+G)"))
        self.group_combo.currentIndexChanged.connect(self._on_group_index)
        bar.addWidget(self.group_combo)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Åbner databasen …"))
        loading_page = QWidget()  # centred with stretches rather than an alignment flag (see above)
        column = QVBoxLayout(loading_page)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.loading)
        row.addStretch(1)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        self.stack.addWidget(loading_page)
        from secretary_app.ui.fonts import scale_font

        scale_font(self.nav, 1.15)  # relative: the system's text size decides
        from secretary_app.ui.colours import follow_palette, navigation_css

        follow_palette(self.nav, lambda: self.nav.setStyleSheet(navigation_css()))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._on_nav)
        self.statusBar().showMessage(self.tr("Starter …"))
        self._build_menus()
        # Named here rather than through ui.welcome's helper: that module (and its forms) would
        # load before the first paint.
        self.group_combo.setAccessibleName(self.tr("Partigruppe"))
        self.group_combo.setAccessibleDescription(self.tr("Vælg den partigruppe, du arbejder for"))
        self.nav.setAccessibleName(self.tr("Sider"))
        self.nav.setAccessibleDescription(self.tr("Vælg en side; Ctrl+1 til Ctrl+7 springer direkte"))

    def _place_window(self) -> None:
        """Sized to the screen it opens on, or where the user left it last time."""
        from secretary_app.ui.screen import available, fit_to_screen, initial_main_geometry, restore_geometry

        if not restore_geometry(self, getattr(self.settings, "window_geometry", None)):
            self.setGeometry(initial_main_geometry(available(self)))
            fit_to_screen(self, margin=0)

    def _build_menus(self) -> None:
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&Filer"))
        self.act_new_group = QAction(self.tr("Ny partigruppe …"), self)
        self.act_new_group.triggered.connect(self.new_group)
        self.act_edit_group = QAction(self.tr("Redigér partigruppe …"), self)
        self.act_edit_group.triggered.connect(self.edit_group)
        self.act_settings = QAction(self.tr("Indstillinger …"), self)
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.act_settings.triggered.connect(self.open_settings)
        act_quit = QAction(self.tr("Afslut"), self)
        act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        act_quit.triggered.connect(self.close)
        for act in (self.act_new_group, self.act_edit_group):
            act.setEnabled(False)
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.act_settings)
        # Data safety: a checked backup now, and restore from one.
        self.act_backup_now = QAction(self.tr("Sikkerhedskopi nu"), self)
        self.act_backup_now.triggered.connect(self.backup_now)
        self.act_backup_now.setEnabled(False)
        self.act_restore = QAction(self.tr("Gendan …"), self)
        self.act_restore.triggered.connect(self.restore_from_backup)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup_now)
        file_menu.addAction(self.act_restore)
        self.act_remove_demo = QAction(self.tr("Fjern demodata …"), self)
        self.act_remove_demo.triggered.connect(self.remove_demo)
        self.act_remove_demo.setEnabled(False)
        self.act_remove_demo.setToolTip(self.tr("Databasen indeholder ingen demodata"))
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        file_menu.addAction(self.act_remove_demo)
        self.file_menu = file_menu
        self.act_print = QAction(self.tr("Udskriv …"), self)
        self.act_print.setShortcut(QKeySequence.StandardKey.Print)
        self.act_print.triggered.connect(self.print_current)
        file_menu.addSeparator()
        file_menu.addAction(self.act_print)
        file_menu.aboutToShow.connect(self._update_print_action)
        file_menu.addSeparator()
        file_menu.addAction(act_quit)

        self.edit_menu = mb.addMenu(self.tr("&Redigér"))
        self.view_menu = mb.addMenu(self.tr("&Vis"))
        act_group = QAction(self.tr("Skift partigruppe"), self)
        act_group.setShortcut(QKeySequence("Ctrl+G"))
        act_group.triggered.connect(lambda: (self.group_combo.setFocus(), self.group_combo.showPopup()))
        self.view_menu.addAction(act_group)
        self.help_menu = mb.addMenu(self.tr("&Hjælp"))  # filled right after the first paint

    def _finish_chrome(self) -> None:
        """What the first paint can do without: the help entries, the dialog fitter, the focus frame."""
        if getattr(self, "act_manual", None) is not None:
            return
        from PySide6.QtWidgets import QApplication

        from secretary_app.ui import focus
        from secretary_app.ui.dialog_fitter import install_dialog_fitter
        from secretary_app.ui.help import add_help_actions

        add_help_actions(self, self.help_menu)  # Vejledning, Tastaturgenveje, Om Medlemssekretær
        # Every dialog fits a 1280x720 laptop. An app-wide filter sees every event, and its
        # first call builds QEvent's enum (about 0.1 s).
        install_dialog_fitter(QApplication.instance())
        focus.install(QApplication.instance())  # a visible frame on the control Tab reaches

    # --- store -------------------------------------------------------------------------------

    def open_store(self, unlocked: bool = False) -> None:
        from secretary_app.ui.lock.startup import unlock_first

        if not unlocked and unlock_first(self):
            self._finish_chrome()
            return  # encrypted: opened again once the keyring or the passphrase unlocked it
        self._show_preview()
        self._finish_chrome()  # after the preview: the dialog fitter's first event costs ~40 ms

        def work(_no_store_yet):
            from secretary_app import paths
            from secretary_app.services import backup, demo
            from secretary_app.services.opening import open_store

            state = backup.health(self.db_file, recover=True, lang=self.lang)  # never writes a damaged file
            if not state.ok:
                return state
            store = open_store(self.db_file)
            seeded = False
            if self.seed_demo and not demo.has_data(store):  # the smoke test's temporary folder only
                demo.run_demo(store)
                seeded = True
            from secretary_app.services.demo.marking import has_demo

            self.demo_active = has_demo(store)
            try:
                backup.backup_if_due(self.db_file)  # the newest is older than 24 hours
            except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the work; see doctor
                log.warning("start-up backup failed (%s)", type(exc).__name__)
            return store, seeded, paths.data_dir()

        self.ctx.ops.query(work, "open store").success(self._store_opened).failure(self._store_failed).run()

    def _show_preview(self) -> None:
        """Groups and members read with sqlite3 while the ORM loads in the background."""
        from secretary_app import paths
        from secretary_app.store import quick

        try:
            preview = quick.preview(self.db_file or paths.db_path(), self.settings.last_group_id)
        except Exception as exc:  # noqa: BLE001 - the full open reports problems properly
            log.info("no preview (%s)", type(exc).__name__)
            preview = None
        if preview is None:
            return
        from secretary_app.ui.members_page import MembersPage

        self.group_combo.blockSignals(True)
        for g in preview.groups:
            self.group_combo.addItem(f"{g.list_letter} – {g.name}", g.id)
        self.group_combo.setCurrentIndex(self.group_combo.findData(preview.group_id))
        self.group_combo.blockSignals(False)
        self.group_combo.setEnabled(False)  # until the services are loaded
        page = MembersPage(self.ctx, self)
        page.setObjectName("page_members")
        page.populated.connect(self.members_populated)
        page.setProperty("preview_connected", True)
        self.pages["members"] = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.show_rows(preview.members, preview.open_counts)

    def _store_failed(self, exc: BaseException) -> None:
        from secretary_app.domain.errors import AppError

        text = exc.message(self.lang) if isinstance(exc, AppError) else self.tr(
            "Uventet fejl (%1). Se logfilen i datamappen.").replace("%1", type(exc).__name__)
        self.loading.setText(self.tr("Databasen kunne ikke åbnes.") + "\n\n" + text)
        self.loading.setWordWrap(True)
        self.statusBar().showMessage(self.tr("Databasen kunne ikke åbnes"))
        QMessageBox.critical(self, APP_NAME, text)

    def _store_opened(self, result) -> None:
        if not isinstance(result, tuple):  # the database failed its check: rescue mode
            self._enter_rescue(result)
            return
        store, seeded, data_dir = result
        self.ctx.store = store
        self.group_combo.setEnabled(True)
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("Fortryd"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("Annuller fortryd"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        self.ctx.ops.changes_applied.connect(self._on_changes)
        for key, module, cls in PAGES:
            page = self.pages.get(key)  # the members page may exist from the preview
            if page is None:
                page = getattr(importlib.import_module(module), cls)(self.ctx, self)
                page.setObjectName(f"page_{key}")
                self.pages[key] = page
                self.stack.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setData(QtCore.Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(170, 34))
            self.nav.addItem(item)
        from secretary_app.ui.mail.intake import install as install_mail_intake

        install_mail_intake(self)  # .msg/.eml dropped on the board or member list, Filer → Importér mail …
        members = self.pages.get("members")
        if members is not None and not members.property("preview_connected"):
            members.populated.connect(self.members_populated)
        for i in range(self.nav.count()):
            key = self.nav.item(i).data(QtCore.Qt.ItemDataRole.UserRole)
            act = QAction(self.nav.item(i).text(), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            self.view_menu.addAction(act)
        self.act_new_group.setEnabled(True)
        self.act_edit_group.setEnabled(True)
        self.act_backup_now.setEnabled(True)
        self.group_combo.clear()  # the preview's entries; reload_groups selects for real
        self.reload_groups(select_id=self.settings.last_group_id)
        self.nav.setCurrentRow(0)
        note = self.tr("Demodata oprettet. ") if seeded else ""
        note += "".join((n.split(" / ") + [n])[self.lang == "en"] + " " for n in getattr(store, "notices", ()))
        self.statusBar().showMessage(note + self.tr("Data: %1").replace("%1", str(data_dir)), 10_000)
        self._update_demo_state()
        if self.group_combo.count() == 0:
            self.show_welcome()
        from secretary_app.ui.reminders import install_reminders

        install_reminders(self)
        from secretary_app.ui.lock.controller import install as install_lock

        install_lock(self)  # Filer → Lås nu, the idle timer and the screen lock
        self.store_ready.emit()

    # --- groups ---------------------------------------------------------------------------------

    def reload_groups(self, select_id: int | None = None) -> None:
        from secretary_app.services import groups

        current = select_id if select_id is not None else self.ctx.group_id
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in groups.list_groups(self.ctx.store):
            self.group_combo.addItem(f"{g.list_letter} – {g.name}", g.id)
        index = max(0, self.group_combo.findData(current)) if current is not None else 0
        self.group_combo.setCurrentIndex(index if self.group_combo.count() else -1)
        self.group_combo.blockSignals(False)
        if self.group_combo.count() == 0:
            self.ctx.group_id = None
            self._update_title()
            return
        self._on_group_index(self.group_combo.currentIndex())

    def select_group(self, group_id: int) -> None:
        index = self.group_combo.findData(group_id)
        if index >= 0:
            self.group_combo.setCurrentIndex(index)

    def _on_group_index(self, index: int) -> None:
        if self.ctx.store is None or index < 0:
            return
        group_id = self.group_combo.itemData(index)
        if group_id is None or group_id == self.ctx.group_id:
            return
        self.ctx.group_id = group_id
        # Undo history belongs to the group it was made in.
        self.ctx.undo_stack.clear()
        for page in self.pages.values():
            page.set_group(group_id)
        self.ctx.signals.group_changed.emit(group_id)
        self.settings.last_group_id = group_id
        self._save_settings()
        self._update_title()

    def _update_title(self) -> None:
        index = self.group_combo.currentIndex()
        title = f"{self.group_combo.itemText(index)} – {APP_NAME}" if index >= 0 else APP_NAME
        if self.demo_active:
            title = self.tr("DEMO (fiktive data)") + " – " + title
        self.setWindowTitle(title)

    def _on_changes(self, notice) -> None:
        from secretary_app.domain.changes import Kind

        if notice.touches(Kind.GROUPS):
            self._groups_changed()

    def new_group(self) -> None:
        from secretary_app.ui.group_dialog import GroupDialog

        dlg = GroupDialog(self.ctx, None, self)
        if dlg.exec():
            self.reload_groups(select_id=dlg.group_id)

    def edit_group(self) -> None:
        from secretary_app.ui.group_dialog import GroupDialog

        if self.ctx.group_id is None:
            return
        dlg = GroupDialog(self.ctx, self.ctx.group_id, self)
        if dlg.exec():
            self.reload_groups(select_id=self.ctx.group_id)

    # --- navigation and misc ----------------------------------------------------------------------

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(QtCore.Qt.ItemDataRole.UserRole)
        page = self.pages.get(key)
        if page is not None:
            self.statusBar().clearMessage()  # a message belongs to the page it was shown on
            self.stack.setCurrentWidget(page)
            page.on_shown()

    def show_page(self, key: str) -> QWidget | None:
        if self.needs_group():
            return None  # the welcome stays: a page without a group would show removed rows
        for row in range(self.nav.count()):
            if self.nav.item(row).data(QtCore.Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.pages[key]
        return None


    def _update_print_action(self) -> None:
        from secretary_app.ui.printing import printable

        if self.needs_group():
            return  # disabled with the welcome's reason (first_start)
        ok = self.ctx.store is not None and printable(self.stack.currentWidget()) is not None
        self.act_print.setEnabled(ok)
        self.act_print.setToolTip("" if ok else self.tr("Udskriv virker på opgavetavlen, et åbent udkast og "
                                                        "aktivitetsloggen, når de viser noget"))

    def print_current(self) -> None:
        from secretary_app.ui.printing import print_page

        self._update_print_action()
        if self.act_print.isEnabled():
            print_page(self, self.stack.currentWidget())

    def open_settings(self) -> None:
        from secretary_app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()
        if getattr(self, "lock", None) is not None:
            self.lock.apply_settings()

    def _save_settings(self) -> None:
        try:
            self.settings.save()
        except OSError as exc:  # settings are a convenience; never block the secretary's work over them
            log.warning("settings not saved (%s)", type(exc).__name__)

    # --- data safety: backups, restore, rescue mode ----------------------------------------

    def bring_to_front(self) -> None:
        """A second launch asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def backup_now(self) -> None:
        from secretary_app.ui.backup_dialog import backup_now

        backup_now(self)

    def restore_from_backup(self) -> None:
        from secretary_app.ui.backup_dialog import restore_from_backup

        restore_from_backup(self)

    def _enter_rescue(self, state) -> None:
        from secretary_app.ui.backup_dialog import enter_rescue

        enter_rescue(self, state)

    def closeEvent(self, event) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toHex()).decode("ascii")
        self._save_settings()
        for page in self.pages.values():
            flush = getattr(page, "flush", None)
            if callable(flush):
                flush()  # e.g. the draft editor's pending autosave
        if self.ctx.has_ops():
            self.ctx.ops.shutdown()  # running jobs finish (or are cancelled) before the store closes
        if self.ctx.store is not None:
            self.ctx.store.close()
            from secretary_app.ui.backup_dialog import backup_on_exit

            backup_on_exit(self)
        super().closeEvent(event)
