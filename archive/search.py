"""Reader searches and the pages of lists: which articles match, how they rank, which of the
bounded ways a page is read, and snippets.  The list views choose a page (``list_page``) and
render it; the query syntax is :mod:`archive.segmentation.query`.

Matching uses the bigram document (``search_bigrams``): every term of two or more characters is
the phrase of its character bigrams, so a query finds exactly the articles containing it as a
substring — words jieba would not cut out (商环, the given name of a person) included.  The
document holds the headline (weight A), the credited people (B), dateline, column and paper (C)
and the body (D), so a field prefix of the query (标题:, 作者:) is a weight.  Ranking reads the
same document: the groups of terms found in the headline first, then ``ts_rank``.

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
from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQueryField, SearchRank
from django.db import connection, transaction
from django.db.models import Count, F, IntegerField, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive import caching
from archive.filters import SortChoices
from archive.lookups import among
from archive.models import Article, ArticleTag, Credit, Person, TsMatch
from archive.pagination import (
    COUNT_CAP,
    Window,
    capped_count,
    count_label,
    estimated_count,
    estimated_row_count,
    keyset_page,
    numbered_page,
    page_size,
)
from archive.segmentation.folding import fold
from archive.segmentation.query import ReaderQuery

#: Matches collected through the index before a search counts as "common".
MATCH_CAP = 1000
#: A term found in fewer than SPARSE of the PROBE newest articles, with more than MATCH_CAP
#: matches, is collected in full through the index up to SPARSE_CAP matches: walking the date
#: index would read about PROBE / SPARSE rows for each match it finds.
SPARSE = 5
SPARSE_CAP = 20_000
#: How many of the newest matches of a common term are ranked for the relevance order.
RANK_CANDIDATES = 300
#: How many of the newest articles of a list the probe checks for matches.
PROBE = 500
#: A list without a query filtered by a tag or person with at most this many articles is
#: ordered in memory, its keys read from the narrow (id) index.
NARROW_CAP = 10_000
#: Several tags (or a tag and a person) are intersected when the smallest has at most this many.
COMBINED_CAP = 50_000
#: ts_rank's weights of the body (D), the paper, column and dateline (C), the people (B), the headline (A).
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]

SNIPPET_LENGTH = 120
#: Estimates of a match count are given only while the table's dead rows are below this share.
STALE_SHARE = 0.05
#: … and while no more than this share of the newest articles holding the query's bigrams
#: (what the index counts) fail to match it.
INDEX_SLACK = 0.05


def restrict(queryset, query: ReaderQuery):
    """``queryset`` narrowed to the query's 作者: terms, and its exclusions when no text is sought."""
    return queryset.restricted_by(query)


def matching_articles(queryset, query: ReaderQuery):
    """The articles of ``queryset`` the query finds (the text, then the credits)."""
    return queryset.answering(query)


def credited_ids(query: ReaderQuery) -> list[int] | None:
    """The articles crediting the query's 作者: terms, when one of them has at most SPARSE_CAP; else None.

    Read from the credits' index alone, so even a prolific reporter's articles come cheaper this
    way than by walking the date index in search of them.
    """
    found = []
    for text in query.people:
        people = Person.objects.filter(name__icontains=text).values("id")
        rows = Credit.objects.filter(person__in=people).order_by().values_list("article_id", flat=True)
        found.append(list(rows[: SPARSE_CAP + 1]))
    complete = [sorted(set(ids)) for ids in found if len(ids) <= SPARSE_CAP]
    return min(complete, key=len) if complete else None


def credited_keys(query: ReaderQuery) -> list[tuple[int, object]] | None:
    """(id, published_on) of the published articles crediting every one of the query's 作者:
    terms, read from the credits' (person, status, published_on, article) index alone; None when
    one of them credits more than SPARSE_CAP."""
    found = None
    for text in query.people:
        people = Person.objects.filter(name__icontains=text).values("id")
        links = Credit.objects.filter(person__in=people).listed().order_by()
        rows = list(links.values_list("article_id", "published_on")[: SPARSE_CAP + 1])
        if len(rows) > SPARSE_CAP:
            return None
        keys = dict(rows)
        found = keys if found is None else {pk: day for pk, day in found.items() if pk in keys}
    return list(found.items()) if found is not None else None


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
# Along a tag's or person's links, each looked up by key: no hash of every article of a section.
LINK_WALK = {
    "enable_bitmapscan": "off",
    "enable_seqscan": "off",
    "enable_hashjoin": "off",
    "enable_mergejoin": "off",
}


