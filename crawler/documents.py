"""Size and media type of the documents the crawl found (PDF, XLSX, CSV … in E18_03's evidence), and for the
first few PDF, DOCX and TXT files what they hold: whether they show a table of numbers (:mod:`crawler.doctables`).

Reading: at most ``reads`` documents per site of a readable type (``doctables.READERS``), in the order the crawl
found them, each allowed by robots.txt, are fetched whole with one GET through the site audit's
:class:`~crawler.download.Downloader` (its ``max_bytes`` caps the body: a longer file is cut and left unread, as
is one that fails to parse); the response sets ``size``, ``content_type`` and ``table``.

Measuring: one HEAD request per other document (RFC 9110 §9.3.2: the GET's header fields without the content), through
the site audit's :class:`~crawler.download.Downloader` (per-origin politeness, SSRF guard, redirects,
WARC records), for at most ``cap`` documents per site, in the order the crawl found them, each allowed by
robots.txt. A server that refuses HEAD (405 Method Not Allowed, §15.5.6, or 501 Not Implemented,
§15.6.2) is asked once more with ``GET`` and ``Range: bytes=0-0`` (§14.2), whose body is not read: a
206 answer gives the size as the complete length of its ``Content-Range`` (``bytes 0-0/<length>``,
§14.4), a 200 (the server ignores Range) its ``Content-Length``. Anything else leaves the size unknown.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace

from checks.artifacts import Document
from crawler.doctables import READERS, table_of_numbers
from crawler.download import Downloader, Fetched

METHOD_REFUSED = {405, 501}
_COMPLETE_LENGTH = re.compile(r"^\s*bytes\s+(?:\d+-\d+|\*)/(\d+)\s*$", re.I)


def size_of(fetched: Fetched) -> int | None:
    """Bytes of the whole document from a HEAD or ranged GET answer; None when the answer has none."""
    if fetched.error or fetched.status is None:
        return None
    if fetched.status == 206:
        match = _COMPLETE_LENGTH.match(fetched.headers.get("content-range", ""))
        return int(match.group(1)) if match else None
    length = fetched.headers.get("content-length", "").strip()
    return int(length) if fetched.status == 200 and length.isdigit() else None


async def probe(downloader: Downloader, url: str) -> Fetched:
    """HEAD ``url``; on 405/501 the ranged GET instead (its body left unread)."""
    head = await downloader.request("HEAD", url)
    if head.error or head.status not in METHOD_REFUSED:
        return head
    return await downloader.request("GET", url, headers={"Range": "bytes=0-0"}, accept=lambda _r: False)


async def measured(downloader: Downloader, doc: Document) -> Document:
    """``doc`` with ``size`` (bytes) and ``content_type`` (media type, lower-case, no parameters) as the
    server reports them; unchanged when it reports no size."""
    answer = await probe(downloader, doc.url)
    size = size_of(answer)
    if size is None:
        return doc
    return replace(doc, size=size, content_type=answer.content_type or doc.content_type)


async def read(downloader: Downloader, doc: Document) -> Document:
    """``doc`` fetched whole: ``size`` and ``content_type`` as served and ``table`` as read (the first rows of its
    table of numbers, "" for none); ``table`` stays None when the answer is no complete 200 or the bytes do not
    parse as ``doc.type``."""
    answer = await downloader.get(doc.url)
    if answer.error or answer.status != 200:
        return doc
    whole = not answer.truncated and not answer.body_skipped
    size = len(answer.body) if whole else size_of(answer)
    doc = replace(doc, size=size, content_type=answer.content_type or doc.content_type)
    try:
        return replace(doc, table=table_of_numbers(doc.type.lower(), answer.body)) if whole else doc
    except ValueError:
        return doc


async def measure_documents(downloader: Downloader, documents: list[Document], cap: int,
                            allowed: Callable[[str], Awaitable[bool]], parallel: int = 2,
                            reads: int = 0) -> dict[str, Document]:
    """Read the first ``reads`` readable documents (:func:`read`) and measure the first ``cap`` others without a
    size (:func:`measured`), all that robots.txt (``allowed``) lets through, ``parallel`` at a time (the
    downloader's limiter still holds each origin to its own slots and delay). Returns the documents it asked
    about, by URL."""
    to_read: list[Document] = []
    to_measure: list[Document] = []
    for doc in documents:
        readable = doc.type.lower() in READERS and len(to_read) < reads
        if (readable or (doc.size is None and len(to_measure) < cap)) and await allowed(doc.url):
            (to_read if readable else to_measure).append(doc)
    gate = asyncio.Semaphore(max(1, parallel))

    async def one(doc: Document, ask: Callable[[Downloader, Document], Awaitable[Document]]) -> Document:
        async with gate:
            return await ask(downloader, doc)

    done = await asyncio.gather(*(one(d, read) for d in to_read), *(one(d, measured) for d in to_measure))
    return {d.url: d for d in done}
