"""The importer through a real PostgreSQL: whole pages, idempotency, replacement, editors' work, bad input."""

import datetime
import shutil

import pytest

from archive.importing.run import import_pages
from archive.models import (
    Article,
    ArticleTag,
    Credit,
    DictionaryEntry,
    ImportLog,
    Issue,
    Page,
    Person,
    Publication,
    Section,
    Tag,
)
from archive.parsing import parse_page
from tests.support import SEED_FILES, SEEDS

MODELS = (Publication, Issue, Page, Article, Credit, Person, Tag, ArticleTag, Section)


def seed_text(index: int = 1) -> str:
    return SEED_FILES[index].read_text(encoding="utf-8")


def masthead(day: int, page: int, paper: str = "温岭日报") -> str:
    return f"{paper} 2023年7月{day}日 星期三 第{page}版 要闻\n\n"


def row_counts() -> dict:
    return {model.__name__: model.objects.count() for model in MODELS}


def test_seed_pages_are_imported_whole(imported_seeds):
    report = imported_seeds
    assert (report.pages_new, report.pages_failed) == (5, 0)
    expected = sum(len(parse_page(path.read_text(encoding="utf-8")).articles) for path in SEED_FILES)
    assert report.articles == Article.objects.count() == expected
    for page in Page.objects.all():
        parsed = parse_page(page.raw_text)
        articles = list(page.articles.order_by("order"))
        assert [a.title for a in articles] == [p.title or "" for p in parsed.articles]
        assert [a.body for a in articles] == [p.body for p in parsed.articles]
        credited = {(c.person.name, c.role) for a in articles for c in a.credits.select_related("person")}
        # A reporter signing a digest with 整理 is credited as its compiler.
        credited |= {(name, "reporter") for name, role in credited if role == "compiler"}
        assert {(n, "reporter") for p in parsed.articles for n in p.reporters} <= credited
    assert not Article.objects.filter(search_document__isnull=True).exists()
    assert not Article.objects.filter(search_bigrams__isnull=True).exists()
    assert not Article.objects.filter(section__isnull=True).exists()
    log = ImportLog.objects.get(pk=report.log_id)
    assert log.status == ImportLog.Status.SUCCEEDED
    assert log.counts["pages_new"] == 5
    assert log.counts["articles"] == expected
    assert log.finished_at is not None


def test_seed_pages_take_their_paper_from_the_manifest_and_their_date_from_datelines(imported_seeds):
    papers = dict(Page.objects.values_list("source_name", "publication__name"))
    assert papers["000_ffcd402804a0f69c.txt"] == "温岭日报"
    assert papers["004_a35f6fdfb49975cd.txt"] == "温州日报"
    dated = {
        page.source_name: (str(page.issue), page.date_inferred)
        for page in Page.objects.filter(issue__isnull=False).select_related("issue__publication")
    }
    # 000 prints 7月25日 but no year that fixes it, 004 no dateline with a day: no date invented.
    assert dated == {
        "001_f6237758df0ad2da.txt": ("温岭日报 2024-01-19", True),
        "002_56aeab11ad64d137.txt": ("浙江日报 2023-10-20", True),
        "003_cd5e5421baadaeb4.txt": ("浙江日报 2024-01-08", True),
    }
    evidence = Page.objects.get(source_name="002_56aeab11ad64d137.txt").date_evidence
    assert "本报杭州10月20日讯" in evidence and "2023年" in evidence
    for article in Article.objects.select_related("page__issue"):
        issue = article.page.issue
        assert article.published_on == (issue.date if issue else None)
        assert article.date_inferred == (issue is not None)
        expected = "date_inferred" if issue else "no_date"
        assert expected in article.review_reasons
    assert not any("no_publication" in a.review_reasons for a in Article.objects.all())


def test_second_run_changes_nothing(imported_seeds):
    before = row_counts()
    ids = sorted(Article.objects.values_list("id", flat=True))
    report = import_pages([SEEDS], workers=1)
    assert (report.pages_new, report.pages_unchanged, report.pages_replaced, report.articles) == (0, 5, 0, 0)
    assert row_counts() == before
    assert sorted(Article.objects.values_list("id", flat=True)) == ids


def test_the_same_page_in_another_encoding_is_unchanged(db, tmp_path):
    (tmp_path / "a.txt").write_text(seed_text(), encoding="utf-8")
    import_pages([tmp_path / "a.txt"], workers=1)
    (tmp_path / "a.txt").write_bytes(seed_text().replace("\n", "\r\n").encode("gb18030"))
    report = import_pages([tmp_path / "a.txt"], workers=1)
    assert report.pages_unchanged == 1


def test_page_stated_date_and_paper_are_used_and_marked_inferred(db, tmp_path):
    (tmp_path / "p.txt").write_text(masthead(26, 3) + seed_text(), encoding="utf-8")
    import_pages([tmp_path], workers=1)
    page = Page.objects.get()
    assert (page.publication.name, page.issue.date, page.number, page.name) == (
        "温岭日报",
        datetime.date(2023, 7, 26),
        3,
        "要闻",
    )
    article = page.articles.first()
    assert article.published_on == datetime.date(2023, 7, 26)
    assert article.date_inferred is True
    assert article.publication == page.publication
    assert "date_inferred" in article.review_reasons


