"""Logging to a rotating file in the data folder, and nothing personal in it.

``setup()`` sends Python ``logging`` to ``<data>/logs/secretary.log`` (0600, three files of
1 MB). The rule for every message at INFO and above is: labels, counts, types and places,
never titles, texts or names. The formatter enforces the part a caller cannot see: an
exception is written as its type and its stack frames, never its message (a validation
message or an SQL parameter can quote the text the secretary typed).
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

LOG_NAME = "secretary.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def safe_exception_text(exc_type, exc, tb) -> str:
    """Frames and the exception's type; the message is left out (it may hold user text)."""
    frames = "".join(traceback.format_tb(tb)) if tb is not None else ""
    name = getattr(exc_type, "__qualname__", str(exc_type))
    module = getattr(exc_type, "__module__", "")
    if module and module != "builtins":
        name = f"{module}.{name}"
    chain = []
    cause = getattr(exc, "__cause__", None) or getattr(exc, "__context__", None)
    while cause is not None and len(chain) < 5:
        chain.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    caused = f" (after {', '.join(chain)})" if chain else ""
    return f"Traceback (most recent call last):\n{frames}{name}{caused}"


class SafeFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return safe_exception_text(*ei)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802
        return stack_info


def _private_rotating_handler(target: Path) -> logging.Handler:
    """A RotatingFileHandler whose file is 0600 from the first byte (and after each rotation).

    Built on first use: ``logging.handlers`` pulls in socket, pickle and queue, which the
    window does not need before its first paint."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                                      delay=False)


def write_crash_report(exc_type, exc, tb, thread_name: str | None = None) -> Path | None:
    """``<data>/logs/crash-<time>.txt`` (0600): version, platform, thread, type and frames."""
    import datetime as dt
    import platform
    import threading

    from secretary_app import __version__, paths

    try:
        folder = paths.logs_dir()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"crash-{stamp}.txt"
        text = (f"Medlemssekretær {__version__}\n"
                f"Python {platform.python_version()} on {platform.platform()}\n"
                f"Time: {dt.datetime.now().astimezone().isoformat(timespec='seconds')}\n"
                f"Thread: {thread_name or threading.current_thread().name}\n\n"
                + safe_exception_text(exc_type, exc, tb) + "\n")
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        return target
    except OSError:
        return None


_handler: logging.Handler | None = None


class _EarlyBuffer(logging.Handler):
    """Holds the records of the first moments until ``setup()`` has the file open."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < 1000:
            self.records.append(record)


_early: _EarlyBuffer | None = None


def start_buffering(level: int = logging.INFO) -> None:
    """Before the window's first paint: keep records in memory (never on a terminal) so the
    file handler and its imports can wait until the window is painted; ``setup()`` writes them."""
    global _early
    if _handler is not None or _early is not None:
        return
    _early = _EarlyBuffer()
    root = logging.getLogger("secretary_app")
    root.addHandler(_early)
    root.setLevel(level)
    root.propagate = False


def log_path() -> Path:
    from secretary_app import paths

    return paths.logs_dir() / LOG_NAME


def setup(level: int = logging.INFO) -> Path | None:
    """Once per process; a folder that cannot be written leaves logging off, never the app."""
    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)  # type: ignore[attr-defined]
    try:
        target = log_path()
        handler = _private_rotating_handler(target)
    except OSError:
        root = logging.getLogger("secretary_app")
        quiet = logging.NullHandler()  # without any handler, logging's last resort prints to stderr
        root.addHandler(quiet)
        root.propagate = False
        _replay_early(root, quiet)
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    root = logging.getLogger("secretary_app")
    root.addHandler(handler)
    root.setLevel(level)
    root.propagate = False  # nothing of ours reaches a terminal through the root logger
    _handler = handler
    _replay_early(root, handler)
    return target


def _replay_early(root: logging.Logger, handler: logging.Handler) -> None:
    global _early
    if _early is None:
        return
    root.removeHandler(_early)
    for record in _early.records:
        if record.levelno >= handler.level:
            handler.handle(record)
    _early = None


def teardown() -> None:
    """Close the file (tests switch data folders)."""
    global _handler
    if _handler is not None:
        logging.getLogger("secretary_app").removeHandler(_handler)
        _handler.close()
        _handler = None
