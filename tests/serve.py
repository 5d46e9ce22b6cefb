"""Serve the Latvian test sites and the CKAN-shaped portal for a manual ``eindex evaluate`` run:

    .venv/bin/python -m tests.serve tests/labels/tuning.yaml

renders every site of the label file for today (or serves its ``corpus:`` web root from the shared
folder), serves each host on its own 127.0.0.1 port, and prints the
environment and the ``eindex evaluate`` command line to run in another shell (Ctrl-C stops).
"""

from __future__ import annotations

import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from api.static_server import StaticServer
from store.settings import get_settings
from tests.ckan_stub import CkanStub
from tests.sitekit import LABELS, render_site


def serve_labels(label_file: Path, stack: ExitStack, tmp: Path) -> tuple[list[str], str]:
    """Start servers for every site of ``label_file``; returns (--resolve pairs, CKAN base URL)."""
    sites = yaml.safe_load(label_file.read_text(encoding="utf-8"))["sites"]
    listed = yaml.safe_load((LABELS / "portal.yaml").read_text(encoding="utf-8"))["listed"]
    resolve = []
    served: dict[str, str] = {}
    for name, entry in sites.items():
        host = urlsplit(entry["url"]).hostname
        if host in served:
            continue
        root = (
            (get_settings().shared_dir / entry["corpus"])
            if entry.get("corpus")
            else render_site(name, tmp, date.today())
        )
        server = stack.enter_context(StaticServer(root))
        served[host] = f"127.0.0.1:{server.httpd.server_address[1]}"
        resolve.append(f"{host}={served[host]}")
    ckan = stack.enter_context(CkanStub(listed))
    return resolve, ckan.url


def main() -> None:
    """Entry point: serve until interrupted."""
    label_file = Path(sys.argv[1])
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        resolve, ckan = serve_labels(label_file, stack, Path(tmp))
        print(
            f"EINDEX_CKAN_URL={ckan} EINDEX_ALLOW_PRIVATE='[\"127.0.0.1\"]' "
            f"eindex evaluate --labels {label_file} "
            + " ".join(f"--resolve {r}" for r in resolve)
            + " --json"
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
