"""Institutions, audit runs, pages and evidence, detections, self-assessment upload; bad input gives
4xx problem details and writes nothing."""

from __future__ import annotations

import gzip
import io

from sqlmodel import select
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from store.models import AuditRun, Institution, PageRecord, Site
from tests.api_fixtures import PNG, YEAR, is_problem

INST = {"id": "lv-vid", "name": "Valsts ieņēmumu dienests", "sector": "Finanšu ministrija",
        "sites": [{"url": "https://www.vid.gov.lv/lv", "exclude": ["/lv/arhivs/*"]}, {"url": "https://eds.vid.gov.lv/"}],
        "social_accounts": [{"network": "facebook", "url": "https://www.facebook.com/VID"}]}


def test_institution_create_update_list_filter(client, users, db):
    r = client.post("/institutions", headers=users.admin, json=INST)
    assert r.status_code == 201
    body = r.json()
    assert [s["url"] for s in body["sites"]] == ["https://www.vid.gov.lv/lv", "https://eds.vid.gov.lv/"]
    assert body["sites"][0]["exclude"] == ["/lv/arhivs/*"] and body["social_accounts"][0]["network"] == "facebook"
    is_problem(client.post("/institutions", headers=users.admin, json=INST), 409)
    client.post("/institutions", headers=users.admin, json={"id": "lv-fm", "name": "Finanšu ministrija",
                                                           "sector": "Finanšu ministrija", "is_ministry": True})
    client.post("/institutions", headers=users.admin, json={"id": "lv-km", "name": "Kultūras ministrija",
                                                           "sector": "Kultūras ministrija", "is_ministry": True})
    main_id = body["sites"][0]["id"]
    upd = client.put("/institutions/lv-vid", headers=users.admin, json={**{k: v for k, v in INST.items() if k != "id"},
                     "sites": [{"url": "https://www.vid.gov.lv/"}], "active": False}).json()
    assert upd["sites"][0]["id"] == main_id and upd["sites"][0]["url"] == "https://www.vid.gov.lv/"
    assert upd["active"] is False
    lst = client.get("/institutions", headers=users.viewer, params={"sector": "Finanšu ministrija"}).json()
    assert lst["total"] == 2 and [i["id"] for i in lst["items"]] == ["lv-fm", "lv-vid"]
    assert client.get("/institutions", headers=users.viewer, params={"is_ministry": True}).json()["total"] == 2
    assert client.get("/institutions", headers=users.viewer, params={"q": "IEŅĒMUMU"}).json()["total"] == 1
    page2 = client.get("/institutions", headers=users.viewer, params={"limit": 2, "offset": 2}).json()
    assert page2["total"] == 3 and [i["id"] for i in page2["items"]] == ["lv-vid"]
    assert client.get("/institutions/lv-fm", headers=users.viewer).json()["is_ministry"] is True
    is_problem(client.get("/institutions/none", headers=users.viewer), 404)
    is_problem(client.put("/institutions/none", headers=users.admin, json={"name": "x"}), 404)


def test_bad_institutions_write_nothing(client, users, db):
    bad = [{**INST, "sites": [{"url": "ftp://x.lv/"}]}, {**INST, "sites": [{"url": "https://x.lv:99999/"}]},
           {**INST, "id": "has space"}, {**INST, "name": ""}, {**INST, "is_ministry": "perhaps"},
           {**INST, "social_accounts": [{"network": "x", "url": "javascript:alert(1)"}]}, {"id": "x"}]
    for body in bad:
        is_problem(client.post("/institutions", headers=users.admin, json=body), 422)
    r = client.post("/institutions", headers={**users.admin, "Content-Type": "application/json"}, content=b"{not json")
    is_problem(r, 422)
    is_problem(client.get("/institutions", headers=users.viewer, params={"limit": 0}), 422)
    is_problem(client.get("/institutions", headers=users.viewer, params={"limit": "many"}), 422)
    assert db.exec(select(Institution)).all() == [] and db.exec(select(Site)).all() == []


