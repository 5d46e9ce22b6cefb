"""Open data on the site: E18_01 (data sets on the site that the national portal does not list) and
E18_03 (information in files that could be published as open data) — seed questionnaire, expert items
L8383–8411. Vocabulary: ``checks/vocab/opendata.yaml``.

Data sets are linked machine-readable files (CSV, JSON, XML, XLS(X), ODS …) that are not forms,
templates or feeds. Whether the portal lists one is the gatherer's answer (``SiteArtifacts.portal``,
filled by ``crawler/ckan.py`` from the CKAN Action API ``package_search``). E18_03 counts documents
(PDF, DOC(X), XLS(X), TXT, images …) that are not already listed on the portal and show data: a PDF, DOCX or
TXT the crawler read shows a table of numbers (``Document.table``, :mod:`crawler.doctables`) and is no price list
or blank form; any other's link text, file name or linking page's title shows data (statistics, reports, tables,
registers, budgets) and it is not procurement papers, a contract, a policy or a blank form. Images count when
their alt text, caption or file name says chart or graph.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from bs4 import Tag

from checks import vocab
from checks.artifacts import Document, SiteArtifacts
from checks.detection import Detection, Evidence, single_choice
from checks.dom import cells_before, heading_before, text_of, text_without
from checks.siteview import PageView, SiteView
from checks.text import find_term, fold, fold_url, leading_term

E18_OPTIONS = ["1", "2"]
MAX_EVIDENCE = 10
PASSAGE = 300   # characters of the passage that links a document, read for data words


def _documents(site: SiteArtifacts) -> list[Document]:
    seen, out = set(), []
    for page in site.pages:
        for doc in page.documents:
            if doc.url not in seen:
                seen.add(doc.url)
                out.append(doc)
    return out


def _label(doc: Document) -> str:
    return f"{doc.link_text} {fold_url(doc.url)}"


def dataset_documents(site: SiteArtifacts) -> list[Document]:
    """The site's linked data files (``dataset_types``) that are not forms, templates or feeds."""
    words = vocab.load("opendata")
    return [
        d
        for d in _documents(site)
        if d.type.lower() in words["dataset_types"] and not find_term(_label(d), words["not_datasets"])
    ]


def _doc_evidence(doc: Document) -> Evidence:
    """The page that links ``doc`` and a snippet "<link text> → <URL> (<media type>, <size> bytes)", then the first
    rows of the table of numbers the crawler read in it ("; table: 2023 | 2 390 / …"), at most 300 characters."""
    served = ", ".join(x for x in (doc.content_type, f"{doc.size} bytes" if doc.size is not None else "") if x)
    suffix = (f" ({served})" if served else "") + (f"; table: {doc.table}" if doc.table else "")
    return Evidence(url=doc.found_on or doc.url,
                    snippet=(f"{doc.link_text} → {doc.url}"[: max(100, 300 - len(suffix))] + suffix)[:300])


def e18_01(site: SiteArtifacts) -> list[Detection]:
    """ "1" when a data file on the site is not listed on the portal; "2" when the site has none or the
    portal lists them all; ``needs_review`` when the portal could not be asked about some."""
    datasets = dataset_documents(site)
    if not datasets:
        return single_choice(
            "E18_01",
            E18_OPTIONS,
            "2",
            "detected",
            0.75,
            reason="no machine-readable data files linked on the site",
        )
    records = {r.url: r for r in site.portal}
    unlisted = [d for d in datasets if d.url in records and records[d.url].listed is False]
    unknown = [d for d in datasets if d.url not in records or records[d.url].listed is None]
    if unlisted:
        return single_choice(
            "E18_01",
            E18_OPTIONS,
            "1",
            "detected",
            0.85,
            reason=f"{len(unlisted)} data file(s) not listed on the open-data portal",
            evidence=[_doc_evidence(d) for d in unlisted[:MAX_EVIDENCE]],
        )
    if unknown:
        why = next(
            (records[d.url].error for d in unknown if d.url in records and records[d.url].error),
            "the portal was not asked",
        )
        return single_choice(
            "E18_01",
            E18_OPTIONS,
            "1",
            "needs_review",
            0.4,
            reason=f"{len(unknown)} data file(s) not checked against the portal: {why}",
            evidence=[_doc_evidence(d) for d in unknown[:MAX_EVIDENCE]],
        )
    return single_choice(
        "E18_01",
        E18_OPTIONS,
        "2",
        "detected",
        0.85,
        reason=f"all {len(datasets)} data files are listed on the portal",
    )


def _file_name(url: str) -> str:
    return unquote(urlsplit(url).path.rsplit("/", 1)[-1])


def _links(site: SiteView, doc: Document) -> list[tuple[PageView | None, Tag | None]]:
    """Every crawled page that links ``doc``, with its link there (a report listed both beside a consultation's draft
    and on the "Statistika" page, set 123); the page it was found on with no link when none is found. The site's
    links are indexed once (``site.memo``)."""
    if "doc_links" not in site.memo:
        index: dict[str, list[tuple[PageView, Tag]]] = {}
        for view in site.pages:
            for a, href, _ in view.anchors:
                index.setdefault(view.resolve(href), []).append((view, a))
        site.memo["doc_links"] = index
    found = site.memo["doc_links"].get(doc.url)
    return list(found) if found else [(site.by_url(doc.found_on) if doc.found_on else None, None)]


