"""Browsing by date: a paper's years, its calendar for a year, one day across papers, one issue."""

from __future__ import annotations

import calendar
import datetime

from django.db.models import Count, Exists, Max, Min, OuterRef
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.generic import TemplateView

from archive.models import Article, Issue, Page, Publication


def unconfirmed():
    """Annotates an issue with whether a page of it carries a date nobody has confirmed yet."""
    return Exists(Page.objects.filter(issue=OuterRef("pk"), date_inferred=True))


WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"]


class PublicationView(TemplateView):
    """``/<paper>/``: what the archive holds of a paper (dates, issues, pages, articles), its
    years and its latest issues."""

    template_name = "archive/publication.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        publication = get_object_or_404(Publication, slug=kwargs["publication"])
        issues = Issue.objects.filter(publication=publication)
        years = (
            issues.annotate(year=ExtractYear("date")).values("year").annotate(n=Count("id")).order_by("-year")
        )
        span = issues.aggregate(first=Min("date"), last=Max("date"), count=Count("id"))
        pages = Page.objects.filter(publication=publication)
        context.update(
            publication=publication,
            years=list(years[:200]),
            latest=list(issues.annotate(unconfirmed=unconfirmed()).order_by("-date")[:10]),
            holdings={
                **span,
                "pages": pages.count(),
                "undated_pages": pages.filter(issue__isnull=True).count(),
                "unconfirmed_pages": pages.filter(date_inferred=True).count(),
                "articles": Article.objects.published().filter(publication=publication).count(),
            },
        )
        for issue in context["latest"]:
            issue.publication = publication
        return context


def month_grid(
    year: int, month: int, issue_dates: set[datetime.date], unconfirmed_dates: frozenset = frozenset()
) -> list[list[dict | None]]:
    """Weeks of a month (Monday first); each day a dict, days outside the month None."""
    weeks = []
    for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month):
        weeks.append(
            [
                {"date": day, "has_issue": day in issue_dates, "unconfirmed": day in unconfirmed_dates}
                if day.month == month
                else None
                for day in week
            ]
        )
    return weeks


class PublicationYearView(TemplateView):
    """``/<paper>/<YYYY>/``: a calendar of the year, each issue day a link."""

    template_name = "archive/publication_year.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        publication = get_object_or_404(Publication, slug=kwargs["publication"])
        year = kwargs["year"]
        if not 1 <= year <= 9999:
            raise Http404("没有这一年。")
        found = (
            Issue.objects.filter(publication=publication, date__year=year)
            .annotate(unconfirmed=unconfirmed())
            .values_list("date", "unconfirmed")
        )
        dates = {day for day, _ in found}
        unconfirmed_dates = frozenset(day for day, doubtful in found if doubtful)
        if not dates:
            raise Http404("档案中没有这一年的报纸。")
        years = list(
            Issue.objects.filter(publication=publication)
            .annotate(year=ExtractYear("date"))
            .values_list("year", flat=True)
            .distinct()
            .order_by("year")
        )
        months = [
            {"month": month, "weeks": month_grid(year, month, dates, unconfirmed_dates)}
            for month in range(1, 13)
            if any(d.month == month for d in dates)
        ]
        context.update(
            publication=publication,
            year=year,
            months=months,
            weekdays=WEEKDAYS,
            issue_count=len(dates),
            unconfirmed_count=len(unconfirmed_dates),
            previous_year=max((y for y in years if y < year), default=None),
            next_year=min((y for y in years if y > year), default=None),
        )
        return context


def date_view(request, date):
    """``/date/<YYYY-MM-DD>/``: every paper's issue of that day, with links to the days around it."""
    issues = list(
        Issue.objects.filter(date=date)
        .select_related("publication")
        .annotate(page_count=Count("pages"), unconfirmed=unconfirmed())
        .order_by("publication__name")
    )
    previous_day = (
        Issue.objects.filter(date__lt=date).order_by("-date").values_list("date", flat=True).first()
    )
    next_day = Issue.objects.filter(date__gt=date).order_by("date").values_list("date", flat=True).first()
    context = {"date": date, "issues": issues, "previous_day": previous_day, "next_day": next_day}
    return render(request, "archive/date.html", context, status=200 if issues else 404)


class IssueView(TemplateView):
    """``/<paper>/<YYYY-MM-DD>/``: the pages of one issue and their articles, in page order."""

    template_name = "archive/issue.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        issue = get_object_or_404(
            Issue.objects.select_related("publication"),
            publication__slug=kwargs["publication"],
            date=kwargs["date"],
        )
        pages = list(issue.pages.defer("raw_text").order_by("number", "id"))
        articles = (
            Article.objects.published()
            .filter(page__issue=issue)
            .select_related("section")
            .only(
                "id",
                "page_id",
                "order",
                "kind",
                "kicker",
                "title",
                "subtitle",
                "body",  # an untitled item is shown by its first words
                "section__name",
                "section__slug",
            )
            .order_by("order")
        )
        by_page = {page.pk: [] for page in pages}
        pages_by_id = {page.pk: page for page in pages}
        for page in pages:
            page.issue = issue
        for article in articles:
            article.page = pages_by_id[article.page_id]
            by_page[article.page_id].append(article)
        siblings = Issue.objects.filter(publication=issue.publication)
        context.update(
            issue=issue,
            publication=issue.publication,
            pages=[(page, by_page[page.pk]) for page in pages],
            previous_issue=siblings.filter(date__lt=issue.date).order_by("-date").first(),
            next_issue=siblings.filter(date__gt=issue.date).order_by("date").first(),
        )
        for other in (context["previous_issue"], context["next_issue"]):
            if other is not None:
                other.publication = issue.publication
        return context
