"""Where a page belongs: its paper, issue date, number and name — and its articles follow it.

An article's date is its issue's date: :func:`file_page` moves a page (and so its articles, their
date, paper and review reasons) to its place, keeps the articles' old addresses answering with a
301, and drops an issue left without pages.  :func:`confirm_date` is an editor's word that the
date the importer proposed is right.  The admin's 归档 form, its one-click confirmation in the
review queue and the importer (an upload of a page already held, with its place given) call
these; each runs in one transaction.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from urllib.parse import unquote

from django.db import IntegrityError, transaction

from .models import Article, ArticleRedirect, Issue, Page, Publication
from .review_reasons import review_reasons, review_score, warning_codes


class FilingError(Exception):
    """A place a page cannot be filed in; the message is for the editor."""


@dataclass(frozen=True)
class Place:
    """Where a page is printed: None (or "") means not known."""

    publication: str | None = None
    date: datetime.date | None = None
    number: int | None = None
    name: str = ""

    @classmethod
    def of(cls, page: Page) -> Place:
        return cls(
            publication=page.publication.name if page.publication_id else None,
            date=page.issue.date if page.issue_id else None,
            number=page.number,
            name=page.name,
        )


def place_conflict(page: Page, place: Place) -> str | None:
    """Why ``page`` cannot go to ``place`` (another page holds that number, or that text), or None."""
    name = (place.publication or "").strip()
    publication = Publication.objects.filter(name=name).first() if name else None
    if name and publication is None:
        return None  # a new paper holds nothing yet
    if publication is not None and place.date is not None and place.number is not None:
        taken = (
            Page.objects.filter(issue__publication=publication, issue__date=place.date, number=place.number)
            .exclude(pk=page.pk)
            .first()
        )
        if taken is not None:
            return f"{publication} {place.date:%Y-%m-%d} 已有第{place.number}版（{taken.source_name}）。"
    if (
        Page.objects.filter(publication=publication, content_hash=page.content_hash)
        .exclude(pk=page.pk)
        .exists()
    ):
        return f"{publication or '未知报纸'}已有文字相同的另一版面。"
    return None


def file_page(page: Page, place: Place, *, date_inferred: bool = False, date_evidence: str = "") -> list[str]:
    """File ``page`` at ``place``; return what changed, in words for the admin history.

    ``date_inferred`` marks a date nobody has confirmed yet (the importer's proposal).
    """
    name = (place.publication or "").strip()
    with transaction.atomic():
        page = (
            Page.objects.select_for_update(of=("self",))
            .select_related("publication", "issue")
            .get(pk=page.pk)
        )
        before = Place.of(page)
        old_addresses = _addresses(page)
        conflict = place_conflict(page, place)
        if conflict:
            raise FilingError(conflict)
        publication = Publication.objects.get_or_create(name=name)[0] if name else None
        issue = None
        if publication is not None and place.date is not None:
            issue = Issue.objects.get_or_create(publication=publication, date=place.date)[0]
        old_issue_id = page.issue_id
        page.publication, page.issue = publication, issue
        page.number, page.name = place.number, (place.name or "").strip()[:50]
        page.date_inferred = date_inferred and place.date is not None
        page.date_evidence = date_evidence if page.date_inferred else ""
        try:
            with transaction.atomic():
                page.save()
        except IntegrityError as error:
            raise FilingError(f"无法归档：{error}") from error
        _follow(page, unfiled=old_issue_id is not None and page.issue_id is None)
        _redirect(old_addresses, page)
        if old_issue_id and old_issue_id != page.issue_id:
            Issue.objects.filter(pk=old_issue_id, pages__isnull=True).delete()
    return _changes(before, Place.of(page))


def confirm_date(page: Page) -> bool:
    """An editor confirms the date the importer inferred for ``page``; False when there was none."""
    with transaction.atomic():
        page = Page.objects.select_for_update().get(pk=page.pk)
        if not page.date_inferred or page.issue_id is None:
            return False
        page.date_inferred = False
        page.save(update_fields=["date_inferred", "updated_at"])
        _follow(page)
    return True


def _follow(page: Page, *, unfiled: bool = False) -> None:
    """The page's articles take its paper and date, and their review reasons say so.

    ``unfiled``: the page has just left its issue, and its articles the issue's date.
    """
    issue = page.issue if page.issue_id else None
    articles = list(
        Article.objects.filter(page=page).only(
            "pk", "review_reasons", "confidence", "published_on", "date_inferred"
        )
    )
    for article in articles:
        if issue is not None:
            article.published_on, article.date_inferred = issue.date, page.date_inferred
        elif article.published_on is not None and not article.date_inferred and not unfiled:
            pass  # an editor's own date for an article whose page has no issue stands
        else:
            article.published_on, article.date_inferred = None, False
        article.publication_id = page.publication_id
        article.review_reasons = review_reasons(
            warning_codes(article.review_reasons),
            has_date=article.published_on is not None,
            date_inferred=article.date_inferred,
            has_publication=page.publication_id is not None,
        )
        article.review_score = review_score(article.review_reasons, article.confidence)
    Article.objects.bulk_update(
        articles, ["published_on", "date_inferred", "publication", "review_reasons", "review_score"]
    )


def _addresses(page: Page) -> dict[int, str]:
    """{article id: permanent address} of the page's articles, when the page has a place."""
    if page.issue_id is None or page.number is None:
        return {}
    prefix = unquote(page.url)
    return {
        pk: f"{prefix}{order}/" for pk, order in Article.objects.filter(page=page).values_list("pk", "order")
    }


def _redirect(old_addresses: dict[int, str], page: Page) -> None:
    new = _addresses(page)
    ArticleRedirect.objects.filter(old_path__in=list(new.values())).delete()
    for pk, path in old_addresses.items():
        if new.get(pk) != path:
            ArticleRedirect.objects.update_or_create(old_path=path, defaults={"article_id": pk})


def _changes(before: Place, after: Place) -> list[str]:
    labels = (("publication", "报纸"), ("date", "出版日期"), ("number", "版次"), ("name", "版名"))
    changes = []
    for field, label in labels:
        old, new = getattr(before, field), getattr(after, field)
        if (old or None) != (new or None):
            changes.append(f"{label}：{old or '—'} → {new or '—'}")
    return changes
