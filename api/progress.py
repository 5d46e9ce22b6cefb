"""A rich progress bar over an audit run's progress (``store.progress.run_progress``), polled from the
store, so it follows runs that workers on other machines carry out."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from store.db import session_scope
from store.progress import run_progress
from store.settings import Settings


def progress_bar(console: Console) -> Progress:
    """Sites finished of the run's sites, with done / failed / left and pages in the description."""
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[detail]}"), TimeElapsedColumn(), console=console)


def describe(progress: dict) -> str:
    """One line: ``3 done · 1 failed · 2 left (1 running) · 57 pages``."""
    s = progress["sites"]
    return (f"{s['done']} done · {s['failed']} failed · {s['left']} left ({s['running']} running) · "
            f"{progress['pages']['fetched']} pages")


def watch_run(settings: Settings, run_id: int, console: Console, poll: float = 1.0) -> dict | None:
    """Show the run's progress until it is done; returns the last progress (None for an unknown run)."""
    with progress_bar(console) as bar:
        task = bar.add_task(f"run {run_id}", total=None, detail="")
        while True:
            with session_scope(settings.db_url) as session:
                now = run_progress(session, run_id)
            if now is None:
                return None
            s = now["sites"]
            bar.update(task, total=s["total"], completed=s["done"] + s["failed"],
                       description=f"run {run_id} {now['status']}", detail=describe(now))
            if now["status"] == "done":
                return now
            time.sleep(poll)
