"""Encryption at rest: is a store encrypted, unlock its key, create a new encrypted store.

The key itself and its three wraps live in ``store/keys.py`` (``keys.json`` beside the
database); SQLCipher in ``store/cipher.py``. An unlocked key is remembered for the process
(``cipher.remember``), so opening, checks, backups, restore and migrations use it without
carrying it. The GUI and the CLI call the same three functions here.
"""

from __future__ import annotations

from pathlib import Path

from secretary_app.domain.errors import AppError
from secretary_app.store import cipher, keys

KEYS_FILENAME = keys.KEYS_FILENAME


def keys_file(db_file: Path) -> Path:
    """``keys.json`` beside the database: the wraps of its key (no secret in the clear)."""
    return Path(db_file).absolute().parent / KEYS_FILENAME


def is_encrypted(db_file: Path) -> bool:
    """True for an existing SQLCipher file (a missing or plain one is not)."""
    return cipher.is_encrypted(Path(db_file))


def locked(db_file: Path) -> bool:
    """Encrypted, and no key unlocked in this process opens it."""
    return is_encrypted(db_file) and cipher.key_for(Path(db_file).absolute()) is None


def _keyring_only(db_file: Path, use_keyring: bool) -> bytes | None:
    """With ``keys.json`` lost, the keyring's key still opens the file (checked on the file)."""
    if not use_keyring:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError

        stored = keyring.get_password(keys.KEYRING_SERVICE, keys.keyring_account(db_file))
        key = bytes.fromhex(stored) if stored else None
    except (ImportError, KeyringError, RuntimeError, OSError, ValueError):
        return None
    if key is None or len(key) != keys.KEY_BYTES:
        return None
    return key if cipher._fits(Path(db_file).absolute(), key) else None


def unlock_key(db_file: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
               use_keyring: bool = True) -> bytes | None:
    """The store's key (remembered for this process), or None for a plain store.

    A passphrase or recovery key given is tried first, then the OS keyring. Raises the
    AppError of ``store/keys.py`` (Danish and English) when nothing unlocks it; nothing is
    changed then. A passphrase or recovery unlock puts the key back into the keyring."""
    db_file = Path(db_file).absolute()
    if not is_encrypted(db_file):
        return None
    path = keys_file(db_file)
    if not path.exists() and passphrase is None and recovery_key is None:
        key = _keyring_only(db_file, use_keyring)
        if key is not None:
            cipher.remember(key)
            return key
    kf = keys.KeyFile.load(path)
    key, _how = keys.unlock(kf, db_file, passphrase=passphrase, recovery_key=recovery_key,
                            use_keyring=use_keyring)
    cipher.remember(key)
    return key


def create_encrypted_store(db_file: Path, passphrase: str) -> str:
    """A new, empty encrypted store (schema at head) with ``keys.json`` and a keyring entry.

    Returns the recovery key, to be shown once. Refuses when a database is already there."""
    from secretary_app.services.opening import open_store

    db_file = Path(db_file).absolute()
    if db_file.exists() and db_file.stat().st_size > 0:
        raise AppError(f"Der findes allerede en database i {db_file}; den er ikke ændret.",
                       f"There already is a database at {db_file}; it was not changed.")
    from secretary_app import paths

    paths.make_private_dir(db_file.parent)
    _kf, key, recovery = keys.KeyFile.create(keys_file(db_file), passphrase)
    keys.keyring_store(db_file, key)
    cipher.remember(key)
    open_store(db_file, key=key).close()
    return recovery


def change_passphrase(db_file: Path, key: bytes, new_passphrase: str) -> None:
    """Re-wrap the same key under a new passphrase; the database is not touched. The wraps
    beside the backups in ``backups/`` follow, so the old passphrase opens none of them."""
    from secretary_app.services.opening import backups_folder
    from secretary_app.store import backups

    kf = keys.KeyFile.load(keys_file(db_file))
    kf.change_passphrase(key, new_passphrase)
    for b in backups.list_backups(backups_folder(Path(db_file).absolute())):
        if backups.keys_beside(b.path).is_file():
            keys.KeyFile(backups.keys_beside(b.path), kf.data).save()


