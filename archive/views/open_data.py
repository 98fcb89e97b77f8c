"""Open data: the JSON twins of lists and searches, and the page that explains feeds, sitemap and JSON."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.serializers.json import DjangoJSONEncoder
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve, reverse
from django.utils.encoding import uri_to_iri

from archive.search import highlighting

#: The feeds a list page links to, by the name of their address.
FEED_NAMES = {"archive:feed", "archive:tag_feed", "archive:section_feed", "archive:person_feed"}


_MARKUP_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


class _MarkupSafeEncoder(DjangoJSONEncoder):
    """< > & as \\u escapes, as Django's json_script writes them: a value a reader typed (a query
    echoed in an error) never reads as markup, however the response is opened."""

    def encode(self, o):
        return super().encode(o).translate(_MARKUP_ESCAPES)


def json_response(data: dict, status: int = 200) -> JsonResponse:
    """UTF-8 JSON with Chinese as it is, not as \\u escapes."""
    return JsonResponse(
        data, encoder=_MarkupSafeEncoder, status=status, json_dumps_params={"ensure_ascii": False}
    )


def page_address(request, page: str | None) -> str | None:
    """The absolute address of this list's ``page`` (a number or a cursor), with the same filters."""
    if page is None:
        return None
    params = request.GET.copy()
    params["page"] = page
    return request.build_absolute_uri(f"{request.path}?{urlencode(sorted(params.lists()), doseq=True)}")


def named(thing) -> dict | None:
    """A paper, section, tag or person in JSON: its name and the slug of its address."""
    return {"name": thing.name, "slug": thing.slug} if thing is not None else None


def article_summary(article, request, query) -> dict:
    """One article of a list, as the list shows it (the full text is in the article's own twin)."""
    url = article.get_absolute_url()
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(url),
        "json": request.build_absolute_uri(url.rstrip("/") + ".json"),
        "kind": article.kind,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "publication": named(article.publication),
        "date": article.published_on.isoformat() if article.published_on else None,
        "page": article.page.number,
        "section": named(article.section),
        "credits": [
            {"role": credit.get_role_display(), "name": credit.person.name, "slug": credit.person.slug}
            for credit in article.credits.all()
        ],
        "snippet": str(highlighting.snippet(article.body, query.terms))
        .replace("<mark>", "")
        .replace("</mark>", "")
        if query is not None
        else None,
    }


def list_data(request, *, heading: str, results, query, sort: str) -> dict:
    """The JSON twin of a list or search page: the same filters, the same pages (by cursor)."""
    window = results.window
    return {
        "heading": heading,
        "query": query.text if query is not None else None,
        "sort": sort,
        "count": results.count,
        "count_label": results.count_label,
        "count_is_estimate": results.approximate or results.count > results.cap,
        "page": window.number,
        "next": page_address(request, window.next_page),
        "previous": page_address(request, window.previous_page),
        "html": request.build_absolute_uri(request.get_full_path().replace(".json", "/", 1)),
        "articles": [article_summary(article, request, query) for article in window.items],
    }


def errors_data(messages: list[str]) -> dict:
    return {"errors": messages}


def open_data_page(request):
    """``/data/``: what the feeds, the sitemap and the JSON twins are, with their raw addresses."""
    feed = None
    asked = request.GET.get("feed", "")
    if asked.startswith("/") and "\x00" not in asked:
        try:
            match = resolve(asked)
        except Resolver404:
            match = None
        if match is not None and match.view_name in FEED_NAMES:
            feed = uri_to_iri(request.build_absolute_uri(asked))
    context = {
        "feed": feed,
        "site_feed": request.build_absolute_uri(reverse("archive:feed")),
        "sitemap": request.build_absolute_uri(reverse("archive:sitemap")),
        "list_json": request.build_absolute_uri(reverse("archive:article_list_json")),
        "search_json": request.build_absolute_uri(reverse("archive:article_list_json") + "?q=营商环境"),
    }
    return render(request, "archive/open_data.html", context)
