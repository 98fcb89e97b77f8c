"""Pages of article lists whose cost does not grow with the archive: no OFFSET, no COUNT(*) of it all.

Two kinds of page, both addressed by the ``page`` GET parameter:

* **keyset pages** for lists read along the date index, newest first: ``page`` is a cursor on
  (published_on, id) — ``n.2023-07-26.123`` for the page after that article, ``p.…`` for the page
  before it — so page 500 costs what page 1 costs.  Undated articles (a page whose masthead gave
  no date) follow the dated ones, newest id first, with cursors such as ``n.u.123``;
* **numbered pages** (``page=3``) over a bounded list already in memory: search results when all
  matches fit under the cap, and the ranked candidates of a relevance search.

Counts are exact up to a cap (``COUNT_CAP`` for lists, the search's own cap for searches); beyond
it, the count reads "超过 5,000 篇".
"""

from __future__ import annotations

import datetime
import json
import math
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, connections

COUNT_CAP = 5000

_TOKEN = re.compile(r"^(?P<direction>[np])\.(?P<date>\d{4}-\d{2}-\d{2}|u)\.(?P<pk>\d{1,18})$")


class InvalidPage(ValueError):
    """The ``page`` parameter names no page of this list."""


def page_size() -> int:
    return int(getattr(settings, "ARCHIVE_PAGE_SIZE", 20))


@dataclass(frozen=True)
class Cursor:
    """A position in a newest-first list: the key of an article, and which way to read from it."""

    published_on: datetime.date | None
    pk: int
    newer: bool = False

    @classmethod
    def parse(cls, token: str) -> Cursor:
        match = _TOKEN.match(token)
        if match is None:
            raise InvalidPage(token)
        published_on = None
        if match["date"] != "u":
            try:
                published_on = datetime.date.fromisoformat(match["date"])
            except ValueError as error:
                raise InvalidPage(token) from error
        return cls(published_on, int(match["pk"]), newer=match["direction"] == "p")

    @staticmethod
    def _key(article, key: str) -> str:
        day = article.published_on.isoformat() if article.published_on else "u"
        return f"{day}.{getattr(article, key)}"

    @classmethod
    def after(cls, article, key: str = "pk") -> str:
        return f"n.{cls._key(article, key)}"

    @classmethod
    def before(cls, article, key: str = "pk") -> str:
        return f"p.{cls._key(article, key)}"


@dataclass
class Window:
    """One page of a list: its items, and the ``page`` values of its neighbours."""

    items: list
    next_page: str | None = None
    previous_page: str | None = None
    number: int | None = None
    numbers: list[int] = field(default_factory=list)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_page or self.previous_page)


def parse_page(raw: str | None) -> Cursor | int | None:
    """None for the first page, a page number, or a cursor; InvalidPage for anything else."""
    if raw is None or raw == "" or raw == "1":
        return None
    if raw.isascii() and raw.isdigit() and len(raw) <= 6:
        return int(raw)
    return Cursor.parse(raw)


def keyset_page(
    queryset, position: Cursor | int | None, size: int | None = None, *, key: str = "id"
) -> Window:
    """A page of ``queryset`` (an ``ArticleQuerySet``) newest first, read from a cursor.

    Dated articles come first along the date index, then the undated ones by id: at most two
    index scans of ``size + 1`` rows each, wherever the cursor is.

    ``queryset`` may also be a tag's or a person's links to articles (a ``DatedLinkQuerySet``),
    ``key`` then naming their article (``article_id``): rows of the same article (a person
    credited in several roles) count once.
    """
    size = size or page_size()
    if isinstance(position, int):
        raise InvalidPage(position)

    def read(rows, wanted):
        found, seen, start = [], set(), 0
        while len(found) < wanted:
            chunk = list(rows[start : start + wanted])
            for row in chunk:
                if getattr(row, key) not in seen:
                    seen.add(getattr(row, key))
                    found.append(row)
            if len(chunk) < wanted:
                break
            start += wanted
        return found[:wanted]

    def after(row):
        return Cursor.after(row, key)

    def before(row):
        return Cursor.before(row, key)

    undated = queryset.filter(published_on__isnull=True)
    if position is not None and position.newer:
        rows = []
        if position.published_on is None:
            rows = read(undated.filter(**{f"{key}__gt": position.pk}).order_by(key), size + 1)
        if len(rows) <= size:
            dated = queryset.dated()
            if position.published_on is not None:
                dated = dated.newer_than(position.published_on, position.pk)
            rows += read(dated.order_by("published_on", key), size + 1 - len(rows))
        more = len(rows) > size
        rows = rows[:size][::-1]
        return Window(
            rows,
            next_page=after(rows[-1]) if rows else None,
            previous_page=before(rows[0]) if rows and more else None,
        )
    rows = []
    if position is None or position.published_on is not None:
        dated = queryset.dated()
        if position is not None:
            dated = dated.older_than(position.published_on, position.pk)
        rows = read(dated.newest_first(), size + 1)
    if len(rows) <= size:
        if position is not None and position.published_on is None:
            undated = undated.filter(**{f"{key}__lt": position.pk})
        rows += read(undated.order_by(f"-{key}"), size + 1 - len(rows))
    more = len(rows) > size
    rows = rows[:size]
    return Window(
        rows,
        next_page=after(rows[-1]) if more else None,
        previous_page=before(rows[0]) if rows and position is not None else None,
    )


def numbered_page(sequence: list, position: Cursor | int | None, size: int | None = None) -> Window:
    """A page of a list held in memory (bounded by the search caps)."""
    size = size or page_size()
    count = max(1, math.ceil(len(sequence) / size))
    number = position if isinstance(position, int) else 1
    if number < 1 or number > count:
        raise InvalidPage(number)
    start = (number - 1) * size
    return Window(
        sequence[start : start + size],
        next_page=str(number + 1) if number < count else None,
        previous_page=str(number - 1) if number > 1 else None,
        number=number,
        numbers=list(range(max(1, number - 4), min(count, number + 4) + 1)),
    )


def capped_count(queryset, cap: int = COUNT_CAP) -> int:
    """``min(count, cap + 1)``: ``SELECT count(*) FROM (… LIMIT cap + 1)``."""
    return queryset.order_by().values("id")[: cap + 1].count()


def estimated_count(queryset) -> int:
    """The planner's estimate of the number of rows of ``queryset`` (one EXPLAIN, nothing read)."""
    sql, params = queryset.order_by().values("id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def estimated_row_count(model, using: str = "default") -> int:
    """PostgreSQL's estimate of the rows in ``model``'s table (-1 when never analysed)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table]
        )
        row = cursor.fetchone()
    return int(row[0]) if row else -1


def count_label(count: int, cap: int = COUNT_CAP, approximate: bool = False) -> str:
    """共 12 篇 / 超过 5,000 篇 / 约 750,910 篇"""
    if approximate:
        return f"约 {count:,} 篇"
    if count > cap:
        return f"超过 {cap:,} 篇"
    return f"共 {count:,} 篇"
