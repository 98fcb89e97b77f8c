"""The periods (years, months, days) a list of articles holds, read along the date index: what the
admin's date hierarchy shows over a large, filtered list."""

import datetime

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import DateField
from django.db.models.expressions import RawSQL
from django.db.models.functions import Trunc

from archive.lookups import AnyOf

#: At most this many periods are looked for (a list spans centuries at most, in years).
MOST_PERIODS = 400

STEPS = {"year": "1 year", "month": "1 month", "day": "1 day"}


def bounded_by_key(queryset) -> bool:
    """Whether ``queryset`` is a bounded set of articles named by key (a search's matches)."""
    return any(isinstance(condition, AnyOf) for condition in queryset.query.where.children)


def first_and_last(queryset, field: str) -> tuple:
    """The least and greatest ``field`` of a bounded set of articles (``bounded_by_key``), read from
    its rows by key.  The planner would read min() and max() along the date index from each
    end, in search of the set: all of the index when the set lies at the other end (a search of
    a term only the latest import holds, from the oldest)."""
    found = [value for value in queryset.order_by().values_list(field, flat=True) if value is not None]
    return (min(found), max(found)) if found else (None, None)


def dates_by_skipping(queryset, kind: str, order: str = "ASC") -> list[datetime.date]:
    """The periods ``queryset`` has articles in, one index probe each, in one statement.

    ``SELECT DISTINCT date_trunc(…)`` reads every row of the list; this asks for the first
    article on or after the start of each next period instead, along the date index — in a
    recursive query, not one statement per period (a month's days were 31 round trips).
    """
    dated = queryset.order_by().filter(published_on__isnull=False)
    if bounded_by_key(queryset):
        # A bounded set of matches (a search): its rows by key, rather than a walk along the
        # date index in search of them for every period.
        periods = dated.annotate(period=Trunc("published_on", kind, output_field=DateField()))
        found = list(periods.values_list("period", flat=True).distinct().order_by("period"))
        return found if order == "ASC" else found[::-1]
    first = dated.order_by("published_on").values("published_on")[:1]
    after = (
        dated.filter(published_on__gte=RawSQL("(periods.start + %s::interval)::date", [STEPS[kind]]))
        .order_by("published_on")
        .values("published_on")[:1]
    )
    try:
        first_sql, first_params = first.query.sql_with_params()
        after_sql, after_params = after.query.sql_with_params()
    except EmptyResultSet:  # a search that found nothing
        return []
    sql = f"""
        WITH RECURSIVE periods(start) AS (
            SELECT date_trunc(%s, ({first_sql}))::date
            UNION ALL
            SELECT date_trunc(%s, ({after_sql}))::date FROM periods WHERE periods.start IS NOT NULL
        )
        SELECT start FROM periods WHERE start IS NOT NULL LIMIT %s
    """
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, [kind, *first_params, kind, *after_params, MOST_PERIODS])
        found = [row[0] for row in cursor.fetchall()]
    return found if order == "ASC" else found[::-1]