def backup_keys_file(backup: Path, db_file: Path) -> Path | None:
    """Where an encrypted backup's wraps are: beside it, else the data folder's ``keys.json``."""
    from secretary_app.store import backups

    for candidate in (backups.keys_beside(backup), Path(backup).parent / KEYS_FILENAME,
                      keys_file(db_file)):
        if candidate.is_file():
            return candidate
    return None


def unlock_backup(backup: Path, db_file: Path, *, passphrase: str | None = None,
                  recovery_key: str | None = None) -> bytes | None:
    """The key of an encrypted backup (remembered), or None for a plain one; a backup on a new
    computer opens with the passphrase or recovery key and the wraps that travel with it."""
    backup = Path(backup)
    if not cipher.is_encrypted(backup):
        return None
    if passphrase is None and recovery_key is None:
        key = cipher.key_for(backup)
        if key is not None and cipher._fits(backup.absolute(), key):
            return key
    path = backup_keys_file(backup, db_file)
    if path is None:
        raise AppError(f"Sikkerhedskopien {backup.name} er krypteret, men dens nøglefil "
                       f"({backup.name}.keys.json) er ikke med. Kopiér den med, og prøv igen. Intet er ændret.",
                       f"The backup {backup.name} is encrypted, but its key file ({backup.name}.keys.json) "
                       "did not come with it. Copy it too and try again. Nothing was changed.")
    kf = keys.KeyFile.load(path)
    if passphrase is not None:
        key = kf.unlock_passphrase(passphrase)
    elif recovery_key is not None:
        key = kf.unlock_recovery(recovery_key)
    else:
        raise locked_error(backup)
    if not cipher._fits(backup.absolute(), key):
        raise keys.KeyError_(f"Nøglefilen passer ikke til sikkerhedskopien {backup.name}. Intet er ændret.",
                             f"The key file does not fit the backup {backup.name}. Nothing was changed.")
    cipher.remember(key)
    return key


def install_backup_keys(backup: Path, db_file: Path, key: bytes) -> None:
    """Before an encrypted backup replaces the store: its wraps become the folder's ``keys.json``
    and the key goes into this computer's keyring. Refused when the folder's own key differs
    and its store is encrypted (that store would be locked out)."""
    path = backup_keys_file(backup, db_file)
    target = keys_file(db_file)
    if path is None or path == target:
        keys.keyring_store(db_file, key)
        return
    incoming = keys.KeyFile.load(path)
    current = keys.KeyFile.load(target) if target.exists() else None
    if current is not None and current.data.get("key_check") == incoming.data.get("key_check"):
        keys.keyring_store(db_file, key)  # the folder's wraps are the newer ones (passphrase changes)
        return
    if current is not None and is_encrypted(db_file):
        raise AppError("Sikkerhedskopien er krypteret med en anden nøgle end den nuværende database. "
                       "Dekryptér databasen først (`secretary-app decrypt`), eller gendan i en ny datamappe. "
                       "Intet er ændret.",
                       "The backup is encrypted with another key than the current database. Decrypt the "
                       "database first (`secretary-app decrypt`) or restore into a new data folder. "
                       "Nothing was changed.")
    keys.KeyFile(target, incoming.data).save()
    keys.keyring_store(db_file, key)


def locked_error(db_file: Path) -> AppError:
    return keys.KeyError_(
        f"Databasen {db_file} er krypteret og ikke låst op. Angiv adgangssætningen (--passphrase-file FIL) "
        "eller gendannelsesnøglen (--recovery-key-file FIL). Intet er ændret.",
        f"The database {db_file} is encrypted and not unlocked. Give the passphrase (--passphrase-file FILE) "
        "or the recovery key (--recovery-key-file FILE). Nothing was changed.")
