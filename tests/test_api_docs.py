"""The OpenAPI docs pages work offline: Swagger UI and ReDoc come from the installed package, no CDN."""

from __future__ import annotations

import re


def test_docs_pages_load_their_assets_locally(client):
    for path in ("/docs", "/redoc"):
        html = client.get(path)
        assert html.status_code == 200
        assets = re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html.text)
        assert assets, f"{path} references no script or style"
        for url in assets:
            assert url.startswith("/"), f"{path} loads {url} from elsewhere"
            assert client.get(url).status_code == 200, url
    assert client.get("/openapi.json").json()["info"]["title"] == "eindex"
