"""The production path: ``scripts/serve --production`` runs gunicorn on a named database only."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

from tests.support import PROJECT
from tests.support.import_runs import command_env

SERVE = PROJECT / "scripts" / "serve"

#: The README's production environment (with a throwaway key), as CI checks it.
PRODUCTION_ENV = {
    "DJANGO_PRODUCTION": "on",
    "DJANGO_SECRET_KEY": "tests-only-not-a-secret-aBcD3fGh1jKlMnOpQrStUvWxYz0123456789-_",
    "DJANGO_ALLOWED_HOSTS": "archive.example.cn",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://archive.example.cn",
    "DJANGO_SECURE_COOKIES": "on",
    "DJANGO_SSL_REDIRECT": "on",
    "DJANGO_HSTS_SECONDS": "31536000",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "on",
    "DJANGO_HSTS_PRELOAD": "on",
    "DJANGO_PROXY_SSL_HEADER": "on",
}


def clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "NEWSROOM_"))}
    return {**env, "PYTHONWARNINGS": "ignore", **extra}


def test_the_wsgi_entry_point_without_database_url_stops_and_starts_no_database(tmp_path):
    env = clean_env(DJANGO_SECRET_KEY="x" * 50, NEWSROOM_PGDATA=str(tmp_path / "pg"))
    result = subprocess.run(
        [sys.executable, "-c", "import newsroom.wsgi"], cwd=PROJECT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "DATABASE_URL must be set in production" in result.stderr
    assert not (tmp_path / "pg").exists()


def test_serve_production_without_database_url_stops_with_a_clear_message(tmp_path):
    env = clean_env(NEWSROOM_PGDATA=str(tmp_path / "pg"))
    result = subprocess.run([SERVE, "--production"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "set DATABASE_URL DJANGO_SECRET_KEY first" in result.stderr
    assert "embedded PostgreSQL is for development only" in result.stderr
    assert not (tmp_path / "pg").exists()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(port, path, method="GET", headers=None):
    """(status, headers, body) of one request, redirects not followed."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        client.request(method, path, headers=headers or {})
        response = client.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        client.close()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_serve_production_runs_gunicorn_with_the_production_settings():
    port = free_port()
    env = clean_env(
        **PRODUCTION_ENV,
        DATABASE_URL=command_env()["DATABASE_URL"],
        PORT=str(port),
        WEB_CONCURRENCY="2",
    )
    server = subprocess.Popen(
        [SERVE, "--production"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    proxied = {"Host": "archive.example.cn", "X-Forwarded-Proto": "https"}
    try:
        deadline = time.monotonic() + 180
        while True:
            assert server.poll() is None, server.communicate()[1].decode()
            try:
                status, headers, body = fetch(port, "/", headers=proxied)
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not answer"
                time.sleep(0.5)
        assert status == 200, body[:500]
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert "报刊档案" in body.decode()
        # Plain HTTP is sent to HTTPS; a host not named is refused.
        status, headers, _ = fetch(port, "/", headers={"Host": "archive.example.cn"})
        assert status == 301 and headers["Location"] == "https://archive.example.cn/"
        assert fetch(port, "/", headers={**proxied, "Host": "evil.example"})[0] == 400
        # Static files under hashed names from the manifest, cached for ever.
        stylesheet = next(part for part in body.decode().split('"') if part.startswith("/static/css/site."))
        assert stylesheet != "/static/css/site.css"
        status, headers, _ = fetch(port, stylesheet, headers=proxied)
        assert status == 200 and "immutable" in headers["Cache-Control"]
        assert fetch(port, "/", method="HEAD", headers=proxied)[0] == 200
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
        out, err = server.communicate(timeout=60)
    assert "Booting worker" in err.decode()
    assert '"GET / HTTP/1.1" 200' in out.decode()  # the access log
