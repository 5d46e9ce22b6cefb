"""The mobile gatherer: loads a page in Lighthouse's mobile emulation and collects the raw facts the
M17J audits need (``checks/mobile.py`` judges them; nothing is decided here).

Emulation: Lighthouse ≤ 11's default mobile device, the Moto G Power — 412×823 CSS px screen, device pixel
ratio 1.75, touch, mobile user agent (Lighthouse ``core/config/constants.js``: ``screenEmulationMetrics
.mobile``, ``userAgents.mobile``). Without a meta viewport Chromium then lays the page out 980 px wide and
zooms out; ``innerWidth`` reports the layout width, so the gatherer also records ``screen.width``, the root
element's ``clientWidth`` / ``scrollWidth`` and ``visualViewport.scale``.

Collected in-page, following Lighthouse's gatherers (in our own code):
- font sizes of rendered text nodes, weighted by characters (``FontSize`` gatherer, audit ``font-size``);
- tap targets — elements matching Lighthouse's tap-target selector, leaving out targets nested in
  another target, links inside a block of text, fixed/sticky elements, invisible ones, those whose centre
  lies right of the screen or is covered by another element (``TapTargets`` gatherer, audit ``tap-targets``);
- ``object`` / ``embed`` / ``applet`` elements (``EmbeddedContent`` gatherer, audit ``plugins``).
"""

from __future__ import annotations

import asyncio

from playwright.async_api import BrowserContext
from playwright.async_api import Error as PlaywrightError

from checks.artifacts import MobileMetrics, Page
from crawler.tabs import dismiss_dialogs, settle
from store.evidence import put_blob

MOBILE_UA = ("Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/119.0.0.0 Mobile Safari/537.36")
MOBILE_SCREEN = {"width": 412, "height": 823}
MAX_TAP_TARGETS = 1500


def mobile_context_options(user_agent: str | None = None) -> dict:
    """``Browser.new_context`` options for the Moto G Power emulation. The crawler's own product token
    (``user_agent``) is appended to the mobile UA, so a site still sees who is calling."""
    return {"viewport": dict(MOBILE_SCREEN), "screen": dict(MOBILE_SCREEN), "device_scale_factor": 1.75,
            "is_mobile": True, "has_touch": True, "accept_downloads": False,
            "user_agent": f"{MOBILE_UA} {user_agent}" if user_agent else MOBILE_UA}


