"""Tags, sections, search documents and review scores of articles — shared by the importer and the admin.

The segmentation itself lives in :mod:`archive.segmentation`; this module feeds it the
dictionary editors keep in :class:`~archive.models.DictionaryEntry` and writes what it produces.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction

from archive.models import (
    Article,
    ArticleTag,
    Credit,
    DictionaryEntry,
    Page,
    Person,
    Section,
    Tag,
    TagRedirect,
    unicode_slug,
)
from archive.review_reasons import review_reasons, review_score
from archive.section_rules import SectionRule, choose_section, default_section_rules
from archive.segmentation.tagging import TAG_LIMIT, ArchiveFrequencies

__all__ = [
    "apply_section_rules",
    "curated_tag_ids",
    "current_segmenter",
    "dictionary_words",
    "editors_tags",
    "ensure_named",
    "fold_twin_tags",
    "archive_frequencies",
    "reindex_archive",
    "reindex_articles",
    "retag_articles",
    "review_reasons",
    "review_score",
    "section_rules",
    "write_search_vectors",
]

_VERSION_SQL = f"""
    SELECT count(*), coalesce(md5(string_agg(kind || ':' || word, E'\\n' ORDER BY kind, word)), '')
    FROM {DictionaryEntry._meta.db_table}
"""


def dictionary_version() -> tuple[int, str]:
    """A cheap fingerprint of the dictionary table: it changes whenever an entry is added, edited or removed."""
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL)
        count, digest = cursor.fetchone()
    return count, digest


def dictionary_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(terms, stopwords) as stored in the database."""
    terms, stopwords = [], []
    for word, kind in DictionaryEntry.objects.order_by("kind", "word").values_list("word", "kind"):
        (terms if kind == DictionaryEntry.Kind.TERM else stopwords).append(word)
    return tuple(terms), tuple(stopwords)


def current_segmenter():
    """The segmenter for the dictionary as it is now; an editor's addition applies without a restart.

    Costs one small query when the dictionary has not changed (the segmenter is cached by its
    fingerprint), and rebuilds the segmenter when it has.
    """
    from archive.segmentation import get_segmenter

    version = dictionary_version()
    words = None

    def load(index):
        nonlocal words
        if words is None:
            words = dictionary_words()
        return words[index]

    return get_segmenter(lambda: load(0), lambda: load(1), key=("database", version))


# -- named rows created on the fly -----------------------------------------------------------------


def ensure_named(model, names: Iterable[str], created: list[str] | None = None) -> dict[str, int]:
    """{name: id} for rows of ``model`` (Tag, Person, Publication, Section), inserting missing ones.

    Safe with concurrent importers: ``INSERT … ON CONFLICT DO NOTHING`` in name order, then a
    re-select.  A name whose slug another name already holds gets a slug with a short suffix.
    Names that were missing are appended to ``created`` (another import may have inserted some
    of them at the same moment).
    """
    wanted = sorted({name for name in names if name})
    if not wanted:
        return {}
    inserted: list[str] = []
    redirected = {}
    if model is Tag:
        # A name an editor renamed or merged away stays with the tag the editor chose.
        redirected = editors_tags(wanted)
        wanted = [name for name in wanted if name not in redirected]
        if not wanted:
            return redirected
    if model in (Person, Tag):
        found = _select_or_insert(model, wanted)
        inserted = [name for name, (_, new) in found.items() if new]
        if len(found) == len(wanted):
            if created is not None:
                created.extend(inserted)
            return {name: pk for name, (pk, _) in found.items()} | redirected
    found = dict(model.objects.filter(name__in=wanted).values_list("name", "id"))
    missing = [name for name in wanted if name not in found]
    if created is not None:
        # The names the first statement inserted are found now, but they are new all the same.
        created.extend(inserted + missing)
    for attempt in range(2):
        if not missing:
            break
        rows = [model(name=name, slug=_slug(name, suffixed=attempt > 0)) for name in missing]
        model.objects.bulk_create(rows, ignore_conflicts=True)
        found.update(model.objects.filter(name__in=missing).values_list("name", "id"))
        missing = [name for name in missing if name not in found]
    if missing:
        raise ValueError(f"could not create {model._meta.verbose_name} {missing!r}")
    return found | redirected