def test_given_values_beat_the_page_and_are_not_inferred(db, tmp_path):
    (tmp_path / "p.txt").write_text(masthead(26, 3) + seed_text(), encoding="utf-8")
    import_pages(
        [tmp_path / "p.txt"], publication="台州日报", date=datetime.date(2023, 8, 1), page_number=5, workers=1
    )
    page = Page.objects.get()
    assert (page.publication.name, page.issue.date, page.number) == ("台州日报", datetime.date(2023, 8, 1), 5)
    assert set(page.articles.values_list("date_inferred", flat=True)) == {False}


def test_manifest_values_are_used(db, tmp_path):
    (tmp_path / "01.txt").write_text(seed_text(0), encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,publication,date,page,page_name\n01.txt,温岭日报,2023-07-26,1,要闻\n", encoding="utf-8"
    )
    import_pages([tmp_path], workers=1)
    page = Page.objects.get()
    assert (str(page.issue), page.number, page.name) == ("温岭日报 2023-07-26", 1, "要闻")
    assert not page.articles.filter(date_inferred=True).exists()


def test_page_number_needs_a_single_file(db):
    with pytest.raises(ValueError, match="single page file"):
        import_pages([SEEDS], page_number=2)
    assert ImportLog.objects.count() == 0


def test_changed_file_with_the_same_name_replaces_its_page(db, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(seed_text(1), encoding="utf-8")
    import_pages([path], workers=1)
    page_id = Page.objects.get().pk
    old_ids = set(Article.objects.values_list("id", flat=True))
    path.write_text(seed_text(2), encoding="utf-8")
    report = import_pages([path], workers=1)
    assert (report.pages_new, report.pages_replaced) == (0, 1)
    page = Page.objects.get()
    assert page.pk == page_id
    assert page.raw_text == seed_text(2)
    assert not Article.objects.filter(id__in=old_ids).exists()
    assert page.articles.count() == len(parse_page(seed_text(2)).articles) == report.articles


def test_another_file_claiming_a_known_place_is_reported_and_force_replaces_the_page(db, tmp_path):
    (tmp_path / "a.txt").write_text(masthead(26, 3) + seed_text(1), encoding="utf-8")
    import_pages([tmp_path / "a.txt"], workers=1)
    (tmp_path / "b.txt").write_text(masthead(26, 3) + seed_text(3), encoding="utf-8")
    for _ in range(2):
        report = import_pages([tmp_path / "a.txt", tmp_path / "b.txt"], workers=1)
        assert (report.pages_unchanged, report.pages_replaced, report.pages_failed) == (1, 0, 1)
        (name, reason) = report.failures[0]
        assert name == "b.txt" and "claims the same page as «a.txt»" in reason
        assert Page.objects.get().source_name == "a.txt"
    report = import_pages([tmp_path / "b.txt"], workers=1, force=True)
    assert report.pages_replaced == 1
    page = Page.objects.get()
    assert (page.source_name, page.number) == ("b.txt", 3)
    assert Issue.objects.count() == 1


@pytest.fixture
def edited_page(db, tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(seed_text(1), encoding="utf-8")
    import_pages([path], workers=1)
    article = Article.objects.get(page__source_name="page.txt", order=2)
    article.title = "编辑改过的标题"
    article.edited_by_editor = True
    article.save()
    return path, article


def test_a_changed_page_with_editors_corrections_is_skipped(edited_page):
    path, edited = edited_page
    before = sorted(Article.objects.values_list("id", "title"))
    path.write_text(seed_text(2), encoding="utf-8")
    report = import_pages([path], workers=1)
    assert (report.pages_skipped, report.pages_replaced, report.pages_failed) == (1, 0, 0)
    ((name, message),) = report.warnings
    assert name == "page.txt"
    assert "corrected by an editor" in message and "--force" in message
    assert sorted(Article.objects.values_list("id", "title")) == before
    assert Page.objects.get().raw_text == seed_text(1)


def test_force_replaces_the_rest_and_keeps_corrected_articles(edited_page):
    path, edited = edited_page
    path.write_text(seed_text(2), encoding="utf-8")
    report = import_pages([path], workers=1, force=True)
    assert report.pages_replaced == 1
    assert "kept" in report.warnings[0][1]
    edited.refresh_from_db()
    assert (edited.title, edited.order) == ("编辑改过的标题", 2)
    others = Article.objects.exclude(pk=edited.pk)
    assert others.count() == len(parse_page(seed_text(2)).articles)
    assert 2 not in set(others.values_list("order", flat=True))


def test_force_on_unchanged_text_lets_the_corrected_article_stand_in_its_place(edited_page):
    path, edited = edited_page
    count = Article.objects.count()
    report = import_pages([path], workers=1, force=True)
    assert report.pages_replaced == 1
    assert Article.objects.count() == count
    assert Article.objects.filter(order=2).get().pk == edited.pk
    assert Article.objects.get(pk=edited.pk).title == "编辑改过的标题"


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\n \t\n", "contains only whitespace"),
    "binary.txt": (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "binary file"),
    "garbled.txt": ("正文".encode() + b"\x80\xff\xfe", "cannot be decoded"),
    "huge.txt": ("大".encode() * 20_000, "file too large (60,000 bytes; the limit is 50,000)"),
    "nothing.txt": ("……\n".encode(), "no article recognised"),
}


def test_bad_files_fail_one_by_one_and_the_rest_is_imported(db, tmp_path):
    for name, (data, _) in BAD_FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "gbk.txt").write_bytes(seed_text(1).encode("gbk"))
    (tmp_path / "utf16.txt").write_bytes(seed_text(2).encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + seed_text(3).encode())
    (tmp_path / "gb18030.txt").write_bytes(seed_text(0).encode("gb18030"))
    report = import_pages([tmp_path], workers=1, max_bytes=50_000)
    assert report.pages_new == 4
    assert dict(report.failures).keys() == BAD_FILES.keys()
    for name, reason in report.failures:
        assert BAD_FILES[name][1] in reason
    assert set(Page.objects.values_list("source_name", flat=True)) == {
        "gbk.txt",
        "utf16.txt",
        "bom.txt",
        "gb18030.txt",
    }
    log = ImportLog.objects.get()
    assert log.status == ImportLog.Status.PARTIAL
    assert {entry["file"] for entry in log.errors} == BAD_FILES.keys()


