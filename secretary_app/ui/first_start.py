"""The main window's first start: the welcome, the guided setup, and demo data in and out.

A mixin so ``main_window.py`` keeps to its chrome and pages; it uses the window's
``stack``, ``nav``, ``group_combo``, ``ctx`` and ``reload_groups``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from secretary_app import APP_NAME


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FirstStartMixin:
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
        self.group_combo.setEnabled(False)
        self.group_combo.setToolTip(_tr("Opret først en partigruppe"))
        for act in (self.act_edit_group,):
            act.setEnabled(False)
        self.welcome.empty_button.setFocus()

    def leave_welcome(self) -> None:
        if self.welcome is None or self.stack.currentWidget() is not self.welcome:
            return
        self.nav.setEnabled(True)
        self.group_combo.setEnabled(True)
        self.group_combo.setToolTip(_tr("Vælg den partigruppe, du arbejder for (Ctrl+G)"))
        self.act_edit_group.setEnabled(True)
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

        self.ctx.ops.job(_tr("Opretter demodata …"), seed, changes=Changes.everything()) \
            .success(lambda _r: self._groups_changed()).failure(failed).with_parent(self).run()

    def remove_demo(self) -> None:
        from secretary_app.services.demo.marking import remove_demo

        answer = QMessageBox.question(
            self, _tr("Fjern demodata"),
            _tr("Fjern alle demodata (den fiktive kommune, dens partigrupper, medlemmer, opgaver, "
                    "udkast og møder)?\n\nDet, du selv har oprettet, bliver. Der tages en "
                    "sikkerhedskopi først."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        def done(result) -> None:
            self._groups_changed()
            self.statusBar().showMessage(
                _tr("Demodata fjernet (%1 rækker).").replace("%1", str(result.total)), 10_000)

        db_file = self.db_file

        def work(store):
            from secretary_app.services import backup

            backup.backup_now(db_file)  # a way back, whatever the user made inside the demo
            return remove_demo(store)

        self.ctx.ops.change(_tr("Fjern demodata"), work).success(done).with_parent(self).run()

    def show_error(self, exc: BaseException) -> None:
        from secretary_app.domain.errors import AppError

        QMessageBox.warning(self, APP_NAME, exc.message(self.lang) if isinstance(exc, AppError) else str(exc))

    def _update_demo_state(self) -> None:
        from secretary_app.services.demo.marking import has_demo

        if self.ctx.store is not None:
            self.demo_active = has_demo(self.ctx.store)
        self.act_remove_demo.setEnabled(self.demo_active)
        self.act_remove_demo.setToolTip("" if self.demo_active else _tr("Databasen indeholder ingen demodata"))
        self._update_title()

    def _groups_changed(self, select_id: int | None = None) -> None:
        self._update_demo_state()
        self.reload_groups(select_id=select_id)
        if self.group_combo.count() == 0:
            self.show_welcome()
        else:
            self.leave_welcome()
        self._update_title()

