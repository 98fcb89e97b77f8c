"""Editors' corrections: merging and splitting articles, merging and renaming tags, merging people.

Each function runs in one transaction and re-indexes what it touches, so the site's search and
tag pages agree with the edit as soon as it returns.  The admin's actions call these; they work
from a shell just as well::

    from archive import editing
    editing.merge_with_next(Article.objects.get(pk=42))
"""

from dataclasses import dataclass
from urllib.parse import unquote

from django.db import transaction
from django.db.models import Max, Q
from django.urls import reverse

from . import indexing
from .models import (
    Article,
    ArticleRedirect,
    ArticleTag,
    Credit,
    Page,
    Person,
    Section,
    Tag,
    TagRedirect,
    unicode_slug,
)
from .parsing import field_warnings
from .parsing import model as parsed
from .parsing.oddities import oddities
from .parsing.scripts import as_read
from .review_reasons import SPLIT_PENDING, review_reasons, review_score, warning_codes

#: Parser warnings an article's own fields let us check again after an editor's correction.
RECHECKABLE = frozenset(
    {
        parsed.NO_BYLINE,
        parsed.NO_HEADLINE,
        parsed.HEADLINE_TOO_SHORT,
        parsed.HEADLINE_TOO_LONG,
        parsed.SHORT_BODY,
        parsed.NOT_A_HEADLINE,
        parsed.NOT_A_NAME,
        parsed.CUT_MID_SENTENCE,
        parsed.PICTURE_IN_TEXT,
        parsed.CREDIT_IN_TEXT,
        parsed.DATELINE_IN_TEXT,
        parsed.PAGE_LINE_IN_TEXT,
        parsed.RUN_TOGETHER,
        parsed.TEXT_IN_CAPTION,
    }
)
#: The roles whose people are named persons (pictures are credited to organisations too).
_NAMED_ROLES = (Credit.Role.REPORTER, Credit.Role.CORRESPONDENT, Credit.Role.PHOTOGRAPHER, Credit.Role.AUTHOR)


class EditingError(Exception):
    """An edit that cannot be made as asked; the message is for the editor."""


@dataclass
class MergeResult:
    article: Article
    removed_repr: str
    removed_pk: int


def articles_containing(words):
    """Articles whose headline or body contains any of ``words`` (through the bigram index)."""
    segmenter = indexing.current_segmenter()
    literals = [segmenter.query_vectors(word)[1] for word in words]
    literals = [literal for literal in literals if literal]
    if not literals:
        return Article.objects.none()
    return Article.objects.matching(" | ".join(f"({literal})" for literal in literals))


def recheck_review(article: Article) -> list[str]:
    """The review reasons that still hold for ``article`` as it is now.

    The parser's checks on headline, byline and body length, and on the shapes no right cut
    gives (``parsing.oddities``), are run again on the corrected fields, and the date and paper
    checks on the current values.  Warnings only the page layout could tell (an unknown layout,
    lost quotes) stay until an editor marks the article reviewed.
    """
    warnings = [code for code in warning_codes(article.review_reasons) if code not in RECHECKABLE]
    credits = list(article.credits.values_list("role", "person__name"))  # one query for both checks
    warnings += field_warnings(
        kind=article.kind,
        title=article.title,
        dateline=article.dateline,
        credited=bool(credits),
        body=article.body,
    )
    # the shapes are read as the parser read them, in simplified characters (本報記者 as 本报记者)
    warnings += oddities(
        kind=article.kind,
        kicker=as_read(article.kicker or "") or None,
        title=as_read(article.title or "") or None,
        subtitle=as_read(article.subtitle or "") or None,
        people=[as_read(name) for role, name in credits if role in _NAMED_ROLES],
        body=as_read(article.body),
    )
    return review_reasons(
        warnings,
        has_date=article.published_on is not None,
        date_inferred=article.date_inferred,
        has_publication=article.publication_id is not None,
    )


def _rescore(articles):
    for article in articles:
        article.review_reasons = recheck_review(article)
        article.review_score = review_score(article.review_reasons, article.confidence)
    Article.objects.bulk_update(articles, ["review_reasons", "review_score"])


def _refresh_derived(articles, *, retag=False):
    """Re-index (and optionally re-tag) articles whose text changed, and re-check their review."""
    articles = list(articles)
    indexing.reindex_articles(articles)
    if retag:
        indexing.retag_articles(articles)
    _rescore(articles)


def record_editor_changes(article: Article) -> Article:
    """After an editor saved ``article``: keep it on re-import, re-index it, re-check its warnings."""
    with transaction.atomic():
        Article.objects.filter(pk=article.pk).update(edited_by_editor=True)
        article.edited_by_editor = True
        _refresh_derived([article])
    return article


