"""Every bad input costs one file, never the run; a run cut short says so, file by file."""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connections
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from archive.importing import limits as page_limits
from archive.importing import log as import_log
from archive.importing.outcomes import FAILED, DatabaseLost
from archive.importing.pool import process_pages
from archive.importing.prepare import PreparationContext
from archive.importing.run import import_pages
from archive.importing.sources import (
    ManifestError,
    PageFileError,
    PageSource,
    decode_page,
    iter_page_sources,
    parse_manifest,
)
from archive.importing.writer import PageWriter
from archive.indexing import ensure_named
from archive.models import Article, ImportLog, Page, Person, Tag
from tests.support import SEED_FILES


def seed_text(index: int) -> str:
    return SEED_FILES[index].read_text(encoding="utf-8")


def masthead(day: int, page: int) -> str:
    return f"温岭日报 2023年7月{day}日 星期三 第{page}版 要闻\n\n"


def deep_json(depth: int) -> bytes:
    return ("[" * depth + "]" * depth).encode()


# Folder name → (manifest name, manifest bytes, what the refusal says).
HOSTILE_MANIFESTS = {
    "nested": ("manifest.json", deep_json(100_000), "nested more than"),
    "long_number": ("manifest.json", b'{"files": {"01.txt": {"page": ' + b"9" * 5000 + b"}}}", "out of range"),
    "long_number_text": ("manifest.json", b'{"files": {"01.txt": {"page": "' + b"7" * 5000 + b'"}}}', "out of range"),
    "csv_number": ("manifest.csv", b"file,page\n01.txt," + b"8" * 5000 + b"\n", "out of range"),
    "csv_field": ("manifest.csv", b"file,page_name\n01.txt,\"" + b"x" * 140_000 + b'"\n', "invalid CSV"),
    "huge": ("manifest.json", b" " * (page_limits.MAX_MANIFEST_BYTES + 1), "manifest too large"),
    "not_object": ("manifest.json", b'{"files": {"01.txt": [1, 2]}}', "expected an object"),
}  # fmt: skip


def test_hostile_manifests_fail_their_folder_and_the_rest_is_imported(db, tmp_path):
    for number, (folder, (name, data, _)) in enumerate(HOSTILE_MANIFESTS.items(), start=1):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / name).write_bytes(data)
        (tmp_path / folder / "01.txt").write_text(masthead(number, 1) + seed_text(1), encoding="utf-8")
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "01.txt").write_text(seed_text(2), encoding="utf-8")
    report = import_pages([tmp_path], workers=1)
    assert report.pages_new == 1
    reasons = dict(report.failures)
    for folder, (name, _, reason) in HOSTILE_MANIFESTS.items():
        assert f"{name} is invalid" in reasons[f"{folder}/01.txt"]
        assert reason in reasons[f"{folder}/01.txt"], reasons[f"{folder}/01.txt"]
        assert len(reasons[f"{folder}/01.txt"]) < 300
    assert ImportLog.objects.get().status == ImportLog.Status.PARTIAL


def test_a_file_name_that_is_not_utf8_is_refused_by_a_printable_name(db, tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"bad-\xff\xfe.txt"), "wb") as handle:
        handle.write(seed_text(1).encode())
    (tmp_path / "good.txt").write_text(seed_text(2), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="1 of 2"):
        call_command("import_articles", str(tmp_path), "--workers", "1", stdout=out, stderr=err)
    assert "bad-\\xff\\xfe.txt: the file name is not valid UTF-8" in err.getvalue()
    assert Page.objects.get().source_name == "good.txt"
    log = ImportLog.objects.get()
    assert log.errors == [
        {"file": "bad-\\xff\\xfe.txt", "error": "the file name is not valid UTF-8: rename the file"}
    ]


