"""Load benchmark: the production server (gunicorn) under wrk on loopback, idle and during an import.

    .venv/bin/python benchmarks/load_bench.py [--pages 160] [--seconds 20] [--connections 32] [--workers 3]

Needs wrk (Debian: ``apt-get install -y wrk``).  Everything runs on this machine and stops by
itself: a throwaway embedded PostgreSQL cluster in a temporary folder (deleted at the end),
``--pages`` generated pages imported into it (the import benchmark's corpus), then
``scripts/serve --production``'s gunicorn with the README's production environment on a free
loopback port.  Three phases, each bounded in time:

1. wrk, ``--connections`` connections for ``--seconds`` s, over a rotation of the site's pages
   (home, lists, searches, articles, a tag, a feed, the sitemap);
2. the same while ``import_articles`` imports as many pages again;
3. a hostile walk: each page × hostile values in its query parameters and in its address.

Prints requests/s, latency percentiles, non-2xx/3xx answers and socket errors from wrk, the
5xx counted in gunicorn's access log, and what the import reported.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

from import_bench import make_corpus  # noqa: E402

VENV = PROJECT / ".venv" / "bin"
HOST = "archive.example.cn"
PROXY_HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}
HOSTILE = [
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../../etc/passwd",
    "%00",
    "9" * 5000,
    "-1",
    "2023-02-30",
    "\u202e营商环境",
    "营" * 3000,
    "{{ settings.SECRET_KEY }}",
]
QUERY_NAMES = [
    "q",
    "page",
    "p",
    "sort",
    "kind",
    "date_from",
    "date_to",
    "publication",
    "section",
    "tag",
    "person",
]


def production_env(database_url: str, port: int, workers: int, access_log: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NEWSROOM_"))}
    return {
        **env,
        "DJANGO_PRODUCTION": "on",
        "DATABASE_URL": database_url,
        "DJANGO_SECRET_KEY": "benchmark-only-not-a-secret-aBcD3fGh1jKlMnOpQrStUvWxYz0123456789",
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://{HOST}",
        "DJANGO_SECURE_COOKIES": "on",
        "DJANGO_SSL_REDIRECT": "on",
        "DJANGO_HSTS_SECONDS": "31536000",
        "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "on",
        "DJANGO_HSTS_PRELOAD": "on",
        "DJANGO_PROXY_SSL_HEADER": "on",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
        "GUNICORN_ACCESS_LOG": str(access_log),
        "PYTHONWARNINGS": "ignore",
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, bytes]:
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        client.request("GET", path, headers=PROXY_HEADERS)
        response = client.getresponse()
        return response.status, response.read()
    finally:
        client.close()


def manage(env: dict, *args: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([VENV / "python", PROJECT / "manage.py", *args], cwd=PROJECT, env=env, **popen)


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("gunicorn stopped before answering")
        try:
            get(port, "/robots.txt")
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("gunicorn did not answer within 120 s")


def site_paths(port: int) -> list[str]:
    """A rotation of real pages: lists, searches, a tag, a feed, the sitemap and some articles."""
    _, sitemap = get(port, "/sitemap-articles.xml")
    articles = [
        urllib.parse.urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())
    ]
    _, tags = get(port, "/sitemap-tags.xml")
    tag = [urllib.parse.urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", tags.decode())][:1]
    fixed = [
        "/",
        "/articles/",
        "/articles/?q=营商环境",
        "/articles/?q=发展&sort=date",
        "/articles/?kind=photo",
        "/feed/",
        "/sitemap.xml",
    ]
    # The sitemaps' addresses come quoted already.
    fixed = [urllib.parse.quote(path, safe="/?=&") for path in fixed]
    return fixed + tag + articles[:: max(1, len(articles) // 40)]


WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Host"] = "%s", ["X-Forwarded-Proto"] = "https"})
end
"""


