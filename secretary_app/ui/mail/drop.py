"""Mail files dropped on a page: file URLs everywhere, and Outlook's own drag on Windows.

Classic Outlook drags a mail as a virtual file: a ``FileGroupDescriptorW`` (the file names)
and ``FileContents`` (the bytes), not a path. Qt on Windows shows these as
``application/x-qt-windows-mime;value="…"`` formats; through them Qt hands over the contents
of the first file only, so one mail per drag is imported that way (save the mails and drop
the files for more). Written from the format's documentation, not tested on Windows here.
"""

from __future__ import annotations

import os
import struct
import uuid
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtWidgets import QWidget

MAIL_SUFFIXES = (".msg", ".eml")
_WIN = 'application/x-qt-windows-mime;value="{}"'
DESCRIPTOR_FORMATS = (_WIN.format("FileGroupDescriptorW"), "FileGroupDescriptorW")
CONTENTS_FORMATS = (_WIN.format("FileContents"), "FileContents")
_DESCRIPTOR_SIZE = 592  # FILEDESCRIPTORW
_NAME_OFFSET = 72


def _first_format(mime: QMimeData, names) -> str | None:
    formats = set(mime.formats())
    return next((n for n in names if n in formats), None)


def mail_paths(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MAIL_SUFFIXES)]


def virtual_names(data: bytes) -> list[str]:
    """File names in a FileGroupDescriptorW: a count, then 592-byte FILEDESCRIPTORW entries."""
    if len(data) < 4:
        return []
    (count,) = struct.unpack_from("<I", data, 0)
    names = []
    for i in range(min(count, 1000)):
        start = 4 + i * _DESCRIPTOR_SIZE + _NAME_OFFSET
        raw = data[start:start + 520]
        if len(raw) < 2:
            break
        name = raw.decode("utf-16-le", errors="replace").split("\0", 1)[0]
        names.append(os.path.basename(name.replace("\\", "/")))
    return names


def has_mail(mime: QMimeData) -> bool:
    return bool(mail_paths(mime)) or _first_format(mime, DESCRIPTOR_FORMATS) is not None


def save_virtual_mail(mime: QMimeData, folder: Path) -> list[Path]:
    """Write Outlook's dragged mail (its first file) to ``folder``; returns the paths written."""
    desc_format = _first_format(mime, DESCRIPTOR_FORMATS)
    contents_format = _first_format(mime, CONTENTS_FORMATS)
    if desc_format is None or contents_format is None:
        return []
    names = virtual_names(bytes(mime.data(desc_format)))
    contents = bytes(mime.data(contents_format))
    if not names or not contents:
        return []
    name = names[0] if names[0].lower().endswith(MAIL_SUFFIXES) else f"{names[0] or 'mail'}.msg"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = folder / f"{uuid.uuid4().hex[:8]}-{name}"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(contents)
    return [target]


class MailDropFilter(QObject):
    """Accepts mail drops on the widgets it watches and hands them to ``on_drop(mime, widget)``.

    Other drags (the board's own cards) pass through untouched."""

    def __init__(self, on_drop: Callable[[QMimeData, QWidget], None], parent: QObject | None = None):
        super().__init__(parent)
        self.on_drop = on_drop

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.setAcceptDrops(True)
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if has_mail(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and has_mail(event.mimeData()):
            event.acceptProposedAction()
            self.on_drop(event.mimeData(), obj)
            return True
        return False
