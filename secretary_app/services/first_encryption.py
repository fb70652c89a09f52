"""A new store encrypted at the first start, and its passphrase changed later.

The window opens (and so creates) an empty plain store before the welcome asks how to
begin; choosing encryption replaces that empty file with a new encrypted store and points
the open ``Store`` object at it, so every page, writer and the operation runner keep the
object they hold. Only a store without any of the user's rows is replaced this way; one
with data is encrypted with ``secretary-app encrypt`` (a verified copy, then a swap).
"""

from __future__ import annotations

from sqlalchemy import text

from secretary_app.domain.changes import Kind, changes
from secretary_app.domain.errors import AppError
from secretary_app.domain.passphrase import MIN_LENGTH

USER_TABLES = ("council", "party_group", "member", "request", "time_entry", "draft", "meeting", "agenda_item",
               "guard_event", "mail_message")


def is_fresh(store) -> bool:
    """Plain and without any row the user (or the demo) made."""
    if getattr(store, "encrypted", False):
        return False
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return not any(conn.execute(text(f'SELECT EXISTS (SELECT 1 FROM "{t}")')).scalar()
                       for t in USER_TABLES if t in names)


def check_passphrase(passphrase: str, repeated: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise AppError(f"Adgangssætningen skal have mindst {MIN_LENGTH} tegn.",
                       f"The passphrase must have at least {MIN_LENGTH} characters.", field="new")
    if passphrase != repeated:
        raise AppError("De to adgangssætninger er ikke ens.", "The two passphrases differ.", field="repeated")


@changes(Kind.STORE)
def encrypt_fresh_store(store, passphrase: str) -> str:
    """Replace the open, empty plain store with an encrypted one; returns the recovery key."""
    from secretary_app.services.encryption import create_encrypted_store, keys_file
    from secretary_app.services.opening import open_store
    from secretary_app.store.backups import sidecars
    from secretary_app.store.engine import Store

    check_passphrase(passphrase, passphrase)
    if not is_fresh(store):
        raise AppError("Databasen har allerede data; den krypteres med: secretary-app encrypt --passphrase-file FIL. "
                       "Intet er ændret.",
                       "The database already has data; encrypt it with: secretary-app encrypt --passphrase-file FILE. "
                       "Nothing was changed.")
    db_file = store.path.absolute()
    store.close()
    for path in (db_file, *sidecars(db_file)):
        path.unlink(missing_ok=True)  # an empty schema: nothing of the user's is lost
    try:
        recovery = create_encrypted_store(db_file, passphrase)
    except BaseException:
        for path in (db_file, *sidecars(db_file), keys_file(db_file)):
            path.unlink(missing_ok=True)
        store.engine = open_store(db_file).engine  # back to an empty plain store the window can use
        raise
    fresh = Store(db_file)  # with the key create_encrypted_store remembered
    store.engine, store.encrypted = fresh.engine, True
    from secretary_app.services.store_conversion import _convert_copies
    from secretary_app.store import cipher

    # The start-up backup of the empty store, too: no plain store file stays in the folder.
    _convert_copies(db_file, cipher.key_for(db_file), encrypt=True)
    return recovery


def change_passphrase(db_file, old: str, new: str, repeated: str) -> None:
    """The old passphrase, then the new one twice; only ``keys.json`` changes, not the data."""
    from secretary_app.services import encryption

    check_passphrase(new, repeated)
    key = encryption.unlock_key(db_file, passphrase=old, use_keyring=False)  # a wrong one raises
    if key is None:
        raise AppError("Databasen er ikke krypteret; den har ingen adgangssætning.",
                       "The database is not encrypted; it has no passphrase.")
    encryption.change_passphrase(db_file, key, new)
