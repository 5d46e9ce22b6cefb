"""Tables of numbers in a downloaded document: what E18_03 asks about ("information in files that could be
published as open data": tables of numbers in PDF, DOC(X), TXT — seed questionnaire, expert items L8383–8411).

A document is read from its bytes: PDF text of the first ``MAX_PAGES`` pages by pypdf (one line per text line;
pypdf caps what a stream may decompress to), DOCX tables and paragraphs by python-docx (a package unpacking to
more than ``MAX_UNPACKED`` bytes is refused), TXT as UTF-8 (else Windows-1257, the Baltic code page). It shows a
table of numbers when it has ``MIN_ROWS`` rows of data in one table (DOCX) or in a run of consecutive text lines
(PDF, TXT, DOCX paragraphs), or across one line ("Sports 58% | Datorspēles 51% | Draugi 74%"):

- a row with at least two filled cells, one of them a number ("2021 | 1 520", "Janvāris | 320"); a text line's
  cells are split at ";", "|" or a tab, else they are its words and the number that closes it, perhaps with a
  unit or a word ("Labs 27", "Tilti sliktā stāvoklī: 96", "Neto apgrozījums: 68,2 milj. EUR", "Kultūras
  pasākumu pieejamība: 78% apmierināti");
- a text line with at least two numbers ("21.00.00 Lauksaimniecība 48 210 000 47 905 311", "2021 1520 340").

Without such rows, lines that caption a table or chart ("1. tabula. Banku sektora galvenie rādītāji",
``opendata.table_captions``) show one that its text layer does not hold.

A number is a figure standing alone, as a table cell writes it: digits with thousands groups ("48 210 000"), a
decimal part ("12,5"), a sign or a percent or euro sign. Dates ("14.03.2023"), times ("9:00"), ordinals ("2025.
gadā"), ranges ("2015–2025"), codes ("LV-4601", "Nr. 4/2026"), enumerators ("1)"), and Latvian phone numbers and
house numbers (``opendata.not_figures`` in ``checks/vocab``) are not numbers.
"""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache

from checks import vocab

MIN_ROWS = 3
MAX_PAGES = 30  # PDF pages read: a table of figures in a report stands early, and text extraction is slow
MAX_UNPACKED = 50_000_000  # bytes a DOCX may unpack to (a zip bomb is refused before parsing)
SNIPPET = 200  # characters of the table's first rows kept as evidence
NUMBER = re.compile(
    r"(?<![\w.,/:–—-])[-+−]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?:\s?(?:%|€|EUR|eur))?"
    r"(?![\w/:–—-]|[.,]\d|\.(?:\s|$))"
)
_CELL_SPLIT = re.compile(r"\s*[;|\t]\s*")
_WORD = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# what may follow a line's closing number: up to two words, a short one perhaps an abbreviation ("", " km", " milj.
# EUR", " gab.", " apmierināti"); a sentence's last word ("… piedalās 6 padomes locekļi.") is none
_UNIT = re.compile(r"(?:\s+(?:[^\W\d_]{1,5}\.|[^\W\d_]{1,12})){0,2}")
# an enumerator: "1) patversmes paplašināšana; 2) …"
_ENUMERATOR = re.compile(r"(?<![\d(])\d{1,2}\)")


@cache
def _not_figures() -> re.Pattern:
    """Phone numbers and house numbers (``opendata.not_figures``), and enumerators ("1) …; 2) …")."""
    return re.compile("|".join([*vocab.load("opendata")["not_figures"], _ENUMERATOR.pattern]), re.I)


def _numbers(text: str) -> list[str]:
    """The numbers standing alone in ``text`` (module docstring), without phone and house numbers and enumerators."""
    return [m.group(0) for m in NUMBER.finditer(_not_figures().sub(" ", text))]


def _is_number(cell: str) -> bool:
    """True when the whole cell is one number."""
    found = _numbers(cell)
    return len(found) == 1 and found[0].strip() == cell.strip()


def data_row(cells: list[str]) -> bool:
    """A table row of data: at least two filled cells, one a number."""
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 2 and any(_is_number(c) for c in filled)


