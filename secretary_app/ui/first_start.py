"""The main window's first start: the welcome, the guided setup, and demo data in and out.

A mixin so ``main_window.py`` keeps to its chrome and pages; it uses the window's
``stack``, ``nav``, ``group_combo``, ``ctx`` and ``reload_groups``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from secretary_app import APP_NAME


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def _no_group_tip() -> str:
    return translate("MainWindow","Opret først en partigruppe: Start med en tom database eller Prøv med demodata på "
               "velkomstsiden (eller Filer › Ny partigruppe …)")


class FirstStartMixin:
    def needs_group(self) -> bool:
        """The store is open and has no party group: only the welcome can be shown."""
        return self.ctx.store is not None and self.group_combo.count() == 0

    def group_actions(self) -> list:
        """Menu entries that work on a party group's pages or data."""
        acts = [self.act_edit_group, self.act_print, *self.findChildren(QAction, "importMail")]
        acts += [a for a in self.view_menu.actions() if not a.isSeparator() and a.menu() is None]
        return acts

    def _set_group_actions(self, enabled: bool) -> None:
        saved = getattr(self, "_group_action_tips", {})
        for act in self.group_actions():
            if not enabled:
                saved.setdefault(id(act), act.toolTip() if act.toolTip() != act.text() else "")
                act.setEnabled(False)
                act.setToolTip(_no_group_tip())
            else:
                act.setEnabled(True)
                act.setToolTip(saved.pop(id(act), ""))
        self._group_action_tips = saved
        for menu in (self.file_menu, self.view_menu):
            menu.setToolTipsVisible(True)

    def show_welcome(self) -> None:
        from secretary_app.ui.welcome import WelcomePage

        if self.welcome is None:
            self.welcome = WelcomePage(self)
            self.welcome.start_empty.connect(self.start_empty)
            self.welcome.start_demo.connect(self.start_demo)
            self.stack.addWidget(self.welcome)
        self.welcome.set_busy(False)
        self.stack.setCurrentWidget(self.welcome)
        self.nav.setEnabled(False)
        self.nav.clearSelection()  # no page is the chosen one
        self.nav.setToolTip(_no_group_tip())
        self.group_combo.setEnabled(False)
        self.group_combo.setToolTip(translate("MainWindow", "Opret først en partigruppe"))
        self._set_group_actions(False)  # no page can be reached: none would have a group to show
        self.ctx.undo_stack.clear()  # its steps belong to the rows just removed
        self._forget_removed_timer()
        self.welcome.empty_button.setFocus()

    def _forget_removed_timer(self) -> None:
        """A stopwatch left running on a removed demo request is dropped, not logged."""
        from secretary_app.ui.board.time_panel import RequestTimer

        timer = RequestTimer.of(self.ctx)
        if timer.running:
            from secretary_app.services import requests

            try:
                requests.get_request(self.ctx.store, timer.request_id)
            except Exception:  # noqa: BLE001 - gone (NotFoundError): nothing to log it on
                timer.discard()

    def leave_welcome(self) -> None:
        if self.welcome is None or self.stack.currentWidget() is not self.welcome:
            return
        self.nav.setEnabled(True)
        self.nav.setToolTip("")
        self.group_combo.setEnabled(True)
        self.group_combo.setToolTip(translate("MainWindow", "Vælg den partigruppe, du arbejder for (Ctrl+G)"))
        self._set_group_actions(True)
        self.nav.setCurrentRow(-1)
        self.nav.setCurrentRow(0)

    def choose_encryption(self) -> bool:
        """New stores are encrypted unless the user chooses otherwise; False when cancelled."""
        from secretary_app.services.first_encryption import is_fresh
        from secretary_app.ui.encryption_setup import EncryptionSetupDialog

        store = self.ctx.store
        if store is None or getattr(self, "encryption_choice", None) or not is_fresh(store):
            return True
        dlg = EncryptionSetupDialog(self.ctx, self)
        accepted = dlg.exec()
        if dlg.choice is not None:
            self.encryption_choice = dlg.choice  # asked once per window, even if cancelled later
        return bool(accepted) and dlg.choice is not None

    def start_empty(self) -> None:
        from secretary_app.ui.welcome import SetupDialog

        if not self.choose_encryption():
            return
        dlg = SetupDialog(self.ctx, self)
        if dlg.exec() and dlg.group_id is not None:
            self._groups_changed(select_id=dlg.group_id)

    def start_demo(self) -> None:
        from secretary_app.services.demo import has_data, run_demo

        if not self.choose_encryption():
            return
        if self.welcome is not None:
            self.welcome.set_busy(True)

        def seed(store, _progress):
            if not has_data(store):  # the demo goes only into an empty store
                run_demo(store)

        def failed(exc):
            if self.welcome is not None:
                self.welcome.set_busy(False)
            self.show_error(exc)

        from secretary_app.domain.changes import Changes

        self.ctx.ops.job(translate("MainWindow", "Opretter demodata …"), seed, changes=Changes.everything()) \
            .success(lambda _r: self._groups_changed()).failure(failed).with_parent(self).run()

    def remove_demo(self) -> None:
        from secretary_app.services.demo.marking import remove_demo

        answer = QMessageBox.question(
            self, translate("MainWindow", "Fjern demodata"),
            translate("MainWindow","Fjern alle demodata (den fiktive kommune, dens partigrupper, medlemmer, opgaver, "
                    "udkast og møder)?\n\nDet, du selv har oprettet, bliver. Der tages en "
                    "sikkerhedskopi først."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        def done(result) -> None:
            self._groups_changed()
            self.statusBar().showMessage(
                translate("MainWindow", "Demodata fjernet (%1 rækker).").replace("%1", str(result.total)), 10_000)

        db_file = self.db_file

        def work(store):
            from secretary_app.services import backup

            backup.backup_now(db_file)  # a way back, whatever the user made inside the demo
            return remove_demo(store)

        self.ctx.ops.change(translate("MainWindow", "Fjern demodata"), work).success(done).with_parent(self).run()

    def show_error(self, exc: BaseException) -> None:
        from secretary_app.domain.errors import AppError

        QMessageBox.warning(self, APP_NAME, exc.message(self.lang) if isinstance(exc, AppError) else str(exc))

    def _update_demo_state(self) -> None:
        from secretary_app.services.demo.marking import has_demo

        if self.ctx.store is not None:
            self.demo_active = has_demo(self.ctx.store)
        self.act_remove_demo.setEnabled(self.demo_active)
        self.act_remove_demo.setToolTip("" if self.demo_active
                                        else translate("MainWindow", "Databasen indeholder ingen demodata"))
        self._update_title()

    def _groups_changed(self, select_id: int | None = None) -> None:
        self._update_demo_state()
        self.reload_groups(select_id=select_id)
        if self.group_combo.count() == 0:
            self.show_welcome()
        else:
            self.leave_welcome()
        self._update_title()

