import datetime

import pytest
from django.http import QueryDict

from archive.filters import ArticleFilterSet, SortChoices
from archive.models import Article, Credit, Publication, Section
from tests.support import builders
from tests.support.builders import DAY


@pytest.fixture
def articles(db):
    wl = Publication.objects.create(name="温岭日报")
    zj = Publication.objects.create(name="浙江日报")
    economy = Section.objects.get(name="经济")
    both = builders.article(
        builders.page(wl, DAY, 1),
        1,
        "水泵企业投产",
        "",
        tags=["水泵", "营商环境"],
        section=economy,
        credits=[(Credit.Role.REPORTER, "沈志江"), (Credit.Role.AUTHOR, "沈志江")],
    )
    one = builders.article(
        builders.page(wl, DAY - datetime.timedelta(days=40), 1), 1, "营商环境", "", tags=["营商环境"]
    )
    photo = builders.article(
        builders.page(zj, DAY, 1), 1, "雪景", "", kind=Article.Kind.PHOTO, section=economy
    )
    return {"both": both, "one": one, "photo": photo}


def filtered(query: str) -> ArticleFilterSet:
    return ArticleFilterSet(QueryDict(query), queryset=Article.objects.published())


def ids(filterset) -> set[int]:
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs.values_list("id", flat=True))


def test_labels_are_chinese():
    form = ArticleFilterSet().form
    labels = {name: field.label for name, field in form.fields.items()}
    assert labels == {
        "q": "关键词",
        "date_from": "起始日期",
        "date_to": "截止日期",
        "publication": "报纸",
        "section": "栏目",
        "tag": "标签",
        "person": "人物",
        "kind": "类型",
        "sort": "排序",
    }


def test_every_tag_must_match(articles):
    assert ids(filtered("tag=营商环境")) == {articles["both"].pk, articles["one"].pk}
    assert ids(filtered("tag=营商环境&tag=水泵")) == {articles["both"].pk}


def test_person_credited_twice_gives_one_row(articles):
    qs = filtered("person=沈志江").qs
    assert list(qs.values_list("id", flat=True)) == [articles["both"].pk]


def test_dates_paper_section_and_kind(articles):
    assert ids(filtered("date_from=2023-07-01")) == {articles["both"].pk, articles["photo"].pk}
    assert ids(filtered("date_to=2023-07-01")) == {articles["one"].pk}
    assert ids(filtered("publication=浙江日报")) == {articles["photo"].pk}
    assert ids(filtered("section=经济&kind=article")) == {articles["both"].pk}
    assert ids(filtered("kind=photo")) == {articles["photo"].pk}


def test_query_and_sort_are_validated_but_applied_by_the_view(articles):
    filterset = filtered("q=营商环境")
    assert ids(filterset) == {a.pk for a in articles.values()}
    assert filterset.query_text == "营商环境" and filterset.sort_order == SortChoices.RELEVANCE
    assert filtered("").sort_order == SortChoices.DATE
    assert filtered("q=营商&sort=date").sort_order == SortChoices.DATE


@pytest.mark.parametrize(
    "query, field",
    [
        ("q=" + "营" * 101, "q"),
        ("date_from=2023-02-30", "date_from"),
        ("date_to=tomorrow", "date_to"),
        ("publication=不存在", "publication"),
        ("section=nothing", "section"),
        ("tag=营商环境&tag=不存在", "tag"),
        ("person=nobody", "person"),
        ("kind=video", "kind"),
        ("sort=random", "sort"),
    ],
)
def test_invalid_values_are_form_errors(articles, query, field):
    filterset = filtered(query)
    assert not filterset.is_valid()
    assert field in filterset.errors
