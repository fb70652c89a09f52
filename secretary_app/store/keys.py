"""One random database key, wrapped three ways; any one of them unlocks it.

- the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service): daily use
  without a prompt;
- a passphrase, stretched with scrypt (parameters calibrated on this machine at set-up and
  kept in the file, so a slower or faster laptop later still unlocks);
- a recovery key shown once at set-up (high entropy, so a light scrypt suffices).

The wraps live in ``keys.json`` beside the database (0600). Losing the keyring entry falls
back to the passphrase; a forgotten passphrase to the recovery key; changing the passphrase
re-wraps the same key, so the data is never re-encrypted. Signal Desktop kept its key in
the keyring only and locked users out after a desktop change; here the keyring is only a
convenience.

Each wrap is AES-256-GCM over the 32-byte key with a fresh salt and nonce, the wrap's kind as
associated data: a wrong secret fails authentication instead of yielding a wrong key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from secretary_app.domain.errors import AppError

KEY_BYTES = 32
KEYS_FILENAME = "keys.json"  # beside the database
FORMAT = 1
KEYRING_SERVICE = "Medlemssekretær"
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to confuse on paper
RECOVERY_GROUPS, RECOVERY_GROUP_LEN = 6, 5  # 30 symbols of 5 bits: 150 bits
PASSPHRASE_TARGET_S = 0.3
MIN_PASSPHRASE_N = 2 ** 15  # never weaker than this, however slow the machine
MAX_PASSPHRASE_N = 2 ** 18
RECOVERY_N = 2 ** 12  # the recovery key itself carries 150 bits


class KeyError_(AppError):
    """The secret given does not unlock this store (nothing was changed)."""


@dataclass(frozen=True)
class ScryptParams:
    n: int
    r: int = 8
    p: int = 1

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hashlib.scrypt(secret, salt=salt, n=self.n, r=self.r, p=self.p,
                              maxmem=256 * self.n * self.r + 16 * 1024 * 1024, dklen=32)


def calibrate(target_s: float = PASSPHRASE_TARGET_S) -> ScryptParams:
    """The largest power-of-two cost whose derivation takes about ``target_s`` here."""
    n = MIN_PASSPHRASE_N
    start = time.perf_counter()
    ScryptParams(n).derive(b"calibrate", b"0" * 16)
    took = time.perf_counter() - start
    while n < MAX_PASSPHRASE_N and took * 2 <= target_s:
        n *= 2
        took *= 2
    return ScryptParams(n)


def _aead():
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # loaded only when needed

    return AESGCM


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _wrap(key: bytes, kek: bytes, kind: str) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "ct": _b64(_aead()(kek).encrypt(nonce, key, kind.encode()))}


def _unwrap(entry: dict[str, Any], kek: bytes, kind: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag

    try:
        key = _aead()(kek).decrypt(_unb64(entry["nonce"]), _unb64(entry["ct"]), kind.encode())
    except (InvalidTag, KeyError, ValueError, TypeError):
        return None
    return key if len(key) == KEY_BYTES else None


def new_recovery_key() -> str:
    symbols = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN))
    return "-".join(symbols[i:i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN))


def normalise_recovery_key(text: str) -> bytes:
    """As typed from paper: case, spaces and dashes do not matter."""
    return "".join(ch for ch in text.upper() if ch.isalnum()).encode("ascii", "ignore")


def _passphrase_bytes(passphrase: str) -> bytes:
    import unicodedata

    # NFC so an "ø" typed on macOS (decomposed) and on Windows (composed) is the same secret.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass
class KeyFile:
    """The wraps of one store's key, as kept in ``keys.json``."""

    path: Path
    data: dict[str, Any]

    # -- creation --------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, params: ScryptParams | None = None) -> tuple["KeyFile", bytes, str]:
        """A new key with its passphrase and recovery wraps: (file, key, recovery key)."""
        if len(passphrase) < 8:
            raise AppError("Adgangssætningen skal have mindst 8 tegn.",
                           "The passphrase must have at least 8 characters.", field="passphrase")
        key = secrets.token_bytes(KEY_BYTES)
        recovery = new_recovery_key()
        kf = cls(path, {"format": FORMAT, "key_check": _b64(hashlib.sha256(b"check" + key).digest()[:8])})
        kf._set_passphrase(key, passphrase, params or calibrate())
        salt = secrets.token_bytes(16)
        kek = ScryptParams(RECOVERY_N).derive(normalise_recovery_key(recovery), salt)
        kf.data["recovery"] = {"salt": _b64(salt), "n": RECOVERY_N, **_wrap(key, kek, "recovery")}
        kf.save()
        return kf, key, recovery

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            raw = path.read_text(encoding="utf-8")
            data = json.loads(raw)
        except FileNotFoundError:
            raise AppError(f"Nøglefilen {path} mangler; gendan den fra en sikkerhedskopi.",
                           f"The key file {path} is missing; restore it from a backup.") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise AppError(f"Nøglefilen {path} kan ikke læses ({type(exc).__name__}).",
                           f"The key file {path} cannot be read ({type(exc).__name__}).") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise AppError(f"Nøglefilen {path} har et ukendt format.", f"The key file {path} has an unknown format.")
        return cls(path, data)

    def save(self) -> None:
        tmp = self.path.with_name(f".{self.path.name}.tmp")  # a kill leaves a name the start-up sweep removes
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.data, fh, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)

    # -- unlocking -------------------------------------------------------------------
    def _verified(self, key: bytes | None) -> bytes | None:
        if key is None:
            return None
        check = _b64(hashlib.sha256(b"check" + key).digest()[:8])
        return key if secrets.compare_digest(check, self.data.get("key_check", "")) else None

    def unlock_passphrase(self, passphrase: str) -> bytes:
        entry = self.data.get("passphrase") or {}
        try:
            params = ScryptParams(int(entry["n"]), int(entry.get("r", 8)), int(entry.get("p", 1)))
            kek = params.derive(_passphrase_bytes(passphrase), _unb64(entry["salt"]))
        except (KeyError, ValueError, TypeError):
            kek = b""
        key = self._verified(_unwrap(entry, kek, "passphrase")) if kek else None
        if key is None:
            raise KeyError_("Adgangssætningen er forkert. Intet er ændret.",
                            "The passphrase is wrong. Nothing was changed.", field="passphrase")
        return key

    def unlock_recovery(self, recovery_key: str) -> bytes:
        entry = self.data.get("recovery") or {}
        try:
            kek = ScryptParams(int(entry["n"])).derive(normalise_recovery_key(recovery_key), _unb64(entry["salt"]))
        except (KeyError, ValueError, TypeError):
            kek = b""
        key = self._verified(_unwrap(entry, kek, "recovery")) if kek else None
        if key is None:
            raise KeyError_("Gendannelsesnøglen passer ikke til denne database. Intet er ændret.",
                            "The recovery key does not fit this database. Nothing was changed.")
        return key

    # -- changing --------------------------------------------------------------------
    def _set_passphrase(self, key: bytes, passphrase: str, params: ScryptParams) -> None:
        salt = secrets.token_bytes(16)
        kek = params.derive(_passphrase_bytes(passphrase), salt)
        self.data["passphrase"] = {"salt": _b64(salt), "n": params.n, "r": params.r, "p": params.p,
                                   **_wrap(key, kek, "passphrase")}

    def change_passphrase(self, key: bytes, new_passphrase: str, params: ScryptParams | None = None) -> None:
        """Re-wrap the same key: the database is not touched."""
        if self._verified(key) is None:
            raise KeyError_("Nøglen passer ikke til denne database.", "The key does not fit this database.")
        if len(new_passphrase) < 8:
            raise AppError("Adgangssætningen skal have mindst 8 tegn.",
                           "The passphrase must have at least 8 characters.", field="passphrase")
        self._set_passphrase(key, new_passphrase, params or calibrate())
        self.save()


