"""Importing agendas and meeting plans on the Møder page: the file is read in a background
job (a long PDF takes a moment), the agenda opens in the review dialog, and saving (like a
plan import) runs through the operation runner. Mixed into ``MeetingsPage``, whose signals
(``review_ready``, ``imported``, ``import_failed``, ``plan_imported``) it emits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from secretary_app.domain.errors import AppError
from secretary_app.ui.operations import Kind


class AgendaImportMixin:
    review_dialog = None

    def _pick_file(self, caption: str) -> str:
        path, _ = QFileDialog.getOpenFileName(self, caption, self._last_dir or str(Path.home()),
                                              self.tr("Dagsordener (*.txt *.pdf *.html *.htm);;Alle filer (*)"))
        if path:
            self._last_dir = str(Path(path).parent)
        return path

    def import_agenda_dialog(self) -> None:
        path = self._pick_file(self.tr("Importér dagsorden"))
        if path:
            self.import_agenda_file(path)

    def import_agenda_file(self, path: str) -> None:
        """Read the file in a background job, then open the review; nothing is saved before."""
        from secretary_app.services import agenda_import

        if self.group_id is None:
            return
        group_id = self.group_id
        self.status.setText(self.tr("Læser %1 …").replace("%1", Path(path).name))
        self.import_btn.setEnabled(False)
        self.ctx.ops.job(self.tr("Læser dagsorden …"),
                         lambda store, progress: agenda_import.read_for_review(store, group_id, path)) \
            .with_preload("pypdf").with_parent(self) \
            .success(lambda review: self._open_review(review, group_id, path)) \
            .failure(self._import_failed).run()

    def _import_failed(self, exc: BaseException) -> None:
        self.import_btn.setEnabled(True)
        text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc)
        self.status.setText(self.tr("Import mislykkedes: %1").replace("%1", text))
        self.import_failed.emit(text)
        if not isinstance(exc, AppError):
            self.show_error(exc)

    def _open_review(self, review, group_id: int, path: str) -> None:
        from secretary_app.ui.meetings.review_dialog import AgendaReviewDialog

        self.import_btn.setEnabled(True)
        self.status.setText(self.tr("Gennemse %1 punkter fra %2 og gem.")
                            .replace("%1", str(len(review.items))).replace("%2", Path(path).name))
        dlg = AgendaReviewDialog(review, self.ctx.lang, parent=self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.save_review(dlg.review(), group_id, Path(path).name))
        self.review_dialog = dlg
        dlg.open()
        self.review_ready.emit(dlg)

    def save_review(self, review, group_id: int, name: str) -> None:
        """Store what the review shows, through the operation runner."""
        from secretary_app.services import agenda_import, meetings

        def done(res) -> None:
            verb = self.tr("Oprettede") if res.created else self.tr("Opdaterede")
            self.status.setText(self.tr("%1 mødet %2 med %3 punkter fra %4.")
                                .replace("%1", verb).replace("%2", meetings.meeting_label(res.meeting, self.ctx.lang))
                                .replace("%3", str(len(res.items))).replace("%4", name))
            self.select_meeting(res.meeting.id)
            if res.warnings:
                QMessageBox.information(self, self.tr("Dagsorden importeret"), "\n".join(res.warnings))
            self.imported.emit(res.meeting.id)

        self.ctx.ops.change(self.tr("Importér dagsorden"),
                            lambda store: agenda_import.save_review(store, group_id, review)) \
            .with_parent(self).success(done).failure(self._import_failed).run()

    def import_plan_dialog(self) -> None:
        if self.group_id is None:
            return
        path = self._pick_file(self.tr("Importér mødeplan"))
        if path:
            self.import_plan_file(path)

    def import_plan_file(self, path: str) -> None:
        """Read the plan in a background job, then ask for the body and import."""
        from secretary_app.services import agenda_files

        def read(store, progress):
            from secretary_app.domain.agenda import parse_agenda
            from secretary_app.domain.agenda.meeting_plan import parse_meeting_plan

            text = agenda_files.read_document(path)
            plan = parse_meeting_plan(text)
            suggested = plan.body
            if not suggested:
                try:
                    suggested = parse_agenda(text).meeting.body
                except AppError:
                    suggested = ""
            return plan, suggested

        def ask(result) -> None:
            plan, suggested = result
            body, ok = QInputDialog.getText(
                self, self.tr("Importér mødeplan"),
                self.tr("%1 møder fundet. Mødeforum:").replace("%1", str(len(plan.entries))), text=suggested)
            if ok:
                self.import_plan(plan, body)

        self.ctx.ops.job(self.tr("Læser mødeplan …"), read).with_preload("pypdf").with_parent(self) \
            .success(ask).run()

    def import_plan(self, plan, body: str, *, ask: bool = True) -> None:
        from secretary_app.services import meetings

        skip = False
        if plan.problems:
            msg = "\n".join(p.message(self.ctx.lang) for p in plan.problems)
            if ask:
                answer = QMessageBox.question(
                    self, self.tr("Fejl i mødeplanen"),
                    msg + "\n\n" + self.tr("Importér de øvrige datoer og spring disse over?"))
                if answer != QMessageBox.StandardButton.Yes:
                    return
            skip = True
        group_id, lang = self.group_id, self.ctx.lang

        def done(res) -> None:
            self.status.setText(self.tr("Mødeplan: %1 møder oprettet, %2 opdateret, %3 sprunget over.")
                                .replace("%1", str(len(res.created))).replace("%2", str(len(res.updated)))
                                .replace("%3", str(len(res.skipped))))
            first = (res.created or res.updated or [None])[0]
            if first is not None:
                self.select_meeting(first.id)
            self.plan_imported.emit(len(res.created) + len(res.updated))

        self.ctx.ops.change(self.tr("Importér mødeplan"),
                            lambda store: meetings.import_meeting_plan(store, group_id, plan, body_name=body,
                                                                       skip_problems=skip, lang=lang),
                            changes=Kind.MEETINGS).with_parent(self).success(done).run()
