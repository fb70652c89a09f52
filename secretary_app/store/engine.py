"""Engine and session factory. The database is bound late: the app, the CLI and
every test pass the path they want (nothing global)."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

BUSY_TIMEOUT_MS = 10_000

# Set on every new connection; a test reads them back.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives power loss, not only a crash
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",  # erased personal data does not linger in free pages
)


def touch_private(path: Path) -> None:
    """Create the file 0600 before SQLite does (SQLite would honour the umask)."""
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)


def make_engine(db_file: Path | str, *, readonly: bool = False, key: bytes | None = None) -> Engine:
    """``key``: the store is SQLCipher-encrypted with this raw key (``store/keys.py``)."""
    db_file = Path(db_file)
    if key is not None:
        engine = _cipher_engine(db_file, key, readonly)
    else:
        if readonly:
            url = f"sqlite:///file:{db_file}?mode=ro&uri=true"
        else:
            touch_private(db_file)
            url = f"sqlite:///{db_file}"
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy, not pysqlite, decide where transactions begin.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in PRAGMAS:
            if readonly and "journal_mode" in pragma:
                continue
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN")

    return engine


def _cipher_engine(db_file: Path, key: bytes, readonly: bool) -> Engine:
    from secretary_app.store import cipher

    if not readonly:
        touch_private(db_file)
    target = f"file:{db_file}?mode=ro" if readonly else str(db_file)

    def connect():
        return cipher.connect(target, key, timeout=BUSY_TIMEOUT_MS / 1000, uri=readonly,
                              check_same_thread=False)

    # module=: SQLAlchemy wraps sqlcipher3's own exception classes like sqlite3's.
    return create_engine("sqlite://", creator=connect, module=cipher.dbapi())


class Store:
    """One open database: its file, engine and a transactional session scope."""

    def __init__(self, db_file: Path | str, *, readonly: bool = False, key: bytes | None = None):
        self.path = Path(db_file)
        self.readonly = readonly
        self.encrypted = key is not None
        self.engine = make_engine(self.path, readonly=readonly, key=key)

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
