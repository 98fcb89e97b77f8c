"""Reader searches: what a reader typed, which articles match it, how they rank, and snippets.

Matching uses the bigram document (``search_bigrams``): every term of two or more characters is
the phrase of its character bigrams, so a query finds exactly the articles containing it as a
substring — words jieba would not cut out (商环, the given name of a person) included.  Ranking
uses the word document (``search_document``, headline weighted A far above body B).

Nothing here grows with the size of the archive:

* a **probe** first reads the newest ``PROBE`` articles of the list along the date index and
  checks them: when more than a page of them match, the term is common (发展) — date order walks
  the date index, where matches are dense, relevance ranks the matches among those newest
  articles, and the count is an estimate;
* otherwise the matches are collected through the GIN index, at most ``MATCH_CAP + 1`` of them,
  with the planner told not to walk the date index (for a rare term that walk reads every row);
  when all fit under the cap they are ordered and paged in memory (exact count and ranking);
* beyond the cap (a term between rare and common), date order walks the date index and
  relevance ranks the ``RANK_CANDIDATES`` newest matches.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F, Lookup
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive import caching
from archive.models import ArticleTag, Credit
from archive.pagination import estimated_row_count, keyset_page
from archive.segmentation import normalize_text

#: Matches collected through the index before a search counts as "common".
MATCH_CAP = 1000
#: How many of the newest matches of a common term are ranked for the relevance order.
RANK_CANDIDATES = 300
#: How many of the newest articles of a list the probe checks for matches.
PROBE = 500
#: A list without a query filtered by a tag or person with at most this many articles is
#: ordered in memory, its keys read from the narrow (id) index.
NARROW_CAP = 10_000
#: Several tags (or a tag and a person) are intersected when the smallest has at most this many.
COMBINED_CAP = 50_000
#: Longest query accepted (characters); the filter form refuses longer ones.
MAX_QUERY_LENGTH = 100
#: At most this many whitespace-separated terms are used.
MAX_TERMS = 8

SNIPPET_LENGTH = 120
#: Estimates of a match count are given only while the table's dead rows are below this share.
STALE_SHARE = 0.05


def segmenter():
    """The segmenter for the dictionary as editors keep it."""
    from archive.indexing import current_segmenter

    return current_segmenter()


@dataclass(frozen=True)
class ReaderQuery:
    """A reader's query: its terms (all must occur) and the two tsquery literals."""

    text: str
    terms: tuple[str, ...]
    words: str | None
    bigrams: str

    @classmethod
    def parse(cls, text: str | None) -> ReaderQuery | None:
        """None when there is nothing to search for (empty, or only punctuation)."""
        if not text:
            return None
        terms = tuple(dict.fromkeys(normalize_text(text[: MAX_QUERY_LENGTH * 2]).split()))[:MAX_TERMS]
        if not terms:
            return None
        words, bigrams = segmenter().query_vectors(" ".join(terms))
        if bigrams is None:
            return None
        return cls(text=" ".join(terms), terms=terms, words=words, bigrams=bigrams)


@contextmanager
def planner(**settings: str):
    """Planner settings for the statements run inside, restored afterwards.

    ``set_config(…, true)`` lasts until the end of the transaction, so the block runs in one
    and puts the previous values back before leaving (the transaction may be an outer one).
    One statement sets them all and returns the previous values; one puts them back.
    """
    names = list(settings)
    previous_sql = ", ".join("current_setting(%s)" for _ in names)
    set_sql = ", ".join("set_config(%s, %s, true)" for _ in names)
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {previous_sql}, {set_sql}", [*names, *(x for n in names for x in (n, settings[n]))]
        )
        previous = cursor.fetchone()[: len(names)]
        try:
            yield
        finally:
            cursor.execute(
                f"SELECT {set_sql}", [x for n, value in zip(names, previous, strict=True) for x in (n, value)]
            )


# Only the GIN bitmap: no sequential scan, no walk along the date index.
GIN_ONLY = {"enable_seqscan": "off", "enable_indexscan": "off", "enable_indexonlyscan": "off"}
# Only the date index walk: no bitmap of every match to sort.
DATE_WALK = {"enable_bitmapscan": "off", "enable_seqscan": "off"}


