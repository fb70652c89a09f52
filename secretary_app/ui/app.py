"""GUI entry point: paint the window first, open the store right after."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from secretary_app import APP_NAME, __version__
from secretary_app.paths import get_asset, use_guard_cache

PROBE_ENV = "SECRETARY_APP_STARTUP_PROBE"  # bench/: file to write start-up timestamps to


def make_app(argv: list[str] | None = None, *, icon_now: bool = True) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Medlemssekretær")
    app.setDesktopFileName("secretary-app")
    from secretary_app.ui import gc_guard

    gc_guard.install(app)  # worker threads never run the garbage collector (see gc_guard)
    if icon_now:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    icon = get_asset("icons", "secretary-app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))  # loads Qt's SVG plugin: a few ms


def _probe(event: str) -> None:
    path = os.environ.get(PROBE_ENV)
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"{event} {time.time():.6f}\n")


def run_gui(args) -> int:
    from secretary_app.services.settings import Settings
    from secretary_app.ui.i18n import install_translators
    from secretary_app.ui.main_window import MainWindow

    app = make_app(icon_now=False)  # the icon follows right after the first paint
    from secretary_app import applog
    from secretary_app.ui import crash

    applog.start_buffering()  # the log file is opened right after the first paint
    crash.install(app)  # a crash report and a Danish dialog instead of a traceback
    logging.getLogger("secretary_app").info("window start %s", __version__)
    settings = Settings.load()
    lang = getattr(args, "lang", None) or settings.language
    install_translators(app, lang)
    instance = _single_instance(app, lang)
    if isinstance(instance, int):
        return instance  # another window has this data folder: it was brought to the front
    window = MainWindow(settings=settings, lang=lang)  # an empty store opens on the welcome
    instance.activated.connect(window.bring_to_front)
    app.aboutToQuit.connect(instance.close)
    window.show()
    QTimer.singleShot(0, lambda: _probe("shown"))  # first event-loop turn: the window is painted
    QTimer.singleShot(0, instance.listen)  # answer later launches; the lock is already ours
    if os.environ.get(PROBE_ENV):
        window.members_populated.connect(lambda: (_probe("populated"), QTimer.singleShot(0, app.quit)))
    # Heavy imports (ORM, Alembic) and the store open only after the first paint.
    QTimer.singleShot(0, use_guard_cache)  # the first guard check reads the prepared rules
    QTimer.singleShot(0, window.open_store)
    # After the member list's preview: the log records wait in memory, the icon a moment.
    QTimer.singleShot(0, applog.setup)
    QTimer.singleShot(0, lambda: set_icon(app))
    _close_on_signals(window)
    return app.exec()


def _close_on_signals(window) -> None:
    """SIGTERM (log-out, shutdown) and Ctrl+C close the window the normal way, so the draft
    being typed is saved and the exit backup is taken. Python runs signal handlers only when
    it gets control, so a light timer hands it control twice a second."""
    import signal

    def close(*_):
        window.close()

    for sig in (signal.SIGTERM, signal.SIGINT):
        try:
            signal.signal(sig, close)
        except (ValueError, OSError):  # pragma: no cover - not the main thread / platform
            return
    tick = QTimer(window)
    tick.setInterval(500)
    tick.timeout.connect(lambda: None)
    tick.start()


def _single_instance(app, lang: str):
    """The data folder's lock and local server, or an exit code if another process has them."""
    from secretary_app import paths
    from secretary_app.store.lock import InstanceLock, read_owner
    from secretary_app.ui.single_instance import SingleInstance

    instance = SingleInstance(paths.data_dir(), app)
    if instance.start(listen=False):
        return instance
    owner = read_owner(paths.data_dir())
    if instance.notify_running(timeout=5.0 if owner is None or owner.role == "gui" else 0.5):
        print("Medlemssekretær er allerede åben; vinduet er hentet frem." if lang != "en"
              else "Medlemssekretær is already open; its window was brought to the front.", file=sys.stderr)
        return 0
    # Held by a headless command (or a window that does not answer): say so, open nothing.
    from PySide6.QtWidgets import QMessageBox

    from secretary_app.store.lock import StoreLockedError

    try:
        InstanceLock(paths.data_dir(), role="gui").acquire(lang)
        return 1  # pragma: no cover - freed in between; the user simply starts again
    except StoreLockedError as exc:
        print(exc.message(lang), file=sys.stderr)
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
            QMessageBox.warning(None, APP_NAME, exc.message(lang))
        return 1
