"""WARC evidence of a site audit (ISO 28500, WARC/1.1, written by warcio).

One gzip-compressed WARC file per site audit, created fresh (never overwritten: a re-run writes a new
file). Every HTTP exchange is a ``request`` record and a ``response`` record linked by
``WARC-Concurrent-To``, each with ``WARC-Target-URI``, ``WARC-Date`` and ``WARC-IP-Address``. Bodies are
stored as received after content decoding; the original ``Content-Encoding``/``Transfer-Encoding``
headers are kept under ``X-Archive-Orig-*`` names (the pywb/OpenWayback convention) so the record
stays self-consistent. A body cut by the size or time budget carries ``WARC-Truncated: length`` or
``time`` (ISO 28500 §5.13).
"""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime
from pathlib import Path

import httpx
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_RENAMED = {"content-encoding", "transfer-encoding", "content-length"}


def new_warc_path(root: Path, host: str) -> Path:
    """A fresh file name under ``root``: ``YYYY/MM/DD/<UTC time>-<host>-<random>.warc.gz``."""
    now = datetime.now(UTC)
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in host)[:80]
    return root / now.strftime("%Y/%m/%d") / f"{now:%Y%m%dT%H%M%S}-{safe}-{uuid.uuid4().hex[:12]}.warc.gz"


class WarcFile:
    """An open WARC file of one site audit. ``name`` is the path relative to the evidence root, as page
    rows store it. Raises FileExistsError rather than overwrite. Use as a context manager or ``close()``."""

    def __init__(self, root: Path, host: str) -> None:
        path = new_warc_path(root, host)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.name = str(path.relative_to(root))
        self._fh = open(path, "xb")  # noqa: SIM115 - lives as long as the site audit
        self._writer = WARCWriter(self._fh, gzip=True, warc_version="WARC/1.1")
        self._writer.write_record(self._writer.create_warcinfo_record(
            path.name, {"software": "eindex crawler", "format": "WARC File Format 1.1"}))

    def write_exchange(self, request: httpx.Request, response: httpx.Response | None, body: bytes,
                       truncated: str | None = None, ip: str | None = None) -> int | None:
        """Write the request record and, when a response arrived, the response record; return the byte
        offset of the response record in the file (the request's when there is no response)."""
        uri = str(request.url)
        path = request.url.raw_path.decode("ascii", "replace")
        req_headers = StatusAndHeaders(f"{request.method} {path} HTTP/1.1",
                                       [(k, v) for k, v in request.headers.items()], is_http_request=True)
        req = self._writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), length=0,
                                              http_headers=req_headers,
                                              warc_headers_dict=_ip_header(ip))
        offset = self._fh.tell()
        self._writer.write_record(req)
        if response is None:
            self._fh.flush()
            return offset
        headers = [(("X-Archive-Orig-" + k) if k.lower() in _RENAMED else k, v)
                   for k, v in response.headers.multi_items()]
        headers.append(("Content-Length", str(len(body))))
        status = StatusAndHeaders(f"{response.status_code} {response.reason_phrase}".strip(), headers,
                                  protocol=response.http_version)
        extra = {**_ip_header(ip), "WARC-Concurrent-To": req.rec_headers.get_header("WARC-Record-ID")}
        if truncated:
            extra["WARC-Truncated"] = truncated
        resp = self._writer.create_warc_record(uri, "response", payload=io.BytesIO(body), length=len(body),
                                               http_headers=status, warc_headers_dict=extra)
        offset = self._fh.tell()
        self._writer.write_record(resp)
        self._fh.flush()
        return offset

    def close(self) -> None:
        """Close the file (idempotent)."""
        if not self._fh.closed:
            self._fh.close()

    def __enter__(self) -> WarcFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _ip_header(ip: str | None) -> dict[str, str]:
    return {"WARC-IP-Address": ip} if ip else {}
