"""The home page: each paper's latest issue, the sections, recent tags, and this day in history."""

from __future__ import annotations

from django.db.models import Count
from django.utils import timezone
from django.views.generic import TemplateView

from archive.models import Article, ArticleTag, Issue, Publication, Section
from archive.pagination import keyset_page

#: The tags shown are the most used among this many of the newest articles.
TAG_SAMPLE = 2000
FRONT_PAGE_HEADLINES = 5
LATEST_ARTICLES = 8
PAPERS_LISTED = 200


def today():
    return timezone.localdate()


def front_pages(issues: list[Issue], per_issue: int = FRONT_PAGE_HEADLINES) -> dict[int, list[Article]]:
    """The first articles of page 1 of each issue, in one query."""
    found: dict[int, list[Article]] = {issue.pk: [] for issue in issues}
    if not issues:
        return found
    issue_by_id = {issue.pk: issue for issue in issues}
    articles = (
        Article.objects.published()
        .filter(page__issue__in=issues, page__number=1, order__lte=per_issue * 3)
        .select_related("page")
        .only(
            "id",
            "order",
            "kind",
            "kicker",
            "title",
            "subtitle",
            "body",  # an untitled item is shown by its first words
            "page__id",
            "page__number",
            "page__issue_id",
        )
        .order_by("page__issue_id", "order")
    )
    for article in articles:
        bucket = found[article.page.issue_id]
        if len(bucket) < per_issue:
            article.page.issue = issue_by_id[article.page.issue_id]
            bucket.append(article)
    return found


class HomeView(TemplateView):
    template_name = "archive/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        latest = list(
            Issue.objects.select_related("publication")
            .order_by("publication_id", "-date")
            .distinct("publication_id")
        )
        latest.sort(key=lambda issue: (-issue.date.toordinal(), issue.publication.name))
        day = today()
        history = list(
            Issue.objects.filter(date__month=day.month, date__day=day.day, date__year__lt=day.year)
            .select_related("publication")
            .order_by("-date", "publication__name")[:6]
        )
        headlines = front_pages(latest + history)
        recent = Article.objects.published().newest_first().values("id")[:TAG_SAMPLE]
        tags = (
            ArticleTag.objects.filter(article_id__in=recent)
            .order_by()
            .values("tag__slug", "tag__name")
            .annotate(n=Count("id"))
            .order_by("-n", "tag__name")[:30]
        )
        context.update(
            latest_articles=keyset_page(
                Article.objects.published().for_listing(), None, LATEST_ARTICLES
            ).items,
            latest_issues=[(issue, headlines[issue.pk]) for issue in latest],
            on_this_day=[(issue, headlines[issue.pk]) for issue in history],
            today=day,
            sections=Section.objects.all(),
            publications=list(Publication.objects.order_by("name")[:PAPERS_LISTED]),
            tags=list(tags),
        )
        return context
