"""A static web server on 127.0.0.1 for the bundled corpus (demo, tests, benchmarks). Never binds
anything but loopback."""

from __future__ import annotations

import sys
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        """A browser that drops a connection mid-response (an aborted media download) is routine here,
        not an error worth a traceback; anything else is still reported."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class StaticServer:
    """Serves ``root`` at ``http://127.0.0.1:<port>/`` in a daemon thread; use as a context manager.
    ``port`` 0 picks a free port. Raises FileNotFoundError when ``root`` is missing."""

    def __init__(self, root: Path, port: int = 0) -> None:
        if not Path(root).is_dir():
            raise FileNotFoundError(f"web root {root} does not exist")
        self.httpd = _Server(("127.0.0.1", port), partial(_QuietHandler, directory=str(root)))
        # a short poll interval: shutdown waits for it, and tests start and stop a server per site
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        """Base URL with a trailing slash."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __enter__(self) -> StaticServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
