"""*I dag*: what needs the secretary today across every member, each line opening what it names."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from secretary_app.domain.dates import format_short
from secretary_app.ui.page import Page

SHOWN = 8  # lines per section; the rest are counted, so every section fits on a laptop screen


class TodayPage(Page):
    key = "today"

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.overview = None
        self.heading = QLabel()
        self.heading.setObjectName("todayHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.refresh_button = QPushButton(self.tr("Opdatér"))
        self.refresh_button.setObjectName("todayRefresh")
        self.refresh_button.setAccessibleName(self.tr("Opdatér I dag"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        self.body = QWidget()
        self.body.setObjectName("todayBody")
        self.column = QVBoxLayout(self.body)
        self.column.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("I dag"))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        self.buttons: list[QPushButton] = []
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(150)
        self._pending.timeout.connect(self.reload)
        self.listen(ctx.ops.changes_applied, lambda _notice: self._pending.start())

    def title(self) -> str:
        return self.tr("I dag")

    def set_group(self, group_id: int) -> None:
        super().set_group(group_id)
        self.reload()

    def on_shown(self) -> None:
        self.reload()

    def flush(self) -> None:
        """The window is closing: no more reads after the runner shuts down."""
        self._pending.stop()
        self._closing = True

    def reload(self) -> None:
        if self.group_id is None or self.ctx.store is None or getattr(self, "_closing", False):
            return
        from secretary_app.services import today

        gid = self.group_id
        self.ctx.ops.query(lambda store: today.overview(store, gid)).success(self.show_overview).run()

    # --- drawing ------------------------------------------------------------------------------

    def _section_title(self, key: str) -> str:
        return {
            "overdue": self.tr("Over fristen"),
            "today": self.tr("Frist i dag"),
            "week": self.tr("Frist resten af ugen"),
            "answers": self.tr("Svar fra forvaltningen er forsinket (10 arbejdsdage)"),
            "waiting": self.tr("Har ventet længe på andre"),
            "flagged": self.tr("Nye opgaver, vagten har markeret"),
            "meetings": self.tr("Møder den kommende uge med uforberedte punkter"),
            "press": self.tr("Pressemeddelelser, der ikke er sendt til medlemmerne"),
        }[key]

    def _line(self, item) -> str:
        who = f"{item.member}: " if item.member else ""
        day = format_short(item.day) if item.day else ""
        if item.section == "overdue":
            extra = (self.tr("1 dag over fristen") if item.count == 1
                     else self.tr("%1 dage over fristen").replace("%1", str(item.count)))
        elif item.section == "answers":
            extra = (self.tr("svarfrist %1, 1 arbejdsdag for sent") if item.count == 1
                     else self.tr("svarfrist %1, %2 arbejdsdage for sent").replace("%2", str(item.count)))
            extra = extra.replace("%1", day)
        elif item.section == "waiting":
            extra = self.tr("venter siden %1").replace("%1", day)
        elif item.section == "meetings":
            extra = (self.tr("1 uforberedt punkt") if item.count == 1
                     else self.tr("%1 uforberedte punkter").replace("%1", str(item.count)))
        elif item.section == "flagged":
            extra = self.tr("modtaget %1").replace("%1", day)
        elif item.section == "press":
            extra = self.tr("ikke sendt til medlemmerne")
        else:
            extra = day
        title = item.title or self.tr("(uden titel)")
        if item.section == "meetings":
            return f"{day} {title} – {extra}"
        return f"{who}{title} – {extra}"

    def _clear(self) -> None:
        while self.column.count():
            child = self.column.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        self.buttons = []

    def show_overview(self, overview) -> None:
        from secretary_app.domain.dates import format_long

        self.overview = overview
        self._clear()
        self.heading.setText(self.tr("I dag, %1").replace("%1", format_long(overview.today, self.ctx.lang)))
        if overview.empty:
            note = QLabel(self.tr("Intet haster i dag: ingen frister, forsinkede svar eller uforberedte "
                                  "møder. Nye opgaver opretter du på opgavetavlen."))
            note.setObjectName("todayEmpty")
            note.setWordWrap(True)
            self.column.addWidget(note)
            go = QPushButton(self.tr("Ny opgave …"))
            go.setObjectName("todayNewRequest")
            go.setAccessibleName(self.tr("Ny opgave"))
            go.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            go.clicked.connect(self._new_request)
            self.column.addWidget(go)
            self.buttons.append(go)
            return
        from secretary_app.services.today import SECTIONS

        for key in SECTIONS:
            items = overview.items[key]
            if not items:
                continue
            header = QLabel(f"{self._section_title(key)} ({len(items)})")
            header.setObjectName(f"todaySection_{key}")
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.column.addSpacing(8)
            self.column.addWidget(header)
            for item in items[:SHOWN]:
                self.column.addWidget(self._button(item))
            if len(items) > SHOWN:
                more = QLabel(self.tr("… og %1 til").replace("%1", str(len(items) - SHOWN)))
                self.column.addWidget(more)

    def _button(self, item) -> QPushButton:
        text = self._line(item)
        button = QPushButton(text)
        button.setObjectName(f"todayItem_{item.section}_{item.target_id}")
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("QPushButton { text-align: left; padding: 3px 8px; }"
                             "QPushButton:focus { border: 2px solid palette(highlight); }")
        button.setAccessibleName(text)
        where = {"board": self.tr("Åbner opgaven"), "meetings": self.tr("Åbner mødet"),
                 "drafts": self.tr("Åbner udkastet")}[item.page]
        button.setAccessibleDescription(where)
        button.setToolTip(where)
        button.clicked.connect(lambda _=False, i=item: self.open_item(i))
        self.buttons.append(button)
        return button

    def open_item(self, item):
        nav = self.ctx.nav
        opener = {"board": nav.open_request, "drafts": nav.open_draft, "meetings": nav.show_meeting}[item.page]
        return opener(item.target_id)

    def _new_request(self) -> None:
        board = self.ctx.nav.show_page("board")
        if board is not None:
            board.new_request()