@dataclass
class MatchSet:
    """The (id, published_on) of the matches found through the index, at most ``cap`` + 1."""

    keys: list[tuple[int, object]]
    cap: int

    @property
    def complete(self) -> bool:
        return len(self.keys) <= self.cap

    @property
    def ids(self) -> list[int]:
        return [pk for pk, _ in self.keys]


def collect_matches(queryset, query: ReaderQuery, cap: int | None = None) -> MatchSet:
    """Up to ``cap`` (MATCH_CAP) + 1 matches of ``query`` among ``queryset``, through the GIN index."""
    cap = MATCH_CAP if cap is None else cap
    candidates = queryset.matching(query.bigrams).order_by().values_list("id", "published_on")
    with planner(**GIN_ONLY):
        return MatchSet(list(candidates[: cap + 1]), cap)


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
    if queryset.query.where != Article.objects.published().query.where:
        return None
    hidden = Article.objects.filter(status=Article.Status.HIDDEN).order_by().count()
    total = estimated_row_count(Article)
    if total < 50_000:
        total = Article.objects.order_by().count()
    indexed = indexed_estimate(query, total)
    if indexed is None:
        return None
    return round(indexed * (1 - min(hidden / max(total, 1), 1)))


def indexed_estimate(query: ReaderQuery, total: int | None = None) -> int | None:
    """The articles of any status matching ``query`` as the index counts them, when that count
    stands for theirs (see ``index_counts_matches``), kept until the archive changes; else None."""
    from archive.models import Article

    total = estimated_row_count(Article) if total is None else total
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
    if not caching.remembered(f"index counts {query.bigrams}", lambda: index_counts_matches(query)):
        return None
    return caching.remembered(f"indexed matches {query.bigrams}", lambda: indexed_matches(query))


