"""Speed of the public site's list and search pages on a million articles.

Fills a throwaway database — a fresh embedded PostgreSQL cluster in a temporary folder, deleted
at the end (or, with --use-database-url, the database DATABASE_URL names, which must be one you
can throw away) — with ARTICLES articles generated in SQL: a few thousand distinct documents made
by recombining the seed pages' paragraphs, segmented once (both tsvector columns from the
segmenter's literals), reused across 25,000 issues of three papers.  A rare name (沈志江) is kept
out of the reused documents and given to 17 articles only.

Then times the pages as the server runs them (in-process requests through Django, p50 of warm
runs): list first and deep pages, facets, searches for common words, a rare name and a
non-word substring (发展, 营商环境, 沈志江, 商环), a credited reporter (作者:… and the bare name, about 1
in 430 articles), a phrase, an exclusion, an OR and a query in traditional characters, in both orders.
Each document's search document holds its reporter's name, as an imported article's does.

With --newest N on a kept cluster: searches after N articles newer than all others are added,
as an import of the latest pages adds them (see insert_newest), before and after the index merges
them; the articles are removed again at the end.

Run:  .venv/bin/python benchmarks/site_bench.py [--articles 1000000] [--documents 3000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES_PER_PAGE = 5
PAGES_PER_ISSUE = 8
PAPERS = ["温岭日报", "浙江日报", "温州日报"]
RARE_NAME = "沈志江"
RARE_ARTICLES = 17


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


#: Reporters' names: a surname and a given name, none of them in the seed text as a whole.
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋韩杨朱秦尤许何吕施张孔曹严华金魏陶姜"
GIVEN = "晓明建国丽华志强海燕文斌春梅"


def reporter_name(n: int) -> str:
    return SURNAMES[n % len(SURNAMES)] + GIVEN[(n // len(SURNAMES)) % len(GIVEN)] + GIVEN[n % 7 + 1]


def seed_paragraphs() -> tuple[list[str], list[str]]:
    paragraphs, headlines = [], []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip().lstrip("# ").replace(RARE_NAME, "沈某")
            if not line:
                continue
            if len(line) < 30:
                headlines.append(line)
            elif len(line) >= 40:
                paragraphs.append(line)
    return paragraphs, headlines


def make_documents(count: int, rng: random.Random) -> list[tuple[str, str, str]]:
    paragraphs, headlines = seed_paragraphs()
    documents = []
    for _ in range(count):
        target = rng.randint(250, 700)
        body: list[str] = []
        while sum(len(p) for p in body) < target:
            body.append(rng.choice(paragraphs))
        documents.append((rng.choice(headlines), rng.choice(headlines), "\n\n".join(body)))
    return documents


def setup_django(args) -> Path | None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-a-secret")
    os.environ["DJANGO_ALLOWED_HOSTS"] = "testserver"
    # Server time is measured: every request does its work (load_bench.py measures the cache).
    os.environ["ARCHIVE_PAGE_CACHE"] = "off"
    cluster = None
    if os.environ.get("DATABASE_URL"):
        if not args.use_database_url:
            sys.exit(
                "DATABASE_URL is set: pass --use-database-url if that database may be filled and emptied"
            )
    else:
        cluster = args.reuse or Path(tempfile.mkdtemp(prefix="site-bench-pg-"))
        os.environ["NEWSROOM_PGDATA"] = str(cluster)
    import django

    django.setup()
    from django.conf import settings

    # Pages are rendered without collectstatic having run: plain static URLs.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    return cluster


def fill(args) -> None:
    from django.core.management import call_command
    from django.db import connection

    from archive.indexing import current_segmenter, ensure_named
    from archive.models import Article, Person, Publication, Section, Tag

    log("migrating")
    call_command("migrate", verbosity=0)
    rng = random.Random(1)
    segmenter = current_segmenter()
    documents = make_documents(args.documents, rng)
    rare = make_documents(RARE_ARTICLES, random.Random(2))
    rare = [(k, t, b.replace("。", f"。记者{RARE_NAME}报道。", 1)) for k, t, b in rare]
    log(f"segmenting {len(documents) + len(rare)} documents")
    sections = list(Section.objects.values_list("id", flat=True))
    rows, keywords = [], []
    for n, (kicker, title, body) in enumerate(documents + rare):
        headline = f"{kicker} {title}"
        # Each document is credited to one reporter (the rare ones to RARE_NAME), as its articles are.
        reporter = RARE_NAME if n >= len(documents) else reporter_name(n)
        words, bigrams = segmenter.document_vectors(headline, body, people=[reporter])
        tags = [word for word, _ in segmenter.keywords(headline, body, limit=3)]
        keywords.append(tags)
        rows.append((n, kicker, title, body, words, bigrams, sections[n % len(sections)], tags))
    tag_ids = ensure_named(Tag, {t for ts in keywords for t in ts})
    people = ensure_named(Person, [reporter_name(n) for n in range(args.documents)] + [RARE_NAME])
    papers = [Publication.objects.get_or_create(name=name)[0].pk for name in PAPERS]

    issues = args.articles // (ARTICLES_PER_PAGE * PAGES_PER_ISSUE)
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit = off")
        cursor.execute("SET maintenance_work_mem = '512MB'")
        cursor.execute(
            "CREATE UNLOGGED TABLE bench_doc (n int PRIMARY KEY, kicker text, title text, body text,"
            " words tsvector, bigrams tsvector, section_id bigint, tag_ids bigint[])"
        )
        for start in range(0, len(rows), 200):
            chunk = rows[start : start + 200]
            cursor.executemany(
                "INSERT INTO bench_doc VALUES (%s, %s, %s, %s, %s::tsvector, %s::tsvector, %s, %s)",
                [(n, k, t, b, w, g, s, [tag_ids[x] for x in tags]) for n, k, t, b, w, g, s, tags in chunk],
            )
        log(f"{issues:,} issues, {issues * PAGES_PER_ISSUE:,} pages")
        cursor.execute(
            """INSERT INTO archive_issue (publication_id, date)
               SELECT (%s::bigint[])[1 + i %% 3], DATE '2000-01-01' + (i / 3)
               FROM generate_series(0, %s - 1) i""",
            [papers, issues],
        )
        cursor.execute(
            """INSERT INTO archive_page (publication_id, issue_id, number, name, source_name, content_hash,
                                         raw_text, date_inferred, date_evidence, imported_at, updated_at)
               SELECT i.publication_id, i.id, n, '', 'bench', md5(i.id::text || '-' || n), '', false, '', now(), now()
               FROM archive_issue i CROSS JOIN generate_series(1, %s) n""",
            [PAGES_PER_ISSUE],
        )
        cursor.execute("DROP INDEX article_bigrams_gin")
        cursor.execute("SELECT min(id), max(id) FROM archive_page")
        low, high = cursor.fetchone()
        step = max(1, (high - low + 1) // 10)
        doc = f"(((p.id * {ARTICLES_PER_PAGE} + o) * 2654435761) %% {args.documents})"
        for start in range(low, high + 1, step):
            cursor.execute(
                f"""INSERT INTO archive_article (page_id, "order", kind, kicker, title, subtitle, body, dateline,
                        column_label, continues_to, continued_from, publication_id, published_on,
                        date_inferred, section_id, status, review_reasons, review_score, edited_by_editor,
                        search_document, search_bigrams, created_at, updated_at)
                    SELECT p.id, o, 'article', d.kicker, d.title, '', d.body, '', '', '', '',
                        p.publication_id, i.date, false, d.section_id,
                        CASE WHEN (p.id * 5 + o) %% 100 = 0 THEN 'hidden' ELSE 'published' END,
                        CASE WHEN (p.id * 5 + o) %% 20 = 3 THEN '["no_byline"]' ELSE '[]' END::jsonb,
                        CASE WHEN (p.id * 5 + o) %% 20 = 3 THEN (p.id * 7 + o) %% 90 ELSE 0 END,
                        false, d.words, d.bigrams, now(), now()
                    FROM archive_page p
                    JOIN archive_issue i ON i.id = p.issue_id
                    CROSS JOIN generate_series(1, {ARTICLES_PER_PAGE}) o
                    JOIN bench_doc d ON d.n = {doc}
                    WHERE p.id >= %s AND p.id < %s""",
                [start, start + step],
            )
            log(f"articles: pages up to {min(start + step, high + 1) - low:,} of {high - low + 1:,}")
        cursor.execute(
            "SELECT array_agg(id) FROM (SELECT id FROM archive_article ORDER BY random() LIMIT %s) s",
            [RARE_ARTICLES],
        )
        rare_ids = cursor.fetchone()[0]
        for offset, pk in enumerate(rare_ids):
            cursor.execute(
                """UPDATE archive_article a SET kicker = d.kicker, title = d.title, body = d.body,
                       search_document = d.words, search_bigrams = d.bigrams, status = 'published'
                   FROM bench_doc d WHERE d.n = %s AND a.id = %s""",
                [args.documents + offset, pk],
            )
        log("tags and credits")
        cursor.execute(
            f"""INSERT INTO archive_articletag (article_id, tag_id, weight, origin)
                SELECT a.id, t.tag_id, 1.0, 'auto'
                FROM archive_article a
                JOIN bench_doc d ON d.n = (((a.page_id * {ARTICLES_PER_PAGE} + a."order") * 2654435761) % {args.documents})
                CROSS JOIN LATERAL unnest(d.tag_ids) AS t(tag_id)
                ON CONFLICT DO NOTHING"""
        )
        # Each article credits the reporter its document names (some documents share a name).
        person_ids = [people[reporter_name(n)] for n in range(args.documents)]
        cursor.execute(
            f"""INSERT INTO archive_credit (article_id, person_id, role, "order", office, unit)
               SELECT a.id, (%s::bigint[])[1 + (((a.page_id * {ARTICLES_PER_PAGE} + a."order") * 2654435761)
                                            %% {args.documents})], 'reporter', 0, '', ''
               FROM archive_article a""",
            [person_ids],
        )
        cursor.execute(
            """UPDATE archive_credit SET person_id = %s WHERE article_id = ANY(%s)""",
            [people[RARE_NAME], rare_ids],
        )
        cursor.execute("DROP TABLE bench_doc")
        log("building the search index")
        cursor.execute(
            "CREATE INDEX article_bigrams_gin ON archive_article USING gin (search_bigrams)"
            " WITH (gin_pending_list_limit = 32768)"
        )
        log("search index built; vacuum analyze")
        cursor.execute("VACUUM ANALYZE")
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        log(f"database size {cursor.fetchone()[0]}; articles {Article.objects.count():,}")


def tags_by_frequency() -> dict[str, tuple[str, int]]:
    """A common tag, a mid-frequency one (about 2 % of the articles) and a rare one (about 0.05 %)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.slug, x.n FROM archive_tag t JOIN (SELECT tag_id, count(*) n FROM archive_articletag"
            " GROUP BY tag_id) x ON x.tag_id = t.id ORDER BY x.n DESC"
        )
        counted = cursor.fetchall()
        cursor.execute("SELECT count(*) FROM archive_article")
        total = cursor.fetchone()[0]

    def nearest(share):
        return min(counted, key=lambda row: abs(row[1] - share * total))

    return {"common": counted[0], "mid": nearest(0.02), "rare": nearest(0.0005)}