def editors_tags(names: list[str]) -> dict[str, int]:
    """{name: tag id} for the words whose tag editors renamed or merged away: the tag they chose
    (the address the word's tag had now leads there).

    The tagger keeps producing 中杭 and 杭州市; once an editor renamed 中杭 to 中杭水泵 and merged
    杭州市 into 杭州, those words mean the kept tags, and the old ones are never made again.
    """
    slugs = {_slug(name, suffixed=False): name for name in names}
    rows = (
        TagRedirect.objects.filter(old_slug__in=list(slugs))
        .exclude(tag__name__in=names)
        .values_list("old_slug", "tag_id")
    )
    existing = set(Tag.objects.filter(name__in=names).values_list("name", flat=True))
    return {slugs[slug]: tag_id for slug, tag_id in rows if slugs[slug] not in existing}


def fold_twin_tags(since_id: int = 0) -> tuple[int, int]:
    """Fold each tag into its longer twin (湖州 into 湖州市), for pairs with a tag newer than ``since_id``.

    The articles move in two statements and the shorter tag's address redirects to the longer
    one.  A pair is left alone when an editor chose otherwise: an editor's own tag on the shorter
    word, or the longer word's address already leading elsewhere (an editor merged it away).
    Returns how many tags were folded and how many article links, duplicates, went with them.
    """
    from archive.segmentation.tagging import TWIN_SUFFIXES

    table, links = Tag._meta.db_table, ArticleTag._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT DISTINCT ON (s.id) s.id, l.id FROM {table} s
            JOIN unnest(%s::text[]) AS suffix(text) ON true
            JOIN {table} l ON l.name = s.name || suffix.text
            WHERE (s.id > %s OR l.id > %s)
            ORDER BY s.id, length(l.name)
            """,
            [list(TWIN_SUFFIXES), since_id, since_id],
        )
        pairs = cursor.fetchall()
    folded = dropped = 0
    for short_id, long_id in pairs:
        with transaction.atomic():
            # Another import may be folding the same pair: the first to lock both does it.
            tags = {tag.pk: tag for tag in Tag.objects.select_for_update().filter(pk__in=[short_id, long_id])}
            if len(tags) < 2:
                continue
            shorter, longer = tags[short_id], tags[long_id]
            if ArticleTag.objects.filter(tag=shorter, origin=ArticleTag.Origin.EDITOR).exists():
                continue
            if TagRedirect.objects.filter(old_slug=longer.slug).exists():
                continue
            with connection.cursor() as cursor:
                cursor.execute(
                    f"UPDATE {links} SET tag_id = %s WHERE tag_id = %s AND article_id NOT IN "
                    f"(SELECT article_id FROM {links} WHERE tag_id = %s)",
                    [long_id, short_id, long_id],
                )
            TagRedirect.objects.filter(tag=shorter).update(tag=longer)
            TagRedirect.objects.get_or_create(old_slug=shorter.slug, defaults={"tag": longer})
            # Its remaining links were duplicates of the longer tag's on the same articles.
            dropped += ArticleTag.objects.filter(tag=shorter).delete()[0]
            shorter.delete()
        folded += 1
    return folded, dropped


def _select_or_insert(model, names: list[str]) -> dict[str, tuple[int, bool]]:
    """{name: (id, inserted?)} in one statement, for models of just a name and a slug.

    Names another transaction inserts meanwhile, or whose slug is taken, are left out: the
    caller falls back to the general path for them.
    """
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            WITH input(name, slug) AS (SELECT * FROM unnest(%s::text[], %s::text[])),
            inserted AS (
                INSERT INTO {table} (name, slug)
                SELECT name, slug FROM input WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.name = input.name)
                ORDER BY name
                ON CONFLICT DO NOTHING
                RETURNING id, name
            )
            SELECT name, id, true FROM inserted
            UNION ALL
            SELECT t.name, t.id, false FROM {table} t JOIN input ON t.name = input.name
            """,
            [names, [_slug(name, suffixed=False) for name in names]],
        )
        return {name: (pk, new) for name, pk, new in cursor.fetchall()}


