import datetime
import json
import random
from urllib.parse import quote, unquote, urlencode

import pytest
from django.db import connection
from django.urls import reverse
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from archive.models import Article, Credit, Page, Publication, Section, Tag, TagRedirect
from archive.views import home
from tests.support import builders
from tests.support.builders import DAY

# The test client starts WhiteNoise, which warns that collectstatic has not run.


@pytest.fixture
def archive(db):
    """Two papers, three issues, a continued article, a hidden one, and an undated page."""
    wl = Publication.objects.create(name="温岭日报")
    zj = Publication.objects.create(name="浙江日报")
    economy = Section.objects.get(name="经济")
    livelihood = Section.objects.get(name="民生")
    p1 = builders.page(wl, DAY, 1)
    p2 = builders.page(wl, DAY, 2, name="综合新闻")
    lead = builders.article(
        p1,
        1,
        "优化营商环境 问出真格",
        "本报讯 市人大常委会召开专题询问会。\n\n会议要求持续优化营商环境，服务企业。",
        kicker="议案专题询问会召开",
        subtitle="答出担当 凝聚共识",
        section=economy,
        tags=["营商环境", "人大"],
        credits=[(Credit.Role.REPORTER, "沈志江"), (Credit.Role.CORRESPONDENT, "章登峰")],
        continues_to="第二版",
    )
    second = builders.article(
        p1,
        2,
        "水泵企业新项目投产",
        "温岭又一新项目正式投产，水泵产业发展提速。",
        section=economy,
        tags=["营商环境", "水泵"],
        credits=[(Credit.Role.PHOTOGRAPHER, "陈峰")],
    )
    rest = builders.article(
        p2,
        1,
        "询问会续",
        "问答之间，营商环境的短板逐一记下。",
        section=economy,
        tags=["营商环境"],
        continued_from="第一版",
    )
    hidden = builders.article(
        p1, 3, "不公开的稿件", "这篇文章已被隐藏，营商环境。", status=Article.Status.HIDDEN, tags=["营商环境"]
    )
    other = builders.article(
        builders.page(zj, DAY, 1),
        1,
        "城乡供水一体化工程开工",
        "苍南将共饮同质一网水，社区居民受益。",
        section=livelihood,
        tags=["供水"],
        credits=[(Credit.Role.REPORTER, "陈峰")],
    )
    older = builders.article(
        builders.page(wl, DAY - datetime.timedelta(days=365), 1),
        1,
        "去年今日的社区新闻",
        "社区居民议事会成立。",
        section=livelihood,
        tags=["社区"],
    )
    loose_page = Page.objects.create(source_name="loose.txt", content_hash="f" * 64, raw_text="…")
    undated = builders.article(loose_page, 1, "没有日期的图片说明", "新年第一场雪。", kind=Article.Kind.PHOTO)
    return {
        "wl": wl,
        "zj": zj,
        "lead": lead,
        "second": second,
        "rest": rest,
        "hidden": hidden,
        "other": other,
        "older": older,
        "undated": undated,
        "economy": economy,
    }


def text_of(response):
    return response.content.decode()


# -- home ---------------------------------------------------------------------------------------------


def test_home_shows_latest_issues_sections_tags_and_this_day(client, archive, monkeypatch):
    monkeypatch.setattr(home, "today", lambda: DAY)
    response = client.get("/")
    assert response.status_code == 200
    page = text_of(response)
    assert '<html lang="zh-Hans">' in page
    assert "各报最新一期" in page and "温岭日报" in page and "浙江日报" in page
    assert archive["lead"].get_absolute_url() in page
    assert "历史上的今天" in page and "去年今日的社区新闻" in page
    assert reverse("archive:section", args=["经济"]) in page
    assert reverse("archive:tag", args=["营商环境"]) in page
    assert "不公开的稿件" not in page


def test_home_without_history(client, archive, monkeypatch):
    monkeypatch.setattr(home, "today", lambda: datetime.date(2024, 1, 2))
    assert "历史上的今天" not in text_of(client.get("/"))


# -- article page ---------------------------------------------------------------------------------------


