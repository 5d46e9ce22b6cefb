"""Credentials: argon2 password hashes, JWT access tokens (pyjwt, HS256) and API keys.

- Passwords: argon2id via argon2-cffi's defaults (RFC 9106 parameters).
- Tokens: JWT (RFC 7519) signed HS256 with ``Settings.signing_key()``; claims ``sub`` (username),
  ``role``, ``iat``, ``exp`` (``EINDEX_TOKEN_MINUTES``).
- API keys: ``eix_`` + 40 random URL-safe characters; only their sha256 is stored (a key has 240 bits of
  entropy, so a fast hash suffices), the first 12 characters are kept as a visible prefix.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from store.settings import get_settings

ROLES = ("viewer", "expert", "admin")
ALGORITHM = "HS256"
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password: str, hashed: str | None) -> bool:
    """True when ``password`` matches ``hashed`` (False for a missing or malformed hash)."""
    if not hashed:
        return False
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def issue_token(username: str, role: str, minutes: int | None = None) -> str:
    """A signed access token for ``username``. Raises RuntimeError when the secret is missing or weak."""
    settings = get_settings()
    now = datetime.now(UTC)
    claims = {"sub": username, "role": role, "iat": now,
              "exp": now + timedelta(minutes=minutes or settings.token_minutes)}
    return jwt.encode(claims, settings.signing_key(), algorithm=ALGORITHM)


def read_token(token: str) -> str | None:
    """The username a valid, unexpired token names, else None."""
    try:
        claims = jwt.decode(token, get_settings().signing_key(), algorithms=[ALGORITHM],
                            options={"require": ["sub", "exp"]})
    except jwt.PyJWTError:
        return None
    sub = claims.get("sub")
    return sub if isinstance(sub, str) else None


def new_api_key() -> tuple[str, str, str]:
    """A fresh API key: (the key to hand out once, its visible prefix, its sha256 to store)."""
    key = "eix_" + secrets.token_urlsafe(30)
    return key, key[:12], api_key_hash(key)


def api_key_hash(key: str) -> str:
    """The stored form of an API key (sha256 hex)."""
    return hashlib.sha256(key.encode()).hexdigest()


def csrf_token(session_token: str) -> str:
    """The review pages' form token bound to the login cookie (HMAC-SHA256, OWASP "signed double
    submit cookie")."""
    return hmac.new(get_settings().signing_key().encode(), session_token.encode(), hashlib.sha256).hexdigest()