def mark_reviewed(articles) -> int:
    """Clear the review warnings of ``articles`` (an editor looked and found nothing to fix)."""
    return Article.objects.filter(pk__in=[a.pk for a in articles]).update(
        review_reasons=[], review_score=0, edited_by_editor=True
    )


def _join_paragraphs(*bodies: str) -> str:
    return "\n\n".join(body.strip() for body in bodies if body and body.strip())


def merge_with_next(article: Article) -> MergeResult:
    """Join ``article`` with the article after it on its page (a story the parser cut in two).

    The bodies are joined, the credits and editor tags united, the next article deleted; the
    kept article keeps its order, so no other article on the page changes address.
    """
    with transaction.atomic():
        pair = list(
            Article.objects.select_for_update()
            .filter(page_id=article.page_id, order__gte=article.order)
            .order_by("order")[:2]
        )
        if not pair or pair[0].pk != article.pk:
            raise EditingError(f"文章「{article}」已不存在或已被合并。")
        if len(pair) < 2:
            raise EditingError(f"文章「{article}」是本版最后一篇，没有可合并的下一篇。")
        article, following = pair
        for field in ("kicker", "title", "subtitle", "dateline", "continued_from"):
            if not getattr(article, field):
                setattr(article, field, getattr(following, field))
        article.body = _join_paragraphs(article.body, following.body)
        article.continues_to = following.continues_to or article.continues_to
        if article.published_on is None:
            article.published_on, article.date_inferred = following.published_on, following.date_inferred

        existing_credits = set(article.credits.values_list("person_id", "role"))
        next_order = (article.credits.aggregate(m=Max("order"))["m"] or 0) + 1
        for credit in following.credits.order_by("role", "order"):
            if (credit.person_id, credit.role) in existing_credits:
                continue
            Credit.objects.create(
                article=article, person_id=credit.person_id, role=credit.role, order=next_order
            )
            existing_credits.add((credit.person_id, credit.role))
            next_order += 1
        kept_tags = set(article.article_tags.values_list("tag_id", flat=True))
        ArticleTag.objects.bulk_create(
            ArticleTag(article=article, tag_id=at.tag_id, weight=at.weight, origin=at.origin)
            for at in following.article_tags.filter(origin=ArticleTag.Origin.EDITOR).exclude(
                tag_id__in=kept_tags
            )
        )

        result = MergeResult(article=article, removed_repr=str(following), removed_pk=following.pk)
        _redirect_addresses(following, to=article)
        following.delete()
        article.edited_by_editor = True
        article.save()
        _refresh_derived([article], retag=True)
    return result


def _redirect_addresses(removed: Article, *, to: Article) -> None:
    """Keep ``removed``'s addresses (permanent and by id), and those that led to it, leading to ``to``."""
    ArticleRedirect.objects.filter(article=removed).update(article=to)
    paths = {
        unquote(reverse("archive:article_by_id", args=[removed.pk])),
        unquote(removed.get_absolute_url()),
    }
    for path in paths:
        ArticleRedirect.objects.update_or_create(old_path=path, defaults={"article": to})


def split_article(article: Article, at_paragraph: int, title: str = "") -> Article:
    """Cut ``article`` before paragraph ``at_paragraph`` (0-based); return the new article.

    The new article takes the following paragraphs, ``title``, and the first free order on the
    page (after every existing article), so the addresses of the articles already on the page
    never change.  It stays hidden, waiting in the review queue, until an editor saves it.
    """
    with transaction.atomic():
        # Locking the page serialises order allocation between concurrent splits.
        Page.objects.select_for_update().filter(pk=article.page_id).values_list("pk").order_by().first()
        article = Article.objects.select_for_update().get(pk=article.pk)
        paragraphs = article.paragraphs
        if not 0 < at_paragraph < len(paragraphs):
            raise EditingError(f"只能在第 2 至第 {len(paragraphs)} 段之前拆分。")
        free_order = (Article.objects.filter(page_id=article.page_id).aggregate(m=Max("order"))["m"] or 0) + 1
        tail = Article.objects.create(
            page_id=article.page_id,
            order=free_order,
            kind=article.kind,
            title=title.strip()[:300],
            body=_join_paragraphs(*paragraphs[at_paragraph:]),
            continues_to=article.continues_to,
            publication_id=article.publication_id,
            published_on=article.published_on,
            date_inferred=article.date_inferred,
            section_id=article.section_id,
            status=Article.Status.HIDDEN,
            edited_by_editor=True,
        )
        article.body = _join_paragraphs(*paragraphs[:at_paragraph])
        article.continues_to = ""
        article.edited_by_editor = True
        article.save()
        _refresh_derived([article, tail], retag=True)
        tail.review_reasons = [SPLIT_PENDING, *tail.review_reasons]
        tail.review_score = review_score(tail.review_reasons, tail.confidence)
        tail.save(update_fields=["review_reasons", "review_score"])
    return tail


