"""One writer per data folder: an advisory lock on ``secretary.lock`` (pure Python, no Qt).

The GUI holds it for its whole life; headless commands that write take it for their
run, and fail with a clear message while someone else holds it. The operating system
releases the lock when its process dies (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows), so a lock left by a crash or ``kill -9`` is recovered automatically: the file
stays, but nobody holds it, and the next owner overwrites the owner line.

Within one process the lock is re-entrant (counted), so tests that build several main
windows on the same folder, or a GUI that runs a restore, do not lock themselves out.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from secretary_app.domain.errors import AppError

LOCK_FILENAME = "secretary.lock"


def _host() -> str:
    # os.uname is free; socket/platform would cost milliseconds before the window's first paint.
    return os.uname().nodename if hasattr(os, "uname") else os.environ.get("COMPUTERNAME", "")


class StoreLockedError(AppError):
    """Another process (the open window or a running command) holds the data folder."""


@dataclass(frozen=True)
class Owner:
    pid: int
    host: str
    role: str  # "gui" or the CLI command
    since: float

    def describe(self, lang: str = "da") -> str:
        if self.role == "gui":
            return (f"the Medlemssekretær window (process {self.pid})" if lang == "en"
                    else f"Medlemssekretærs vindue (proces {self.pid})")
        return (f"the command `secretary-app {self.role}` (process {self.pid})" if lang == "en"
                else f"kommandoen `secretary-app {self.role}` (proces {self.pid})")


def _lock_fd(fd: int) -> bool:
    if os.name == "posix":
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False
    import msvcrt  # pragma: no cover - Windows

    try:  # pragma: no cover
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return True
    except OSError:  # pragma: no cover
        return False


def _unlock_fd(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
    else:  # pragma: no cover - Windows
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)


def read_owner(data_dir: Path) -> Owner | None:
    """Who wrote the lock file last (it may be stale: see ``is_locked``)."""
    try:
        raw = (Path(data_dir) / LOCK_FILENAME).read_text(encoding="utf-8")
        d = json.loads(raw[raw.index("{"):]) if "{" in raw else {}
        return Owner(int(d["pid"]), str(d.get("host", "")), str(d.get("role", "?")), float(d.get("since", 0)))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class InstanceLock:
    """The data folder's lock. ``acquire()`` raises StoreLockedError naming the holder."""

    _held: dict[Path, list] = {}  # path -> [fd, count, owner]
    _mutex = threading.Lock()

    def __init__(self, data_dir: Path | str, role: str = "gui"):
        self.path = Path(data_dir) / LOCK_FILENAME
        self.role = role
        self._mine = False

    @property
    def held(self) -> bool:
        return self._mine

    def try_acquire(self) -> bool:
        key = self.path.resolve() if self.path.exists() else self.path.absolute()
        with self._mutex:
            if self._mine:
                return True
            entry = self._held.get(key)
            if entry is not None:  # re-entrant within this process
                entry[1] += 1
                self._mine = True
                return True
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            from secretary_app.store import files

            files.refuse_symlink(self.path)  # never truncate or chmod the target of a link
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | files.O_NOFOLLOW, 0o600)
            except OSError as exc:
                if self.path.is_symlink():
                    files.refuse_symlink(self.path)
                raise StoreLockedError(
                    f"Låsefilen {self.path} kan ikke åbnes ({exc.strerror}); intet er ændret.",
                    f"The lock file {self.path} cannot be opened ({exc.strerror}); nothing was changed.") from exc
            if not _lock_fd(fd):
                os.close(fd)
                return False
            if os.name == "posix":
                os.fchmod(fd, 0o600)
            owner = {"pid": os.getpid(), "host": _host(), "role": self.role,
                     "since": time.time()}
            # Byte 0 is the Windows lock byte; the owner line follows (read by the next launch).
            data = (" " + json.dumps(owner) + "\n").encode()
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            self._held[self.path.resolve()] = [fd, 1, owner]
            self._mine = True
            return True

    def acquire(self, lang: str = "da") -> "InstanceLock":
        if not self.try_acquire():
            owner = read_owner(self.path.parent)
            who_da = owner.describe("da") if owner else "et andet program"
            who_en = owner.describe("en") if owner else "another program"
            raise StoreLockedError(
                f"Datamappen {self.path.parent} er i brug af {who_da}. Databasen åbnes ikke for "
                "skrivning to steder på én gang: luk det andet program, og prøv igen.",
                f"The data folder {self.path.parent} is in use by {who_en}. The database is never "
                "opened for writing twice: close the other program and try again.")
        return self

    def release(self) -> None:
        with self._mutex:
            if not self._mine:
                return
            self._mine = False
            key = self.path.resolve()
            entry = self._held.get(key)
            if entry is None:
                return
            entry[1] -= 1
            if entry[1] > 0:
                return
            del self._held[key]
            fd = entry[0]
            try:
                os.ftruncate(fd, 0)  # no owner line: nobody holds it
                _unlock_fd(fd)
            finally:
                os.close(fd)

    def __enter__(self) -> "InstanceLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def is_locked(data_dir: Path | str) -> bool:
    """True if another process holds the folder's lock (a stale lock file counts as free)."""
    probe = InstanceLock(data_dir, role="probe")
    if probe.path.resolve() in InstanceLock._held:
        return False  # we hold it ourselves
    if not probe.path.exists():
        return False
    if probe.try_acquire():
        probe.release()
        return False
    return True