def test_article_page_at_its_permanent_address(client, archive):
    lead = archive["lead"]
    url = lead.get_absolute_url()
    assert unquote(url) == "/温岭日报/2023-07-26/1/1/"
    assert reverse("archive:article", kwargs=lead.permalink_kwargs()) == url
    response = client.get(url)
    assert response.status_code == 200
    page = text_of(response)
    assert "议案专题询问会召开" in page and "<h1>优化营商环境 问出真格</h1>" in page and "答出担当" in page
    assert "2023年7月26日" in page and "第1版" in page
    assert "记者：" in page and "通讯员：" in page
    assert reverse("archive:person", args=["沈志江"]) in page
    assert "<p>会议要求持续优化营商环境，服务企业。</p>" in page
    assert reverse("archive:tag", args=["人大"]) in page
    assert reverse("archive:section", args=["经济"]) in page
    # 下转第二版 resolved to the article that continues there
    assert archive["rest"].get_absolute_url() in page and "下转第二版" in page
    # next on the same page; never the hidden one
    assert archive["second"].get_absolute_url() in page
    # The only tag shared, 营商环境, is on most of the archive: no article is related by it.
    assert "相关文章" not in page
    assert "不公开的稿件" not in page


def test_continued_article_links_back(client, archive):
    page = text_of(client.get(archive["rest"].get_absolute_url()))
    assert "上接第一版" in page and archive["lead"].get_absolute_url() in page


def test_article_json_twin(client, archive):
    response = client.get(reverse("archive:article_json", kwargs=archive["lead"].permalink_kwargs()))
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["title"] == "优化营商环境 问出真格"
    assert data["publication"]["slug"] == "温岭日报"
    assert data["page"]["number"] == 1 and data["date"] == "2023-07-26"
    assert {"role": "记者", "name": "沈志江", "slug": "沈志江", "office": "", "unit": ""} in data["credits"]
    assert data["paragraphs"][1] == "会议要求持续优化营商环境，服务企业。"


def test_article_by_id_redirects_to_the_permanent_address(client, archive):
    lead = archive["lead"]
    response = client.get(reverse("archive:article_by_id", args=[lead.pk]))
    assert response.status_code == 301 and response["Location"] == lead.get_absolute_url()
    response = client.get(reverse("archive:article_by_id_json", args=[lead.pk]))
    assert response.status_code == 301 and response["Location"].endswith("/1/1.json")


def test_article_without_issue_lives_at_its_id(client, archive):
    undated = archive["undated"]
    url = undated.get_absolute_url()
    assert url == f"/articles/{undated.pk}/"
    response = client.get(url)
    assert response.status_code == 200 and "没有日期的图片说明" in text_of(response)
    assert json.loads(client.get(f"/articles/{undated.pk}.json").content)["kind"] == "photo"


def test_hidden_articles_are_not_found_anywhere(client, archive):
    hidden = archive["hidden"]
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get(f"/articles/{hidden.pk}/").status_code == 404
    assert client.get(f"/articles/{hidden.pk}.json").status_code == 404
    for url in ["/articles/", "/articles/?q=隐藏", "/tag/营商环境/", "/温岭日报/2023-07-26/", "/feed/"]:
        assert "不公开的稿件" not in text_of(client.get(url)), url
    assert hidden.get_absolute_url() not in text_of(client.get("/sitemap-articles.xml"))


# -- lists ------------------------------------------------------------------------------------------------


def test_article_list_newest_first_with_facets(client, archive):
    response = client.get("/articles/")
    assert response.status_code == 200
    page = text_of(response)
    assert page.index("优化营商环境") < page.index("去年今日的社区新闻") < page.index("没有日期的图片说明")
    assert "分类统计" in page and "2023年" in page and "2022年" in page
    assert "?section=%E7%BB%8F%E6%B5%8E" in page  # 经济
    assert "noindex" not in page


def test_filters_summary_and_removal_links(client, archive):
    response = client.get(
        "/articles/", {"section": "经济", "tag": ["营商环境", "水泵"], "publication": "温岭日报"}
    )
    page = text_of(response)
    assert "水泵企业新项目投产" in page
    assert "询问会续" not in page  # has 营商环境 but not 水泵
    assert "当前条件" in page and "栏目：经济" in page and "标签：水泵" in page
    # removing 水泵 keeps the other tag and filters
    assert (
        "?publication=%E6%B8%A9%E5%B2%AD%E6%97%A5%E6%8A%A5&amp;section=%E7%BB%8F%E6%B5%8E&amp;tag=%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83"
        in page
    )


