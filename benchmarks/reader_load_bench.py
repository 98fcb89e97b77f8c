"""Many readers at once: the site under gunicorn on loopback, with and without the page cache.

Builds a throwaway archive as ``site_bench.py`` does (or reuses a cluster it kept), starts
gunicorn on 127.0.0.1, and loads it with wrk (Debian: ``apt-get install -y wrk``) from a mix of
readers' pages — home, lists first and deep, section, tag (common and mid-frequency) and person
pages, searches, article pages and their JSON, feeds — picked at random for every request.
Four bounded runs: cache on and off, each idle and while an import runs (``manage.py
import_articles`` of 2,000 new pages of a new paper, then another).  Prints requests/s, p50 and p99
latency and errors per run.

Run:  .venv/bin/python benchmarks/reader_load_bench.py [--articles 100000 | --reuse CLUSTER]
                                               [--duration 20] [--connections 32] [--workers 3]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import site_bench  # noqa: E402

PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
ARTICLE_PAGES = 150

WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
init = function(args) math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
"""


def log(message: str) -> None:
    site_bench.log(message)


def address(path: str, params: dict | None = None) -> str:
    path = quote(path, safe="/.-_%")  # reverse() has encoded the addresses it made
    return f"{path}?{urlencode(params)}" if params else path


