"""Which of the bounded ways a page of a list or a search is read (``list_page``), and the
facets beside it: the list views choose a page and render it.  The queries chosen between, and
the bounds themselves, are :mod:`archive.search`'s (read from it, so that a test may lower them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import ExtractYear

from archive import search
from archive.filters import SortChoices
from archive.lookups import among
from archive.models import Article, ArticleTag, Credit, Person
from archive.pagination import (
    COUNT_CAP,
    Window,
    capped_count,
    count_label,
    estimated_count,
    keyset_page,
    numbered_page,
    page_size,
)
from archive.search import (
    DATE_WALK,
    LINK_WALK,
    MatchSet,
    collect_matches,
    credited_ids,
    credited_keys,
    estimated_matches,
    narrowed_ids,
    newest_matches,
    planner,
    probe,
    rank_ids,
    relevance_order,
    restrict,
)
from archive.segmentation.query import ReaderQuery


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
            .order_by("-n", "section__name")[: search.FACET_LIMIT]
        ),
        "publication": list(
            articles.filter(publication__isnull=False)
            .values("publication__slug", "publication__name")
            .annotate(n=Count("id"))
            .order_by("-n", "publication__name")[: search.FACET_LIMIT]
        ),
        "year": list(
            articles.filter(published_on__isnull=False)
            .annotate(year=ExtractYear("published_on"))
            .values("year")
            .annotate(n=Count("id"))
            .order_by("-year")[: search.FACET_LIMIT]
        ),
        "tag": list(
            links.order_by()
            .values("tag__slug", "tag__name")
            .annotate(n=Count("id"))
            .order_by("-n", "tag__name")[: search.TAG_FACET_LIMIT]
        ),
    }


def articles_in_order(ids: list[int]) -> list[Article]:
    found = {a.pk: a for a in Article.objects.for_listing().filter(among("id", ids))}
    return [found[pk] for pk in ids if pk in found]


def in_memory(queryset, position, keys=None, sample: int | None = None) -> Results:
    """A list already narrowed to a bounded set of articles (a rare or middling tag or person, at
    most search.NARROW_CAP; the credits of a 作者: term, at most search.SPARSE_CAP): ordered and paged in memory,
    counted exactly; facets count its newest search.FACET_SAMPLE (or ``sample``).

    The keys (id, published_on) come from the narrow (id) index alone, never from the articles'
    rows, unless they are given (read from a tag's or person's links).
    """
    if keys is None:
        keys = list(queryset.order_by().values_list("id", "published_on")[: search.SPARSE_CAP + 1])
    sample = sample or search.FACET_SAMPLE
    ordered = relevance_order(keys, {})
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(keys),
        facet_counts(ordered[:sample]),
        facet_sample=sample if len(keys) > sample else None,
        cap=search.SPARSE_CAP,
    )


def browse(queryset, position) -> Results:
    """A list without a query: newest first along the date index."""
    window = keyset_page(queryset.for_listing(), position)
    count = capped_count(queryset)
    # The sample is read once; the four facet queries then look rows up by id.  It is the most
    # recently added articles: a tag's or a person's are read backwards along their own index,
    # where the newest by date would be looked for along the date index, a hundred rows for
    # each one of a tag that one article in fifty carries.
    sample = list(queryset.order_by("-id").values_list("id", flat=True)[: search.FACET_SAMPLE])
    return Results(
        window,
        count,
        facet_counts(sample),
        facet_sample=search.FACET_SAMPLE if count > search.FACET_SAMPLE else None,
    )


def walked_page(rows, position):
    """A page of ``rows`` (an article queryset) newest first along the date index: their keys
    alone, so that no join gives the planner another way in, then the page's articles by key."""
    with planner(**DATE_WALK):
        window = keyset_page(rows.only("id", "published_on"), position)
    window.items = articles_in_order([article.pk for article in window.items])
    return window


