"""``/<paper>/<YYYY-MM-DD>/<page>/``: one printed page (版), its items in printed order."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from archive.models import Article, Page


class PageView(TemplateView):
    template_name = "archive/page.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = get_object_or_404(
            Page.objects.select_related("issue__publication").defer("raw_text"),
            issue__publication__slug=kwargs["publication"],
            issue__date=kwargs["date"],
            number=kwargs["page"],
        )
        issue = page.issue
        articles = list(
            Article.objects.published()
            .filter(page=page)
            .select_related("section")
            .prefetch_related("credits__person")
            .defer("search_document", "search_bigrams")
            .order_by("order")
        )
        for article in articles:
            article.page = page
        numbered = issue.pages.exclude(number__isnull=True).defer("raw_text")
        previous_page = numbered.filter(number__lt=page.number).order_by("-number").first()
        next_page = numbered.filter(number__gt=page.number).order_by("number").first()
        for other in (previous_page, next_page):
            if other is not None:
                other.issue = issue
        context.update(
            page=page,
            issue=issue,
            publication=issue.publication,
            articles=articles,
            previous_page=previous_page,
            next_page=next_page,
        )
        return context