def run_wrk(port: int, paths: list[str], seconds: int, connections: int, folder: Path) -> dict:
    script = folder / "rotate.lua"
    script.write_text(WRK_SCRIPT % (", ".join(f'"{p}"' for p in paths), HOST))
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s", "--latency", "-s", script,
         f"http://127.0.0.1:{port}/"],
        capture_output=True, text=True, timeout=seconds + 60, check=True,
    ).stdout  # fmt: skip
    figures = {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "non_2xx_3xx": int((re.search(r"Non-2xx or 3xx responses: (\d+)", out) or [0, 0])[1]),
        "socket_errors": sum(map(int, (re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), "
                                                 r"timeout (\d+)", out) or [0, 0, 0, 0, 0]).groups()))
        if "Socket errors" in out else 0,
    }  # fmt: skip
    for share in ("50", "90", "99"):
        match = re.search(rf"{share}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        figures[f"p{share}_ms"] = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    return figures


def server_errors(access_log: Path, since: int) -> tuple[int, int]:
    """(lines, answers with status 5xx) of the access log after byte ``since``."""
    with open(access_log, "rb") as handle:
        handle.seek(since)
        lines = handle.read().decode("utf-8", "replace").splitlines()
    return len(lines), sum(1 for line in lines if re.search(r'" 5\d\d ', line))


def hostile_walk(port: int, paths: list[str]) -> tuple[int, int, int]:
    """(requests, 5xx, reflections) of each page × each hostile value, in the query and the address."""
    sent = errors = reflected = 0
    for path in paths:
        for value in HOSTILE:
            quoted = urllib.parse.quote(value, safe="")
            base = path.split("?")[0]
            trials = [base + "?" + "&".join(f"{name}={quoted}" for name in QUERY_NAMES)]
            trials.append(base.rstrip("/").rsplit("/", 1)[0] + "/" + quoted + "/")
            for trial in trials:
                status, body = get(port, trial)
                sent += 1
                errors += status >= 500
                reflected += b"<script>alert(1)</script>" in body
    return sent, errors, reflected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--pages", type=int, default=160, help="pages imported first, and again during phase 2"
    )
    parser.add_argument("--seconds", type=int, default=20, help="length of each wrk run (bounded: 1–120)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    args = parser.parse_args()
    seconds = min(max(args.seconds, 1), 120)
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed: apt-get install -y wrk")

    from archive.database_server import PORT, SUPERUSER, EmbeddedServer

    base = Path(tempfile.mkdtemp(prefix="newsroom-load-"))
    cluster = EmbeddedServer(base / "pg")
    server = None
    try:
        cluster.ensure_running()
        import psycopg

        socket_dir = cluster.connection_settings()["HOST"]
        with psycopg.connect(
            host=socket_dir, port=PORT, user=SUPERUSER, dbname="postgres", autocommit=True
        ) as db:
            db.execute("CREATE DATABASE newsroom")
        url = f"postgres://{SUPERUSER}@{urllib.parse.quote(socket_dir, safe='')}:{PORT}/newsroom"
        port = free_port()
        access_log = base / "access.log"
        env = production_env(url, port, args.workers, access_log)

        first, second = base / "first", base / "second"
        first.mkdir()
        second.mkdir()
        make_corpus(first, args.pages * 2 * 7 + 100)
        made = sorted(first.glob("*.txt"))
        # The second corpus: the same generator, later days, for the import during phase 2.
        for path in made[args.pages : 2 * args.pages]:
            path.rename(second / path.name)
        for path in made[2 * args.pages :]:
            path.unlink()
        assert manage(env, "migrate", "--noinput", "-v", "0").wait() == 0
        assert manage(env, "collectstatic", "--noinput", "-v", "0").wait() == 0
        started = time.monotonic()
        imported = manage(
            env, "import_articles", str(first), "--workers", "2", stdout=subprocess.PIPE, text=True
        )
        summary = imported.communicate()[0].strip()
        print(f"imported {args.pages} pages in {time.monotonic() - started:.0f} s: {summary}")

        server = subprocess.Popen(
            [VENV / "gunicorn", "-c", "python:newsroom.gunicorn", "newsroom.wsgi"],
            cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        wait_until_up(port, server)
        paths = site_paths(port)
        for path in paths:
            status, _ = get(port, path)
            assert status == 200, (status, path)
        print(f"gunicorn: {args.workers} workers on 127.0.0.1:{port}; {len(paths)} pages in the rotation")

        mark = access_log.stat().st_size
        idle = run_wrk(port, paths, seconds, args.connections, base)
        lines, errors = server_errors(access_log, mark)
        print(f"idle:           {_figures(idle)}; access log {lines} lines, {errors} × 5xx")

        mark = access_log.stat().st_size
        importer = manage(env, "import_articles", str(second), "--workers", "1",
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
        busy = run_wrk(port, paths, seconds, args.connections, base)
        lines, errors = server_errors(access_log, mark)
        print(f"during import:  {_figures(busy)}; access log {lines} lines, {errors} × 5xx")
        out, err = importer.communicate(timeout=600)
        print(f"the import meanwhile: exit {importer.returncode}; {out.strip()} {err.strip()[:300]}")

        mark = access_log.stat().st_size
        sent, errors, reflected = hostile_walk(port, paths)
        print(f"hostile walk:   {sent} requests, {errors} × 5xx, {reflected} reflected unescaped")
    finally:
        if server is not None and server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
        cluster.destroy()
        shutil.rmtree(base, ignore_errors=True)


def _figures(figures: dict) -> str:
    return (
        f"{figures['requests']} requests, {figures['per_second']:.0f}/s, "
        f"p50 {figures['p50_ms']:.0f} ms, p90 {figures['p90_ms']:.0f} ms, p99 {figures['p99_ms']:.0f} ms, "
        f"{figures['non_2xx_3xx']} non-2xx/3xx, {figures['socket_errors']} socket errors"
    )


if __name__ == "__main__":
    main()
