"""Parameters of the checklist checks that are not vocabulary: the reference time and windows.

Checks never read settings (they import nothing of ours beyond ``checks``); the audit passes these in
(``crawler/audit.py`` builds them from ``store.settings``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class CheckOptions:
    """``now``: the audit's reference time (UTC); :attr:`today` is its calendar day in ``timezone`` (the
    institutions' zone, Europe/Riga: a nightly run at 02:00 Riga time is still yesterday in UTC).
    ``news_max_age_days``: M08 option 6 wants the latest news item of every language version at most this
    old (the seed names no window, L8102: "updated in several languages at once"; a quarter allows for the
    usual translation lag of English news). ``social_max_age_days``: K11M_A's "older than
    2 weeks" (seed questionnaire L8342–8350) = 14. ``declared_social``: the institution's declared
    social accounts (SOCIAL_NETWORKS_URL_*), the subjects of K11M_*."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    news_max_age_days: int = 90
    social_max_age_days: int = 14
    declared_social: tuple[str, ...] = ()
    timezone: str = "Europe/Riga"

    @property
    def today(self) -> date:
        """The calendar day of :attr:`now` in :attr:`timezone` (deadlines and news ages count in it)."""
        return self.now.astimezone(ZoneInfo(self.timezone)).date()
