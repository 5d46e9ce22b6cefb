"""Which axe tags an audit run uses: the year's own methodology pins them (2019: WCAG 2.0 A/AA, as the seed
measured), other years take the setting (default WCAG 2.1 A/AA)."""

from __future__ import annotations

from crawler.run import run_tags
from store.settings import Settings


def test_2019_methodology_pins_wcag20():
    assert run_tags(2019, Settings()) == ["wcag2a", "wcag2aa"]


def test_new_year_uses_the_setting():
    assert run_tags(2026, Settings()) == ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    assert run_tags(2026, Settings(axe_tags=["wcag2a"])) == ["wcag2a"]
