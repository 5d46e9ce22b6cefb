"""Site scope (DESIGN.md, Vocabulary): which URLs belong to a declared site.

A site declared as a bare host (``https://www.example.lv`` or ``…/``) is that host, its www/non-www
twin and its subdomains. A site declared with a path is the directory of that path on that host:
``/lv/iestade`` → ``/lv/``; ``/lv/iestade/`` → ``/lv/iestade/``. Exclude patterns are globs on the URL
path (``fnmatch``). Only http and https.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fnmatch import fnmatch
from urllib.parse import urlsplit


def _bare(host: str) -> str:
    return host.removeprefix("www.")


@dataclass(frozen=True)
class SiteScope:
    """The scope of one declared site. ``host`` lower-case without port; ``port`` explicit or None."""

    scheme: str
    host: str
    port: int | None
    directory: str | None
    exclude: tuple[str, ...] = field(default_factory=tuple)

    @classmethod
    def from_declared(cls, url: str, exclude: list[str] | tuple[str, ...] = ()) -> SiteScope:
        """Scope of a declared URL. Raises ValueError for a non-http(s) URL or one without a host."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) site URL: {url!r}")
        path = parts.path
        directory = None if path in ("", "/") else path[: path.rfind("/") + 1]
        return cls(parts.scheme, parts.hostname.lower(), parts.port, directory, tuple(exclude))

    def contains(self, url: str) -> bool:
        """True when ``url`` is inside the site (host rule or directory rule) and not excluded."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return False
        host = parts.hostname.lower()
        if self.directory is not None:
            in_scope = host == self.host and parts.port == self.port and parts.path.startswith(self.directory)
        else:
            base = _bare(self.host)
            in_scope = (host == base or host.endswith("." + base)) and parts.port == self.port
        return in_scope and not self.excluded(url)

    def excluded(self, url: str) -> bool:
        """True when the URL path matches one of the exclude globs."""
        path = urlsplit(url).path
        return any(fnmatch(path, pattern) for pattern in self.exclude)
