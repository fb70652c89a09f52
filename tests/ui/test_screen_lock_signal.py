"""The desktop's screen lock reaches the window: a private session bus (dbus-run-session),
the freedesktop and GNOME ActiveChanged signals sent with dbus-send; "false" does nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("dbus-send")),
                                reason="needs dbus-run-session and dbus-send (Linux)")

CHILD = textwrap.dedent('''
    import subprocess, sys
    from PySide6.QtCore import QCoreApplication, QTimer
    app = QCoreApplication(sys.argv)
    from secretary_app.ui.lock.watchers import ScreenLockWatcher
    watcher = ScreenLockWatcher()
    hits = []
    watcher.screen_locked.connect(lambda: hits.append(1))
    def send():
        for path, iface in (("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                            ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver")):
            for value in ("false", "true"):
                subprocess.run(["dbus-send", "--session", "--type=signal", path, iface + ".ActiveChanged",
                                "boolean:" + value], check=True)
    def check():
        if len(hits) >= 2:
            app.quit()
        else:
            QTimer.singleShot(50, check)
    QTimer.singleShot(0, send)
    QTimer.singleShot(0, check)
    app.exec()
    print("connected", len(watcher.connected), "locks", len(hits))
''')


def test_screen_lock_signals_on_the_session_bus_are_heard(tmp_path):
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    out = subprocess.run(["dbus-run-session", "--", sys.executable, str(script)], capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "connected 2 locks 2" in out.stdout, out.stdout + out.stderr