def index_counts_matches(query: ReaderQuery) -> bool:
    """Whether the index's count of ``query`` (``indexed_matches``) is, to within INDEX_SLACK,
    the count of its matches, as far as the PROBE newest articles tell.

    The index knows which bigrams a document holds, not where (a phrase, or a word longer than
    two characters, may be apart), under which weight (标题: counted every article holding the
    word anywhere, 6.5 times too many) nor whether an excluded phrase is there.  Among the newest
    articles, those holding the bigrams as the index sees them (the document stripped of
    positions and weights, phrases as plain conjunctions; excluded phrases not looked at) are
    counted beside those matching.
    """
    loose = "regexp_replace(%s, '<(-|[0-9]+)>', '&', 'g')::tsquery"
    if excludes_phrase(query.bigrams):
        loose = "regexp_replace(querytree(%s::tsquery), '<(-|[0-9]+)>', '&', 'g')::tsquery"
    sql = f"""
        SELECT count(*) FILTER (WHERE search_bigrams @@ %s::tsquery),
               count(*) FILTER (WHERE strip(search_bigrams) @@ {loose})
        FROM (SELECT search_bigrams FROM archive_article WHERE published_on IS NOT NULL
              ORDER BY published_on DESC, id DESC LIMIT %s) newest
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [query.bigrams, query.bigrams, PROBE])
        matching, holding = cursor.fetchone()
    return holding <= matching * (1 + INDEX_SLACK)


def excludes_phrase(literal: str) -> bool:
    """Whether a tsquery literal excludes (``!``) a group holding a phrase operator."""
    for start in (n for n, char in enumerate(literal) if char == "!"):
        depth = 0
        for char in literal[start + 1 :]:
            depth += (char == "(") - (char == ")")
            if char == "<":
                return True
            if depth <= 0 and char in ")&|":
                break
    return False


def rank_ids(queryset, query: ReaderQuery, ids: list[int]) -> dict[int, float]:
    """The rank of the given articles (a bounded set), headline matches first.

    Each group of terms found in the headline adds 1; ``ts_rank`` on the weighted bigram document,
    scaled into [0, 1), orders the rest.  So a headline match ranks above a body match for a word
    and for a substring alike (neither needs to be a word jieba knows).
    """
    if not ids or query.rank is None:
        return {}
    score = SearchRank(
        F("search_bigrams"),
        Cast(Value(query.rank), SearchQueryField()),
        weights=RANK_WEIGHTS,
        normalization=Value(32),
    )
    for literal in query.headline:
        score = score + Cast(TsMatch("search_bigrams", literal), IntegerField())
    rows = queryset.filter(among("id", ids)).order_by().annotate(rank=score).values_list("id", "rank")
    return dict(rows)


def probe(queryset, query: ReaderQuery, newest: list[int] | None = None) -> list[tuple[int, object]]:
    """(id, published_on) of the matches among the PROBE newest dated articles of ``queryset``
    (``newest``, when they were read from a tag's or person's links)."""
    if newest is None:
        rows = queryset.filter(id__in=queryset.dated().newest_first().values("id")[:PROBE])
    else:
        rows = queryset.filter(among("id", newest[:PROBE]))
    rows = rows.matching(query.bigrams).newest_first()
    # Those articles are tested one by one: a bitmap of every match of a word in one article
    # of fifty would be tens of thousands of search documents opened to keep a few.
    with planner(enable_bitmapscan="off"):
        return list(rows.values_list("id", "published_on"))


def newest_matches(queryset, query: ReaderQuery) -> list[tuple[int, object]]:
    """(id, published_on) of the RANK_CANDIDATES newest matches of a common term, along the date index."""
    rows = queryset.matching(query.bigrams).newest_first().values_list("id", "published_on")
    with planner(**DATE_WALK):
        return list(rows[:RANK_CANDIDATES])


def people_named(query: ReaderQuery, limit: int = 5) -> list:
    """The people whose name is a term of the query: the reader may want their page."""
    if not query.names:
        return []
    return list(Person.objects.filter(name__in=query.names).order_by("name")[:limit])


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


# -- pages of lists and searches ------------------------------------------------------------

#: Facets are counted over at most this many articles of the list (the newest ones).
FACET_SAMPLE = 2000
#: The same, for a list whose articles lie scattered over the table (a tag's or a person's, the
#: matches of a sparse search), each read from its own page where the archive's newest lie side
#: by side: this many cost about what FACET_SAMPLE of those do.
SCATTERED_FACET_SAMPLE = 500
FACET_LIMIT = 12
TAG_FACET_LIMIT = 15


@dataclass
class Results:
    window: Window
    count: int
    facets: dict = field(default_factory=dict)
    facet_sample: int | None = None
    query: ReaderQuery | None = None
    cap: int = COUNT_CAP
    approximate: bool = False

    @property
    def count_label(self) -> str:
        return count_label(self.count, self.cap, self.approximate)


def facet_counts(article_ids) -> dict:
    """Counts per section, paper, year and tag among ``article_ids`` (a bounded list or subquery)."""
    if isinstance(article_ids, list):
        articles = Article.objects.filter(among("id", article_ids))
        links = ArticleTag.objects.filter(among("article_id", article_ids))
    else:
        articles = Article.objects.filter(id__in=article_ids)
        links = ArticleTag.objects.filter(article_id__in=article_ids)
    articles = articles.order_by()
    return {
        "section": list(
            articles.filter(section__isnull=False)
            .values("section__slug", "section__name")
            .annotate(n=Count("id"))
            .order_by("-n", "section__name")[:FACET_LIMIT]
        ),
        "publication": list(
            articles.filter(publication__isnull=False)
            .values("publication__slug", "publication__name")
            .annotate(n=Count("id"))
            .order_by("-n", "publication__name")[:FACET_LIMIT]
        ),
        "year": list(
            articles.filter(published_on__isnull=False)
            .annotate(year=ExtractYear("published_on"))
            .values("year")
            .annotate(n=Count("id"))
            .order_by("-year")[:FACET_LIMIT]
        ),
        "tag": list(
            links.order_by()
            .values("tag__slug", "tag__name")
            .annotate(n=Count("id"))
            .order_by("-n", "tag__name")[:TAG_FACET_LIMIT]
        ),
    }


def articles_in_order(ids: list[int]) -> list[Article]:
    found = {a.pk: a for a in Article.objects.for_listing().filter(among("id", ids))}
    return [found[pk] for pk in ids if pk in found]


def in_memory(queryset, position, keys=None, sample: int | None = None) -> Results:
    """A list already narrowed to a bounded set of articles (a rare or middling tag or person, at
    most NARROW_CAP; the credits of a 作者: term, at most SPARSE_CAP): ordered and paged in memory,
    counted exactly; facets count its newest FACET_SAMPLE (or ``sample``).

    The keys (id, published_on) come from the narrow (id) index alone, never from the articles'
    rows, unless they are given (read from a tag's or person's links).
    """
    if keys is None:
        keys = list(queryset.order_by().values_list("id", "published_on")[: SPARSE_CAP + 1])
    sample = sample or FACET_SAMPLE
    ordered = relevance_order(keys, {})
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(keys),
        facet_counts(ordered[:sample]),
        facet_sample=sample if len(keys) > sample else None,
        cap=SPARSE_CAP,
    )


def browse(queryset, position) -> Results:
    """A list without a query: newest first along the date index."""
    window = keyset_page(queryset.for_listing(), position)
    count = capped_count(queryset)
    # The sample is read once; the four facet queries then look rows up by id.  It is the most
    # recently added articles: a tag's or a person's are read backwards along their own index,
    # where the newest by date would be looked for along the date index, a hundred rows for
    # each one of a tag that one article in fifty carries.
    sample = list(queryset.order_by("-id").values_list("id", flat=True)[:FACET_SAMPLE])
    return Results(
        window, count, facet_counts(sample), facet_sample=FACET_SAMPLE if count > FACET_SAMPLE else None
    )


def find(queryset, query: ReaderQuery, sort: str, position, *, bounded: bool = False, links=None) -> Results:
    """Search results, in bounded steps (see :mod:`archive.search`).

    ``bounded``: the list is already narrowed to a few articles, so no probe is needed.
    ``links``: the list is its one tag's or person's links (see links_of): its newest articles
    are read from their index, and a common term is walked along it in date order.
    """
    probed = None
    newest = None
    if links is not None:
        newest = list(
            links[0].dated().newest_first().values_list("article_id", flat=True).distinct()[: PROBE + 1]
        )
    if not bounded and (len(newest) if newest is not None else capped_count(queryset, PROBE)) > PROBE:
        probed = probe(queryset, query, newest)
        if len(probed) > page_size():
            return find_common(queryset, query, sort, position, probed, links)
    if probed is not None and len(probed) < SPARSE:
        # Sparse among the newest: collected up to SPARSE_CAP at once, not first up to MATCH_CAP.
        matches = collect_matches(queryset, query, cap=SPARSE_CAP)
        if len(matches.keys) <= MATCH_CAP:
            matches = MatchSet(matches.keys, MATCH_CAP)
        elif matches.complete:
            return find_sparse(queryset, query, sort, position, matches)
    else:
        matches = collect_matches(queryset, query)
    if matches.complete:
        if sort == SortChoices.RELEVANCE:
            ordered = relevance_order(matches.keys, rank_ids(queryset, query, matches.ids))
        else:
            ordered = relevance_order(matches.keys, {})
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
        count = len(matches.keys)
    elif sort == SortChoices.RELEVANCE:
        candidates = newest_matches(queryset, query)
        ranks = rank_ids(queryset, query, [pk for pk, _ in candidates])
        ordered = relevance_order(candidates, ranks)
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
        count = MATCH_CAP + 1
    else:
        with planner(**DATE_WALK):
            window = keyset_page(queryset.matching(query.bigrams).for_listing(), position)
        count = MATCH_CAP + 1
    return Results(
        window,
        count,
        facet_counts(matches.ids),
        facet_sample=len(matches.keys) if not matches.complete else None,
        query=query,
        cap=MATCH_CAP,
    )


def find_sparse(queryset, query, sort, position, matches) -> Results:
    """More than MATCH_CAP matches, too sparse among the newest articles to walk the date index
    for: all of them were collected through the index, dated in memory, counted exactly;
    relevance ranks the RANK_CANDIDATES newest; facets count the newest SCATTERED_FACET_SAMPLE."""
    newest = relevance_order(matches.keys, {})
    if sort == SortChoices.RELEVANCE:
        candidates = set(newest[:RANK_CANDIDATES])
        keys = [key for key in matches.keys if key[0] in candidates]
        ordered = relevance_order(keys, rank_ids(queryset, query, list(candidates)))
    else:
        ordered = newest
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(matches.keys),
        facet_counts(newest[:SCATTERED_FACET_SAMPLE]),
        facet_sample=SCATTERED_FACET_SAMPLE if len(newest) > SCATTERED_FACET_SAMPLE else None,
        query=query,
        cap=SPARSE_CAP,
    )


def find_common(queryset, query, sort, position, probed, links=None) -> Results:
    """A term found in more than a page of the newest articles: nothing is collected in full."""
    if sort == SortChoices.RELEVANCE:
        ids = [pk for pk, _ in probed]
        ordered = relevance_order(probed, rank_ids(queryset, query, ids))
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
    elif links is not None:
        walked = links[0].filter(article_id__in=queryset.matching(query.bigrams).values("id"))
        with planner(**LINK_WALK):
            window = keyset_page(walked.only("article_id", "published_on"), position, key="article_id")
        window.items = articles_in_order([link.article_id for link in window.items])
    else:
        with planner(**DATE_WALK):
            window = keyset_page(queryset.matching(query.bigrams).for_listing(), position)
    # Only a count within a few per cent is shown as one.  A filtered list says no more than
    # it knows: the matches found among its newest articles, rounded down (超过 300 篇).
    estimate = estimated_matches(queryset, query)
    known = round_down(len(probed))
    return Results(
        window,
        max(estimate, len(probed)) if estimate is not None else known + 1,
        facet_counts([pk for pk, _ in probed]),
        facet_sample=len(probed),
        query=query,
        cap=known,
        approximate=estimate is not None,
    )


def round_down(count: int) -> int:
    """A round number below ``count``, so that "超过" it is true: 312 → 300, 300 → 200, 47 → 40."""
    below = max(count - 1, 0)
    scale = 10 ** (len(str(below)) - 1)
    return below // scale * scale


@dataclass(frozen=True)
class Narrowing:
    """What a list is filtered by, besides the text: a person and tags, dates, and whether
    anything else narrows it (a paper, section or kind), which the links cannot tell."""

    person: object = None
    tags: tuple = ()
    date_from: object = None
    date_to: object = None
    otherwise: bool = False

    @property
    def relations(self) -> list:
        return ([self.person] if self.person is not None else []) + list(self.tags)

    @property
    def none(self) -> bool:
        return not (self.relations or self.date_from or self.date_to or self.otherwise)


def links_of(relation, narrowing: Narrowing):
    """The listed links of a person or tag to their articles within the list's dates, and the
    same newest first as (published_on, article), each article once (a person credited in
    several roles)."""
    if isinstance(relation, Person):
        links = Credit.objects.filter(person=relation).listed()
    else:
        links = ArticleTag.objects.filter(tag=relation).listed()
    if narrowing.date_from is not None:
        links = links.filter(published_on__gte=narrowing.date_from)
    if narrowing.date_to is not None:
        links = links.filter(published_on__lte=narrowing.date_to)
    return links, links.newest_first().values_list("published_on", "article_id").distinct()


def along_links(queryset, narrowing: Narrowing, position) -> Results:
    """A list without a query filtered by tags or a person (and dates, and perhaps more).

    The links carry their article's date and status.  A list filtered by one tag or person and
    nothing else is its links: up to COUNT_CAP (and NARROW_CAP) are read as keys from the links'
    index alone and paged in memory, as a narrowed list is; more are read newest first along
    that index, a page's twenty rows looked up by key, counted from the index.

    Filtered by more (a section, a paper, another tag), the list is driven by its smallest tag
    or person (the planner's estimate): paged in memory when it has at most FACET_SAMPLE
    articles (NARROW_CAP; COMBINED_CAP for several), else read along its links too, each link
    checked against the list's other filters, counted and sampled among its newest
    SCATTERED_FACET_SAMPLE links — exactly when there are no more, else the page says what it knows
    ("超过 60 篇").
    """
    several = len(narrowing.relations) > 1
    found = [links_of(relation, narrowing) for relation in narrowing.relations]
    links, newest = min(found, key=lambda one: estimated_count(one[0])) if several else found[0]
    otherwise = narrowing.otherwise or several
    if otherwise:
        # Each article is looked up to be checked against the other filters: only a sample's worth.
        bound = min(COMBINED_CAP if several else NARROW_CAP, FACET_SAMPLE)
        if newest[: bound + 1].count() <= bound:
            return in_memory(
                queryset.filter(among("id", [pk for _, pk in newest])),
                position,
                sample=SCATTERED_FACET_SAMPLE,
            )
    else:
        count = newest[: COUNT_CAP + 1].count()
        if count <= min(NARROW_CAP, COUNT_CAP):
            return in_memory(
                queryset, position, [(pk, day) for day, pk in newest], sample=SCATTERED_FACET_SAMPLE
            )
    walked = links.filter(article_id__in=queryset.values("id")) if otherwise else links
    with planner(**LINK_WALK):
        window = keyset_page(walked.only("article_id", "published_on"), position, key="article_id")
    window.items = articles_in_order([link.article_id for link in window.items])
    if not otherwise:
        sample = [pk for _, pk in newest[:SCATTERED_FACET_SAMPLE]]
        return Results(
            window,
            count,
            facet_counts(sample),
            facet_sample=SCATTERED_FACET_SAMPLE if count > SCATTERED_FACET_SAMPLE else None,
        )
    read = [pk for _, pk in newest[: SCATTERED_FACET_SAMPLE + 1]]
    complete = len(read) <= SCATTERED_FACET_SAMPLE
    read = read[:SCATTERED_FACET_SAMPLE]
    kept = set(queryset.filter(among("id", read)).values_list("id", flat=True))
    sample = [pk for pk in read if pk in kept]
    if complete:
        return Results(window, len(sample), facet_counts(sample))
    if len(sample) < 10:
        # Few of the newest links pass the other filters: too few to say more than, counted in
        # full along the links (no more than the tag or person has).
        with planner(**LINK_WALK):
            count = walked.order_by().values("published_on", "article_id").distinct()[: COUNT_CAP + 1].count()
        return Results(
            window, count, facet_counts(sample), facet_sample=len(sample) if count > len(sample) else None
        )
    known = round_down(len(sample))
    return Results(window, known + 1, facet_counts(sample), facet_sample=len(sample), cap=known)


def list_page(queryset, query: ReaderQuery | None, sort: str, position, narrowing: Narrowing) -> Results:
    """A page of a list: ``queryset`` (published articles, filtered) searched for ``query`` if any,
    in ``sort`` order, at ``position``.  ``narrowing`` says what the list is filtered by: a list
    filtered by tags or a person is read along their links (see along_links); a search so
    filtered, through the index of one of them with few articles (see narrowed_ids).

    Raises ``InvalidPage`` for a position the list does not have.
    """
    person, tags = narrowing.person, narrowing.tags
    if query is None and narrowing.relations:
        return along_links(queryset, narrowing, position)
    # A search reads the matching rows themselves: it is narrowed to fewer articles than a list.
    narrowed = narrowed_ids(person, tags, limit=MATCH_CAP if query is not None else NARROW_CAP)
    if query is not None:
        # 作者: terms are answered by the credits: a filter, and a bounded set when they are rare.
        queryset = restrict(queryset, query)
        credited = credited_ids(query)
        if credited is not None:
            narrowed = credited if narrowed is None else sorted(set(narrowed) & set(credited))
        if narrowing.none and not (query.textual or query.not_people or query.excluded):
            # Only 作者: terms: the credits' links are the answer, keys and dates read from their index.
            keys = credited_keys(query)
            if keys is not None:
                return in_memory(queryset, position, keys, sample=SCATTERED_FACET_SAMPLE)
    if narrowed is not None:
        queryset = queryset.filter(among("id", narrowed))
    if query is not None and query.textual:
        # A list that is its one tag's or person's links finds its newest articles along them.
        alone = narrowed is None and len(narrowing.relations) == 1 and not narrowing.otherwise
        alone = alone and not (query.people or query.not_people)
        links = links_of(narrowing.relations[0], narrowing) if alone else None
        return find(queryset, query, sort, position, bounded=narrowed is not None, links=links)
    if narrowed is not None:
        return in_memory(queryset, position)
    return browse(queryset, position)


# -- snippets ------------------------------------------------------------------------------------


def _pattern(terms) -> re.Pattern | None:
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


def highlight(text: str, terms) -> SafeString:
    """``text`` escaped, with every occurrence of a term wrapped in ``<mark>``.

    Terms are found in the folded text (營商 marks for 营商): folding keeps every offset.
    """
    pattern = _pattern(terms)
    text = text or ""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(fold(text)):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece above is escaped


def snippet(body: str, terms, length: int = SNIPPET_LENGTH) -> SafeString:
    """A passage of ``body`` around the first occurrence of a term, highlighted and escaped."""
    text = " ".join((body or "").split())
    pattern = _pattern(terms)
    match = pattern.search(fold(text)) if pattern else None
    start = 0 if match is None else max(0, match.start() - length // 3)
    end = min(len(text), start + length)
    passage = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(escape(prefix) + highlight(passage, terms) + escape(suffix))
