"""Small archives built with the ORM for the tests (the seeds come through the importer)."""

import datetime
import itertools

from archive.indexing import reindex_articles
from archive.models import Article, ArticleTag, Credit, Issue, Page, Person, Publication, Section, Tag

DAY = datetime.date(2023, 7, 26)

LONG_BODY = (
    "温岭市今年共新建城乡供水管网一百二十公里，全市农村居民喝上了放心水，群众满意度明显提高。"
    "下一步，市里还将改造老旧小区的二次供水设施，让城乡居民用水更加安全、更加方便。"
)

_hashes = itertools.count(1)


def publication(name="温岭日报"):
    """The paper called ``name``, created if it is not there yet."""
    return Publication.objects.get_or_create(name=name)[0]


def page(paper="温岭日报", date=DAY, number=1, name="要闻"):
    """Page ``number`` of ``paper``'s issue of ``date``; ``paper`` is a Publication or its name.

    The issue is created if needed, and an existing page with that number is returned as it is.
    """
    if isinstance(paper, str):
        paper = publication(paper)
    issue, _ = Issue.objects.get_or_create(publication=paper, date=date)
    found = Page.objects.filter(issue=issue, number=number).first()
    if found:
        return found
    return Page.objects.create(
        publication=paper,
        issue=issue,
        number=number,
        name=name,
        source_name=f"{paper.slug}-{date}-{number}.txt",
        content_hash=f"{next(_hashes):064x}",
        raw_text="…",
    )


def article(on_page, order, title, body=LONG_BODY, *, tags=(), credits=(), index=True, **fields):
    """An article on ``on_page``, dated by its issue; ``fields`` are any other Article fields.

    ``tags`` are tag names (automatic, weight 1); ``credits`` are (role, name) pairs, in order.
    With ``index=False`` the search document is left unbuilt: call ``reindex_articles`` later.
    """
    issue = on_page.issue
    made = Article.objects.create(
        page=on_page,
        order=order,
        title=title,
        body=body,
        publication=on_page.publication,
        published_on=issue.date if issue else None,
        **fields,
    )
    for name in tags:
        tag(made, name)
    for number, (role, name) in enumerate(credits):
        credit(made, name, role, number)
    if index:
        reindex_articles([made])
    return made


def credit(on_article, name, role=Credit.Role.REPORTER, order=0):
    """Credit the person called ``name`` (created if needed) on ``on_article``."""
    person, _ = Person.objects.get_or_create(name=name)
    return Credit.objects.create(article=on_article, person=person, role=role, order=order)


def tag(on_article, name, origin=ArticleTag.Origin.AUTOMATIC, weight=1.0):
    """Tag ``on_article`` with the tag called ``name`` (created if needed)."""
    tag_row, _ = Tag.objects.get_or_create(name=name)
    return ArticleTag.objects.create(article=on_article, tag=tag_row, origin=origin, weight=weight)


def many_articles(count, *, paper=None, start=datetime.date(2023, 1, 1), tags=("经济",), body=None):
    """``count`` indexed articles, one per day, each on page 1 of its issue."""
    paper = paper or publication()
    section = Section.objects.get(name="经济")
    made = []
    for n in range(count):
        day = start + datetime.timedelta(days=n)
        made.append(
            article(
                page(paper, day, 1),
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
