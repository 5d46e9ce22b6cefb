"""Sign-in, roles, API keys, secrets, the write log and ``eindex user add``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import jwt
import pytest
from sqlmodel import select
from typer.testing import CliRunner

from api.cli import app as cli
from store.models import User, WriteLog
from store.settings import Settings
from tests.api_fixtures import PASSWORD, is_problem, login


def test_password_flow_issues_a_jwt_with_role(client, users):
    headers = login(client, "expert")
    me = client.get("/auth/me", headers=headers)
    assert me.json() == {"username": "expert", "role": "expert", "via": "token"}
    body = is_problem(client.post("/auth/token", data={"username": "expert", "password": "wrong password!"}), 401)
    assert body["detail"] == "wrong username or password"
    is_problem(client.post("/auth/token", data={"username": "nobody", "password": PASSWORD}), 401)
    is_problem(client.post("/auth/token", data={}), 422)


def test_forged_expired_and_unknown_tokens_are_refused(client, users, api_env):
    now = datetime.now(UTC)
    forged = jwt.encode({"sub": "admin", "exp": now + timedelta(hours=1)}, "x" * 40, algorithm="HS256")
    expired = jwt.encode({"sub": "admin", "exp": now - timedelta(seconds=1)}, api_env.signing_key(), algorithm="HS256")
    ghost = jwt.encode({"sub": "ghost", "exp": now + timedelta(hours=1)}, api_env.signing_key(), algorithm="HS256")
    for token in (forged, expired, ghost, "not-a-jwt"):
        r = client.get("/institutions", headers={"Authorization": f"Bearer {token}"})
        is_problem(r, 401)
        assert r.headers["www-authenticate"] == "Bearer"


def test_roles(client, users):
    is_problem(client.get("/institutions"), 401)
    assert client.get("/institutions", headers=users.viewer).status_code == 200
    new = {"id": "i1", "name": "Iestāde"}
    is_problem(client.post("/institutions", headers=users.viewer, json=new), 403)
    is_problem(client.post("/institutions", headers=users.expert, json=new), 403)
    assert client.post("/institutions", headers=users.admin, json=new).status_code == 201
    is_problem(client.get("/users", headers=users.expert), 403)
    assert client.get("/users", headers=users.admin).json()["total"] == 4


def test_public_read_setting_opens_reads_only(client, users, api_env, monkeypatch):
    monkeypatch.setattr(api_env, "public_read", True)
    assert client.get("/institutions").status_code == 200
    is_problem(client.post("/institutions", json={"id": "i1", "name": "x"}), 401)


def test_api_keys_header_bearer_and_revocation(client, users):
    assert client.get("/auth/me", headers={"X-API-Key": users.api_key}).json()["via"] == "api_key"
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {users.api_key}"}).json()["username"] == "bot"
    created = client.post("/users", headers=users.admin, json={"username": "ci-bot", "role": "viewer"}).json()
    key = client.post(f"/users/{created['id']}/api-keys", headers=users.admin, json={"name": "nightly"}).json()
    assert key["key"].startswith(key["prefix"]) and len(key["key"]) > 40
    assert client.get("/auth/me", headers={"X-API-Key": key["key"]}).json()["role"] == "viewer"
    assert client.post(f"/api-keys/{key['id']}/revoke", headers=users.admin).status_code == 200
    is_problem(client.get("/auth/me", headers={"X-API-Key": key["key"]}), 401)
    is_problem(client.get("/auth/me", headers={"X-API-Key": "eix_guess"}), 401)
    is_problem(client.post("/api-keys/999/revoke", headers=users.admin), 404)
    is_problem(client.post("/users/999/api-keys", headers=users.admin, json={"name": "x"}), 404)


def test_user_creation_validation(client, users, db):
    is_problem(client.post("/users", headers=users.admin, json={"username": "expert", "role": "viewer"}), 409)
    is_problem(client.post("/users", headers=users.admin, json={"username": "z1", "role": "god"}), 422)
    is_problem(client.post("/users", headers=users.admin, json={"username": "zed", "role": "viewer",
                                                                 "password": "short"}), 422)
    is_problem(client.post("/users", headers=users.admin, json={"username": "a b", "role": "viewer"}), 422)
    assert len(db.exec(select(User)).all()) == 4


def test_every_write_is_logged_with_who_and_when(client, users, db):
    before = datetime.now(UTC)
    client.post("/institutions", headers=users.admin, json={"id": "i1", "name": "x"})
    client.post("/institutions", headers=users.viewer, json={"id": "i2", "name": "y"})
    client.post("/institutions", json={"id": "i3", "name": "z"})
    client.get("/institutions", headers=users.admin)
    rows = db.exec(select(WriteLog).order_by(WriteLog.id)).all()
    assert [(r.actor, r.method, r.path, r.status_code) for r in rows] == [
        ("admin", "POST", "/institutions", 201), ("viewer", "POST", "/institutions", 403),
        (None, "POST", "/institutions", 401)]
    assert all(r.at.replace(tzinfo=r.at.tzinfo or UTC) >= before - timedelta(seconds=1) for r in rows)


def test_settings_refuse_default_secrets_outside_tests():
    for secret in ("", "changethis", "too-short-secret"):
        with pytest.raises(RuntimeError):
            Settings(environment="production", secret_key=secret).signing_key()
    strong = "s" * 48
    assert Settings(environment="production", secret_key=strong).signing_key() == strong
    assert len(Settings(environment="test", secret_key="").signing_key()) >= 32


def test_cli_user_add(api_env, db):
    runner = CliRunner()
    r = runner.invoke(cli, ["user", "add", "maija", "--role", "expert", "--password-stdin", "--api-key", "laptop",
                            "--json"], input=PASSWORD + "\n")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["username"] == "maija" and out["role"] == "expert" and out["api_key"].startswith("eix_")
    user = db.exec(select(User).where(User.username == "maija")).one()
    assert user.password_hash.startswith("$argon2id$")
    log = db.exec(select(WriteLog)).one()
    assert log.method == "CLI" and log.path == "user add maija" and log.actor.startswith("cli:")
    assert runner.invoke(cli, ["user", "add", "maija", "--role", "expert", "--no-password"]).exit_code == 2
    assert runner.invoke(cli, ["user", "add", "jānis", "--role", "boss", "--no-password"]).exit_code == 2