def test_person_and_kind_and_date_filters(client, archive):
    page = text_of(client.get("/articles/", {"person": "陈峰"}))
    assert "水泵企业新项目投产" in page and "城乡供水一体化工程开工" in page and "询问会续" not in page
    page = text_of(client.get("/articles/", {"kind": "photo"}))
    assert "没有日期的图片说明" in page and "水泵企业" not in page
    page = text_of(client.get("/articles/", {"date_from": "2023-01-01", "date_to": "2023-12-31"}))
    assert "水泵企业" in page and "去年今日" not in page and "没有日期的图片说明" not in page


def test_search_results_are_highlighted_and_noindex(client, archive):
    response = client.get("/articles/", {"q": "营商环境"})
    page = text_of(response)
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in page
    assert "<mark>营商环境</mark>" in page
    assert "共 2 篇" in page
    assert "不公开的稿件" not in page


def test_search_finds_a_given_name_inside_a_full_name(client, archive):
    Article.objects.filter(pk=archive["second"].pk).update(body="本报讯（记者沈志江）水泵产业发展提速。")
    builders.reindex_articles([Article.objects.get(pk=archive["second"].pk)])
    page = text_of(client.get("/articles/", {"q": "志江"}))
    # The lead article credits 沈志江 without naming him in its text: the credit is searched too.
    assert "共 2 篇" in page and "<mark>志江</mark>" in page and "水泵企业新项目投产" in page


def test_empty_search_suggests_what_to_do(client, archive):
    page = text_of(client.get("/articles/", {"q": "火星 探测", "section": "经济"}))
    assert "没有找到符合条件的文章" in page
    assert "试试减少关键词" in page
    assert "去掉条件「栏目：经济」" in page


def test_keyset_pagination_keeps_every_filter(client, db, settings):
    settings.ARCHIVE_PAGE_SIZE = 5
    builders.many_articles(12)
    filters = {"section": "经济", "kind": "article"}
    first = client.get("/articles/", filters)
    window = first.context["window"]
    assert len(window.items) == 5 and window.next_page.startswith("n.") and not window.previous_page
    page = text_of(first).replace("&amp;", "&")
    assert f"page={quote(window.next_page)}" in page
    assert "kind=article" in page and "section=%E7%BB%8F%E6%B5%8E" in page
    seen = [a.pk for a in window.items]
    response = first
    while response.context["window"].next_page:
        response = client.get("/articles/", {**filters, "page": response.context["window"].next_page})
        seen += [a.pk for a in response.context["window"].items]
    assert len(seen) == len(set(seen)) == 12
    dates = [Article.objects.get(pk=pk).published_on for pk in seen]
    assert dates == sorted(dates, reverse=True)
    back = client.get("/articles/", {**filters, "page": response.context["window"].previous_page})
    assert [a.pk for a in back.context["window"].items] == seen[5:10]


def test_a_rare_tag_or_person_is_listed_from_its_own_index(client, db, settings):
    settings.ARCHIVE_PAGE_SIZE = 5
    made = builders.many_articles(12)
    response = client.get("/tag/经济/", {"person": "沈志江"})
    window = response.context["window"]
    assert window.number == 1 and window.next_page == "2" and "共 12 篇" in text_of(response)
    assert [a.pk for a in window.items] == [a.pk for a in made[::-1][:5]]
    third = client.get("/tag/经济/", {"person": "沈志江", "page": "3"}).context["window"]
    assert [a.pk for a in third.items] == [a.pk for a in made[:2][::-1]]


def test_search_pages_are_numbered_within_the_capped_set(client, db, settings):
    settings.ARCHIVE_PAGE_SIZE = 5
    builders.many_articles(12)
    response = client.get("/articles/", {"q": "营商", "page": "3"})
    assert response.context["window"].number == 3 and len(response.context["window"].items) == 2
    assert client.get("/articles/", {"q": "营商", "page": "4"}).status_code == 404


