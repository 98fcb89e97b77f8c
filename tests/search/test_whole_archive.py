"""What the newest articles suggest of a term is checked against the whole archive: a term new in
the latest articles (an import) is not walked past its last match, one they lack but the rest of
the archive holds by the thousand is not collected in full, and a reporter's name is answered
from the credits' index."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import search
from archive.models import Article, Credit, Publication
from tests.support import builders

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_bounds(monkeypatch, settings):
    settings.ARCHIVE_PAGE_SIZE = 2
    monkeypatch.setattr(search, "PROBE", 4)
    monkeypatch.setattr(search, "MATCH_CAP", 3)
    monkeypatch.setattr(search, "SPARSE_CAP", 10)
    monkeypatch.setattr(search, "RANK_CANDIDATES", 5)
    # The index's count as a vacuumed index gives it (it also holds the rows other tests rolled back).
    monkeypatch.setattr(search, "index_count", lambda query: Article.objects.matching(query.bigrams).count())


def dated(day, title, body):
    return builders.article(builders.page("温岭日报", day, 1), 1, title, body)


def every_page(client, params):
    found, page, responses = [], None, []
    while True:
        response = client.get("/articles/", {**params, **({"page": page} if page else {})})
        responses.append(response)
        found += [a.pk for a in response.context["window"].items]
        page = response.context["window"].next_page
        if page is None:
            return found, responses


def test_a_term_new_in_the_latest_articles_is_collected_and_counted(client, small_bounds):
    for n in range(8):
        dated(datetime.date(2020, 1, 1 + n), f"旧稿{n}", "会议召开。")
    new = [dated(datetime.date(2024, 1, 1 + n), f"新稿{n}", "冰雪经济持续升温。") for n in range(5)]
    # All of the 4 newest hold it (more than a page): in the whole archive only 5 articles do.
    found, responses = every_page(client, {"q": "冰雪经济", "sort": "date"})
    assert found == [a.pk for a in reversed(new)]
    assert [r.context["window"].number for r in responses] == [1, 2, 3]  # in memory, numbered
    assert responses[0].context["results"].count_label == "共 5 篇"
    ranked = client.get("/articles/", {"q": "冰雪经济"})
    assert {a.pk for a in ranked.context["window"].items} <= {a.pk for a in new}


def test_a_term_common_in_the_whole_archive_is_still_walked_along_the_dates(
    client, small_bounds, monkeypatch
):
    for n in range(8):
        dated(datetime.date(2020, 1, 1 + n), f"旧稿{n}", "冰雪经济持续升温。")
    monkeypatch.setattr(search, "SPARSE_CAP", 6)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/articles/", {"q": "冰雪经济", "sort": "date"})
    assert response.context["window"].number is None  # a cursor page, along the date index
    assert response.context["results"].count_label.startswith("超过")
    # The walk reads keys alone (no join the planner could start from), in one process.
    walks = [q["sql"] for q in captured if "@@" in q["sql"] and "ORDER BY" in q["sql"]]
    assert walks and all("JOIN" not in sql for sql in walks)
    settings = [q["sql"] for q in captured if "max_parallel_workers_per_gather" in q["sql"]]
    assert settings


def collected(captured, limit):
    """The statements collecting matches through the index (no order), up to ``limit``."""
    return [
        q["sql"]
        for q in captured
        if "@@" in q["sql"] and f"LIMIT {limit}" in q["sql"] and "ORDER BY" not in q["sql"]
    ]


@pytest.mark.parametrize("deep_probe", [6, 5000])
def test_a_term_the_latest_articles_lack_is_not_collected_beyond_the_cap_when_the_archive_has_more(
    client, small_bounds, monkeypatch, deep_probe
):
    monkeypatch.setattr(search, "DEEP_PROBE", deep_probe)
    old = [dated(datetime.date(2020, 1, 1 + n), f"旧稿{n}", "水泵产业提速。") for n in range(12)]
    for n in range(5):
        dated(datetime.date(2024, 1, 1 + n), f"新稿{n}", "会议召开。")
    with CaptureQueriesContext(connection) as captured:
        found, responses = every_page(client, {"q": "水泵", "sort": "date"})
    # 12 in the archive, more than SPARSE_CAP: never collected up to SPARSE_CAP.
    assert not collected(captured, 11)
    assert found == [a.pk for a in reversed(old)]
    assert responses[0].context["window"].number is None  # cursor pages, along the date index
    if deep_probe == 6:
        # The 6 newest hold one: collected up to MATCH_CAP through the index, then walked.
        assert collected(captured, 4)
        assert responses[0].context["results"].count_label == "超过 3 篇"
    else:
        # The next newest hold more than a page of it: walked along the date index, nothing collected.
        assert not collected(captured, 4)
        assert responses[0].context["results"].count_label.startswith(("超过", "约"))


def test_a_reporter_s_name_is_answered_from_the_credits(client):
    paper = Publication.objects.create(name="温岭日报")
    credited = [
        builders.article(
            builders.page(paper, datetime.date(2023, 1, 1 + n), 1),
            1,
            f"稿件{n}",
            "会议召开。",
            credits=[(Credit.Role.REPORTER, "卫明明")],
        )
        for n in range(3)
    ]
    named = builders.article(builders.page(paper, datetime.date(2023, 2, 1), 1), 1, "专访", "卫明明谈发展。")
    # Both bigrams of the name, apart: not the name.
    apart = builders.article(
        builders.page(paper, datetime.date(2023, 2, 2), 1), 1, "说明", "卫明说得明明白白。"
    )
    hidden = builders.article(
        builders.page(paper, datetime.date(2023, 2, 3), 1),
        1,
        "撤稿",
        "会议召开。",
        credits=[(Credit.Role.REPORTER, "卫明明")],
        status=Article.Status.HIDDEN,
    )
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/articles/", {"q": "卫明明", "sort": "date"})
    expected = [named.pk] + [a.pk for a in reversed(credited)]
    assert [a.pk for a in response.context["window"].items] == expected
    assert set(expected) == set(Article.objects.published().search("卫明明").values_list("id", flat=True))
    assert response.context["results"].count_label == "共 4 篇"
    # Only the articles crediting no 卫明明 are opened to check the name stands together.
    phrase_checks = [
        q["sql"]
        for q in captured
        if "''卫明'' <-> ''明明''" in q["sql"] and "ts_rank" not in q["sql"] and "EXPLAIN" not in q["sql"]
    ]
    assert len(phrase_checks) == 1
    assert str(named.pk) in phrase_checks[0] and str(apart.pk) in phrase_checks[0]
    assert all(str(a.pk) not in phrase_checks[0].split("ANY")[-1] for a in credited)
    assert hidden.pk not in [a.pk for a in response.context["window"].items]


def test_a_name_no_uncredited_article_holds_is_read_from_the_credits_alone(client, monkeypatch):
    # The index's count of the articles holding both bigrams, as a vacuumed index gives it.
    monkeypatch.setattr(
        search, "index_count", lambda query: Article.objects.matching("'卫明' & '明明'").count()
    )
    paper = Publication.objects.create(name="温岭日报")
    credited = [
        builders.article(
            builders.page(paper, datetime.date(2023, 1, 1 + n), 1),
            1,
            f"稿件{n}",
            "会议召开。",
            credits=[(Credit.Role.REPORTER, "卫明明"), (Credit.Role.PHOTOGRAPHER, "卫明明")],
        )
        for n in range(3)
    ]
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/articles/", {"q": "卫明明", "sort": "date"})
    assert [a.pk for a in response.context["window"].items] == [a.pk for a in reversed(credited)]
    assert response.context["results"].count_label == "共 3 篇"
    # No search document is opened to find them: neither the phrase nor the bigrams are matched.
    read = [q["sql"] for q in captured if "@@" in q["sql"] and "卫明" in q["sql"]]
    assert len(read) == 1 and read[0].startswith("SELECT COUNT(*)")  # the stand-in for the index's count
