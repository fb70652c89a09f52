"""SQLCipher under the store: services, FTS5 and backups work; no plaintext on disk."""

from __future__ import annotations

import secrets
import sqlite3

import pytest

from secretary_app.domain.errors import AppError
from secretary_app.services import groups, requests
from secretary_app.store import cipher
from secretary_app.store.engine import Store

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")


@pytest.fixture
def plain_with_data(store, group):
    member = groups.create_member(store, group.id, groups.MemberInput(name="Mette Lindholm"))
    requests.create_request(store, group.id, member.id, "speech", "Tale om Ålholmvej cykelsti")
    store.close()
    return store.path, group.id


def _all_bytes(path):
    data = path.read_bytes()
    for side in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if side.exists():
            data += side.read_bytes()
    return data


def test_an_encrypted_copy_holds_no_plaintext_and_plain_sqlite_cannot_open_it(plain_with_data, tmp_path):
    plain, _gid = plain_with_data
    assert b"Mette Lindholm" in _all_bytes(plain)
    key = secrets.token_bytes(32)
    enc = tmp_path / "enc.sqlite3"
    cipher.encrypt_copy(plain, enc, key)
    assert cipher.is_encrypted(enc) and not cipher.is_encrypted(plain)
    assert cipher.verify(enc, key) == []
    raw = _all_bytes(enc)
    for needle in ("Mette Lindholm", "Ålholmvej", "cykelsti"):
        assert needle.encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(enc).execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_services_and_full_text_search_work_on_an_encrypted_store(plain_with_data, tmp_path):
    plain, gid = plain_with_data
    key = secrets.token_bytes(32)
    enc = tmp_path / "enc.sqlite3"
    cipher.encrypt_copy(plain, enc, key)
    s = Store(enc, key=key)
    try:
        member = groups.list_members(s, gid)[0]
        requests.create_request(s, gid, member.id, "speech", "Debatindlæg om skolevejen")
        found = requests.search_requests(s, gid, "skolevej")
        assert [r.title for r in found] == ["Debatindlæg om skolevejen"]
        assert [r.title for r in requests.search_requests(s, gid, "cykelsti")] == ["Tale om Ålholmvej cykelsti"]
    finally:
        s.close()
    assert b"skolevejen" not in _all_bytes(enc)


def test_a_wrong_key_is_a_message_not_garbage(plain_with_data, tmp_path):
    plain, _ = plain_with_data
    enc = tmp_path / "enc.sqlite3"
    cipher.encrypt_copy(plain, enc, secrets.token_bytes(32))
    with pytest.raises(AppError) as exc:
        cipher.connect(enc, secrets.token_bytes(32))
    assert "Nøglen passer ikke" in exc.value.message("da")


def test_backup_api_and_decrypt_round_trip(plain_with_data, tmp_path):
    plain, gid = plain_with_data
    key = secrets.token_bytes(32)
    enc = tmp_path / "enc.sqlite3"
    cipher.encrypt_copy(plain, enc, key)
    # the online backup API between two keyed connections (how backups are taken)
    src = cipher.connect(enc, key)
    dst = cipher.connect(tmp_path / "backup.sqlite3", key)
    src.backup(dst)
    src.close()
    dst.close()
    assert cipher.verify(tmp_path / "backup.sqlite3", key) == []
    assert b"Mette" not in (tmp_path / "backup.sqlite3").read_bytes()
    back = tmp_path / "plain-again.sqlite3"
    cipher.decrypt_copy(tmp_path / "backup.sqlite3", back, key)
    con = sqlite3.connect(back)
    assert con.execute("SELECT name FROM member").fetchall() == [("Mette Lindholm",)]
    assert con.execute("PRAGMA user_version").fetchone() == sqlite3.connect(plain).execute("PRAGMA user_version").fetchone()
    con.close()


def test_copies_refuse_to_overwrite(plain_with_data, tmp_path):
    plain, _ = plain_with_data
    target = tmp_path / "exists.sqlite3"
    target.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        cipher.encrypt_copy(plain, target, secrets.token_bytes(32))
    assert target.read_bytes() == b"keep me"
