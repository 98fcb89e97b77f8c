"""The import's processes: each page prepared and, unless it is a dry run, written.

A run of a handful of pages is done in the importing process.  With several workers every
worker process writes the pages it prepared, in its own database connection and one
transaction per page, so both cores parse, segment and write; the importing process only
hands out files and adds up what comes back.  The writers already
take turns on a page through advisory locks, as two concurrent imports do.

Worker processes are fresh interpreters (``spawn``).  This module imports Django only in a
worker that writes, after pointing it at the importing process's database.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from archive.importing.outcomes import FAILED, DatabaseLost, PageOutcome
from archive.importing.prepare import (
    PreparationContext,
    PreparedPage,
    read_page_file,
    segment_articles,
    warm_up,
)
from archive.importing.sources import PageSource

# Pages handed to the worker processes ahead of the writer, per worker: enough to keep them
# busy, few enough to keep memory flat however many files there are.
IN_FLIGHT_PER_WORKER = 4
# Runs of fewer pages than this are done in this process, without a pool.
SMALL_RUN_PAGES = 16


@dataclass(frozen=True)
class WritingSetup:
    """What a writing worker needs: the importing process's database settings, and the options."""

    database: dict
    force: bool = False
    copy: bool = False  # import a page whose text is held already, as a copy
    keep_prepared: bool = False  # send each prepared page back too (for callers that print it)


@dataclass
class PageResult:
    """A page's fate: the prepared page when nothing was written (or it is wanted back), the
    writer's outcome when it was written, and what the write created."""

    name: str
    prepared: PreparedPage | None = None
    outcome: PageOutcome | None = None
    people_created: int = 0
    tags_created: int = 0
    tag_links: int = 0
    stopped: str | None = None  # why the run stopped before this page could be finished


_context: PreparationContext | None = None
_writer = None


def init_worker(context: PreparationContext, writing: WritingSetup | None = None) -> None:
    """Process-pool initializer: keep the context, warm the segmenter, connect a writer."""
    global _context, _writer
    _context = context
    _exit_with_parent(os.getppid())
    warm_up(context)
    if writing is not None:
        import django
        from django.conf import settings

        django.setup()
        # The importing process may run on a database chosen at run time (a test database):
        # use its settings, not the ones this interpreter read from the environment.
        settings.DATABASES["default"] = dict(writing.database)
        from archive.importing.writer import PageWriter

        _writer = (PageWriter(force=writing.force, copy=writing.copy), writing.keep_prepared)


def _exit_with_parent(parent: int) -> None:
    """End this worker as soon as the importing process is gone (``kill -9`` included).

    A worker left behind would go on holding files and database connections; ending it
    mid-page rolls that page back, so the archive still holds only whole pages.
    """

    def watch():
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def process_in_worker(source) -> PageResult:
    writer, keep = _writer if _writer is not None else (None, True)
    return process_page(source, _context, writer, keep_prepared=keep)


def process_page(
    source: PageSource, context: PreparationContext, writer=None, *, keep_prepared: bool = True
) -> PageResult:
    """Prepare ``source`` and, with a ``writer`` (an ``archive.importing.writer.PageWriter``), write it.

    A page the archive holds as it is already comes back ``unchanged`` without the segmentation
    work: the writer only reports it (unchanged, a duplicate, or re-filed).
    """
    prepared, parsed = read_page_file(source, context)
    if parsed is not None:
        if writer is not None and writer.holds_unchanged(prepared):
            prepared.unchanged = True
        else:
            segment_articles(prepared, parsed, context)
    if writer is None or prepared.error is not None:
        return PageResult(prepared.name, prepared=prepared)
    before = (writer.people_created, writer.tags_created, writer.tag_links)
    outcome = writer.write(prepared)
    return PageResult(
        prepared.name,
        prepared=prepared if keep_prepared else None,
        outcome=outcome,
        people_created=writer.people_created - before[0],
        tags_created=writer.tags_created - before[1],
        tag_links=writer.tag_links - before[2],
    )


def process_pages(
    sources: Iterator[PageSource],
    context: PreparationContext,
    writing: WritingSetup | None,
    *,
    workers: int | None = None,
) -> Iterator[PageResult]:
    """Each page prepared and, with ``writing``, written; results in the order of ``sources``.

    With more than one worker the pages go to a process pool whose workers also write them
    (see :func:`init_worker`).  At most ``IN_FLIGHT_PER_WORKER × workers`` pages are
    in flight, so memory does not grow with the number of files.
    """
    workers = workers or os.cpu_count() or 1
    sources = iter(sources)
    # Starting worker processes costs more than a handful of pages: those are done here.
    head = list(itertools.islice(sources, SMALL_RUN_PAGES))
    if workers <= 1 or len(head) < SMALL_RUN_PAGES:
        writer = None
        if writing is not None:
            from archive.importing.writer import PageWriter

            writer = PageWriter(force=writing.force, copy=writing.copy)
        remaining = itertools.chain(head, sources)
        for page_source in remaining:
            try:
                yield process_page(page_source, context, writer)
            except DatabaseLost as exc:
                yield from _unfinished([page_source], remaining, f"the database stopped answering ({exc})")
                return
        return
    sources = itertools.chain(head, sources)
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
        initargs=(context, writing),
    )
    pending: deque = deque()
    limit = workers * IN_FLIGHT_PER_WORKER
    try:
        while True:
            if len(pending) < limit:
                page_source = next(sources, None)
                if page_source is not None:
                    pending.append((page_source, pool.submit(process_in_worker, page_source)))
                    continue
            if not pending:
                break
            page_source, future = pending.popleft()
            try:
                yield future.result()
            except (BrokenProcessPool, DatabaseLost) as exc:
                reason = (
                    f"the database stopped answering ({exc})"
                    if isinstance(exc, DatabaseLost)
                    else "a worker process died"
                )
                yield from _after_stop(page_source, pending, sources, reason)
                return
    finally:
        for _, future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _after_stop(first: PageSource, pending: deque, rest: Iterator[PageSource], reason: str):
    """Results of the pages in flight that were finished after all, then one line per other file."""
    unfinished = [first]
    while pending:
        page_source, future = pending.popleft()
        if future.done() and not future.cancelled() and future.exception() is None:
            yield future.result()
        else:
            unfinished.append(page_source)
    yield from _unfinished(unfinished, rest, reason)


def _unfinished(started: list[PageSource], rest: Iterator[PageSource], reason: str) -> Iterator[PageResult]:
    """One failed result per file the run could not finish: those under way, then the rest."""
    for number, page_source in enumerate(itertools.chain(started, rest)):
        why = reason if number == 0 else f"not finished: the run stopped ({reason})"
        yield PageResult(
            page_source.name, outcome=PageOutcome(page_source.name, FAILED, message=why), stopped=reason
        )
