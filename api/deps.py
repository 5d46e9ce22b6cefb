"""Dependencies of the routers: the database session, who is calling, and role checks.

Callers authenticate with ``Authorization: Bearer <JWT from /auth/token or API key>`` or
``X-API-Key: <API key>`` (OAuth2 password flow, RFC 6749 §4.3; bearer usage, RFC 6750). Roles rank
viewer < expert < admin; a higher role may do what a lower one may.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer
from sqlalchemy import func
from sqlmodel import Session, select

from api.security import ROLES, api_key_hash, read_token
from store.db import get_engine
from store.models import ApiKey, User
from store.settings import get_settings

MAX_ID = 2**31 - 1  # row ids are 32-bit integers on PostgreSQL
DbId = Annotated[int, Path(ge=1, le=MAX_ID)]
DbIdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
YearQuery = Annotated[int | None, Query(ge=2000, le=2100)]
oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def get_session() -> Iterator[Session]:
    """A session per request on the settings' database; writers commit explicitly."""
    with Session(get_engine(get_settings().db_url), expire_on_commit=False) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


@dataclass(frozen=True)
class Principal:
    """An authenticated caller: username, role, and how it proved it (``token``, ``api_key``, ``cookie``)."""

    username: str
    role: str
    via: str

    def may(self, role: str) -> bool:
        """True when this caller's role ranks at least ``role``."""
        return ROLES.index(self.role) >= ROLES.index(role)


def user_principal(session: Session, username: str | None, via: str) -> Principal | None:
    """The principal of an active user named ``username`` (None when unknown or inactive)."""
    if not username:
        return None
    user = session.exec(select(User).where(User.username == username)).first()
    if user is None or not user.active or user.role not in ROLES:
        return None
    return Principal(user.username, user.role, via)


def key_principal(session: Session, key: str) -> Principal | None:
    """The principal of an unrevoked API key."""
    row = session.exec(select(ApiKey).where(ApiKey.key_hash == api_key_hash(key),
                                            ApiKey.revoked_at.is_(None))).first()
    if row is None:
        return None
    user = session.get(User, row.user_id)
    return user_principal(session, user.username if user else None, "api_key")


def current_principal(request: Request, session: SessionDep, bearer: str | None = Depends(oauth2),
                      api_key: str | None = Depends(api_key_header)) -> Principal | None:
    """Who is calling (None: anonymous). A bearer value starting ``eix_`` is taken as an API key."""
    principal = None
    if api_key:
        principal = key_principal(session, api_key)
    elif bearer and bearer.startswith("eix_"):
        principal = key_principal(session, bearer)
    elif bearer:
        principal = user_principal(session, read_token(bearer), "token")
    if (api_key or bearer) and principal is None:
        raise HTTPException(401, "invalid or expired credentials", headers={"WWW-Authenticate": "Bearer"})
    request.state.actor = principal.username if principal else None
    return principal


def require(role: str):
    """A dependency admitting callers of ``role`` or above: 401 when anonymous, 403 when too low."""
    def dependency(principal: Annotated[Principal | None, Depends(current_principal)]) -> Principal:
        if principal is None:
            raise HTTPException(401, "authentication required", headers={"WWW-Authenticate": "Bearer"})
        if not principal.may(role):
            raise HTTPException(403, f"this needs the {role} role; you are {principal.role}")
        return principal
    return dependency


def reader(principal: Annotated[Principal | None, Depends(current_principal)]) -> Principal | None:
    """Admits viewers and above, and anonymous callers when ``EINDEX_PUBLIC_READ`` is on."""
    if principal is None and not get_settings().public_read:
        raise HTTPException(401, "authentication required", headers={"WWW-Authenticate": "Bearer"})
    return principal


Reader = Annotated[Principal | None, Depends(reader)]
Expert = Annotated[Principal, Depends(require("expert"))]
Admin = Annotated[Principal, Depends(require("admin"))]


@dataclass(frozen=True)
class Paging:
    """``limit`` / ``offset`` of a list request."""

    limit: int
    offset: int


def paging(limit: Annotated[int, Query(ge=1, le=1000)] = 100,
           offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> Paging:
    """Pagination parameters shared by every list."""
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(paging)]


def paginate(session: Session, query, paging: Paging, *order_by) -> tuple[list, int]:
    """The rows of ``query`` on the requested page (ordered by ``order_by``) and the number of all
    matching rows."""
    total = session.exec(select(func.count()).select_from(query.order_by(None).subquery())).one()
    rows = session.exec(query.order_by(*order_by).offset(paging.offset).limit(paging.limit)).all()
    return list(rows), total


def page(items: list, total: int, p: Paging) -> dict:
    """The envelope of every list: ``items``, ``total`` (matching rows), ``limit``, ``offset``."""
    return {"items": items, "total": total, "limit": p.limit, "offset": p.offset}
