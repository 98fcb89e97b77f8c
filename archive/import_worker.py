"""What an import process does with one page: prepare it and, unless it is a dry run, store it.

With several workers every worker process writes the pages it prepared, in its own database
connection and one transaction per page, so both cores parse, segment and write; the
importing process only hands out files and adds up what comes back.  The writers already
take turns on a page through advisory locks, as two concurrent imports do.

Worker processes are fresh interpreters (``spawn``).  This module imports Django only in a
worker that writes, after pointing it at the importing process's database.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

from archive.page_preparation import PreparationContext, PreparedPage, prepare_page, warm_up


class DatabaseLost(Exception):
    """The database stopped answering mid-run: no later page can be written either."""


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
    outcome: object | None = None  # archive.importer.PageOutcome
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
        from archive.importer import PageWriter

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
    source, context: PreparationContext, writer=None, *, keep_prepared: bool = True
) -> PageResult:
    """Prepare ``source`` and, with a ``writer`` (an ``archive.importer.PageWriter``), write it."""
    prepared = prepare_page(source, context, known=writer.holds_unchanged if writer is not None else None)
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
