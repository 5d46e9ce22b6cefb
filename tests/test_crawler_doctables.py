"""Tables of numbers read from documents' bytes (crawler/doctables.py): numbers as a table cell writes them, and
real PDF (pypdf), DOCX (python-docx) and TXT files, each expected value written out by hand."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from crawler.doctables import MAX_UNPACKED, _numbers, data_row, table_of_numbers


def pdf(*lines: str) -> bytes:
    """A valid one-page PDF 1.4 (ISO 32000-1 §7.5) with ``lines`` of Helvetica text, top to bottom."""
    text = " ".join(f"({line}) '" for line in lines)
    stream = f"BT /F1 10 Tf 50 800 Td 14 TL {text} ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx_file(rows: list[list[str]], paragraphs: tuple[str, ...] = ()) -> bytes:
    """A DOCX written by python-docx: ``paragraphs``, then one table of ``rows``."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("text", "numbers"), [
    ("21.00.00 Lauksaimniecības attīstība; 48 210 000; 47 905 311", ["48 210 000", "47 905 311"]),
    ("Janvāris 320 12", ["320", "12"]),
    ("Pieaugums 12,5 % jeb 1 520 €", ["12,5 %", "1 520 €"]),
    ("2025. gada 14. martā, sēde 14.03.2023 plkst. 9:00–17:00", []),        # ordinals, a date, times
    ("Periods 2015–2025, LV-4601, lēmums Nr. 4/2026", []),                # a range, a postcode, a number's code
    ("Tālr. 67123456, mob. +371 29 123 456, 2912 3456", []),               # Latvian phone numbers
    ("Izglītība: 68 402 900 EUR; sociālā aizsardzība 21 004 800 EUR", ["68 402 900 EUR", "21 004 800 EUR"]),
    ("Darba kārtība: 1) patversmes paplašināšana; 2) programma (15)", ["15"]),  # enumerators
    ("1. karte: Lielā iela 19-23; Satiksmes iela 51; Pulkveža Brieža iela 8", []),  # house numbers
])
def test_numbers_stand_alone_as_a_cell_writes_them(text, numbers):
    assert _numbers(text) == numbers


def test_a_row_of_data_has_two_filled_cells_one_a_number():
    assert data_row(["Janvāris", "320"]) and data_row(["2021", "1 520", ""])
    assert not data_row(["320", ""]) and not data_row(["Vārds, uzvārds", ""]) and not data_row(["Pirmdiena", "9:00"])


def test_a_pdf_budget_table_and_a_pdf_of_prose():
    budget = pdf("Budzeta izpilde 2025", "Programma; Plans EUR; Izpilde EUR",
                 "21.00.00 Lauksaimniecibas attistiba; 48 210 000; 47 905 311",
                 "22.00.00 Mezsaimniecibas attistiba; 12 880 000; 12 402 118",
                 "23.00.00 Zivsaimniecibas attistiba; 6 100 000; 5 998 020")
    assert table_of_numbers("pdf", budget) == (
        "21.00.00 Lauksaimniecibas attistiba; 48 210 000; 47 905 311 / "
        "22.00.00 Mezsaimniecibas attistiba; 12 880 000; 12 402 118 / "
        "23.00.00 Zivsaimniecibas attistiba; 6 100 000; 5 998 020")
    protocol = pdf("Padomes sedes protokols Nr. 4/2026", "Sede notika 2026. gada 14. marta plkst. 10:00.",
                   "Piedalijas: I. Vitola, R. Kalejs, A. Kaktina", "Nolemj apstiprinat 2026. gada planu.")
    assert table_of_numbers("pdf", protocol) == ""


def test_two_rows_of_numbers_are_no_table():
    assert table_of_numbers("pdf", pdf("2024 1520 31", "2025 1610 35")) == ""


