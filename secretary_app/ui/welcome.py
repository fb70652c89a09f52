"""The first start: an empty store offers a guided start or a demo council to try."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from secretary_app.domain.catalogue import DEFAULT_TASK_TYPES
from secretary_app.ui.forms import ErrorLabel


def named(widget, name: str, description: str = ""):
    """Give a control the name and description a screen reader reads out."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


class WelcomePage(QWidget):
    """Shown instead of the pages while the store has no party group."""

    start_empty = Signal()
    start_demo = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        box = QFrame()
        box.setObjectName("welcomeBox")
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.setSpacing(14)
        heading = QLabel(self.tr("Velkommen til Medlemssekretær"))
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Her holder du styr på gruppens opgaver, udkast, møder og aktivitetslog. Alle data bliver "
            "på denne computer.\n\nHvordan vil du begynde?"))
        intro.setWordWrap(True)
        self.empty_button = QPushButton(self.tr("Start med en tom database …"))
        self.empty_button.setObjectName("welcomeEmpty")
        self.empty_button.setDefault(True)
        named(self.empty_button, self.tr("Start med en tom database"),
              self.tr("Opret kommunen, din partigruppe og dens medlemmer i ét kort trin"))
        empty_note = QLabel(self.tr("Opret kommunen, din partigruppe og dens medlemmer. De tilladte "
                                    "opgavetyper er udfyldt på forhånd."))
        empty_note.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Prøv med demodata"))
        self.demo_button.setObjectName("welcomeDemo")
        named(self.demo_button, self.tr("Prøv med demodata"),
              self.tr("Fylder databasen med en fiktiv kommune, som du kan fjerne igen"))
        demo_note = QLabel(self.tr("En fiktiv kommune med fire partigrupper og et års opgaver. Titellinjen "
                                   "viser DEMO, og Filer ▸ Fjern demodata fjerner den igen uden at røre "
                                   "det, du selv har oprettet."))
        demo_note.setWordWrap(True)
        for button in (self.empty_button, self.demo_button):
            button.setMinimumHeight(int(button.sizeHint().height() * 1.5))
        inner.addWidget(heading)
        inner.addWidget(intro)
        inner.addSpacing(6)
        inner.addWidget(self.empty_button)
        inner.addWidget(empty_note)
        inner.addSpacing(6)
        inner.addWidget(self.demo_button)
        inner.addWidget(demo_note)
        inner.addStretch(1)
        self.empty_button.clicked.connect(self.start_empty)
        self.demo_button.clicked.connect(self.start_demo)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_busy(self, busy: bool) -> None:
        for button in (self.empty_button, self.demo_button):
            button.setEnabled(not busy)
            button.setToolTip(self.tr("Vent, databasen er i gang") if busy else "")


class SetupDialog(QDialog):
    """Council, group name and list letter, members and the permitted task types."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group_id: int | None = None
        self.setWindowTitle(self.tr("Start med en tom database"))
        self.setObjectName("setupDialog")
        self.council = named(QLineEdit("Københavns Kommune"), self.tr("Kommune"))
        self.council.setObjectName("setupCouncil")
        self.group_name = named(QLineEdit(), self.tr("Partigruppens navn"))
        self.group_name.setObjectName("setupGroupName")
        self.group_name.setPlaceholderText(self.tr("fx Socialdemokratiet"))
        self.letter = named(QLineEdit(), self.tr("Listebogstav"))
        self.letter.setObjectName("setupLetter")
        self.letter.setMaxLength(3)
        self.letter.setMaximumWidth(80)
        self.letter.setPlaceholderText(self.tr("fx A"))
        self.members = named(QPlainTextEdit(), self.tr("Medlemmer"), self.tr("Ét navn pr. linje"))
        self.members.setObjectName("setupMembers")
        self.members.setPlaceholderText(self.tr("Ét navn pr. linje. Du kan også tilføje medlemmer senere."))
        self.members.setTabChangesFocus(True)
        self.members.setMinimumHeight(90)
        self.types = named(QListWidget(), self.tr("Tilladte opgavetyper"),
                           self.tr("Fjern fluebenet ved typer, gruppen ikke bruger"))
        self.types.setObjectName("setupTypes")
        for spec in DEFAULT_TASK_TYPES:
            item = QListWidgetItem(spec.label_en if ctx.lang == "en" else spec.label_da)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, spec.code)
            item.setToolTip(spec.description)
            item.setFlags(item.flags() | QtCore.Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(QtCore.Qt.CheckState.Checked)
            self.types.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Kommune:"), self.council)
        form.addRow(self.tr("&Partigruppe:"), self.group_name)
        form.addRow(self.tr("&Listebogstav:"), self.letter)
        form.addRow(self.tr("&Medlemmer:"), self.members)
        form.addRow(self.tr("&Opgavetyper:"), self.types)
        for field_widget in (self.council, self.group_name, self.letter, self.members, self.types):
            label = form.labelForField(field_widget)
            if label is not None:
                label.setBuddy(field_widget)
        note = QLabel(self.tr("Opgavetyperne er dem, ordningen tillader (Kommunestyrelseslovens § 16, "
                              "stk. 11). Du kan ændre dem senere under Opgavetyper."))
        note.setWordWrap(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Opret gruppen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addWidget(note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Start med en tom database"))
        lay = QVBoxLayout(self)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.resize(560, 600)
        from secretary_app.ui.screen import fit_to_screen

        fit_to_screen(self)

    def setup(self):
        from secretary_app.services.onboarding import FirstSetup, member_names

        codes = tuple(self.types.item(i).data(QtCore.Qt.ItemDataRole.UserRole) for i in range(self.types.count())
                      if self.types.item(i).checkState() == QtCore.Qt.CheckState.Checked)
        return FirstSetup(self.council.text(), self.group_name.text(), self.letter.text(),
                          member_names(self.members.toPlainText()), codes)

    def accept(self) -> None:
        from secretary_app.domain.errors import AppError
        from secretary_app.services import onboarding

        setup = self.setup()
        try:
            onboarding.check(setup)
        except AppError as exc:
            self.error.show_error(exc.message(self.ctx.lang))
            return
        self.ok_button.setEnabled(False)

        def done(group) -> None:
            self.group_id = group.id
            QDialog.accept(self)

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.error.show_error(exc.message(self.ctx.lang) if isinstance(exc, AppError) else str(exc))

        self.ctx.ops.change(self.tr("Opret partigruppe"),
                            lambda store: onboarding.create_first_group(store, setup)) \
            .success(done).failure(failed).with_parent(self).run()
