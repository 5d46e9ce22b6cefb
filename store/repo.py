"""Writes and reads of the audit pipeline. Each function works inside the caller's session, so a
caller's transaction decides what lands together (nothing half-written)."""

from __future__ import annotations

from dataclasses import asdict

from sqlmodel import Session, select

from checks.artifacts import Page, SiteArtifacts
from checks.detection import Detection, Evidence
from store.models import DetectionRecord, PageRecord, SiteAudit, utcnow


def page_record(site_audit_id: int, page: Page) -> PageRecord:
    """A page row for ``page`` (axe results kept as JSON for page-level detail)."""
    axe = None
    if page.axe is not None:
        axe = {"version": page.axe.version, "violations": page.axe.violations, "passes": page.axe.passes,
               "incomplete": page.axe.incomplete}
    error = page.error or page.render_error
    return PageRecord(
        site_audit_id=site_audit_id, url=page.url, final_url=page.final_url, status_code=page.status,
        content_type=page.content_type, depth=page.depth, rendered=page.rendered, title=page.title[:500],
        lang=page.lang[:35], error_kind=error.kind if error else None,
        error_message=error.message[:1000] if error else None, warc_file=page.warc_file,
        warc_offset=page.warc_offset, screenshot_sha256=page.screenshot, axe=axe, size_bytes=page.size,
        truncated=page.truncated, encoding=page.encoding or None, dialogs=list(page.dialogs))


def detection_record(site_audit_id: int, det: Detection) -> DetectionRecord:
    """A detection row keyed (site audit, item, option, subject)."""
    return DetectionRecord(
        site_audit_id=site_audit_id, question_id=det.question_id, option=det.option,
        subject=det.subject or "", value=det.value, status=det.status, confidence=det.confidence,
        reason=det.reason, measure=det.measure, notes=det.notes,
        evidence=[asdict(e) for e in det.evidence])


def save_site_result(session: Session, site_audit: SiteAudit, result) -> None:
    """Store a finished site audit: headline numbers, pages, detections. Replaces rows of an earlier
    attempt of the same site audit (a restarted audit never duplicates a detection). The site-audit row
    is locked first (``FOR UPDATE`` on PostgreSQL), so two writers of the same site audit take turns and
    the later one replaces the earlier one's rows instead of racing it."""
    site: SiteArtifacts = result.artifacts
    session.exec(select(SiteAudit.id).where(SiteAudit.id == site_audit.id).with_for_update()).first()
    for old in session.exec(select(DetectionRecord).where(DetectionRecord.site_audit_id == site_audit.id)):
        session.delete(old)
    for old in session.exec(select(PageRecord).where(PageRecord.site_audit_id == site_audit.id)):
        session.delete(old)
    session.flush()
    data = result.to_dict()
    for name in ("status", "pages_fetched", "pages_rendered", "conformance_pct", "wcag_group",
                 "mobile_friendly", "mobile_problems", "errors"):
        setattr(site_audit, name, data[name])
    site_audit.finished_at = utcnow()
    site_audit.warc_file = getattr(result, "warc_file", None)
    site_audit.feeds = [asdict(f) for f in site.feeds]
    site_audit.skipped = dict(site.skipped)
    session.add(site_audit)
    session.add_all(page_record(site_audit.id, p) for p in site.pages)
    session.add_all(detection_record(site_audit.id, d) for d in result.detections)


def detection_from_record(rec: DetectionRecord) -> Detection:
    """The :class:`Detection` a stored row holds."""
    return Detection(question_id=rec.question_id, option=rec.option, value=rec.value, status=rec.status,
                     confidence=rec.confidence, reason=rec.reason, subject=rec.subject or None,
                     measure=rec.measure, notes=rec.notes, evidence=[Evidence(**e) for e in rec.evidence])
