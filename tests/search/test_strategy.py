"""Lists filtered by a tag or a person: read along the links, which carry their article's date and status."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive import search
from archive.models import Article, ArticleTag, Credit, Section, Tag
from tests.support import builders

pytestmark = pytest.mark.django_db


def links_of(article):
    return list(ArticleTag.objects.filter(article=article).values_list("published_on", "status")) + list(
        Credit.objects.filter(article=article).values_list("published_on", "status")
    )


def test_links_take_their_article_s_date_and_status_however_either_is_written():
    made = builders.many_articles(2, tags=("营商",))
    first, second = made
    assert links_of(first) == [(first.published_on, "published")] * 2

    first.published_on = datetime.date(2020, 5, 4)
    first.save()
    Article.objects.filter(pk=second.pk).update(status=Article.Status.HIDDEN, published_on=None)
    assert links_of(first) == [(datetime.date(2020, 5, 4), "published")] * 2
    assert links_of(second) == [(None, "hidden")] * 2

    # A link written later, or rewritten from a stale copy, takes the article's values again.
    link = builders.tag(first, "新标签")
    assert (link.published_on, link.status) != (datetime.date(2020, 5, 4), "published")  # the object's copy
    link.refresh_from_db()
    assert (link.published_on, link.status) == (datetime.date(2020, 5, 4), "published")
    stale = ArticleTag.objects.get(article=second, tag__name="营商")
    Article.objects.filter(pk=second.pk).update(status=Article.Status.PUBLISHED)
    stale.weight = 0.5
    stale.save()
    stale.refresh_from_db()
    assert (stale.published_on, stale.status, stale.weight) == (None, "published", 0.5)


def test_a_tag_beyond_the_narrow_cap_is_read_along_its_links_with_cursors(client, monkeypatch, settings):
    settings.ARCHIVE_PAGE_SIZE = 4
    monkeypatch.setattr(search, "NARROW_CAP", 5)
    made = builders.many_articles(11, tags=("营商",))
    builders.many_articles(3, start=datetime.date(2024, 1, 1), tags=("别的",))
    Article.objects.filter(pk=made[3].pk).update(status=Article.Status.HIDDEN)
    undated = made[5]
    Article.objects.filter(pk=undated.pk).update(published_on=None)
    expected = [a.pk for a in reversed(made) if a.pk not in (made[3].pk, undated.pk)] + [undated.pk]

    seen, page, responses = [], None, 0
    while True:
        response = client.get("/tag/营商/", {"page": page} if page else {})
        responses += 1
        window = response.context["window"]
        assert window.number is None  # a cursor page, not a numbered one
        seen += [a.pk for a in window.items]
        page = window.next_page
        if page is None:
            break
    assert seen == expected
    assert responses == 3
    assert response.context["results"].count == 10
    # Back from the last page, the page before it.
    back = client.get("/tag/营商/", {"page": window.previous_page})
    assert [a.pk for a in back.context["window"].items] == expected[4:8]


def test_a_person_credited_in_two_roles_is_listed_once_per_article(client, monkeypatch, settings):
    settings.ARCHIVE_PAGE_SIZE = 3
    monkeypatch.setattr(search, "NARROW_CAP", 2)
    made = builders.many_articles(5)  # each credited to 沈志江 as reporter
    for article in made:
        builders.credit(article, "沈志江", Credit.Role.PHOTOGRAPHER, 1)
    first = client.get("/person/沈志江/")
    second = client.get("/person/沈志江/", {"page": first.context["window"].next_page})
    listed = [a.pk for a in first.context["window"].items + second.context["window"].items]
    assert listed == [a.pk for a in reversed(made)]
    assert first.context["results"].count_label == "共 5 篇"
    assert second.context["window"].next_page is None


def test_a_tag_and_a_section_say_what_the_newest_links_show(client, monkeypatch, settings):
    settings.ARCHIVE_PAGE_SIZE = 3
    monkeypatch.setattr(search, "NARROW_CAP", 5)
    monkeypatch.setattr(search, "SCATTERED_FACET_SAMPLE", 40)
    other = Section.objects.exclude(name="经济").first()
    made = builders.many_articles(60, tags=("营商",))
    in_other = made[::2]
    Article.objects.filter(pk__in=[a.pk for a in in_other]).update(section=other)
    tag = Tag.objects.get(name="营商")

    response = client.get("/articles/", {"tag": tag.slug, "section": other.slug})
    assert [a.pk for a in response.context["window"].items] == [a.pk for a in reversed(in_other)][:3]
    # 20 of the newest 40 links are in the section: no more is said than that (rounded below).
    assert response.context["results"].count_label == "超过 10 篇"
    facets = response.context["results"].facets
    assert facets["section"] == [
        {
            "section__slug": other.slug,
            "section__name": other.name,
            "n": 20,
            "url": facets["section"][0]["url"],
        }
    ]

    # All the links read: the count is exact.
    monkeypatch.setattr(search, "SCATTERED_FACET_SAMPLE", 100)
    response = client.get("/articles/", {"tag": tag.slug, "section": other.slug, "date_from": "2023-01-01"})
    assert response.context["results"].count_label == "共 30 篇"


def test_a_tag_within_a_date_range_reads_only_its_links_of_those_days(client, monkeypatch, settings):
    settings.ARCHIVE_PAGE_SIZE = 3
    monkeypatch.setattr(search, "NARROW_CAP", 2)
    made = builders.many_articles(10, tags=("营商",))
    response = client.get("/tag/营商/", {"date_from": "2023-01-03", "date_to": "2023-01-08"})
    assert [a.pk for a in response.context["window"].items] == [a.pk for a in reversed(made[2:8])][:3]
    assert response.context["results"].count_label == "共 6 篇"


def test_a_search_of_credits_alone_finds_what_the_credits_hold(client):
    made = builders.many_articles(6)  # each credited to 沈志江
    for article in made[:3]:
        builders.credit(article, "柳文岳", Credit.Role.PHOTOGRAPHER, 1)
        builders.credit(article, "沈志江", Credit.Role.PHOTOGRAPHER, 2)
    Article.objects.filter(pk=made[1].pk).update(status=Article.Status.HIDDEN)
    for query, expected in [
        ("作者:志江", [a.pk for a in reversed(made) if a.pk != made[1].pk]),
        ("作者:沈志江 作者:文岳", [made[2].pk, made[0].pk]),
        ("作者:无此人", []),
    ]:
        response = client.get("/articles/", {"q": query})
        found = [a.pk for a in response.context["window"].items]
        assert found == expected
        assert set(found) == set(Article.objects.published().search(query).values_list("id", flat=True))
        assert response.context["results"].count == len(expected)


def test_a_search_within_a_large_tag_reads_the_tag_s_newest_articles_from_its_links(
    client, monkeypatch, settings
):
    settings.ARCHIVE_PAGE_SIZE = 3
    monkeypatch.setattr(search, "MATCH_CAP", 3)
    monkeypatch.setattr(search, "PROBE", 6)
    monkeypatch.setattr(search, "SPARSE_CAP", 5)  # a common term in the whole archive too
    made = builders.many_articles(12, tags=("营商",))
    builders.many_articles(4, start=datetime.date(2024, 1, 1), tags=("别的",))
    Article.objects.filter(pk=made[-1].pk).update(status=Article.Status.HIDDEN)
    in_tag = [a.pk for a in reversed(made[:-1])]

    by_date, page = [], None
    while True:
        response = client.get(
            "/tag/营商/", {"q": "营商环境", "sort": "date", **({"page": page} if page else {})}
        )
        by_date += [a.pk for a in response.context["window"].items]
        page = response.context["window"].next_page
        if page is None:
            break
    assert by_date == in_tag
    # Relevance ranks the matches among the tag's six newest articles (alike here: newest first),
    # and says no more of the count than it saw.
    ranked = client.get("/tag/营商/", {"q": "营商环境"}).context
    assert [a.pk for a in ranked["window"].items] == in_tag[:3]
    assert ranked["window"].numbers == [1, 2]
    assert ranked["results"].count_label == "超过 5 篇"


def test_a_tag_and_a_person_are_intersected_along_their_links(client, settings):
    settings.ARCHIVE_PAGE_SIZE = 3
    made = builders.many_articles(8, tags=("营商",))  # each credited to 沈志江
    others = builders.many_articles(3, start=datetime.date(2024, 1, 1), tags=("别的",))
    for article in made[::2]:
        builders.tag(article, "网格")
    builders.tag(others[0], "网格")
    Credit.objects.filter(article=others[0]).delete()  # the tag without the person
    Article.objects.filter(pk=made[6].pk).update(status=Article.Status.HIDDEN)
    both = [a.pk for a in reversed(made[::2]) if a.pk != made[6].pk]
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/articles/", {"tag": "网格", "person": "沈志江"})
    assert [a.pk for a in response.context["window"].items] == both
    assert response.context["results"].count_label == "共 3 篇"
    # The links alone answer which articles have both: no article row is read to find them.
    intersecting = [
        q["sql"] for q in captured if "archive_credit" in q["sql"] and "archive_articletag" in q["sql"]
    ]
    assert intersecting and all('archive_article"' not in sql.split("FROM", 1)[1] for sql in intersecting)
    dated = client.get("/articles/", {"tag": "网格", "person": "沈志江", "date_from": "2023-01-04"})
    assert [a.pk for a in dated.context["window"].items] == [made[4].pk]
