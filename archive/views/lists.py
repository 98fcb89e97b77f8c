"""Article lists: the filtered and searchable list, and the tag, section and person pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django_filters.views import FilterView

from archive import search
from archive.filters import ArticleFilterSet, SortChoices
from archive.models import Article, ArticleTag, Person, Section, Tag, TagRedirect
from archive.pagination import (
    COUNT_CAP,
    InvalidPage,
    Window,
    capped_count,
    count_label,
    keyset_page,
    numbered_page,
    page_size,
    parse_page,
)
from archive.views.open_data import errors_data, json_response, list_data

#: Facets are counted over at most this many articles of the list (the newest ones).
FACET_SAMPLE = 2000
FACET_LIMIT = 12
TAG_FACET_LIMIT = 15


@dataclass
class Results:
    window: Window
    count: int
    facets: dict = field(default_factory=dict)
    facet_sample: int | None = None
    query: search.ReaderQuery | None = None
    cap: int = COUNT_CAP
    approximate: bool = False

    @property
    def count_label(self) -> str:
        return count_label(self.count, self.cap, self.approximate)


def facet_counts(article_ids) -> dict:
    """Counts per section, paper, year and tag among ``article_ids`` (a bounded list or subquery)."""
    if isinstance(article_ids, list):
        articles = Article.objects.filter(search.among("id", article_ids))
        links = ArticleTag.objects.filter(search.among("article_id", article_ids))
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
    found = {a.pk: a for a in Article.objects.for_listing().filter(search.among("id", ids))}
    return [found[pk] for pk in ids if pk in found]


def in_memory(queryset, position) -> Results:
    """A list already narrowed to a bounded set of articles (a rare or middling tag or person, at
    most NARROW_CAP; the credits of a 作者: term, at most SPARSE_CAP): ordered and paged in memory,
    counted exactly; facets count its newest FACET_SAMPLE.

    The keys come from the narrow (id) index alone, never from the articles' rows.
    """
    keys = list(queryset.order_by().values_list("id", "published_on")[: search.SPARSE_CAP + 1])
    ordered = search.relevance_order(keys, {})
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(keys),
        facet_counts(ordered[:FACET_SAMPLE]),
        facet_sample=FACET_SAMPLE if len(keys) > FACET_SAMPLE else None,
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
    sample = list(queryset.order_by("-id").values_list("id", flat=True)[:FACET_SAMPLE])
    return Results(
        window, count, facet_counts(sample), facet_sample=FACET_SAMPLE if count > FACET_SAMPLE else None
    )


def find(queryset, query: search.ReaderQuery, sort: str, position, *, bounded: bool = False) -> Results:
    """Search results, in bounded steps (see :mod:`archive.search`).

    ``bounded``: the list is already narrowed to a few articles, so no probe is needed.
    """
    probed = None
    if not bounded and capped_count(queryset, search.PROBE) > search.PROBE:
        probed = search.probe(queryset, query)
        if len(probed) > page_size():
            return find_common(queryset, query, sort, position, probed)
    matches = search.collect_matches(queryset, query)
    if not matches.complete and probed is not None and len(probed) < search.SPARSE:
        matches = search.collect_matches(queryset, query, cap=search.SPARSE_CAP)
        if matches.complete:
            return find_sparse(queryset, query, sort, position, matches)
    if matches.complete:
        if sort == SortChoices.RELEVANCE:
            ordered = search.relevance_order(matches.keys, search.rank_ids(queryset, query, matches.ids))
        else:
            ordered = search.relevance_order(matches.keys, {})
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
        count = len(matches.keys)
    elif sort == SortChoices.RELEVANCE:
        candidates = search.newest_matches(queryset, query)
        ranks = search.rank_ids(queryset, query, [pk for pk, _ in candidates])
        ordered = search.relevance_order(candidates, ranks)
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
        count = search.MATCH_CAP + 1
    else:
        with search.planner(**search.DATE_WALK):
            window = keyset_page(queryset.matching(query.bigrams).for_listing(), position)
        count = search.MATCH_CAP + 1
    return Results(
        window,
        count,
        facet_counts(matches.ids),
        facet_sample=len(matches.keys) if not matches.complete else None,
        query=query,
        cap=search.MATCH_CAP,
    )


def find_sparse(queryset, query, sort, position, matches) -> Results:
    """More than MATCH_CAP matches, too sparse among the newest articles to walk the date index
    for: all of them were collected through the index, dated in memory, counted exactly;
    relevance ranks the RANK_CANDIDATES newest; facets count the newest FACET_SAMPLE."""
    newest = search.relevance_order(matches.keys, {})
    if sort == SortChoices.RELEVANCE:
        candidates = set(newest[: search.RANK_CANDIDATES])
        keys = [key for key in matches.keys if key[0] in candidates]
        ordered = search.relevance_order(keys, search.rank_ids(queryset, query, list(candidates)))
    else:
        ordered = newest
    window = numbered_page(ordered, position)
    window.items = articles_in_order(window.items)
    return Results(
        window,
        len(matches.keys),
        facet_counts(newest[:FACET_SAMPLE]),
        facet_sample=FACET_SAMPLE if len(newest) > FACET_SAMPLE else None,
        query=query,
        cap=search.SPARSE_CAP,
    )


def find_common(queryset, query, sort, position, probed) -> Results:
    """A term found in more than a page of the newest articles: nothing is collected in full."""
    if sort == SortChoices.RELEVANCE:
        ids = [pk for pk, _ in probed]
        ordered = search.relevance_order(probed, search.rank_ids(queryset, query, ids))
        window = numbered_page(ordered, position)
        window.items = articles_in_order(window.items)
    else:
        with search.planner(**search.DATE_WALK):
            window = keyset_page(queryset.matching(query.bigrams).for_listing(), position)
    # Only a count within a few per cent is shown as one.  A filtered list says no more than
    # it knows: the matches found among its newest articles, rounded down (超过 300 篇).
    estimate = search.estimated_matches(queryset, query)
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


def has_bad_characters(params) -> bool:
    return any("\x00" in key or any("\x00" in v for v in values) for key, values in params.lists())


class ArticleListView(FilterView):
    """``/articles/``: every published article, filtered, searched, faceted and paged."""

    filterset_class = ArticleFilterSet
    template_name = "archive/article_list.html"
    heading = "全部文章"
    feed_url = None
    fixed_filters: tuple[str, ...] = ()
    #: The JSON twin: the same filters and pages, as data.
    as_json = False

    def get_queryset(self):
        return Article.objects.published()

    def get_filterset_kwargs(self, filterset_class):
        # Always bound, also without parameters: an empty form is a valid one (no filter).
        return {**super().get_filterset_kwargs(filterset_class), "data": self.request.GET}

    def get(self, request, *args, **kwargs):
        self.filterset = self.get_filterset(self.get_filterset_class())
        if has_bad_characters(request.GET):
            return self.render_errors(["请求中含有无效字符。"])
        if not self.filterset.is_valid():
            messages = [
                f"{self.filterset.form.fields[name].label}：{error}"
                for name, errors in self.filterset.form.errors.items()
                for error in errors
            ]
            return self.render_errors(messages)
        try:
            position = parse_page(request.GET.get("page"))
        except InvalidPage as error:
            raise Http404("没有这一页。") from error
        query = search.ReaderQuery.parse(self.filterset.query_text)
        sort = self.filterset.sort_order if query is not None and query.textual else SortChoices.DATE
        queryset = self.filterset.qs
        # A search reads the matching rows themselves: it is narrowed to fewer articles than a list.
        narrowed = search.narrowed_ids(
            *self.relations(), limit=search.MATCH_CAP if query is not None else search.NARROW_CAP
        )
        if query is not None:
            # 作者: terms are answered by the credits: a filter, and a bounded set when they are rare.
            queryset = search.restrict(queryset, query)
            credited = search.credited_ids(query)
            if credited is not None:
                narrowed = credited if narrowed is None else sorted(set(narrowed) & set(credited))
        if narrowed is not None:
            queryset = queryset.filter(search.among("id", narrowed))
        try:
            if query is not None and query.textual:
                results = find(queryset, query, sort, position, bounded=narrowed is not None)
            elif narrowed is not None:
                results = in_memory(queryset, position)
            else:
                results = browse(queryset, position)
        except InvalidPage as error:
            raise Http404("没有这一页。") from error
        self.object_list = results.window.items
        if self.as_json:
            heading = self.get_heading(query)
            return json_response(list_data(request, heading=heading, results=results, query=query, sort=sort))
        self.link_facets(results.facets)
        context = self.get_context_data(
            filter=self.filterset,
            object_list=self.object_list,
            results=results,
            window=results.window,
            query=query,
            sort=sort,
            ignored_query=bool(self.filterset.query_text) and query is None,
            people=search.people_named(query) if query is not None and not self.fixed_filters else [],
            active_filters=self.active_filters(),
            noindex="q" in request.GET,
        )
        return self.render_to_response(context)

    def relations(self) -> tuple:
        """The person and the tags this list is filtered by (from the form or the address)."""
        data = self.filterset.form.cleaned_data
        tags = list(data.get("tag") or [])
        if getattr(self, "tag", None) is not None:
            tags.append(self.tag)
        return data.get("person") or getattr(self, "person", None), tags

    def render_errors(self, messages: list[str]):
        if self.as_json:
            return json_response(errors_data(messages), status=400)
        self.object_list = []
        context = self.get_context_data(
            filter=self.filterset,
            object_list=[],
            errors=messages,
            noindex=True,
            active_filters=[],
        )
        return self.render_to_response(context, status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            heading=self.get_heading(kwargs.get("query")),
            feed_url=self.feed_url,
            fixed_filters=self.fixed_filters,
            json_url=self.json_url(),
        )
        return context

    def get_heading(self, query) -> str:
        return "检索结果" if query is not None and not self.fixed_filters else self.heading

    def json_url(self) -> str:
        """This page's JSON twin: the same address with ``.json``, the same parameters."""
        path = self.request.path.rstrip("/") + ".json"
        query = self.request.META.get("QUERY_STRING")
        return f"{path}?{query}" if query else path

    def with_param(self, name: str, value: str, *, add: bool = False, **others) -> str:
        """This list's address with ``name`` set to ``value`` (or added to its values), from page 1."""
        params = self.request.GET.copy()
        params.pop("page", None)
        if add:
            values = params.getlist(name)
            params.setlist(name, [*values, value] if value not in values else values)
        else:
            params[name] = value
        for other, other_value in others.items():
            params[other] = other_value
        return "?" + urlencode(sorted(params.lists()), doseq=True)

    def link_facets(self, facets: dict) -> None:
        for row in facets.get("section", []):
            row["url"] = self.with_param("section", row["section__slug"])
        for row in facets.get("publication", []):
            row["url"] = self.with_param("publication", row["publication__slug"])
        for row in facets.get("year", []):
            year = f"{row['year']:04d}"
            row["url"] = self.with_param("date_from", f"{year}-01-01", date_to=f"{year}-12-31")
        chosen = {tag.slug for tag in self.relations()[1]}
        # A tag every article of the list carries tells the reader nothing.
        facets["tag"] = [row for row in facets.get("tag", []) if row["tag__slug"] not in chosen]
        for row in facets["tag"]:
            row["url"] = self.with_param("tag", row["tag__slug"], add=True)

    def active_filters(self) -> list[dict]:
        """Each active filter, readable, with the address of the same list without it."""
        data = self.filterset.form.cleaned_data
        params = self.request.GET.copy()
        params.pop("page", None)
        found = []

        def without(name, value=None):
            remaining = params.copy()
            if value is None:
                remaining.pop(name, None)
            else:
                remaining.setlist(name, [v for v in remaining.getlist(name) if v != value])
            encoded = urlencode(sorted(remaining.lists()), doseq=True)
            return f"?{encoded}" if encoded else self.request.path

        if data.get("q"):
            found.append({"label": "关键词", "value": data["q"], "remove": without("q")})
        for name in ("date_from", "date_to"):
            if data.get(name):
                label = self.filterset.form.fields[name].label
                found.append({"label": label, "value": data[name].isoformat(), "remove": without(name)})
        for name in ("publication", "section", "person"):
            if data.get(name) and name not in self.fixed_filters:
                label = self.filterset.form.fields[name].label
                found.append({"label": label, "value": str(data[name]), "remove": without(name)})
        for tag in data.get("tag") or []:
            found.append({"label": "标签", "value": tag.name, "remove": without("tag", tag.slug)})
        if data.get("kind"):
            found.append(
                {"label": "类型", "value": Article.Kind(data["kind"]).label, "remove": without("kind")}
            )
        return found


