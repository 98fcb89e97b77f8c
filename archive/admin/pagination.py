"""A paginator for the editors' lists that neither counts nor skips a million rows on a page load."""

from contextlib import nullcontext

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
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
            estimate = estimated_row_count(queryset.model, queryset.db)
            if estimate > self.estimate_above:
                self.approximate = True
                return estimate
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
        self.approximate = True
        return max(counted, estimated_count(queryset))

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
