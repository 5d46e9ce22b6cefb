"""Score every institution for an assessment year from what the store holds, and keep the scores.

Sources per item, in DESIGN.md's precedence: expert overrides (``store.overrides.overrides_for``, laid
over the rest per option by ``scoring.overrides.apply_overrides``), decided detections of the latest site
audit of each site in the year's runs that reached the site (``latest_audits``), self-assessment
answers, historic answers (``scoring.answers.effective``). Per-service self-assessment rows
(``survey_answer.service_id``) feed the per-service questions and the service statistics. The output has
the shape of ``score.schema.json`` plus ``statistics`` (segments, rankings, change, amplitude,
electronisation).
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from checks.detection import Detection
from scoring import statistics as stats
from scoring.aggregates import Member, aggregates
from scoring.answers import Answer, effective, from_detections
from scoring.engine import InstitutionData, InstitutionScore, score_institution
from scoring.methodology import Methodology, for_year
from scoring.overrides import apply_overrides
from store.models import AuditRun, DetectionRecord, Institution, Score, Site, SiteAudit, SurveyAnswer, utcnow
from store.overrides import overrides_for
from store.repo import detection_from_record

DECIDING = ("ok", "partial")  # site-audit statuses whose detections can decide answers


def latest_audits(session: Session, year: int) -> dict[int, int]:
    """site id → id of its latest site audit in ``year``'s runs that reached the site (``ok`` or
    ``partial``), else of its latest ``failed`` one: a night the site was down (or the audit broke)
    must not erase what an earlier audit of the year decided (DESIGN.md: an outage decides nothing)."""
    latest: dict[int, int] = {}
    rows = session.exec(select(SiteAudit.id, SiteAudit.site_id, SiteAudit.status).join(AuditRun)
                        .where(AuditRun.assessment_year == year, SiteAudit.site_id.is_not(None),
                               SiteAudit.status != "pending").order_by(SiteAudit.id))
    deciding: set[int] = set()
    for audit_id, site_id, status in rows:
        if status in DECIDING or site_id not in deciding:
            latest[site_id] = audit_id
        if status in DECIDING:
            deciding.add(site_id)
    return latest


def latest_detections(session: Session, year: int) -> dict[str, list[list[Detection]]]:
    """institution id → per site (main site first) → detections of the site's latest audit in ``year``
    (:func:`latest_audits`)."""
    latest = latest_audits(session, year)
    by_audit: dict[int, list[Detection]] = defaultdict(list)
    if latest:
        query = select(DetectionRecord).where(DetectionRecord.site_audit_id.in_(latest.values()))
        for rec in session.exec(query):
            by_audit[rec.site_audit_id].append(detection_from_record(rec))
    result: dict[str, list[list[Detection]]] = defaultdict(list)
    for site in session.exec(select(Site).order_by(Site.institution_id, Site.position)):
        if site.id in latest:
            result[site.institution_id].append(by_audit[latest[site.id]])
    return result


class _Survey:
    """Survey answers of a year: institution-level values per (institution, source), per-service rows."""

    def __init__(self, session: Session, year: int) -> None:
        self.items: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        self.services: dict[tuple[str, str], dict[str, dict[str, str]]] = \
            defaultdict(lambda: defaultdict(dict))
        for a in session.exec(select(SurveyAnswer).where(SurveyAnswer.year == year)):
            if a.service_id:
                self.services[(a.institution_id, a.source)][a.service_id][a.question_id] = a.value
            else:
                self.items[(a.institution_id, a.source)][a.question_id] = a.value

    def has(self, inst_id: str) -> bool:
        """True when the institution has any survey answer of the year."""
        return any((inst_id, s) in self.items or (inst_id, s) in self.services
                   for s in ("self_assessment", "historic"))

    def per_service(self, inst_id: str) -> dict[str, dict[str, str]]:
        """Self-assessment service rows, else historic ones."""
        rows = (self.services.get((inst_id, "self_assessment"))
                or self.services.get((inst_id, "historic")) or {})
        return {k: dict(v) for k, v in rows.items()}


def answers_for(method: Methodology, per_site: list[list[Detection]], self_assessment: dict[str, str],
                historic: dict[str, str], overrides: dict[str, dict[str, bool]] | None = None) -> dict[str, Answer]:
    """Effective answers of every item any source has, plus every scored question; ``overrides``: item →
    option → value in force, laid over the other sources' answer."""
    overrides = overrides or {}
    items = set(method.questions) | set(overrides) | set(self_assessment) | set(historic)
    items |= {d.question_id for dets in per_site for d in dets}
    out = {}
    for qid in sorted(items):
        detected = from_detections(qid, [[d for d in dets if d.question_id == qid] for dets in per_site])
        base = effective(qid, {}, detected, self_assessment, historic)
        q = method.questions.get(qid)
        out[qid] = apply_overrides(base, overrides.get(qid, {}), single=q is not None and q.kind == "value")
    return out


