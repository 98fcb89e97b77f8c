import xml.etree.ElementTree as ET

import pytest

from archive.models import Article, Credit, Publication, Section
from tests.support import builders
from tests.support.builders import DAY

# The test client starts WhiteNoise, which warns that collectstatic has not run.

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def articles(db):
    paper = Publication.objects.create(name="温岭日报")
    economy = Section.objects.get(name="经济")
    shown = builders.article(
        builders.page(paper, DAY, 1),
        1,
        "营商环境持续优化",
        "企业<发展>信心增强。",
        section=economy,
        tags=["营商环境"],
        credits=[(Credit.Role.REPORTER, "沈志江")],
    )
    hidden = builders.article(
        builders.page(paper, DAY, 1),
        2,
        "不公开的稿件",
        "",
        section=economy,
        tags=["营商环境"],
        credits=[(Credit.Role.REPORTER, "沈志江")],
        status=Article.Status.HIDDEN,
    )
    return shown, hidden


def entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


@pytest.mark.parametrize(
    "url", ["/feed/", "/section/经济/feed/", "/tag/营商环境/feed/", "/person/沈志江/feed/"]
)
def test_feeds_list_published_articles_only(client, articles, url):
    shown, _ = articles
    feed, items = entries(client.get(url))
    assert [item.find(f"{ATOM}title").text for item in items] == ["营商环境持续优化"]
    link = items[0].find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{shown.get_absolute_url()}"
    assert feed.find(f"{ATOM}title").text.startswith("报刊档案")


def test_feed_entry_details(client, articles):
    _, items = entries(client.get("/tag/营商环境/feed/"))
    item = items[0]
    assert item.find(f"{ATOM}author/{ATOM}name").text == "沈志江"
    assert item.find(f"{ATOM}published").text.startswith("2023-07-26T00:00:00+08:00")
    assert [c.get("term") for c in item.findall(f"{ATOM}category")] == ["营商环境"]
    # plain text escaped for an HTML summary
    assert item.find(f"{ATOM}summary").text == "企业&lt;发展&gt;信心增强。"


def test_feed_of_unknown_tag_is_404(client, db):
    assert client.get("/tag/没有/feed/").status_code == 404


def test_feed_queries_are_bounded(client, db, django_assert_max_num_queries):
    builders.many_articles(40)
    with django_assert_max_num_queries(6):
        client.get("/feed/")
    with django_assert_max_num_queries(7):
        client.get("/tag/经济/feed/")


def test_sitemap_lists_articles_sections_and_tags(client, articles):
    shown, hidden = articles
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    text = index.content.decode()
    for section in ("articles", "sections", "tags"):
        assert f"http://testserver/sitemap-{section}.xml" in text
    page = client.get("/sitemap-articles.xml").content.decode()
    assert f"http://testserver{shown.get_absolute_url()}" in page
    assert hidden.get_absolute_url() not in page
    assert "/section/%E7%BB%8F%E6%B5%8E/" in client.get("/sitemap-sections.xml").content.decode()
    assert "/tag/%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83/" in client.get("/sitemap-tags.xml").content.decode()