def _slug(name: str, *, suffixed: bool) -> str:
    import hashlib

    base = unicode_slug(name, limit=50) or "x"
    if not suffixed:
        return base
    return f"{base}-{hashlib.sha1(name.encode()).hexdigest()[:8]}"


# -- search documents --------------------------------------------------------------------------------


def write_search_vectors(rows: Iterable[tuple[int, str, str]]) -> None:
    """Store (article id, word tsvector literal, bigram tsvector literal) rows, in one statement per 500."""
    rows = list(rows)
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 500):
            chunk = rows[start : start + 500]
            values = ", ".join(["(%s::bigint, %s::tsvector, %s::tsvector)"] * len(chunk))
            cursor.execute(
                f"UPDATE {table} AS a SET search_document = v.words, search_bigrams = v.bigrams "
                f"FROM (VALUES {values}) AS v(id, words, bigrams) WHERE a.id = v.id",
                [value for row in chunk for value in row],
            )


def reindex_articles(articles: Iterable[Article], segmenter=None) -> int:
    """Rebuild the search documents of ``articles``: headline, credited people, dateline, column,
    paper and body (see ``Segmenter.document_vectors``)."""
    segmenter = segmenter or current_segmenter()
    articles = list(articles)
    ids = [article.pk for article in articles]
    people: dict[int, list[str]] = {}
    credits = Credit.objects.filter(article_id__in=ids).order_by("article_id", "role", "order")
    for article_id, name in credits.values_list("article_id", "person__name"):
        people.setdefault(article_id, []).append(name)
    papers = dict(
        Article.objects.filter(pk__in=ids, publication__isnull=False).values_list("pk", "publication__name")
    )
    rows = [
        (
            article.pk,
            *segmenter.document_vectors(
                article.headline,
                article.body,
                people=people.get(article.pk, ()),
                places=(article.dateline, article.column_label, papers.get(article.pk, "")),
            ),
        )
        for article in articles
    ]
    write_search_vectors(rows)
    return len(rows)


def reindex_archive(batch: int = 500, progress=None) -> int:
    """Rebuild every article's search documents, ``batch`` articles per transaction, in id order.

    For an archive indexed by an earlier version of the segmentation (see ``ALGORITHM_VERSION``).
    """
    segmenter = current_segmenter()
    done, last = 0, 0
    while True:
        with transaction.atomic():
            chunk = list(
                Article.objects.filter(pk__gt=last)
                .order_by("pk")
                .only("pk", "kicker", "title", "subtitle", "body", "dateline", "column_label")[:batch]
            )
            if not chunk:
                return done
            done += reindex_articles(chunk, segmenter)
        last = chunk[-1].pk
        if progress is not None:
            progress(done)


# -- tags --------------------------------------------------------------------------------------------


def curated_tag_ids(words: Iterable[str], named=None) -> dict[str, int]:
    """{word: tag id}, through the editors' decisions (see :func:`editors_tags`), creating tags
    for new words.

    ``named`` looks up or creates tags by name (the importer passes its cache, which asks
    :func:`ensure_named` for the words it does not know yet).
    """
    words = {word for word in words if word}
    return named(words) if named is not None else ensure_named(Tag, words)


def write_auto_tags(tags_by_article: dict[int, list[tuple[str, float]]]) -> int:
    """Replace the automatic tags of these articles; tags an editor added stay as they are."""
    if not tags_by_article:
        return 0
    ArticleTag.objects.filter(
        article_id__in=list(tags_by_article), origin=ArticleTag.Origin.AUTOMATIC
    ).delete()
    ids = curated_tag_ids(word for tags in tags_by_article.values() for word, _ in tags)
    rows = [
        ArticleTag(article_id=article_id, tag_id=ids[word], weight=weight, origin=ArticleTag.Origin.AUTOMATIC)
        for article_id, tags in tags_by_article.items()
        for word, weight in tags
    ]
    # An editor's tag on the same word wins: the automatic duplicate is simply not inserted.
    ArticleTag.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


