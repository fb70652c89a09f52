"""The Help menu: a keyboard-shortcut overview and a short manual, both offline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from secretary_app.paths import get_asset


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialog", text)


def page_shortcuts() -> list[tuple[str, str, str]]:
    """(where, keys, what) for shortcuts that live on pages rather than in the menus."""
    return [
        (_tr("Opgavetavle"), "Ctrl+N", _tr("Ny opgave")),
        (_tr("Opgavetavle"), "Ctrl+F", _tr("Søg på tavlen")),
        (_tr("Opgavetavle"), "Ctrl+Shift+Right / Ctrl+Shift+Left", _tr("Flyt kortet til næste/forrige kolonne")),
        (_tr("Opgavetavle"), "Alt+Up / Alt+Down", _tr("Flyt kortet op/ned i kolonnen")),
        (_tr("Opgavetavle"), "Ctrl+Right / Ctrl+Left", _tr("Gå til næste/forrige kolonne")),
        (_tr("Opgavetavle"), "Delete", _tr("Læg kortet i papirkurven")),
        (_tr("Opgave"), "Ctrl+S", _tr("Gem opgaven")),
        (_tr("Udkast"), "Ctrl+N", _tr("Nyt udkast")),
        (_tr("Udkast"), "Ctrl+K", _tr("Søg i udkast")),
        (_tr("Udkast"), "Ctrl+F / Ctrl+H", _tr("Søg / søg og erstat i teksten")),
        (_tr("Udkast"), "F5", _tr("Talefremvisning")),
        (_tr("Aktivitetslog"), "Ctrl+PgUp / Ctrl+PgDown", _tr("Forrige/næste måned")),
        (_tr("Medlemmer"), "Ctrl+Shift+M", _tr("Nyt medlem")),
    ]


def menu_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """Every menu action with a shortcut, read from the live menus so the list never goes stale."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        where = menu_action.text().replace("&", "")
        for act in menu.actions():
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys:
                rows.append((where, keys, act.text().replace("&", "").rstrip(" …")))
    return rows


def shortcuts_html(window: QWidget) -> str:
    rows = menu_shortcuts(window) + page_shortcuts()
    body = "".join(f"<tr><td>{escape(w)}</td><td><b>{escape(k)}</b></td><td>{escape(t)}</td></tr>"
                   for w, k, t in rows)
    return (f"<h2>{escape(_tr('Tastaturgenveje'))}</h2>"
            f"<p>{escape(_tr('Tab og Shift+Tab flytter mellem felterne; Alt og det understregede bogstav åbner en menu.'))}</p>"
            f"<table cellpadding='4'><tr><th align='left'>{escape(_tr('Hvor'))}</th>"
            f"<th align='left'>{escape(_tr('Taster'))}</th><th align='left'>{escape(_tr('Hvad'))}</th></tr>"
            f"{body}</table>")


def manual_html(lang: str) -> str:
    path = get_asset("help", f"manual_{'en' if lang == 'en' else 'da'}.html")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return f"<p>{escape(_tr('Vejledningen mangler i installationen'))}: {escape(str(path))}</p>"


class HelpDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("helpDialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_tr("Luk"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.resize(720, 620)
        from secretary_app.ui.screen import fit_to_screen

        fit_to_screen(self)


def add_help_actions(window, menu, before=None) -> None:
    """The manual and the shortcut overview, above ``before`` (the About entry)."""
    manual = QAction(_tr("Vejledning"), window)
    manual.setShortcut(QKeySequence.StandardKey.HelpContents)
    manual.triggered.connect(lambda: HelpDialog(_tr("Vejledning"), manual_html(window.lang), window).exec())
    keys = QAction(_tr("Tastaturgenveje"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: HelpDialog(_tr("Tastaturgenveje"), shortcuts_html(window), window).exec())
    menu.insertAction(before, manual)
    menu.insertAction(before, keys)
    menu.insertSeparator(before)
    window.act_manual, window.act_shortcuts = manual, keys
