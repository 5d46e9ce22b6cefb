"""Helpers every Chromium tab of the crawler uses: navigation that settles without waiting forever, and
JavaScript dialogs dismissed (alert, confirm, prompt, beforeunload block a headless tab until handled).

Settling: ``DOMContentLoaded`` within the page's time limit, then ``load`` and network idle (500 ms
without requests, Playwright's definition) each capped at ``idle_cap_ms``, so a page with one stalled
resource (a social widget that never answers) or scripts that never go quiet still renders.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from playwright.async_api import Dialog
from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page as Tab

_DISMISSING: set[asyncio.Task] = set()  # strong references until each dismiss is done (asyncio docs)


async def settle(tab: Tab, url: str, timeout_ms: float, idle_cap_ms: float) -> None:
    """Navigate ``tab`` to ``url``: DOMContentLoaded within ``timeout_ms`` (else Playwright's
    TimeoutError), then ``load`` and ``networkidle`` each waited for at most ``idle_cap_ms``. Raises
    PlaywrightError when navigation fails or the tab or browser dies meanwhile."""
    await tab.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
    for state in ("load", "networkidle"):
        try:
            await tab.wait_for_load_state(state, timeout=idle_cap_ms)
        except PlaywrightError:
            browser = tab.context.browser
            if tab.is_closed() or (browser is not None and not browser.is_connected()):
                raise


def dismiss_dialogs(tab: Tab, record: Callable[[Dialog], None] | None = None) -> None:
    """Dismiss every dialog ``tab`` opens, after ``record(dialog)`` when given. The dismiss tasks are
    referenced until done and a dismiss that fails because the tab closed is swallowed."""

    def on_dialog(dialog: Dialog) -> None:
        if record is not None:
            record(dialog)
        task = asyncio.ensure_future(_dismiss(dialog))
        _DISMISSING.add(task)
        task.add_done_callback(_DISMISSING.discard)

    tab.on("dialog", on_dialog)


async def _dismiss(dialog: Dialog) -> None:
    with contextlib.suppress(PlaywrightError):
        await dialog.dismiss()
