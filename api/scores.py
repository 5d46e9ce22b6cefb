"""Score reads for the API: fresh year results, the steps to the next maturity level, rankings,
year-over-year change, and the tabular export (CSV, XLSX)."""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from sqlmodel import Session, select

from api.questionnaire import items
from crawler.score_year import score_year
from scoring.methodology import for_year
from store.db import session_scope
from store.models import Score
from store.settings import get_settings

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
THEMES = ("communication", "customer_service", "open_data", "services", "internal_processes")


def refresh(session: Session, year: int) -> bool:
    """Recompute and commit the year's scores when any of them is stale; True when it did."""
    if session.exec(select(Score.id).where(Score.year == year, Score.stale)).first() is None:
        return False
    score_year(session, year)
    session.commit()
    return True


def refresh_later(year: int) -> None:
    """:func:`refresh` in a session of its own (a background task after a write)."""
    with session_scope(get_settings().db_url) as session:
        refresh(session, year)


def years(session: Session) -> list[int]:
    """Years that have stored scores, newest first."""
    return sorted(set(session.exec(select(Score.year))), reverse=True)


def year_result(session: Session, year: int) -> dict:
    """The year's scores in the shape of ``score.schema.json``, computed from the current sources
    without writing (the session is rolled back)."""
    try:
        return score_year(session, year)
    finally:
        session.rollback()


def next_steps(session: Session, institution_id: str, year: int, detail: dict, e_index: float | None) -> dict:
    """The concrete items that lift the institution to its next maturity level: its own unanswered or
    low-scoring items, largest e-index gain first, until the gain covers the distance to the next
    threshold. Gain of an item (percentage points of the e-index) = missing points / theme max × theme
    weight re-normalised over the applying themes (seed L10074–10102). Points per item come from the
    stored score ``detail`` (``points`` and the item's applicable ``max_points``: filters, not-applicable
    answers and per-service means already applied by the engine)."""
    method = for_year(year)
    themes = detail.get("themes", {})
    weights = {t: method.themes[t].weight for t, v in themes.items() if v.get("applies") is True}
    total = sum(weights.values())
    points, tops, sources = detail.get("points", {}), detail.get("max_points", {}), detail.get("sources", {})
    texts = items()
    candidates = []
    for qid, q in method.questions.items():
        earned, top = points.get(qid) or 0.0, tops.get(qid, q.max_points)
        if not top or earned >= top or q.theme not in weights:
            continue
        theme_max = themes[q.theme].get("max_points") or method.themes[q.theme].max_points
        gain = (top - earned) / theme_max * weights[q.theme] / total * 100.0
        item = texts.get(qid)
        candidates.append({"question_id": qid, "theme": q.theme, "source": sources.get(qid, "none"),
                           "points": earned, "max_points": top, "gain": gain,
                           "text_lv": item.text_lv if item else "", "text_en": item.text_en if item else ""})
    candidates.sort(key=lambda c: (-c["gain"], c["question_id"]))
    level = method.maturity(e_index)
    target = next((t for t in method.thresholds if e_index is not None and t > e_index), None)
    steps, reached = [], e_index
    for c in candidates:
        if target is None or reached is None or reached >= target:
            break
        steps.append(c)
        reached += c["gain"]
    return {"maturity": level, "next_level": None if target is None else (level or 0) + 1,
            "next_threshold": target, "gap": None if target is None or e_index is None else target - e_index,
            "steps": steps}


def ranking(institutions: list[dict], theme: str | None = None) -> list[dict]:
    """Included institutions ranked by e-index (``theme`` None) or a theme index, best first; ties share
    a rank (standard competition ranking, "1224")."""
    def value(e: dict) -> float | None:
        return e["e_index"] if theme is None else (e["themes"].get(theme) or {}).get("index")
    rows = sorted(((value(e), e) for e in institutions if e["included"] and value(e) is not None),
                  key=lambda p: (-p[0], p[1]["id"]))
    out, rank = [], 0
    for n, (v, e) in enumerate(rows, start=1):
        if n == 1 or v != out[-1]["value"]:
            rank = n
        out.append({"rank": rank, "id": e["id"], "name": e["name"], "sector": e.get("sector"), "value": v})
    return out


def year_over_year(current: dict, base: dict) -> dict:
    """Change in percentage points between two years' results, per institution and nationally."""
    before = {e["id"]: e for e in base["institutions"]}
    rows = []
    for e in current["institutions"]:
        old = before.get(e["id"])
        then = old["e_index"] if old else None
        rows.append({"id": e["id"], "name": e["name"], "e_index": e["e_index"], "base_e_index": then,
                     "change_pp": None if then is None or e["e_index"] is None else e["e_index"] - then})
    now_n, then_n = current["aggregates"]["national"]["e_index"], base["aggregates"]["national"]["e_index"]
    return {"year": current["year"], "base_year": base["year"], "institutions": rows,
            "national": {"e_index": now_n, "base_e_index": then_n,
                         "change_pp": None if now_n is None or then_n is None else now_n - then_n}}


COLUMNS = ("id", "name", "sector", "is_ministry", "included", "excluded_reason", "e_index", "maturity",
           "coverage", *(f"{t}_index" for t in THEMES))


def table(result: dict) -> list[list]:
    """The year's scores as rows under :data:`COLUMNS` (numbers unrounded)."""
    return [[e["id"], e["name"], e.get("sector"), e.get("is_ministry"), e["included"], e.get("excluded_reason"),
             e["e_index"], e["maturity"], e.get("coverage"),
             *((e["themes"].get(t) or {}).get("index") for t in THEMES)] for e in result["institutions"]]


def to_csv(rows: list[list]) -> bytes:
    """CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read Latvian letters)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(rows: list[list], year: int) -> bytes:
    """An XLSX workbook with one sheet ``e-index <year>`` (openpyxl)."""
    wb = Workbook()
    ws = wb.active
    ws.title = f"e-index {year}"
    ws.append(list(COLUMNS))
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
