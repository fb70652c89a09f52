"""What starts a lock: the user is idle, or the desktop locks its screen.

Idle time is measured by an application-wide event filter that restarts one single-shot
timer on every key, click, wheel or touch; nothing polls. The screen lock comes from the
session bus where the desktop announces it (freedesktop and GNOME screensavers on Linux);
Windows and macOS tell Qt nothing we can listen to without native code, so there only the
idle timer and *Lås nu* lock.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once the app has had no user input for ``interval_ms``; 0 never."""

    idle = Signal()

    def __init__(self, app, interval_ms: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        app.installEventFilter(self)  # removed by Qt when this object is destroyed

    def set_interval(self, interval_ms: int) -> None:
        self.interval_ms = max(0, int(interval_ms))
        self.timer.stop()
        if self.interval_ms:
            self.timer.setInterval(self.interval_ms)
            self.timer.start()

    def restart(self) -> None:
        if self.interval_ms:
            self.timer.start()

    def pause(self) -> None:
        self.timer.stop()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() in _INPUT and self.interval_ms and self.timer.isActive():
            self.timer.start()
        return False


class ScreenLockWatcher(QObject):
    """Emits ``screen_locked`` when the desktop's screensaver says its lock became active."""

    screen_locked = Signal()
    SERVICES = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"))

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus (Windows, macOS bundles)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path, interface in self.SERVICES:
            # An empty service name matches the signal from whichever process sends it.
            try:
                if bus.connect("", path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")):
                    self.connected.append(service)
            except (TypeError, ValueError, RuntimeError) as exc:  # never stop the window over a lock signal
                log.warning("screen lock signal not connected (%s)", type(exc).__name__)
        log.info("screen lock signals: %s", ", ".join(self.connected) or "none")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
