"""The article page, at its permanent address or by id, and its JSON twin."""

from __future__ import annotations

import datetime

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import DetailView

from archive.models import Article, ArticleRedirect, ArticleTag, Credit
from archive.related import related_articles
from archive.views.open_data import json_response, named


def article_queryset():
    return (
        Article.objects.published()
        .select_related("publication", "section", "page__issue__publication")
        .prefetch_related(
            Prefetch("credits", queryset=Credit.objects.select_related("person").order_by("order", "id")),
            Prefetch("article_tags", queryset=ArticleTag.objects.select_related("tag").order_by("-weight")),
        )
    )


def credits_by_role(article) -> list[tuple[str, list]]:
    """[(role label, [people…]), …] in the order of ``Credit.Role`` (记者, 通讯员, 摄影, 作者, 整理…);
    each person carries the credit's ``office`` and ``unit``."""
    groups = []
    for role in Credit.Role:
        people = []
        for credit in article.credits.all():
            if credit.role == role:
                # As printed: 金华市委书记 朱重烈, with the unit of a column's piece.
                credit.person.office = credit.office
                credit.person.unit = credit.unit
                people.append(credit.person)
        if people:
            groups.append((role.label, people))
    return groups


def continuation(article, direction: str) -> Article | None:
    """The other part of an article printed across pages, when the archive holds it.

    ``direction`` "to": the part this one continues on (下转第二版) — on the named page of the
    same paper, in the same or the next issue, an article whose 上接 names this article's page.
    "from": the reverse.
    """
    target = article.continues_to_page if direction == "to" else article.continued_from_page
    page = article.page
    if target is None or page.issue_id is None or page.number is None:
        return None
    day = page.issue.date
    if direction == "to":
        dates, back_field = [day, day + datetime.timedelta(days=1)], "continued_from_page"
    else:
        dates, back_field = [day, day - datetime.timedelta(days=1)], "continues_to_page"
    return (
        Article.objects.published()
        .filter(
            page__issue__publication_id=page.issue.publication_id,
            page__issue__date__in=dates,
            page__number=target,
            **{back_field: page.number},
        )
        .exclude(pk=article.pk)
        .select_related("page__issue__publication")
        .order_by("page__issue__date" if direction == "to" else "-page__issue__date", "order")
        .first()
    )


def neighbours(article) -> tuple[Article | None, Article | None]:
    """The previous and next published articles on the same page."""
    siblings = list(
        Article.objects.published()
        .filter(page_id=article.page_id)
        .exclude(pk=article.pk)
        .only("id", "order", "kicker", "title", "subtitle", "kind", "page_id")
        .order_by("order")
    )
    previous = [a for a in siblings if a.order < article.order]
    following = [a for a in siblings if a.order > article.order]
    for sibling in siblings:
        sibling.page = article.page  # same page: its address needs no more queries
    return (previous[-1] if previous else None, following[0] if following else None)


def article_data(article, request) -> dict:
    """The JSON twin of an article page."""
    page = article.page
    issue = page.issue
    return {
        "id": article.pk,
        "url": request.build_absolute_uri(article.get_absolute_url()),
        "kind": article.kind,
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "dateline": article.dateline,
        "column": article.column_label,
        "publication": named(article.publication),
        "date": article.published_on.isoformat() if article.published_on else None,
        "date_inferred": article.date_inferred,
        "issue": issue.date.isoformat() if issue else None,
        "page": {"number": page.number, "name": page.name},
        "order": article.order,
        "section": named(article.section),
        "credits": [
            {
                "role": credit.get_role_display(),
                "name": credit.person.name,
                "slug": credit.person.slug,
                "office": credit.office,
                "unit": credit.unit,
            }
            for credit in article.credits.all()
        ],
        "tags": [named(item.tag) for item in article.article_tags.all()],
        "paragraphs": article.paragraphs,
        "continues_to": article.continues_to,
        "continued_from": article.continued_from,
    }


class ArticleView(DetailView):
    """An article at its permanent address: paper, issue date, page number, order on the page."""

    template_name = "archive/article_detail.html"
    context_object_name = "article"
    as_json = False

    def get_object(self, queryset=None):
        kwargs = self.kwargs
        return get_object_or_404(
            article_queryset(),
            page__issue__publication__slug=kwargs["publication"],
            page__issue__date=kwargs["date"],
            page__number=kwargs["page"],
            order=kwargs["order"],
        )

    def get(self, request, *args, **kwargs):
        try:
            self.object = self.get_object()
        except Http404:
            return self.redirect_if_merged()
        return self.respond()

    def redirect_if_merged(self):
        """301 to the article this address's article was merged into; else the 404 stands."""
        path = self.request.path
        if self.as_json:
            path = path.removesuffix(".json") + "/"
        found = ArticleRedirect.objects.filter(old_path=path).select_related("article").first()
        if found is None or found.article.status != Article.Status.PUBLISHED:
            raise Http404("没有这篇文章。")
        target = found.article
        return redirect(self.json_url(target) if self.as_json else target.get_absolute_url(), permanent=True)

    def respond(self):
        if self.as_json:
            return json_response(article_data(self.object, self.request))
        return self.render_to_response(self.get_context_data(object=self.object))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        previous, following = neighbours(article)
        context.update(
            credit_groups=credits_by_role(article),
            tags=[item.tag for item in article.article_tags.all()],
            continues_on=continuation(article, "to") if article.continues_to else None,
            continued_from=continuation(article, "from") if article.continued_from else None,
            related=related_articles(article),
            previous_on_page=previous,
            next_on_page=following,
            json_url=self.json_url(article),
        )
        return context

    @staticmethod
    def json_url(article) -> str:
        kwargs = article.permalink_kwargs()
        if kwargs is None:
            return reverse("archive:article_by_id_json", args=[article.pk])
        return reverse("archive:article_json", kwargs=kwargs)


class ArticleByIdView(ArticleView):
    """``/articles/<id>/``: articles whose page has no issue or number; others redirect (301)."""

    def get_object(self, queryset=None):
        return get_object_or_404(article_queryset(), pk=self.kwargs["pk"])

    def respond(self):
        kwargs = self.object.permalink_kwargs()
        if kwargs is not None:
            name = "archive:article_json" if self.as_json else "archive:article"
            return redirect(reverse(name, kwargs=kwargs), permanent=True)
        return super().respond()
