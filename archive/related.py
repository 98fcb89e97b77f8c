"""Related articles: those sharing the most specific tags with an article, and a like headline.

The score of a pair is symmetric — it reads nothing one of the two articles has and the other
does not — so when B is shown as related to A with a score, A is related to B with the same
score (each page still shows only its best few).  Below ``FLOOR`` nothing is shown: two articles
sharing only a common tag are not related.

* each shared tag counts its specificity, ``ln((N + 1) / (n + 1))`` for a tag on ``n`` of the
  archive's ``N`` articles (a tag on every other article counts almost nothing), times the
  geometric mean of its weight on the two articles;
* the text's likeness — Dice's coefficient of the character bigrams of headline and lead, 0–1 —
  adds up to ``TEXT_SIMILARITY``.

The work is bounded: candidates are the ``CANDIDATES`` newest articles sharing a tag (the text
of the ``TEXT_CANDIDATES`` best of them is compared), and each
tag's articles are counted up to ``COUNT_CAP``; the candidates are read as plain rows, and
only the few shown become model instances (four statements in all).
"""

from __future__ import annotations

import math

from django.db import connection
from django.db.models.functions import Left

from archive.folding import fold
from archive.models import Article, ArticleTag
from archive.segmentation.tsearch import char_runs

LIMIT = 5
CANDIDATES = 400
#: The text of only this many candidates, those sharing the most specific tags, is compared.
TEXT_CANDIDATES = 60
COUNT_CAP = 10_000
#: Dice's coefficient of the bigrams of headline and lead counts this many times.
TEXT_SIMILARITY = 3.0
#: The lead: this many characters of the body.
LEAD = 120
FLOOR = 1.5


def specificity(tag_ids: list[int]) -> dict[int, float]:
    """{tag id: ln((N + 1) / (n + 1))}, each tag's articles counted up to COUNT_CAP.

    N is the planner's number of articles once the table is large, else an exact count.
    """
    if not tag_ids:
        return {}
    links, articles = ArticleTag._meta.db_table, Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT t.id,
                   (SELECT count(*) FROM (SELECT 1 FROM {links} WHERE tag_id = t.id LIMIT {COUNT_CAP}) AS x),
                   (SELECT reltuples FROM pg_class WHERE oid = %s::regclass),
                   (SELECT count(*) FROM (SELECT 1 FROM {articles} LIMIT {COUNT_CAP}) AS y)
            FROM unnest(%s::bigint[]) AS t(id)
            """,
            [articles, tag_ids],
        )
        rows = cursor.fetchall()
    estimate, counted = rows[0][2] or 0, rows[0][3]
    size = estimate if estimate > COUNT_CAP else counted
    return {pk: max(0.0, math.log((size + 1) / (count + 1))) for pk, count, _, _ in rows}


def bigrams(*texts: str) -> frozenset[str]:
    """The character bigrams of the letter/digit runs of ``texts``, traditional characters folded."""
    found: set[str] = set()
    for run in char_runs(fold(" ".join(texts)).lower()):
        found.update(map(str.__add__, run, run[1:]))
    return frozenset(found)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice's coefficient of two sets (0 when both are empty): symmetric, from 0 to 1."""
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def scored(article, limit: int | None = LIMIT) -> list[tuple[Article, float]]:
    """(related article, score) pairs at or above FLOOR, best first (``limit=None``: all of them)."""
    weights = {link.tag_id: link.weight for link in article.article_tags.all()}
    if not weights:
        return []
    spec = specificity(list(weights))
    links = (
        ArticleTag.objects.filter(tag_id__in=list(weights))
        .exclude(article_id=article.pk)
        .order_by("-article_id")
        .values_list("article_id", "tag_id", "weight")[: CANDIDATES * len(weights)]
    )
    scores: dict[int, float] = {}
    for article_id, tag_id, weight in links:
        scores[article_id] = scores.get(article_id, 0.0) + spec[tag_id] * math.sqrt(weights[tag_id] * weight)
    rows = (
        Article.objects.published()
        .filter(id__in=sorted(scores, key=lambda pk: (-scores[pk], -pk))[:TEXT_CANDIDATES])
        .annotate(lead=Left("body", LEAD))
        .values_list("id", "kicker", "title", "subtitle", "lead")
    )
    own = bigrams(article.kicker, article.title, article.subtitle, article.body[:LEAD])
    totals = {pk: scores[pk] + TEXT_SIMILARITY * dice(own, bigrams(*texts)) for pk, *texts in rows}
    best = sorted((pk for pk, total in totals.items() if total >= FLOOR), key=lambda pk: (-totals[pk], -pk))
    if limit is not None:
        best = best[:limit]
    found = Article.objects.filter(id__in=best).select_related("publication", "page__issue__publication")
    by_id = {other.pk: other for other in found}
    return [(by_id[pk], totals[pk]) for pk in best]


def related_articles(article) -> list[Article]:
    return [other for other, _ in scored(article)]
