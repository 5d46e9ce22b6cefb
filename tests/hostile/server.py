"""A deliberately hostile web server on 127.0.0.1 for the crawler's hostile-site suite.

It answers by ``Host`` header and path, so one server plays several sites under real-looking names
(the crawler reaches them through its resolver override). It counts hits per (host, path) and the
highest number of requests in flight per host, so tests can check politeness and that nothing was
fetched that should not be.

Sites:
- ``www.hostile.lv`` (and ``hostile.lv``): the homepage links to every trap below.
- ``closed.hostile.lv``: ``robots.txt`` disallows everything.
- ``busy.hostile.lv``: many small pages, for the politeness measurements.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOME = """<!doctype html><html lang="lv"><head><title>Naidīga vietne</title></head><body>
<a href="/calendar/2024/01">Kalendārs</a>
<a href="/loop/a">Cilpa</a>
<a href="/big">Liela lapa</a>
<a href="/drip">Lēna lapa</a>
<a href="/binary">Binārs</a>
<a href="/limited">Ierobežota</a>
<a href="/error500">Kļūda</a>
<a href="/malformed">Salauzta</a>
<a href="/lv-1257">Latviešu (windows-1257)</a>
<a href="/lv-iso">Latviešu (ISO-8859-13)</a>
<a href="/lv-undeclared">Latviešu (bez deklarācijas)</a>
<a href="/to-metadata">Metadati</a>
<a href="http://internal.hostile.lv/">Iekšējais</a>
<a href="http://10.0.0.1/admin">Privāta adrese</a>
<a href="http://169.254.169.254/latest/meta-data/">Mākoņa metadati</a>
<a href="/docs/report.pdf">Pārskats (PDF)</a>
<a href="/data/table">Dati</a>
<a href="/a/b/a/b/a/b/">Atkārtojumi</a>
</body></html>"""

NEVER_IDLE = """<html lang="en"><head><title>Never idle</title></head><body><main><h1>Busy</h1>
<script>setInterval(() => fetch('/ping?' + Math.random()), 100);</script></main></body></html>"""
DIALOGS = """<html lang="en"><head><title>Dialogs</title></head><body><main><h1>Dialogs</h1>
<script>alert('hello'); document.title = confirm('sure?') ? 'confirmed' : 'dismissed';</script>
</main></body></html>"""
BUSY_LOOP = """<html lang="en"><head><title>Busy loop</title></head><body><main><h1>Loop</h1>
<script>setTimeout(() => { while (true) {} }, 50);</script></main></body></html>"""


def ssrf_page(target: str) -> str:
    """A page that tries every way a browser opens a connection, towards ``target`` (host:port)."""
    return f"""<html lang="en"><head><title>SSRF</title>