def test_a_symbolic_link_loop_is_one_error_and_every_page_is_read_once(db, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "p.txt").write_text(seed_text(1), encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    sources = list(iter_page_sources([tmp_path]))
    assert [(s.name, s.error is None) for s in sources] == [
        ("a/loop", False),
        ("a/p.txt", True),
        ("self.txt", False),
    ]
    assert "symbolic link loop" in sources[0].error
    report = import_pages([tmp_path], workers=1)
    assert (report.pages_new, report.pages_failed) == (1, 2)


def test_folders_deeper_than_the_recursion_limit_are_walked(tmp_path):
    folder = tmp_path
    for _ in range(120):
        folder = folder / "d"
    os.makedirs(folder)
    (folder / "p.txt").write_text("x", encoding="utf-8")
    import sys

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(100)
    try:
        sources = list(iter_page_sources([tmp_path]))
    finally:
        sys.setrecursionlimit(old)
    assert [s.name.count("/") for s in sources] == [120]


def test_a_page_of_too_many_items_is_refused_by_a_clear_error(db, tmp_path, monkeypatch):
    # Orders are smallints, and corrected articles may push the new ones past the count.
    assert 2 * page_limits.MAX_ITEMS_PER_PAGE < page_limits.MAX_PAGE_NUMBER
    monkeypatch.setattr(page_limits, "MAX_ITEMS_PER_PAGE", 3)
    (tmp_path / "many.txt").write_text(seed_text(1), encoding="utf-8")
    report = import_pages([tmp_path / "many.txt"], workers=1)
    ((name, reason),) = report.failures
    assert name == "many.txt" and "items on one page; the limit is 3" in reason
    assert not Page.objects.exists()


def test_a_page_number_past_the_database_range_is_refused(db, tmp_path):
    (tmp_path / "p.txt").write_text(seed_text(1), encoding="utf-8")
    report = import_pages([tmp_path / "p.txt"], workers=1, page_number=40_000)
    assert report.failures == [("p.txt", "page number 40000 is out of range (1–32767)")]


def test_two_files_claiming_one_page_in_one_run_are_reported_not_swapped(db, tmp_path):
    (tmp_path / "a.txt").write_text(masthead(26, 3) + seed_text(1), encoding="utf-8")
    (tmp_path / "b.txt").write_text(masthead(26, 3) + seed_text(3), encoding="utf-8")
    held = []
    for _ in range(3):
        report = import_pages([tmp_path], workers=1)
        assert [name for name, _ in report.failures] == ["b.txt"]
        held.append(Page.objects.get().source_name)
    assert held == ["a.txt"] * 3


def test_new_people_and_tags_are_counted_when_slugs_collide(db):
    created = []
    ensure_named(Tag, ["营商-环境", "营商 环境", "营商环境"], created=created)
    assert sorted(created) == sorted(
        Tag.objects.filter(name__startswith="营商").values_list("name", flat=True)
    )
    assert len(created) == 3
    created = []
    ensure_named(Person, ["王 明", "王-明"], created=created)
    assert len(created) == Person.objects.count() == 2


# -- a run cut short --------------------------------------------------------------------------------


def test_a_lost_database_gives_one_line_per_unfinished_file_and_closes_the_log(db, tmp_path, monkeypatch):
    for number in range(1, 5):
        (tmp_path / f"{number}.txt").write_text(masthead(26, number) + seed_text(number), encoding="utf-8")
    real_write = PageWriter.write
    calls = []

    def write(self, page):
        calls.append(page.name)
        if len(calls) == 2:
            raise DatabaseLost("server closed the connection unexpectedly")
        return real_write(self, page)

    monkeypatch.setattr(PageWriter, "write", write)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="the run stopped: the database stopped answering"):
        call_command("import_articles", str(tmp_path), "--workers", "1", stdout=out, stderr=err)
    lines = err.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines] == ["2.txt", "3.txt", "4.txt"]
    assert "not finished: the run stopped" in lines[1]
    assert Page.objects.count() == 1
    log = ImportLog.objects.get()
    assert log.status == ImportLog.Status.ABORTED
    assert log.get_status_display() == "中断"
    assert [entry["file"] for entry in log.errors] == ["2.txt", "3.txt", "4.txt"]


class DyingSource(PageSource):
    """A page whose reading ends the worker process reading it, as a kill would."""

    def read(self, max_bytes):
        os._exit(9)


