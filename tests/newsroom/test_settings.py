import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsroom.settings import database, env_bool, env_list, secret_key
from tests.support import PROJECT


@pytest.mark.parametrize("raw", ["1", "true", "True", "YES", "on", " on "])
def test_env_bool_true(raw):
    assert env_bool("FLAG", environ={"FLAG": raw}) is True


@pytest.mark.parametrize("raw", ["0", "false", "FALSE", "no", "off", ""])
def test_env_bool_false(raw):
    assert env_bool("FLAG", True, environ={"FLAG": raw}) is False


def test_env_bool_default_when_unset():
    assert env_bool("FLAG", environ={}) is False
    assert env_bool("FLAG", True, environ={}) is True


def test_env_bool_rejects_garbage():
    with pytest.raises(ImproperlyConfigured, match="FLAG must be a boolean"):
        env_bool("FLAG", environ={"FLAG": "maybe"})


def test_hosts_are_split_on_commas_and_stripped():
    assert env_list("HOSTS", [], environ={"HOSTS": "archive.example.cn, www.example.cn,,"}) == [
        "archive.example.cn",
        "www.example.cn",
    ]
    assert env_list("HOSTS", ["localhost"], environ={}) == ["localhost"]


def test_secret_key_required_without_debug():
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY"):
        secret_key(debug=False, environ={})
    assert secret_key(debug=False, environ={"DJANGO_SECRET_KEY": "s3cret"}) == "s3cret"
    assert secret_key(debug=True, environ={}).startswith("django-insecure")


def test_database_url_wins_over_embedded_server():
    config = database(environ={"DATABASE_URL": "postgres://editor:pw@db.internal:6543/archive"})
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.internal",
        6543,
        "archive",
        "editor",
    )


def test_socket_path_in_database_url_is_decoded():
    config = database(environ={"DATABASE_URL": "postgres://postgres@%2Fvar%2Frun%2Fpostgresql/archive"})
    assert config["HOST"] == "/var/run/postgresql"


def test_embedded_server_without_database_url(tmp_path):
    config = database(environ={"NEWSROOM_PGDATA": str(tmp_path)})
    assert config["ENGINE"] == "archive.embedded_db"
    assert config["EMBEDDED_DIR"] == str(tmp_path)
    assert Path(config["HOST"]).is_absolute()


def _run(code, env_overrides, cwd=PROJECT):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_overrides)
    return subprocess.run([sys.executable, *code], cwd=cwd, env=env, capture_output=True, text=True)


WSGI = ["-c", "import newsroom.wsgi"]


def test_site_refuses_to_start_without_secret_when_debug_is_off():
    result = _run(WSGI, {"DJANGO_DEBUG": "off"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_site_starts_with_secret_and_rejects_bad_debug_value():
    named = {"DJANGO_SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://archive@db.internal/archive"}
    assert _run(WSGI, named).returncode == 0
    bad = _run(WSGI, {**named, "DJANGO_DEBUG": "sometimes"})
    assert bad.returncode != 0 and "DJANGO_DEBUG must be a boolean" in bad.stderr


def test_manage_py_keeps_a_local_secret_key_for_commands(tmp_path):
    # A copy of manage.py beside a copy-free project path: it must create and then reuse .secret_key.
    (tmp_path / "manage.py").write_text((PROJECT / "manage.py").read_text())
    probe = [
        "-c",
        "import runpy, sys; sys.argv = ['manage.py', 'check']; runpy.run_path('manage.py', run_name='__main__')",
    ]
    env = {"PYTHONPATH": str(PROJECT)}
    first = _run(probe, env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    key = (tmp_path / ".secret_key").read_text().strip()
    assert len(key) >= 50
    assert _run(probe, env, cwd=tmp_path).returncode == 0
    assert (tmp_path / ".secret_key").read_text().strip() == key
    assert not list(tmp_path.glob(".secret_key-*"))


def test_language_and_time_zone(settings):
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert settings.TIME_ZONE == "Asia/Shanghai"
    assert "*" not in settings.ALLOWED_HOSTS
