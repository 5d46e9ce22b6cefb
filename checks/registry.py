"""Every check over one site's artifacts: ``run_all`` is pure (no fetching), so a site can be
re-scored from stored artifacts without re-crawling (Lighthouse's gatherer/audit split)."""

from __future__ import annotations

from checks import contact, eservices, features, mobile, opendata, participation, social, wcag
from checks.artifacts import SiteArtifacts
from checks.detection import Detection
from checks.options import CheckOptions
from checks.siteview import SiteView


def run_all(
    site: SiteArtifacts, options: CheckOptions | None = None
) -> tuple[list[Detection], wcag.Conformance]:
    """All detections for a site plus its WCAG conformance (for the site's headline numbers).

    ``options`` carries the reference time, windows and declared social accounts (defaults: now, none).
    """
    options = options or CheckOptions()
    rendered = site.rendered_pages
    detections, conf = wcag.m16j(rendered, homepage_ok=site.homepage is not None)
    detections.extend(mobile.m17j(rendered, site.homepage_url, homepage_ok=site.homepage is not None))
    view = SiteView.of(site)
    detections += features.m08(view, rendered or site.pages, options)
    detections += participation.m06(view, options) + participation.m07(view, options)
    detections += contact.m09_m11_m12(view) + eservices.m13(view)
    detections += social.k11m(view, options)
    detections += opendata.e18_01(site) + opendata.e18_03(view)
    return detections, conf