def score_one(method: Methodology, per_site: list[list[Detection]], self_assessment: dict[str, str],
              historic: dict[str, str], overrides: dict[str, dict[str, bool]] | None = None,
              services: dict[str, dict[str, str]] | None = None, is_ministry: bool = False,
              counts: dict | None = None) -> InstitutionScore:
    """Score one institution from its sources (see :func:`answers_for`)."""
    answers = answers_for(method, per_site, self_assessment, historic, overrides)
    data = InstitutionData(answers, services or {}, is_ministry,
                           {k: float(v) for k, v in (counts or {}).items() if isinstance(v, int | float)})
    return score_institution(method, data)


def _entry(inst: Institution, result: InstitutionScore, excluded: str | None) -> dict:
    return {
        "id": inst.id, "name": inst.name, "sector": inst.sector, "is_ministry": inst.is_ministry,
        "included": not excluded, "excluded_reason": excluded,
        "e_index": result.e_index, "maturity": result.maturity, "coverage": result.coverage,
        "themes": {k: t.to_dict() for k, t in result.themes.items()},
        "sources": result.sources, "pending": result.pending, "filters": result.filters,
        "points": {k: (q.points if q.max_points else None) for k, q in result.questions.items()},
        "max_points": {k: q.max_points for k, q in result.questions.items()},
        "statistics": result.statistics,
    }


def _previous(session: Session, year: int) -> dict[str, dict]:
    rows = session.exec(select(Score).where(Score.year == year - 1))
    return {r.institution_id: {"e_index": r.e_index,
                               **{t: v.get("index") for t, v in (r.detail.get("themes") or {}).items()}}
            for r in rows}


def year_statistics(method: Methodology, entries: list[dict], previous: dict[str, dict]) -> dict:
    """Segments, rankings (top 15), change in pp against the previous year, sector amplitude."""
    included = [e for e in entries if e["included"]]
    change = {}
    for e in included:
        now = {"e_index": e["e_index"], **{t: v["index"] for t, v in e["themes"].items()}}
        diff = stats.change_pp(now, previous.get(e["id"], {}))
        if diff:
            change[e["id"]] = diff
    return {"segments": stats.segments(included), "rankings": stats.rankings(included, method.themes),
            "change_pp": change, "amplitude": stats.amplitude(included),
            "electronization": stats.electronization_levels(included)}


def score_year(session: Session, year: int) -> dict:
    """Compute, store and return the year's scores in the shape of ``score.schema.json``."""
    method = for_year(year)
    detections = latest_detections(session, year)
    survey = _Survey(session, year)
    overrides = overrides_for(session, year)
    previous = _previous(session, year)
    out, members = [], []
    for inst in session.exec(select(Institution).order_by(Institution.id)).all():
        per_site = detections.get(inst.id, [])
        if not (survey.has(inst.id) or per_site or inst.id in overrides):
            continue
        result = score_one(method, per_site, survey.items.get((inst.id, "self_assessment"), {}),
                           survey.items.get((inst.id, "historic"), {}), overrides.get(inst.id),
                           survey.per_service(inst.id), inst.is_ministry, inst.counts)
        excluded = inst.counts.get("excluded", {}).get(str(year)) or result.excluded_reason
        entry = _entry(inst, result, excluded)
        out.append(entry)
        if entry["included"]:
            s = result.statistics
            members.append(Member(inst.id, inst.sector, inst.is_ministry, result.e_index,
                                  s.get("documents"), s.get("services"), s.get("employees")))
        _store(session, inst.id, year, method.id, entry, result.provisional)
    return {"methodology": method.id, "year": year,
            "provisional": any(e["pending"] or "none" in e["sources"].values() for e in out),
            "institutions": out, "aggregates": aggregates(members, method.maturity),
            "statistics": year_statistics(method, out, previous)}


def _store(session: Session, inst_id: str, year: int, method_id: str, entry: dict, provisional: bool) -> None:
    row = session.exec(select(Score).where(Score.institution_id == inst_id, Score.year == year,
                                           Score.methodology == method_id)).first() or Score(
        institution_id=inst_id, year=year, methodology=method_id)
    row.included, row.excluded_reason = entry["included"], entry["excluded_reason"]
    row.e_index, row.maturity, row.coverage = entry["e_index"], entry["maturity"], entry["coverage"]
    row.provisional, row.stale, row.computed_at = provisional, False, utcnow()
    row.detail = {k: entry[k] for k in ("themes", "sources", "pending", "filters", "points", "max_points",
                                        "statistics")}
    session.add(row)
