"""Qt translations: Danish is the source language; English comes from a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from secretary_app.paths import get_asset

_installed: list[QTranslator] = []


def install_translators(app: QApplication, lang: str) -> bool:
    """Install the app's (and Qt's own) translations; False if the .qm file is missing."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Danish,
                               QLocale.Country.Denmark))
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    if lang == "da":
        return True
    ours = QTranslator(app)
    qm = get_asset("translations", f"secretary_app_{lang}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
        return True
    return False