def _line_cells(line: str) -> list[str]:
    """A text line as table cells: split at ";", "|" or a tab; else its words and the number that closes it,
    perhaps with a unit ("Darbinieku skaits: 2 950", "Neto apgrozījums: 68,2 milj. EUR"), unless that number is a
    year (a title: "Gada pārskats 2025")."""
    text = _not_figures().sub(" ", line).strip()
    cells = _CELL_SPLIT.split(text)
    last = list(NUMBER.finditer(text))[-1:]
    if len(cells) > 1 or not last or not _UNIT.fullmatch(text[last[0].end():]) \
            or not _WORD.search(text[:last[0].start()]) or _YEAR.fullmatch(last[0].group(0)):
        return cells
    return [text[:last[0].start()].rstrip(" :–—-"), last[0].group(0)]


def data_line(line: str) -> bool:
    """A text line of data: at least two numbers, or cells that make a row of data (:func:`data_row`)."""
    return len(_numbers(line)) >= 2 or data_row(_line_cells(line))


def _across(line: str) -> bool:
    """A table laid out across one line: at least ``MIN_ROWS`` cells, each a label and its figure ("Sports 58% |
    Datorspēles 51% | Draugi 74%", set 89)."""
    cells = _CELL_SPLIT.split(line.strip())
    return sum(data_row(_line_cells(c)) for c in cells) >= MIN_ROWS


def _runs(lines: list[str]) -> list[str]:
    """The data lines that stand in runs of at least ``MIN_ROWS`` consecutive ones, and lines that hold a table
    across (:func:`_across`), spaces squeezed."""
    rows: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        across = _across(line)
        if data_line(line) and not across:
            run.append(" ".join(line.split()))
            continue
        rows += run if len(run) >= MIN_ROWS else []
        run = []
        if across:
            rows.append(" ".join(line.split()))
    return rows


def _pdf_lines(body: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(body))
    return [line for page in reader.pages[:MAX_PAGES] for line in (page.extract_text() or "").splitlines()]


def _docx_tables(body: bytes) -> tuple[list[list[list[str]]], list[str]]:
    """The DOCX's tables (rows of cell texts) and its paragraphs. Raises ValueError when it would unpack to more
    than ``MAX_UNPACKED`` bytes."""
    import docx

    with zipfile.ZipFile(io.BytesIO(body)) as package:
        if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED:
            raise ValueError(f"unpacks to more than {MAX_UNPACKED} bytes")
    document = docx.Document(io.BytesIO(body))
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return tables, [p.text for p in document.paragraphs]


def _txt_lines(body: bytes) -> list[str]:
    try:
        return body.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        return body.decode("cp1257", errors="replace").splitlines()


READERS = {"pdf", "docx", "txt"}


@cache
def _captions() -> re.Pattern:
    """A line that opens with a caption of a table or chart (``opendata.table_captions``)."""
    return re.compile(r"^\s*(?:" + "|".join(vocab.load("opendata")["table_captions"]) + ")", re.I)


def table_of_numbers(doc_type: str, body: bytes) -> str:
    """The first rows of data of a ``doc_type`` document (``READERS``) joined by " / " (≤ ``SNIPPET``
    characters); else the lines that caption its tables or charts (:func:`_captions`: a report whose figures its
    text layer does not hold, "1. tabula. Banku sektora galvenie rādītāji"); "" when it shows neither.

    Raises ValueError when the bytes cannot be read as that type (a broken or mislabelled file)."""
    rows: list[str] = []
    try:
        if doc_type == "docx":
            tables, lines = _docx_tables(body)
            for table in tables:
                found = [" | ".join(c.strip() for c in row if c.strip()) for row in table if data_row(row)]
                rows += found if len(found) >= MIN_ROWS else []
        else:
            lines = _pdf_lines(body) if doc_type == "pdf" else _txt_lines(body)
    except Exception as exc:  # zipfile, pypdf and python-docx each raise their own errors on a broken file
        raise ValueError(f"not a readable {doc_type}: {type(exc).__name__}: {exc}") from exc
    rows += _runs(lines)
    if not rows:
        rows = [" ".join(line.split()) for line in lines if _captions().match(line)]
    return " / ".join(rows)[:SNIPPET]
