"""How useful the seeds' tags are: one-article tags, the commonest tags, a few related lists.

    .venv/bin/python benchmarks/tag_quality.py [--related 4]

Imports seeds/ through the real importer into a throwaway embedded PostgreSQL cluster (deleted
at the end), re-tags every article once the archive's document frequencies are known (what an
editor's 重新生成标签 does), and prints: the number of tags and the share carried by one article
only, the 15 tags on most articles, tags that cut a name the page prints whole, and the related
articles of a few articles with their scores.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

PROBES = ("除雪", "水泵", "营商环境", "供水")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--related", type=int, default=len(PROBES), help="articles whose related lists are shown"
    )
    args = parser.parse_args()
    cluster = Path(tempfile.mkdtemp(prefix="tag-quality-pg-"))
    os.environ["NEWSROOM_PGDATA"] = str(cluster)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-not-a-secret")
    import django

    django.setup()
    try:
        report(args)
    finally:
        from django.db import connections

        connections.close_all()
        from archive.database_server import EmbeddedServer

        EmbeddedServer(cluster).destroy()


def figures(stage: str) -> None:
    from django.db.models import Count

    from archive.models import Article, Tag

    tags = Tag.objects.annotate(n=Count("article_tags")).filter(n__gt=0)
    total = tags.count()
    single = tags.filter(n=1).count()
    links = sum(tags.values_list("n", flat=True))
    print(
        f"{stage}: articles {Article.objects.count()}, tags {total}, links {links}, "
        f"tags on one article {single} ({single / total:.0%})"
    )
    top = tags.order_by("-n", "name")[:15]
    print("  top tags: " + ", ".join(f"{tag.name} {tag.n}" for tag in top))
    names = ("马厉", "马厉财", "中杭", "中杭水泵", "湖州", "湖州市", "数字", "数字化")
    present = [name for name in names if tags.filter(name=name).exists()]
    print("  of " + "/".join(names) + ": " + (", ".join(present) or "none"))


def report(args) -> None:
    from django.core.management import call_command

    from archive.importing.run import import_pages
    from archive.indexing import retag_articles
    from archive.models import Article

    call_command("migrate", verbosity=0)
    import_pages([PROJECT / "seeds"], workers=1)
    figures("imported")
    retag_articles(Article.objects.all())
    figures("re-tagged")

    try:
        from archive.related import scored
    except ImportError:  # the archive before related articles were scored
        from archive.views.articles import related_articles

        def scored(article, limit=None):
            return [(other, None) for other in related_articles(article)]

    shown = 0
    for word in PROBES:
        article = Article.objects.filter(title__contains=word).order_by("id").first()
        if article is None or shown >= args.related:
            continue
        shown += 1
        print(f"related to 「{article.title}」:")
        for other, score in scored(article):
            if score is None:
                print(f"    {other.title}")
                continue
            reverse = dict((found.pk, back) for found, back in scored(other, limit=None)).get(article.pk)
            same = (
                "same score back"
                if reverse is not None and abs(reverse - score) < 1e-9
                else f"back: {reverse}"
            )
            print(f"    {other.title} {score:.2f} ({same})")
        if not scored(article):
            print("    (none)")


if __name__ == "__main__":
    main()
