"""A paginator that does not count a million rows on every page load."""

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property


def estimated_row_count(model, using: str = "default") -> int:
    """PostgreSQL's estimate of the rows in ``model``'s table (-1 when never analysed)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table]
        )
        row = cursor.fetchone()
    return int(row[0]) if row else -1


class EstimatedCountPaginator(Paginator):
    """Counts exactly, except an unfiltered list of a large table, where the planner's estimate
    (``pg_class.reltuples``, kept fresh by autovacuum) stands in for ``SELECT COUNT(*)``."""

    #: Below this many rows an exact count is cheap, and exact.
    estimate_above = 50_000

    @cached_property
    def count(self):
        queryset = self.object_list
        if isinstance(queryset, QuerySet) and not queryset.query.where:
            estimate = estimated_row_count(queryset.model, queryset.db)
            if estimate > self.estimate_above:
                return estimate
        return super().count
