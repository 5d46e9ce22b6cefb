"""The experts' decisions: override an item's option, or accept / override a detection.

Validation happens here, before anything is written (nothing half-written): LookupError for unknown
institutions, sites, detections; ValueError for an item that is not a choice item, an unknown option, a
site of another institution, a detection without a value to accept, or a blank reason.
"""

from __future__ import annotations

from sqlmodel import Session

from api.questionnaire import items
from store.models import AuditRun, DetectionRecord, Institution, Override, Site, SiteAudit
from store.overrides import OverrideKey, record


def submit(session: Session, key: OverrideKey, option: str, value: bool, reason: str, actor: str,
           detection_id: int | None = None) -> list[Override]:
    """Record an expert's ``value`` for ``option``; for a single-choice item set True, its sibling options
    are recorded False in the same batch (DESIGN.md). Returns the new rows (not yet committed)."""
    if session.get(Institution, key.institution_id) is None:
        raise LookupError(f"institution {key.institution_id} not found")
    if key.site_id is not None:
        site = session.get(Site, key.site_id)
        if site is None:
            raise LookupError(f"site {key.site_id} not found")
        if site.institution_id != key.institution_id:
            raise ValueError(f"site {key.site_id} belongs to {site.institution_id}, not {key.institution_id}")
    item = items().get(key.question_id)
    if item is None or not item.choice:
        raise ValueError(f"{key.question_id} is not a choice item of the questionnaire")
    if option not in item.options:
        raise ValueError(f"{key.question_id} has no option {option!r} (options: {', '.join(item.options)})")
    values = {option: value}
    if item.single and value:
        values = {o: o == option for o in item.options}
    return record(session, key, values, reason, actor, detection_id)


def detection_key(session: Session, detection_id: int) -> tuple[DetectionRecord, OverrideKey]:
    """A detection and the override key it maps to (its site's institution, the run's year).
    Raises LookupError for an unknown detection or one whose site is no longer known."""
    det = session.get(DetectionRecord, detection_id)
    if det is None:
        raise LookupError(f"detection {detection_id} not found")
    audit = session.get(SiteAudit, det.site_audit_id)
    site = session.get(Site, audit.site_id) if audit.site_id is not None else None
    if site is None:
        raise LookupError(f"detection {detection_id} belongs to no declared site")
    year = session.get(AuditRun, audit.run_id).assessment_year
    return det, OverrideKey(year, site.institution_id, site.id, det.question_id, det.subject)


def decide(session: Session, detection_id: int, value: bool | None, reason: str, actor: str) -> list[Override]:
    """Accept a detection (``value`` None: its own value) or override it with ``value``."""
    det, key = detection_key(session, detection_id)
    if value is None:
        if det.value is None:
            raise ValueError("this detection has no value to accept; override it with a value")
        value = det.value
    return submit(session, key, det.option, value, reason, actor, detection_id)