def _doc_context(doc: Document, page: PageView | None, link: Tag | None) -> str:
    """What says a document holds data: its link text, file name, the passage that links it ("… pa
    partnervalstīm apkopots pārskatā: <a>…finansējums 2025 (PDF)</a>", ≤ ``PASSAGE`` characters), the heading
    it is listed under (an XLSX under "Statistika" on a "Dokumenti" page) and the title and main headings of the
    page that links it (a PDF listed on a "Statistika" page)."""
    passage = _passage(link)[:PASSAGE] if link is not None and link.parent is not None else ""
    heading = heading_before(link) if link is not None else ""
    return f"{_own_name(doc, link)} {passage} {heading} {page.heading if page else ''}".replace("_", " ")


def _passage(link: Tag) -> str:
    """The text of the block that holds ``link`` without the other links in it: a grid of tiles holds the price
    list's "Reklāmas cenrādis — Cenas 2026. gadam" beside the latest issue's PDF (set 122); in a table, after the
    cells before it in its row that link nothing ("Šķiroto atkritumu laukumu apmeklējums pa mēnešiem, 2025 |
    <a>PDF</a>", set 134)."""
    cell = link.parent
    own = text_without(cell, link, lambda c: c.name == "a" or c.find("a") is not None)
    parts = [*(text_of(c) for c in cells_before(cell) if c.find("a") is None), own]
    return " ".join(p for p in parts if p)


def _own_name(doc: Document, link: Tag | None) -> str:
    """The document's own name: the text of ``link`` (else the link text the crawler recorded) and its file name."""
    text = text_of(link) if link is not None else doc.link_text
    return f"{text} {_file_name(doc.url).replace('-', ' ')}".replace("_", " ")


def _papers(page: PageView | None, link: Tag | None) -> bool:
    """True for a consultation's or a meeting's papers: a file linked from a page headed for a consultation
    (``issue_pages``) or under a heading of meeting records or of how to take part (``paper_headings``: "Sēžu
    kopsavilkumi", "Kā piedalīties")."""
    words = vocab.load("opendata")
    return bool(
        (page is not None and find_term(page.heading, words["issue_pages"]))
        or (link is not None and find_term(heading_before(link), words["paper_headings"]))
    )


def _could_be_open(site: SiteView, doc: Document, listed: set[str]) -> bool:
    """A file of a type that could be open data (``could_be_open_types``), not already on the portal, whose file
    name names no blank form (``form_names``), and that one of the links to it shows as data (:func:`_data_link`)."""
    words = vocab.load("opendata")
    return (
        doc.type.lower() in words["could_be_open_types"]
        and doc.url not in listed
        and not find_term(_file_name(doc.url).replace("-", " "), words["form_names"])
        and any(_data_link(doc, page, link) for page, link in _links(site, doc))
    )


def _data_link(doc: Document, page: PageView | None, link: Tag | None) -> bool:
    """True when a link to ``doc`` shows data: a spreadsheet (``spreadsheet_types``, whatever its words but a blank
    form's), a document the crawler read (``Document.table`` not None) that shows a table of numbers and whose name is
    no price list or blank form (the table decides: a draft plan's table of figures is data, a "Statistika" PDF of
    prose is not), or any other document whose context shows data (``data_cues``; in its own name also
    ``name_data_cues``) and that is no price list (``price_lists``), not a rule, contract, draft or blank form
    (``not_data``, ``forms``, unless a record of results: ``data_records``; a link text starting with
    ``form_names``), and not a consultation's or meeting's papers (:func:`_papers`; unless it names statistics:
    "1. pielikums. Siltumenerģijas patēriņa un zudumu statistika 2020–2025 (PDF)", ``statistics``)."""
    words = vocab.load("opendata")
    own = _own_name(doc, link)
    if leading_term(fold(own), words["form_names"]):
        return False
    if doc.type.lower() in words["spreadsheet_types"]:
        return not find_term(own, words["forms"])
    if doc.table is not None:
        return bool(doc.table) and not find_term(own, words["price_lists"] + words["forms"])
    return bool(
        (not _papers(page, link) or find_term(own, words["statistics"]))
        and (find_term(_doc_context(doc, page, link), words["data_cues"]) or find_term(own, words["name_data_cues"]))
        and not find_term(own, words["price_lists"])
        and (not find_term(own, words["not_data"] + words["forms"]) or find_term(own, words["data_records"]))
    )


def e18_03(site: SiteView) -> list[Detection]:
    """ "1" with the files' URLs when documents or chart images carry data that could be open data
    (:func:`_could_be_open`; files the portal already lists are open data)."""
    words = vocab.load("opendata")
    listed = {r.url for r in site.site.portal if r.listed}
    proof = [_doc_evidence(d) for d in _documents(site.site) if _could_be_open(site, d, listed)]
    for view in site.pages:
        for img in view.body_soup.find_all("img"):
            alt = " ".join(str(img.get(a) or "") for a in ("alt", "title")) + " " + fold_url(str(img.get("src")))
            caption = img.find_parent("figure")
            alt += " " + (caption.get_text(" ", strip=True) if caption else "")
            if find_term(alt, words["chart_images"]):
                proof.append(Evidence(url=view.url, snippet=f"image {img.get('src')}: {alt.strip()}"[:300]))
    if proof:
        return single_choice(
            "E18_03",
            E18_OPTIONS,
            "1",
            "detected",
            0.8,
            reason=f"{len(proof)} file(s) or chart image(s) with data not in an open format",
            evidence=proof[:MAX_EVIDENCE],
        )
    if site.home is None:
        return single_choice(
            "E18_03", E18_OPTIONS, "1", "error", 1.0, reason="no page of the site could be read"
        )
    return single_choice(
        "E18_03", E18_OPTIONS, "2", "detected", 0.7, reason="no document or chart image that looks like data"
    )
