"""Where an imported mail and its attachments live in the data folder, and how they get there.

Each mail gets a folder ``mail/<uuid>/`` (0700) holding the original file and its attachments
(0600). Files are written into ``mail/.staging-<uuid>/`` first (with the id of the request the
mail creates, once it exists) and moved into place in one rename after the rows that point at
them are committed. A crash leaves a staging folder; the next intake moves it into place if its
rows were saved, or removes it and the request it noted if they were not.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
import uuid
from pathlib import Path

from secretary_app import paths
from secretary_app.domain.errors import ValidationError

MAIL_DIR = "mail"
STAGING_PREFIX = ".staging-"
REQUEST_NOTE = ".request"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')
_RESERVED = {"con", "prn", "aux", "nul", "conin$", "conout$",
             *(f"{port}{i}" for port in ("com", "lpt") for i in (*range(1, 10), "¹", "²", "³"))}
# Linux and macOS allow 255 bytes per name; the margin leaves room for " (12)".
_MAX_NAME_BYTES = 200


def display_name(name: str) -> str:
    """An attachment's name without control and format characters: a right-to-left override
    would show ``evil\u202egnp.exe`` as ``evilexe.png``."""
    name = unicodedata.normalize("NFC", name or "")
    return "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf")).strip()


def _cut(text: str, max_bytes: int) -> str:
    return text.encode("utf-8")[:max_bytes].decode("utf-8", errors="ignore")


def mail_root() -> Path:
    return paths.make_private_dir(paths.data_dir() / MAIL_DIR)


def safe_name(name: str, fallback: str = "bilag") -> str:
    """A file name that every system accepts, keeping æøå and the extension."""
    name = _UNSAFE.sub("_", display_name(name)).strip(" .")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    # Windows reserves the device names before the first dot too: "con.tar.gz", "CON .txt".
    if name.split(".", 1)[0].rstrip(" ").lower() in _RESERVED:
        stem = f"_{stem}"
    ext = _cut(ext, 20)
    stem = _cut(stem[: 120 - len(ext)], _MAX_NAME_BYTES - len(ext.encode("utf-8")) - 1).rstrip(" .") or fallback
    return f"{stem}.{ext}" if ext else stem


def stale_staging(min_age_seconds: float) -> list[tuple[str, Path, int | None]]:
    """Staging folders left by a crash: (key, folder, the request id noted in it, if any)."""
    import time

    root = paths.data_dir() / MAIL_DIR
    if not root.is_dir():
        return []
    out = []
    for child in root.iterdir():
        if not child.name.startswith(STAGING_PREFIX) or not child.is_dir():
            continue
        try:
            if time.time() - child.stat().st_mtime < min_age_seconds:
                continue  # perhaps another window is importing right now
            note = child / REQUEST_NOTE
            noted = int(note.read_text().strip()) if note.is_file() else None
        except (OSError, ValueError):
            noted = None
        out.append((child.name[len(STAGING_PREFIX):], child, noted))
    return out


def finish_staging(key: str) -> None:
    root = paths.data_dir() / MAIL_DIR
    (root / f"{STAGING_PREFIX}{key}" / REQUEST_NOTE).unlink(missing_ok=True)
    if not (root / key).exists():
        os.replace(root / f"{STAGING_PREFIX}{key}", root / key)


class Staging:
    """Files for one mail, written privately, then moved into place together."""

    def __init__(self) -> None:
        self.key = uuid.uuid4().hex
        self.root = mail_root()
        self.tmp = paths.make_private_dir(self.root / f"{STAGING_PREFIX}{self.key}")
        self.final = self.root / self.key
        self._names: set[str] = set()

    @property
    def relative_dir(self) -> str:
        return f"{MAIL_DIR}/{self.key}"

    def add(self, name: str, data: bytes) -> str:
        stored = safe_name(name)
        base, dot, ext = stored.rpartition(".")
        n = 1
        while stored.lower() in self._names:
            n += 1
            stored = f"{base} ({n}).{ext}" if dot else f"{stored} ({n})"
        self._names.add(stored.lower())
        target = self.tmp / stored
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise ValidationError(f"Bilaget kunne ikke gemmes i datamappen ({exc.strerror}).",
                                  f"The attachment could not be saved in the data folder ({exc.strerror}).") from exc
        return stored

    def note_request(self, request_id: int) -> None:
        """Say in the staging folder which request this mail just created, so that a crash
        before its rows are saved can be undone by the next intake (``recover_staging``)."""
        fd = os.open(self.tmp / REQUEST_NOTE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(str(request_id))
            fh.flush()
            os.fsync(fh.fileno())

    def commit(self) -> None:
        (self.tmp / REQUEST_NOTE).unlink(missing_ok=True)
        os.replace(self.tmp, self.final)

    def discard(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)
        shutil.rmtree(self.final, ignore_errors=True)


def stored_file(stored_dir: str, stored_name: str) -> Path:
    """The absolute path of a stored file; refuses names that would leave the mail folder."""
    base = (paths.data_dir() / stored_dir).resolve()
    target = (base / stored_name).resolve()
    if base not in target.parents or not str(stored_dir).startswith(f"{MAIL_DIR}/"):
        raise ValidationError("Filens sti peger uden for datamappen.", "The file's path points outside the data folder.")
    if not target.is_file():
        raise ValidationError(f"Filen {stored_name} findes ikke længere i datamappen.",
                              f"The file {stored_name} no longer exists in the data folder.")
    return target


def remove_dir(stored_dir: str) -> None:
    if stored_dir.startswith(f"{MAIL_DIR}/") and ".." not in stored_dir:
        shutil.rmtree(paths.data_dir() / stored_dir, ignore_errors=True)
