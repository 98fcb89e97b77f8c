"""The editors' desk at scale: the date hierarchy in one statement, the count of a common search
term from the index, and counts that say when they are estimates (约) or floors (超过)."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from archive import search
from archive.admin.articles import ArticleAdmin
from archive.admin.pagination import EstimatedCountPaginator
from archive.lookups import among
from archive.models import Article, Section
from archive.periods import dates_by_skipping
from tests.support import builders

ARTICLES = reverse("admin:archive_article_changelist")
BODY_ONLY = "市里今年改造老旧小区二次供水设施一百二十处，居民用水更加安全、更加方便。"


@pytest.fixture
def shelf(db):
    """Eight articles with 供水 in the body, two of them in the headline too, over a month."""
    economy = Section.objects.get(name="经济")
    made = []
    for n in range(8):
        page = builders.page("温岭日报", datetime.date(2023, 3, 1 + 3 * n), 1)
        title = f"第{n}篇 供水管网改造" if n < 2 else f"第{n}篇 老街修缮"
        made.append(builders.article(page, 1, title, BODY_ONLY, section=economy if n % 2 else None))
    return made


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client.force_login(user)
    return client


def test_the_days_of_a_month_are_found_in_one_statement(shelf, django_assert_num_queries):
    queryset = Article.objects.filter(section__name="经济")
    with django_assert_num_queries(1):
        days = dates_by_skipping(queryset, "day")
    assert days == sorted(a.published_on for a in shelf if a.section_id)


def test_a_search_finding_nothing_has_no_dates(shelf, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert dates_by_skipping(Article.objects.none(), "month") == []


def test_the_index_count_stands_only_where_it_counts_the_matches(shelf):
    assert search.index_counts_matches(search.ReaderQuery.parse("供水"))
    # 标题: is a weight, which the index does not hold: it would count all eight.
    assert not search.index_counts_matches(search.ReaderQuery.parse("标题:供水"))
    assert search.index_counts_matches(search.ReaderQuery.parse("供水 -修缮"))


def test_a_headline_search_shows_no_estimate_of_the_index(shelf, monkeypatch):
    monkeypatch.setattr(search, "indexed_matches", lambda query: 8)
    base = Article.objects.published()
    assert search.indexed_estimate(search.ReaderQuery.parse("标题:供水")) is None
    assert search.estimated_matches(base, search.ReaderQuery.parse("标题:供水")) is None


def test_a_common_term_over_the_whole_table_is_counted_by_the_index(shelf, editor_client, monkeypatch):
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    monkeypatch.setattr(search, "index_count", lambda query: 777)  # common in the whole archive
    monkeypatch.setattr(search, "MATCH_CAP", 5)
    monkeypatch.setattr(search, "indexed_estimate", lambda query, total=None: 777)
    page = editor_client.get(ARTICLES, {"q": "供水"}).content.decode()
    assert "约 777 条结果" in page
    assert "约 777 文章" in page


def test_a_common_term_in_a_filtered_list_is_counted_to_a_floor(shelf, editor_client, monkeypatch):
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    monkeypatch.setattr(EstimatedCountPaginator, "dense_count_cap", 2)
    monkeypatch.setattr(search, "index_count", lambda query: 777)
    monkeypatch.setattr(search, "MATCH_CAP", 5)
    economy = Section.objects.get(name="经济")
    page = editor_client.get(ARTICLES, {"q": "供水", "section__id__exact": economy.pk}).content.decode()
    assert "超过 2 条结果" in page
    assert "超过 2 文章" in page


def test_a_term_dense_among_the_newest_but_rare_in_the_archive_is_collected(
    shelf, editor_client, monkeypatch
):
    # A page of 2 and all 8 among the newest: dense there, but only 8 in the whole archive (an
    # import's new term): its matches are collected and counted, not walked along the dates.
    monkeypatch.setattr(ArticleAdmin, "list_per_page", 2)
    monkeypatch.setattr(search, "index_count", lambda query: 8)
    monkeypatch.setattr(search, "indexed_estimate", lambda query, total=None: 777)
    page = editor_client.get(ARTICLES, {"q": "供水"}).content.decode()
    assert "8 条结果" in page
    assert "约" not in page.split('id="changelist-search"')[1].split("</form>")[0]


def test_the_first_and_last_date_of_a_search_s_matches_are_read_by_key(shelf, editor_client, monkeypatch):
    monkeypatch.setattr(search, "index_count", lambda query: 8)  # collected, not walked
    with CaptureQueriesContext(connection) as captured:
        page = editor_client.get(ARTICLES, {"q": "供水"}).content.decode()
    # No min() or max() along the date index: all of it, when the matches lie at its other end.
    assert not any("MIN(" in q["sql"] or "MAX(" in q["sql"] for q in captured)
    # The eight lie within March 2023: the hierarchy offers their days.
    assert "published_on__day=" in page and "published_on__month=3" in page


def test_an_exact_count_is_shown_as_it_is(shelf, editor_client):
    page = editor_client.get(ARTICLES, {"q": "供水"}).content.decode()
    assert "8 条结果" in page
    assert "约" not in page.split('id="changelist-search"')[1].split("</form>")[0]


def test_the_whole_table_beyond_the_estimate_is_shown_as_one(shelf, editor_client, monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "estimate_above", 2)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_article")  # the planner's row count is the estimate
    page = editor_client.get(ARTICLES).content.decode()
    assert "约 " in page.split('class="paginator"')[1].split("</p>")[0]


@pytest.mark.parametrize("kind", ["year", "month", "day"])
def test_the_periods_of_a_bounded_set_of_matches_are_read_by_key(shelf, kind):
    chosen = [shelf[0].pk, shelf[3].pk, shelf[7].pk]
    queryset = Article.objects.filter(among("id", chosen))
    expected = sorted(
        {dates_by_skipping(Article.objects.filter(pk=pk), kind)[0] for pk in chosen},
    )
    assert dates_by_skipping(queryset, kind) == expected
    assert dates_by_skipping(queryset, kind, "DESC") == expected[::-1]
