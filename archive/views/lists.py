"""Article lists: the filtered and searchable list, and the tag, section and person pages."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django_filters.views import FilterView

from archive import search
from archive.filters import ArticleFilterSet, SortChoices
from archive.models import Article, Person, Section, Tag, TagRedirect
from archive.pagination import InvalidPage, parse_page
from archive.search import pages
from archive.views.open_data import errors_data, json_response, list_data


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
        try:
            results = pages.list_page(self.filterset.qs, query, sort, position, self.narrowing())
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

    def narrowing(self) -> pages.Narrowing:
        data = self.filterset.form.cleaned_data
        person, tags = self.relations()
        otherwise = getattr(self, "section", None) is not None or any(
            data.get(name) for name in ("publication", "section", "kind")
        )
        return pages.Narrowing(person, tuple(tags), data.get("date_from"), data.get("date_to"), otherwise)

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