def test_tag_section_and_person_pages(client, archive):
    page = text_of(client.get("/tag/营商环境/"))
    assert "标签：营商环境" in page and "水泵企业" in page and "城乡供水" not in page
    assert reverse("archive:tag_feed", args=["营商环境"]) in page
    page = text_of(client.get("/section/民生/"))
    assert "城乡供水一体化工程开工" in page and "水泵企业" not in page
    page = text_of(client.get("/person/章登峰/"))
    assert "人物：章登峰" in page and "优化营商环境" in page and "水泵企业" not in page
    assert client.get("/tag/不存在的标签/").status_code == 404


def test_renamed_tag_redirects_permanently(client, archive):
    TagRedirect.objects.create(old_slug="营商", tag=Tag.objects.get(name="营商环境"))
    response = client.get("/tag/营商/?page=2")
    assert response.status_code == 301
    assert response["Location"] == "/tag/%E8%90%A5%E5%95%86%E7%8E%AF%E5%A2%83/?page=2"


# -- dates --------------------------------------------------------------------------------------------------


def test_publication_year_calendar_day_and_issue_pages(client, archive):
    page = text_of(client.get("/温岭日报/"))
    assert "2023年" in page and "2022年" in page
    page = text_of(client.get("/温岭日报/2023/"))
    assert "7月" in page and quote("/温岭日报/2023-07-26/") in page and "← 2022年" in page
    assert client.get("/温岭日报/1999/").status_code == 404
    page = text_of(client.get("/date/2023-07-26/"))
    assert "温岭日报" in page and "浙江日报" in page
    assert client.get("/date/2023-07-25/").status_code == 404
    response = client.get("/温岭日报/2023-07-26/")
    page = text_of(response)
    assert (
        page.index("第1版")
        < page.index("优化营商环境")
        < page.index("第2版 综合新闻")
        < page.index("询问会续")
    )
    assert "不公开的稿件" not in page


# -- crawlers -------------------------------------------------------------------------------------------------


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text_of(response)


# -- query counts ---------------------------------------------------------------------------------------------


LIST_URLS = [
    "/",
    "/articles/",
    "/articles/?section=经济&tag=经济",
    "/articles/?q=营商环境",
    "/articles/?q=营商环境&sort=relevance",
    "/articles/?q=商环&section=经济&person=沈志江",
    "/tag/经济/",
    "/section/经济/",
    "/person/沈志江/",
    "/feed/",
    "/tag/经济/feed/",
]


@pytest.mark.parametrize("url", LIST_URLS)
@pytest.mark.parametrize("count", [3, 60])
def test_lists_run_a_bounded_number_of_queries(client, db, django_assert_max_num_queries, url, count):
    builders.many_articles(count)
    with django_assert_max_num_queries(16):
        response = client.get(url)
    assert response.status_code == 200


def test_common_search_takes_the_bounded_path(
    client, db, monkeypatch, settings, django_assert_max_num_queries
):
    # More matches than the cap: the date-ordered walk and the newest-candidates ranking.
    from archive import search

    settings.ARCHIVE_PAGE_SIZE = 5
    monkeypatch.setattr(search, "MATCH_CAP", 4)
    monkeypatch.setattr(search, "RANK_CANDIDATES", 8)
    builders.many_articles(12)
    with django_assert_max_num_queries(16):
        response = client.get("/articles/", {"q": "营商", "sort": "date"})
    assert "超过 4 篇" in text_of(response)
    window = response.context["window"]
    assert len(window.items) == 5 and window.next_page.startswith("n.")
    second = client.get("/articles/", {"q": "营商", "sort": "date", "page": window.next_page})
    assert len(second.context["window"].items) == 5
    assert second.context["window"].items[0].published_on < window.items[-1].published_on
    ranked = client.get("/articles/", {"q": "营商", "sort": "relevance", "page": "2"})
    assert ranked.context["window"].number == 2 and not ranked.context["window"].next_page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_term_common_among_the_newest_articles_is_never_collected(
    client, monkeypatch, settings, django_assert_max_num_queries
):
    from archive import search

    settings.ARCHIVE_PAGE_SIZE = 5
    monkeypatch.setattr(search, "PROBE", 6)
    monkeypatch.setattr(search, "SPARSE_CAP", 10)  # common in the whole archive too
    builders.many_articles(12)
    with connection.cursor() as cursor:
        # The estimate is given on a vacuumed table; the statistics reported in that order.
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("VACUUM archive_article")
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT 1")
    # The estimate reads the size of the index's bitmap (EXPLAIN, with its planner settings),
    # whether the newest articles holding the bigrams match, and the share of hidden articles:
    # a handful of queries, none reading the matching rows.
    with django_assert_max_num_queries(26):
        response = client.get("/articles/", {"q": "营商"})
    assert "，约 12 篇" in text_of(response)  # an estimate, exact here
    window = response.context["window"]
    assert window.number == 1 and window.next_page == "2" and len(window.items) == 5
    dated = client.get("/articles/", {"q": "营商", "sort": "date"}).context["window"]
    following = client.get("/articles/", {"q": "营商", "sort": "date", "page": dated.next_page})
    seen = [a.pk for a in dated.items] + [a.pk for a in following.context["window"].items]
    assert len(set(seen)) == 10


