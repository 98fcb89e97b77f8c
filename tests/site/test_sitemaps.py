"""The sitemap: files cut by id ranges, read along the primary key, only the columns printed."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article, Page
from archive.sitemaps import ArticleSitemap, TagSitemap
from tests.support import builders
from tests.support.builders import DAY

LOC = "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"


def locations(response) -> list[str]:
    assert response.status_code == 200
    return [element.text for element in ET.fromstring(response.content).iter(LOC)]


@pytest.fixture
def five_articles(db):
    on_page = builders.page("温岭日报", DAY, 1)
    made = [builders.article(on_page, n, f"第{n}篇稿件", tags=[f"标签{n}"], index=False) for n in range(1, 6)]
    Page.objects.filter(pk=on_page.pk).update(raw_text="版面原文" * 1000)
    made[2].status = Article.Status.HIDDEN
    made[2].save()
    return made


def test_the_protocol_limit_is_kept():
    assert ArticleSitemap.limit == TagSitemap.limit == 50_000


def test_files_are_id_ranges_and_each_article_is_in_one(client, five_articles, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    first, second, hidden, fourth, fifth = five_articles
    files = [loc for loc in locations(client.get("/sitemap.xml")) if "sitemap-articles" in loc]
    highest = max(article.pk for article in five_articles)
    assert len(files) == -(-highest // 2)

    found = []
    for number in range(1, len(files) + 1):
        found += locations(client.get(f"/sitemap-articles.xml?p={number}"))
    expected = [f"http://testserver{a.get_absolute_url()}" for a in (first, second, fourth, fifth)]
    assert sorted(found) == sorted(expected)
    assert f"http://testserver{hidden.get_absolute_url()}" not in found


@pytest.mark.parametrize("p", ["0", "-1", "999999", "abc", "1e5", "9" * 5000, ""])
def test_pages_out_of_range_are_404(client, five_articles, p):
    assert client.get("/sitemap-articles.xml", {"p": p}).status_code == 404


def test_a_file_reads_only_the_columns_it_prints(client, five_articles):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap-articles.xml")
    assert len(locations(response)) == 4
    reads = [q["sql"] for q in queries.captured_queries if '"archive_article"' in q["sql"]]
    assert [sql for sql in reads if "MAX(" in sql] == [
        'SELECT MAX("archive_article"."id") AS "highest" FROM "archive_article"'
    ]
    (sql,) = [sql for sql in reads if "MAX(" not in sql]
    for column in ("raw_text", '"body"', "search_document", "search_bigrams", '"title"'):
        assert column not in sql
    assert "OFFSET" not in sql and "COUNT(" not in sql.upper()
    assert "BETWEEN" in sql or '"id" >' in sql


def test_the_index_counts_files_from_the_highest_id_alone(client, five_articles):
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap.xml")
    large = [q["sql"] for q in queries.captured_queries if "archive_section" not in q["sql"]]
    assert large == [
        'SELECT MAX("archive_article"."id") AS "highest" FROM "archive_article"',
        'SELECT MAX("archive_tag"."id") AS "highest" FROM "archive_tag"',
    ]


def test_tags_sitemap_lists_tags_in_use_by_range(client, five_articles, monkeypatch):
    monkeypatch.setattr(TagSitemap, "limit", 1)
    files = [loc for loc in locations(client.get("/sitemap.xml")) if "sitemap-tags" in loc]
    found = []
    for number in range(1, len(files) + 1):
        found += locations(client.get(f"/sitemap-tags.xml?p={number}"))
    names = sorted(loc.rsplit("/", 2)[-2] for loc in found)
    assert len(names) == 4  # the hidden article's tag is in use by no published article
