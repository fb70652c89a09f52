"""`secretary-app encrypt|decrypt|passphrase`: encryption at rest, headless (no Qt).

The global options ``--passphrase-file`` and ``--recovery-key-file`` (``cli.py``) unlock an
encrypted store for every command when the OS keyring cannot; ``read_secret`` reads them.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.errors import AppError

MAX_SECRET_BYTES = 4096


def read_secret(path: str | None, kind: str) -> str | None:
    """The secret in a file given on the command line: its text without the final line break."""
    if path is None:
        return None
    what_da, what_en = ("adgangssætningen", "passphrase") if kind == "passphrase" else \
        ("gendannelsesnøglen", "recovery key")
    file = Path(path).expanduser()
    try:
        with open(file, "rb") as fh:
            raw = fh.read(MAX_SECRET_BYTES + 1)
    except OSError as exc:
        raise AppError(f"Filen med {what_da} ({file}) kan ikke læses: {exc.strerror or exc}. Intet er ændret.",
                       f"The {what_en} file ({file}) cannot be read: {exc.strerror or exc}. Nothing was changed.",
                       field=kind) from None
    if len(raw) > MAX_SECRET_BYTES:
        raise AppError(f"Filen med {what_da} ({file}) er for stor til at være en adgangssætning. Intet er ændret.",
                       f"The {what_en} file ({file}) is too large to hold a passphrase. Nothing was changed.",
                       field=kind)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AppError(f"Filen med {what_da} ({file}) er ikke UTF-8-tekst. Intet er ændret.",
                       f"The {what_en} file ({file}) is not UTF-8 text. Nothing was changed.", field=kind) from None
    text = text[:-1] if text.endswith("\n") else text
    text = text[:-1] if text.endswith("\r") else text
    if not text:
        raise AppError(f"Filen med {what_da} ({file}) er tom. Intet er ændret.",
                       f"The {what_en} file ({file}) is empty. Nothing was changed.", field=kind)
    return text


def register(reg) -> None:
    pass
