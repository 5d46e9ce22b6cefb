"""Users and API keys: creation and password sign-in (used by the API and ``eindex user add``)."""

from __future__ import annotations

import re

from sqlmodel import Session, select

from api.security import ROLES, hash_password, new_api_key, verify_password
from store.models import ApiKey, User, WriteLog

USERNAME = re.compile(r"^[A-Za-z0-9._@-]{3,100}$")
MIN_PASSWORD = 12  # NIST SP 800-63B §5.1.1.2 asks for at least 8; we ask a little more


def add_user(session: Session, username: str, role: str, password: str | None = None) -> User:
    """Create a user. Raises ValueError on a bad username (3–100 of ``A-Za-z0-9._@-``), an unknown role,
    a password shorter than 12 characters, or a username that exists."""
    if not USERNAME.match(username):
        raise ValueError("username: 3–100 characters of letters, digits and . _ @ -")
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if password is not None and len(password) < MIN_PASSWORD:
        raise ValueError(f"password must have at least {MIN_PASSWORD} characters")
    if session.exec(select(User).where(User.username == username)).first() is not None:
        raise ValueError(f"user {username!r} exists")
    user = User(username=username, role=role, password_hash=hash_password(password) if password else None)
    session.add(user)
    session.flush()
    return user


def add_api_key(session: Session, user: User, name: str) -> tuple[ApiKey, str]:
    """A new API key for ``user``; returns (row, the key — shown once, only its hash is kept)."""
    key, prefix, digest = new_api_key()
    row = ApiKey(user_id=user.id, name=name, prefix=prefix, key_hash=digest)
    session.add(row)
    session.flush()
    return row, key


def authenticate(session: Session, username: str, password: str) -> User | None:
    """The active user whose password matches, else None."""
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None or not user.active or not verify_password(password, user.password_hash):
        return None
    return user


def log_write(session: Session, actor: str | None, method: str, path: str, status_code: int) -> None:
    """Record who wrote what and when (the write log)."""
    session.add(WriteLog(actor=actor, method=method, path=path[:2000], status_code=status_code))
