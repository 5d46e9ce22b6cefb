"""The FastAPI app: institutions, audit runs, detections, overrides, scores, self-assessment upload,
users; the experts' review pages under ``/review``. OpenAPI docs at ``/docs``; every error is an
RFC 9457 problem details object. The docs pages load Swagger UI and ReDoc from the installed
``fastapi-offline`` package, never from a CDN."""

from __future__ import annotations

from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from api import problems
from api.deps import get_session  # noqa: F401  (re-exported: tests override it)
from api.review import router as review
from api.routes import auth, detections, imports, institutions, overrides, runs, scores
from api.writelog import WriteLogMiddleware

app = FastAPIOffline(title="eindex", version="0.1.0",
              description="Automated website assessment and e-government index (e-indekss). Sign in with "
                          "the OAuth2 password flow at `/auth/token` or send an API key as `X-API-Key`.")
problems.install(app)
app.add_exception_handler(review.PageError, review.page_error)
app.add_middleware(WriteLogMiddleware)
for module in (auth, institutions, runs, detections, overrides, scores, imports):
    app.include_router(module.router)
app.include_router(review.router)
app.mount("/static", StaticFiles(directory=review.STATIC), name="static")


@app.get("/health", tags=["meta"])
def health() -> dict:
    """Liveness: the process answers."""
    return {"status": "ok"}


@app.get("/", include_in_schema=False)
def root() -> RedirectResponse:
    """The review pages are the human entry point."""
    return RedirectResponse("/review", status_code=307)