#: Document frequencies are counted among this many of the newest articles.
FREQUENCY_SAMPLE = 2000


def archive_frequencies(*, counted_in: bool = False) -> ArchiveFrequencies:
    """In how many of the newest ``FREQUENCY_SAMPLE`` articles each word occurs (``ts_stat`` on
    their word documents): 产业, 工程 are in every other article of a local paper, whatever
    jieba's general-language table says of them."""
    table = Article._meta.db_table
    sample = (
        f"SELECT search_document FROM {table} WHERE search_document IS NOT NULL "
        f"ORDER BY id DESC LIMIT {FREQUENCY_SAMPLE}"
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM ({sample}) AS s")
        (size,) = cursor.fetchone()
        if size < ArchiveFrequencies.MIN_SIZE:
            return ArchiveFrequencies(size=size, counted_in=counted_in)
        cursor.execute("SELECT word, ndoc FROM ts_stat(%s) WHERE ndoc > 1", [sample])
        return ArchiveFrequencies(size=size, counts=dict(cursor.fetchall()), counted_in=counted_in)


def page_names(articles: list[Article]) -> dict[int, frozenset[str]]:
    """{page id: the names its text prints whole} for the pages of ``articles`` (see ``names_on_page``)."""
    from archive.segmentation.tagging import names_on_page

    page_ids = {article.page_id for article in articles}
    credited: dict[int, list[str]] = {}
    rows = Credit.objects.filter(article__page_id__in=page_ids).values_list(
        "article__page_id", "person__name"
    )
    for page_id, name in rows:
        credited.setdefault(page_id, []).append(name)
    texts = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "raw_text"))
    return {pk: names_on_page(text, credited.get(pk, ())) for pk, text in texts.items()}


def retag_articles(articles: Iterable[Article], segmenter=None, limit: int = TAG_LIMIT) -> int:
    """Recompute the automatic tags of ``articles`` with the current dictionary; editors' tags are kept."""
    segmenter = segmenter or current_segmenter()
    articles = list(articles)
    names = page_names(articles)
    archive = archive_frequencies(counted_in=True)
    tags = {
        article.pk: segmenter.keywords(
            article.headline,
            article.body,
            limit=limit,
            names=names.get(article.page_id, frozenset()),
            archive=archive,
        )
        for article in articles
    }
    with transaction.atomic():
        return write_auto_tags(tags)


# -- sections ----------------------------------------------------------------------------------------


def default_words_and_sections() -> tuple[tuple[str, ...], tuple[str, ...], tuple[SectionRule, ...]]:
    """(terms, stopwords, section rules) the archive starts with: the data its migrations load.

    For a dry run on a database that is not set up yet (or not reachable): parsing and tagging
    need the dictionary and the rules, not the database.
    """
    from archive.segmentation import load_default_stopwords, load_default_terms

    return tuple(load_default_terms()), tuple(load_default_stopwords()), default_section_rules()


def section_rules() -> tuple[SectionRule, ...]:
    return tuple(
        SectionRule(
            name=s.name, keywords=tuple(s.keyword_list), priority=s.priority, is_fallback=s.is_fallback
        )
        for s in Section.objects.order_by("priority", "name")
    )


def apply_section_rules(articles: Iterable[Article]) -> int:
    """File ``articles`` into sections: column label, else photo → 图片, else keyword rules, else fallback.

    A column label names its section, which is created when missing.  Returns how many articles
    changed section.
    """
    rules = list(section_rules())
    articles = list(articles)
    chosen = {
        article.pk: choose_section(
            rules,
            kind=article.kind,
            column=article.column_label,
            headline=article.headline,
            body=article.body,
        )
        for article in articles
    }
    with transaction.atomic():
        ids = ensure_named(Section, {name for name in chosen.values() if name})
        changed = []
        for article in articles:
            section_id = ids.get(chosen[article.pk])
            if article.section_id != section_id:
                article.section_id = section_id
                changed.append(article)
        Article.objects.bulk_update(changed, ["section"])
    return len(changed)
