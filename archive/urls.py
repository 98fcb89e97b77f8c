"""The public site's addresses.

Permanent article addresses follow the printed paper: ``/<paper>/<YYYY-MM-DD>/<page>/<order>/``.
Path converters validate each part, so a malformed date, number or slug is a 404, never an error.
"""

import datetime

from django.contrib.sitemaps import views as sitemap_views
from django.urls import path, register_converter

from archive import feeds, views
from archive.sitemaps import sitemap_file, sitemaps


class IsoDateConverter:
    regex = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"

    def to_python(self, value):
        return datetime.date.fromisoformat(value)  # ValueError (2023-02-30) means no match

    def to_url(self, value):
        return value if isinstance(value, str) else value.isoformat()


class YearConverter:
    regex = r"[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class SmallNumberConverter:
    """Page numbers and orders: they fit a PostgreSQL smallint."""

    regex = r"[0-9]{1,4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class IdConverter:
    regex = r"[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


class UnicodeSlugConverter:
    """Slugs as ``slugify(..., allow_unicode=True)`` makes them: letters (Chinese too), digits, - and _."""

    regex = r"[-\w]{1,100}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(IsoDateConverter, "isodate")
register_converter(YearConverter, "year")
register_converter(SmallNumberConverter, "num")
register_converter(IdConverter, "id")
register_converter(UnicodeSlugConverter, "uslug")

app_name = "archive"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "archive:sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<uslug:section>.xml", sitemap_file, name="sitemap_section"),
    path("articles/", views.ArticleListView.as_view(), name="article_list"),
    path("articles.json", views.ArticleListView.as_view(as_json=True), name="article_list_json"),
    path("data/", views.open_data_page, name="open_data"),
    path("articles/<id:pk>/", views.ArticleByIdView.as_view(), name="article_by_id"),
    path("articles/<id:pk>.json", views.ArticleByIdView.as_view(as_json=True), name="article_by_id_json"),
    path("feed/", feeds.ArticleFeed(), name="feed"),
    path("tag/<uslug:slug>/", views.TagView.as_view(), name="tag"),
    path("tag/<uslug:slug>.json", views.TagView.as_view(as_json=True), name="tag_json"),
    path("tag/<uslug:slug>/feed/", feeds.TagFeed(), name="tag_feed"),
    path("section/<uslug:slug>/", views.SectionView.as_view(), name="section"),
    path("section/<uslug:slug>.json", views.SectionView.as_view(as_json=True), name="section_json"),
    path("section/<uslug:slug>/feed/", feeds.SectionFeed(), name="section_feed"),
    path("person/<uslug:slug>/", views.PersonView.as_view(), name="person"),
    path("person/<uslug:slug>.json", views.PersonView.as_view(as_json=True), name="person_json"),
    path("person/<uslug:slug>/feed/", feeds.PersonFeed(), name="person_feed"),
    path("date/<isodate:date>/", views.date_view, name="date"),
    path("<uslug:publication>/", views.PublicationView.as_view(), name="publication"),
    path("<uslug:publication>/<year:year>/", views.PublicationYearView.as_view(), name="publication_year"),
    path("<uslug:publication>/<isodate:date>/", views.IssueView.as_view(), name="issue"),
    path("<uslug:publication>/<isodate:date>/<num:page>/", views.PageView.as_view(), name="page"),
    path(
        "<uslug:publication>/<isodate:date>/<num:page>/<num:order>/",
        views.ArticleView.as_view(),
        name="article",
    ),
    path(
        "<uslug:publication>/<isodate:date>/<num:page>/<num:order>.json",
        views.ArticleView.as_view(as_json=True),
        name="article_json",
    ),
]
