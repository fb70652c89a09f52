"""Crash reports: an unexpected exception anywhere ends up in a file and a Danish dialog.

``install(app)`` replaces ``sys.excepthook`` (exceptions in Qt slots arrive there) and
``threading.excepthook``, and turns on ``faulthandler`` for hard crashes (its file in the
logs folder, 0600). A report holds the version, platform, thread, the exception's type and
stack frames; never its message or local variables, which may quote what the secretary
typed. Nothing is printed to the terminal but one line with the report's path.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from secretary_app.applog import write_crash_report as write_report

log = logging.getLogger("secretary_app.crash")
FAULT_LOG = "faulthandler.log"


translate = QCoreApplication.translate  # as translate("Context", "text"), so lupdate finds the text


class _Reporter(QObject):
    """Lives on the UI thread; reports from other threads arrive queued."""

    report = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        # Qt's default connection queues a report from another thread; the ``Qt`` enum
        # namespace is not touched here because building it costs about 0.1 s before the
        # first paint.
        self.report.connect(self.show_dialog)
        self.dialogs: list = []

    def show_dialog(self, path) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication, QMessageBox

        where = str(path) if path is not None else translate("CrashReport", "(rapporten kunne ikke gemmes)")
        box = QMessageBox(QMessageBox.Icon.Critical, translate("CrashReport", "Uventet fejl"),
                          translate("CrashReport","Der opstod en uventet fejl i Medlemssekretær.\n\n"
                              "En fejlrapport er gemt her:\n%1\n\n"
                              "Dine data er gemt til og med den seneste ændring. Gem eventuelt dit arbejde, "
                              "luk programmet og start det igen. Sker det igen, så send fejlrapporten til "
                              "jeres support. Den indeholder ingen titler, tekster eller navne.")
                          .replace("%1", where),
                          QMessageBox.StandardButton.Ok, QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialogs.append(box)
        box.finished.connect(lambda *_: self.dialogs.remove(box) if box in self.dialogs else None)
        box.open()  # not exec(): the failing slot returns and the window keeps running


_reporter: _Reporter | None = None
_fault_file = None


def handle(exc_type, exc, tb, thread_name: str | None = None) -> Path | None:
    if issubclass(exc_type, KeyboardInterrupt):
        return None
    path = write_report(exc_type, exc, tb, thread_name)
    log.error("unexpected %s; report %s", exc_type.__name__, path.name if path else "not written")
    try:
        sys.stderr.write(f"Medlemssekretær: uventet fejl ({exc_type.__name__}); fejlrapport: {path}\n")
    except (OSError, ValueError, AttributeError):
        pass  # no terminal (a bundled app started from the desktop)
    if _reporter is not None:
        _reporter.report.emit(path)
    return path


def _thread_hook(args) -> None:
    if args.exc_type is SystemExit:
        return
    handle(args.exc_type, args.exc_value, args.exc_traceback, getattr(args.thread, "name", None))


def install(app: QObject) -> None:
    global _reporter, _fault_file
    if _reporter is None:
        _reporter = _Reporter(app)
    sys.excepthook = handle
    threading.excepthook = _thread_hook
    if _fault_file is None:
        from secretary_app import paths

        try:
            fd = os.open(paths.logs_dir() / FAULT_LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            _fault_file = os.fdopen(fd, "a", encoding="utf-8")
            faulthandler.enable(file=_fault_file, all_threads=True)
        except OSError:
            _fault_file = None


def uninstall() -> None:
    global _reporter, _fault_file
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None
    _reporter = None
