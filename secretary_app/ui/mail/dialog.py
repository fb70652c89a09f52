"""The request dialog prefilled from a mail: Enter saves it as a request with the mail kept."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel

from secretary_app.domain.changes import Kind
from secretary_app.domain.dates import format_datetime, to_local
from secretary_app.domain.errors import AppError
from secretary_app.ui.board.request_dialog import RequestDialog
from secretary_app.ui import colours


class MailRequestDialog(RequestDialog):
    def __init__(self, ctx, group_id: int, intake, parent=None):
        super().__init__(ctx, group_id, None, intake.member_id, parent)
        self.intake = intake
        self.result = None
        mail = intake.mail
        self.setWindowTitle(self.tr("Ny opgave fra mail: %1").replace("%1", intake.title))
        self.title_edit.setText(intake.title)
        self.description.setPlainText(intake.description)
        self.channel.setCurrentIndex(max(0, self.channel.findData("email")))
        received = to_local(intake.received_at)
        self.received.setDate(received.date())
        if intake.type_code:
            self.type.setCurrentIndex(max(0, self.type.findData(intake.type_code)))
        count = len([a for a in mail.attachments if not a.inline])
        facts = [self.tr("Fra: %1").replace("%1", mail.sender.label() or self.tr("ukendt afsender")),
                 format_datetime(received, ctx.lang)]
        if count:
            facts.append(self.tr("%1 bilag").replace("%1", str(count)))
        self.banner = QLabel(" · ".join(facts))
        self.banner.setObjectName("mailBanner")
        banner_bg, banner_fg = colours.tint(None, "#5b8fc7", 0.12)
        self.banner.setStyleSheet(f"background:{colours.css(banner_bg)}; color:{colours.css(banner_fg)};"
                                  " padding:6px; border-radius:4px;")
        self.banner.setWordWrap(True)
        self.layout().insertWidget(0, self.banner)
        self.remember = QCheckBox(self.tr("Husk %1 som medlemmets adresse").replace("%1", intake.sender_address))
        self.remember.setObjectName("rememberAddress")
        self.unknown = QLabel(self.tr("Afsenderen %1 er ikke et kendt medlem: vælg medlemmet nedenfor.")
                              .replace("%1", intake.sender_address or self.tr("(uden adresse)")))
        self.unknown.setObjectName("unknownSender")
        self.unknown.setStyleSheet(colours.fg_css(colours.warning(bg="window"), bold=True))
        self.layout().insertWidget(1, self.unknown)
        self.layout().insertWidget(2, self.remember)
        known = intake.member_id is not None
        if not known:
            # No member is chosen for the secretary: Enter must not file the mail under the first name.
            self.member.insertItem(0, self.tr("– vælg medlem –"), None)
            self.member.setCurrentIndex(0)
        self.unknown.setVisible(not known)
        self.remember.setVisible(not known and bool(intake.sender_address))
        self.remember.setChecked(not known and bool(intake.sender_address))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setAutoDefault(True)
        # One keystroke to accept: Enter saves (the title field passes it on to the default button).
        save.setFocus()

    def _fields(self) -> dict:
        v = self.values()
        received = v["received_at"]
        if received == to_local(self.intake.received_at).date():
            received = self.intake.received_at  # the time the mail came in, not noon
        return dict(
            member_id=v["member_id"], type_code=v["task_type"], title=v["title"], description=v["description"],
            request_fields=dict(channel=v["channel"], received_at=received, due_date=v["due_date"],
                                priority=v["priority"], estimated_minutes=v["estimated_minutes"], tags=v["tags"],
                                sent_date=v["sent_date"], status=v["status"]),
        )

    def save(self) -> bool:
        if self.request_id is not None:
            return super().save()
        self._commit(close=False)
        return False

    def save_and_close(self) -> None:
        if self.request_id is not None:
            super().save_and_close()
        else:
            self._commit(close=True)

    def _commit(self, close: bool) -> None:
        from secretary_app.services import mail_intake
        from secretary_app.services import requests as svc

        fields = self._fields()
        if fields["member_id"] is None:
            self.error.show_error(self.tr("Vælg medlemmet, som mailen er fra.") if self.member.count() > 1
                                  else self.tr("Gruppen har ingen aktive medlemmer; opret et medlem først."))
            self._focus_field("member")
            return
        intake, group_id, remember = self.intake, self.group_id, self.remember.isChecked()
        done: dict = {}

        def do(store):
            if "request_id" in done:  # redo after an undo: the request comes back from the trash
                return svc.restore_request(store, done["request_id"])
            result = mail_intake.commit(store, group_id, intake, remember_address=remember, attach_to=None, **fields)
            done["request_id"] = result.request_id
            return result

        def undo(store, _result):
            return svc.trash_request(store, done["request_id"])

        self.buttons.setEnabled(False)
        self.ctx.ops.change(self.tr("Opgave fra mail"), do, undo=undo, changes=Kind.REQUESTS | Kind.MAIL) \
            .with_parent(self).success(lambda result: self._committed(result, close)) \
            .failure(self._failed).run()

    def _committed(self, result, close: bool) -> None:
        from secretary_app.services import requests as svc

        self.buttons.setEnabled(True)
        self.result = result
        self.request_id = self.saved_id = result.request_id
        self._original = svc.get_request(self.ctx.store, result.request_id)
        self.error.show_error("")
        if close:
            self.accept()
            return
        self._add_time_tab(result.request_id, self._original.title)
        from secretary_app.ui.mail.panel import add_mail_tab

        add_mail_tab(self, result.request_id)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        text = exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc)
        self.error.show_error(text)
        self._focus_field(getattr(exc, "field", None))