def merge_tags(target: Tag, sources) -> int:
    """Fold ``sources`` into ``target``: their articles get ``target``, their addresses redirect.

    Returns how many tags were merged away.  An article carrying both keeps one row, with the
    higher weight, and stays an editor's tag if either was.
    """
    sources = [tag for tag in sources if tag.pk != target.pk]
    if not sources:
        return 0
    source_ids = [tag.pk for tag in sources]
    with transaction.atomic():
        Tag.objects.select_for_update().filter(pk__in=[target.pk, *source_ids]).order_by("pk").count()
        held = {at.article_id: at for at in ArticleTag.objects.filter(tag=target)}
        moving = ArticleTag.objects.filter(tag_id__in=source_ids).order_by("-weight")
        for row in moving:
            kept = held.get(row.article_id)
            if kept is None:
                row.tag = target
                row.save(update_fields=["tag"])
                held[row.article_id] = row
                continue
            changed = []
            if row.weight > kept.weight:
                kept.weight = row.weight
                changed.append("weight")
            if row.origin == ArticleTag.Origin.EDITOR and kept.origin != row.origin:
                kept.origin = row.origin
                changed.append("origin")
            if changed:
                kept.save(update_fields=changed)
            row.delete()
        TagRedirect.objects.filter(tag_id__in=source_ids).update(tag=target)
        TagRedirect.objects.filter(old_slug=target.slug).delete()
        TagRedirect.objects.bulk_create(TagRedirect(old_slug=tag.slug, tag=target) for tag in sources)
        Tag.objects.filter(pk__in=source_ids).delete()
    return len(sources)


def rename_tag(tag: Tag, new_name: str) -> Tag:
    """Rename ``tag``; its old address redirects to it from now on."""
    new_name = new_name.strip()
    new_slug = unicode_slug(new_name, 60)
    if not new_name or not new_slug:
        raise EditingError("新名称不能为空，也不能只有标点。")
    clash = Tag.objects.filter(Q(name=new_name) | Q(slug=new_slug)).exclude(pk=tag.pk).first()
    if clash is not None:
        raise EditingError(f"已有标签「{clash}」，请用「合并标签」把两个标签合为一个。")
    decided = TagRedirect.objects.filter(old_slug=new_slug).exclude(tag=tag).select_related("tag").first()
    if decided is not None:
        # That address leads to another tag by an editor's decision: it is not taken over.
        raise EditingError(f"「{new_name}」已改名或并入标签「{decided.tag}」，它的旧网址跳转到那里。")
    with transaction.atomic():
        old_slug = Tag.objects.select_for_update().values_list("slug", flat=True).get(pk=tag.pk)
        tag.name, tag.slug = new_name, new_slug
        tag.save(update_fields=["name", "slug"])
        if old_slug != new_slug:
            # Renaming back to an earlier name: that address is the tag's own again.
            TagRedirect.objects.filter(old_slug=new_slug).delete()
            TagRedirect.objects.update_or_create(old_slug=old_slug, defaults={"tag": tag})
    return tag


def merge_people(target: Person, sources) -> int:
    """Fold duplicate ``sources`` into ``target``: their credits move to ``target``.

    A credit that ``target`` already holds on the same article in the same role is dropped rather
    than duplicated.  Returns how many people were merged away.
    """
    sources = [person for person in sources if person.pk != target.pk]
    if not sources:
        return 0
    source_ids = [person.pk for person in sources]
    with transaction.atomic():
        held = set(Credit.objects.filter(person=target).values_list("article_id", "role"))
        touched = set()
        for credit in Credit.objects.select_for_update().filter(person_id__in=source_ids).order_by("pk"):
            touched.add(credit.article_id)
            if (credit.article_id, credit.role) in held:
                credit.delete()
                continue
            credit.person = target
            credit.save(update_fields=["person"])
            held.add((credit.article_id, credit.role))
        Person.objects.filter(pk__in=source_ids).delete()
        # The search documents hold the credited names: the merged-away spellings go.
        indexing.reindex_articles(Article.objects.filter(pk__in=touched))
    return len(sources)


def section_candidates(section: Section):
    """Articles the rules of ``section`` may move: those filed in it, and those its keywords match."""
    matching = articles_containing(section.keyword_list).values("pk")
    return Article.objects.filter(Q(section=section) | Q(pk__in=matching))


def apply_section_rules(articles) -> int:
    """Re-file ``articles`` by the current keyword rules; returns how many were considered."""
    articles = list(articles)
    with transaction.atomic():
        indexing.apply_section_rules(articles)
    return len(articles)


def retag(articles) -> int:
    articles = list(articles)
    with transaction.atomic():
        indexing.retag_articles(articles)
    return len(articles)
