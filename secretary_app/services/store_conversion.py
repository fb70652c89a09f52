"""Encrypt an existing plain store, or decrypt an encrypted one, with every copy in the folder.

``encrypt_store``: a new key with its passphrase and recovery wraps (``keys.json``) and a
keyring entry; then the database is converted (``store/conversion.py``: a checked copy, one
rename, the old bytes overwritten), then every backup and every set-aside copy, so no
plaintext copy stays in the data folder. A marker (``encryption.pending``) names the
conversion while it runs: a kill after the database's rename leaves the new store, and the next
open finishes the copies (``finish_pending``); a kill before it leaves the old store, and the
marker is dropped. ``decrypt_store`` is the reverse and removes ``keys.json`` at the end.
Both take the data folder's lock, so they are refused while the window is open.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.errors import AppError
from secretary_app.services import encryption
from secretary_app.store import backups, cipher, files, keys
from secretary_app.store.conversion import convert_file

MARKER = "encryption.pending"


def _marker(db_file: Path) -> Path:
    return Path(db_file).absolute().parent / MARKER


def _write_marker(db_file: Path, direction: str) -> None:
    from secretary_app.exports.atomic import write_text_atomic

    files.fault_point(f"write {MARKER}")
    write_text_atomic(_marker(db_file), direction + "\n")


def _copies(db_file: Path) -> list[Path]:
    """Backups (all kinds) and set-aside databases: every other store file in the folder."""
    from secretary_app.services.opening import backups_folder
    from secretary_app.store.backups import list_backups
    from secretary_app.store.restore import aside_files

    return [b.path for b in list_backups(backups_folder(db_file))] + aside_files(db_file)


def _convert_copies(db_file: Path, key: bytes, *, encrypt: bool) -> list[Path]:
    """Convert every copy still in the other state; returns those that could not be (damaged)."""
    left = []
    for path in _copies(db_file):
        if cipher.is_encrypted(path) == encrypt:
            continue
        try:
            convert_file(path, key, encrypt=encrypt)
        except (AppError, OSError, *cipher.database_errors()):
            left.append(path)
            continue
        if encrypt:
            backups.write_keys_beside(db_file, path)
        else:
            files.unlink(backups.keys_beside(path))
    return left


def finish_pending(db_file: Path) -> tuple[str, str] | None:
    """Finish (or drop) a conversion a kill interrupted; the caller holds the lock. Returns a
    notice (Danish, English) or None."""
    marker = _marker(db_file)
    if not marker.exists():
        return None
    direction = marker.read_text(encoding="utf-8", errors="replace").strip()
    db_file = Path(db_file).absolute()
    swapped = cipher.is_encrypted(db_file) == (direction == "encrypt")
    if not swapped:  # killed before the database's rename: the old store stands
        if direction == "encrypt":
            files.unlink(encryption.keys_file(db_file))
        files.unlink(marker)
        return None
    key = cipher.key_for(db_file) if direction == "encrypt" else _copies_key(db_file)
    if key is None:
        return ("En afbrudt dekryptering mangler stadig sikkerhedskopierne; kør `secretary-app decrypt` igen.",
                "An interrupted decryption still has backups left; run `secretary-app decrypt` again.")
    left = _convert_copies(db_file, key, encrypt=direction == "encrypt")
    if direction == "decrypt" and not left:
        files.unlink(encryption.keys_file(db_file))
    files.unlink(marker)
    if left:
        return _left_notice(left, direction == "encrypt")
    return ("En afbrudt kryptering/dekryptering af sikkerhedskopierne er gjort færdig.",
            "An interrupted encryption/decryption of the backups was finished.")


def _copies_key(db_file: Path) -> bytes | None:
    """For a finished decryption of the database: the key of the encrypted copies left."""
    if cipher._KEYS:
        return cipher._KEYS[0]
    try:
        kf = keys.KeyFile.load(encryption.keys_file(db_file))
        return keys.keyring_unlock(kf, db_file)
    except AppError:
        return None


def _left_notice(left: list[Path], encrypt: bool) -> tuple[str, str]:
    names = ", ".join(str(p) for p in left[:5])
    if encrypt:
        return (f"Disse kopier kunne ikke krypteres (de er beskadigede) og er stadig ukrypterede: {names}. "
                "Slet dem, hvis du ikke skal bruge dem.",
                f"These copies could not be encrypted (they are damaged) and are still unencrypted: {names}. "
                "Delete them if you do not need them.")
    return (f"Disse kopier kunne ikke dekrypteres: {names}.", f"These copies could not be decrypted: {names}.")


def encrypt_store(db_file: Path, passphrase: str, *, lang: str = "da") -> tuple[str, list[str]]:
    """Encrypt the existing plain store and its copies. Returns (recovery key, notices)."""
    from secretary_app.services.opening import prepare
    from secretary_app.store.lock import InstanceLock

    db_file = Path(db_file).absolute()
    lock = InstanceLock(db_file.parent, role="encrypt").acquire(lang)
    try:
        notices = prepare(db_file)
        pending = finish_pending(db_file)
        if pending:
            notices.append(" / ".join(pending))
        if not db_file.exists() or db_file.stat().st_size == 0:
            raise AppError(f"Der er ingen database at kryptere i {db_file.parent}.",
                           f"There is no database to encrypt in {db_file.parent}.")
        if cipher.is_encrypted(db_file):
            raise AppError("Databasen er allerede krypteret; intet er ændret. (Skift adgangssætning med "
                           "`secretary-app passphrase`.)",
                           "The database is already encrypted; nothing was changed. (Change the passphrase "
                           "with `secretary-app passphrase`.)")
        _write_marker(db_file, "encrypt")
        _kf, key, recovery = keys.KeyFile.create(encryption.keys_file(db_file), passphrase)
        keys.keyring_store(db_file, key)
        cipher.remember(key)
        convert_file(db_file, key, encrypt=True)
        left = _convert_copies(db_file, key, encrypt=True)
        files.unlink(_marker(db_file))
        if left:
            notices.append(" / ".join(_left_notice(left, True)))
        return recovery, notices
    finally:
        lock.release()


def decrypt_store(db_file: Path, key: bytes, *, lang: str = "da") -> list[str]:
    """Decrypt the store (its key unlocked) and its copies; ``keys.json`` goes last."""
    from secretary_app.services.opening import prepare
    from secretary_app.store.lock import InstanceLock

    db_file = Path(db_file).absolute()
    lock = InstanceLock(db_file.parent, role="decrypt").acquire(lang)
    try:
        notices = prepare(db_file)
        if not cipher.is_encrypted(db_file) and not _marker(db_file).exists():
            raise AppError("Databasen er ikke krypteret; intet er ændret.",
                           "The database is not encrypted; nothing was changed.")
        if cipher.is_encrypted(db_file):
            _write_marker(db_file, "decrypt")
            convert_file(db_file, key, encrypt=False)
        left = _convert_copies(db_file, key, encrypt=False)
        if not left:
            files.unlink(encryption.keys_file(db_file))
            _forget_keyring(db_file)
        files.unlink(_marker(db_file))
        if left:
            notices.append(" / ".join(_left_notice(left, False)))
        return notices
    finally:
        lock.release()


def _forget_keyring(db_file: Path) -> None:
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.delete_password(keys.KEYRING_SERVICE, keys.keyring_account(db_file))
    except (ImportError, KeyringError, RuntimeError, OSError):
        pass
