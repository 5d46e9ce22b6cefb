"""What a response is (HTML page, a document for the open-data checks, or neither) and how its bytes
decode.

Charset (WHATWG Encoding, "determine the character encoding", as w3lib implements it): byte-order
mark, then the HTTP ``charset``, then a ``<meta charset>`` / ``http-equiv`` declaration, with WHATWG's
label table (``latin1`` → windows-1252, ``iso-8859-13`` stays ISO-8859-13, ``windows-1257``). Without any
declaration: UTF-8 when the bytes are valid UTF-8, else windows-1257 — the legacy encoding browsers
fall back to for Baltic locales (WHATWG HTML, "suggested default encoding" table: ``lv`` → windows-1257).
For the Latvian letters (ā č ē ģ ī ķ ļ ņ š ū ž) windows-1257 and ISO-8859-13 share their code points,
so the fallback reads undeclared pages in either encoding correctly.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from w3lib.encoding import html_to_unicode

HTML_TYPES = {"text/html", "application/xhtml+xml"}
DOCUMENT_TYPES = {
    "application/pdf": "pdf", "application/msword": "doc", "application/vnd.ms-excel": "xls",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt", "text/csv": "csv", "text/plain": "txt",
    "application/rtf": "rtf", "text/rtf": "rtf", "application/geo+json": "geojson",
    "application/json": "json", "application/xml": "xml", "text/xml": "xml",
    "application/rdf+xml": "rdf", "application/zip": "zip",
    "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/svg+xml": "svg",
}
# linked files recorded for the open-data checks (checks/vocab/opendata.yaml: data sets, and documents
# or chart images that could be open data), never crawled into
DOCUMENT_EXTENSIONS = {"pdf", "doc", "docx", "xls", "xlsx", "csv", "json", "geojson", "xml", "ods", "odt",
                       "rdf", "zip", "txt", "rtf", "png", "jpg", "jpeg", "gif", "svg"}
SKIPPED_EXTENSIONS = {"webp", "ico", "css", "js", "mp3", "mp4", "avi", "mov", "webm", "woff", "woff2",
                      "ttf", "exe", "dmg", "iso", "rar", "7z", "gz", "tar", "ppt", "pptx", "odp", "edoc",
                      "asice"}
LEGACY_FALLBACK = "cp1257"


def extension(url: str) -> str:
    """The lower-case extension of the URL path's last segment, "" when it has none."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    return last.rsplit(".", 1)[-1].lower() if "." in last else ""


def document_type(url: str, content_type: str = "") -> str | None:
    """The document type (``pdf``, ``xlsx``, ``csv`` …) of a URL by its media type, else by its
    extension; None for HTML and for anything else."""
    if content_type in DOCUMENT_TYPES:
        return DOCUMENT_TYPES[content_type]
    if content_type and content_type not in ("application/octet-stream", "binary/octet-stream"):
        return None
    ext = extension(url)
    return ext if ext in DOCUMENT_EXTENSIONS else None


def looks_binary(body: bytes) -> bool:
    """True when the first 1,024 bytes hold a binary data byte (WHATWG MIME Sniffing §7.2: 0x00–0x08,
    0x0B, 0x0E–0x1A, 0x1C–0x1F), as a PDF or image served as ``text/html`` does."""
    head = body[:1024]
    return any(b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1A or 0x1C <= b <= 0x1F for b in head)


def _undeclared(body: bytes) -> str:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte sequence cut at the very end (truncated body) is still UTF-8
        if exc.start < len(body) - 3:
            return LEGACY_FALLBACK
    return "utf-8"


def decode_html(body: bytes, content_type_header: str | None) -> tuple[str, str]:
    """``(encoding, text)`` of an HTML body (see the module docstring for the order of evidence).
    Undecodable bytes become U+FFFD; never raises."""
    return html_to_unicode(content_type_header, body, auto_detect_fun=_undeclared)
