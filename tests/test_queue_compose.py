"""docker-compose.yml, checked by its configuration (this machine cannot run Docker): PostgreSQL, the API
and two workers from the project image, wired to one database, with settings the app knows."""

from __future__ import annotations

import yaml
from sqlalchemy.engine import make_url
from typer.main import get_command

from api.cli import app as cli
from store.settings import REPO_ROOT, Settings


def compose() -> dict:
    return yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_services_are_postgres_api_and_two_workers():
    services = compose()["services"]
    assert set(services) == {"postgres", "api", "worker"}
    assert services["worker"]["deploy"]["replicas"] == 2
    assert services["worker"]["command"] == ["eindex", "worker"]
    assert services["api"]["command"][:2] == ["eindex", "serve"]
    assert {"worker", "serve", "run", "progress"} <= set(get_command(cli).commands)
    for name in ("api", "worker"):
        assert services[name]["build"] == "." and (REPO_ROOT / "Dockerfile").is_file()
        assert services[name]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])


def test_api_and_workers_share_the_database_and_evidence():
    services = compose()["services"]
    envs = [services[name]["environment"] for name in ("api", "worker")]
    assert envs[0] == envs[1]
    url = make_url(envs[0]["DATABASE_URL"].replace("${EINDEX_DB_PASSWORD:-change-me}", "pw"))
    pg = services["postgres"]["environment"]
    assert (url.drivername, url.host, url.port) == ("postgresql+psycopg", "postgres", 5432)
    assert (url.username, url.database) == (pg["POSTGRES_USER"], pg["POSTGRES_DB"])
    assert services["api"]["volumes"] == services["worker"]["volumes"]
    assert any(v.endswith(":" + envs[0]["EINDEX_DATA_DIR"]) for v in services["worker"]["volumes"])


def test_every_setting_in_the_file_exists_and_parses(monkeypatch):
    env = compose()["services"]["worker"]["environment"]
    fields = {f"EINDEX_{name.upper()}" for name in Settings.model_fields} | {"DATABASE_URL"}
    assert set(env) <= fields
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    settings = Settings()
    assert (settings.schedule_cron, settings.schedule_timezone) == ("0 2 * * *", "Europe/Riga")
    assert settings.uses_postgres
