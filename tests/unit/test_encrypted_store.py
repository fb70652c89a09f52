"""An encrypted store opens everywhere a plain one does: checks, migrations, backups, doctor, CLI."""

from __future__ import annotations

import sqlite3

import pytest

from secretary_app import cli, paths
from secretary_app.domain.errors import AppError
from secretary_app.services import encryption, groups, requests
from secretary_app.services.opening import open_store
from secretary_app.store import backups, cipher, keys

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

PASSPHRASE = "korrekt hest batteri hæfteklamme"
FAST = keys.ScryptParams(2 ** 10)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """Set-up calibrates scrypt to ~0.3 s; tests use a light cost (the format keeps it per file)."""
    monkeypatch.setattr(keys, "calibrate", lambda target_s=0.3: FAST)


@pytest.fixture
def encrypted(data_dir):
    db = paths.db_path()
    recovery = encryption.create_encrypted_store(db, PASSPHRASE)
    store = open_store(db, check=True)
    g = groups.create_group(store, "Testpartiet", "T")
    m = groups.create_member(store, g.id, groups.MemberInput(name="Mette Lindholm"))
    requests.create_request(store, g.id, m.id, "speech", "Tale om Ålholmvej cykelsti")
    store.close()
    return db, recovery


def test_a_new_encrypted_store_is_encrypted_and_sqlite3_cannot_read_it(encrypted):
    db, recovery = encrypted
    assert encryption.is_encrypted(db)
    assert (db.parent / "keys.json").stat().st_mode & 0o077 == 0
    con = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()
    assert len(recovery.split("-")) == keys.RECOVERY_GROUPS


def test_an_encrypted_store_passes_the_checks_and_backs_up_encrypted(encrypted):
    db, _ = encrypted
    assert backups.quick_check(db) == ["ok"]
    target = backups.make_backup(db, paths.backups_dir(), "manual")
    assert cipher.is_encrypted(target)
    assert b"Mette" not in target.read_bytes()
    assert backups.quick_check(target) == ["ok"] and backups.schema_problem(target) is None
    assert backups.newest_good_backup(paths.backups_dir()).path == target


def test_without_its_key_the_store_is_refused_as_locked_not_damaged(encrypted):
    db, _ = encrypted
    cipher.forget_all()
    with pytest.raises(AppError) as err:
        open_store(db, check=True)
    assert "krypteret" in err.value.da and "encrypted" in err.value.en


def test_the_keyring_unlocks_and_the_passphrase_and_recovery_key_do_too(encrypted, test_keyring):
    db, recovery = encrypted
    cipher.forget_all()
    key = encryption.unlock_key(db)  # the keyring entry set at creation
    assert key is not None
    test_keyring.entries.clear()
    cipher.forget_all()
    with pytest.raises(AppError):
        encryption.unlock_key(db)
    assert encryption.unlock_key(db, passphrase=PASSPHRASE) == key
    assert test_keyring.entries  # the passphrase unlock healed the keyring entry
    test_keyring.entries.clear()
    cipher.forget_all()
    assert encryption.unlock_key(db, recovery_key=recovery.lower().replace("-", " ")) == key
    store = open_store(db, check=True)
    assert [g.name for g in groups.list_groups(store)] == ["Testpartiet"]
    store.close()


def test_a_wrong_passphrase_is_refused_and_changes_nothing(encrypted):
    db, _ = encrypted
    cipher.forget_all()
    before = (db.read_bytes(), (db.parent / "keys.json").read_bytes())
    with pytest.raises(keys.KeyError_):
        encryption.unlock_key(db, passphrase="forkert forkert")
    assert (db.read_bytes(), (db.parent / "keys.json").read_bytes()) == before


def test_a_plain_store_needs_no_key(store):
    store.close()
    assert encryption.unlock_key(store.path, passphrase="ligegyldig") is None
    assert not encryption.is_encrypted(store.path)


def test_cli_commands_unlock_with_the_keyring_and_a_passphrase_file(encrypted, tmp_path, capsys, test_keyring):
    db, _ = encrypted
    cipher.forget_all()
    assert cli.main(["groups", "--json"]) == 0  # read-only command, keyring
    assert "Testpartiet" in capsys.readouterr().out
    assert cli.main(["doctor"]) == 0
    capsys.readouterr()
    test_keyring.entries.clear()
    cipher.forget_all()
    assert cli.main(["groups"]) == 2
    assert "--passphrase-file" in capsys.readouterr().err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ikke den rigtige\n", encoding="utf-8")
    assert cli.main(["--passphrase-file", str(wrong), "groups"]) == 2
    assert "forkert" in capsys.readouterr().err
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    test_keyring.entries.clear()
    cipher.forget_all()
    assert cli.main(["--passphrase-file", str(right), "backup"]) == 0
    assert cipher.is_encrypted(backups.list_backups(paths.backups_dir())[0].path)


def test_a_lost_key_file_still_opens_with_the_keyring_entry(encrypted):
    db, _ = encrypted
    (db.parent / "keys.json").unlink()
    cipher.forget_all()
    assert encryption.unlock_key(db) is not None
    store = open_store(db, check=True)
    assert [g.name for g in groups.list_groups(store)] == ["Testpartiet"]
    store.close()


def test_doctor_says_locked_not_damaged_without_the_key(encrypted, capsys, test_keyring):
    test_keyring.entries.clear()
    cipher.forget_all()
    assert cli.main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "krypteret og ikke låst op" in out and "beskadiget" not in out
