"""A paginator for the editors' lists that neither counts nor skips a million rows on a page load."""

from contextlib import nullcontext

from django.core.paginator import Page, Paginator
from django.db import connections
from django.db.models import Lookup, QuerySet, Transform
from django.db.models.expressions import Col
from django.db.models.sql.where import AND, WhereNode
from django.utils.functional import cached_property

from archive.pagination import capped_count, estimated_count, estimated_row_count
from archive.search import DATE_WALK, planner


class EstimatedCountPaginator(Paginator):
    """Counts exactly up to ``count_cap``; beyond it, or for an unfiltered list of a large table,
    the planner's estimate stands in for ``SELECT COUNT(*)``, which reads every matching row.

    Deep pages read the keys of the rows to skip, not the rows: ``OFFSET`` over the narrow
    ordering index (an index-only scan) instead of over whole articles, then one page by key.
    """

    #: Below this many rows an exact count is cheap, and exact.
    estimate_above = 50_000
    #: Filtered lists are counted exactly up to this many rows.
    count_cap = 10_000
    #: Pages starting further than this into the list read keys first.
    keys_first_after = 500
    #: Set for a list whose rows are dense along the date index (a common search term), each of
    #: which is tested on its search document: counted up to a smaller cap, and said to be more.
    along_dates = False
    dense_count_cap = 200
    #: Set for a common search term over the whole table: a callable giving the index's count of
    #: its matches (``search.indexed_estimate``), or None where that count would mislead.
    search_estimate = None
    #: Beyond ``count_cap`` a filtered list shows the planner's estimate only where it holds to a few
    #: per cent (see ``trusted_estimate``): at least this share of the table …
    estimate_share = 0.03
    #: … and statistics taken since no more than this share of the estimate's rows changed.
    stale_share = 0.025
    #: After counting: the count is the planner's or the index's estimate (shown as 约 …) …
    approximate = False
    #: … or the list holds more than this many rows, and no more is known (超过 …).
    more_than = None

    @cached_property
    def count(self):
        queryset = self.object_list
        if not isinstance(queryset, QuerySet):
            return super().count
        if not queryset.query.where:
            if estimated_row_count(queryset.model, queryset.db) > self.estimate_above:
                self.approximate = True
                # The planner's figure, scaled to the table's present size: ANALYZE's lags an import.
                return estimated_count(queryset)
            return super().count
        if self.along_dates and self.search_estimate is not None:
            estimate = self.search_estimate()
            if estimate is not None:
                self.approximate = True
                return estimate
        # The planner prices a match on the search document as nearly free and would read the
        # table row by row until the cap; through an index, even a common word counts in time.
        # A word dense among the newest articles is counted along the date index, where its
        # matches come first: not through a bitmap of all its hundreds of thousands.
        cap = self.dense_count_cap if self.along_dates else self.count_cap
        with planner(**(DATE_WALK if self.along_dates else {"enable_seqscan": "off"})):
            counted = capped_count(queryset, cap)
        if counted <= cap:
            return counted
        if self.along_dates:
            # The planner's guess at a share of the search documents is no count to show.
            self.more_than = cap
            return counted
        estimate = trusted_estimate(queryset, self.estimate_share, self.stale_share)
        if estimate is None:
            self.more_than = cap
            return counted
        self.approximate = True
        return max(counted, estimate)

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        queryset = self.object_list
        if (bottom <= self.keys_first_after and not self.along_dates) or not isinstance(queryset, QuerySet):
            return super().page(number)
        # A common term's page is read along the date index, its keys alone (see pages.walked_page).
        with planner(**DATE_WALK) if self.along_dates else nullcontext():
            keys = list(queryset.values_list("pk", flat=True)[bottom : bottom + self.per_page])
        found = {row.pk: row for row in queryset.filter(pk__in=keys)}
        return Page([found[pk] for pk in keys if pk in found], number, self)


def trusted_estimate(queryset, share: float, stale: float) -> int | None:
    """The planner's estimate of the rows of ``queryset``, where it stands for their count to
    within a few per cent; else None (the list then says "more than" what it counted).

    The planner reads a filter on one column (a section, a paper, a status, a range of dates)
    from that column's statistics: the shares ANALYZE measured in its sample of 30,000 rows, a
    few per cent off for a share of 3 % and less for larger ones (at 1 % it may be 10 % off).
    Several columns it multiplies as if unrelated, which a paper's sections are not; and rows
    written since the statistics were taken (an import's, perhaps all of one new paper) it does
    not see at all.
    """
    if not one_column(queryset.query.where):
        return None
    estimate = estimated_count(queryset)
    total = estimated_row_count(queryset.model, queryset.db)
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(
            "SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relid = %s::regclass",
            [queryset.model._meta.db_table],
        )
        row = cursor.fetchone()
    changed = row[0] if row else total
    if estimate < share * total or changed > stale * estimate:
        return None
    return estimate


def one_column(node) -> bool:
    """Whether a WHERE tree is conditions joined by AND (or one negated) on one and the same column."""
    columns = set()

    def visit(part) -> bool:
        if isinstance(part, WhereNode):
            if part.connector != AND or (part.negated and len(part.children) != 1):
                return False
            return all(visit(child) for child in part.children)
        if not isinstance(part, Lookup):
            return False
        column = part.lhs.lhs if isinstance(part.lhs, Transform) else part.lhs
        if not isinstance(column, Col) or hasattr(part.rhs, "resolve_expression"):
            return False
        columns.add((column.alias, column.target.column))
        return True

    return visit(node) and len(columns) == 1