@dataclass
class MatchSet:
    """The (id, published_on) of the matches found through the index, at most MATCH_CAP + 1."""

    keys: list[tuple[int, object]]

    @property
    def complete(self) -> bool:
        return len(self.keys) <= MATCH_CAP

    @property
    def ids(self) -> list[int]:
        return [pk for pk, _ in self.keys]


def collect_matches(queryset, query: ReaderQuery) -> MatchSet:
    """Up to MATCH_CAP + 1 matches of ``query`` among ``queryset``, found through the GIN index."""
    candidates = queryset.matching(query.bigrams).order_by().values_list("id", "published_on")
    with planner(**GIN_ONLY):
        return MatchSet(list(candidates[: MATCH_CAP + 1]))


@dataclass
class EditorMatches:
    """What the editors' list shows for a search, and how it found it."""

    queryset: object
    #: Matches are dense among the newest articles: read and counted along the date index.
    dense: bool = False
    #: Only the first MATCH_CAP matches the index gave are listed (a term neither rare nor common).
    cut: bool = False


def matches_for_editors(queryset, text: str, page_size: int = 50) -> EditorMatches:
    """The articles of ``queryset`` containing every term of ``text``, for a list that orders and
    counts them itself (the editors').

    A common term (more than a page of matches among the newest ``PROBE``) is the match
    condition, read along the date index, where its matches come first.  Otherwise the matches
    are collected through the GIN index alone (a rare name never walks the date index): all of
    them up to MATCH_CAP, else the first MATCH_CAP — reading a term of middling frequency along
    the date index would open thousands of search documents for a page.
    """
    query = ReaderQuery.parse(text)
    if query is None:
        return EditorMatches(queryset.none())
    if len(probe(queryset, query)) > page_size:
        return EditorMatches(queryset.matching(query.bigrams), dense=True)
    matches = collect_matches(queryset, query)
    return EditorMatches(queryset.filter(among("id", matches.ids[:MATCH_CAP])), cut=not matches.complete)


def indexed_matches(query: ReaderQuery) -> int:
    """How many articles, of any status, hold every bigram of ``query``, as the GIN index counts them.

    The bitmap of a query stopped at its first row is built whole before any row is read, and
    EXPLAIN ANALYZE reports its size: the count costs the index scan alone, not a visit to each
    of the hundreds of thousands of rows a common word is in.  It is an upper bound of the
    articles containing the query (bigrams present but apart also count), close for real words.
    """
    sql = (
        "EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) SELECT 1 FROM archive_article"
        " WHERE search_bigrams @@ %s::tsquery LIMIT 1"
    )
    with planner(**GIN_ONLY), connection.cursor() as cursor:
        cursor.execute(sql, [query.bigrams])
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    nodes = [plan[0]["Plan"]]
    while nodes:
        node = nodes.pop()
        if node["Node Type"] == "Bitmap Index Scan":
            return int(node["Actual Rows"])
        nodes.extend(node.get("Plans", []))
    return 0


def estimated_matches(queryset, query: ReaderQuery) -> int | None:
    """The published articles matching ``query``, to within a few per cent; None for a list with
    other filters, whose share of the matches nothing cheap measures to that precision."""
    from archive.models import Article

    if queryset.query.where != Article.objects.published().query.where:
        return None
    hidden = Article.objects.filter(status=Article.Status.HIDDEN).order_by().count()
    total = estimated_row_count(Article)
    if total < 50_000:
        total = Article.objects.order_by().count()
    # The index also holds the versions of rows changed or removed since the last vacuum, and
    # nothing tells which terms they hold: past a few per cent of the table, no estimate.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n_live_tup, n_dead_tup FROM pg_stat_user_tables WHERE relid = %s::regclass",
            [Article._meta.db_table],
        )
        live, dead = cursor.fetchone() or (0, 0)
    if dead > STALE_SHARE * max(live, total):
        return None
    indexed = caching.remembered(f"indexed matches {query.bigrams}", lambda: indexed_matches(query))
    return round(indexed * (1 - min(hidden / max(total, 1), 1)))


