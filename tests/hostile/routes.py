"""A tiny virtual-host web server on 127.0.0.1 answering from a table: ``(host, path?query)`` →
``(status, content type, body, extra headers)``; anything else is 404. Counts hits per key."""

from __future__ import annotations

import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = tuple[int, str, bytes | str, dict[str, str]]


class _Handler(BaseHTTPRequestHandler):
    server: RoutesServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        key = ((self.headers.get("Host") or "").split(":")[0], self.path)
        self.server.hits[key] += 1
        status, ctype, body, headers = self.server.routes.get(key, (404, "text/plain", b"not found", {}))
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


class RoutesServer(ThreadingHTTPServer):
    """``with RoutesServer(routes) as s``; ``s.resolve(hosts)`` gives the resolver override for them."""

    daemon_threads = True

    def __init__(self, routes: dict[tuple[str, str], Route]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.hits: Counter = Counter()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def resolve(self) -> dict[str, str]:
        """Every host of the table → this server."""
        return {host: f"127.0.0.1:{self.server_address[1]}" for host, _ in self.routes}

    def __enter__(self) -> RoutesServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
