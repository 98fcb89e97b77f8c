"""Sitemap benchmark: the index and its files on a large archive, time and memory per request.

    .venv/bin/python benchmarks/sitemap_bench.py [--articles 1000000]

Fills a throwaway embedded PostgreSQL cluster (deleted at the end) with ``--articles`` articles
made in SQL — short texts, on pages each holding 100 KB of raw text, 20 articles a page — and
requests ``/sitemap.xml`` and several of its files through Django, in this process.  Prints the
server time (best of 3) and the peak of Python memory allocated (tracemalloc) of each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

PER_PAGE = 20


def fill(articles: int) -> None:
    from django.db import connection

    pages = -(-articles // PER_PAGE)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO archive_publication (name, slug, created_at) VALUES ('温岭日报', '温岭日报', now()) RETURNING id"
        )
        (paper,) = cursor.fetchone()
        cursor.execute(
            "INSERT INTO archive_issue (publication_id, date) "
            "SELECT %s, date '1950-01-01' + n FROM generate_series(0, %s) AS n",
            [paper, pages // 8],
        )
        cursor.execute(
            """
            INSERT INTO archive_page (publication_id, issue_id, number, name, source_name, content_hash,
                                      raw_text, imported_at, updated_at)
            SELECT %s, i.id, p.n, '要闻', i.id || '-' || p.n || '.txt', md5(i.id || '-' || p.n),
                   repeat('版面原文', 8500), now(), now()
            FROM archive_issue i CROSS JOIN generate_series(1, 8) AS p(n)
            """,
            [paper],
        )
        cursor.execute(
            """
            INSERT INTO archive_article (page_id, "order", kind, kicker, title, subtitle, body, dateline,
                column_label, continues_to, continued_from, publication_id, published_on, date_inferred,
                status, edited_by_editor, review_reasons, review_score, created_at, updated_at)
            SELECT pg.id, o.n, 'article', '', '第' || o.n || '篇', '', '正文', '', '', '', '', %s,
                   i.date, false, 'published', false, '[]', 0, now(), now()
            FROM archive_page pg JOIN archive_issue i ON i.id = pg.issue_id
            CROSS JOIN generate_series(1, %s) AS o(n)
            ORDER BY pg.id, o.n
            LIMIT %s
            """,
            [paper, PER_PAGE, articles],
        )
        cursor.execute("ANALYZE")


def measure(client, path: str) -> tuple[float, float, int]:
    """(best of 3 seconds, peak MiB, bytes) of one GET; the memory in a fourth, traced, run."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        response = client.get(path)
        best = min(best, time.perf_counter() - started)
        assert response.status_code == 200, (path, response.status_code)
    tracemalloc.start()
    response = client.get(path)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return best, peak, len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--profile", action="store_true", help="print a profile of one sitemap file")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="newsroom-sitemap-"))
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsroom.settings"
    os.environ.pop("DATABASE_URL", None)
    os.environ["NEWSROOM_PGDATA"] = str(base / "pg")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from archive.database_server import EmbeddedServer

    try:
        call_command("migrate", verbosity=0)
        started = time.monotonic()
        fill(args.articles)
        print(
            f"{args.articles:,} articles on {-(-args.articles // PER_PAGE):,} pages in {time.monotonic() - started:.0f} s"
        )
        client = Client()
        files = -(-args.articles // 50_000)
        paths = ["/sitemap.xml"] + [
            f"/sitemap-articles.xml?p={n}" for n in sorted({1, (files + 1) // 2, files})
        ]
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(client.get, paths[1])
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        for path in paths:
            seconds, peak, size = measure(client, path)
            print(f"{path:32} {seconds * 1000:8.0f} ms  peak {peak:6.1f} MiB  {size / 2**20:5.1f} MiB sent")
    finally:
        from django.db import connections

        connections.close_all()
        EmbeddedServer(base / "pg").destroy()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
