"""The editors' lists read in bounded steps: deep pages by key, capped counts, the date hierarchy by
index probes, and the site's search — each giving what the plain way gives."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.db import connection
from django.db.models.functions import TruncDay, TruncMonth, TruncYear
from django.urls import reverse

from archive.admin.pagination import EstimatedCountPaginator
from archive.models import Article, Section
from archive.periods import dates_by_skipping
from tests.support import builders

ARTICLES = reverse("admin:archive_article_changelist")
QUEUE = reverse("admin:archive_reviewitem_changelist")


@pytest.fixture
def shelf(db):
    """Articles over three years, a few days each, some hidden, some flagged, two sections."""
    economy, people = Section.objects.get(name="经济"), Section.objects.get(name="民生")
    made = []
    for n, day in enumerate(
        [
            datetime.date(2021, 3, 4),
            datetime.date(2021, 3, 9),
            datetime.date(2021, 11, 30),
            datetime.date(2022, 1, 1),
            datetime.date(2022, 12, 31),
            datetime.date(2023, 2, 28),
            datetime.date(2023, 3, 1),
        ]
    ):
        page = builders.page("温岭日报", day, 1)
        for order in range(1, 4):
            made.append(
                builders.article(
                    page,
                    order,
                    f"第{n}期第{order}篇 供水管网改造" if order == 2 else f"第{n}期第{order}篇 老街修缮",
                    section=economy if order == 1 else people,
                    status=Article.Status.HIDDEN if (n + order) % 5 == 0 else Article.Status.PUBLISHED,
                    review_reasons=["no_byline"] if order == 3 else [],
                    review_score=n * 10 + order,
                )
            )
    return made


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client.force_login(user)
    return client


def distinct_periods(queryset, kind):
    trunc = {"year": TruncYear, "month": TruncMonth, "day": TruncDay}[kind]
    return sorted(
        {
            d
            for d in queryset.order_by()
            .annotate(period=trunc("published_on"))
            .values_list("period", flat=True)
            .distinct()
            if d
        }
    )


@pytest.mark.parametrize("kind", ["year", "month", "day"])
def test_periods_found_by_index_probes_are_those_the_list_holds(shelf, kind):
    for queryset in [
        Article.objects.all(),
        Article.objects.filter(section__name="经济"),
        Article.objects.filter(status=Article.Status.HIDDEN),
        Article.objects.filter(published_on__year=2021),
        Article.objects.filter(published_on__year=2022, published_on__month=12),
        Article.objects.filter(title__contains="没有这篇"),
    ]:
        expected = distinct_periods(queryset, kind)
        assert dates_by_skipping(queryset, kind) == expected
        assert dates_by_skipping(queryset, kind, "DESC") == expected[::-1]
        assert list(queryset.dates("published_on", kind)) == expected


def test_deep_pages_read_by_key_hold_the_rows_offset_would(shelf, monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "keys_first_after", 2)
    for queryset in [
        Article.objects.order_by("-published_on", "-id"),
        Article.objects.filter(section__name="民生").order_by("-published_on", "-id"),
        Article.objects.exclude(review_reasons=[]).order_by("-review_score", "-id"),
    ]:
        paginator = EstimatedCountPaginator(queryset, 4)
        rows = list(queryset)
        assert paginator.count == len(rows)
        for number in paginator.page_range:
            assert list(paginator.page(number).object_list) == rows[(number - 1) * 4 : number * 4]


def test_a_filtered_count_beyond_the_cap_is_counted_no_further(shelf, monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", 5)
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    assert EstimatedCountPaginator(published, 10).count > 5
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", 100)
    assert EstimatedCountPaginator(published, 10).count == published.count()


def settled_statistics():
    """ANALYZE, with every change made before it reported first and none after (a backend
    reports its counts a moment late)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT 1")
        cursor.execute("ANALYZE archive_article")
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT 1")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_filtered_count_beyond_the_cap_shows_the_planners_estimate_only_where_it_holds(monkeypatch):
    made = builders.many_articles(40)  # in 经济
    people = Section.objects.get(name="民生")
    Article.objects.filter(pk__in=[a.pk for a in made[:12]]).update(section=people)
    settled_statistics()
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", 5)

    # One column, statistics taken since the last change: the planner's count, said to be one.
    one = EstimatedCountPaginator(Article.objects.filter(section=people), 10)
    assert one.count == 12 and one.approximate
    # Two columns, which the planner takes to be unrelated: only what was counted.
    two = EstimatedCountPaginator(Article.objects.filter(section=people, status=Article.Status.PUBLISHED), 10)
    assert two.count == 6 and two.more_than == 5 and not two.approximate
    # A share of the table too small for ANALYZE's sample to measure closely: the same.
    monkeypatch.setattr(EstimatedCountPaginator, "estimate_share", 0.5)
    small = EstimatedCountPaginator(Article.objects.filter(section=people), 10)
    assert small.count == 6 and small.more_than == 5
    monkeypatch.setattr(EstimatedCountPaginator, "estimate_share", 0.03)
    # Rows written since the statistics (an import): the planner does not know them.
    builders.many_articles(8, start=datetime.date(2024, 1, 1))
    Article.objects.filter(published_on__year=2024).update(section=people)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_force_next_flush()")
        cursor.execute("SELECT 1")
    stale = EstimatedCountPaginator(Article.objects.filter(section=people), 10)
    assert stale.count == 6 and stale.more_than == 5


def test_admin_deep_page_search_and_date_drilldown(editor_client, shelf, monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "keys_first_after", 2)
    monkeypatch.setattr("archive.admin.articles.ArticleAdmin.list_per_page", 4)
    everything = list(Article.objects.order_by("-published_on", "-id").values_list("pk", flat=True))
    third = editor_client.get(ARTICLES, {"p": 3})
    assert [a.pk for a in third.context["cl"].result_list] == everything[8:12]
    found = editor_client.get(ARTICLES, {"q": "老街修缮", "published_on__year": "2022"})
    expected = Article.objects.filter(title__contains="老街修缮", published_on__year=2022)
    assert {a.pk for a in found.context["cl"].result_list} == set(expected.values_list("pk", flat=True))
    months = editor_client.get(ARTICLES, {"published_on__year": "2023"})
    assert "2月" in months.content.decode() and "3月" in months.content.decode()
    queue = editor_client.get(QUEUE, {"p": 2})
    flagged = list(Article.objects.exclude(review_reasons=[]).order_by("-review_score", "-id"))
    assert [a.pk for a in queue.context["cl"].result_list] == [a.pk for a in flagged[4:8]]


def test_admin_search_of_a_term_neither_rare_nor_common_lists_the_first_matches(
    editor_client, shelf, monkeypatch
):
    from archive import search

    monkeypatch.setattr(search, "MATCH_CAP", 3)
    monkeypatch.setattr(search, "PROBE", 2)
    response = editor_client.get(ARTICLES, {"q": "老街修缮"})
    listed = {a.pk for a in response.context["cl"].result_list}
    assert len(listed) == 3
    assert listed <= set(Article.objects.filter(title__contains="老街修缮").values_list("pk", flat=True))
    assert "只列出其中 3 篇" in response.content.decode()
    # In every body: more than a page (of one) among the two newest articles.
    monkeypatch.setattr("archive.admin.articles.ArticleAdmin.list_per_page", 1)
    common = editor_client.get(ARTICLES, {"q": "供水管网"})
    assert common.context["cl"].result_count == Article.objects.count()
    assert "只列出" not in common.content.decode()