def test_a_dead_worker_gives_one_line_per_unfinished_file(tmp_path):
    sources = [PageSource(name=f"{n}.txt", data=seed_text(n % 5).encode()) for n in range(20)]
    sources[5] = DyingSource(name="5.txt", data=b"")
    context = PreparationContext(terms=(), stopwords=(), sections=(), max_bytes=1_000_000)
    results = list(process_pages(iter(sources), context, None, workers=2))
    assert sorted(result.name for result in results) == sorted(source.name for source in sources)
    failed = [result for result in results if result.outcome is not None]
    assert failed and all(result.outcome.status == FAILED for result in failed)
    assert "5.txt" in [result.name for result in failed]
    assert failed[0].outcome.message == "a worker process died"
    assert all(result.stopped == "a worker process died" for result in failed)
    assert failed[-1].name == "19.txt"
    assert all(result.prepared is not None for result in results if result.outcome is None)


def test_logs_of_runs_that_are_gone_are_closed_as_interrupted(db):
    gone = ImportLog.objects.create()
    alive = ImportLog.objects.create()
    other = connections.create_connection("default")
    try:
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s, %s)", [import_log.LOCK_CLASS, alive.pk])
        assert import_log.close_abandoned() == 1
    finally:
        other.close()
    gone.refresh_from_db()
    alive.refresh_from_db()
    assert (gone.status, alive.status) == (ImportLog.Status.ABORTED, ImportLog.Status.RUNNING)
    assert gone.finished_at is not None
    # A run of this process keeps its own log open while it holds it.
    import_log.hold(alive)
    try:
        assert import_log.close_abandoned() == 0
    finally:
        import_log.release(alive)
    assert import_log.close_abandoned() == 1


def test_the_import_log_list_closes_runs_that_are_gone(admin_client):
    ImportLog.objects.create()
    response = admin_client.get("/admin/archive/importlog/")
    assert response.status_code == 200
    assert "中断" in response.content.decode()
    assert ImportLog.objects.get().status == ImportLog.Status.ABORTED


# -- the admin's upload ----------------------------------------------------------------------------


@pytest.mark.parametrize("folder", sorted(HOSTILE_MANIFESTS))
def test_the_admin_upload_refuses_hostile_manifests_without_an_error_page(admin_client, folder):
    name, data, reason = HOSTILE_MANIFESTS[folder]
    files = [
        _upload(name, data),
        _upload("01.txt", (masthead(26, 1) + seed_text(1)).encode()),
    ]
    response = admin_client.post("/admin/archive/importlog/upload/", {"files": files})
    assert response.status_code == 200
    assert reason in response.content.decode()
    assert not Article.objects.exists()
    assert ImportLog.objects.get().status == ImportLog.Status.FAILED


def test_the_admin_upload_refuses_a_page_number_past_the_range(admin_client):
    files = [_upload("01.txt", seed_text(1).encode())]
    response = admin_client.post(
        "/admin/archive/importlog/upload/", {"files": files, "page_number": "9" * 5000}
    )
    assert response.status_code == 200
    assert not Page.objects.exists()


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="text/plain")


# -- seeded fuzz: any bytes are a page or a refusal, never a crash -------------------------------------


@seed(14)
@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused(data):
    try:
        decoded = decode_page("x.txt", data)
    except PageFileError as exc:
        assert exc.name == "x.txt" and exc.reason
    else:
        assert decoded.text.strip()


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)
MANIFEST_SHAPES = st.fixed_dictionaries(
    {},
    optional={
        "publication": JSON_VALUES,
        "date": JSON_VALUES | st.dates().map(str),
        "page": JSON_VALUES,
        "files": st.dictionaries(
            st.text(max_size=10),
            st.fixed_dictionaries(
                {}, optional={"page": JSON_VALUES, "date": JSON_VALUES, "page_name": JSON_VALUES}
            )
            | JSON_VALUES,
            max_size=4,
        )
        | JSON_VALUES,
    },
)


