"""A CKAN-shaped open-data portal on 127.0.0.1 for the E18_01 tests: ``/api/3/action/package_search``
answers ``q=res_url:"<url>" [OR res_url:"<url>"]`` from a list of listed resource URLs, in the shape of
the CKAN Action API (docs.ckan.org, API guide). Any other query gets ``success: false``; a path
with ``/broken/`` in it answers HTTP 500 (a portal outage). ``hits`` lists (monotonic arrival time,
path?query) of every request, for politeness tests."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

_RES_URL = re.compile(r'res_url:"([^"]+)"')


def _handler(listed: set[str], arrivals: list[tuple[float, str]]):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            arrivals.append((time.monotonic(), self.path))
            parts = urlsplit(self.path)
            if "/broken/" in parts.path:
                self.send_error(500)
                return
            if not parts.path.endswith("/api/3/action/package_search"):
                self.send_error(404)
                return
            urls = _RES_URL.findall(parse_qs(parts.query).get("q", [""])[0])
            hits = [u for u in urls if u in listed]
            body = (
                {
                    "success": True,
                    "result": {
                        "count": len(hits[:1]),
                        "results": [{"name": "dataset-" + str(abs(hash(hits[0])) % 10000)}] if hits else [],
                    },
                }
                if urls
                else {"success": False, "error": {"message": "unsupported query"}}
            )
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


class CkanStub:
    """Serves the stub portal at ``url`` (``http://127.0.0.1:<port>/dati``) in a daemon thread."""

    def __init__(self, listed: list[str]) -> None:
        self.hits: list[tuple[float, str]] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(set(listed), self.hits))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/dati"

    def __enter__(self) -> CkanStub:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
