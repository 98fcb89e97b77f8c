"""The editors' date hierarchy on a large, filtered list: the years, months or days it holds."""

import datetime

#: At most this many periods are looked for (a list spans centuries at most, in years).
MOST_PERIODS = 400


def period_start(day: datetime.date, kind: str) -> datetime.date:
    if kind == "year":
        return day.replace(month=1, day=1)
    if kind == "month":
        return day.replace(day=1)
    return day


def next_period(start: datetime.date, kind: str) -> datetime.date | None:
    try:
        if kind == "year":
            return start.replace(year=start.year + 1)
        if kind == "month":
            return (start.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        return start + datetime.timedelta(days=1)
    except (OverflowError, ValueError):
        return None


def dates_by_skipping(queryset, kind: str, order: str = "ASC") -> list[datetime.date]:
    """The periods ``queryset`` has articles in, one index probe each.

    ``SELECT DISTINCT date_trunc(…)`` reads every row of the list; this asks for the first
    article on or after the start of each next period instead, along the date index.
    """
    dated = queryset.order_by().filter(published_on__isnull=False).values_list("published_on", flat=True)
    found, start = [], None
    for _ in range(MOST_PERIODS):
        rows = dated if start is None else dated.filter(published_on__gte=start)
        day = rows.order_by("published_on").first()
        if day is None:
            break
        period = period_start(day, kind)
        found.append(period)
        start = next_period(period, kind)
        if start is None:
            break
    return found if order == "ASC" else found[::-1]