def page_mix() -> list[str]:
    """The addresses the load is drawn from, weighted by repetition as readers might hit them."""
    from django.db.models import Count

    from archive.models import Article, Person, Section, Tag

    rng = random.Random(3)
    tags = list(Tag.objects.annotate(n=Count("article_tags")).order_by("-n").values_list("slug", "n")[:40])
    common_tag, mid_tag = tags[0][0], tags[len(tags) // 2][0]
    person = Person.objects.annotate(n=Count("credits")).order_by("-n").values_list("slug", flat=True)[0]
    sections = list(Section.objects.values_list("slug", flat=True))
    newest = Article.objects.published().newest_first()
    deep = newest[min(5000, newest.count() - 1)]
    top = Article.objects.published().order_by("-id").values_list("id", flat=True).first() or 1
    articles = []
    while len(articles) < ARTICLE_PAGES:
        found = Article.objects.published().filter(id__lte=rng.randint(1, top)).order_by("-id").first()
        if found is not None:
            articles.append(found)
    mix = ["/"] * 6 + ["/articles/"] * 4 + ["/feed/"] * 2
    mix += [address("/articles/", {"page": f"n.{deep.published_on.isoformat()}.{deep.pk}"})]
    mix += [address(f"/section/{slug}/") for slug in sections]
    mix += [address(f"/tag/{common_tag}/")] * 2 + [address(f"/tag/{mid_tag}/")] * 2
    mix += [address("/articles/", {"tag": mid_tag, "section": sections[1]})]
    mix += [address(f"/person/{person}/")] * 2
    for q in ["发展", "营商环境", site_bench.RARE_NAME, "商环", "水泵 温岭"]:
        mix += [address("/articles/", {"q": q}), address("/articles/", {"q": q, "sort": "date"})]
    for article in articles:
        mix.append(address(article.get_absolute_url()))
    for article in articles[:30]:
        mix.append(address(article.get_absolute_url().rstrip("/") + ".json"))
    return mix


class Server:
    """gunicorn on loopback, in its own process group, stopped by its id."""

    def __init__(self, port: int, env: dict, workers: int):
        self.port = port
        self.process = subprocess.Popen(
            [
                GUNICORN,
                "newsroom.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=5).read()
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    raise RuntimeError("gunicorn did not start") from None
                time.sleep(0.5)

    def get(self, path: str) -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=60) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


IMPORT_PAGES = 2000


def import_folder(folder: Path, paper: str) -> Path:
    """IMPORT_PAGES new pages of one new paper, eight a day: the seed pages, each made distinct."""
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    files = {}
    for n in range(IMPORT_PAGES):
        name = f"{n:04d}.txt"
        text = seeds[n % len(seeds)].read_text(encoding="utf-8")
        (folder / name).write_text(f"{text}\n\n（本版第{n}号）\n", encoding="utf-8")
        day = datetime.date(2031, 1, 1) + datetime.timedelta(days=n // 8)
        files[name] = {"publication": paper, "date": day.isoformat(), "page": n % 8 + 1}
    (folder / "manifest.json").write_text(json.dumps({"files": files}, ensure_ascii=False), encoding="utf-8")
    return folder


class Imports(threading.Thread):
    """One import of many new pages after another (each a new paper) until stopped, as a long
    import would run: readers see its pages every 30 s and when it ends."""

    def __init__(self, env: dict, label: str, work: Path):
        super().__init__(daemon=True)
        self.env, self.label, self.work = env, label, work
        self.stopping = threading.Event()
        self.rounds = self.failures = 0
        self.process = None

    def run(self):
        while not self.stopping.is_set():
            self.rounds += 1
            paper = f"负载测试报{self.label}{self.rounds}"
            folder = import_folder(self.work / paper, paper)
            self.process = subprocess.Popen(
                [PYTHON, "manage.py", "import_articles", str(folder), "--workers", "1", "-v", "0"],
                cwd=ROOT,
                env=self.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            self.failures += self.process.wait() not in (0, -signal.SIGTERM)
            shutil.rmtree(folder, ignore_errors=True)

    def stop(self):
        self.stopping.set()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()  # an import stopped mid-page rolls that page back
        self.join()


WRK_NUMBER = r"([\d.]+)(us|ms|s)"


def milliseconds(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(port: int, script: Path, duration: int, connections: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{duration}s",
            "--timeout",
            "10s",
            "--latency",
            "--script",
            str(script),
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = {"requests/s": float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1])}
    for label in ("50", "99"):
        match = re.search(rf"^\s+{label}%\s+{WRK_NUMBER}", output, re.MULTILINE)
        found[f"p{label} ms"] = milliseconds(match[1], match[2])
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match[1])
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(n) for n in match.groups())
    found["errors"] = errors
    found["requests"] = int(re.search(r"(\d+) requests in", output)[1])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--reuse", type=Path, help="a cluster kept by site_bench.py --keep")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway cluster's folder")
    parser.add_argument("--duration", type=int, default=20, help="seconds per run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-import", action="store_true", help="skip the runs during an import")
    parser.add_argument(
        "--import-lead", type=float, default=15, help="seconds the import runs before the load starts"
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install -y wrk")
    args.use_database_url = False
    cluster = site_bench.setup_django(args)
    work = Path(tempfile.mkdtemp(prefix="load-bench-"))
    results = []
    try:
        if not args.reuse:
            started = time.perf_counter()
            site_bench.fill(args)
            log(f"filled in {time.perf_counter() - started:.0f} s")
        from django.db import connections

        paths = page_mix()
        connections.close_all()
        (work / "paths.txt").write_text("\n".join(paths) + "\n", encoding="utf-8")
        script = work / "mix.lua"
        script.write_text(WRK_SCRIPT % (work / "paths.txt"), encoding="utf-8")
        log(f"{len(paths)} addresses in the mix, {len(set(paths))} distinct")
        base_env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings",
            # The WSGI entry point means production, which never starts the embedded server.
            "DJANGO_PRODUCTION": "off",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "NEWSROOM_PGDATA": str(cluster or args.reuse),
            "ARCHIVE_CACHE_DIR": str(work / "cache"),
        }
        for cached in (True, False):
            env = {**base_env, "ARCHIVE_PAGE_CACHE": "on" if cached else "off"}
            server = Server(args.port, env, args.workers)
            try:
                statuses = [server.get(path) for path in dict.fromkeys(paths)]  # warm, and check
                bad = [p for p, s in zip(dict.fromkeys(paths), statuses, strict=True) if s != 200]
                if bad:
                    log(f"not 200: {bad[:5]}")
                for during_import in (False, True) if not args.no_import else (False,):
                    imports = Imports(env, "甲" if cached else "乙", work) if during_import else None
                    if imports:
                        imports.start()
                        # The load starts once the import writes, so that its first refresh
                        # (30 s in) falls well inside the run, with the renders after it.
                        time.sleep(args.import_lead)
                    label = f"cache {'on' if cached else 'off'}, {'during imports' if imports else 'idle'}"
                    log(f"{label}: {args.duration} s of load")
                    found = run_wrk(args.port, script, args.duration, args.connections)
                    if imports:
                        imports.stop()
                        found["imports"] = f"{imports.rounds} ({imports.failures} failed)"
                    results.append((label, found))
                    log(f"{label}: {found}")
            finally:
                server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
        from django.db import connections

        connections.close_all()
        if cluster is not None and not (args.keep or args.reuse):
            from archive.database_server import EmbeddedServer

            EmbeddedServer(cluster).destroy()
    print(
        f"\n{args.connections} connections, {args.workers} gunicorn workers, {args.duration} s per run, "
        f"{len(paths)} addresses ({len(set(paths))} distinct)\n"
    )
    print(f"{'run':<28} {'requests/s':>11} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  imports")
    for label, found in results:
        print(
            f"{label:<28} {found['requests/s']:>11.1f} {found['p50 ms']:>8.1f} {found['p99 ms']:>8.1f} "
            f"{found['errors']:>7}  {found.get('imports', '')}"
        )


if __name__ == "__main__":
    main()
