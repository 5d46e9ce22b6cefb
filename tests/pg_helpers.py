"""Test support for the queue suites (databases come from conftest's ``pg_url``): the corpus sites as a
small registry, and worker processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from store.registry import upsert_institution

CORPUS_SITES = [  # (institution id, corpus web root, declared path, exclude)
    ("t-before", "w3c-bad", "before/home.html", ["*/reports/*", "*/annotated/*"]),
    ("t-after", "w3c-bad", "after/home.html", ["*/reports/*", "*/annotated/*"]),
    ("t-canada-en", "signin-canada", "en/index.html", []),
    ("t-canada-fr", "signin-canada", "fr/index.html", []),
]


def register_corpus(session, base_urls: dict[str, str], sites=CORPUS_SITES) -> list[str]:
    """One institution per corpus site (``base_urls``: corpus folder → served base URL); returns the
    declared URLs in order."""
    urls = []
    for inst_id, corpus, path, exclude in sites:
        url = base_urls[corpus] + path
        upsert_institution(session, inst_id, f"Test {inst_id}", "Test", False, [(url, exclude)])
        urls.append(url)
    return urls


def worker_env(db_url: str, data_dir: Path, **extra: str) -> dict[str, str]:
    """Environment of a test worker: the test database, small budgets, loopback allowed, fast heartbeats,
    no nightly schedule."""
    env = {**os.environ, "DATABASE_URL": db_url, "EINDEX_DATA_DIR": str(data_dir),
           "EINDEX_MAX_PAGES": "4", "EINDEX_MAX_RENDERED": "1", "EINDEX_ALLOW_PRIVATE": '["127.0.0.1"]',
           "EINDEX_QUEUE_HEARTBEAT": "1", "EINDEX_QUEUE_STALLED_AFTER": "4",
           "EINDEX_QUEUE_SWEEP_CRON": "* * * * * */2", "EINDEX_SCHEDULE_ENABLED": "false"}
    env.update(extra)
    return env


def start_worker(env: dict[str, str], log: Path) -> subprocess.Popen:
    """``eindex worker`` in its own process group (so a test can SIGKILL it with its browser)."""
    return subprocess.Popen([sys.executable, "-m", "api.cli", "worker"], env=env, stdout=log.open("wb"),
                            stderr=subprocess.STDOUT, start_new_session=True)