def test_article_page_runs_a_bounded_number_of_queries(client, archive, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert client.get(archive["lead"].get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/温岭日报/2023-07-26/").status_code == 200


# -- bad input --------------------------------------------------------------------------------------------------

BAD_PARAMETERS = [
    "q=" + "营" * 10000,
    "q=%00",
    "q=' OR 1=1 --",
    "q=&|!():*<>\\",
    "q=营商&q=环境",
    "date_from=2023-02-30",
    "date_from=yesterday&date_to=99999-01-01",
    "publication=不存在",
    "section=../../etc",
    "tag=a&tag=b&tag=" + "x" * 500,
    "tag=%00",
    "person=%E0%A4%A",
    "kind=video",
    "sort=random",
    "page=-1",
    "page=999999999999999999999",
    "page=n.2023-02-30.1",
    "page=p.u.99999999999999999999",
    "page=n.u.1",
    "unknown=1&utm_source=x",
    "%FF%FE=%FF",
]

PAGES = [
    "/",
    "/articles/",
    "/tag/营商环境/",
    "/section/经济/",
    "/person/沈志江/",
    "/feed/",
    "/tag/营商环境/feed/",
    "/温岭日报/",
    "/温岭日报/2023/",
    "/date/2023-07-26/",
    "/温岭日报/2023-07-26/",
    "/温岭日报/2023-07-26/1/1/",
    "/温岭日报/2023-07-26/1/1.json",
    "/sitemap.xml",
    "/robots.txt",
]

BAD_PATHS = [
    "/温岭日报/2023-13-45/",
    "/温岭日报/2023-02-29/1/1/",
    "/温岭日报/2023-07-26/99999/1/",
    "/温岭日报/2023-07-26/1/99999999999/",
    "/温岭日报/0000/",
    "/date/2023-7-1/",
    "/date/9999-12-31/",
    "/articles/99999999999999999999999/",
    "/articles/abc/",
    "/tag/%00/",
    "/tag/a%2Fb/",
    "/section/" + "长" * 300 + "/",
    "/person/%F0%9F%98%80/",
    "/不存在的报纸/2023/",
    "/sitemap-nothing.xml",
    "/sitemap-articles.xml?p=999",
    "/sitemap-articles.xml?p=abc",
]


def test_bad_input_never_gives_a_server_error(client, archive):
    for path in PAGES:
        for parameters in BAD_PARAMETERS:
            response = client.get(f"{path}?{parameters}")
            assert response.status_code < 500, (path, parameters)
    for path in BAD_PATHS:
        assert client.get(path).status_code in (400, 404), path


def test_list_explains_bad_parameters(client, archive):
    response = client.get("/articles/", {"q": "营" * 10000, "date_from": "2023-02-30"})
    assert response.status_code == 400
    page = text_of(response)
    assert "请求有误" in page and "关键词" in page and "起始日期" in page


PARAMETER_NAMES = [
    "q",
    "date_from",
    "date_to",
    "publication",
    "section",
    "tag",
    "person",
    "kind",
    "sort",
    "page",
]


def test_random_query_strings_never_give_a_server_error(client, archive):
    rng = random.Random(20230726)
    alphabet = "营商环境沈志江温岭日报%&=?#+ '\"<>\\;:|!*()-_.~0123456789abcxyzΩ\u3000\u200b"
    names = [*PARAMETER_NAMES, "x"]
    for _ in range(150):
        parts = []
        for _ in range(rng.randint(1, 5)):
            value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
            parts.append(f"{rng.choice(names)}={quote(value)}")
        for path in ("/articles/", "/tag/营商环境/", "/person/沈志江/"):
            response = client.get(f"{path}?{'&'.join(parts)}")
            assert response.status_code < 500, (path, parts)


@hypothesis_settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([*PARAMETER_NAMES, "x"]),
            st.text(st.characters(codec="utf-8"), max_size=30)
            | st.sampled_from(["营商环境", "n.u.1", "2023-07-26"]),
        ),
        max_size=6,
    ),
    st.sampled_from(["/articles/", "/tag/营商环境/", "/section/经济/", "/person/沈志江/"]),
)
def test_generated_query_strings_never_give_a_server_error(client, archive, parameters, path):
    response = client.get(f"{path}?{urlencode(parameters)}")
    assert response.status_code < 500


