"""Plain data types that gatherers (``crawler/``) fill and checks (``checks/``) read.

Nothing here fetches or decides. The split follows Lighthouse: gatherers collect named artifacts,
audits are pure functions over them (DESIGN.md, "What flows through it").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    """An ``<a href>`` (or ``<link>``) found on a fetched page.

    ``url`` is absolute and normalised; ``text`` is the visible link text (whitespace collapsed);
    ``selector`` is a CSS selector that finds the element in the page's DOM.
    """

    url: str
    text: str = ""
    rel: str = ""
    hreflang: str = ""
    selector: str | None = None


@dataclass(frozen=True)
class Document:
    """A linked non-HTML file (PDF, DOC(X), XLS(X), CSV, JSON, XML, ODS, images of charts …).

    Recorded for the open-data checks (E18_03), never crawled into. ``size`` in bytes and
    ``content_type`` (media type as served, lower-case, no parameters) when the server reported them.
    ``table``: for a document the crawler read (PDF, DOCX, TXT: :mod:`crawler.doctables`), the first rows of
    its table of numbers, "" when it shows none; None when it was not read.
    """

    url: str
    type: str
    link_text: str = ""
    size: int | None = None
    found_on: str = ""
    content_type: str = ""
    table: str | None = None


@dataclass(frozen=True)
class Feed:
    """The newest public post of a social account (K11M_A). ``latest`` is an ISO 8601 UTC timestamp."""

    account_url: str
    reachable: bool
    final_url: str | None = None
    feed_url: str | None = None
    latest: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class PortalRecord:
    """What the national open-data portal (CKAN) says about one data file the site publishes (E18_01).

    ``listed`` is True when a portal dataset has a resource at this URL, False when none has, None when
    the portal could not be asked (``error`` says why). ``dataset_url`` is the portal's dataset page."""

    url: str
    listed: bool | None
    dataset_url: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class PageError:
    """A page-level failure. ``kind`` is one of the contract's error kinds (``audit.schema.json``):
    timeout, too_large, redirect_loop, refused_private_address, robots_disallowed, http_status,
    not_html, trap, browser_crash, …"""

    url: str
    kind: str
    message: str


@dataclass
class AxeResult:
    """axe-core's result for one page: the rule ids per outcome and the raw nodes of violations.

    ``violations`` / ``incomplete`` keep axe's own shape (id, impact, tags, help, helpUrl, nodes[...]);
    ``passes`` and ``inapplicable`` are rule ids only. ``version`` is axe-core's version string.
    """

    version: str
    tags: list[str]
    violations: list[dict] = field(default_factory=list)
    passes: list[str] = field(default_factory=list)
    incomplete: list[dict] = field(default_factory=list)
    inapplicable: list[str] = field(default_factory=list)

    @property
    def violated_rules(self) -> set[str]:
        """Ids of the axe rules with at least one violation on the page."""
        return {v["id"] for v in self.violations}


@dataclass
class MobileMetrics:
    """What the mobile gatherer (``crawler/mobile.py``) measured in Lighthouse's mobile emulation (Moto G
    Power: 412×823 CSS px, DPR 1.75, touch). Raw facts only; ``checks/mobile.py`` judges them.

    - ``viewport_content``: ``content`` of the first ``<meta name=viewport>``, None when there is none.
    - ``screen_width`` (``screen.width``), ``inner_width``, ``client_width`` / ``scroll_width`` (of the
      root element) in CSS px; ``visual_viewport_scale`` (``visualViewport.scale``, < 1 when Chromium
      zoomed out to fit a wide layout).
    - ``font_sizes``: ``[[computed font-size px, characters], …]`` over rendered text nodes (characters of
      the trimmed text); ``text_samples``: the runs in the smallest fonts, ``{selector, snippet, px, chars}``.
    - ``tap_targets``: ``{selector, snippet, href, rects: [[left, top, width, height], …]}`` in document
      CSS px, the elements Lighthouse's tap-target gatherer keeps.
    - ``embedded``: ``object`` / ``embed`` / ``applet`` elements, ``{tag, type, src, data, code, params:
      [[name, value], …], selector}``.
    - ``error``: why the measurement failed (then the other fields are empty).
    """

    viewport_content: str | None = None
    screen_width: int | None = None
    inner_width: int | None = None
    client_width: int | None = None
    scroll_width: int | None = None
    visual_viewport_scale: float | None = None
    font_sizes: list[list[float]] = field(default_factory=list)
    text_samples: list[dict] = field(default_factory=list)
    tap_targets: list[dict] = field(default_factory=list)
    embedded: list[dict] = field(default_factory=list)
    error: str | None = None


@dataclass
class Page:
    """One fetched URL of a site audit.

    ``html`` is the HTTP body decoded (HTML pages only); ``dom`` the rendered DOM snapshot when the page
    was rendered in Chromium. ``depth`` counts link hops from the site's homepage (0).
    ``screenshot`` is the sha256 of the stored desktop screenshot. ``encoding`` is the charset the
    body was decoded with; ``error`` is the fetch's failure, ``render_error`` the browser's (a page can
    be fetched fine and still fail to render); ``dialogs`` the JS dialogs the page opened while rendered
    (``"alert: message"``), each dismissed.
    """

    url: str
    final_url: str
    status: int | None
    content_type: str = ""
    depth: int = 0
    html: str | None = None
    title: str = ""
    lang: str = ""
    links: list[Link] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    dom: str | None = None
    axe: AxeResult | None = None
    mobile: MobileMetrics | None = None
    screenshot: str | None = None
    mobile_screenshot: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    size: int | None = None
    truncated: bool = False
    fetch_ms: float | None = None
    error: PageError | None = None
    encoding: str = ""
    dialogs: list[str] = field(default_factory=list)
    render_error: PageError | None = None

    @property
    def rendered(self) -> bool:
        """True when Chromium rendered the page (a DOM snapshot exists)."""
        return self.dom is not None


@dataclass
class SiteArtifacts:
    """Everything gathered for one declared site: its pages (homepage first), documents, feeds, errors, and
    the open-data portal's answers about its data files (``portal``).

    ``skipped`` counts URLs the crawl left out, by reason (``robots_disallowed``, ``trap``); the first
    few of each are also listed in ``errors``.
    """

    declared_url: str
    homepage_url: str
    pages: list[Page] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    portal: list[PortalRecord] = field(default_factory=list)
    budget_exhausted: bool = False
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def homepage(self) -> Page | None:
        """The homepage when it was fetched with a 2xx status, else None."""
        for page in self.pages:
            if page.url == self.homepage_url:
                return page if page.error is None and page.status and page.status < 400 else None
        return None

    @property
    def rendered_pages(self) -> list[Page]:
        """Pages that Chromium rendered, in crawl order."""
        return [p for p in self.pages if p.rendered]
