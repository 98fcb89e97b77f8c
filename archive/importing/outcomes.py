"""What became of a page file: its status, for the report and the log.

Plain Python, no Django: worker processes that only parse (a dry run) load it too.
"""

from __future__ import annotations

from dataclasses import dataclass

NEW, UNCHANGED, REPLACED, SKIPPED, FAILED, PARSED, DUPLICATE, REFILED = (
    "new",
    "unchanged",
    "replaced",
    "skipped",
    "failed",
    "parsed",
    "duplicate",
    "refiled",
)


@dataclass
class PageOutcome:
    name: str
    status: str
    articles: int = 0
    message: str = ""
    page_id: int | None = None  # the page held, for a page re-filed or reported as a duplicate


class DatabaseLost(Exception):
    """The database stopped answering mid-run: no later page can be written either."""
