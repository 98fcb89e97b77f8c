"""Open data: JSON twins of lists and searches, and the page explaining feeds, sitemap and JSON."""

import json

import pytest
from django.urls import reverse

from archive.models import Article, Credit
from tests.support import builders


@pytest.fixture
def many(db):
    made = builders.many_articles(5)
    builders.credit(made[0], "柳文岳", Credit.Role.CORRESPONDENT, 1)
    builders.reindex_articles(made)
    return made


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/json"
    return response, json.loads(response.content.decode("utf-8"))


def test_list_json_is_utf8_unescaped_and_pages_by_cursor(client, many, monkeypatch):
    monkeypatch.setattr("archive.pagination.page_size", lambda: 2)
    response, data = get_json(client, "/articles.json")
    assert "营商环境".encode() in response.content and b"\\u" not in response.content
    assert data["heading"] == "全部文章" and data["count"] == 5 and data["query"] is None
    seen = [item["id"] for item in data["articles"]]
    assert seen == [a.pk for a in sorted(many, key=lambda a: a.published_on, reverse=True)][:2]
    while data["next"]:
        assert data["next"].startswith("http://testserver/articles.json?")
        _, data = get_json(client, data["next"])
        seen += [item["id"] for item in data["articles"]]
    assert sorted(seen) == sorted(a.pk for a in many)
    item = data["articles"][0]
    assert item["url"].startswith("http://testserver/") and item["json"].endswith(".json")
    assert client.get(item["json"]).status_code == 200


def test_search_json_has_the_same_filters_and_results_as_the_page(client, many):
    params = {"q": "柳文岳", "section": "经济"}
    page = client.get("/articles/", params)
    _, data = get_json(client, "/articles.json", params)
    assert [a.pk for a in page.context["window"].items] == [item["id"] for item in data["articles"]]
    assert data["query"] == "柳文岳" and data["heading"] == "检索结果" and data["count"] == 1
    assert {"role": "通讯员", "name": "柳文岳", "slug": "柳文岳"} in data["articles"][0]["credits"]
    assert "<mark>" not in (data["articles"][0]["snippet"] or "")


def test_tag_section_and_person_lists_have_twins(client, many):
    for url, heading in [
        ("/tag/经济.json", "标签：经济"),
        ("/section/经济.json", "栏目：经济"),
        ("/person/沈志江.json", "人物：沈志江"),
    ]:
        _, data = get_json(client, url)
        assert data["heading"] == heading and data["count"] == 5, url
    assert client.get("/tag/没有.json").status_code == 404


def test_list_pages_link_their_twin(client, many):
    page = client.get("/tag/经济/", {"q": "营商"}).content.decode()
    assert 'type="application/json"' in page
    assert "/tag/%E7%BB%8F%E6%B5%8E.json?q=" in page or "/tag/经济.json?q=" in page


def test_bad_filters_give_json_errors(client, many):
    _, data = get_json(client, "/articles.json", {"date_from": "昨天"}, status=400)
    assert data["errors"] and "起始日期" in data["errors"][0]


def test_feed_and_sitemap_links_lead_to_a_page_explaining_them(client, many):
    home = client.get("/").content.decode()
    about = reverse("archive:open_data")
    assert f'href="{about}#feeds"' in home and f'href="{about}#sitemap"' in home
    page = client.get(about).content.decode()
    assert "Atom" in page and "阅读器" in page and "搜索引擎" in page
    assert "http://testserver/feed/" in page and "http://testserver/sitemap.xml" in page
    assert "http://testserver/articles.json" in page


def test_a_lists_feed_link_names_its_own_feed(client, many):
    page = client.get("/tag/经济/").content.decode()
    assert "/data/?feed=" in page
    shown = client.get("/data/", {"feed": "/tag/经济/feed/"}).content.decode()
    assert "http://testserver/tag/经济/feed/" in shown
    for other in ("//example.com/feed/", "/admin/", "http://example.com/", "/tag/经济/", "\x00"):
        response = client.get("/data/", {"feed": other})
        assert response.status_code == 200 and "本页所指的订阅地址" not in response.content.decode()


def test_json_pages_run_a_bounded_number_of_queries(client, many, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        client.get("/articles.json", {"q": "营商"})
    assert Article.objects.count() == 5
