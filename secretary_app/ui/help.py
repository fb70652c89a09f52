"""The Help menu: a keyboard-shortcut overview and a short manual, both offline."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from secretary_app.paths import get_asset


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def page_shortcuts() -> list[tuple[str, str, str]]:
    """(where, keys, what) for shortcuts that live on pages rather than in the menus."""
    return [
        (translate("HelpDialog", "Opgavetavle"), "Ctrl+N", translate("HelpDialog", "Ny opgave")),
        (translate("HelpDialog", "Opgavetavle"), "Ctrl+F", translate("HelpDialog", "Søg på tavlen")),
        (translate("HelpDialog", "Opgavetavle"), "Ctrl+Shift+Right / Ctrl+Shift+Left",
         translate("HelpDialog", "Flyt kortet til næste/forrige kolonne")),
        (translate("HelpDialog", "Opgavetavle"), "Alt+Up / Alt+Down",
         translate("HelpDialog", "Flyt kortet op/ned i kolonnen")),
        (translate("HelpDialog", "Opgavetavle"), "Ctrl+Right / Ctrl+Left",
         translate("HelpDialog", "Gå til næste/forrige kolonne")),
        (translate("HelpDialog", "Opgavetavle"), "Delete",
         translate("HelpDialog", "Læg kortet i papirkurven")),
        (translate("HelpDialog", "Opgave"), "Ctrl+S", translate("HelpDialog", "Gem opgaven")),
        (translate("HelpDialog", "Udkast"), "Ctrl+N", translate("HelpDialog", "Nyt udkast")),
        (translate("HelpDialog", "Udkast"), "Ctrl+K", translate("HelpDialog", "Søg i udkast")),
        (translate("HelpDialog", "Udkast"), "Ctrl+F / Ctrl+H",
         translate("HelpDialog", "Søg / søg og erstat i teksten")),
        (translate("HelpDialog", "Udkast"), "F5", translate("HelpDialog", "Talefremvisning")),
        (translate("HelpDialog", "Aktivitetslog"), "Ctrl+PgUp / Ctrl+PgDown",
         translate("HelpDialog", "Forrige/næste måned")),
        (translate("HelpDialog", "Medlemmer"), "Ctrl+Shift+M", translate("HelpDialog", "Nyt medlem")),
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
    # Translated outside the f-string: lupdate does not read inside one.
    heading = translate("HelpDialog", "Tastaturgenveje")
    intro = translate("HelpDialog", "Tab og Shift+Tab flytter mellem felterne; Alt og det understregede bogstav "
                                    "åbner en menu.")
    where, keys, what = (translate("HelpDialog", "Hvor"), translate("HelpDialog", "Taster"),
                         translate("HelpDialog", "Hvad"))
    return (f"<h2>{escape(heading)}</h2><p>{escape(intro)}</p>"
            f"<table cellpadding='4'><tr><th align='left'>{escape(where)}</th>"
            f"<th align='left'>{escape(keys)}</th><th align='left'>{escape(what)}</th></tr>"
            f"{body}</table>")


def manual_html(lang: str) -> str:
    path = get_asset("help", f"manual_{'en' if lang == 'en' else 'da'}.html")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        missing = translate("HelpDialog", "Vejledningen mangler i installationen")
        return f"<p>{escape(missing)}: {escape(str(path))}</p>"


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
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("HelpDialog", "Luk"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser, 1)
        lay.addWidget(buttons)
        self.resize(720, 620)
        from secretary_app.ui.screen import fit_to_screen

        fit_to_screen(self)


def add_help_actions(window, menu) -> None:
    manual = QAction(translate("HelpDialog", "Vejledning"), window)
    manual.setShortcut(QKeySequence.StandardKey.HelpContents)
    manual.triggered.connect(lambda: HelpDialog(translate("HelpDialog", "Vejledning"), manual_html(window.lang), window).exec())
    keys = QAction(translate("HelpDialog", "Tastaturgenveje"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: HelpDialog(translate("HelpDialog", "Tastaturgenveje"), shortcuts_html(window), window).exec())
    menu.addAction(manual)
    menu.addAction(keys)
    menu.addSeparator()
    window.act_manual, window.act_shortcuts = manual, keys
    about = QAction(QCoreApplication.translate("MainWindow", "Om Medlemssekretær"), window)
    about.triggered.connect(lambda: show_about(window))
    menu.addAction(about)


def show_about(window) -> None:
    from PySide6.QtWidgets import QMessageBox

    from secretary_app import APP_NAME, __version__

    # The window's context, where these translations have always been.
    QMessageBox.about(
        window, QCoreApplication.translate("MainWindow", "Om Medlemssekretær"),
        f"<h3>{APP_NAME} {__version__}</h3>"
        + QCoreApplication.translate("MainWindow", "<p>Værktøj til partigruppens medlemssekretær: opgaver, vagt mod "
                                     "partipolitisk arbejde, udkast, møder og aktivitetslog.</p><p>Alle data bliver "
                                     "på denne computer. Ingen netværksadgang, ingen telemetri.</p>"))