def find(queryset, query: ReaderQuery, sort: str, position, *, bounded: bool = False, links=None) -> Results:
    """Search results, in bounded steps (see :mod:`archive.search`).

    ``bounded``: the list is already narrowed to a few articles, so no probe is needed.
    ``links``: the list is its one tag's or person's links (see links_of): its newest articles
    are read from their index, and a common term is walked along it in date order.
    """
    probed = None
    newest = None
    indexed = None
    # A reporter's name: its matches are known from the credits, no probe needed.
    named = None if bounded or links is not None else search.named_matches(queryset, query, search.SPARSE_CAP)
    if named is not None and named.complete:
        bounded = True
    if links is not None:
        newest = list(
            links[0]
            .dated()
            .newest_first()
            .values_list("article_id", flat=True)
            .distinct()[: search.PROBE + 1]
        )
    if (
        not bounded
        and (len(newest) if newest is not None else capped_count(queryset, search.PROBE)) > search.PROBE
    ):
        probed = probe(queryset, query, newest)
        # The newest articles may not stand for the rest (an import of new ones): the index's
        # count over the whole archive says whether a term they hold often is rare elsewhere,
        # whose date walk would read every older row after its last match, and whether one they
        # hardly hold is common elsewhere, whose matches are too many to collect.
        common = len(probed) > page_size()
        if common or len(probed) < search.SPARSE:
            indexed = search.index_count(query)
        if common and indexed > search.SPARSE_CAP:
            return find_common(queryset, query, sort, position, probed, links)
        if links is None and indexed is not None and not common and indexed > search.SPARSE_CAP:
            # Common in the archive, rare among the newest: the next few thousand may hold it
            # densely again (an import of articles without it), cheaper walked than collected.
            deeper = search.deeper_probe(queryset, query)
            if len(deeper) > page_size():
                return find_common(queryset, query, sort, position, deeper)
    named = named if named is not None and named.complete else None
    if named is not None or (indexed is not None and indexed <= search.SPARSE_CAP):
        # Few enough in the whole archive: collected up to search.SPARSE_CAP at once.
        matches = named or collect_matches(queryset, query, cap=search.SPARSE_CAP)
        if len(matches.keys) <= search.MATCH_CAP:
            matches = MatchSet(matches.keys, search.MATCH_CAP)
        elif matches.complete:
            return find_sparse(queryset, query, sort, position, matches)
        else:  # more were added since the index counted them
            matches = MatchSet(matches.keys[: search.MATCH_CAP + 1], search.MATCH_CAP)
    else:
        matches = collect_matches(queryset, query, ranked=bounded and sort == SortChoices.RELEVANCE)
    if matches.complete:
        if sort == SortChoices.RELEVANCE:
            ranks = matches.ranks if matches.ranks is not None else rank_ids(queryset, query, matches.ids)
            ordered = relevance_order(matches.keys, ranks)
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
        count = search.MATCH_CAP + 1
    else:
        window = walked_page(queryset.matching(query.bigrams), position)
        count = search.MATCH_CAP + 1
    sample, facet_sample = matches.ids, len(matches.keys) if not matches.complete else None
    if matches.complete and len(matches.keys) > search.SCATTERED_FACET_SAMPLE:
        # Scattered over the table (a rare term's, a tag's): facets count the newest of them.
        sample = relevance_order(matches.keys, {})[: search.SCATTERED_FACET_SAMPLE]
        facet_sample = search.SCATTERED_FACET_SAMPLE
    return Results(
        window, count, facet_counts(sample), facet_sample=facet_sample, query=query, cap=search.MATCH_CAP
    )


def find_sparse(queryset, query, sort, position, matches) -> Results:
    """More than search.MATCH_CAP matches, too sparse among the newest articles to walk the date index
    for: all of them were collected through the index, dated in memory, counted exactly;
    relevance ranks the search.RANK_CANDIDATES newest; facets count the newest search.SCATTERED_FACET_SAMPLE."""
    newest = relevance_order(matches.keys, {})
    if sort == SortChoices.RELEVANCE:
        candidates = set(newest[: search.RANK_CANDIDATES])
        keys = [key for key in matches.keys if key[0] in candidates]
        ordered = relevance_order(keys, rank_ids(queryset, query, list(candidates)))
    else:
        ordered = newest
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(matches.keys),
        facet_counts(newest[: search.SCATTERED_FACET_SAMPLE]),
        facet_sample=search.SCATTERED_FACET_SAMPLE if len(newest) > search.SCATTERED_FACET_SAMPLE else None,
        query=query,
        cap=search.SPARSE_CAP,
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
        window = walked_page(queryset.matching(query.bigrams), position)
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


