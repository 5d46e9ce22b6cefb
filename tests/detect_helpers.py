"""Builders for detector tests: pages from literal HTML (links parsed the crawler's way), sites, options, and the
rows of one check over a few pages."""

from __future__ import annotations

from datetime import UTC, datetime

from checks import contact, eservices, features, opendata, participation
from checks.artifacts import Document, Page, SiteArtifacts
from checks.options import CheckOptions
from checks.siteview import SiteView
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


def view(*pages: Page) -> SiteView:
    """The site view of ``pages`` (the first is the homepage)."""
    return SiteView.of(site(*pages))


def m06_rows(*pages: Page) -> dict:
    """{option: (value, status)} of M06 over ``pages``."""
    return rows(participation.m06(view(*pages), options()), "M06")


def m07_rows(*pages: Page) -> dict:
    """{option: (value, status)} of M07 over ``pages``."""
    return rows(participation.m07(view(*pages), options()), "M07")


def m08_rows(*pages: Page) -> dict:
    """{option: (value, status)} of M08 over ``pages`` (no rendered pages for the search check)."""
    return rows(features.m08(view(*pages), [], options()), "M08")


def m13_rows(*pages: Page) -> dict:
    """{option: (value, status)} of M13 over ``pages``."""
    return rows(eservices.m13(view(*pages)), "M13")


def contact_rows(*pages: Page) -> dict[str, dict]:
    """{"M09" | "M11" | "M12": {option: (value, status)}} over ``pages``."""
    found = contact.m09_m11_m12(view(*pages))
    return {item: rows(found, item) for item in ("M09", "M11", "M12")}


def linked_file_rows(home: str, name: str, text: str) -> dict:
    """{option: (value, status)} of E18_03 on a one-page site at ``home`` that links the file ``faili/<name>``
    by ``text`` (the file's type from its extension)."""
    url = home + "faili/" + name
    doc = Document(url, name.rsplit(".", 1)[1], text, found_on=home)
    return rows(opendata.e18_03(view(page(home, f'<p><a href="{url}">{text}</a></p>', docs=[doc]))), "E18_03")