class TagView(ArticleListView):
    """``/tag/<slug>/``: the articles of one tag; an old slug of a renamed tag redirects."""

    fixed_filters = ("tag",)

    def dispatch(self, request, *args, **kwargs):
        slug = kwargs["slug"]
        self.tag = Tag.objects.filter(slug=slug).first()
        if self.tag is None:
            moved = TagRedirect.objects.select_related("tag").filter(old_slug=slug).first()
            if moved is None:
                raise Http404("没有这个标签。")
            target = (
                reverse("archive:tag_json", args=[moved.tag.slug])
                if self.as_json
                else moved.tag.get_absolute_url()
            )
            if request.META.get("QUERY_STRING"):
                target += "?" + request.META["QUERY_STRING"]
            return redirect(target, permanent=True)
        self.heading = f"标签：{self.tag.name}"
        self.feed_url = reverse("archive:tag_feed", args=[self.tag.slug])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().tagged(self.tag)


class SectionView(ArticleListView):
    fixed_filters = ("section",)

    def dispatch(self, request, *args, **kwargs):
        self.section = get_object_or_404(Section, slug=kwargs["slug"])
        self.heading = f"栏目：{self.section.name}"
        self.feed_url = reverse("archive:section_feed", args=[self.section.slug])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().filter(section=self.section)


class PersonView(ArticleListView):
    fixed_filters = ("person",)

    def dispatch(self, request, *args, **kwargs):
        self.person = get_object_or_404(Person, slug=kwargs["slug"])
        self.heading = f"人物：{self.person.name}"
        self.feed_url = reverse("archive:person_feed", args=[self.person.slug])
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return super().get_queryset().crediting(self.person)