def rank_ids(queryset, query: ReaderQuery, ids: list[int]) -> dict[int, float]:
    """ts_rank of the given articles (a bounded set)."""
    if not ids or query.words is None:
        return {}
    rows = queryset.filter(among("id", ids)).order_by().ranked(query.words).values_list("id", "rank")
    return dict(rows)


def probe(queryset, query: ReaderQuery) -> list[tuple[int, object]]:
    """(id, published_on) of the matches among the PROBE newest dated articles of ``queryset``."""
    window = queryset.dated().newest_first().values("id")[:PROBE]
    rows = queryset.filter(id__in=window).matching(query.bigrams).newest_first()
    # Those articles are tested one by one: a bitmap of every match of a word in one article
    # of fifty would be tens of thousands of search documents opened to keep a few.
    with planner(enable_bitmapscan="off"):
        return list(rows.values_list("id", "published_on"))


def newest_ranked(queryset, query: ReaderQuery) -> list:
    """The RANK_CANDIDATES newest matches of a common term, each annotated with its ``rank``."""
    ranked = queryset.matching(query.bigrams).ranked(query.words).only("id", "published_on")
    with planner(**DATE_WALK):
        return keyset_page(ranked, None, RANK_CANDIDATES).items


def narrowed_ids(person=None, tags=(), limit: int = MATCH_CAP) -> list[int] | None:
    """The articles a person or tag allows, when one of them has at most ``limit``; else None.

    Read through the relation's own index, this bounded list lets a list filtered by a name of
    rare or middling frequency be ordered in memory, instead of walking the date index in
    search of its articles (a hundred rows for each of a tag one article in fifty carries).
    """
    relations = [Credit.objects.filter(person=person)] if person is not None else []
    relations += [ArticleTag.objects.filter(tag=tag) for tag in tags]
    links = [relation.order_by().values_list("article_id", flat=True) for relation in relations]
    found = [list(rows[: limit + 1]) for rows in links]
    complete = [sorted(set(ids)) for ids in found if len(ids) <= limit]
    if complete:
        return min(complete, key=len)
    if len(links) < 2:
        return None
    # None is small alone, together they may be (a common tag and a middling one): the articles
    # of the smallest, when it is not large itself, looked up in the others' indexes.
    sizes = [rows[: COMBINED_CAP + 1].count() for rows in links]
    smallest = min(range(len(links)), key=sizes.__getitem__)
    if sizes[smallest] > COMBINED_CAP:
        return None
    rows = links[smallest]
    for n, other in enumerate(links):
        if n != smallest:
            rows = rows.filter(article_id__in=other)
    ids = list(rows[: limit + 1])
    return sorted(set(ids)) if len(ids) <= limit else None


def relevance_order(keys: list[tuple[int, object]], ranks: dict[int, float]) -> list[int]:
    """Ids by rank, then newest first; undated articles last among equals."""

    def sort_key(key):
        pk, published_on = key
        return (-ranks.get(pk, 0.0), -(published_on.toordinal() if published_on else 0), -pk)

    return [pk for pk, _ in sorted(keys, key=sort_key)]


class AnyOf(Lookup):
    """``column = ANY(%s)`` with the whole list as one array parameter (cheap for thousands of ids)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return f"{lhs} = ANY(%s)", [*lhs_params, list(self.rhs)]


def among(column: str, ids: list[int]) -> AnyOf:
    """A filter condition: ``column`` is one of ``ids``."""
    return AnyOf(F(column), ids)


# -- snippets ------------------------------------------------------------------------------------


def _pattern(terms) -> re.Pattern | None:
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


def highlight(text: str, terms) -> SafeString:
    """``text`` escaped, with every occurrence of a term wrapped in ``<mark>``."""
    pattern = _pattern(terms)
    text = text or ""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece above is escaped


def snippet(body: str, terms, length: int = SNIPPET_LENGTH) -> SafeString:
    """A passage of ``body`` around the first occurrence of a term, highlighted and escaped."""
    text = " ".join((body or "").split())
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    start = 0 if match is None else max(0, match.start() - length // 3)
    end = min(len(text), start + length)
    passage = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(escape(prefix) + highlight(passage, terms) + escape(suffix))