def test_runs_list_progress_sites_pages(client, users, audited):
    runs = client.get("/audit-runs", headers=users.viewer).json()
    assert runs["total"] == 1
    assert runs["items"][0]["progress"] == {"sites": 1, "done": 1, "failed": 0, "left": 0, "pages_fetched": 3}
    one = client.get(f"/audit-runs/{audited.run_id}", headers=users.viewer).json()
    assert one["sites"][0]["id"] == audited.site_audit_id and len(one["sites"][0]["detections"]) == 14
    assert client.get("/audit-runs", headers=users.viewer, params={"year": 1999 + 1}).json()["total"] == 0
    sites = client.get(f"/audit-runs/{audited.run_id}/sites", headers=users.viewer, params={"status": "ok"}).json()
    assert [s["id"] for s in sites["items"]] == [audited.site_audit_id]
    pages = client.get(f"/site-audits/{audited.site_audit_id}/pages", headers=users.viewer).json()
    assert pages["total"] == 1 and "axe" not in pages["items"][0]
    page = client.get(f"/pages/{audited.page_id}", headers=users.viewer).json()
    assert page["evidence"] == {"screenshot": f"/pages/{audited.page_id}/screenshot", "dom": None, "warc": None}
    shot = client.get(f"/pages/{audited.page_id}/screenshot", headers=users.viewer)
    assert shot.headers["content-type"] == "image/png" and shot.content == PNG
    is_problem(client.get(f"/pages/{audited.page_id}/dom", headers=users.viewer), 404)
    is_problem(client.get(f"/pages/{audited.page_id}/warc", headers=users.viewer), 404)
    for path in ("/audit-runs/999", "/audit-runs/999/sites", "/site-audits/999/pages", "/pages/999",
                 "/pages/999/screenshot"):
        is_problem(client.get(path, headers=users.viewer), 404)


def test_dom_snapshot_and_warc_record_download(client, users, audited, db, api_env):
    from store.evidence import put_blob
    dom = b"<html><body><h1>Sveiki</h1></body></html>"
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    first = writer.create_warc_record("https://a.example.lv/", "response", payload=io.BytesIO(b"first"),
                                      http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/plain")],
                                                                    protocol="HTTP/1.1"))
    writer.write_record(first)
    offset = buf.tell()
    second = writer.create_warc_record("https://inst-a.example.lv/", "response", payload=io.BytesIO(b"<p>lapa</p>"),
                                       http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                                                     protocol="HTTP/1.1"))
    writer.write_record(second)
    (api_env.data_dir / "warc" / "2026").mkdir(parents=True)
    (api_env.data_dir / "warc" / "2026" / "run.warc.gz").write_bytes(buf.getvalue())
    page = db.get(PageRecord, audited.page_id)
    page.dom_sha256, page.warc_file, page.warc_offset = put_blob(dom, ".html"), "2026/run.warc.gz", offset
    db.add(page)
    db.commit()
    r = client.get(f"/pages/{audited.page_id}/dom", headers=users.viewer)
    assert r.content == dom and r.headers["content-type"].startswith("text/plain")
    w = client.get(f"/pages/{audited.page_id}/warc", headers=users.viewer)
    assert w.headers["content-type"] == "application/warc"
    record = gzip.decompress(w.content)
    assert b"WARC-Target-URI: https://inst-a.example.lv/" in record and record.endswith(b"<p>lapa</p>\r\n\r\n")
    page.warc_offset = 5  # inside the first gzip member: warcio alone would skip on to the next record
    db.add(page)
    db.commit()
    is_problem(client.get(f"/pages/{audited.page_id}/warc", headers=users.viewer), 404)
    page.warc_file, page.warc_offset = "../api.db", 0  # never outside the WARC folder
    db.add(page)
    db.commit()
    is_problem(client.get(f"/pages/{audited.page_id}/warc", headers=users.viewer), 404)


