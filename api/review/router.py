"""The experts' review pages (server-rendered, Jinja2; htmx only enhances): sign-in, the review queue
with evidence and accept / override forms, an item's history, a per-institution overview.

Sign-in sets an HttpOnly, SameSite=Strict cookie holding the access token; every form carries a token
bound to it (OWASP signed double-submit). Latvian by default, English with ``?lang=en`` (kept in a
cookie).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlmodel import Session, select

from api import overrides
from api.accounts import authenticate
from api.deps import DbId, Principal, SessionDep, user_principal
from api.questionnaire import items
from api.review.i18n import LANGS, theme_name, translator
from api.routes import detections as det_q
from api.scores import next_steps, refresh
from api.security import csrf_token, issue_token, read_token
from checks.detection import STATUSES
from store.db import get_engine
from store.evidence import evidence_path
from store.models import DetectionRecord, Institution, Score
from store.overrides import history
from store.settings import get_settings

COOKIE = "eindex_session"
STATIC = Path(__file__).resolve().parent.parent / "static"
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Pages load only their own scripts, styles and images, are never framed, and leak no review URL to the
# institution sites an expert opens from the evidence (OWASP Secure Headers).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY",
}
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(prefix="/review", include_in_schema=False)


class PageError(Exception):
    """An error to show as an HTML page (status, message key)."""

    def __init__(self, status: int, key: str):
        super().__init__(key)
        self.status, self.key = status, key


def language(request: Request) -> str:
    """``?lang=`` if valid, else the ``lang`` cookie, else Latvian."""
    for candidate in (request.query_params.get("lang"), request.cookies.get("lang")):
        if candidate in LANGS:
            return candidate
    return "lv"


def page_user(request: Request, session: SessionDep) -> Principal | None:
    """The signed-in user of the review pages (from the cookie), or None."""
    token = request.cookies.get(COOKIE)
    principal = user_principal(session, read_token(token), "cookie") if token else None
    request.state.actor = principal.username if principal else None
    return principal


User = Annotated[Principal | None, Depends(page_user)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def _yesno(t):
    return lambda v: t("unknown") if v is None else t("yes") if v else t("no")


def render(request: Request, name: str, user: Principal | None, status: int = 200, **ctx) -> HTMLResponse:
    """Render ``name`` with the shared context (language, translator, user, CSRF token, helpers)."""
    lang = language(request)
    t = translator(lang)
    qs = items()
    token = request.cookies.get(COOKIE, "")
    base = {"request": request, "lang": lang, "t": t, "user": user, "csrf": csrf_token(token) if user else "",
            "htmx": (STATIC / "vendor" / "htmx.min.js").is_file(), "yesno": _yesno(t),
            "item_text": lambda q: qs[q].text(lang) if q in qs else q,
            "item_label": lambda q, o: qs[q].label(o, lang) if q in qs else o,
            "theme_name": lambda k: theme_name(k, lang),
            "pct": lambda v: "—" if v is None else f"{v:.1f} %"}
    response = templates.TemplateResponse(request, name, {**base, **ctx}, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response


def _need(user: Principal | None, role: str = "viewer") -> Principal:
    if user is None:
        raise PageError(401, "login")
    if not user.may(role):
        raise PageError(403, "forbidden")
    return user


def _check_csrf(request: Request, csrf: str) -> None:
    if not csrf or csrf != csrf_token(request.cookies.get(COOKIE, "")):
        raise PageError(400, "bad_request")


@router.get("/login")
def login_form(request: Request, user: User) -> Response:
    """The sign-in form."""
    return render(request, "login.html", None)


@router.post("/login")
def login(request: Request, session: SessionDep, username: Annotated[str, Form(max_length=100)],
          password: Annotated[str, Form(max_length=1000)]) -> Response:
    """Check the password and set the session cookie; back to the form on failure (401)."""
    account = authenticate(session, username, password)
    request.state.actor = username[:100]
    if account is None:
        return render(request, "login.html", None, status=401, failed=True)
    response = RedirectResponse("/review", status_code=303)
    response.set_cookie(COOKIE, issue_token(account.username, account.role), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", max_age=get_settings().token_minutes * 60)
    return response


@router.post("/logout")
def logout(request: Request, user: User, csrf: Annotated[str, Form(max_length=100)] = "") -> Response:
    """Drop the session cookie."""
    _need(user)
    _check_csrf(request, csrf)
    response = RedirectResponse("/review/login", status_code=303)
    response.delete_cookie(COOKIE)
    return response


def _names(session: Session, ids) -> dict[str, str]:
    ids = list(set(ids))
    if not ids:
        return {}
    return {i: n for i, n in session.exec(select(Institution.id, Institution.name).where(Institution.id.in_(ids)))}


def _pager(request: Request, offset: int, limit: int):
    def page_url(new_offset: int) -> str:
        params = {**request.query_params, "offset": new_offset, "limit": limit}
        return f"{request.url.path}?{urlencode(params)}"
    return page_url


@router.get("")
def queue(request: Request, session: SessionDep, user: User, question_id: str | None = None,
          institution_id: str | None = None, status: str | None = None,
          limit: Annotated[int, Query(ge=1, le=200)] = 20, offset: Offset = 0) -> Response:
    """The review queue: unreviewed detections that need review or have low confidence, needs_review
    first, then by rising confidence."""
    user = _need(user)
    filters = {"question_id": question_id or None, "institution_id": institution_id or None,
               "status": status if status in STATUSES else None}
    q = det_q.query(institution_id=filters["institution_id"], question_id=filters["question_id"],
                    status=filters["status"], reviewed=False, latest=True)
    if filters["status"] is None:
        low = get_settings().review_confidence
        q = q.where((DetectionRecord.status.in_(("needs_review", "error"))) | (DetectionRecord.confidence < low))
    rows = [det_q.public(*r) for r in session.exec(q.offset(offset).limit(limit))]
    return render(request, "queue.html", user, rows=rows, filters=filters, statuses=STATUSES,
                  names=_names(session, [r["institution_id"] for r in rows]), can_decide=user.may("expert"),
                  total=det_q.count(session, q), offset=offset, limit=limit, page_url=_pager(request, offset, limit))


@router.post("/detections/{detection_id}")
def decide(request: Request, detection_id: DbId, session: SessionDep, user: User,
           action: Annotated[str, Form(pattern="^(accept|override)$")],
           reason: Annotated[str, Form(max_length=5000)] = "", value: Annotated[str, Form()] = "",
           csrf: Annotated[str, Form(max_length=100)] = "") -> Response:
    """Accept or override a detection with a reason (expert); the htmx request gets the item back."""
    user = _need(user, "expert")
    _check_csrf(request, csrf)
    chosen = None if action == "accept" else {"true": True, "false": False}.get(value)
    if action == "override" and chosen is None or not reason.strip():
        raise PageError(422, "reason_required" if not reason.strip() else "bad_request")
    try:
        overrides.decide(session, detection_id, chosen, reason, user.username)
    except LookupError as exc:
        raise PageError(404, "not_found") from exc
    except ValueError as exc:
        raise PageError(422, "bad_request") from exc
    session.commit()
    row = session.exec(det_q.query().where(DetectionRecord.id == detection_id)).first()
    refresh(session, row[3].assessment_year)
    if request.headers.get("HX-Request"):
        d = det_q.public(*row)
        return render(request, "_item.html", user, d=d, saved=True, names=_names(session, [d["institution_id"]]))
    return RedirectResponse(f"/review/institutions/{row[2].institution_id}?year={row[3].assessment_year}",
                            status_code=303)


@router.get("/items/{institution_id}/{question_id}")
def item_history(request: Request, institution_id: str, question_id: str, session: SessionDep, user: User,
                 year: Annotated[int | None, Query(ge=2000, le=2100)] = None) -> Response:
    """An item's history at an institution: expert decisions and detections, newest first."""
    user = _need(user)
    if session.get(Institution, institution_id) is None:
        raise PageError(404, "not_found")
    q = det_q.query(institution_id=institution_id, question_id=question_id, year=year)
    dets = [det_q.public(*r) for r in session.exec(q.order_by(None).order_by(DetectionRecord.created_at.desc(),
                                                                            DetectionRecord.id.desc()).limit(200))]
    return render(request, "history.html", user, institution_id=institution_id, question_id=question_id,
                  overrides=history(session, institution_id, question_id, year), detections=dets,
                  names=_names(session, [institution_id]))


