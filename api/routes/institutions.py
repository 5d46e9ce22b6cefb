"""Institutions with their sites and social accounts: list with filters, read, create, update (admin)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field, field_validator
from sqlmodel import Session, func, select

from api.deps import Admin, PagingDep, Reader, SessionDep, page, paginate
from api.problems import ERROR_RESPONSES
from crawler.scope import SiteScope
from store.models import Institution, Site, SocialAccount
from store.registry import upsert_institution

router = APIRouter(tags=["institutions"], responses=ERROR_RESPONSES)


class SiteIn(BaseModel):
    """A declared website (main site first) and exclude globs on its URL path."""

    url: str = Field(min_length=1, max_length=2000)
    exclude: list[str] = Field(default_factory=list, max_length=100)

    @field_validator("url")
    @classmethod
    def _http_site(cls, url: str) -> str:
        SiteScope.from_declared(url)  # raises ValueError for what is not an http(s) site
        return url


class SocialIn(BaseModel):
    """A declared social account (SOCIAL_NETWORKS_*)."""

    network: str = Field(min_length=1, max_length=50)
    url: str = Field(min_length=1, max_length=2000, pattern=r"^https?://")


class InstitutionUpdate(BaseModel):
    """What an admin may set on an institution; sites and social accounts replace the declared ones."""

    name: str = Field(min_length=1, max_length=500)
    sector: str | None = Field(default=None, max_length=200)
    is_ministry: bool = False
    active: bool = True
    sites: list[SiteIn] = Field(default_factory=list, max_length=50)
    social_accounts: list[SocialIn] = Field(default_factory=list, max_length=50)


class InstitutionCreate(InstitutionUpdate):
    """A new institution with its registry id."""

    id: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9._-]+$")


def institution_public(session: Session, inst: Institution) -> dict:
    """An institution with its declared sites (main first) and social accounts."""
    sites = session.exec(select(Site).where(Site.institution_id == inst.id).order_by(Site.position)).all()
    social = session.exec(select(SocialAccount).where(SocialAccount.institution_id == inst.id)
                          .order_by(SocialAccount.id)).all()
    return {**inst.model_dump(exclude={"counts"}), "sites": [s.model_dump() for s in sites],
            "social_accounts": [a.model_dump() for a in social]}


def _save(session: Session, inst_id: str, body: InstitutionUpdate) -> dict:
    inst = upsert_institution(session, inst_id, body.name, body.sector, body.is_ministry,
                              [(s.url, s.exclude) for s in body.sites],
                              [(a.network, a.url) for a in body.social_accounts])
    inst.active = body.active
    session.add(inst)
    session.commit()
    return institution_public(session, inst)


@router.get("/institutions")
def list_institutions(session: SessionDep, _: Reader, paging: PagingDep, sector: str | None = None,
                      is_ministry: bool | None = None, active: bool | None = None,
                      q: str | None = None) -> dict:
    """Institutions with their sites and social accounts; filter by sector, ministry flag, active flag
    and a name fragment ``q`` (case-insensitive)."""
    query = select(Institution)
    if sector is not None:
        query = query.where(Institution.sector == sector)
    if is_ministry is not None:
        query = query.where(Institution.is_ministry == is_ministry)
    if active is not None:
        query = query.where(Institution.active == active)
    if q:
        query = query.where(func.lower(Institution.name).contains(q.lower()))
    rows, total = paginate(session, query, paging, Institution.id)
    return page([institution_public(session, i) for i in rows], total, paging)


@router.get("/institutions/{institution_id}")
def get_institution(institution_id: str, session: SessionDep, _: Reader) -> dict:
    """One institution."""
    inst = session.get(Institution, institution_id)
    if inst is None:
        raise HTTPException(404, f"institution {institution_id} not found")
    return institution_public(session, inst)


@router.post("/institutions", status_code=201)
def create_institution(body: InstitutionCreate, session: SessionDep, _: Admin) -> dict:
    """Create an institution (admin); 409 when the id exists."""
    if session.get(Institution, body.id) is not None:
        raise HTTPException(409, f"institution {body.id} exists")
    return _save(session, body.id, body)


@router.put("/institutions/{institution_id}")
def update_institution(institution_id: str, body: InstitutionUpdate, session: SessionDep, _: Admin) -> dict:
    """Replace an institution's data (admin). A site keeps its identity by position (audit history)."""
    if session.get(Institution, institution_id) is None:
        raise HTTPException(404, f"institution {institution_id} not found")
    return _save(session, institution_id, body)