def test_start_run_validation(client, users, db, audited):
    is_problem(client.post("/audit-runs", headers=users.admin, json={"year": YEAR, "institution_ids": ["nope"]}), 404)
    client.post("/institutions", headers=users.admin, json={"id": "empty", "name": "No sites"})
    is_problem(client.post("/audit-runs", headers=users.admin, json={"year": YEAR, "institution_ids": ["empty"]}), 422)
    is_problem(client.post("/audit-runs", headers=users.admin, json={"year": 1800}), 422)
    is_problem(client.post("/audit-runs", headers=users.expert, json={"year": YEAR}), 403)
    assert len(db.exec(select(AuditRun)).all()) == 1


def test_detections_queue_order_and_filters(client, users, audited):
    r = client.get("/detections", headers=users.viewer, params={"institution_id": "inst-a"}).json()
    assert r["total"] == 14
    statuses = [d["status"] for d in r["items"]]
    assert statuses[0] == "needs_review" and "needs_review" not in statuses[1:]
    confidences = [d["confidence"] for d in r["items"][1:]]
    assert confidences == sorted(confidences)
    first = r["items"][0]
    got = (first["question_id"], first["option"], first["institution_id"], first["year"])
    assert got == ("M08", "7", "inst-a", YEAR)
    low = client.get("/detections", headers=users.viewer, params={"max_confidence": 0.9}).json()
    assert all(d["confidence"] <= 0.9 for d in low["items"]) and low["total"] == 1 + 7 + 2 - 1
    assert client.get("/detections", headers=users.viewer, params={"question_id": "M16J"}).json()["total"] == 4
    assert client.get("/detections", headers=users.viewer, params={"run_id": 999}).json()["total"] == 0
    assert client.get("/detections", headers=users.viewer, params={"status": "needs_review"}).json()["total"] == 1
    is_problem(client.get("/detections", headers=users.viewer, params={"status": "maybe"}), 422)
    is_problem(client.get("/detections", headers=users.viewer, params={"min_confidence": 2}), 422)


def test_self_assessment_upload_limits(client, users, api_env, monkeypatch):
    monkeypatch.setattr(api_env, "upload_max_bytes", 100)
    is_problem(client.post("/self-assessments", headers=users.admin, params={"year": YEAR},
                           files={"file": ("a.pdf", b"%PDF-1.4", "application/pdf")}), 415)
    is_problem(client.post("/self-assessments", headers=users.admin, params={"year": YEAR},
                           files={"file": ("a.csv", b"x" * 101, "text/csv")}), 413)
    is_problem(client.post("/self-assessments", headers=users.admin, params={"year": YEAR}), 422)
    is_problem(client.post("/self-assessments", headers=users.expert, params={"year": YEAR},
                           files={"file": ("a.csv", b"institution_id,question_id,value\n", "text/csv")}), 403)


def test_every_error_is_a_problem(client, users):
    is_problem(client.get("/no/such/path"), 404)
    is_problem(client.patch("/institutions", headers=users.admin), 405)
    body = is_problem(client.get("/detections", headers=users.viewer, params={"limit": -1}), 422)
    assert body["errors"][0]["loc"] == ["query", "limit"]
    assert client.get("/health").json() == {"status": "ok"}


def test_latest_only_reads_each_sites_newest_audit(client, users, audited, db):
    from checks.detection import Detection
    from store.models import SiteAudit
    from store.repo import detection_record
    run = AuditRun(assessment_year=YEAR, status="done")
    db.add(run)
    db.flush()
    newer = SiteAudit(run_id=run.id, site_id=audited.main_site_id, url="https://inst-a.example.lv/", status="ok")
    db.add(newer)
    db.flush()
    db.add(detection_record(newer.id, Detection("M08", "7", None, "needs_review", 0.4, reason="timeout")))
    db.commit()
    every = client.get("/detections", headers=users.viewer, params={"question_id": "M08"}).json()
    latest = client.get("/detections", headers=users.viewer, params={"question_id": "M08", "latest": True}).json()
    assert every["total"] == 9 and latest["total"] == 1 and latest["items"][0]["site_audit_id"] == newer.id