def test_uploads_are_imported_and_logged_with_their_user(db, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="x")
    report = import_pages(
        [("一版.txt", seed_text(1).encode("gbk"))], user=editor, source=ImportLog.Source.ADMIN, workers=1
    )
    assert report.pages_new == 1
    log = ImportLog.objects.get()
    assert (log.user, log.username, log.source, log.files) == (editor, "editor", "admin", ["一版.txt"])


def test_dry_run_writes_nothing_not_even_a_log(db):
    before = row_counts()
    pages = []
    report = import_pages([SEEDS], dry_run=True, on_page=pages.append, workers=1)
    assert row_counts() == before
    assert ImportLog.objects.count() == 0
    assert report.pages_parsed == len(pages) == 5
    assert report.articles == sum(len(page.articles) for page in pages) > 0


def test_import_log_survives_deleting_the_articles(imported_seeds):
    Article.objects.all().delete()
    Page.objects.all().delete()
    assert ImportLog.objects.get(pk=imported_seeds.log_id).counts["articles"] == imported_seeds.articles


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_give_the_same_pages_as_one():
    # The workers write through their own connections: the rows must be committed ones.
    report = import_pages([SEEDS], workers=2)
    assert report.pages_new == 5
    assert report.articles == sum(len(parse_page(path.read_text()).articles) for path in SEED_FILES)
    assert Article.objects.count() == report.articles
    assert report.people_created == Person.objects.count() > 0
    assert report.tags_created == Tag.objects.count() > 0
    again = import_pages([SEEDS], workers=2)
    assert again.pages_unchanged == 5 and Article.objects.count() == report.articles


def test_tags_are_automatic_and_never_stopwords(imported_seeds):
    stopwords = set(DictionaryEntry.objects.filter(kind="stopword").values_list("word", flat=True))
    assert stopwords
    assert not Tag.objects.filter(name__in=stopwords).exists()
    assert set(ArticleTag.objects.values_list("origin", flat=True)) == {"auto"}
    for article in Article.objects.filter(kind="article"):
        if len(article.body) >= 300:
            assert 5 <= article.article_tags.count() <= 10, article.headline


def test_search_documents_find_substrings_and_weight_headlines(imported_seeds):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM archive_article WHERE search_bigrams @@ '营商 <-> 商环'::tsquery"
        )
        assert cursor.fetchone()[0] >= 1
        cursor.execute("SELECT title FROM archive_article WHERE search_document @@ '供水:A'::tsquery")
        titles = [row[0] for row in cursor.fetchall()]
    assert titles and all("供水" in Article.objects.get(title=t).headline for t in titles)


def test_copied_seed_folder_is_imported_under_relative_names(db, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "in" / "day1")
    import_pages([tmp_path / "in"], workers=1)
    assert {p.source_name for p in Page.objects.all()} == {f"day1/{path.name}" for path in SEED_FILES}


def test_a_reimport_does_not_segment_pages_it_already_holds(db, tmp_path):
    (tmp_path / "a.txt").write_text(seed_text(0), encoding="utf-8")
    first, second = [], []
    import_pages([tmp_path], workers=1, on_page=first.append)
    report = import_pages([tmp_path], workers=1, on_page=second.append)
    assert report.pages_unchanged == 1
    assert first[0].articles and not first[0].unchanged
    assert second[0].unchanged and second[0].articles == []
    forced = []
    import_pages([tmp_path], workers=1, force=True, on_page=forced.append)
    assert forced[0].articles and not forced[0].unchanged
