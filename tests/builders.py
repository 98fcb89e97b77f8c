"""Small archives built with the ORM for the site's tests (the seeds come through the importer)."""

import datetime
import itertools

from archive.indexing import reindex_articles
from archive.models import Article, ArticleTag, Credit, Issue, Page, Person, Publication, Section, Tag

_hashes = itertools.count(1)


def page(publication, date, number, name="要闻"):
    issue, _ = Issue.objects.get_or_create(publication=publication, date=date)
    found = Page.objects.filter(issue=issue, number=number).first()
    if found:
        return found
    return Page.objects.create(
        publication=publication,
        issue=issue,
        number=number,
        name=name,
        source_name=f"{publication.slug}-{date}-{number}.txt",
        content_hash=f"{next(_hashes):064x}",
        raw_text="…",
    )


def article(
    on_page,
    order,
    title,
    body="",
    *,
    kicker="",
    subtitle="",
    section=None,
    tags=(),
    credits=(),
    status=Article.Status.PUBLISHED,
    kind=Article.Kind.ARTICLE,
    continues_to="",
    continued_from="",
    index=True,
):
    issue = on_page.issue
    made = Article.objects.create(
        page=on_page,
        order=order,
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        body=body,
        publication=on_page.publication,
        published_on=issue.date if issue else None,
        section=section,
        status=status,
        kind=kind,
        continues_to=continues_to,
        continued_from=continued_from,
    )
    for name in tags:
        tag, _ = Tag.objects.get_or_create(name=name)
        ArticleTag.objects.create(article=made, tag=tag)
    for number, (role, name) in enumerate(credits):
        person, _ = Person.objects.get_or_create(name=name)
        Credit.objects.create(article=made, person=person, role=role, order=number)
    if index:
        reindex_articles([made])
    return made


def many_articles(count, *, publication=None, start=datetime.date(2023, 1, 1), tags=("经济",), body=None):
    """``count`` indexed articles, one per day, each on page 1 of its issue."""
    publication = publication or Publication.objects.get_or_create(name="温岭日报")[0]
    section = Section.objects.get(name="经济")
    made = []
    for n in range(count):
        day = start + datetime.timedelta(days=n)
        made.append(
            article(
                page(publication, day, 1),
                1,
                f"第{n}篇 营商环境持续优化",
                body or f"本报讯 第{n}篇稿件。全市优化营商环境，企业发展信心增强。",
                section=section,
                tags=tags,
                credits=[(Credit.Role.REPORTER, "沈志江")],
                index=False,
            )
        )
    reindex_articles(made)
    return made
