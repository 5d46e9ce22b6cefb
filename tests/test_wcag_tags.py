"""Which axe tags an audit run uses: the year's own methodology pins them (2019: WCAG 2.0 A/AA, as the seed
measured), other years take the setting (default WCAG 2.1 A/AA)."""

from __future__ import annotations

from sqlmodel import select

from api.runs import create_run
from crawler.run import run_tags
from store.db import migrate, session_scope
from store.models import Site
from store.registry import upsert_institution
from store.settings import Settings, get_settings


def test_2019_methodology_pins_wcag20():
    assert run_tags(2019, Settings()) == ["wcag2a", "wcag2aa"]


def test_new_year_uses_the_setting():
    assert run_tags(2026, Settings()) == ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
    assert run_tags(2026, Settings(axe_tags=["wcag2a"])) == ["wcag2a"]


def test_runs_started_for_a_year_record_its_tags(tmp_path):
    url = f"sqlite:///{tmp_path / 'tags.db'}"
    migrate(url)
    with session_scope(url) as session:
        upsert_institution(session, "x", "X", None, False, [("https://x.lv/", [])])
        session.flush()
        sites = list(session.exec(select(Site)))
        assert create_run(session, 2019, sites).settings["tags"] == ["wcag2a", "wcag2aa"]
        assert create_run(session, 2026, sites).settings["tags"] == list(get_settings().axe_tags)
