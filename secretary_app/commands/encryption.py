"""`secretary-app encrypt|decrypt|passphrase`: encryption at rest, headless (no Qt).

The global options ``--passphrase-file`` and ``--recovery-key-file`` (``cli.py``) unlock an
encrypted store for every command when the OS keyring cannot; ``read_secret`` reads them.
"""

from __future__ import annotations

import argparse
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
    p = reg.command("encrypt", "Kryptér databasen og dens sikkerhedskopier / encrypt the store", run_encrypt)
    p.add_argument("--passphrase-file", metavar="FIL", default=argparse.SUPPRESS,
                   help="fil med den nye adgangssætning (mindst 8 tegn)")
    p.add_argument("--recovery-key-out", metavar="FIL",
                   help="skriv gendannelsesnøglen til FIL (0600) i stedet for at vise den")
    reg.command("decrypt", "Fjern krypteringen af databasen og dens sikkerhedskopier / decrypt the store",
                run_decrypt)
    p = reg.command("passphrase", "Skift adgangssætningen (data krypteres ikke om) / change the passphrase",
                    run_passphrase)
    p.add_argument("--old-file", metavar="FIL", help="fil med den nuværende adgangssætning "
                   "(ellers --recovery-key-file eller nøgleringen)")
    p.add_argument("--new-file", metavar="FIL", required=True, help="fil med den nye adgangssætning")


def _check_out(path: str | None) -> Path | None:
    if path is None:
        return None
    out = Path(path).expanduser().absolute()
    if out.exists() or not out.parent.is_dir():
        raise AppError(f"Gendannelsesnøglen skrives ikke til {out}: filen findes allerede, eller mappen findes ikke. "
                       "Intet er ændret.",
                       f"The recovery key is not written to {out}: the file exists, or its folder does not. "
                       "Nothing was changed.", field="recovery-key-out")
    return out


def _write_private(out: Path, text: str) -> bool:
    import os

    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        return False
    return True


def _notices(notices, lang: str) -> None:
    import sys

    for note in notices:
        da, _, en = note.partition(" / ")
        print(f"secretary-app: {en if lang == 'en' and en else da}", file=sys.stderr)


def run_encrypt(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services.store_conversion import encrypt_store

    passphrase = read_secret(ctx.passphrase_file, "passphrase")  # the global option: the new passphrase
    if passphrase is None:
        raise AppError("Angiv den nye adgangssætning med --passphrase-file FIL.",
                       "Give the new passphrase with --passphrase-file FILE.", field="passphrase")
    out = _check_out(args.recovery_key_out)
    recovery, notices = encrypt_store(paths.db_path(), passphrase, lang=ctx.lang)
    _notices(notices, ctx.lang)
    en = ctx.lang == "en"
    print("The database and its backups are encrypted." if en else "Databasen og dens sikkerhedskopier er krypteret.")
    if out is not None and _write_private(out, recovery):
        print(("Recovery key written to " if en else "Gendannelsesnøglen er skrevet til ") + str(out))
    else:
        print(("Recovery key (store it safely; it is shown only once): " if en
               else "Gendannelsesnøgle (gem den et sikkert sted; den vises kun denne ene gang): ") + recovery)
    return 0


def run_decrypt(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services.store_conversion import decrypt_store
    from secretary_app.store import cipher

    db = paths.db_path()
    key = ctx.unlock(db)
    if key is None and not cipher.is_encrypted(db):
        from secretary_app.services import encryption

        if encryption.keys_file(db).exists():  # an interrupted decryption: its copies
            from secretary_app.store import keys

            kf = keys.KeyFile.load(encryption.keys_file(db))
            key, _ = keys.unlock(kf, db, passphrase=read_secret(ctx.passphrase_file, "passphrase"),
                                 recovery_key=read_secret(ctx.recovery_key_file, "recovery"))
    notices = decrypt_store(db, key or cipher.key_for(db) or b"", lang=ctx.lang)
    _notices(notices, ctx.lang)
    print("The database and its backups are no longer encrypted." if ctx.lang == "en"
          else "Databasen og dens sikkerhedskopier er ikke længere krypteret.")
    return 0


def run_passphrase(args, ctx) -> int:
    from secretary_app import paths
    from secretary_app.services import encryption
    from secretary_app.store import cipher

    db = paths.db_path()
    if not encryption.is_encrypted(db):
        raise AppError("Databasen er ikke krypteret; der er ingen adgangssætning at skifte.",
                       "The database is not encrypted; there is no passphrase to change.")
    new = read_secret(args.new_file, "passphrase")
    old = read_secret(args.old_file, "passphrase")
    if old is not None:
        cipher.forget_all()  # the old passphrase must itself be right, whatever the keyring holds
        key = encryption.unlock_key(db, passphrase=old)
    else:
        key = cipher.key_for(db) or ctx.unlock(db)
    encryption.change_passphrase(db, key, new)
    print("The passphrase is changed; the data was not re-encrypted." if ctx.lang == "en"
          else "Adgangssætningen er skiftet; data er ikke krypteret om.")
    return 0
