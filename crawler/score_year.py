"""Score every institution for an assessment year from what the store holds, and keep the scores.

Answers by DESIGN.md precedence: expert overrides (``store.overrides.overrides_for``, laid over the
rest per option), decided detections of the latest site audit of each site in the year's runs, then
self-assessment, then historic answers.
"""

from __future__ import annotations

from collections import defaultdict

from sqlmodel import Session, select

from checks.detection import Detection
from scoring.aggregates import Member, aggregates
from scoring.answers import Answer, effective, from_detections
from scoring.engine import InstitutionScore, score_institution
from scoring.methodology import Methodology, for_year
from scoring.overrides import apply_overrides
from store.models import AuditRun, DetectionRecord, Institution, Score, Site, SiteAudit, SurveyAnswer, utcnow
from store.overrides import overrides_for
from store.repo import detection_from_record


def latest_detections(session: Session, year: int) -> dict[str, list[list[Detection]]]:
    """institution id → per site (main site first) → detections of the site's latest audit in ``year``."""
    latest: dict[int, int] = {}
    rows = session.exec(select(SiteAudit.id, SiteAudit.site_id).join(AuditRun)
                        .where(AuditRun.assessment_year == year, SiteAudit.site_id.is_not(None),
                               SiteAudit.status != "pending").order_by(SiteAudit.id))
    for audit_id, site_id in rows:
        latest[site_id] = audit_id
    by_audit: dict[int, list[Detection]] = defaultdict(list)
    if latest:
        for rec in session.exec(select(DetectionRecord).where(DetectionRecord.site_audit_id.in_(latest.values()))):
            by_audit[rec.site_audit_id].append(detection_from_record(rec))
    result: dict[str, list[list[Detection]]] = defaultdict(list)
    for site in session.exec(select(Site).order_by(Site.institution_id, Site.position)):
        if site.id in latest:
            result[site.institution_id].append(by_audit[latest[site.id]])
    return result


def survey_answers(session: Session, year: int) -> dict[tuple[str, str], dict[str, str]]:
    """(institution id, source) → item → stored value of the year's institution-level survey answers."""
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for a in session.exec(select(SurveyAnswer).where(SurveyAnswer.year == year,
                                                     SurveyAnswer.service_id == "")):
        out[(a.institution_id, a.source)][a.question_id] = a.value
    return out


def answers_for(method: Methodology, per_site: list[list[Detection]], self_assessment: dict[str, str],
                historic: dict[str, str], overrides: dict[str, dict[str, bool]] | None = None) -> dict[str, Answer]:
    """Each scored item's effective answer; ``overrides``: item → option → value in force."""
    answers = {}
    for qid, q in method.questions.items():
        detected = from_detections(qid, [[d for d in dets if d.question_id == qid] for dets in per_site])
        base = effective(qid, {}, detected, self_assessment, historic)
        answers[qid] = apply_overrides(base, (overrides or {}).get(qid, {}), single=q.kind == "value")
    return answers


def score_one(method: Methodology, per_site: list[list[Detection]], self_assessment: dict[str, str],
              historic: dict[str, str], overrides: dict[str, dict[str, bool]] | None = None) -> InstitutionScore:
    """Score one institution from its sources (see :func:`answers_for`)."""
    return score_institution(method, answers_for(method, per_site, self_assessment, historic, overrides))


def score_year(session: Session, year: int) -> dict:
    """Compute, store and return the year's scores in the shape of ``score.schema.json``."""
    method = for_year(year)
    detections = latest_detections(session, year)
    survey = survey_answers(session, year)
    overrides = overrides_for(session, year)
    institutions = session.exec(select(Institution).order_by(Institution.id)).all()
    out, members = [], []
    for inst in institutions:
        sa, hist = survey.get((inst.id, "self_assessment"), {}), survey.get((inst.id, "historic"), {})
        per_site = detections.get(inst.id, [])
        if not (sa or hist or per_site or inst.id in overrides):
            continue
        result = score_one(method, per_site, sa, hist, overrides.get(inst.id))
        excluded = inst.counts.get("excluded", {}).get(str(year))
        entry = {
            "id": inst.id, "name": inst.name, "sector": inst.sector, "is_ministry": inst.is_ministry,
            "included": not excluded, "excluded_reason": excluded,
            "e_index": result.e_index, "maturity": result.maturity, "coverage": result.coverage,
            "themes": {k: t.to_dict() for k, t in result.themes.items()},
            "sources": result.sources, "pending": result.pending, "filters": {},
        }
        out.append(entry)
        if not excluded:
            members.append(Member(inst.id, inst.sector, inst.is_ministry, result.e_index))
        _store(session, inst.id, year, method.id, entry, result.provisional)
    return {"methodology": method.id, "year": year,
            "provisional": any(e["sources"] and ("none" in e["sources"].values() or e["pending"]) for e in out),
            "institutions": out, "aggregates": aggregates(members, method.maturity)}


def _store(session: Session, inst_id: str, year: int, method_id: str, entry: dict, provisional: bool) -> None:
    row = session.exec(select(Score).where(Score.institution_id == inst_id, Score.year == year,
                                           Score.methodology == method_id)).first() or Score(
        institution_id=inst_id, year=year, methodology=method_id)
    row.included, row.excluded_reason = entry["included"], entry["excluded_reason"]
    row.e_index, row.maturity, row.coverage = entry["e_index"], entry["maturity"], entry["coverage"]
    row.provisional, row.stale, row.computed_at = provisional, False, utcnow()
    row.detail = {k: entry[k] for k in ("themes", "sources", "pending", "filters")}
    session.add(row)