@seed(14)
@settings(max_examples=300, deadline=None, database=None)
@given(MANIFEST_SHAPES)
def test_any_json_manifest_parses_or_is_refused(doc):
    _parses_or_is_refused("manifest.json", json.dumps(doc).encode())


@seed(14)
@settings(max_examples=300, deadline=None, database=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_manifest_bytes_parse_or_are_refused(data):
    _parses_or_is_refused("manifest.json", data)
    _parses_or_is_refused("manifest.csv", b"file,publication,date,page,page_name\n" + data)


def _parses_or_is_refused(name, data):
    try:
        defaults, entries = parse_manifest(name, data)
    except ManifestError as exc:
        assert str(exc)
        return
    for info in [defaults, *entries.values()]:
        assert info.page_number is None or 1 <= info.page_number <= page_limits.MAX_PAGE_NUMBER


# -- seeded fuzz of whole runs: folders mixing good pages with every kind of bad input ------------

PAGE_KINDS = st.sampled_from(["seed", "numbered", "bytes", "empty", "bad_name", "loop", "json", "csv"])


def _write_entry(folder: Path, index: int, kind: str, data: bytes, number: int) -> None:
    name = f"{index:02d}.txt"
    if kind == "seed":
        (folder / name).write_text(seed_text(index % len(SEED_FILES)), encoding="utf-8")
    elif kind == "numbered":
        (folder / name).write_text(
            f"温岭日报 2023年7月26日 第{number}版 要闻\n\n" + seed_text(1), encoding="utf-8"
        )
    elif kind == "bytes":
        (folder / name).write_bytes(data)
    elif kind == "empty":
        (folder / name).write_bytes(b"")
    elif kind == "bad_name":
        with open(os.path.join(os.fsencode(folder), f"{index:02d}-".encode() + b"\xff.txt"), "wb") as handle:
            handle.write(seed_text(2).encode())
    elif kind == "loop":
        (folder / f"loop{index}").symlink_to(folder)
    elif kind == "json":
        sub = folder / f"j{index}"
        sub.mkdir()
        (sub / "manifest.json").write_bytes(data or deep_json(50))
        (sub / "01.txt").write_text(seed_text(3), encoding="utf-8")
    elif kind == "csv":
        sub = folder / f"c{index}"
        sub.mkdir()
        (sub / "manifest.csv").write_bytes(b"file,page\n01.txt," + (data or b"9" * 5000) + b"\n")
        (sub / "01.txt").write_text(seed_text(4), encoding="utf-8")


@seed(14)
@settings(max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(PAGE_KINDS, st.binary(max_size=200), st.integers(min_value=-5, max_value=99_999)),
        min_size=1,
        max_size=6,
    )
)
def test_any_folder_of_bad_and_good_files_is_imported_file_by_file(db, entries):
    import tempfile

    with tempfile.TemporaryDirectory() as top:
        folder = Path(top)
        for index, (kind, data, number) in enumerate(entries):
            _write_entry(folder, index, kind, data, number)
        listed = list(iter_page_sources([folder]))
        report = import_pages([folder], workers=1)
    assert report.pages == len(listed)
    assert len(report.failures) == report.pages_failed
    assert ImportLog.objects.get(pk=report.log_id).status != ImportLog.Status.RUNNING
    for page in Page.objects.all():
        orders = list(page.articles.values_list("order", flat=True))
        assert len(orders) == len(set(orders)) and all(
            0 < order <= page_limits.MAX_PAGE_NUMBER for order in orders
        )
        assert page.number is None or 1 <= page.number <= page_limits.MAX_PAGE_NUMBER


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_reconnection_takes_the_runs_lock_again():
    from archive.importing.writer import _database_lost

    log = ImportLog.objects.create()
    import_log.hold(log)
    try:
        assert _database_lost() is False  # the database answers a new connection
        other = connections.create_connection("default")
        try:
            with other.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s, %s)", [import_log.LOCK_CLASS, log.pk])
                assert cursor.fetchone() == (False,)
        finally:
            other.close()
    finally:
        import_log.release(log)