@router.get("/institutions")
def institutions(request: Request, session: SessionDep, user: User,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100, offset: Offset = 0) -> Response:
    """Institutions to open the overview of."""
    user = _need(user)
    rows = session.exec(select(Institution).order_by(Institution.name).offset(offset).limit(limit)).all()
    total = len(session.exec(select(Institution.id)).all())
    return render(request, "institutions.html", user, rows=rows, total=total, offset=offset, limit=limit,
                  page_url=_pager(request, offset, limit))


@router.get("/institutions/{institution_id}")
def institution(request: Request, institution_id: str, session: SessionDep, user: User,
                year: Annotated[int | None, Query(ge=2000, le=2100)] = None) -> Response:
    """An institution's overview: score, themes, answer sources, steps to the next maturity level."""
    user = _need(user)
    inst = session.get(Institution, institution_id)
    if inst is None:
        raise PageError(404, "not_found")
    query = select(Score).where(Score.institution_id == institution_id)
    if year is not None:
        query = query.where(Score.year == year)
    score = session.exec(query.order_by(Score.year.desc())).first()
    nxt = None
    if score is not None:
        if refresh(session, score.year):
            session.refresh(score)
        nxt = next_steps(session, institution_id, score.year, score.detail, score.e_index)
    return render(request, "institution.html", user, inst=inst, score=score, next=nxt)


@router.get("/screenshots/{sha}")
def screenshot(sha: str, session: SessionDep, user: User) -> Response:
    """A stored screenshot (content-addressed PNG) for the signed-in reviewer."""
    _need(user)
    path = evidence_path(sha, ".png") if SHA256.match(sha) else None
    if path is None or not path.is_file():
        raise PageError(404, "not_found")
    return FileResponse(path, media_type="image/png")


async def page_error(request: Request, exc: PageError) -> Response:
    """Show a PageError as a page; an anonymous visitor goes to the sign-in form."""
    if exc.status == 401:
        return RedirectResponse("/review/login", status_code=303)
    session_user = None
    token = request.cookies.get(COOKIE)
    if token:
        with Session(get_engine(get_settings().db_url)) as s:
            session_user = user_principal(s, read_token(token), "cookie")
    t = translator(language(request))
    return render(request, "error.html", session_user, status=exc.status, message=t(exc.key))