_GATHER = """(maxTargets) => {
  const TAP = 'button,a,input,textarea,select,option,[role=button],[role=checkbox],[role=link],[role=menuitem],'
    + '[role=menuitemcheckbox],[role=menuitemradio],[role=option],[role=scrollbar],[role=slider],[role=spinbutton]';
  const cs = el => getComputedStyle(el);
  const snippet = el => el.outerHTML.replace(/\\s+/g, ' ').slice(0, 300);
  const selector = el => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      if (e.id && /^[A-Za-z][\\w-]*$/.test(e.id)) { parts.unshift('#' + e.id); break; }
      const tag = e.tagName.toLowerCase();
      const same = e.parentElement ? [...e.parentElement.children].filter(c => c.tagName === e.tagName) : [e];
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
    }
    return parts.join(' > ');
  };
  window.scrollTo(0, 0);
  const root = document.documentElement;
  const meta = document.querySelector('meta[name="viewport" i]');
  const out = {viewport_content: meta ? (meta.getAttribute('content') || '') : null,
               screen_width: screen.width, inner_width: window.innerWidth, client_width: root.clientWidth,
               scroll_width: root.scrollWidth, visual_viewport_scale: window.visualViewport
                 ? window.visualViewport.scale : null};

  // text: characters per computed font size over text nodes that are laid out
  const sizes = new Map(), runs = [];
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const walker = document.createTreeWalker(document.body || root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || skip.has(el.tagName)) continue;
    const chars = Array.from(n.textContent.trim()).length;
    if (!chars) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    if (range.getClientRects().length === 0) continue;
    const px = parseFloat(cs(el).fontSize);
    sizes.set(px, (sizes.get(px) || 0) + chars);
    runs.push({el, px, chars});
  }
  out.font_sizes = [...sizes.entries()];
  runs.sort((a, b) => a.px - b.px || b.chars - a.chars);
  out.text_samples = runs.slice(0, 10).map(r => ({selector: selector(r.el), snippet: snippet(r.el),
                                                  px: r.px, chars: r.chars}));

  // tap targets
  const visible = el => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const s = cs(e);
      if (s.display === 'none' || s.visibility === 'hidden') return false;
      if ((s.display === 'block' || s.display === 'inline-block') &&
          ((e.clientWidth === 0 && s.overflowX === 'hidden') || (e.clientHeight === 0 && s.overflowY === 'hidden')))
        return false;
    }
    return true;
  };
  const fixedOrSticky = el => {
    for (let e = el; e; e = e.parentElement) if (['fixed', 'sticky'].includes(cs(e).position)) return true;
    return false;
  };
  const textAround = el => {
    const parent = el.parentElement;
    if (!parent || (parent.textContent || '').length - (el.textContent || '').length < 5) return false;
    return [...parent.childNodes].some(c => c !== el && c.nodeType === 3 && c.textContent.trim().length > 0);
  };
  const inTextBlock = el => {
    for (let e = el; e; e = e.parentElement) {
      if (!['inline', 'inline-block'].includes(cs(e).display)) return false;
      if (textAround(e)) return true;
    }
    return false;
  };
  const rectsOf = el => {
    const own = [...el.getClientRects()].map(r => ({left: r.left, top: r.top, right: r.right, bottom: r.bottom}));
    for (const child of el.children) own.push(...rectsOf(child));
    return own;
  };
  const clipped = (el, rects) => {
    for (let p = el.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
      if (cs(p).overflowY === 'visible') continue;
      const b = p.getBoundingClientRect();
      rects = rects.filter(r => r.top >= b.top && r.left >= b.left && r.right <= b.right && r.bottom <= b.bottom);
    }
    return rects;
  };
  const candidates = [];
  for (const el of document.querySelectorAll(TAP)) {
    if (candidates.length >= maxTargets) break;
    if (el.parentElement && el.parentElement.closest(TAP)) continue;
    if (inTextBlock(el) || fixedOrSticky(el) || !visible(el)) continue;
    let rects = rectsOf(el);
    if (rects.every(r => r.right - r.left === 0 && r.bottom - r.top === 0)) continue;
    rects = clipped(el, rects);
    if (!rects.length) continue;
    const area = r => (r.right - r.left) * (r.bottom - r.top);
    const big = rects.reduce((a, r) => area(r) > area(a) ? r : a);
    const cx = Math.round((big.left + big.right) / 2), cy = Math.round((big.top + big.bottom) / 2);
    if (cx >= window.innerWidth) continue;
    candidates.push({el, rects, cx, cy});
  }
  // keep targets whose centre is on top (not covered); fixed/sticky layers let clicks through meanwhile
  const lifted = [...document.querySelectorAll('*')].filter(e => ['fixed', 'sticky'].includes(cs(e).position));
  const saved = lifted.map(e => e.style.pointerEvents);
  lifted.forEach(e => { e.style.pointerEvents = 'none'; });
  candidates.sort((a, b) => a.cy - b.cy);
  out.tap_targets = [];
  for (const c of candidates) {
    if (c.cy < window.scrollY || c.cy >= window.scrollY + window.innerHeight) window.scrollTo(0, c.cy - 10);
    const top = document.elementFromPoint(c.cx - window.scrollX, c.cy - window.scrollY);
    if (!top || !(top === c.el || c.el.contains(top))) continue;
    out.tap_targets.push({selector: selector(c.el), snippet: snippet(c.el), href: c.el.href || '',
                          rects: c.rects.map(r => [r.left, r.top, r.right - r.left, r.bottom - r.top])});
  }
  lifted.forEach((e, i) => { e.style.pointerEvents = saved[i]; });
  window.scrollTo(0, 0);

  // embedded content
  out.embedded = [...document.querySelectorAll('object, embed, applet')].map(el => ({
    tag: el.tagName.toLowerCase(), type: el.getAttribute('type'), src: el.getAttribute('src'),
    data: el.getAttribute('data'), code: el.getAttribute('code'), selector: selector(el),
    params: [...el.querySelectorAll('param')].map(p => [p.getAttribute('name') || '',
                                                        p.getAttribute('value') || ''])}));
  return out;
}"""


async def gather_mobile(context: BrowserContext, page: Page, timeout_ms: float, idle_cap_ms: float = 3000) -> None:
    """Load ``page.url`` in the mobile ``context`` and fill ``page.mobile`` and ``page.mobile_screenshot``
    (the first screen, as a phone shows it). Navigation settles as the desktop pass does
    (:func:`crawler.tabs.settle`: DOMContentLoaded within ``timeout_ms``, load and network idle capped at
    ``idle_cap_ms``). A failure is recorded on ``page.mobile.error``, never raised: a page whose mobile
    run failed is left out of M17J, not counted as failing."""
    tab = await context.new_page()
    dismiss_dialogs(tab)
    try:
        await settle(tab, page.url, timeout_ms, idle_cap_ms)
        raw = await tab.evaluate(_GATHER, MAX_TAP_TARGETS)
        page.mobile = MobileMetrics(**raw)
        png = await tab.screenshot(timeout=timeout_ms)
        page.mobile_screenshot = await asyncio.to_thread(put_blob, png, ".png")
    except PlaywrightError as exc:
        page.mobile = MobileMetrics(error=(str(exc).splitlines() or ["mobile render failed"])[0][:300])
    finally:
        await tab.close()