# -- the OS keyring ---------------------------------------------------------------------
def keyring_account(db_file: Path) -> str:
    """One entry per data folder, so two stores on one account never share a key."""
    return "store-" + hashlib.sha256(str(Path(db_file).resolve()).encode("utf-8")).hexdigest()[:16]


def keyring_store(db_file: Path, key: bytes) -> bool:
    """Keep the key in the OS keyring; False (and no error) where there is none."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, keyring_account(db_file), key.hex())
    except (ImportError, KeyringError, RuntimeError, OSError):
        return False
    return True


def keyring_unlock(kf: KeyFile, db_file: Path) -> bytes | None:
    """The key from the OS keyring, if it is there and still fits this store."""
    try:
        import keyring
        from keyring.errors import KeyringError

        stored = keyring.get_password(KEYRING_SERVICE, keyring_account(db_file))
    except (ImportError, KeyringError, RuntimeError, OSError):
        return None
    try:
        key = bytes.fromhex(stored) if stored else None
    except ValueError:
        return None
    return kf._verified(key)


def unlock(kf: KeyFile, db_file: Path, *, passphrase: str | None = None,
           recovery_key: str | None = None, use_keyring: bool = True) -> tuple[bytes, str]:
    """The key and how it was unlocked ("keyring" | "passphrase" | "recovery").

    A secret the user gave is tried first (so a wrong one is reported, not hidden by the
    keyring); then the keyring. A passphrase or recovery unlock puts the key back in the
    keyring, which heals a lost or stale entry.
    """
    if passphrase is not None:
        key, how = kf.unlock_passphrase(passphrase), "passphrase"
    elif recovery_key is not None:
        key, how = kf.unlock_recovery(recovery_key), "recovery"
    else:
        key = keyring_unlock(kf, db_file) if use_keyring else None
        if key is None:
            raise KeyError_("Databasen er krypteret. Skriv adgangssætningen eller gendannelsesnøglen.",
                            "The database is encrypted. Enter the passphrase or the recovery key.")
        return key, "keyring"
    if use_keyring:
        keyring_store(db_file, key)
    return key, how
