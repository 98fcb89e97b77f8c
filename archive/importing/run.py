"""Pages → rows: the one entry point of an import, shared by the ``import_articles`` command
and the admin's upload (:func:`import_pages`), with its report and its log.

Each page is read, decoded, parsed, segmented and tagged (:mod:`archive.importing.prepare`),
then written by :mod:`archive.importing.writer` in one transaction, so that a page is in the
archive whole or not at all; :mod:`archive.importing.pool` runs both, in this process or in
worker processes.  Page files, folders, manifests and uploads are read by
:mod:`archive.importing.sources`.
"""

from __future__ import annotations

import datetime
import getpass
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from archive.caching import ImportRefresh
from archive.database_server import DatabaseServerError
from archive.importing import log as import_log
from archive.importing.limits import printable_name
from archive.importing.outcomes import FAILED, NEW, PARSED, REFILED, REPLACED, PageOutcome
from archive.importing.pool import WritingSetup, process_pages
from archive.importing.prepare import PreparationContext, PreparedPage
from archive.importing.sources import PageInfo, iter_page_sources
from archive.indexing import (
    archive_frequencies,
    default_words_and_sections,
    dictionary_words,
    fold_twin_tags,
    section_rules,
)
from archive.models import ImportLog, Tag

MAX_LOGGED_ERRORS = 1000

logger = logging.getLogger(__name__)


@dataclass
class ImportReport:
    dry_run: bool = False
    pages_new: int = 0
    pages_unchanged: int = 0
    pages_replaced: int = 0
    pages_skipped: int = 0
    pages_failed: int = 0
    pages_parsed: int = 0
    pages_duplicate: int = 0
    pages_refiled: int = 0
    articles: int = 0
    people_created: int = 0
    tags_created: int = 0
    tag_links: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    refiled: list[tuple[int, str]] = field(default_factory=list)  # (page id, what changed)
    seconds: float = 0.0
    log_id: int | None = None
    stopped: str | None = None  # why the run stopped before its last file
    errors_logged: int = 0  # failures whose traceback went to the log (a parser bug, the index flush)

    @property
    def pages(self) -> int:
        """Pages looked at, whatever became of them."""
        return (
            self.pages_new
            + self.pages_unchanged
            + self.pages_replaced
            + self.pages_skipped
            + self.pages_failed
            + self.pages_parsed
            + self.pages_duplicate
            + self.pages_refiled
        )

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def counts(self) -> dict:
        return {
            "pages_new": self.pages_new,
            "pages_unchanged": self.pages_unchanged,
            "pages_replaced": self.pages_replaced,
            "pages_skipped": self.pages_skipped,
            "pages_failed": self.pages_failed,
            "pages_duplicate": self.pages_duplicate,
            "pages_refiled": self.pages_refiled,
            "articles": self.articles,
            "people_created": self.people_created,
            "tags_created": self.tags_created,
            "tag_links": self.tag_links,
            "seconds": round(self.seconds, 3),
        } | ({"errors_logged": self.errors_logged} if self.errors_logged else {})

    def add(self, outcome: PageOutcome) -> None:
        setattr(self, f"pages_{outcome.status}", getattr(self, f"pages_{outcome.status}") + 1)
        self.articles += outcome.articles
        if outcome.status == REFILED:
            self.refiled.append((outcome.page_id, outcome.message))
        if outcome.status == FAILED:
            self.failures.append((outcome.name, outcome.message))
        elif outcome.message:
            self.warnings.append((outcome.name, outcome.message))


