"""`secretary-app encrypt|decrypt|passphrase` on an existing store with backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from secretary_app import cli, paths
from secretary_app.services import groups, requests
from secretary_app.services import backup as backup_svc
from secretary_app.services.opening import open_store
from secretary_app.store import backups, cipher, keys

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

NAME = "Ingeborg Quistgaard"
TEXT = "Fortrolig henvendelse om Skovbrynet 17"
PASSPHRASE = "sommerfugl over Limfjorden"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(keys, "calibrate", lambda target_s=0.3: keys.ScryptParams(2 ** 10))


@pytest.fixture
def plain_folder(data_dir, tmp_path):
    db = paths.db_path()
    store = open_store(db)
    g = groups.create_group(store, "Testpartiet", "T")
    m = groups.create_member(store, g.id, groups.MemberInput(name=NAME))
    requests.create_request(store, g.id, m.id, "speech", TEXT, description=TEXT * 20)
    backup_svc.backup_now(db, kind="manual")
    backups.make_backup(db, paths.backups_dir(), "auto")
    store.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data_dir, secret


def _every_file(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _plaintext_hits(folder: Path) -> list[str]:
    hits = []
    for p in _every_file(folder):
        data = p.read_bytes()
        for needle in (NAME, TEXT, "Quistgaard", "Skovbrynet"):
            if needle.encode("utf-8") in data or needle.encode("utf-16-le") in data:
                hits.append(f"{p.relative_to(folder)}: {needle}")
    return hits


def test_encrypt_leaves_no_plaintext_in_the_data_folder(plain_folder, tmp_path, capsys, test_keyring):
    folder, secret = plain_folder
    assert _plaintext_hits(folder)  # the test can fail: the plain store holds the text
    out = tmp_path / "recovery.txt"
    assert cli.main(["encrypt", "--passphrase-file", str(secret), "--recovery-key-out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600
    recovery = out.read_text(encoding="utf-8").strip()
    assert recovery not in capsys.readouterr().out
    # the next start (another command), then a write, a backup and the log
    cipher.forget_all()
    assert cli.main(["groups", "--json"]) == 0
    assert "Testpartiet" in capsys.readouterr().out
    assert cli.main(["backup"]) == 0
    assert _plaintext_hits(folder) == []
    db = folder / "secretary.sqlite3"
    assert not (folder / "secretary.sqlite3-wal").exists() or b"Quistgaard" not in (folder / "secretary.sqlite3-wal").read_bytes()
    con = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError):
        con.execute("SELECT * FROM member").fetchall()
    con.close()
    assert all(cipher.is_encrypted(b.path) for b in backups.list_backups(folder / "backups"))
    assert not [p for p in _every_file(folder) if p.name.endswith(".tmp")]
    # the recovery key alone opens it after the keyring entry is lost
    test_keyring.entries.clear()
    cipher.forget_all()
    rk = tmp_path / "rk.txt"
    rk.write_text(recovery, encoding="utf-8")
    assert cli.main(["--recovery-key-file", str(rk), "groups", "--json"]) == 0
    assert "Testpartiet" in capsys.readouterr().out


def test_encrypt_prints_the_recovery_key_once_and_it_fits(plain_folder, capsys, tmp_path, test_keyring):
    _folder, secret = plain_folder
    assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 0
    line = [x for x in capsys.readouterr().out.splitlines() if "Gendannelsesnøgle" in x][0]
    recovery = line.rsplit(" ", 1)[1]
    kf = keys.KeyFile.load(paths.data_dir() / "keys.json")
    assert kf.unlock_recovery(recovery) == kf.unlock_passphrase(PASSPHRASE)


HOLDER = """
import sys, time
from secretary_app.store.lock import InstanceLock
InstanceLock(sys.argv[1], role="gui").acquire()
print("locked", flush=True)
time.sleep(120)
"""


def test_encrypt_is_refused_while_the_window_holds_the_lock(plain_folder, capsys):
    import subprocess
    import sys

    folder, secret = plain_folder
    before = (folder / "secretary.sqlite3").read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 2
    finally:
        holder.kill()
        holder.wait()
    assert "i brug" in capsys.readouterr().err
    assert (folder / "secretary.sqlite3").read_bytes() == before
    assert not (folder / "keys.json").exists()


def test_a_passphrase_change_keeps_the_data_and_the_old_one_stops_working(plain_folder, tmp_path, capsys,
                                                                          test_keyring):
    folder, secret = plain_folder
    assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 0
    db_bytes = (folder / "secretary.sqlite3").read_bytes()
    new = tmp_path / "new.txt"
    new.write_text("en helt ny sætning\n", encoding="utf-8")
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("ikke den gamle\n", encoding="utf-8")
    keys_before = (folder / "keys.json").read_bytes()
    assert cli.main(["passphrase", "--old-file", str(wrong), "--new-file", str(new)]) == 2
    assert (folder / "keys.json").read_bytes() == keys_before
    assert cli.main(["passphrase", "--old-file", str(secret), "--new-file", str(new)]) == 0
    assert (folder / "secretary.sqlite3").read_bytes() == db_bytes  # not re-encrypted
    test_keyring.entries.clear()
    cipher.forget_all()
    capsys.readouterr()
    assert cli.main(["--passphrase-file", str(secret), "groups"]) == 2
    assert "forkert" in capsys.readouterr().err
    assert cli.main(["--passphrase-file", str(new), "groups", "--json"]) == 0
    assert "Testpartiet" in capsys.readouterr().out


def test_decrypt_gives_back_a_plain_store_and_plain_backups(plain_folder, capsys):
    folder, secret = plain_folder
    assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 0
    cipher.forget_all()
    assert cli.main(["--passphrase-file", str(secret), "decrypt"]) == 0
    db = folder / "secretary.sqlite3"
    assert not cipher.is_encrypted(db) and not (folder / "keys.json").exists()
    con = sqlite3.connect(db)
    assert con.execute("SELECT name FROM member").fetchall() == [(NAME,)]
    con.close()
    assert not any(cipher.is_encrypted(b.path) for b in backups.list_backups(folder / "backups"))
    assert cli.main(["groups", "--json"]) == 0


def test_a_wrong_passphrase_file_is_refused_before_decrypt_changes_anything(plain_folder, tmp_path, capsys,
                                                                           test_keyring):
    folder, secret = plain_folder
    assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 0
    before = sorted((p.name, p.read_bytes()) for p in _every_file(folder) if "logs" not in p.parts)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("forkert forkert\n", encoding="utf-8")
    cipher.forget_all()
    assert cli.main(["--passphrase-file", str(wrong), "decrypt"]) == 2
    err = capsys.readouterr().err
    assert "forkert" in err and "Traceback" not in err
    assert sorted((p.name, p.read_bytes()) for p in _every_file(folder) if "logs" not in p.parts) == before


def test_an_encrypted_backup_restores_on_a_new_computer_with_the_passphrase_or_recovery_key(
        plain_folder, tmp_path, capsys, test_keyring):
    folder, secret = plain_folder
    out = tmp_path / "recovery.txt"
    assert cli.main(["encrypt", "--passphrase-file", str(secret), "--recovery-key-out", str(out)]) == 0
    stick = tmp_path / "usb"
    stick.mkdir()
    assert cli.main(["backup", "--out", str(stick / "kopi.sqlite3")]) == 0
    assert (stick / "kopi.sqlite3.keys.json").is_file()  # the wraps travel with the backup
    for b in backups.list_backups(folder / "backups"):
        assert backups.keys_beside(b.path).is_file()
    for how, option, file in (("passphrase", "--passphrase-file", secret), ("recovery", "--recovery-key-file", out)):
        new_machine = tmp_path / f"new-{how}"
        paths.set_data_dir(new_machine)
        test_keyring.entries.clear()
        cipher.forget_all()
        assert cli.main(["--data-dir", str(new_machine), "restore", str(stick / "kopi.sqlite3")]) == 2
        assert "krypteret" in capsys.readouterr().err
        assert not (new_machine / "secretary.sqlite3").exists()
        assert cli.main(["--data-dir", str(new_machine), "restore", str(stick / "kopi.sqlite3"),
                         option, str(file)]) == 0
        capsys.readouterr()
        assert cipher.is_encrypted(new_machine / "secretary.sqlite3")
        assert (new_machine / "keys.json").is_file()
        cipher.forget_all()  # the next start on the new computer: its keyring now has the key
        assert cli.main(["--data-dir", str(new_machine), "tasks", "list", "--group", "T", "--json"]) == 0
        assert cli.main(["--data-dir", str(new_machine), "groups", "--json"]) == 0
        assert "Testpartiet" in capsys.readouterr().out


def test_a_member_export_of_an_encrypted_store_is_a_readable_zip(plain_folder, tmp_path, capsys):
    import zipfile

    _folder, secret = plain_folder
    assert cli.main(["encrypt", "--passphrase-file", str(secret)]) == 0
    target = tmp_path / "indsigt.zip"
    assert cli.main(["member", "export", "--group", "T", "--member", NAME, "--out", str(target)]) == 0
    with zipfile.ZipFile(target) as zf:
        assert any(NAME in zf.read(n).decode("utf-8", "replace") for n in zf.namelist())
