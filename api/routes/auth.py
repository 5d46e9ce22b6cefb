"""Sign-in (OAuth2 password flow issuing JWTs), the caller's identity, users and API keys (admin)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, Field
from sqlmodel import select

from api.accounts import add_api_key, add_user, authenticate
from api.deps import Admin, DbId, PagingDep, Principal, SessionDep, page, paginate, require
from api.problems import ERROR_RESPONSES
from api.security import issue_token
from store.models import ApiKey, User, utcnow
from store.settings import get_settings

router = APIRouter(responses=ERROR_RESPONSES)


class Token(BaseModel):
    """OAuth2 token response (RFC 6749 §5.1)."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int


class UserCreate(BaseModel):
    """A new user; ``password`` may be left out for API-key-only machine clients."""

    username: str = Field(min_length=3, max_length=100, pattern=r"^[A-Za-z0-9._@-]+$")
    role: str = Field(pattern="^(viewer|expert|admin)$")
    password: str | None = Field(default=None, min_length=12, max_length=1000)


class ApiKeyCreate(BaseModel):
    """A label for a new API key."""

    name: str = Field(min_length=1, max_length=100)


def _user_public(u: User) -> dict:
    return {"id": u.id, "username": u.username, "role": u.role, "active": u.active, "created_at": u.created_at}


@router.post("/auth/token", tags=["auth"])
def token(request: Request, session: SessionDep,
          form: Annotated[OAuth2PasswordRequestForm, Depends()]) -> Token:
    """OAuth2 password flow: exchange username and password for a bearer JWT."""
    user = authenticate(session, form.username, form.password)
    request.state.actor = form.username[:100]
    if user is None:
        raise HTTPException(401, "wrong username or password", headers={"WWW-Authenticate": "Bearer"})
    minutes = get_settings().token_minutes
    return Token(access_token=issue_token(user.username, user.role, minutes), expires_in=minutes * 60)


@router.get("/auth/me", tags=["auth"])
def me(principal: Annotated[Principal, Depends(require("viewer"))]) -> dict:
    """Who the credentials belong to."""
    return {"username": principal.username, "role": principal.role, "via": principal.via}


@router.get("/users", tags=["users"])
def list_users(session: SessionDep, _: Admin, paging: PagingDep, role: str | None = None) -> dict:
    """Users (admin), filter by role."""
    query = select(User)
    if role is not None:
        query = query.where(User.role == role)
    rows, total = paginate(session, query, paging, User.id)
    return page([_user_public(u) for u in rows], total, paging)


@router.post("/users", status_code=201, tags=["users"])
def create_user(body: UserCreate, session: SessionDep, _: Admin) -> dict:
    """Create a user (admin)."""
    try:
        user = add_user(session, body.username, body.role, body.password)
    except ValueError as exc:
        raise HTTPException(409 if "exists" in str(exc) else 422, str(exc)) from exc
    session.commit()
    return _user_public(user)


@router.post("/users/{user_id}/api-keys", status_code=201, tags=["users"])
def create_api_key(user_id: DbId, body: ApiKeyCreate, session: SessionDep, _: Admin) -> dict:
    """Create an API key for a user (admin). The key is in this response only."""
    user = session.get(User, user_id)
    if user is None:
        raise HTTPException(404, f"user {user_id} not found")
    row, key = add_api_key(session, user, body.name)
    session.commit()
    return {"id": row.id, "name": row.name, "prefix": row.prefix, "key": key, "created_at": row.created_at}


@router.post("/api-keys/{key_id}/revoke", tags=["users"])
def revoke_api_key(key_id: DbId, session: SessionDep, _: Admin) -> dict:
    """Revoke an API key (admin); revoking twice keeps the first time."""
    row = session.get(ApiKey, key_id)
    if row is None:
        raise HTTPException(404, f"API key {key_id} not found")
    row.revoked_at = row.revoked_at or utcnow()
    session.add(row)
    session.commit()
    return {"id": row.id, "prefix": row.prefix, "revoked_at": row.revoked_at}
