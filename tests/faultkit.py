"""Running a headless command in-process, or in a forked child that a fault point may end."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from secretary_app.store import files


def cli(folder: Path, *args: str) -> tuple[int, str, str]:
    """``secretary-app --data-dir folder args``: exit code, stdout, stderr."""
    from secretary_app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(["--data-dir", str(folder), *args])
    return rc, out.getvalue(), err.getvalue()


def child(folder: Path, args: list[str], at: int | None, log: Path | None) -> int:
    """Run the command in a forked child; its exit code (137 when the fault point ended it)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            if at is not None:
                os.environ[files.FAULT_AT_ENV] = str(at)
            if log is not None:
                os.environ[files.FAULT_LOG_ENV] = str(log)
            code, _o, _e = cli(folder, *args)
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)