def import_pages(
    sources: Iterable[str | os.PathLike | tuple[str, bytes]],
    *,
    publication: str | None = None,
    date: datetime.date | None = None,
    page_number: int | None = None,
    page_name: str | None = None,
    dry_run: bool = False,
    force: bool = False,
    copy: bool = False,
    workers: int | None = None,
    progress: Callable[[PageOutcome], None] | None = None,
    on_page: Callable[[PreparedPage], None] | None = None,
    user=None,
    source: str = ImportLog.Source.COMMAND,
    max_bytes: int | None = None,
) -> ImportReport:
    """Import page files (paths: files or folders of ``*.txt``) or uploads (``(name, bytes)`` pairs).

    ``publication``, ``date``, ``page_number`` and ``page_name`` override a folder's manifest,
    which overrides what the page itself states (a date taken from the page is marked
    inferred).  ``page_number`` and ``page_name`` apply to a single page only.  A page whose
    text the archive holds already (under any file name, in any paper or none) is reported
    ``duplicate`` and not imported again, unless ``copy`` asks for a copy in another paper; when
    the operator gives its place, the page held is re-filed there (``refiled``).  ``dry_run``
    parses and hands every page to ``on_page`` without writing anything, not even an ImportLog.
    ``progress`` is called after each page; ``workers`` defaults to the number of cores.
    """
    sources = list(sources)
    if (page_number is not None or page_name) and not _single_page(sources):
        raise ValueError("a page number or page name can only be given for a single page file")
    started = time.monotonic()
    report = ImportReport(dry_run=dry_run)
    try:
        terms, stopwords = dictionary_words()
        sections = section_rules()
        archive = archive_frequencies()
        newest_tag = Tag.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    except (DatabaseError, DatabaseServerError):
        if not dry_run:
            raise
        # A dry run writes nothing: it can parse and tag before the database is set up.
        logger.info("a dry run without the database: default dictionary and sections", exc_info=True)
        terms, stopwords, sections = default_words_and_sections()
        archive, newest_tag = None, 0
    context = PreparationContext(
        archive=archive,
        terms=terms,
        stopwords=stopwords,
        sections=sections,
        max_bytes=max_bytes if max_bytes is not None else settings.ARCHIVE_MAX_PAGE_BYTES,
        given=PageInfo(
            publication=(publication or "").strip() or None,
            date=date,
            page_number=page_number,
            page_name=(page_name or "").strip() or None,
        ),
    )
    log = None
    if not dry_run:
        import_log.close_abandoned()
        log = ImportLog.objects.create(
            source=source,
            user=user if getattr(user, "pk", None) else None,
            username=_username(user),
            files=[_describe(item) for item in sources],
        )
        report.log_id = log.pk
        import_log.hold(log)
    writing = None
    if not dry_run:
        writing = WritingSetup(
            database=dict(connection.settings_dict), force=force, copy=copy, keep_prepared=on_page is not None
        )
    refresh = ImportRefresh()
    try:
        for result in process_pages(iter_page_sources(sources), context, writing, workers=workers):
            prepared = result.prepared
            if on_page is not None and prepared is not None and prepared.error is None:
                on_page(prepared)
            if result.outcome is not None:
                outcome = result.outcome
            elif prepared.error is not None:
                outcome = PageOutcome(prepared.name, FAILED, message=prepared.error)
            else:
                outcome = PageOutcome(prepared.name, PARSED, articles=len(prepared.articles))
            report.add(outcome)
            if prepared is not None and prepared.logged:
                report.errors_logged += 1
            report.stopped = report.stopped or result.stopped
            if outcome.status in (NEW, REPLACED):
                refresh.page_written(replaced=outcome.status == REPLACED)
            report.people_created += result.people_created
            report.tags_created += result.tags_created
            report.tag_links += result.tag_links
            if progress is not None:
                progress(outcome)
    except BaseException:
        refresh.finished()
        if log is not None:
            _finish_log(log, report, started, interrupted=True)
            import_log.release(log)
        raise
    if (report.pages_new or report.pages_replaced) and not report.stopped:
        if not flush_search_indexes():
            report.errors_logged += 1
        if not dry_run:
            folded, dropped = fold_twin_tags(newest_tag)
            report.tags_created = max(0, report.tags_created - folded)
            report.tag_links -= dropped
    refresh.finished()
    report.seconds = time.monotonic() - started
    if log is not None:
        _finish_log(log, report, started)
        import_log.release(log)
    return report


def count_pages(sources: Iterable[str | os.PathLike]) -> int:
    """How many page files ``sources`` hold, for a progress bar."""
    return sum(1 for _ in iter_page_sources(sources))


def flush_search_indexes() -> bool:
    """Merge the search index's pending entries, so searches after an import stay fast; False
    (and the reason in the log) when the database refused.

    The GIN index collects new entries in a pending list (cheap to append to, slow to search
    through); autovacuum would merge it eventually, an import does it at once.
    """
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", ["article_bigrams_gin"])
    except DatabaseError:
        # Not the index's owner on a shared server, say: autovacuum will merge it, searches are
        # slower until then.
        logger.warning("the search index's pending entries could not be merged", exc_info=True)
        return False
    return True


def _single_page(sources: list) -> bool:
    return len(sources) == 1 and (isinstance(sources[0], tuple) or os.path.isfile(sources[0]))


def _describe(item) -> str:
    return printable_name(str(item[0]) if isinstance(item, tuple) else os.fspath(item))


def _username(user) -> str:
    if user is not None and getattr(user, "pk", None):
        return user.get_username()
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return ""


def _finish_log(log: ImportLog, report: ImportReport, started: float, interrupted: bool = False) -> None:
    report.seconds = time.monotonic() - started
    done = report.pages - report.pages_failed - report.pages_parsed
    if interrupted or report.stopped:
        log.status = ImportLog.Status.ABORTED
    elif report.pages_failed and not done:
        log.status = ImportLog.Status.FAILED
    elif report.pages_failed:
        log.status = ImportLog.Status.PARTIAL
    else:
        log.status = ImportLog.Status.SUCCEEDED
    log.finished_at = timezone.now()
    log.counts = report.counts
    log.errors = [{"file": name, "error": reason} for name, reason in report.failures[:MAX_LOGGED_ERRORS]]
    try:
        log.save(update_fields=["status", "finished_at", "counts", "errors"])
    except Exception:
        # A run stopped by a lost database cannot close its log: the next run's sweep does.
        if not (interrupted or report.stopped):
            raise
        logger.info("the log of import %s could not be closed", log.pk, exc_info=True)
