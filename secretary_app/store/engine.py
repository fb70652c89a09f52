"""Engine and session factory. The database is bound late: the app, the CLI and
every test pass the path they want (nothing global)."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, create_engine

from secretary_app.store import files

BUSY_TIMEOUT_MS = 10_000

# Set on every new connection; a test reads them back.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives power loss, not only a crash
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",  # erased personal data does not linger in free pages
)

SCRATCH_PRAGMAS = ("PRAGMA journal_mode=DELETE", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=ON")


def touch_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (SQLite would honour the umask). An existing
    file keeps the mode its owner gave it, and a symlink in its place is refused."""
    files.create_private(Path(path))
    for side in (path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")):
        files.refuse_symlink(side)


def make_engine(db_file: Path | str, *, readonly: bool = False, durable: bool = True,
                key: bytes | None = None) -> Engine:
    """``durable=False`` is for scratch files only (a schema built to compare, a copy checked
    and fsynced afterwards): no WAL, no fsync per commit. ``key``: the file is encrypted with
    SQLCipher under this raw key (``store/keys.py``, ``store/cipher.py``)."""
    db_file = Path(db_file).absolute()
    if not readonly:
        touch_private(db_file)
    timeout = BUSY_TIMEOUT_MS / 1000
    if key is None:
        from secretary_app.store import cipher

        key = cipher.key_for(db_file)  # an encrypted file opens with the key unlocked in this process

    def connect():
        # By path (or a fully quoted URI): a '?', '#' or '%' in the folder's name is no URI syntax.
        if key is not None:
            from secretary_app.store import cipher

            return cipher.open_file(db_file, mode="ro" if readonly else "rw", timeout=timeout,
                                    check_same_thread=False, key=key)
        if readonly:
            return files.connect_readonly(db_file, timeout=timeout, check_same_thread=False)
        return sqlite3.connect(db_file, timeout=timeout, check_same_thread=False)

    extra = {}
    if key is not None:
        from secretary_app.store import cipher

        extra["module"] = cipher.dbapi()  # SQLAlchemy then wraps sqlcipher3's exceptions like sqlite3's
    engine = create_engine(
        "sqlite://", creator=connect, poolclass=QueuePool,
        hide_parameters=True,  # an error message never quotes request text
        **extra,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy, not pysqlite, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS if durable else SCRATCH_PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "commit")
    def _on_commit(_conn):  # pragma: no cover
        files.fault_point("sqlite commit")

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN")

    return engine


class Store:
    """One open database: its file, engine and a transactional session scope."""

    def __init__(self, db_file: Path | str, *, readonly: bool = False, key: bytes | None = None):
        self.path = Path(db_file)
        self.readonly = readonly
        from secretary_app.store import cipher

        if key is not None:
            cipher.remember(key)  # checks, backups and migrations of this file then use it too
        else:
            key = cipher.key_for(self.path)
        self.engine = make_engine(self.path, readonly=readonly, key=key)
        self.notices: list[str] = []  # what opening did that the user should hear about
        self.encrypted = key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
