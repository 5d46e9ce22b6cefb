"""Every check over one site's artifacts: ``run_all`` is pure (no fetching), so a site can be
re-scored from stored artifacts without re-crawling (Lighthouse's gatherer/audit split)."""

from __future__ import annotations

from checks import features, mobile, wcag
from checks.artifacts import SiteArtifacts
from checks.detection import Detection


def run_all(site: SiteArtifacts) -> tuple[list[Detection], wcag.Conformance]:
    """All detections for a site plus its WCAG conformance (for the site's headline numbers)."""
    rendered = site.rendered_pages
    detections, conf = wcag.m16j(rendered, homepage_ok=site.homepage is not None)
    detections.append(features.site_search(rendered or site.pages))
    detections.extend(mobile.m17j(rendered, site.homepage_url, homepage_ok=site.homepage is not None))
    return detections, conf
