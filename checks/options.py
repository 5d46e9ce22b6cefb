"""Parameters of the checklist checks that are not vocabulary: the reference time and windows.

Checks never read settings (they import nothing of ours beyond ``checks``); the audit passes these in
(``crawler/audit.py`` builds them from ``store.settings``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


@dataclass(frozen=True)
class CheckOptions:
    """``now``: the audit's reference time (UTC). ``news_max_age_days``: M08 option 6 wants the latest
    news item of every language version at most this old. ``social_max_age_days``: K11M_A's "older than
    2 weeks" (seed questionnaire L8342–8350) = 14. ``declared_social``: the institution's declared
    social accounts (SOCIAL_NETWORKS_URL_*), the subjects of K11M_*."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    news_max_age_days: int = 30
    social_max_age_days: int = 14
    declared_social: tuple[str, ...] = ()