<link rel="preconnect" href="http://{target}">
<link rel="dns-prefetch" href="http://evil.hostile.lv">
<link rel="stylesheet" href="http://evil.hostile.lv/style.css"></head>
<body><main><h1>SSRF</h1>
<img src="/ok.png" alt="control">
<img src="http://{target}/img.png" alt="direct">
<img src="http://169.254.169.254/latest/meta-data/x.png" alt="metadata">
<iframe src="https://{target}/frame" title="tls"></iframe>
<script>
fetch('http://{target}/fetch').catch(() => {{}});
try {{ new WebSocket('ws://{target}/ws'); }} catch (e) {{}}
try {{ new WebSocket('ws://evil.hostile.lv/ws'); }} catch (e) {{}}
navigator.sendBeacon && navigator.sendBeacon('http://{target}/beacon', 'x');
</script></main></body></html>"""


LATVIAN = "Latviešu valodā: ā č ē ģ ī ķ ļ ņ š ū ž - Ā Č Ē Ģ Ī Ķ Ļ Ņ Š Ū Ž"


def _calendar(year: int, month: int) -> str:
    nxt = (year + (month == 12), month % 12 + 1)
    prv = (year - (month == 1), (month - 2) % 12 + 1)
    days = "".join(f'<a href="/calendar/{year}/{month:02d}/{d:02d}">{d}</a> ' for d in range(1, 29))
    return (f"<html><body><h1>{year}-{month:02d}</h1><a href='/calendar/{nxt[0]}/{nxt[1]:02d}'>next</a>"
            f"<a href='/calendar/{prv[0]}/{prv[1]:02d}'>prev</a> {days}</body></html>")


class Handler(BaseHTTPRequestHandler):
    """Routes by Host and path; see the module docstring."""

    server: HostileServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes | str, ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path.split("?")[0]
        self.server.enter(host, path)
        try:
            route = getattr(self, "_" + host.replace(".", "_").replace("-", "_"), None)
            (route or self._www_hostile_lv)(path)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.server.leave(host)

    def _closed_hostile_lv(self, path: str) -> None:
        if path == "/robots.txt":
            self._send(200, "User-agent: *\nDisallow: /\n", "text/plain")
        else:
            self._send(200, "<html><body><a href='/secret'>secret</a></body></html>")

    def _busy_hostile_lv(self, path: str) -> None:
        if path == "/robots.txt":
            self._send(404, "no robots", "text/plain")
            return
        time.sleep(0.05)
        n = int(path.strip("/").removeprefix("p") or 0) if path != "/" else 0
        links = "".join(f'<a href="/p{i}">{i}</a>' for i in range(n * 10 + 1, n * 10 + 11))
        self._send(200, f"<html><body>{links}</body></html>")

    def _www_hostile_lv(self, path: str) -> None:
        routes = {
            "/": lambda: self._send(200, HOME),
            "/robots.txt": lambda: self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/loop/a": lambda: self._send(302, "", headers={"Location": "/loop/b"}),
            "/loop/b": lambda: self._send(302, "", headers={"Location": "/loop/a"}),
            "/to-metadata": lambda: self._send(302, "", headers={
                "Location": "http://169.254.169.254/latest/meta-data/"}),
            "/big": self._big, "/drip": self._drip, "/limited": self._limited,
            "/binary": lambda: self._send(200, os.urandom(64 * 1024), "text/html"),
            "/error500": lambda: self._send(500, "<h1>Internal Server Error</h1>"),
            "/malformed": lambda: self._send(200, "<html><body><div><p>unclosed <a href='/ok-from-malformed'"
                                             ">ok<table><tr><td><a href=/second>x</b></i></html"),
            "/ok-from-malformed": lambda: self._send(200, "<html><body>fine</body></html>"),
            "/second": lambda: self._send(200, "<html><body>second</body></html>"),
            "/lv-1257": lambda: self._send(200, f"<html><body><p>{LATVIAN}</p></body></html>".encode("cp1257"),
                                           "text/html; charset=windows-1257"),
            "/lv-iso": lambda: self._send(
                200, ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-13">'
                      f"</head><body><p>{LATVIAN}</p></body></html>").encode("iso8859_13"), "text/html"),
            "/lv-undeclared": lambda: self._send(
                200, f"<html><body><p>{LATVIAN}</p></body></html>".encode("cp1257"), "text/html"),
            "/docs/report.pdf": lambda: self._send(200, b"%PDF-1.4\n" + b"0" * 1000, "application/pdf"),
            "/data/table": lambda: self._send(200, "a,b\n1,2\n", "text/csv"),
            "/never-idle": lambda: self._send(200, NEVER_IDLE),
            "/ping": lambda: self._send(200, "pong", "text/plain"),
            "/ok.png": lambda: self._send(200, b"GIF89a", "image/gif"),
            "/dialogs": lambda: self._send(200, DIALOGS),
            "/busy-loop": lambda: self._send(200, BUSY_LOOP),
            "/ssrf": lambda: self._send(200, ssrf_page(self.server.ssrf_target)),
        }
        if path in routes:
            routes[path]()
        elif path.startswith("/calendar/"):
            parts = [int(p) for p in path.split("/")[2:4]]
            self._send(200, _calendar(*parts))
        else:
            self._send(404, "<h1>Not found</h1>")

    def _big(self) -> None:
        size = 50 * 1024 * 1024
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
        sent = 0
        while sent < size:
            self.wfile.write(chunk[: size - sent])
            sent += len(chunk)

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        for _ in range(1000):
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(1)

    def _limited(self) -> None:
        if self.server.hits[("www.hostile.lv", "/limited")] == 1:
            self._send(429, "slow down", headers={"Retry-After": "1"})
        else:
            self._send(200, "<html><body>now fine</body></html>")


class HostileServer(ThreadingHTTPServer):
    """``with HostileServer() as s``: serves on 127.0.0.1:<s.port> in a daemon thread."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: Counter = Counter()
        self.ssrf_target = ""
        self.times: dict[str, list[float]] = {}
        self.in_flight: Counter = Counter()
        self.max_in_flight: Counter = Counter()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def enter(self, host: str, path: str) -> None:
        with self._lock:
            self.hits[(host, path)] += 1
            self.times.setdefault(host, []).append(time.monotonic())
            self.in_flight[host] += 1
            self.max_in_flight[host] = max(self.max_in_flight[host], self.in_flight[host])

    def leave(self, host: str) -> None:
        with self._lock:
            self.in_flight[host] -= 1

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
        self.server_close()
