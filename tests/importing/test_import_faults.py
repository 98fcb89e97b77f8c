"""Real faults under a real import: a worker killed, the database stopped — one line per file left."""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pytest

from archive.database_server import PORT, SUPERUSER, EmbeddedServer
from archive.models import ImportLog, Page
from tests.support import PROJECT
from tests.support.import_runs import assert_pages_are_whole, make_corpus, start_import, summary_figures

UNFINISHED = re.compile(r"^(\S+\.txt): (.*)$", re.MULTILINE)


def workers_of(pid: int) -> list[int]:
    """The pool's worker processes among ``pid``'s children (not multiprocessing's tracker)."""
    found = []
    with open(f"/proc/{pid}/task/{pid}/children") as handle:
        children = [int(child) for child in handle.read().split()]
    for child in children:
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                if b"spawn_main" in handle.read():
                    found.append(child)
        except FileNotFoundError:
            continue
    return found


def wait_for(condition, process, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_worker_stops_the_run_with_one_line_per_unfinished_file(tmp_path):
    paths = make_corpus(tmp_path / "pages", days=30)
    process = start_import(tmp_path / "pages", "--workers", "2")
    wait_for(lambda: Page.objects.count() >= 5 and workers_of(process.pid), process)
    os.kill(workers_of(process.pid)[0], signal.SIGKILL)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1
    assert "Traceback" not in err
    figures = summary_figures(out)
    lines = UNFINISHED.findall(err)
    assert len(lines) == figures["failed"] > 0
    assert figures["new"] + figures["failed"] == len(paths)
    assert lines[0][1] == "a worker process died"
    assert all(reason.startswith("not finished: the run stopped") for _, reason in lines[1:])
    assert "the run stopped: a worker process died" in err
    # A worker may have written a page whose result was lost with the pool: it is whole, and
    # the re-run finds it unchanged.
    assert Page.objects.count() >= figures["new"]
    assert_pages_are_whole()
    log = ImportLog.objects.get()
    assert log.status == ImportLog.Status.ABORTED and len(log.errors) == figures["failed"]

    again = start_import(tmp_path / "pages", "--workers", "2")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert Page.objects.count() == len(paths)


def test_a_stopped_database_stops_the_run_with_one_line_per_unfinished_file(tmp_path):
    # Outside pytest's own temporary folders, which the server's unprivileged user cannot enter.
    cluster = EmbeddedServer(Path(tempfile.mkdtemp(prefix="newsroom-faults-pg-")))
    cluster.ensure_running()
    try:
        socket_dir = cluster.connection_settings()["HOST"]
        import psycopg

        with psycopg.connect(
            host=socket_dir, port=PORT, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as db:
            db.execute("CREATE DATABASE faults")
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://{SUPERUSER}@{urllib.parse.quote(socket_dir, safe='')}:{PORT}/faults",
            "DJANGO_SETTINGS_MODULE": "newsroom.test_settings",
            "PYTHONWARNINGS": "ignore",
        }
        manage = [sys.executable, str(PROJECT / "manage.py")]
        subprocess.run([*manage, "migrate", "-v", "0"], env=env, cwd=PROJECT, check=True)
        paths = make_corpus(tmp_path / "pages", days=30)
        process = subprocess.Popen(
            [*manage, "import_articles", str(tmp_path / "pages"), "--workers", "1"],
            env=env, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip

        def pages():
            with psycopg.connect(host=socket_dir, port=PORT, user=SUPERUSER, dbname="faults") as db:
                return db.execute("SELECT count(*) FROM archive_page").fetchone()[0]

        wait_for(lambda: pages() >= 3, process)
        cluster.stop()
        out, err = process.communicate(timeout=120)
        assert process.returncode == 1
        assert "Traceback" not in err
        lines = UNFINISHED.findall(err)
        assert lines and lines[0][1].startswith("the database stopped answering")
        assert all(reason.startswith("not finished: the run stopped") for _, reason in lines[1:])
        assert "the run stopped: the database stopped answering" in err
        cluster.ensure_running()
        done = pages()
        assert done + len(lines) == len(paths)
        # The log could not be closed with the database gone; the next run closes it as 中断.
        again = subprocess.run(
            [*manage, "import_articles", str(tmp_path / "pages"), "--workers", "1"],
            env=env, cwd=PROJECT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert again.returncode == 0, again.stderr
        with psycopg.connect(host=socket_dir, port=PORT, user=SUPERUSER, dbname="faults") as db:
            statuses = [row[0] for row in db.execute("SELECT status FROM archive_importlog ORDER BY id")]
        assert statuses == ["aborted", "succeeded"]
        assert pages() == len(paths)
    finally:
        cluster.destroy()
