"""Runs axe-core over the W3C ACT Rules test cases served from a local folder (``eindex act-check``).

One Chromium, one browser context, a few tabs working in parallel. axe is injected into every frame
(an init script) so that cases built with iframes are tested as axe tests real pages. Chromium resolves
no host but 127.0.0.1, so cases that reference remote assets never reach the network. The judging lives
in :mod:`checks.act`; this module only gathers what axe reports.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

from playwright.async_api import BrowserContext, Route, async_playwright
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as Tab

from api.static_server import StaticServer
from checks.act import ActCase, CaseRun, act_map, agreement_table, totals
from crawler.render import CHROMIUM_FLAGS, DESKTOP, axe_source
from crawler.tabs import dismiss_dialogs

TESTCASES = Path("WAI/content-assets/wcag-act-rules/testcases.json")
LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
REMOTE = re.compile(r"^(?!https?://127\.0\.0\.1[:/])[a-z]+://")

_RULE_META = "axe._audit.rules.map(r => [r.id, r.actIds || []])"
_RUN_RULES = """async (rules) => {
  const r = await axe.run(document, {runOnly: {type: 'rule', values: rules},
                                     resultTypes: ['violations', 'incomplete'], frameWaitTime: 5000});
  const ids = xs => xs.map(x => x.id);
  return {violations: ids(r.violations), incomplete: ids(r.incomplete), passes: ids(r.passes)};
}"""


def load_cases(root: Path) -> list[ActCase]:
    """The cases of ``<root>/WAI/content-assets/wcag-act-rules/testcases.json``.
    Raises FileNotFoundError when it is missing, ValueError when it is not the ACT test-case list."""
    path = Path(root) / TESTCASES
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [ActCase.from_json(c) for c in raw["testcases"]]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path} is not a W3C ACT testcases.json: {exc}") from exc


async def _axe_rules(context: BrowserContext) -> tuple[str, dict[str, list[str]]]:
    tab = await context.new_page()
    try:
        await tab.set_content("<!doctype html><title>axe</title>")
        return await tab.evaluate("axe.version"), dict(await tab.evaluate(_RULE_META))
    finally:
        await tab.close()


async def _evaluate(tab: Tab, rules: list[str], timeout_s: float, attempts: int = 5) -> dict:
    """axe on the current document; when the page navigates away under axe (``<meta http-equiv=refresh
    content=0>``), axe runs again on the document it landed on, as a user would meet it. On a loaded
    machine the navigation may commit only after the first retry has started: the retries wait 0.1, 0.2,
    0.4 … s, then for the load event."""
    for attempt in range(attempts - 1):
        try:
            return await asyncio.wait_for(tab.evaluate(_RUN_RULES, rules), timeout_s)
        except PlaywrightError as exc:
            if "context was destroyed" not in str(exc):
                raise
            await asyncio.sleep(0.1 * 2**attempt)
            await tab.wait_for_load_state("load", timeout=timeout_s * 1000)
    return await asyncio.wait_for(tab.evaluate(_RUN_RULES, rules), timeout_s)


async def _offline(route: Route) -> None:
    """Requests that leave 127.0.0.1 (a case redirecting to w3.org, remote media) never reach the network:
    a document gets an empty page, anything else is aborted."""
    if route.request.resource_type == "document":
        await route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>offline</title>")
    else:
        await route.abort()


async def _run_case(tab: Tab, url: str, rules: list[str], timeout_s: float) -> CaseRun:
    try:
        await tab.goto(url, wait_until="load", timeout=timeout_s * 1000)
        raw = await _evaluate(tab, rules, timeout_s)
    except (PlaywrightError, TimeoutError) as exc:
        return CaseRun(error=(str(exc).splitlines() or [type(exc).__name__])[0][:200])
    return CaseRun(violations=frozenset(raw["violations"]), incomplete=frozenset(raw["incomplete"]),
                   passes=frozenset(raw["passes"]))


async def run_act(root: Path, chromium_path: str = "/usr/bin/chromium", tabs: int = 3,
                  timeout_s: float = 20.0) -> dict:
    """Serve ``root`` on 127.0.0.1, run every supported case and return the agreement table as
    ``act-check.schema.json`` wants it (plus ``totals``). Raises FileNotFoundError / ValueError for a
    folder that is not an ACT test-case tree, PlaywrightError when Chromium cannot start."""
    cases = load_cases(root)
    base = TESTCASES.parent.as_posix() + "/"
    runs: dict[str, CaseRun] = {}
    with StaticServer(Path(root)) as server:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=chromium_path,
                                               args=[*CHROMIUM_FLAGS, LOOPBACK_ONLY])
            try:
                context = await browser.new_context(**DESKTOP, accept_downloads=False)
                await context.add_init_script(axe_source())
                await context.route(REMOTE, _offline)
                version, meta = await _axe_rules(context)
                mapping = act_map(meta)
                queue: asyncio.Queue[ActCase] = asyncio.Queue()
                for case in cases:
                    if case.rule_id in mapping:
                        queue.put_nowait(case)

                async def worker() -> None:
                    tab = await context.new_page()
                    dismiss_dialogs(tab)
                    while not queue.empty():
                        case = queue.get_nowait()
                        runs[case.path] = await _run_case(tab, server.url + base + case.path,
                                                          mapping[case.rule_id], timeout_s)
                        if runs[case.path].error:
                            await tab.close()
                            tab = await context.new_page()
                            dismiss_dialogs(tab)
                    await tab.close()

                await asyncio.gather(*(worker() for _ in range(max(1, tabs))))
            finally:
                await browser.close()
    table = agreement_table(cases, mapping, runs)
    return {"axe_version": version, "totals": totals(table),
            "rules": {rule_id: vars(row) for rule_id, row in sorted(table.items())}}
