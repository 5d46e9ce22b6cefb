"""The one settings object (pydantic-settings), read from the environment (prefix ``EINDEX_``).

Every variable is listed in the README's settings table. ``DATABASE_URL`` (no prefix) is also
accepted for the database.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
WEAK_SECRETS = frozenset({"changethis", "change-me", "secret", "dev", "test", "password"})


class Settings(BaseSettings):
    """Runtime settings. Sizes in bytes, times in seconds, counts in pages.

    ``ckan_url``: base URL of the national open-data portal's CKAN (E18_01; empty disables the look-up).
    ``news_max_age_days``: M08 option 6 wants each language version's latest news at most this old.
    """

    model_config = SettingsConfigDict(env_prefix="EINDEX_", extra="ignore")

    database_url: str = Field(default="", validation_alias=AliasChoices("DATABASE_URL", "EINDEX_DATABASE_URL"))
    data_dir: Path = REPO_ROOT / "var"
    shared_dir: Path = REPO_ROOT.parent / "shared"
    chromium_path: str = "/usr/bin/chromium"
    axe_tags: list[str] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    max_pages: int = 200
    max_depth: int = 3
    max_rendered: int = 25
    max_bytes: int = 10 * 1024 * 1024
    page_timeout: float = 30.0
    allow_private: list[str] = []
    resolve: dict[str, str] = {}
    contact_url: str = "https://github.com/eindex/eindex"
    environment: str = "production"
    secret_key: str = ""
    token_minutes: int = 60
    public_read: bool = False
    upload_max_bytes: int = 5 * 1024 * 1024
    review_confidence: float = 0.8
    ckan_url: str = "https://data.gov.lv/dati"
    news_max_age_days: int = 90
    # queue and schedule (PostgreSQL only; crawler/queue.py)
    worker_concurrency: int = 1
    schedule_enabled: bool = True
    schedule_cron: str = "0 2 * * *"
    schedule_timezone: str = "Europe/Riga"
    schedule_catchup_hours: float = 6.0
    queue_max_attempts: int = 3
    queue_heartbeat: float = 10.0
    queue_stalled_after: float = 60.0
    queue_sweep_cron: str = "* * * * *"
    # crawler politeness and budgets (issue 3)
    site_timeout: float = 900.0
    origin_concurrency: int = 2
    politeness_delay: float = 0.5
    max_crawl_delay: float = 10.0
    global_concurrency: int = 16
    connect_timeout: float = 10.0
    response_timeout: float = 60.0
    max_retries: int = 2
    retry_backoff: float = 1.0
    max_retry_after: float = 30.0
    max_redirects: int = 10
    max_url_length: int = 2000
    max_sitemap_urls: int = 5000
    max_document_heads: int = 50
    max_document_reads: int = 20
    render_pool: int = 2
    network_idle_cap: float = 3.0
    sample_seed: str = "eindex"
    chromium_proxy: bool = True
    sites_in_parallel: int = 4

    @property
    def db_url(self) -> str:
        """The SQLAlchemy URL: ``DATABASE_URL`` or the SQLite file ``<data_dir>/eindex.db``."""
        return self.database_url or f"sqlite:///{self.data_dir / 'eindex.db'}"

    def signing_key(self) -> str:
        """The JWT / CSRF signing secret (``EINDEX_SECRET_KEY``). Outside ``environment == "test"`` a
        missing, known-default or short (< 32 characters) secret is refused with RuntimeError; tests get a
        fixed throw-away key (full-stack template practice: settings that refuse default secrets)."""
        weak = not self.secret_key or self.secret_key in WEAK_SECRETS or len(self.secret_key) < 32
        if not weak:
            return self.secret_key
        if self.environment == "test":
            return self.secret_key or "eindex-test-only-secret-key-0123456789"
        raise RuntimeError("EINDEX_SECRET_KEY is missing or weak: set at least 32 random characters "
                           "(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`)")

    @property
    def user_agent(self) -> str:
        """Honest User-Agent: product token ``eindex`` plus the contact URL."""
        return f"eindex/0.1 (+{self.contact_url})"

    @property
    def uses_postgres(self) -> bool:
        """True when the database is PostgreSQL (the queue and the schedule need it)."""
        return self.db_url.startswith(("postgresql", "postgres:"))


@cache
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
