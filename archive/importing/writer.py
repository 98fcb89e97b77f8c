"""Writing prepared pages: each page in one transaction, whole or not at all.

A page is identified by its text (the content hash, within its publication) and, when its
issue (publication + date) and page number are known, by that place too; a page without a page
number is also found by its file name.  Re-importing the same text changes nothing
(``unchanged``); new text in a known place replaces the page's articles (``replaced``).
Articles an editor has corrected (``Article.edited_by_editor``) are never deleted: a changed
page that holds any is left as it is (``skipped``) unless ``force=True``, which replaces the
other articles and keeps the corrected ones.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import (
    DatabaseError,
    IntegrityError,
    InterfaceError,
    OperationalError,
    connection,
    models,
    transaction,
)
from django.db.models import Case, Q, When
from django.utils import timezone

from archive.database_server import DatabaseServerError
from archive.filing import FilingError, Place, file_page
from archive.importing import log
from archive.importing.outcomes import (
    DUPLICATE,
    FAILED,
    NEW,
    REFILED,
    REPLACED,
    SKIPPED,
    UNCHANGED,
    DatabaseLost,
    PageOutcome,
)
from archive.indexing import curated_tag_ids, ensure_named
from archive.models import (
    Article,
    ArticleTag,
    Credit,
    Issue,
    Page,
    Person,
    Publication,
    Section,
    Tag,
    continuation_page,
)

if TYPE_CHECKING:
    from archive.importing.prepare import PreparedPage

WRITE_ATTEMPTS = 3


def _clip(text: str | None, limit: int) -> str:
    text = (text or "").strip()
    return text[:limit]


def _same_file(stored: str, name: str) -> bool:
    """Whether two source names are one file, given from the same folder or from one above it."""
    return stored == name or stored.endswith("/" + name) or name.endswith("/" + stored)


def _database_lost() -> bool:
    """After a connection error: whether the database still answers a new connection."""
    try:
        connection.close()
        connection.ensure_connection()
        log.hold_again()
    except (DatabaseError, DatabaseServerError):
        return True
    return False


def _lock_key(*parts) -> int:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def copy_insert(model, names: tuple[str, ...], rows: list[tuple], *, with_ids: bool = False) -> list[int]:
    """Insert ``rows`` into ``model``'s table with one COPY; with ``with_ids``, return their keys.

    Each row holds the values of the fields ``names``, as COPY reads them (JSON as text); the
    other fields get what ``save()`` would give them: their default, or the time for timestamps
    set on creation.  Much cheaper than ``bulk_create`` for the article rows, whose search
    vectors are long literals: they stream to the server, with no model instance built on the way.
    With ``with_ids`` the primary keys are drawn first, in order; without, the database numbers
    the rows (for rows nothing refers to) and the result is empty.
    """
    if not rows:
        return []
    meta = model._meta
    given = [meta.get_field(name) for name in names]
    rest = [field for field in meta.concrete_fields if field.name not in names and field is not meta.pk]
    tail = _default_values(rest)
    columns = [field.column for field in given + rest]
    ids: list[int] = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if with_ids:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [meta.db_table, meta.pk.column, len(rows)],
            )
            ids = [pk for (pk,) in cursor.fetchall()]
            columns.insert(0, meta.pk.column)
            rows = [(pk, *row) for pk, row in zip(ids, rows, strict=True)]
        statement = f"COPY {quote(meta.db_table)} ({', '.join(map(quote, columns))}) FROM STDIN"
        with cursor.cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row + tail)
    return ids


def _default_values(fields) -> tuple:
    """What ``save()`` stores in ``fields`` of a new row when nothing is given for them."""
    now = timezone.now()
    values = []
    for model_field in fields:
        if isinstance(model_field, models.DateTimeField) and (
            model_field.auto_now or model_field.auto_now_add
        ):
            values.append(now)
        elif model_field.has_default():
            values.append(model_field.get_db_prep_save(model_field.get_default(), connection))
        elif model_field.null:
            values.append(None)
        else:
            raise ValueError(f"{model_field} needs a value: it has no default and is not nullable")
    return tuple(values)


class _NameCache:
    """{name: id} of rows looked up during a run; entries from an unfinished transaction are pending."""

    def __init__(self, model, limit: int = 100_000):
        self.model = model
        self.limit = limit
        self.known: dict = {}
        self.pending: dict = {}
        self.created = 0
        self.pending_created = 0

    def ids(self, names: Iterable[str]) -> dict[str, int]:
        names = {name for name in names if name}
        result = {name: self.known.get(name) or self.pending.get(name) for name in names}
        missing = [name for name, pk in result.items() if pk is None]
        if missing:
            created: list[str] = []
            found = ensure_named(self.model, missing, created=created)
            self.pending.update(found)
            self.pending_created += len(created)
            result.update(found)
        return result

    def commit(self) -> None:
        if len(self.known) + len(self.pending) > self.limit:
            self.known.clear()
        self.known.update(self.pending)
        self.created += self.pending_created
        self.rollback()

    def rollback(self) -> None:
        self.pending.clear()
        self.pending_created = 0


class PageWriter:
    """Writes prepared pages, each in its own transaction, remembering ids it has looked up."""

    def __init__(self, *, force: bool = False, copy: bool = False):
        self.force = force
        self.copy = copy
        self.publications = _NameCache(Publication)
        self.sections = _NameCache(Section)
        self.people = _NameCache(Person)
        self.tags = _NameCache(Tag)
        self.issues: dict[tuple[int, datetime.date], int] = {}
        self.pending_issues: dict[tuple[int, datetime.date], int] = {}
        self.tag_links = 0
        self._pending_links = 0

    @property
    def caches(self):
        return (self.publications, self.sections, self.people, self.tags)

    @property
    def people_created(self) -> int:
        return self.people.created

    @property
    def tags_created(self) -> int:
        return self.tags.created

    def holds_unchanged(self, page: PreparedPage) -> bool:
        """Whether the archive holds ``page``'s text already (read only, no locks).

        Such a page is reported unchanged, reported as a duplicate or re-filed, never written
        again: a re-import skips its segmentation.  ``write`` decides which, under its locks.
        """
        if self.force or self.copy:
            return False
        try:
            return Page.objects.filter(content_hash=page.content_hash).exists()
        except (OperationalError, InterfaceError) as exc:
            if _database_lost():
                raise DatabaseLost(str(exc).strip()) from None
            return False

    def write(self, page: PreparedPage) -> PageOutcome:
        """Write one page, retrying when a concurrent import got in the way."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with transaction.atomic():
                    outcome = self._write(page)
            except (IntegrityError, OperationalError, InterfaceError) as exc:
                self._rollback(forget=True)
                if not isinstance(exc, IntegrityError) and _database_lost():
                    raise DatabaseLost(str(exc).strip()) from None
                if attempt == WRITE_ATTEMPTS:
                    return PageOutcome(page.name, FAILED, message=f"database error: {exc}".strip())
                continue
            except DatabaseError as exc:
                # A value the database refuses (out of range, a NUL character): this page only.
                self._rollback(forget=False)
                return PageOutcome(page.name, FAILED, message=f"refused by the database: {exc}".strip())
            except Exception:
                self._rollback(forget=False)
                raise
            for cache in self.caches:
                cache.commit()
            self.issues.update(self.pending_issues)
            self.pending_issues.clear()
            self.tag_links += self._pending_links
            self._pending_links = 0
            return outcome
        raise AssertionError("unreachable")

    def _rollback(self, forget: bool) -> None:
        for cache in self.caches:
            cache.rollback()
            if forget:
                # A row we remembered may have been removed meanwhile (an editor merging tags).
                cache.known.clear()
        self.pending_issues.clear()
        if forget:
            self.issues.clear()
        self._pending_links = 0

    def _issue_id(self, publication_id: int, date: datetime.date) -> int:
        key = (publication_id, date)
        found = self.issues.get(key) or self.pending_issues.get(key)
        if found is None:
            Issue.objects.bulk_create(
                [Issue(publication_id=publication_id, date=date)], ignore_conflicts=True
            )
            found = Issue.objects.get(publication_id=publication_id, date=date).pk
            self.pending_issues[key] = found
        return found

    def _write(self, page: PreparedPage) -> PageOutcome:
        publication_name = _clip(page.publication, 100) or None
        if not (self.copy or self.force):
            # Before anything is created for it (a paper, an issue): is the text held already?
            outcome = self._if_held(page, publication_name)
            if outcome is not None:
                return outcome
        publication_id = (
            self.publications.ids([publication_name])[publication_name] if publication_name else None
        )
        issue_id = self._issue_id(publication_id, page.date) if publication_id and page.date else None
        number = page.page_number
        source_name = page.name[-255:]

        # Two imports of the same page take turns here instead of both inserting it.
        if issue_id and number is not None:
            place = ("number", issue_id, number)
        else:
            place = ("source", publication_id, page.date, source_name)
        keys = sorted({_lock_key("text", publication_id, page.content_hash), _lock_key(*place)})
        with connection.cursor() as cursor:
            # Locks in key order, so that two imports never hold each other's second lock.  Losing
            # the last few commits in a server crash is harmless (a re-run redoes them); waiting
            # for the disk on every page is not: the commit is asynchronous.
            cursor.execute(
                "SELECT set_config('synchronous_commit', 'off', true), "
                + ", ".join(["pg_advisory_xact_lock(%s)"] * len(keys)),
                keys,
            )

        same_text = Q(publication_id=publication_id, content_hash=page.content_hash)
        if issue_id and number is not None:
            same_place = Q(issue_id=issue_id, number=number)
        else:
            same_place = Q(
                publication_id=publication_id, issue_id=issue_id, number__isnull=True, source_name=source_name
            )
        by_text = by_place = None
        for candidate in Page.objects.filter(same_text | same_place).order_by("id").defer("raw_text"):
            if candidate.content_hash == page.content_hash and candidate.publication_id == publication_id:
                by_text = by_text or candidate
            if (
                (candidate.issue_id, candidate.number) == (issue_id, number)
                if issue_id and number is not None
                else (candidate.issue_id, candidate.number, candidate.source_name)
                == (issue_id, None, source_name)
                and candidate.publication_id == publication_id
            ):
                by_place = by_place or candidate

        if by_text is not None and by_place is not None and by_text.pk != by_place.pk:
            return PageOutcome(
                page.name,
                SKIPPED,
                message=f"the same text is already imported as «{by_text}» (page {by_text.pk}), "
                f"and «{by_place}» holds other text; nothing changed",
            )
        if by_text is not None and not self.force:
            return PageOutcome(page.name, UNCHANGED)
        if (
            by_text is None
            and by_place is not None
            and not self.force
            and not _same_file(by_place.source_name, source_name)
        ):
            # Another file holds this page: replacing it would swap the two on every run.
            return PageOutcome(
                page.name,
                FAILED,
                message=f"claims the same page as «{by_place.source_name}» ({by_place}) with other "
                "text; not imported (check the two files; --force replaces the page)",
            )
        existing = by_text or by_place
        if existing is None:
            target = Page(
                publication_id=publication_id,
                issue_id=issue_id,
                number=number,
                name=_clip(page.page_name, 50),
                source_name=source_name,
                content_hash=page.content_hash,
                raw_text=page.text,
                date_inferred=page.date_inferred and issue_id is not None,
                date_evidence=page.date_evidence if issue_id is not None else "",
            )
            target.save()
            count = self._write_articles(target, page, publication_id, reserved=set())
            return PageOutcome(page.name, NEW, articles=count)

        edited = dict(existing.articles.filter(edited_by_editor=True).values_list("order", "id"))
        if edited and not self.force:
            return PageOutcome(
                page.name,
                SKIPPED,
                message=f"not replaced: {len(edited)} article(s) of «{existing}» were corrected by an editor "
                "(re-run with --force to replace the other articles; corrected ones are always kept)",
            )
        existing.articles.filter(edited_by_editor=False).delete()
        existing.date_inferred = page.date_inferred and issue_id is not None
        existing.date_evidence = page.date_evidence if existing.date_inferred else ""
        same_text = existing.content_hash == page.content_hash
        existing.publication_id = publication_id
        existing.issue_id = issue_id
        existing.number = number
        existing.name = _clip(page.page_name, 50)
        existing.source_name = source_name
        existing.content_hash = page.content_hash
        existing.raw_text = page.text
        existing.save()
        # With the same text, an article in a corrected article's place is that article: the
        # editor's version stands instead.  With new text the corrected ones are kept beside it.
        count = self._write_articles(
            existing, page, publication_id, reserved=set(edited), skip_reserved=same_text
        )
        message = ""
        if edited:
            message = f"{len(edited)} article(s) corrected by an editor kept as they were"
            if not same_text:
                message += "; check them against the new text for duplicates"
        return PageOutcome(page.name, REPLACED, articles=count, message=message)

    def _if_held(self, page: PreparedPage, publication_name: str | None) -> PageOutcome | None:
        """What becomes of a page whose text the archive holds; None when it holds none.

        Same text under the same file name in the same paper: ``unchanged`` (the place an editor
        filed it in stands).  The operator's own values (the command's options, the upload form)
        re-file the page held.  Otherwise the same text in another paper, in none, or under
        another file name in another place is a ``duplicate``, reported and not imported again.
        """
        with connection.cursor() as cursor:
            # Two imports of one text take turns: the second finds the first's page.  Taken alone
            # and first, this lock cannot deadlock with the text and place locks taken later.
            cursor.execute(
                "SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(%s)",
                [_lock_key("held", page.content_hash)],
            )
        publication_id = None
        if publication_name:
            publication_id = self.publications.known.get(publication_name) or (
                Publication.objects.filter(name=publication_name).values_list("id", flat=True).first()
            )
        held = (
            Page.objects.filter(content_hash=page.content_hash)
            .select_related("publication", "issue")
            .defer("raw_text")
            .order_by(Case(When(publication_id=publication_id, then=0), default=1), "id")
            .first()
        )
        if held is None:
            if page.unchanged:
                return PageOutcome(page.name, SKIPPED, message="the page held was removed meanwhile")
            return None
        given = page.given
        if any(value is not None for value in (given.publication, given.date, given.page_number)) or (
            given.page_name
        ):
            current = Place.of(held)
            wanted = Place(
                publication=given.publication if given.publication is not None else current.publication,
                date=given.date if given.date is not None else current.date,
                number=given.page_number if given.page_number is not None else current.number,
                name=given.page_name if given.page_name is not None else current.name,
            )
            if wanted != current:
                try:
                    changes = file_page(held, wanted)
                except FilingError as error:
                    return PageOutcome(page.name, SKIPPED, message=str(error))
                return PageOutcome(
                    page.name,
                    REFILED,
                    message=f"filed again as «{Page.objects.get(pk=held.pk)}»: {'; '.join(changes)}",
                    page_id=held.pk,
                )
        same_place = (
            page.page_number is not None
            and held.number == page.page_number
            and held.issue_id is not None
            and held.issue.date == page.date
        )
        if held.publication_id == publication_id and (held.source_name == page.name[-255:] or same_place):
            return PageOutcome(page.name, UNCHANGED)
        return PageOutcome(
            page.name,
            DUPLICATE,
            message=f"the same text is held already as «{held}»; not imported again",
            page_id=held.pk,
        )

    # The article fields the importer fills in, in the order of the rows it copies.
    _ARTICLE_FIELDS = (
        "page",
        "order",
        "kind",
        "kicker",
        "title",
        "subtitle",
        "body",
        "dateline",
        "column_label",
        "continues_to",
        "continued_from",
        "continues_to_page",
        "continued_from_page",
        "publication",
        "published_on",
        "date_inferred",
        "section",
        "review_reasons",
        "review_score",
        "confidence",
        "search_document",
        "search_bigrams",
    )

    def _write_articles(
        self, target: Page, page: PreparedPage, publication_id, *, reserved: set[int], skip_reserved=False
    ) -> int:
        section_ids = self.sections.ids(_clip(item.section, 50) for item in page.articles if item.section)
        kinds = set(Article.Kind.values)
        rows, kept = [], []
        order = 0
        for index, item in enumerate(page.articles, start=1):
            if skip_reserved:
                if index in reserved:
                    continue
                order = index
            else:
                order += 1
                while order in reserved:
                    order += 1
            parsed = item.parsed
            rows.append(
                (
                    target.pk,
                    order,
                    parsed.kind if parsed.kind in kinds else Article.Kind.ARTICLE,
                    _clip(parsed.kicker, 300),
                    _clip(parsed.title, 300),
                    _clip(parsed.subtitle, 300),
                    parsed.body,
                    _clip(parsed.dateline, 100),
                    _clip(item.column, 50),
                    _clip(parsed.continues_to, 20),
                    _clip(parsed.continued_from, 20),
                    continuation_page(_clip(parsed.continues_to, 20), target.number),
                    continuation_page(_clip(parsed.continued_from, 20), target.number),
                    publication_id,
                    page.date,
                    page.date_inferred,
                    section_ids.get(_clip(item.section, 50)) if item.section else None,
                    json.dumps(item.review_reasons, ensure_ascii=False),
                    item.review_score,
                    parsed.confidence,
                    item.word_vector,
                    item.bigram_vector,
                )
            )
            kept.append(item)
        if not rows:
            return 0
        article_ids = copy_insert(Article, self._ARTICLE_FIELDS, rows, with_ids=True)

        people = self.people.ids(_clip(credit.name, 50) for item in kept for credit in item.credits)
        credits, seen = [], set()
        roles = set(Credit.Role.values)
        for article_id, item in zip(article_ids, kept, strict=True):
            positions: dict[str, int] = {}
            for credit in item.credits:
                person_id = people.get(_clip(credit.name, 50))
                role = credit.role if credit.role in roles else Credit.Role.AUTHOR.value
                if person_id and (article_id, person_id, role) not in seen:
                    seen.add((article_id, person_id, role))
                    position = positions.get(role, 0)
                    positions[role] = position + 1
                    credits.append(
                        (
                            article_id,
                            person_id,
                            role,
                            position,
                            _clip(credit.office, 100),
                            _clip(credit.unit, 50),
                        )
                    )
        copy_insert(Credit, ("article", "person", "role", "order", "office", "unit"), credits)

        tag_ids = curated_tag_ids((_clip(word, 50) for item in kept for word, _ in item.tags), self.tags.ids)
        links, seen = [], set()
        automatic = ArticleTag.Origin.AUTOMATIC.value
        for article_id, item in zip(article_ids, kept, strict=True):
            for word, weight in item.tags:
                tag_id = tag_ids.get(_clip(word, 50))
                if tag_id and (article_id, tag_id) not in seen:
                    seen.add((article_id, tag_id))
                    links.append((article_id, tag_id, weight, automatic))
        copy_insert(ArticleTag, ("article", "tag", "weight", "origin"), links)
        self._pending_links += len(links)
        return len(rows)
