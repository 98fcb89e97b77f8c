"""The import as one package: its layers, continuation pages stored as numbers, the warning check
on explicit inputs, the default sections, failures logged and counted, the extensions dropped."""

import ast
import logging
import subprocess
import sys

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from archive import editing
from archive.importing.run import import_pages
from archive.indexing import default_words_and_sections, section_rules
from archive.models import Article, Credit, Person
from archive.parsing import field_warnings
from archive.parsing.masthead import page_number
from archive.parsing.model import HEADLINE_TOO_SHORT, NO_BYLINE, SHORT_BODY
from tests.support import PROJECT, builders

PACKAGE = PROJECT / "archive" / "importing"
# Each module may import only those of a lower layer.
LAYERS = {
    "run": 4,
    "messages": 4,
    "pool": 3,
    "prepare": 2,
    "writer": 2,
    "sources": 1,
    "log": 0,
    "outcomes": 0,
    "limits": 0,
}
BODY = (
    "温岭市城乡供水一体化工程昨天正式开工，项目总投资约十二亿元，建成后全市农村居民将喝上与城市同质的自来水。"
    "工程分三期建设，计划于后年年底前全面完工。"
)


@pytest.fixture
def page(db):
    return builders.page()


def package_imports(module: str) -> set[str]:
    """The package's modules ``module`` imports when it runs (those named for type hints only aside)."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            node.body = []
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "archive.importing":
                found |= {alias.name for alias in node.names}
            elif node.module.startswith("archive.importing."):
                found.add(node.module.removeprefix("archive.importing."))
        elif isinstance(node, ast.Import):
            found |= {
                alias.name.removeprefix("archive.importing.")
                for alias in node.names
                if alias.name.startswith("archive.importing.")
            }
    return found


def test_every_module_of_the_package_has_its_layer():
    assert {path.stem for path in PACKAGE.glob("*.py")} - {"__init__"} == set(LAYERS)


@pytest.mark.parametrize("module", sorted(LAYERS))
def test_the_package_imports_only_downward(module):
    upward = {name for name in package_imports(module) if LAYERS[name] >= LAYERS[module]}
    assert not upward, f"{module} imports {upward}, not below it"


def test_a_worker_that_only_parses_loads_no_django():
    code = (
        "import sys; import archive.importing.pool, archive.importing.prepare, archive.importing.sources; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'django', 'archive.models'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# -- continuation pages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reference", "number"),
    [
        ("第二版", 2),
        ("第12版", 12),
        ("第１２版", 12),
        ("二十一版", 21),
        ("十", 10),
        ("第十五版", 15),
        ("第兩版", 2),
        ("3", 3),
        ("A3版", None),
        ("第十十版", None),
        ("", None),
        (None, None),
    ],
)
def test_one_numeral_parser_reads_page_references(reference, number):
    assert page_number(reference) == number


def test_the_importer_stores_the_page_a_continuation_names(db, tmp_path):
    text = (
        "温岭日报 2023年7月26日 星期三 第1版 要闻\n\n城乡供水一体化工程开工\n\n"
        f"本报讯（记者陈峰）{BODY}（下转第二版）\n\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = import_pages([tmp_path / "a.txt"], workers=1)
    assert report.pages_new == 1
    article = Article.objects.get()
    assert (article.continues_to, article.continues_to_page) == ("第二版", 2)
    assert article.continued_from_page is None


def test_an_editors_reference_is_read_when_saved(page):
    article = builders.article(page, 1, "城乡供水一体化工程开工", BODY)
    article.continued_from = "第十一版"
    article.save(update_fields=["continued_from"])
    article.refresh_from_db()
    assert article.continued_from_page == 11
    article.continued_from = "A3版"
    article.save()
    article.refresh_from_db()
    assert article.continued_from_page is None


@pytest.mark.parametrize(("marker", "to", "from_"), [("（接下页）", 4, None), ("（接上页）", None, 2)])
def test_the_importer_stores_the_page_beside_its_own_that_an_unnumbered_marker_names(
    db, tmp_path, marker, to, from_
):
    body = BODY + marker if "下" in marker else marker + BODY
    text = (
        f"温岭日报 2023年7月26日 星期三 第3版 要闻\n\n城乡供水一体化工程开工\n\n本报讯（记者陈峰）{body}\n\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    import_pages([tmp_path / "a.txt"], workers=1)
    article = Article.objects.get()
    assert (article.continues_to_page, article.continued_from_page) == (to, from_)
    article.save()
    article.refresh_from_db()
    assert (article.continues_to_page, article.continued_from_page) == (to, from_)


# Migrating back and forth commits: the database is restored afterwards, as for the other tests that commit.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_data_migration_reads_the_references_already_stored():
    executor = MigrationExecutor(connection)
    before = [("archive", "0011_listing_at_scale")]
    latest = executor.loader.graph.leaf_nodes("archive")
    try:
        executor.migrate(before)
        old = executor.loader.project_state(before).apps
        paper = old.get_model("archive", "Publication").objects.create(name="温岭日报", slug="温岭日报")
        page = old.get_model("archive", "Page").objects.create(
            publication=paper, source_name="a.txt", content_hash="a" * 64, raw_text="…"
        )
        OldArticle = old.get_model("archive", "Article")
        OldArticle.objects.create(page=page, order=1, continues_to="第二版", continued_from="")
        OldArticle.objects.create(page=page, order=2, continues_to="", continued_from="第２０版")
        OldArticle.objects.create(page=page, order=3, continues_to="A3版", continued_from="")
        executor = MigrationExecutor(connection)
        executor.migrate(latest)
    finally:
        MigrationExecutor(connection).migrate(latest)
    numbers = Article.objects.order_by("order").values_list("continues_to_page", "continued_from_page")
    assert list(numbers) == [(2, None), (None, 20), (None, None)]


# -- the warning check -------------------------------------------------------------------------------


def test_the_warning_check_takes_the_fields_it_checks():
    assert field_warnings(kind="article", title="开工", dateline="", credited=False, body="短") == [
        NO_BYLINE,
        HEADLINE_TOO_SHORT,
        SHORT_BODY,
    ]
    assert (
        field_warnings(kind="article", title="城乡供水工程开工", dateline="", credited=True, body=BODY) == []
    )
    assert field_warnings(kind="photo", title="", dateline="", credited=False, body="") == []


def test_a_credit_added_by_an_editor_clears_no_byline(page):
    article = builders.article(page, 1, "城乡供水一体化工程开工", BODY)
    assert NO_BYLINE in editing.recheck_review(article)
    Credit.objects.create(article=article, person=Person.objects.create(name="陈峰"), role="reporter")
    assert NO_BYLINE not in editing.recheck_review(article)


# -- default sections --------------------------------------------------------------------------------


def test_the_default_sections_are_those_the_migration_created(db):
    _terms, _stopwords, defaults = default_words_and_sections()
    assert sorted(defaults, key=repr) == sorted(section_rules(), key=repr)


# -- failures logged and counted ---------------------------------------------------------------------


def test_a_parser_failure_is_logged_with_its_traceback_and_counted(db, tmp_path, monkeypatch, caplog):
    import archive.parsing

    def broken(text, recut=None):
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(archive.parsing, "parse_items", broken)
    (tmp_path / "a.txt").write_text("温岭日报\n\n标题\n\n正文。\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        report = import_pages([tmp_path / "a.txt"], workers=1, dry_run=True)
    assert report.failures == [("a.txt", "the page could not be parsed (RuntimeError('a parser bug'))")]
    assert report.errors_logged == 1
    (record,) = [r for r in caplog.records if r.exc_info]
    assert "a parser bug" in str(record.exc_info[1])


def test_a_failed_index_flush_is_logged_and_counted(db, tmp_path, caplog):
    with connection.cursor() as cursor:
        cursor.execute("DROP INDEX article_bigrams_gin")  # undone with the test's transaction
    (tmp_path / "a.txt").write_text(
        f"温岭日报 2023年7月26日 星期三 第1版 要闻\n\n城乡供水一体化工程开工\n\n本报讯（记者陈峰）{BODY}\n",
        encoding="utf-8",
    )
    with caplog.at_level(logging.WARNING, logger="archive.importing.run"):
        report = import_pages([tmp_path / "a.txt"], workers=1)
    assert (report.pages_new, report.errors_logged) == (1, 1)
    assert report.counts["errors_logged"] == 1
    (record,) = [r for r in caplog.records if r.name == "archive.importing.run"]
    assert record.exc_info is not None


# -- extensions --------------------------------------------------------------------------------------


def test_no_unused_extension_is_left(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        assert {row[0] for row in cursor.fetchall()} == {"plpgsql"}
