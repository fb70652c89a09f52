"""How an operation's error reaches the user: once, the same way everywhere.

An ``AppError`` names the problem in the user's language and nothing was saved; anything
else is a bug, logged by type and place (never its message, which may quote user text)
and shown as a short Danish message.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretary_app.domain.errors import AppError

log = logging.getLogger("secretary_app.operations")


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


def user_message(exc: BaseException, lang: str) -> str:
    if isinstance(exc, AppError):
        return exc.message(lang)
    return translate("Operations","Der opstod en uventet fejl (%1). Intet blev gemt halvt; prøv igen, "
               "og kontakt support, hvis det sker igen.").replace("%1", type(exc).__name__)


def log_failure(label: str, exc: BaseException) -> None:
    if isinstance(exc, AppError):
        log.info("operation refused: %s (%s)", label, type(exc).__name__)
        return
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("operation failed: %s (%s)\n%s", label, type(exc).__name__, frames)


def show_failure(exc: BaseException, lang: str, parent: QWidget | None = None) -> None:
    parent = parent or QApplication.activeWindow()
    QMessageBox.warning(parent, translate("Operations", "Det gik ikke"), user_message(exc, lang))
