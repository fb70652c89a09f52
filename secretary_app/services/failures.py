"""Messages for failures of the disk or the database file that no service foresaw.

A full disk, a file that turned out damaged mid-command or a folder that cannot be written
gets a sentence naming the problem (the CLI prints it and exits 2), never a traceback; the
transaction was rolled back and files are written via a temporary file, so nothing is
half-written. No SQL parameters (request text) are ever part of the message.
"""

from __future__ import annotations

import errno
import sqlite3
import sys


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, sqlite3.Error):
        return exc
    sa = sys.modules.get("sqlalchemy.exc")
    if sa is not None and isinstance(exc, sa.DBAPIError) and isinstance(exc.orig, sqlite3.Error):
        return exc.orig
    return None


def describe(exc: BaseException, lang: str = "da") -> str | None:
    """A message for ``exc``, or None when it is not a disk or database failure."""
    en = lang == "en"
    err = _sqlite_error(exc)
    if err is not None:
        text = str(err)
        code = getattr(err, "sqlite_errorcode", None)
        if code == getattr(sqlite3, "SQLITE_FULL", 13) or "disk is full" in text:
            return full_disk(en)
        if "malformed" in text or "not a database" in text or code == getattr(sqlite3, "SQLITE_CORRUPT", 11):
            return ("The database file is damaged (SQLite: " + text + "). Nothing more was written; run "
                    "`secretary-app doctor` to find the newest good backup." if en else
                    "Databasefilen er beskadiget (SQLite: " + text + "). Der er ikke skrevet mere; kør "
                    "`secretary-app doctor` for at finde den nyeste gode sikkerhedskopi.")
        if "readonly" in text or "read-only" in text:
            return ("The database cannot be written (" + text + "); nothing was changed." if en else
                    "Databasen kan ikke skrives (" + text + "); intet er ændret.")
        return ("The database reported an error (" + text + "); the change was not saved." if en else
                "Databasen meldte en fejl (" + text + "); ændringen er ikke gemt.")
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return full_disk(en)
        where = f" ({exc.filename})" if exc.filename else ""
        reason = exc.strerror or str(exc)
        return (f"A file could not be read or written{where}: {reason}. Nothing was half-written." if en else
                f"En fil kunne ikke læses eller skrives{where}: {reason}. Intet er halvt skrevet.")
    return None


def full_disk(en: bool) -> str:
    return ("The disk is full: nothing was saved and no file was half-written. Free some space and try "
            "again." if en else
            "Disken er fuld: intet er gemt, og ingen fil er halvt skrevet. Frigør plads, og prøv igen.")
