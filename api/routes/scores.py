"""Scores: per institution (with sources and the steps to the next maturity level), a year's list,
aggregates, rankings and top-15 per theme, year-over-year, CSV/XLSX export. Reads carry an ``ETag``
and honour ``If-None-Match`` (RFC 9110 §8.8.3, §13.1.2)."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Literal

from fastapi import APIRouter, Header, HTTPException, Query
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from sqlmodel import select

from api import scores
from api.deps import PagingDep, Reader, SessionDep
from api.problems import ERROR_RESPONSES
from store.models import Institution, Score

router = APIRouter(tags=["scores"], responses={**ERROR_RESPONSES, 304: {"description": "Not Modified"}})
YearQ = Annotated[int | None, Query(ge=2000, le=2100, description="assessment year (default: latest scored)")]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match", include_in_schema=False)]


def etag_response(data, if_none_match: str | None) -> Response:
    """JSON ``data`` with a strong ETag (sha256 of the body); 304 when ``If-None-Match`` lists it or is
    ``*`` (weak comparison, RFC 9110 §13.1.2)."""
    body = json.dumps(jsonable_encoder(data), ensure_ascii=False, sort_keys=True).encode()
    tag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    if if_none_match:
        listed = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        if "*" in listed or tag in listed:
            return Response(status_code=304, headers={"ETag": tag})
    return Response(body, media_type="application/json", headers={"ETag": tag, "Cache-Control": "no-cache"})


def _year(session, year: int | None) -> int:
    known = scores.years(session)
    if year is None:
        if not known:
            raise HTTPException(404, "no scores stored yet")
        return known[0]
    if year not in known:
        raise HTTPException(404, f"no scores for {year}")
    return year


def _result(session, year: int | None) -> dict:
    year = _year(session, year)
    scores.refresh(session, year)
    return scores.year_result(session, year)


@router.get("/institutions/{institution_id}/score")
def institution_score(institution_id: str, session: SessionDep, _: Reader, year: YearQ = None,
                      if_none_match: IfNoneMatch = None) -> Response:
    """The institution's score (latest scored year unless ``year``): themes, e-index, maturity, the source
    of each answer, pending items and the steps to the next maturity level."""
    if session.get(Institution, institution_id) is None:
        raise HTTPException(404, f"institution {institution_id} not found")
    query = select(Score).where(Score.institution_id == institution_id)
    if year is not None:
        query = query.where(Score.year == year)
    row = session.exec(query.order_by(Score.year.desc())).first()
    if row is None:
        raise HTTPException(404, f"no score of {institution_id}" + (f" for {year}" if year else ""))
    if scores.refresh(session, row.year):
        session.refresh(row)
    out = {**row.model_dump(), "next": scores.next_steps(session, institution_id, row.year, row.detail, row.e_index)}
    return etag_response(out, if_none_match)


@router.get("/scores")
def list_scores(session: SessionDep, _: Reader, paging: PagingDep, year: YearQ = None,
                sector: str | None = None, is_ministry: bool | None = None, included: bool | None = None,
                if_none_match: IfNoneMatch = None) -> Response:
    """A year's institution scores (``score.schema.json`` entries), filter by sector, ministry, included."""
    result = _result(session, year)
    rows = [e for e in result["institutions"]
            if (sector is None or e.get("sector") == sector)
            and (is_ministry is None or e.get("is_ministry") == is_ministry)
            and (included is None or e["included"] == included)]
    out = {"year": result["year"], "methodology": result["methodology"], "total": len(rows),
           "limit": paging.limit, "offset": paging.offset,
           "items": rows[paging.offset:paging.offset + paging.limit]}
    return etag_response(out, if_none_match)


@router.get("/scores/aggregates")
def aggregates(session: SessionDep, _: Reader, year: YearQ = None, if_none_match: IfNoneMatch = None) -> Response:
    """National, ministries, institutions and per-sector aggregates of a year."""
    result = _result(session, year)
    out = {"year": result["year"], "methodology": result["methodology"], **result["aggregates"]}
    return etag_response(out, if_none_match)


@router.get("/scores/rankings")
def rankings(session: SessionDep, _: Reader, paging: PagingDep, year: YearQ = None,
             theme: Literal[scores.THEMES] | None = None, if_none_match: IfNoneMatch = None) -> Response:
    """Included institutions ranked by e-index or by a theme's index."""
    result = _result(session, year)
    ranked = scores.ranking(result["institutions"], theme)
    out = {"year": result["year"], "theme": theme, "total": len(ranked), "limit": paging.limit,
           "offset": paging.offset, "items": ranked[paging.offset:paging.offset + paging.limit]}
    return etag_response(out, if_none_match)


@router.get("/scores/top")
def top(session: SessionDep, _: Reader, year: YearQ = None, n: Annotated[int, Query(ge=1, le=100)] = 15,
        if_none_match: IfNoneMatch = None) -> Response:
    """The top ``n`` (default 15, as the seed publishes) by e-index and per theme."""
    result = _result(session, year)
    out = {"year": result["year"], "e_index": scores.ranking(result["institutions"])[:n],
           "themes": {t: scores.ranking(result["institutions"], t)[:n] for t in scores.THEMES}}
    return etag_response(out, if_none_match)


@router.get("/scores/year-over-year")
def year_over_year(session: SessionDep, _: Reader, year: YearQ = None,
                   base: Annotated[int | None, Query(ge=2000, le=2100)] = None,
                   if_none_match: IfNoneMatch = None) -> Response:
    """Change of each institution's e-index and of the national one in percentage points against ``base``
    (default: the scored year before ``year``)."""
    current = _result(session, year)
    earlier = [y for y in scores.years(session) if y < current["year"]]
    base = base if base is not None else (earlier[0] if earlier else None)
    if base is None:
        raise HTTPException(404, f"no scored year before {current['year']}")
    out = scores.year_over_year(current, _result(session, base))
    return etag_response(out, if_none_match)


@router.get("/scores/export", responses={200: {"content": {"text/csv": {}, scores.XLSX: {}}}})
def export(session: SessionDep, _: Reader, year: YearQ = None,
           format: Literal["csv", "xlsx"] = "csv") -> Response:
    """A year's scores as CSV or XLSX (one row per institution, theme indices as columns)."""
    result = _result(session, year)
    rows = scores.table(result)
    name = f"eindex-{result['year']}.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "csv":
        return Response(scores.to_csv(rows), media_type="text/csv; charset=utf-8", headers=headers)
    return Response(scores.to_xlsx(rows, result["year"]), media_type=scores.XLSX, headers=headers)
