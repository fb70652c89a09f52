"""The log file opens after the window's first paint; what was logged before is not lost,
and none of it reaches the terminal."""

from __future__ import annotations

import logging
import stat

from secretary_app import applog


def test_records_logged_before_the_file_is_open_are_written_once_it_is(data_dir, capfd):
    applog.start_buffering()
    try:
        logging.getLogger("secretary_app.ui.app").info("window start %s", "9.9")
        logging.getLogger("secretary_app.services.settings").warning("settings file kept aside")
        assert capfd.readouterr().err == ""  # nothing on the terminal while the file is not open
        assert not (data_dir / "logs" / applog.LOG_NAME).exists()
        target = applog.setup()
        logging.getLogger("secretary_app.ui.app").info("after the paint")
        for handler in logging.getLogger("secretary_app").handlers:
            handler.flush()
        text = target.read_text(encoding="utf-8")
        assert text.index("window start 9.9") < text.index("settings file kept aside") < text.index("after the paint")
        assert text.count("window start 9.9") == 1
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert capfd.readouterr().err == ""
    finally:
        applog.teardown()
        for h in list(logging.getLogger("secretary_app").handlers):
            logging.getLogger("secretary_app").removeHandler(h)


def test_a_folder_that_cannot_hold_the_log_drops_the_early_records_quietly(data_dir, monkeypatch, capfd):
    applog.start_buffering()
    try:
        logging.getLogger("secretary_app").warning("before")

        def refuse(_target):
            raise PermissionError("read-only")

        monkeypatch.setattr(applog, "_private_rotating_handler", refuse)
        assert applog.setup() is None
        logging.getLogger("secretary_app").warning("after")
        assert capfd.readouterr().err == ""
        handlers = logging.getLogger("secretary_app").handlers
        assert not any(isinstance(h, applog._EarlyBuffer) for h in handlers)
        assert handlers, "with no handler at all, logging's last resort writes warnings to stderr"
    finally:
        applog.teardown()
        for h in list(logging.getLogger("secretary_app").handlers):
            logging.getLogger("secretary_app").removeHandler(h)
