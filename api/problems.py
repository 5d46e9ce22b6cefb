"""Every API error as an RFC 9457 problem details object (``application/problem+json``).

Members (RFC 9457 §3.1): ``type`` (a URI; ``about:blank`` when the status says it all), ``title`` (the
status phrase), ``status``, ``detail``, ``instance`` (the request path); validation errors add the
extension member ``errors`` (location, message, type of each problem).
"""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

MEDIA_TYPE = "application/problem+json"
log = logging.getLogger("eindex.api")


class Problem(BaseModel):
    """RFC 9457 problem details (the OpenAPI schema of every error response)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[dict] | None = None


def problem_response(status: int, detail: str | None = None, instance: str | None = None,
                     headers: dict[str, str] | None = None, errors: list[dict] | None = None) -> JSONResponse:
    """A problem details response for ``status`` (title = the HTTP status phrase)."""
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail, instance=instance,
                   errors=errors).model_dump(exclude_none=True)
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers, media_type=MEDIA_TYPE)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else None
    return problem_response(exc.status_code, detail, request.url.path, getattr(exc, "headers", None))


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]
    return problem_response(422, "the request does not match the API schema", request.url.path, errors=errors)


async def _data_error(request: Request, exc: DataError) -> JSONResponse:
    return problem_response(422, "a value is out of range or not valid for the database", request.url.path)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(500, "internal error; it has been logged", request.url.path)


def install(app: FastAPI) -> None:
    """Register the handlers so that no error leaves the app in another shape."""
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(DataError, _data_error)  # e.g. PostgreSQL's NUL byte or integer range
    app.add_exception_handler(Exception, _server_error)


ERROR_RESPONSES = {code: {"model": Problem, "content": {MEDIA_TYPE: {}}, "description": HTTPStatus(code).phrase}
                   for code in (400, 401, 403, 404, 409, 413, 422)}
