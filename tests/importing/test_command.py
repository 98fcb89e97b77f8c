"""``manage.py import_articles``: summary, failures and exit status, JSON lines, real processes."""

import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, ArticleTag, ImportLog, Issue, Page, Person, Publication, Tag
from archive.parsing import parse_page
from tests.support import PROJECT, SEED_FILES, SEEDS
from tests.support.import_runs import assert_pages_are_whole, make_corpus, start_import, summary_figures

JSON_KEYS = {
    "source", "kind", "title", "kicker", "subtitle", "column", "dateline", "reporters", "correspondents",
    "photographers", "authors", "body", "continues_to", "continued_from",
}  # fmt: skip


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


def test_summary_figures_match_the_database(db):
    out, err, error = run(SEEDS, "--workers", "1")
    assert error is None and err == ""
    figures = summary_figures(out)
    assert figures == {
        "new": 5,
        "unchanged": 0,
        "replaced": 0,
        "skipped": 0,
        "failed": 0,
        "articles": Article.objects.count(),
        "people": Person.objects.count(),
        "tags": Tag.objects.count(),
        "links": ArticleTag.objects.count(),
    }
    out, _, _ = run(SEEDS, "--workers", "1")
    assert summary_figures(out) | {"unchanged": 0} == dict.fromkeys(figures, 0)
    assert summary_figures(out)["unchanged"] == 5


def test_failed_files_are_named_on_stderr_and_the_exit_status_is_not_zero(db, tmp_path):
    (tmp_path / "good.txt").write_bytes(SEED_FILES[1].read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    out, err, error = run(tmp_path, "--workers", "1")
    assert isinstance(error, CommandError)
    assert "2 of 3 page file(s) failed" in str(error)
    assert err.splitlines() == [
        "binary.txt: binary file (contains NUL bytes), not page text",
        "empty.txt: empty file",
    ]
    assert summary_figures(out)["new"] == 1
    assert Page.objects.get().source_name == "good.txt"


def test_options_reach_the_importer(db):
    run(
        SEED_FILES[1],
        "--publication",
        "温岭日报",
        "--date",
        "2023-07-26",
        "--page",
        "3",
        "--page-name",
        "要闻",
    )
    page = Page.objects.get()
    assert (str(page), page.articles.first().date_inferred) == ("温岭日报 2023-07-26 第3版 要闻", False)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((SEEDS, "--page", "2"), "single page file"),
        ((SEEDS, "--jsonl"), "--jsonl needs --dry-run"),
        ((SEEDS, "--date", "26/07/2023"), "YYYY-MM-DD"),
    ],
)
def test_bad_options_are_refused(db, args, message):
    _, _, error = run(*args)
    assert message in str(error)
    assert ImportLog.objects.count() == 0


def test_dry_run_jsonl_prints_only_articles_and_writes_nothing(db):
    out, err, error = run(SEEDS, "--dry-run", "--jsonl", "--workers", "1")
    assert error is None
    rows = [json.loads(line) for line in out.splitlines()]
    expected = [
        a.as_json(p.name) for p in SEED_FILES for a in parse_page(p.read_text(encoding="utf-8")).articles
    ]
    assert len(rows) == len(expected)
    for row, parsed in zip(rows, expected, strict=True):
        assert row.keys() >= JSON_KEYS
        assert {key: row[key] for key in parsed} == parsed
        assert row["section"] and isinstance(row["tags"], list)
    assert (Page.objects.count(), Article.objects.count(), ImportLog.objects.count()) == (0, 0, 0)


def test_quiet_run_prints_nothing(db):
    out, err, error = run(SEEDS, "--verbosity", "0", "--workers", "1")
    assert (out, err, error) == ("", "", None)
    assert Page.objects.count() == 5


# -- real processes ------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_killed_import_leaves_whole_pages_and_a_rerun_completes_it(tmp_path, workers):
    paths = make_corpus(tmp_path / "pages", days=30)
    process = start_import(tmp_path / "pages", "--workers", workers)
    deadline = time.monotonic() + 120
    while Page.objects.count() < 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    done = Page.objects.count()
    assert 0 < done < len(paths), "the import was not interrupted mid-run"
    assert_pages_are_whole()

    process = start_import(tmp_path / "pages", "--workers", "2")
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    figures = summary_figures(out)
    assert (figures["new"] + figures["unchanged"], figures["failed"]) == (len(paths), 0)
    assert figures["unchanged"] >= done
    assert Page.objects.count() == len(paths)
    assert_pages_are_whole()
    assert ImportLog.objects.filter(status=ImportLog.Status.SUCCEEDED).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_imports_at_once_create_no_duplicates_and_no_errors(tmp_path):
    paths = make_corpus(tmp_path / "pages", days=8)
    first = start_import(*paths, "--workers", "1")
    second = start_import(*reversed(paths), "--workers", "1")
    results = [process.communicate(timeout=300) for process in (first, second)]
    for process, (_, err) in zip((first, second), results, strict=True):
        assert process.returncode == 0, err
    figures = [summary_figures(out) for out, _ in results]
    assert sum(f["new"] for f in figures) == len(paths)
    assert sum(f["unchanged"] for f in figures) == len(paths)
    assert Page.objects.count() == len(paths)
    assert Publication.objects.count() == 1
    assert Issue.objects.count() == 8
    assert_pages_are_whole()
    # Every page holds the articles of exactly one of the two imports.
    assert Article.objects.count() == sum(f["articles"] for f in figures)
    assert set(ImportLog.objects.values_list("status", flat=True)) == {ImportLog.Status.SUCCEEDED}


def test_dry_run_needs_no_database(tmp_path):
    """The dry run parses and tags with the archive's default dictionary when no database answers."""
    env = {**os.environ, "DATABASE_URL": "postgres://nobody@127.0.0.1:9/nowhere", "PYTHONWARNINGS": "ignore"}
    env.pop("DJANGO_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, PROJECT / "manage.py", "import_articles", SEEDS, "--dry-run", "--jsonl"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == sum(len(parse_page(path.read_text()).articles) for path in SEED_FILES)
    assert all(
        5 <= len(row["tags"]) <= 10 for row in rows if row["kind"] == "article" and len(row["body"]) > 300
    )


def test_default_dictionary_and_sections_are_what_the_migrations_load(db):
    from archive.indexing import default_words_and_sections, dictionary_words, section_rules

    terms, stopwords, rules = default_words_and_sections()
    assert (set(terms), set(stopwords)) == tuple(map(set, dictionary_words()))
    assert set(rules) == set(section_rules())


def test_reindex_articles_rebuilds_every_search_document(imported_seeds):
    Article.objects.update(search_bigrams=None, search_document=None)
    out = io.StringIO()
    call_command("reindex_articles", "--batch", "7", stdout=out)
    assert f"Articles re-indexed: {Article.objects.count()}." in out.getvalue()
    assert not Article.objects.filter(search_bigrams__isnull=True).exists()
    assert Article.objects.search("作者:沈志江").exists()
