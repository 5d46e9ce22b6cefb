"""Every write request is logged with who and when (issue 7): a row in ``write_log`` and a log line."""

from __future__ import annotations

import logging

from sqlmodel import Session
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request

from api.accounts import log_write
from store.db import get_engine
from store.settings import get_settings

SAFE = frozenset({"GET", "HEAD", "OPTIONS"})
log = logging.getLogger("eindex.api.writes")


class WriteLogMiddleware(BaseHTTPMiddleware):
    """After each non-safe request (RFC 9110 §9.2.1), store (time, actor, method, path, status). The actor
    is the authenticated username the auth dependency put on ``request.state`` (None: anonymous)."""

    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        if request.method not in SAFE:
            actor = getattr(request.state, "actor", None)
            log.info("%s %s %s by %s", request.method, request.url.path, response.status_code, actor)
            with Session(get_engine(get_settings().db_url)) as session:
                log_write(session, actor, request.method, request.url.path, response.status_code)
                session.commit()
        return response
