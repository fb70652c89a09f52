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
    """Re-wrap the same key under a new passphrase; the database is not touched."""
    kf = keys.KeyFile.load(keys_file(db_file))
    kf.change_passphrase(key, new_passphrase)


def locked_error(db_file: Path) -> AppError:
    return keys.KeyError_(
        f"Databasen {db_file} er krypteret og ikke låst op. Angiv adgangssætningen (--passphrase-file FIL) "
        "eller gendannelsesnøglen (--recovery-key-file FIL). Intet er ændret.",
        f"The database {db_file} is encrypted and not unlocked. Give the passphrase (--passphrase-file FILE) "
        "or the recovery key (--recovery-key-file FILE). Nothing was changed.")
