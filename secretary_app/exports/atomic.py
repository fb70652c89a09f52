"""Write-then-rename, so a crash or an error never leaves a half-written file."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from secretary_app.domain.errors import ValidationError


def check_writable_target(target: Path) -> Path:
    target = Path(target).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ValidationError(f"{target} er en mappe; angiv et filnavn.",
                              f"{target} is a folder; give a file name.", field="out")
    if not folder.is_dir():
        raise ValidationError(f"Mappen {folder} findes ikke.", f"The folder {folder} does not exist.",
                              field="out")
    if not os.access(folder, os.W_OK):
        raise ValidationError(f"Der kan ikke skrives i mappen {folder}.",
                              f"The folder {folder} is not writable.", field="out")
    return target


@contextmanager
def atomic_output(target: Path | str, mode: int = 0o600) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it into place on success."""
    target = check_writable_target(Path(target))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(target: Path | str, data: bytes, mode: int = 0o600) -> Path:
    with atomic_output(target, mode) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_text_atomic(target: Path | str, text: str, encoding: str = "utf-8", mode: int = 0o600) -> Path:
    return write_bytes_atomic(target, text.encode(encoding), mode)