def timings(runs: int) -> list[tuple[str, float, float, int]]:
    from django.contrib.auth.models import User
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from archive.models import Article, Person, Section, Tag

    setup_test_environment()  # responses then carry their context
    client = Client()
    editor = Client()
    editor.force_login(User.objects.get_or_create(username="bench", is_staff=True, is_superuser=True)[0])
    tags = tags_by_frequency()
    log(", ".join(f"{k} tag {slug} ({n:,})" for k, (slug, n) in tags.items()))
    economy = Section.objects.get(name="经济").slug
    reporter = Person.objects.get(name=reporter_name(7)).slug
    year = Article.objects.order_by("-published_on").values_list("published_on", flat=True)[0].year
    middle = Article.objects.published().order_by("-published_on", "-id")[
        500_000 if Article.objects.count() > 600_000 else 10
    ]
    deep = f"n.{middle.published_on.isoformat()}.{middle.pk}"

    def deep_search_token(q):
        token = None
        for _ in range(20):
            response = client.get(
                "/articles/", {"q": q, "sort": "date", **({"page": token} if token else {})}
            )
            token = response.context["window"].next_page
            if token is None:
                return None
        return token

    pages = [
        ("home", "/", {}),
        ("list, first page", "/articles/", {}),
        ("list, deep page (500,000th article)", "/articles/", {"page": deep}),
        ("list, section 经济, first page", "/articles/", {"section": economy}),
        ("list, section 经济, deep page", "/articles/", {"section": economy, "page": deep}),
    ]
    for kind, (slug, n) in tags.items():
        pages.append((f"tag page, {kind} ({n:,})", f"/tag/{slug}/", {}))
        pages.append((f"tag page, {kind}, deep page", f"/tag/{slug}/", {"page": deep}))
        pages.append((f"list ?tag={kind}&section", "/articles/", {"tag": slug, "section": economy}))
        pages.append((f"list ?tag={kind}&person", "/articles/", {"tag": slug, "person": reporter}))
        pages.append(
            (
                f"list ?tag={kind}&one year",
                "/articles/",
                {"tag": slug, "date_from": f"{year - 1}-01-01", "date_to": f"{year - 1}-12-31"},
            )
        )
        pages.append((f"list ?tag={kind}&q=发展", "/articles/", {"tag": slug, "q": "发展"}))
    mid_word = Tag.objects.get(slug=tags["mid"][0]).name
    pages += [
        (f"search mid-frequency {mid_word}, relevance", "/articles/", {"q": mid_word}),
        (f"search mid-frequency {mid_word}, date", "/articles/", {"q": mid_word, "sort": "date"}),
        ("list ?tag=common&tag=mid", "/articles/", {"tag": [tags["common"][0], tags["mid"][0]]}),
        ("person page, reporter (1 in 430)", f"/person/{reporter}/", {}),
        ("person page, reporter, deep page", f"/person/{reporter}/", {"page": deep}),
        ("list ?person=reporter&section", "/articles/", {"person": reporter, "section": economy}),
        (f"person page ({RARE_NAME})", f"/person/{RARE_NAME}/", {}),
        (
            "list ?section&one year",
            "/articles/",
            {"section": economy, "date_from": f"{year - 1}-01-01", "date_to": f"{year - 1}-12-31"},
        ),
        ("article page", middle.get_absolute_url(), {}),
    ]
    for q in [
        "发展",
        "营商环境",
        RARE_NAME,
        "商环",
        f"作者:{reporter_name(42)}",
        reporter_name(42),
        '"优化 营商环境"',
        "营商环境 -发展",
        "水泵 OR 电机",
        "營商環境",
    ]:
        pages.append((f"search {q}, relevance", "/articles/", {"q": q}))
        pages.append((f"search {q}, date", "/articles/", {"q": q, "sort": "date"}))
    pages.append(("search 营商环境 + section 经济", "/articles/", {"q": "营商环境", "section": economy}))
    for q in ["发展", "商环"]:
        token = deep_search_token(q)
        if token:
            pages.append(
                (f"search {q}, date, 21st page", "/articles/", {"q": q, "sort": "date", "page": token})
            )

    queue_page = max(1, min(200, Article.objects.exclude(review_reasons=[]).count() // 50 // 2))
    admin = "/admin/archive/article/"
    queue = "/admin/archive/reviewitem/"
    editor_pages = [
        ("admin list, first page", admin, {}),
        ("admin list, page 2,000", admin, {"p": "1999"}),
        ("admin list, section + year", admin, {"section__id__exact": "1", "published_on__year": year - 1}),
        ("admin filter 图片 (none here)", admin, {"kind__exact": "photo"}),
        ("admin filter 日期为推断 (none here)", admin, {"date_inferred__exact": "1"}),
        ("admin filter 待审", admin, {"warnings": "yes"}),
        ("admin search 发展", admin, {"q": "发展"}),
        ("admin search 营商环境", admin, {"q": "营商环境"}),
        (f"admin search {RARE_NAME}", admin, {"q": RARE_NAME}),
        ("admin search 商环", admin, {"q": "商环"}),
        (f"admin search mid-frequency {mid_word}", admin, {"q": mid_word}),
        ("admin review queue, first page", queue, {}),
        (f"admin review queue, page {queue_page}", queue, {"p": str(queue_page - 1)}),
    ]

    results = []
    for name, url, params, who in [(*p, client) for p in pages] + [(*p, editor) for p in editor_pages]:
        for _ in range(2):
            who.get(url, params)
        samples = []
        for _ in range(runs):
            reset_queries()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = who.get(url, params)
                samples.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (name, response.status_code)
        p95 = statistics.quantiles(samples, n=20, method="inclusive")[18]
        results.append((name, statistics.median(samples), p95, len(captured)))
        log(f"{name}: {results[-1][1]:.1f} / {p95:.1f} ms")
    return results


def facet_timings(runs: int) -> list[tuple[str, float]]:
    from archive import search
    from archive.models import Article
    from archive.search import FACET_SAMPLE
    from archive.search.pages import facet_counts

    base = Article.objects.published()
    out = []
    sample = base.newest_first().values("id")[:FACET_SAMPLE]
    query = search.ReaderQuery.parse("发展")
    ids = search.collect_matches(base, query).ids
    for name, source in [
        (f"facets over the newest {FACET_SAMPLE:,}", sample),
        (f"facets over {len(ids):,} matches of 发展", ids),
    ]:
        samples = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            facet_counts(source)
            samples.append((time.perf_counter() - started) * 1000)
        out.append((name, statistics.median(samples[1:])))
    return out


def filter_timings(runs: int) -> list[tuple[str, float, float]]:
    """The lists filtered by tags, people, sections and dates, and the searches of a person,
    against the first list page, timed in turns (one request of each page, then the next round),
    so that a busy moment of the machine weighs on all of them alike.

    Returns (page, p50 ms, p95 ms), the first list page first.
    """
    from django.test import Client

    from archive.models import Article, Person, Section

    client = Client()
    tags = tags_by_frequency()
    economy = Section.objects.get(name="经济").slug
    reporter = Person.objects.get(name=reporter_name(7)).slug
    year = Article.objects.order_by("-published_on").values_list("published_on", flat=True)[0].year
    one_year = {"date_from": f"{year - 1}-01-01", "date_to": f"{year - 1}-12-31"}
    pages = [("list, first page", "/articles/", {}), ("section list", "/articles/", {"section": economy})]
    pages.append(("section + one year", "/articles/", {"section": economy, **one_year}))
    for kind, (slug, n) in tags.items():
        pages += [
            (f"tag page, {kind} ({n:,})", f"/tag/{slug}/", {}),
            (f"?tag={kind}&section", "/articles/", {"tag": slug, "section": economy}),
            (f"?tag={kind}&person", "/articles/", {"tag": slug, "person": reporter}),
            (f"?tag={kind}&one year", "/articles/", {"tag": slug, **one_year}),
            (f"?tag={kind}&q=发展", "/articles/", {"tag": slug, "q": "发展"}),
        ]
    pages += [
        ("?tag=common&tag=mid", "/articles/", {"tag": [tags["common"][0], tags["mid"][0]]}),
        ("?tag=mid&tag=rare", "/articles/", {"tag": [tags["mid"][0], tags["rare"][0]]}),
        ("person page, reporter", f"/person/{reporter}/", {}),
        ("?person=reporter&section", "/articles/", {"person": reporter, "section": economy}),
        ("?person=reporter&one year", "/articles/", {"person": reporter, **one_year}),
        (f"person page ({RARE_NAME})", f"/person/{RARE_NAME}/", {}),
    ]
    for q in [f"作者:{reporter_name(42)}", reporter_name(42), f"作者:{RARE_NAME}"]:
        pages += [
            (f"search {q}, relevance", "/articles/", {"q": q}),
            (f"search {q}, date", "/articles/", {"q": q, "sort": "date"}),
        ]
    samples: dict[str, list[float]] = {name: [] for name, _, _ in pages}
    for round_ in range(runs + 2):
        for name, url, params in pages:
            started = time.perf_counter()
            response = client.get(url, params)
            if round_ >= 2:  # two warm-up rounds
                samples[name].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (name, response.status_code)
    return [
        (name, statistics.median(times), statistics.quantiles(times, n=20, method="inclusive")[18])
        for name, times in samples.items()
    ]


def print_filter_timings(runs: int) -> None:
    results = filter_timings(runs)
    first = results[0][2]
    print(f"\nLists and person searches, timed in turns over {runs} rounds\n")
    print(f"{'page':<40} {'p50 ms':>8} {'p95 ms':>8} {'× list':>7}")
    for name, ms, p95 in results:
        print(f"{name:<40} {ms:>8.1f} {p95:>8.1f} {p95 / first:>7.2f}")


NEW_TERM = "冰雪经济"


def insert_newest(count: int) -> None:
    """``count`` articles newer than every other, as an import of the latest pages adds them: their
    text without 营商 (a common term absent from the newest articles), one in eight holding a term
    no other article holds (NEW_TERM); the search index's pending list left as an import leaves it
    until its end."""
    import datetime

    from django.db import connection

    from archive.indexing import current_segmenter
    from archive.models import Article, Publication

    rng = random.Random(3)
    paragraphs, headlines = seed_paragraphs()
    paragraphs = [p for p in paragraphs if "营商" not in p]
    headlines = [h for h in headlines if "营商" not in h]
    segmenter = current_segmenter()
    newest = Article.objects.order_by("-published_on").values_list("published_on", flat=True)[0]
    paper = Publication.objects.get(name=PAPERS[0])
    per_issue = ARTICLES_PER_PAGE * PAGES_PER_ISSUE
    with connection.cursor() as cursor:
        for n in range(count):
            if n % per_issue == 0:
                day = newest + datetime.timedelta(days=1 + n // per_issue)
                cursor.execute(
                    "INSERT INTO archive_issue (publication_id, date) VALUES (%s, %s) RETURNING id",
                    [paper.pk, day],
                )
                issue = cursor.fetchone()[0]
            if n % ARTICLES_PER_PAGE == 0:
                cursor.execute(
                    """INSERT INTO archive_page (publication_id, issue_id, number, name, source_name, content_hash,
                           raw_text, date_inferred, date_evidence, imported_at, updated_at)
                       VALUES (%s, %s, %s, '', 'bench-newest', md5(%s), '', false, '', now(), now()) RETURNING id""",
                    [paper.pk, issue, 1 + n % per_issue // ARTICLES_PER_PAGE, f"newest-{issue}-{n}"],
                )
                page = cursor.fetchone()[0]
            body: list[str] = []
            while sum(map(len, body)) < rng.randint(250, 700):
                body.append(rng.choice(paragraphs))
            if n % 8 == 0:
                body[0] = body[0].replace("。", f"。{NEW_TERM}持续升温。", 1)
            kicker, title = rng.choice(headlines), rng.choice(headlines)
            words, bigrams = segmenter.document_vectors(
                f"{kicker} {title}", "\n\n".join(body), people=["新记者"]
            )
            cursor.execute(
                """INSERT INTO archive_article (page_id, "order", kind, kicker, title, subtitle, body, dateline,
                       column_label, continues_to, continued_from, publication_id, published_on, date_inferred,
                       section_id, status, review_reasons, review_score, edited_by_editor, search_document,
                       search_bigrams, created_at, updated_at)
                   VALUES (%s, %s, 'article', %s, %s, '', %s, '', '', '', '', %s, %s, false, NULL, 'published',
                       '[]', 0, false, %s::tsvector, %s::tsvector, now(), now())""",
                [
                    page,
                    1 + n % ARTICLES_PER_PAGE,
                    kicker,
                    title,
                    "\n\n".join(body),
                    paper.pk,
                    day,
                    words,
                    bigrams,
                ],
            )


def remove_newest() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM archive_article WHERE page_id IN (SELECT id FROM archive_page WHERE source_name = 'bench-newest')"
        )
        cursor.execute("DELETE FROM archive_page WHERE source_name = 'bench-newest' RETURNING issue_id")
        issues = sorted({row[0] for row in cursor.fetchall()})
        cursor.execute("DELETE FROM archive_issue WHERE id = ANY(%s)", [issues])
        cursor.execute("VACUUM ANALYZE archive_article, archive_page, archive_issue")


def newest_timings(count: int, runs: int) -> list[tuple[str, float, float]]:
    """Searches after an import of ``count`` articles newer than all others (see insert_newest),
    while the index's pending list holds them and after it is merged, timed in turns; the
    articles are removed again at the end.  Returns (page, p50 ms, p95 ms), the first list page first."""
    from django.contrib.auth.models import User
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # responses then carry their context
    client, editor = Client(), Client()
    editor.force_login(User.objects.get_or_create(username="bench", is_staff=True, is_superuser=True)[0])
    log(f"inserting {count:,} newest articles")
    try:
        insert_newest(count)
        return timed_after_newest(client, editor, runs)
    finally:
        log("removing them")
        remove_newest()


def timed_after_newest(client, editor, runs: int) -> list[tuple[str, float, float]]:
    """The searches of ``newest_timings``, with the index's pending list as the import left it, then merged."""
    from django.db import connection

    pages = [("list, first page", client, "/articles/", {})]
    for q in ["营商环境", "营商环境 -发展", NEW_TERM, "发展"]:
        pages += [
            (f"search {q}, relevance", client, "/articles/", {"q": q}),
            (f"search {q}, date", client, "/articles/", {"q": q, "sort": "date"}),
        ]
    # The last page by date: where a walk along the date index would go on past the last match.
    last, params = None, {"q": NEW_TERM, "sort": "date"}
    for _ in range(100):
        following = client.get("/articles/", {**params, **({"page": last} if last else {})}).context["window"]
        if following.next_page is None:
            break
        last = following.next_page
    pages += [
        (
            f"search {NEW_TERM}, date, last page",
            client,
            "/articles/",
            {**params, **({"page": last} if last else {})},
        ),
        ("admin search 营商环境", editor, "/admin/archive/article/", {"q": "营商环境"}),
        (f"admin search {NEW_TERM}", editor, "/admin/archive/article/", {"q": NEW_TERM}),
    ]
    results = []
    for state in ["pending list unmerged", "pending list merged"]:
        if state == "pending list merged":
            with connection.cursor() as cursor:
                cursor.execute("SELECT gin_clean_pending_list('article_bigrams_gin'::regclass)")
        samples: dict[str, list[float]] = {name: [] for name, *_ in pages}
        for round_ in range(runs + 1):
            for name, who, url, params in pages:
                started = time.perf_counter()
                response = who.get(url, params)
                if round_:  # one warm-up round
                    samples[name].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (name, response.status_code)
        results += [
            (
                f"{name} ({state})",
                statistics.median(t),
                statistics.quantiles(t, n=20, method="inclusive")[18],
            )
            for name, t in samples.items()
        ]
    return results


def vacuum_links() -> None:
    """After a migration that rewrote the links (0013), their indexes are read alone again once
    vacuumed, as autovacuum would do in a while."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'archive_articletag' AND n_dead_tup > 0"
        )
        if cursor.fetchone()[0]:
            log("vacuum analyze of the links")
            cursor.execute("VACUUM ANALYZE archive_articletag, archive_credit")


def ilike_comparison(runs: int) -> list[tuple[str, float, float, int, int, bool]]:
    """Each search page (date order) against the same page built on ILIKE over the same fields:
    its first page of ids newest first and its count, as a list without the search index would.

    Returns (query, search ms, ILIKE ms, count shown, ILIKE count, same first page) per query.
    """
    from django.db.models import Exists, OuterRef, Q
    from django.test import Client

    from archive.models import Article, Credit, Person
    from archive.pagination import page_size

    client = Client()
    out = []
    for term in ["发展", "营商环境", RARE_NAME, "商环", reporter_name(42)]:
        people = Person.objects.filter(name__icontains=term).values("id")
        found = Q(Exists(Credit.objects.filter(article=OuterRef("pk"), person__in=people)))
        for name in ["kicker", "title", "subtitle", "body", "dateline", "column_label", "publication__name"]:
            found |= Q(**{f"{name}__icontains": term})
        matching = Article.objects.published().filter(found)
        params = {"q": term, "sort": "date"}
        client.get("/articles/", params)
        samples = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get("/articles/", params)
            samples.append((time.perf_counter() - started) * 1000)
        shown = [a.pk for a in response.context["window"].items]
        count = response.context["results"].count
        # A full scan each: two runs, the faster one.
        ilike = []
        for _ in range(2):
            started = time.perf_counter()
            ids = list(matching.newest_first().values_list("id", flat=True)[: page_size()])
            total = matching.count()
            list(Article.objects.for_listing().filter(id__in=ids))
            ilike.append((time.perf_counter() - started) * 1000)
        out.append((term, statistics.median(samples), min(ilike), count, total, ids == shown))
        log(f"ILIKE {term}: {out[-1][1]:.1f} ms against {out[-1][2]:.0f} ms, same page {ids == shown}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the throwaway cluster's folder")
    parser.add_argument("--use-database-url", action="store_true")
    parser.add_argument("--reuse", type=Path, help="time again on a cluster kept by an earlier --keep run")
    parser.add_argument(
        "--filters", action="store_true", help="only the filtered lists and person searches, timed in turns"
    )
    parser.add_argument(
        "--ilike", action="store_true", help="also build each search page on ILIKE (full scans: minutes)"
    )
    parser.add_argument(
        "--newest",
        type=int,
        metavar="N",
        help="only searches after N articles newer than all others are added (removed again at the end)",
    )
    args = parser.parse_args()
    cluster = setup_django(args)
    try:
        if not args.reuse:
            started = time.perf_counter()
            fill(args)
            log(f"filled in {time.perf_counter() - started:.0f} s")
        else:
            from django.core.management import call_command

            call_command("migrate", verbosity=0)  # indexes added since the cluster was filled
            vacuum_links()
        from newsroom.warm import settle

        settle()  # this process made ready as gunicorn makes each worker before its first request
        if args.filters:
            print_filter_timings(args.runs)
            return
        if args.newest:
            results = newest_timings(args.newest, args.runs)
            first = {
                name.split(" (")[1]: p95 for name, _, p95 in results if name.startswith("list, first page")
            }
            print(
                f"\nSearches after {args.newest:,} newest articles, timed in turns over {args.runs} rounds\n"
            )
            print(f"{'page':<62} {'p50 ms':>8} {'p95 ms':>8} {'× list':>7}")
            for name, ms, p95 in results:
                print(f"{name:<62} {ms:>8.1f} {p95:>8.1f} {p95 / first[name.split(' (')[1]]:>7.2f}")
            return
        results = timings(args.runs)
        facets = facet_timings(args.runs)
        from archive.models import Article

        total = Article.objects.count()
        print(f"\n{total:,} articles; server time per request over {args.runs} warm runs\n")
        first = next(p95 for name, _, p95, _ in results if name == "list, first page")
        print(f"{'page':<40} {'p50 ms':>8} {'p95 ms':>8} {'× list':>7} {'queries':>8}")
        for name, ms, p95, queries in results:
            print(f"{name:<40} {ms:>8.1f} {p95:>8.1f} {p95 / first:>7.2f} {queries:>8}")
        for name, ms in facets:
            print(f"{name:<40} {ms:>8.1f}")
        if args.ilike:
            print(
                f"\n{'search (date order)':<24} {'p50 ms':>8} {'ILIKE ms':>9} {'×':>6} {'count':>9} {'ILIKE n':>9} same"
            )
            for term, ms, ilike_ms, count, total, same in ilike_comparison(args.runs):
                print(
                    f"{term:<24} {ms:>8.1f} {ilike_ms:>9.0f} {ilike_ms / ms:>6.0f} {count:>9,} {total:>9,} {same}"
                )
    finally:
        from django.db import connections

        connections.close_all()
        if cluster is not None and not (args.keep or args.reuse):
            from archive.database_server import EmbeddedServer

            EmbeddedServer(cluster).destroy()


if __name__ == "__main__":
    main()