def all_links(relation):
    """The links of a person or tag to their articles, of any status and date."""
    if isinstance(relation, Person):
        return Credit.objects.filter(person=relation).order_by()
    return ArticleTag.objects.filter(tag=relation).order_by()


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
    nothing else is its links: up to COUNT_CAP (and search.NARROW_CAP) are read as keys from the links'
    index alone and paged in memory, as a narrowed list is; more are read newest first along
    that index, a page's twenty rows looked up by key, counted from the index.

    Filtered by more (a section, a paper, another tag), the list is driven by its smallest tag
    or person (the planner's estimate): paged in memory when it has at most search.FACET_SAMPLE
    articles (search.NARROW_CAP; search.COMBINED_CAP for several), else read along its links too, each link
    checked against the list's other filters, counted and sampled among its newest
    search.SCATTERED_FACET_SAMPLE links — exactly when there are no more, else the page says what it knows
    ("超过 60 篇").
    """
    several = len(narrowing.relations) > 1
    found = [links_of(relation, narrowing) for relation in narrowing.relations]
    sizes = [estimated_count(one[0]) for one in found] if several else [0]
    smallest = min(range(len(found)), key=sizes.__getitem__)
    links, newest = found[smallest]
    if several and not narrowing.otherwise and newest[: search.NARROW_CAP + 1].count() <= search.NARROW_CAP:
        # Tags and a person alone: the smallest one's links, each looked up in the others' own
        # (article, …) indexes — their links share its article's date and status — and no
        # article row read: all of them, so the count is exact.
        for n, relation in enumerate(narrowing.relations):
            if n != smallest:
                newest = newest.filter(article_id__in=all_links(relation).values("article_id"))
        with planner(**LINK_WALK):
            keys = [(pk, day) for day, pk in newest]
        return in_memory(queryset, position, keys, sample=search.SCATTERED_FACET_SAMPLE)
    otherwise = narrowing.otherwise or several
    if otherwise:
        # Each article is looked up to be checked against the other filters: only a sample's worth.
        bound = min(search.COMBINED_CAP if several else search.NARROW_CAP, search.FACET_SAMPLE)
        if newest[: bound + 1].count() <= bound:
            return in_memory(
                queryset.filter(among("id", [pk for _, pk in newest])),
                position,
                sample=search.SCATTERED_FACET_SAMPLE,
            )
    else:
        count = newest[: COUNT_CAP + 1].count()
        if count <= min(search.NARROW_CAP, COUNT_CAP):
            return in_memory(
                queryset, position, [(pk, day) for day, pk in newest], sample=search.SCATTERED_FACET_SAMPLE
            )
    walked = links.filter(article_id__in=queryset.values("id")) if otherwise else links
    with planner(**LINK_WALK):
        window = keyset_page(walked.only("article_id", "published_on"), position, key="article_id")
    window.items = articles_in_order([link.article_id for link in window.items])
    if not otherwise:
        sample = [pk for _, pk in newest[: search.SCATTERED_FACET_SAMPLE]]
        return Results(
            window,
            count,
            facet_counts(sample),
            facet_sample=search.SCATTERED_FACET_SAMPLE if count > search.SCATTERED_FACET_SAMPLE else None,
        )
    read = [pk for _, pk in newest[: search.SCATTERED_FACET_SAMPLE + 1]]
    complete = len(read) <= search.SCATTERED_FACET_SAMPLE
    read = read[: search.SCATTERED_FACET_SAMPLE]
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
    narrowed = narrowed_ids(person, tags, limit=search.MATCH_CAP if query is not None else search.NARROW_CAP)
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
                return in_memory(queryset, position, keys, sample=search.SCATTERED_FACET_SAMPLE)
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
