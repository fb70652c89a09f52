"""The database key: keyring, passphrase and recovery key each unlock; wrong ones change nothing."""

from __future__ import annotations

import stat

import keyring
import pytest
from keyring.backend import KeyringBackend

from secretary_app.store import keys
from secretary_app.store.keys import KeyFile, ScryptParams

FAST = ScryptParams(2 ** 10)  # tests only: the shipped minimum is 2**15


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def ring():
    old = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(old)


@pytest.fixture
def store(tmp_path):
    db = tmp_path / "secretary.sqlite3"
    kf, key, recovery = KeyFile.create(tmp_path / "keys.json", "korrekt hest batteri", FAST)
    return db, kf, key, recovery


def test_key_file_is_private_and_holds_no_key(store, tmp_path):
    db, kf, key, _ = store
    path = tmp_path / "keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert key.hex().encode() not in raw and key not in raw


def test_passphrase_and_recovery_key_unlock_the_same_key(store, tmp_path):
    db, kf, key, recovery = store
    again = KeyFile.load(tmp_path / "keys.json")
    assert again.unlock_passphrase("korrekt hest batteri") == key
    assert again.unlock_recovery(recovery) == key
    # as retyped from the printout: lower case, spaces instead of dashes
    assert again.unlock_recovery(recovery.lower().replace("-", " ")) == key


def test_a_wrong_passphrase_or_recovery_key_is_refused_and_changes_nothing(store, tmp_path):
    db, kf, key, recovery = store
    before = (tmp_path / "keys.json").read_bytes()
    with pytest.raises(keys.KeyError_) as exc:
        kf.unlock_passphrase("forkert hest batteri")
    assert "forkert" in exc.value.message("da")
    with pytest.raises(keys.KeyError_):
        kf.unlock_recovery(keys.new_recovery_key())
    assert (tmp_path / "keys.json").read_bytes() == before


def test_keyring_unlocks_without_a_prompt_and_a_lost_entry_falls_back(store, ring):
    db, kf, key, recovery = store
    with pytest.raises(keys.KeyError_):
        keys.unlock(kf, db)  # nothing in the keyring yet: ask for the passphrase
    assert keys.unlock(kf, db, passphrase="korrekt hest batteri") == (key, "passphrase")
    assert keys.unlock(kf, db) == (key, "keyring")  # the passphrase unlock filled the keyring
    ring.entries.clear()  # a new desktop, a reset keychain
    with pytest.raises(keys.KeyError_):
        keys.unlock(kf, db)
    assert keys.unlock(kf, db, recovery_key=recovery) == (key, "recovery")
    assert keys.unlock(kf, db) == (key, "keyring")


def test_a_stale_keyring_entry_is_not_trusted(store, ring):
    db, kf, key, _ = store
    ring.set_password(keys.KEYRING_SERVICE, keys.keyring_account(db), "00" * 32)
    with pytest.raises(keys.KeyError_):
        keys.unlock(kf, db)


def test_changing_the_passphrase_keeps_the_key(store, tmp_path):
    db, kf, key, recovery = store
    kf.change_passphrase(key, "nyt og længere kodeord", FAST)
    again = KeyFile.load(tmp_path / "keys.json")
    assert again.unlock_passphrase("nyt og længere kodeord") == key
    with pytest.raises(keys.KeyError_):
        again.unlock_passphrase("korrekt hest batteri")
    assert again.unlock_recovery(recovery) == key  # the recovery key still works


def test_passphrase_is_unicode_normalised(tmp_path):
    kf, key, _ = KeyFile.create(tmp_path / "keys.json", "blåbærgrød og fløde", FAST)
    import unicodedata
    assert kf.unlock_passphrase(unicodedata.normalize("NFD", "blåbærgrød og fløde")) == key


def test_short_passphrases_and_damaged_files_are_refused(tmp_path):
    with pytest.raises(keys.AppError):
        KeyFile.create(tmp_path / "keys.json", "kort", FAST)
    (tmp_path / "bad.json").write_text("[]")
    with pytest.raises(keys.AppError):
        KeyFile.load(tmp_path / "bad.json")
    with pytest.raises(keys.AppError):
        KeyFile.load(tmp_path / "missing.json")


def test_calibration_never_goes_below_the_minimum():
    assert keys.calibrate(target_s=0.0).n == keys.MIN_PASSPHRASE_N


def test_recovery_keys_are_long_and_grouped():
    rk = keys.new_recovery_key()
    groups = rk.split("-")
    assert len(groups) == keys.RECOVERY_GROUPS and all(len(g) == 5 for g in groups)
    assert set(rk.replace("-", "")) <= set(keys.RECOVERY_ALPHABET)
