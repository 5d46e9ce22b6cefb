"""The review flow in the real browser (Playwright driving Debian's Chromium) against the app served by
uvicorn on 127.0.0.1: an expert signs in, opens the queue, overrides with a reason and sees the
institution's score change; a viewer gets 403; and every page passes axe with zero WCAG 2.x A/AA
violations."""

from __future__ import annotations

import re
import socket
import threading
import time

import pytest
import uvicorn
from playwright.sync_api import sync_playwright

from crawler.render import axe_source
from tests.api_fixtures import PASSWORD, YEAR

# WCAG 2.0, 2.1 and 2.2 levels A and AA as axe-core tags them.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def server(api_env, users, audited):
    """The app on a free loopback port for the duration of the test."""
    from api.app import app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


def axe_violations(page) -> list[dict]:
    """axe-core (the bundled build) run on the page with the WCAG A/AA tags; violations as (id, targets)."""
    page.evaluate(axe_source())
    result = page.evaluate("async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
                           WCAG_AA)
    assert result["passes"], "axe checked nothing"
    return [{"id": v["id"], "help": v["help"], "targets": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]]


def sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/review/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/review")


def e_index(page, base: str) -> float:
    page.goto(f"{base}/review/institutions/inst-a?year={YEAR}")
    return float(page.inner_text("#e-index").replace("%", "").strip())


@pytest.mark.slow
def test_review_flow_and_accessibility(server, audited, api_env):
    checked = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=api_env.chromium_path, args=["--no-sandbox"])
        try:
            page = browser.new_context().new_page()
            page.set_content("<html><body><img src='x.png'><a href='#'></a></body></html>")  # the probe finds faults
            assert {"html-has-lang", "image-alt", "link-name"} <= {v["id"] for v in axe_violations(page)}
            page.goto(f"{server}/review/login")
            checked["login"] = axe_violations(page)
            sign_in(page, server, "expert")
            before = e_index(page, server)
            checked["institution"] = axe_violations(page)
            page.goto(f"{server}/review")
            checked["queue"] = axe_violations(page)
            item = page.locator(f"#det-{audited.detections[('M08', '7')]}")
            item.get_by_label("Atbilst (jā)").check()
            item.get_by_label("Pamatojums").fill("Meklēšana atrod rezultātus (/meklet?q=nodokļi)")
            item.get_by_role("button", name="Mainīt vērtību").click()
            # htmx swaps the item for a "saved" note; without htmx the form redirects to the overview
            page.locator("p.ok[role=status], #e-index").first.wait_for()
            after = e_index(page, server)
            assert after > before
            page.goto(f"{server}/review/items/inst-a/M08?year={YEAR}")
            assert "Meklēšana atrod rezultātus" in page.content()
            checked["history"] = axe_violations(page)
            page.goto(f"{server}/review?lang=en&status=detected")
            checked["queue (en)"] = axe_violations(page)
            page.goto(f"{server}/review/institutions")
            checked["institutions"] = axe_violations(page)

            viewer = browser.new_context().new_page()
            sign_in(viewer, server, "viewer")
            token = re.search(r'name="csrf" value="([0-9a-f]+)"', viewer.content()).group(1)
            det = audited.detections[("M16J", "2")]
            r = viewer.request.post(f"{server}/review/detections/{det}",
                                    form={"action": "accept", "reason": "x", "csrf": token})
            assert r.status == 403
            api = viewer.request.post(f"{server}/overrides", data={"year": YEAR, "institution_id": "inst-a",
                                      "question_id": "M08", "option": "1", "value": False, "reason": "x"})
            assert api.status == 401 and api.headers["content-type"] == "application/problem+json"
        finally:
            browser.close()
    assert checked == {name: [] for name in checked}, checked
    assert len(checked) == 6
