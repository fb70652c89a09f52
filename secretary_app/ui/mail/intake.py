"""Mail files into requests from the window: dropped on the board or the member list, or
*Filer → Importér mail …*. One file opens the prefilled request dialog; several are
imported in one job with progress (threads joined), and senders nobody knows are asked
about afterwards, one dialog each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from secretary_app.domain.changes import Kind
from secretary_app.ui.mail.drop import MailDropFilter, mail_paths, save_virtual_mail


class MailIntakeController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.last_dialog = None
        self.last_message: QMessageBox | None = None
        self.last_results: list = []
        self._pending: list[Path] = []
        self._virtual: set[Path] = set()  # mails Outlook dragged in, written only to be imported
        self.drops = MailDropFilter(self._dropped, self)

    # --- entry points -------------------------------------------------------------------
    def watch(self, *widgets: QWidget) -> None:
        self.drops.watch(*widgets)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Importér mail"), str(Path.home()),
            self.tr("Mails (*.msg *.eml);;Alle filer (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def _dropped(self, mime, widget) -> None:
        paths = mail_paths(mime)
        if not paths:
            from secretary_app import paths as app_paths

            paths = save_virtual_mail(mime, app_paths.data_dir() / "mail" / ".incoming")
            self._virtual.update(paths)
        self.import_paths(paths, member_id=self._member_at(widget))

    def _member_at(self, widget) -> int | None:
        """A drop on the member list or on one member's board: that member, when the sender is unknown."""
        pages = self.window.pages
        members = pages.get("members")
        if members is not None and (widget is members or members.isAncestorOf(widget)):
            member = members.selected_member()
            return member.id if member is not None else None
        board = pages.get("board")
        if board is not None and (widget is board or board.isAncestorOf(widget)):
            return board.member_id
        return None

    def import_paths(self, paths: list[Path], member_id: int | None = None) -> None:
        group_id = self.ctx.group_id
        if group_id is None or not paths:
            return
        if len(paths) == 1:
            self._prepare(paths[0], member_id)
        else:
            self._batch(paths, member_id)

    # --- one mail: the prefilled dialog -------------------------------------------------
    def _prepare(self, path: Path, fallback_member: int | None) -> None:
        from secretary_app.services import mail_intake

        group_id = self.ctx.group_id
        self.ctx.ops.query(lambda store: mail_intake.prepare(store, group_id, path)) \
            .with_parent(self.window).success(lambda intake: self._show(intake, fallback_member)) \
            .failure(lambda exc: self._problem(exc, path)).run()

    def _show(self, intake, fallback_member: int | None) -> None:
        if intake.duplicate_request_id is not None:
            self._tell(self.tr("%1 er allerede importeret.").replace("%1", intake.path.name), then=self._next_pending)
            return
        if intake.is_meeting:
            self._commit(intake, self.tr("Møde fra mail"), Kind.MEETINGS)
            return
        if intake.thread_request_id is not None:
            self._commit(intake, self.tr("Mail føjet til opgave"), Kind.MAIL | Kind.REQUESTS)
            return
        if intake.member_id is None and fallback_member is not None:
            intake.member_id = fallback_member
            known = False
        else:
            known = intake.member_id is not None
        from secretary_app.ui.mail.dialog import MailRequestDialog

        dialog = MailRequestDialog(self.ctx, self.ctx.group_id, intake, self.window)
        if not known and intake.member_id is not None:
            dialog.unknown.setVisible(True)
            dialog.remember.setVisible(bool(intake.sender_address))
            dialog.remember.setChecked(bool(intake.sender_address))
        self.last_dialog = dialog
        dialog.finished.connect(lambda _code: self._next_pending())
        dialog.open()

    def _commit(self, intake, label: str, kinds: Kind) -> None:
        from secretary_app.services import mail_intake

        group_id = self.ctx.group_id
        self.ctx.ops.change(label, lambda store: mail_intake.commit(store, group_id, intake), changes=kinds) \
            .with_parent(self.window).success(self._committed).run()

    def _committed(self, result) -> None:
        self.last_results = [result]
        if result.action == "meeting":
            self._tell(self.tr("Mødeindkaldelsen »%1« er lagt i møderne.").replace("%1", result.title))
        else:
            self._tell(self.tr("Mailen er føjet til opgaven »%1«.").replace("%1", result.title))
        self._next_pending()

    # --- many mails: one job with progress ------------------------------------------------
    def _batch(self, paths: list[Path], member_id: int | None) -> None:
        from secretary_app.services import mail_intake

        group_id = self.ctx.group_id

        def work(store, progress):
            def step(done, total):
                # Cancel stops between mails: those imported stay, and are reported.
                progress.report(done, total)
                return not progress.cancelled

            return mail_intake.import_mail_files(store, group_id, paths, member_id=member_id, progress=step)

        self.ctx.ops.job(self.tr("Importerer %1 mails …").replace("%1", str(len(paths))), work,
                         changes=Kind.REQUESTS | Kind.MAIL | Kind.MEETINGS) \
            .with_cancel().with_parent(self.window).success(self._batch_done).run()

    def _batch_done(self, results) -> None:
        self.last_results = results
        created = sum(r.action == "created" for r in results)
        attached = sum(r.action == "attached" for r in results)
        meetings = sum(r.action == "meeting" for r in results)
        duplicates = sum(r.action == "duplicate" for r in results)
        skipped = sum(r.action == "skipped" for r in results)
        unknown = [r for r in results if r.action == "error" and getattr(r.error, "field", None) == "member"]
        failed = [r for r in results if r.action == "error" and r not in unknown]
        parts = [self.tr("%1 nye opgaver").replace("%1", str(created)),
                 self.tr("%1 mails føjet til tråde").replace("%1", str(attached))]
        if meetings:
            parts.append(self.tr("%1 møder").replace("%1", str(meetings)))
        if duplicates:
            parts.append(self.tr("%1 allerede importeret").replace("%1", str(duplicates)))
        if skipped:
            parts.append(self.tr("%1 ikke importeret (annulleret)").replace("%1", str(skipped)))
        summary = ", ".join(parts) + "."
        if failed:
            summary += "\n\n" + self.tr("Ikke importeret:") + "\n" + "\n".join(
                f"{r.file}: {r.error.message(self.ctx.lang)}" for r in failed)
        if unknown:
            summary += "\n\n" + self.tr("%1 mails er fra ukendte afsendere; vælg medlemmet for hver.") \
                .replace("%1", str(len(unknown)))
        self._pending = [Path(r.path) for r in unknown]
        self._forget_virtual()
        self._tell(summary, warning=bool(failed), then=self._next_pending)

    def _next_pending(self) -> None:
        if self._pending:
            self._prepare(self._pending.pop(0), None)
        else:
            self._forget_virtual()

    def _forget_virtual(self) -> None:
        """The import keeps its own copy of the original; the dragged-in file can go."""
        for path in [p for p in self._virtual if p not in self._pending]:
            path.unlink(missing_ok=True)
            self._virtual.discard(path)

    # --- messages -----------------------------------------------------------------------
    def _problem(self, exc: BaseException, path: Path) -> None:
        from secretary_app.domain.errors import AppError

        text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc)
        self._tell(f"{path.name}: {text}", warning=True, then=self._next_pending)

    def _tell(self, text: str, warning: bool = False, then=None) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Importér mail"), text, parent=self.window)
        self.last_message = box
        if then is not None:
            box.finished.connect(lambda _code: then())
        box.open()
        self.window.statusBar().showMessage(text.split("\n")[0], 10000)


def install(window) -> MailIntakeController:
    """Drops on the board and the member list, and *Filer → Importér mail …*."""
    controller = MailIntakeController(window)
    for key in ("board", "members"):
        page = window.pages.get(key)
        if page is not None:
            controller.watch(page, *[w for w in page.findChildren(QWidget) if w.acceptDrops()])
    action = QAction(controller.tr("Importér mail …"), window)
    action.setObjectName("importMail")
    action.triggered.connect(controller.choose_files)
    menu = window.file_menu
    menu.insertAction(menu.actions()[2] if len(menu.actions()) > 2 else None, action)
    window.mail_intake = controller
    return controller
