"""Secrets at rest: group-robot webhook keys and signing secrets, sealed with Fernet (cryptography's AES-128-CBC
plus HMAC-SHA256) under a key the operating system keeps for the user.

On Windows the key lives in the Credential Manager through `keyring` (DPAPI-protected, tied to the Windows
user). Elsewhere, or when no keyring backend works (a Linux box without a Secret Service), it is a key file in
the data folder that only its owner can read (0600 in a 0700 folder). Either way the database, its backups and
the transfer zip hold only sealed text, useless without that key; the transfer zip holds secrets only when the
person chose to include them, sealed under a passphrase (scrypt) instead.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from livehelper.storage.private_files import private_folder

SEALED = "enc1:"  # a value sealed with the user's key
PASSPHRASE_SEALED = "pass1:"  # a value sealed with a passphrase (the transfer zip): pass1:<salt>:<token>
KEY_FILE = "secrets.key"
KEYRING_SERVICE = "LiveHelper"


class SecretUnreadable(ValueError):
    """Sealed with another key (another PC's, or a passphrase that was not given)."""


class SecretBox:
    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)

    def seal(self, text: str) -> str:
        """`text` sealed; "" and values sealed already stay as they are."""
        if not text or text.startswith(SEALED):
            return text
        return SEALED + self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def open(self, stored: str) -> str:
        """The clear value of `stored`; a value never sealed (written before issue 19) comes back as it is."""
        if not stored.startswith(SEALED):
            return stored
        try:
            return self._fernet.decrypt(stored[len(SEALED):].encode("ascii")).decode("utf-8")
        except (InvalidToken, ValueError) as error:
            raise SecretUnreadable("sealed with another key") from error


def is_clear(stored: str) -> bool:
    return bool(stored) and not stored.startswith((SEALED, PASSPHRASE_SEALED))


def _passphrase_key(passphrase: str, salt: bytes) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1)
    return base64.urlsafe_b64encode(kdf.derive(passphrase.encode("utf-8")))


def seal_with_passphrase(text: str, passphrase: str) -> str:
    if not text:
        return text
    salt = secrets.token_bytes(16)
    token = Fernet(_passphrase_key(passphrase, salt)).encrypt(text.encode("utf-8")).decode("ascii")
    return f"{PASSPHRASE_SEALED}{base64.urlsafe_b64encode(salt).decode('ascii')}:{token}"


def open_with_passphrase(stored: str, passphrase: str) -> str:
    if not stored.startswith(PASSPHRASE_SEALED):
        return stored
    salt, _, token = stored[len(PASSPHRASE_SEALED):].partition(":")
    try:
        key = _passphrase_key(passphrase, base64.urlsafe_b64decode(salt))
        return Fernet(key).decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as error:
        raise SecretUnreadable("wrong passphrase") from error


def user_box(data_dir: Path) -> SecretBox:
    """The box with this user's key for `data_dir`, made on first use."""
    key = _keyring_key(data_dir) if sys.platform == "win32" else None
    return SecretBox(key or _file_key(data_dir))


def _keyring_key(data_dir: Path) -> bytes | None:
    """The key in the Windows Credential Manager (None when keyring cannot keep one: then the key file)."""
    account = f"robot-secrets {data_dir.resolve()}"
    try:
        import keyring

        found = keyring.get_password(KEYRING_SERVICE, account)
        if found is None:
            keyring.set_password(KEYRING_SERVICE, account, Fernet.generate_key().decode("ascii"))
            found = keyring.get_password(KEYRING_SERVICE, account)
        return found.encode("ascii") if found else None
    except Exception:  # keyring raises its own errors, and backends theirs: any failure means "no keyring"
        return None


def _file_key(data_dir: Path) -> bytes:
    private_folder(data_dir)
    path = data_dir / KEY_FILE
    with contextlib.suppress(FileNotFoundError):
        return path.read_bytes().strip()
    key = Fernet.generate_key()
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:  # another process made it first
        return path.read_bytes().strip()
    with os.fdopen(handle, "wb") as file:
        file.write(key)
        file.flush()
        os.fsync(file.fileno())
    return key
