"""Reader searches: which articles match and how they rank, and the bounds on the work a page
may do.  Which of the bounded ways a page of a list or a search is read is :mod:`.pages`
(``list_page``: the list views choose a page and render it); the terms marked in a headline
and a body's snippet, :mod:`.highlighting`; the query syntax, :mod:`archive.segmentation.query`.

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

What the newest articles say is checked against the index's count of the term in the whole
archive (``index_count``): a term common among them that the archive holds at most
``SPARSE_CAP`` times (one new in the latest import) is collected, not walked past its last
match; one they hardly hold that the archive holds more often is looked for among the
``DEEP_PROBE`` newest before anything is collected.  A query that is a person's name and nothing
else is answered from the credits (``named_matches``).
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQueryField, SearchRank
from django.db import connection, transaction
from django.db.models import F, IntegerField, Value
from django.db.models.functions import Cast

from archive import caching
from archive.lookups import among
from archive.models import Article, ArticleTag, Credit, Person, TsMatch
from archive.pagination import estimated_row_count
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
#: How far a second probe reads for a term the archive holds often and the newest PROBE hardly
#: (after an import of articles without it), stopping at its PROBE-th match.
DEEP_PROBE = 5000
#: A list without a query filtered by a tag or person with at most this many articles is
#: ordered in memory, its keys read from the narrow (id) index.
NARROW_CAP = 10_000
#: Several tags (or a tag and a person) are intersected when the smallest has at most this many.
COMBINED_CAP = 50_000
#: ts_rank's weights of the body (D), the paper, column and dateline (C), the people (B), the headline (A).
RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0]

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
# Only the date index walk: no bitmap of every match to sort.  In one process: the planner,
# estimating few matches of a term it has no statistics for (one new in the latest articles),
# would split the index between parallel workers, and the merge of their rows waits for the
# worker given the oldest part to find one, reading every row of it.
DATE_WALK = {"enable_bitmapscan": "off", "enable_seqscan": "off", "max_parallel_workers_per_gather": "0"}
# Along a tag's or person's links, each looked up by key: no hash of every article of a section.
LINK_WALK = {
    "enable_bitmapscan": "off",
    "enable_seqscan": "off",
    "enable_hashjoin": "off",
    "enable_mergejoin": "off",
    "max_parallel_workers_per_gather": "0",
}


@dataclass
class MatchSet:
    """The (id, published_on) of the matches found through the index, at most ``cap`` + 1."""

    keys: list[tuple[int, object]]
    cap: int
    #: Their ranks, when they were ranked as they were collected.
    ranks: dict[int, float] | None = None

    @property
    def complete(self) -> bool:
        return len(self.keys) <= self.cap

    @property
    def ids(self) -> list[int]:
        return [pk for pk, _ in self.keys]


def collect_matches(
    queryset, query: ReaderQuery, cap: int | None = None, *, ranked: bool = False
) -> MatchSet:
    """Up to ``cap`` (MATCH_CAP) + 1 matches of ``query`` among ``queryset``, through the GIN index.

    ``ranked``: ranked as they are read (a list narrowed to a few articles, read by key), each
    search document opened once.
    """
    cap = MATCH_CAP if cap is None else cap
    named = named_matches(queryset, query, cap)
    if named is not None:
        return named
    candidates = queryset.matching(query.bigrams).order_by()
    if ranked and query.rank is not None:
        rows = list(
            candidates.annotate(rank=score(query)).values_list("id", "published_on", "rank")[: cap + 1]
        )
        return MatchSet([(pk, day) for pk, day, _ in rows], cap, {pk: rank for pk, _, rank in rows})
    with planner(**GIN_ONLY):
        return MatchSet(list(candidates.values_list("id", "published_on")[: cap + 1]), cap)


def named_matches(queryset, query: ReaderQuery, cap: int) -> MatchSet | None:
    """The matches of a query that is a person's name and nothing else, up to ``cap`` + 1; None
    for any other query.

    A name of three characters or more is a phrase of bigrams, which the index cannot check:
    each article it finds holding them is opened to see whether they stand together (a
    reporter's 2,000 articles, 2,000 search documents).  An article crediting someone of that
    name holds it in its document (the credits are written into it), so only those that
    credit no one of that name are opened; and none is when the index finds no more articles
    holding the bigrams than credit the name.
    """
    if query.people or query.not_people or len(query.terms) != 1 or query.names != query.terms:
        return None
    if "<" not in query.bigrams or "|" in query.bigrams or "!" in query.bigrams:
        return None
    people = Person.objects.filter(name=query.names[0]).values("id")
    credited = set(
        Credit.objects.filter(person__in=people)
        .order_by()
        .values_list("article_id", flat=True)[: SPARSE_CAP + 1]
    )
    if not credited or len(credited) > SPARSE_CAP:
        return None
    if queryset.query.where == Article.objects.published().query.where and index_count(query) == len(
        credited
    ):
        # Every article the index finds holding the name's bigrams credits someone of that name:
        # the credits' index alone answers, as it does 作者:.
        listed = Credit.objects.filter(person__in=people).listed().order_by()
        return MatchSet(list(listed.values_list("article_id", "published_on").distinct()[: cap + 1]), cap)
    # The bigrams anywhere, as the index answers without opening a document.
    loose = re.sub(r"<(-|[0-9]+)>", "&", query.bigrams)
    with planner(**GIN_ONLY):
        candidates = list(queryset.matching(loose).order_by().values_list("id", "published_on")[: cap + 1])
    unsure = [pk for pk, _ in candidates if pk not in credited]
    if unsure:
        with planner(enable_bitmapscan="off"):
            found = set(
                queryset.filter(among("id", unsure)).matching(query.bigrams).values_list("id", flat=True)
            )
    else:
        found = set()
    keys = [key for key in candidates if key[0] in credited or key[0] in found]
    if len(candidates) > cap and len(keys) <= cap:
        return None  # the loose ones crowded the real ones out: no shorter way
    return MatchSet(keys, cap)


def index_count(query: ReaderQuery) -> int:
    """``indexed_matches``, kept until the archive changes: an upper bound of the matches of
    ``query`` among the articles of any status (see there)."""
    return caching.remembered(f"indexed matches {query.bigrams}", lambda: indexed_matches(query))


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
    # Dense among the newest and common in the whole archive (see pages.find: a term new in the
    # newest articles only is collected, not walked past its last match), or dense again a few
    # thousand articles further (an import of articles without it).
    dense = len(probe(queryset, query)) > page_size
    if dense and index_count(query) > MATCH_CAP:
        return EditorMatches(queryset.matching(query.bigrams), dense=True)
    if not dense and index_count(query) > SPARSE_CAP and len(deeper_probe(queryset, query)) > page_size:
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
    return index_count(query)


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
    rows = queryset.filter(among("id", ids)).order_by().annotate(rank=score(query)).values_list("id", "rank")
    return dict(rows)


def score(query: ReaderQuery):
    """An article's rank for ``query`` (see ``rank_ids``)."""
    rank = SearchRank(
        F("search_bigrams"),
        Cast(Value(query.rank), SearchQueryField()),
        weights=RANK_WEIGHTS,
        normalization=Value(32),
    )
    for literal in query.headline:
        rank = rank + Cast(TsMatch("search_bigrams", literal), IntegerField())
    return rank


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


def deeper_probe(queryset, query: ReaderQuery) -> list[tuple[int, object]]:
    """(id, published_on) of the matches among the DEEP_PROBE newest dated articles of
    ``queryset``, newest first, read along the date index and stopping at the PROBE-th."""
    rows = queryset.matching(query.bigrams).dated()
    edge = list(
        queryset.dated().newest_first().values_list("published_on", "id")[DEEP_PROBE : DEEP_PROBE + 1]
    )
    if edge:
        rows = rows.newer_than(*edge[0])
    with planner(**DATE_WALK):
        return list(rows.newest_first().values_list("id", "published_on")[:PROBE])


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


#: Facets are counted over at most this many articles of the list (the newest ones).
FACET_SAMPLE = 2000
#: The same, for a list whose articles lie scattered over the table (a tag's or a person's, the
#: matches of a sparse search), each read from its own page where the archive's newest lie side
#: by side: this many cost about what FACET_SAMPLE of those do.
SCATTERED_FACET_SAMPLE = 500
FACET_LIMIT = 12
TAG_FACET_LIMIT = 15