def test_pages_render_before_collectstatic_with_the_production_storage(db, client, settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "not-collected"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "archive.storage.ArchiveStaticFilesStorage"},
    }
    response = client.get("/")
    assert response.status_code == 200
    assert "/static/css/site.css" in response.content.decode()


def test_a_person_of_middling_frequency_is_listed_from_the_keys_in_memory(
    client, db, monkeypatch, settings, django_assert_max_num_queries
):
    from archive import search

    settings.ARCHIVE_PAGE_SIZE = 4
    monkeypatch.setattr(search, "MATCH_CAP", 3)
    monkeypatch.setattr(search, "NARROW_CAP", 10)
    made = builders.many_articles(9)  # all credited to 沈志江
    made[4].status = Article.Status.HIDDEN
    made[4].save()
    newest_first = [a.pk for a in reversed(made) if a.pk != made[4].pk]
    seen = []
    for number in (1, 2):
        with django_assert_max_num_queries(14):
            response = client.get("/person/沈志江/", {"page": number})
        window = response.context["window"]
        assert window.number == number
        seen += [a.pk for a in window.items]
    assert seen == newest_first[:8]
    assert response.context["results"].count_label == "共 8 篇"
    # A search on it is narrowed only below the search's own cap: here it is not.
    found = client.get("/person/沈志江/", {"q": "营商环境", "sort": "date"})
    assert [a.pk for a in found.context["window"].items] == newest_first[:4]


def test_two_tags_too_common_alone_are_listed_from_their_intersection(client, db, monkeypatch, settings):
    from archive import search

    settings.ARCHIVE_PAGE_SIZE = 5
    monkeypatch.setattr(search, "NARROW_CAP", 10)
    monkeypatch.setattr(search, "COMBINED_CAP", 20)
    builders.many_articles(8, start=datetime.date(2023, 1, 1), tags=("甲",))
    both = builders.many_articles(8, start=datetime.date(2023, 2, 1), tags=("甲", "乙"))
    builders.many_articles(8, start=datetime.date(2023, 3, 1), tags=("乙",))
    first = client.get("/articles/", {"tag": ["甲", "乙"]})
    second = client.get("/articles/", {"tag": ["甲", "乙"], "page": "2"})  # numbered: paged in memory
    assert first.context["results"].count_label == "共 8 篇"
    listed = [a.pk for a in first.context["window"].items + second.context["window"].items]
    assert listed == [a.pk for a in reversed(both)]
    # Past the combined cap, the list is read along the date index as before, with cursors
    # (another address: the one above is kept in the page cache).
    monkeypatch.setattr(search, "COMBINED_CAP", 10)
    walked = client.get("/articles/", {"tag": ["乙", "甲"]})
    assert walked.context["window"].next_page.startswith("n.")
    assert client.get("/articles/", {"tag": ["乙", "甲"], "page": "2"}).status_code == 404
