"""The embedded server: start, reuse by a second process, restart after stop and after a crash."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest

from archive.database_server import EmbeddedServer
from tests.support import PROJECT


@pytest.fixture
def server():
    # Not under pytest's tmp_path: pytest resets its base folder to 0700 whenever a session
    # starts, which would lock the server's unprivileged user out of its data.
    server = EmbeddedServer(Path(tempfile.mkdtemp(prefix="newsroom-cluster-")))
    yield server
    server.destroy()


def _cli(server, action):
    return subprocess.run(
        [sys.executable, "-m", "archive.database_server", action, "--data-dir", str(server.base_dir)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _query(server, sql):
    params = server.connection_settings()
    with psycopg.connect(
        host=params["HOST"], port=params["PORT"], user=params["USER"], dbname="postgres"
    ) as conn:
        return conn.execute(sql).fetchone()[0]


def _postmaster_pid(server):
    return int((server.data_dir / "postmaster.pid").read_text().split("\n", 1)[0])


def test_start_listens_on_a_unix_socket_only(server):
    server.ensure_running()
    assert _query(server, "SELECT 1") == 1
    assert _query(server, "SHOW listen_addresses") == ""
    assert (server.socket_dir / ".s.PGSQL.5432").is_socket()
    if os.geteuid() == 0:
        assert server.data_dir.stat().st_uid != 0, "PostgreSQL must not run as root"


def test_extensions_the_archive_needs_are_available(server):
    server.ensure_running()
    names = _query(server, "SELECT string_agg(name, ',') FROM pg_available_extensions")
    assert {"pg_trgm", "unaccent", "btree_gin"} <= set(names.split(","))


def test_second_process_reuses_the_running_server(server):
    server.ensure_running()
    pid = _postmaster_pid(server)
    result = _cli(server, "start")
    assert result.returncode == 0, result.stderr
    assert _postmaster_pid(server) == pid


def test_two_processes_starting_at_once_share_one_server(server):
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "archive.database_server", "start", "--data-dir", str(server.base_dir)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    pids = {line.split("pid ")[1].split(",")[0] for out, _ in outputs for line in out.splitlines()}
    assert len(pids) == 1


def test_stop_then_start_again(server):
    server.ensure_running()
    assert _cli(server, "stop").stdout.strip() == "stopped"
    assert "stopped" in _cli(server, "status").stdout
    with pytest.raises(psycopg.OperationalError):
        _query(server, "SELECT 1")
    server.ensure_running()
    assert _query(server, "SELECT 2") == 2


def test_restart_after_the_server_was_killed(server):
    server.ensure_running()
    os.kill(_postmaster_pid(server), signal.SIGKILL)
    time.sleep(0.2)
    server.ensure_running()
    assert _query(server, "SELECT 3") == 3


def test_create_database_is_idempotent(server):
    server.ensure_running()
    server.create_database("newsroom_probe")
    server.create_database("newsroom_probe")
    assert _query(server, "SELECT count(*) FROM pg_database WHERE datname = 'newsroom_probe'") == 1


def test_a_running_server_whose_socket_was_removed_is_restarted(server):
    server.ensure_running()
    (server.socket_dir / ".s.PGSQL.5432").unlink()
    server.ensure_running()
    assert _query(server, "SELECT 4") == 4