def test_a_docx_table_by_year_and_a_blank_form():
    visits = docx_file([["Gads", "Apmeklētāji", "Ekskursijas"], ["2023", "2 390", "40"], ["2024", "2 610", "43"],
                        ["2025", "2 735", "46"]], ("Darbnīcu apmeklējums 2023.–2025. gadā",))
    assert table_of_numbers("docx", visits) == "2023 | 2 390 | 40 / 2024 | 2 610 | 43 / 2025 | 2 735 | 46"
    form = docx_file([["Vārds, uzvārds", ""], ["Personas kods", ""], ["Tālrunis", ""], ["Datums", ""]],
                     ("Pieteikuma veidlapa",))
    assert table_of_numbers("docx", form) == ""


def test_a_txt_in_the_baltic_code_page():
    text = "Mēnesis;Apmeklētāji\nJanvāris;320\nFebruāris;295\nMarts;410\n".encode("cp1257")
    assert table_of_numbers("txt", text) == "Janvāris;320 / Februāris;295 / Marts;410"


@pytest.mark.parametrize(("doc_type", "body"), [("pdf", b"%PDF-1.4\n" + b"%" * 100), ("docx", b"PK\x03\x04 broken"),
                                                ("docx", pdf("2024 1 2"))])
def test_a_broken_or_mislabelled_file_is_a_clear_error(doc_type, body):
    with pytest.raises(ValueError, match=f"not a readable {doc_type}"):
        table_of_numbers(doc_type, body)


def test_a_docx_that_unpacks_past_the_cap_is_refused_unparsed():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"\0" * (MAX_UNPACKED + 1))
    assert len(buf.getvalue()) < 100_000  # about 50 KB on the wire
    with pytest.raises(ValueError, match="unpacks to more than 50000000 bytes"):
        table_of_numbers("docx", buf.getvalue())


def test_lines_closed_by_a_number_and_a_word_and_a_protocols_sentences():
    survey = "Kultūras pasākumu pieejamība: 78% apmierināti\nIzglītības iestādes: 71%\nCeļu stāvoklis pagastos: 32%\n"
    assert table_of_numbers("txt", survey.encode()) == (
        "Kultūras pasākumu pieejamība: 78% apmierināti / Izglītības iestādes: 71% / Ceļu stāvoklis pagastos: 32%")
    protocol = ("Sēdi vada padomes priekšsēdētājs. Piedalās 6 padomes locekļi.\nDarba kārtība: 1) patversmes "
                "paplašināšana; 2) sterilizācijas programma.\nNolemts: paredzēt finansējumu 10 jaunām vietām.\n")
    assert table_of_numbers("txt", protocol.encode()) == ""


def test_a_report_that_captions_its_tables_shows_them_and_a_picture_does_not():
    report = pdf("Finansu un kapitala tirgus ceturksna parskats", "1. tabula. Banku sektora galvenie raditaji",
                 "2. attels. Noguldijumu dinamika (grafiks)", "3. tabula. Apdrosinasanas premijas pa veidiem")
    assert table_of_numbers("pdf", report) == (
        "1. tabula. Banku sektora galvenie raditaji / 3. tabula. Apdrosinasanas premijas pa veidiem")
    pictures = pdf("Parupes parka vizualizacijas", "1. attels. Skats uz laipam no Ogres upes puses.")
    assert table_of_numbers("pdf", pictures) == ""


def test_a_table_laid_out_across_lines_between_questions():
    results = pdf("Jauniesu aptaujas rezultati", "Ka pavadi brivo laiku?",
                  "Sports 58% | Datorspeles 51% | Draugi 74% | Pulcini 22%", "Cik biezi apmekle centru?",
                  "Katru nedelu 14% | Reizi menesi 21% | Retak 33% | Nekad 32%")
    assert table_of_numbers("pdf", results) == (
        "Sports 58% | Datorspeles 51% | Draugi 74% | Pulcini 22% / Katru nedelu 14% | Reizi menesi 21% | Retak 33% | "
        "Nekad 32%")
    assert table_of_numbers("pdf", pdf("Sports 58% | Draugi 74%")) == ""
