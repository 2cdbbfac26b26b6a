"""Operator passwords and sign-in: argon2id hashes (argon2-cffi), a rate limit on failures.

Sessions live in the store (``console_sessions``, only the token's SHA-256), so any process
can check a cookie; the CSRF token is per session and must come back in ``X-CSRF-Token``.
"""

from __future__ import annotations

import asyncio
import hmac
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from selfcare.desk.store import Desk

MIN_PASSWORD = 10
MAX_FAILURES = 5  # per name and per client address
FAILURE_WINDOW = timedelta(minutes=15)
NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")

_hasher = PasswordHasher()
# Checked when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY = _hasher.hash("not a password of anyone")


class PasswordError(ValueError):
    """A password or operator name we refuse; the message says why (never the password)."""


def valid_name(name: str) -> str:
    name = name.strip().lower()
    if not 2 <= len(name) <= 64 or not set(name) <= NAME_CHARS:
        raise PasswordError("a name is 2-64 characters: letters, digits, '.', '_' or '-'")
    return name


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise PasswordError(f"a password has at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def check_password(stored: str | None, password: str) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


class SignIn:
    """Checks a name and password against the store, with the shared failure limit."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def limited(self, name: str, client: str) -> bool:
        for key in (f"name:{name}", f"addr:{client}"):
            if await self.desk.failures([key], FAILURE_WINDOW) >= MAX_FAILURES:
                return True
        return False

    async def attempt(self, name: str, password: str, client: str) -> str | None:
        """The operator's name when the password is right; None otherwise (and counted)."""
        try:
            name = valid_name(name)
        except PasswordError:
            name = name[:64]
        stored = await self.desk.password_hash(name)
        # argon2 is slow on purpose: keep it off the event loop.
        ok = await asyncio.to_thread(check_password, stored, password)
        if not ok:
            await self.desk.fail([f"name:{name}", f"addr:{client}"], name)
            return None
        if stored is not None and _hasher.check_needs_rehash(stored):
            await self.desk.update_hash(name, await asyncio.to_thread(_hasher.hash, password))
        return name
