"""Load institutions, sites and social accounts into the store (demo registry, seed institutions)."""

from __future__ import annotations

from sqlmodel import Session, select

from store.models import Institution, Site, SocialAccount


def upsert_institution(session: Session, inst_id: str, name: str, sector: str | None, is_ministry: bool,
                       sites: list[tuple[str, list[str]]] = (), social: list[tuple[str, str]] = ()) -> Institution:
    """Create or update an institution; its sites and social accounts are replaced by the given ones
    (``sites``: (url, exclude globs), main site first; ``social``: (network, url)). A site is identified
    by its position: a main site whose URL changed stays the same site, with its audit history."""
    inst = session.get(Institution, inst_id) or Institution(id=inst_id, name=name)
    inst.name, inst.sector, inst.is_ministry = name, sector, is_ministry
    session.add(inst)
    session.flush()
    existing = {s.position: s for s in session.exec(select(Site).where(Site.institution_id == inst_id))}
    for pos, (url, exclude) in enumerate(sites):
        site = existing.pop(pos, None) or Site(institution_id=inst_id, url=url, position=pos)
        site.url, site.exclude = url, list(exclude)
        session.add(site)
    for gone in existing.values():          # no longer declared: kept (audits point at it), moved last
        gone.position = 1000 + gone.position
        session.add(gone)
    for acc in session.exec(select(SocialAccount).where(SocialAccount.institution_id == inst_id)):
        session.delete(acc)
    for network, url in social:
        session.add(SocialAccount(institution_id=inst_id, network=network, url=url))
    return inst
