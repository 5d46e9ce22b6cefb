"""Builders for detector tests: pages from literal HTML (links parsed the crawler's way), sites, options."""

from __future__ import annotations

from datetime import UTC, datetime

from checks.artifacts import Document, Page, SiteArtifacts
from checks.options import CheckOptions
from crawler.fetch import extract_links

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)


def page(
    url: str, body: str, lang: str = "lv", title: str = "Iestāde", docs: list[Document] | None = None
) -> Page:
    """A fetched 200 page whose HTML is ``body`` wrapped in a document with ``lang`` and ``title``."""
    html = f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head><body>{body}</body></html>'
    links, parsed_title, parsed_lang = extract_links(html, url)
    return Page(
        url=url,
        final_url=url,
        status=200,
        content_type="text/html",
        html=html,
        title=parsed_title,
        lang=parsed_lang,
        links=links,
        documents=docs or [],
    )


def site(*pages: Page) -> SiteArtifacts:
    """A site whose homepage is the first page."""
    return SiteArtifacts(declared_url=pages[0].url, homepage_url=pages[0].url, pages=list(pages))


def options(**kw) -> CheckOptions:
    """CheckOptions at the fixed test time NOW."""
    return CheckOptions(now=NOW, **kw)


def rows(detections, item: str, subject: str | None = None) -> dict[str, object]:
    """{option: (value, status)} of one item's detections."""
    return {
        d.option: (d.value, d.status) for d in detections if d.question_id == item and d.subject == subject
    }
