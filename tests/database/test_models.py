import datetime

import pytest
from django.db import IntegrityError, connection, transaction

from archive.models import Article, Issue, Page, Publication, Section


@pytest.fixture
def paper(db):
    return Publication.objects.create(name="温岭日报")


@pytest.fixture
def page(paper):
    issue = Issue.objects.create(publication=paper, date=datetime.date(2023, 7, 26))
    return Page.objects.create(
        publication=paper,
        issue=issue,
        number=1,
        name="要闻",
        source_name="a.txt",
        content_hash="a" * 64,
        raw_text="…",
    )


def test_runs_on_postgresql_without_the_unused_extensions(db):
    assert connection.vendor == "postgresql"
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert not {"pg_trgm", "unaccent", "btree_gin"} & {row[0] for row in cursor.fetchall()}


def test_unicode_slugs(paper):
    assert paper.slug == "温岭日报"


def test_content_hash_unique_per_publication(page, paper):
    other = Publication.objects.create(name="浙江日报")
    Page.objects.create(publication=other, source_name="b.txt", content_hash=page.content_hash, raw_text="…")
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.create(
            publication=paper, source_name="c.txt", content_hash=page.content_hash, raw_text="…"
        )


def test_content_hash_unique_among_pages_of_unknown_paper(db):
    Page.objects.create(source_name="x.txt", content_hash="b" * 64, raw_text="…")
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.create(source_name="y.txt", content_hash="b" * 64, raw_text="…")


def test_page_number_unique_per_issue(page):
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.create(
            publication=page.publication,
            issue=page.issue,
            number=1,
            source_name="d.txt",
            content_hash="d" * 64,
            raw_text="…",
        )


def test_article_order_unique_per_page(page):
    Article.objects.create(page=page, order=1, title="甲")
    Article.objects.create(page=page, order=2, title="乙")
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(page=page, order=1, title="丙")


def test_only_one_fallback_section(db):
    assert Section.objects.filter(is_fallback=True).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        Section.objects.create(name="杂项", is_fallback=True)


def test_permalink_by_paper_date_page_and_order(page):
    article = Article.objects.create(page=page, order=3, title="标题")
    assert article.permalink_kwargs() == {
        "publication": "温岭日报",
        "date": "2023-07-26",
        "page": 1,
        "order": 3,
    }


def test_years_of_the_archive_come_from_the_date_index(page, django_assert_num_queries):
    for order, year in enumerate([2019, 2021, 2021, 2024], start=1):
        Article.objects.create(page=page, order=order, title="甲", published_on=datetime.date(year, 3, order))
    Article.objects.create(page=page, order=9, title="无日期")
    with django_assert_num_queries(1):
        years = list(Article.objects.dates("published_on", "year"))
    assert years == [datetime.date(2019, 1, 1), datetime.date(2021, 1, 1), datetime.date(2024, 1, 1)]
    assert list(Article.objects.dates("published_on", "year", order="DESC"))[0] == datetime.date(2024, 1, 1)
    # A filtered queryset is answered the usual way, and agrees.
    assert list(Article.objects.filter(title="甲").dates("published_on", "year")) == years
