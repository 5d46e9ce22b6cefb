"""The review pages over HTTP (no browser): sign-in, queue order, CSRF, roles, languages, history."""

from __future__ import annotations

import re

from sqlmodel import select

from api.review.i18n import MESSAGES
from store.models import Override
from tests.api_fixtures import PASSWORD, PNG, YEAR

CSRF = re.compile(r'name="csrf" value="([0-9a-f]{64})"')


def sign_in(client, username: str) -> str:
    """Sign in through the form; returns the page's CSRF token."""
    r = client.post("/review/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review"
    assert "httponly" in r.headers["set-cookie"].lower() and "samesite=strict" in r.headers["set-cookie"].lower()
    return CSRF.search(client.get("/review").text).group(1)


def test_both_languages_have_every_word():
    assert MESSAGES["lv"].keys() == MESSAGES["en"].keys()


def test_anonymous_is_sent_to_sign_in(client, users, audited):
    for path in ("/review", "/review/institutions", f"/review/items/inst-a/M08?year={YEAR}",
                 f"/review/screenshots/{audited.screenshot}"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/review/login", path
    r = client.post(f"/review/detections/{audited.detections[('M08', '7')]}",
                    data={"action": "accept", "reason": "x"}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/review/login").text.count('lang="lv"') >= 1
    bad = client.post("/review/login", data={"username": "expert", "password": "nope nope nope"})
    assert bad.status_code == 401 and "Nepareizs lietotājvārds vai parole." in bad.text


def test_queue_lists_needs_review_first_with_evidence(client, users, audited):
    sign_in(client, "expert")
    html = client.get("/review").text
    articles = re.findall(r'<article class="item" id="det-(\d+)"', html)
    assert int(articles[0]) == audited.detections[("M08", "7")]
    # queue: needs_review or confidence below 0.8 — here only M08.7 (0.5); the rest are ≥ 0.9
    assert len(articles) == 1
    assert "<mark>&lt;input type=&#34;search&#34; name=&#34;q&#34;&gt;</mark>" in html
    assert f'src="/review/screenshots/{audited.screenshot}"' in html and "vajag pārskatu" in html
    en = client.get("/review?lang=en")
    assert '<html lang="en">' in en.text and "needs review" in en.text and "Accept" in en.text
    assert client.get("/review").text.startswith("<!doctype html>\n<html lang=\"en\">")  # cookie keeps it
    assert client.get(f"/review/screenshots/{audited.screenshot}").content == PNG
    assert client.get("/review/screenshots/" + "0" * 64).status_code == 404
    assert client.get("/review/screenshots/../../etc/passwd").status_code == 404


def test_override_through_the_form(client, users, audited, db):
    token = sign_in(client, "expert")
    det = audited.detections[("M08", "7")]
    before = client.get("/institutions/inst-a/score", headers=users.viewer).json()["e_index"]
    no_csrf = client.post(f"/review/detections/{det}", data={"action": "override", "value": "true", "reason": "x"})
    assert no_csrf.status_code == 400
    no_reason = client.post(f"/review/detections/{det}",
                            data={"action": "override", "value": "true", "reason": " ", "csrf": token})
    assert no_reason.status_code == 422 and "Pamatojums ir obligāts." in no_reason.text
    assert db.exec(select(Override)).all() == []
    r = client.post(f"/review/detections/{det}", follow_redirects=False,
                    data={"action": "override", "value": "true", "reason": "meklēšana strādā", "csrf": token})
    assert r.status_code == 303 and r.headers["location"] == f"/review/institutions/inst-a?year={YEAR}"
    rows = db.exec(select(Override)).all()
    assert [(o.option, o.value, o.created_by, o.detection_id) for o in rows] == [("7", True, "expert", det)]
    after = client.get("/institutions/inst-a/score", headers=users.viewer).json()["e_index"]
    assert after > before
    page = client.get(r.headers["location"]).text
    assert f"{after:.1f} %" in page
    hist = client.get(f"/review/items/inst-a/M08?year={YEAR}").text
    assert "meklēšana strādā" in hist and "expert" in hist
    assert len(re.findall(r'<article class="item"', client.get("/review").text)) == 0  # reviewed: out of the queue
    htmx = client.post(f"/review/detections/{audited.detections[('M08', '1')]}", headers={"HX-Request": "true"},
                       data={"action": "accept", "reason": "redzu aptaujas formu", "csrf": token})
    assert htmx.status_code == 200 and htmx.text.startswith('<article class="item"') and 'role="status"' in htmx.text


def test_viewer_reads_but_cannot_decide(client, users, audited, db):
    token = sign_in(client, "viewer")
    html = client.get("/review").text
    assert "<form method=\"post\" action=\"/review/detections" not in html
    r = client.post(f"/review/detections/{audited.detections[('M08', '7')]}",
                    data={"action": "accept", "reason": "x", "csrf": token})
    assert r.status_code == 403 and "eksperta lomu" in r.text
    assert db.exec(select(Override)).all() == []
    assert client.get("/review/institutions/nope").status_code == 404
    assert "Iestāde inst-a" in client.get("/review/institutions").text


def test_pages_send_security_headers(client, users, audited):
    sign_in(client, "expert")
    r = client.get("/review")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["referrer-policy"] == "no-referrer" and r.headers["x-frame-options"] == "DENY"
