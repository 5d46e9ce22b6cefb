"""``eindex demo``: the main job on the bundled real input, offline.

Serves the corpus sites on 127.0.0.1, audits the demo registry's stand-in institutions, imports the
seed's 2019 results as historic answers, scores both years and prints a summary. Everything stays in
the database (settings: ``EINDEX_DATABASE_URL`` / ``DATABASE_URL``, default SQLite under ``var/``).
"""

from __future__ import annotations

import asyncio
from contextlib import ExitStack
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table
from sqlmodel import Session, select

from api.static_server import StaticServer
from crawler.audit import SiteResult
from crawler.run import audit_run
from crawler.score_year import score_year
from scoring.historic import load_answers, load_institutions
from store.db import migrate, session_scope
from store.models import Site, SurveyAnswer
from store.registry import upsert_institution
from store.settings import Settings


def load_registry(shared: Path) -> dict:
    """The demo registry (``seed-data/demo-registry.yaml``). Raises FileNotFoundError."""
    return yaml.safe_load((shared / "seed-data" / "demo-registry.yaml").read_text(encoding="utf-8"))


def import_historic(session: Session, seed_data: Path, year: int) -> int:
    """Store the seed's institutions and their historic answers for ``year``; returns the answer count.
    Re-running replaces the earlier historic answers of that year (idempotent)."""
    for inst in load_institutions(seed_data):
        row = upsert_institution(session, inst.id, inst.name, inst.sector, inst.is_ministry)
        excluded = dict(row.counts.get("excluded", {}))
        if inst.included:
            excluded.pop(str(year), None)
        else:
            excluded[str(year)] = "seed Table 11: 'Neiekļauts' (did not fill the sections the index needs)"
        row.counts = {**row.counts, "excluded": excluded}
        session.add(row)
    for old in session.exec(select(SurveyAnswer).where(SurveyAnswer.year == year,
                                                       SurveyAnswer.source == "historic")):
        session.delete(old)
    session.flush()
    answers = load_answers(seed_data)
    session.add_all(SurveyAnswer(institution_id=a.institution_id, year=year, question_id=a.question_id,
                                 service_id="" if a.service_id == "all" else a.service_id, value=a.value,
                                 source="historic") for a in answers)
    return len(answers)


def _register_demo(session: Session, registry: dict, servers: dict[str, StaticServer]) -> list[Site]:
    sites = []
    for inst in registry["demo_institutions"]:
        declared = [(servers[s["corpus"]].url + s["path"], s.get("exclude", [])) for s in inst["sites"]]
        upsert_institution(session, inst["id"], inst["name"], inst.get("sector"), inst.get("is_ministry", False),
                           declared)
        session.flush()
        sites += session.exec(select(Site).where(Site.institution_id == inst["id"], Site.position < 1000)
                              .order_by(Site.position)).all()
    return sites


def _site_table(results: list[SiteResult]) -> Table:
    table = Table(title="Site audits")
    for col in ("site", "status", "pages", "rendered", "conformance %", "WCAG group", "site search (M08.7)"):
        table.add_column(col, overflow="fold")
    for r in results:
        d = r.to_dict()
        search = next((x for x in r.detections if x.question_id == "M08" and x.option == "7"), None)
        table.add_row(r.url, r.status, str(d["pages_fetched"]), str(d["pages_rendered"]),
                      "—" if r.conformance_pct is None else f"{r.conformance_pct:.2f}",
                      str(r.wcag_group or "—"), f"{search.status} ({search.confidence:.2f})" if search else "—")
    return table


def _score_table(scores: dict, title: str, limit: int | None = None) -> Table:
    table = Table(title=title)
    for col in ("institution", "e-index", "maturity", "coverage %", "themes with data", "sources"):
        table.add_column(col, overflow="fold")
    rows = sorted(scores["institutions"], key=lambda e: -(e["e_index"] or -1))
    for e in rows[:limit]:
        themes = [k for k, t in e["themes"].items() if t["applies"] is True]
        used = sorted({s for s in e["sources"].values() if s != "none"})
        table.add_row(e["name"][:60] + ("" if e["included"] else " (excluded)"),
                      "—" if e["e_index"] is None else f"{e['e_index']:.1f}", str(e["maturity"] or "—"),
                      "—" if e["coverage"] is None else f"{e['coverage']:.1f}", ", ".join(themes) or "no data",
                      ", ".join(used))
    return table


def run_demo(settings: Settings, console: Console) -> dict:
    """Run the whole demo; returns {"run_id", "scores": {year: score dict}}."""
    shared = settings.shared_dir
    registry = load_registry(shared)
    migrate(settings.db_url)
    year, hist_year = registry["assessment_year"], registry["historic"]["year"]
    with session_scope(settings.db_url) as session:
        n = import_historic(session, shared / "seed-data", hist_year)
    console.print(f"Imported {n} historic answers ({hist_year}) for the seed's institutions.")
    corpora = sorted({s["corpus"] for i in registry["demo_institutions"] for s in i["sites"]})
    results: list[SiteResult] = []
    with ExitStack() as stack:
        servers = {c: stack.enter_context(StaticServer(shared / c)) for c in corpora}
        with session_scope(settings.db_url) as session:
            sites = _register_demo(session, registry, servers)
        run_id = asyncio.run(audit_run(year, sites, settings, on_site=lambda r: (
            results.append(r), console.print(f"  audited {r.url}: {r.status}, group {r.wcag_group}"))))
    console.print(_site_table(results))
    scores = {}
    for y in (year, hist_year):
        with session_scope(settings.db_url) as session:
            scores[y] = score_year(session, y)
    console.print(_score_table(scores[year], f"E-index {year} (stand-in institutions, detections)"))
    console.print(_score_table(scores[hist_year], f"E-index {hist_year} (seed's published results; top 15)", 15))
    covs = [e["coverage"] for e in scores[hist_year]["institutions"] if e["coverage"] is not None]
    if covs:
        console.print(f"[bold]Coverage:[/bold] the seed publishes only M16J, M17J and service totals per "
                      f"institution, so the {hist_year} indices rest on {min(covs):.1f}–{max(covs):.1f} % of "
                      f"the methodology's max points; themes without any answer are 'no_data' and left out "
                      f"of the weights. These are not the seed's published e-indices.")
    console.print(f"Stored in {settings.db_url} (audit run {run_id}).")
    return {"run_id": run_id, "scores": scores}
