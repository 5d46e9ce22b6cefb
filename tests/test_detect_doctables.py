"""E18_03 decided by what a read document holds (Document.table, crawler/doctables.py) rather than by its link:
hand-made pages whose right answers are stated in the tests."""

from __future__ import annotations

from checks import opendata
from checks.artifacts import Document
from tests.detect_helpers import page, rows, view

HOME = "http://www.iestade.lv/"
START = page(HOME, "<p>Sākums</p>")
VISITS = "2023 | 2 390 | 40 / 2024 | 2 610 | 43 / 2025 | 2 735 | 46"


def _e18_03(page_title: str, name: str, text: str, table: str | None) -> tuple:
    url = HOME + "dokumenti/" + name
    doc = Document(url, name.rsplit(".", 1)[1], text, found_on=HOME + "lapa/", table=table)
    body = f'<main><h1>{page_title}</h1><ul><li><a href="{url}">{text}</a></li></ul></main>'
    return rows(opendata.e18_03(view(START, page(HOME + "lapa/", body, title=page_title, docs=[doc]))), "E18_03")["1"]


def test_a_read_table_of_numbers_is_data_whatever_the_link_says():
    # limbazukokaudzetava (set 187): a consultation's draft plan in DOCX with a table of trees by year;
    # preilutautasterpi (set 189): "Darbnīcu apmeklējums un izgatavotie tērpi 2015–2025 (DOCX)", no data word
    consultation = "Sabiedriskā apspriešana: koku kopšanas plāns"
    draft = ("koku-kopsanas-plana-projekts.docx", "Koku kopšanas plāna 2027–2029 projekts (DOCX)")
    assert _e18_03(consultation, *draft, table=None) == (False, "not_detected")  # unread: a draft, the papers
    assert _e18_03(consultation, *draft, table=VISITS) == (True, "detected")
    visits = ("darbnicu-apmeklejums.docx", "Darbnīcu apmeklējums un izgatavotie tērpi 2015–2025 (DOCX)")
    assert _e18_03("Dokumenti", *visits, table=None) == (False, "not_detected")
    assert _e18_03("Dokumenti", *visits, table=VISITS) == (True, "detected")


def test_a_read_document_without_a_table_is_no_data_and_a_price_list_stays_text():
    report = ("statistika-2025.pdf", "Statistika 2025 (PDF)")
    assert _e18_03("Statistika", *report, table=None) == (True, "detected")    # unread: its name says data
    assert _e18_03("Statistika", *report, table="") == (False, "not_detected")  # read: prose only
    prices = ("cenradis-2026.pdf", "Cenrādis 2026 (PDF)", "Konsultācija 60 min – 35,00 € / Grupa – 20,00 € / …")
    assert _e18_03("Pakalpojumi", *prices) == (False, "not_detected")


def test_the_evidence_shows_the_table_read():
    url = HOME + "dokumenti/darbnicu-apmeklejums.docx"
    doc = Document(url, "docx", "Darbnīcu apmeklējums (DOCX)", size=9_120, found_on=HOME,
                   content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                   table=VISITS)
    home = page(HOME, f'<main><h1>Sākums</h1><a href="{url}">Darbnīcu apmeklējums (DOCX)</a></main>', docs=[doc])
    detection = next(d for d in opendata.e18_03(view(home)) if d.option == "1")
    assert [e.snippet for e in detection.evidence] == [
        f"Darbnīcu apmeklējums (DOCX) → {url} (application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        f", 9120 bytes); table: {VISITS}"]
