"""Readers' pages kept ready: cache headers, conditional GET, and a shared cache of whole pages.

Every public page (the ``archive`` URL namespace) that an anonymous reader asks for is kept in
Django's cache, under the **archive version**: a token bumped on every change an editor makes in
the admin — when it writes its history entry, when its transaction commits, and after every form
or action posted to the admin.  A bump makes every kept page unreachable at once, so an article
an editor hides is never served from the cache again; old entries simply age out.

An import changes less, and only adds: its refresh (at the end of the run, and at most every
``IMPORT_REFRESH`` seconds while it runs) marks stale the pages that may show its new pages —
the lists, searches, home, feeds, calendars, issues and pages — but of the article pages only
those of the papers' days it wrote (and the day before, whose articles may continue there); an
import that replaced a page marks every article page stale.  A stale page is served as it was
while one request renders it again, instead of every worker rendering the same pages beside
the import.

Readers get ``Cache-Control: public`` with an ``ETag`` and a ``Last-Modified`` (the time of the
last change to what the page shows), and a conditional request for an unchanged page is
answered ``304 Not Modified`` without rendering it.  Anyone with a session (an editor logged in)
is never served from the cache and never fills it, and their pages are marked private.

The cache is the ``default`` one of ``CACHES``: files shared by every worker process unless
settings name another (Redis).  ``ARCHIVE_PAGE_CACHE = False`` turns all of this off.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.core.cache import cache
from django.core.signals import request_finished
from django.db import DatabaseError, transaction
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

VERSION_KEY = "archive:version"
#: What an import's refresh marks stale: every page but the articles' …
LISTS_KEY = "archive:stamp:lists"
#: … every article page (an import that replaced a page) …
ARTICLES_KEY = "archive:stamp:articles"
#: … the article pages of one paper's day.
DAY_KEY = "archive:stamp:day:{paper}:{date}"
#: While an import runs, readers see its new pages at most this many seconds late.
IMPORT_REFRESH = 30
#: Responses larger than this are rendered each time (bytes).
LARGEST_KEPT = 2 * 1024 * 1024
#: How long the others wait at most for the request rendering a stale page again.
RENDERING_SECONDS = 30
#: Held by the request rendering a stale page, whichever it is.
RENDERING_KEY = "archive:rendering"
#: Response headers a kept page is served with again.
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "Content-Disposition")
#: The addresses of articles, whose pages an import of other days leaves as they are.
ARTICLE_PAGES = ("article", "article_json")


def enabled() -> bool:
    return getattr(settings, "ARCHIVE_PAGE_CACHE", True)


def kept_seconds() -> int:
    return int(getattr(settings, "ARCHIVE_PAGE_CACHE_SECONDS", 600))


def browser_max_age() -> int:
    return int(getattr(settings, "ARCHIVE_PAGE_MAX_AGE", 0))


@dataclass(frozen=True)
class ArchiveVersion:
    """The token pages are kept under, and the time (whole seconds) of the change it marks."""

    token: int
    modified: int


def fresh_stamp(key: str) -> tuple[int, int]:
    """The stamp under ``key``; a first start, or a key evicted, gets a fresh one, never one
    pages were kept under."""
    found = cache.get(key)
    if found is None:
        cache.add(key, (time.time_ns(), int(time.time()) + 1), timeout=None)
        found = cache.get(key) or (time.time_ns(), int(time.time()) + 1)
    return found[0], found[1]


def current_version() -> ArchiveVersion:
    return ArchiveVersion(*fresh_stamp(VERSION_KEY))


def next_modified() -> int:
    """A time after every change pages were served for: ``If-Modified-Since`` (one-second
    resolution) never takes a page from before a change for one after it."""
    known = cache.get_many([VERSION_KEY, LISTS_KEY, ARTICLES_KEY]).values()
    return max([int(time.time()), *(stamp[1] + 1 for stamp in known)])


def bump_version() -> None:
    """Make every kept page unreachable: an editor's change."""
    cache.set(VERSION_KEY, (time.time_ns(), next_modified()), timeout=None)


def import_refreshed(days: set[tuple[str, datetime.date]] | None) -> None:
    """An import wrote new pages: the lists go stale, and the article pages of ``days`` (paper
    slug, date) and of the day before each (an article continued on a later page), or of every
    day (``None``).  Stale pages are served while one request renders each again."""
    stamp = (time.time_ns(), next_modified())
    cache.set(LISTS_KEY, stamp, timeout=None)
    if days is None:
        cache.set(ARTICLES_KEY, stamp, timeout=None)
        return
    touched = {(paper, day - datetime.timedelta(days=back)) for paper, day in days for back in (0, 1)}
    # A day's stamp lives as long as the pages kept under the one before it.
    cache.set_many(
        {DAY_KEY.format(paper=paper, date=day.isoformat()): stamp for paper, day in touched},
        kept_seconds(),
    )


def page_stamp(match) -> tuple[tuple[int, ...], int]:
    """What an import's refresh changes of the page at ``match``: (tokens, time of the change)."""
    if match.url_name in ARTICLE_PAGES and "date" in match.kwargs:
        day = DAY_KEY.format(paper=match.kwargs["publication"], date=match.kwargs["date"].isoformat())
        stamps = [fresh_stamp(ARTICLES_KEY), cache.get(day) or (0, 0)]
    else:
        stamps = [fresh_stamp(LISTS_KEY)]
    return tuple(token for token, _ in stamps), max(modified for _, modified in stamps)


def remembered(name: str, compute):
    """``compute()``, kept until the archive changes: figures that cost a scan, such as how many
    articles hold a common word, are worked out once per archive version and import refresh
    (pages kept or not)."""
    stamps = f"{current_version().token}:{fresh_stamp(LISTS_KEY)[0]}"
    key = f"archive:figure:{stamps}:{hashlib.sha256(name.encode()).hexdigest()}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, kept_seconds())
    return found


# -- when the archive changes ------------------------------------------------------------------

_pending = threading.local()


def archive_changed() -> None:
    """The archive changed, or is about to in the current transaction: pages go stale now, again
    when the transaction commits, and again when the request ends.

    The later bumps close the window in which a reader's request, rendered between the first
    bump and the change becoming visible, would keep the old page under the new version.
    """
    if not enabled():
        return
    bump_version()
    _pending.bump = True
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(
        callback is _bump_after_commit for _, callback, _ in connection.run_on_commit
    ):
        transaction.on_commit(_bump_after_commit)


def _bump_after_commit() -> None:
    bump_version()


def _bump_at_request_end(**kwargs) -> None:
    if getattr(_pending, "bump", False):
        _pending.bump = False
        bump_version()


def _history_written(sender, instance, created, **kwargs) -> None:
    # Every change made in the admin — a save, a delete, a bulk action — writes a history entry.
    if created:
        archive_changed()


def connect_signals() -> None:
    post_save.connect(_history_written, sender=LogEntry, dispatch_uid="archive.caching.history")
    request_finished.connect(_bump_at_request_end, dispatch_uid="archive.caching.request_end")


class ImportRefresh:
    """An import's pages reach readers at most ``every`` seconds after they are written, and all
    of them when the run ends — not one bump per page, which would leave nothing in the cache.

    Each refresh reads which papers' days the articles written since the one before last are
    on (the one before too: a page written then may have committed after it looked).
    """

    def __init__(self, every: float = IMPORT_REFRESH, clock=time.monotonic):
        self.every = every
        self.clock = clock
        self.last = clock()
        self.unseen = False
        self.replaced = False
        #: The highest article id at the refresh before last and at the last (or at the start);
        #: empty for a dry run without a database, which writes nothing.
        self.seen = []
        if enabled():
            with contextlib.suppress(DatabaseError):
                self.seen = [highest_article_id()] * 2

    def page_written(self, *, replaced: bool = False) -> None:
        self.unseen = True
        self.replaced = self.replaced or replaced
        if self.clock() - self.last >= self.every:
            self.finished()

    def finished(self) -> None:
        if self.unseen and enabled():
            try:
                highest = highest_article_id()
                days = None if self.replaced or not self.seen else days_written(self.seen[0])
            except DatabaseError:
                # An import stopped by its database: whatever it wrote goes stale everywhere.
                highest, days = (self.seen[-1] if self.seen else 0), None
            import_refreshed(days)
            self.seen = [self.seen[-1] if self.seen else highest, highest]
        self.unseen = self.replaced = False
        self.last = self.clock()


def highest_article_id() -> int:
    from archive.models import Article

    return Article.objects.order_by("-id").values_list("id", flat=True).first() or 0


def days_written(after: int) -> set[tuple[str, datetime.date]]:
    """The (paper slug, date) of the issues holding the articles with ids above ``after``."""
    from archive.models import Article

    rows = (
        Article.objects.filter(id__gt=after, page__issue__isnull=False)
        .order_by()
        .values_list("page__issue__publication__slug", "page__issue__date")
        .distinct()
    )
    return set(rows)


# -- serving pages -------------------------------------------------------------------------------


def is_reader(request) -> bool:
    """An anonymous reader: no session, so nothing in the page can be theirs alone."""
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def page_key(request, token: int) -> str:
    address = f"{request.get_host()}{request.get_full_path()}".encode()
    return f"archive:page:{token}:{hashlib.sha256(address).hexdigest()}"


def keepable(request, response) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
        and len(response.content) <= LARGEST_KEPT
    )


def for_readers(response, modified: int) -> None:
    """Mark a reader's page public, revalidated by its ETag and the time of the last change."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    response["Last-Modified"] = http_date(modified)
    max_age = browser_max_age()
    patch_cache_control(response, public=True, max_age=max_age, must_revalidate=max_age == 0)
    patch_vary_headers(response, ["Cookie"])


def rebuilt(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    return response


@dataclass(frozen=True)
class Rendering:
    """A reader's page being rendered: where it is kept, and what it was rendered under."""

    key: str
    stamp: tuple[int, ...]
    modified: int
    #: This request took the turn to render a stale page (see ``claim``).
    claimed: bool = False


def claim(key: str) -> bool:
    """Whether this request may render the stale page kept under ``key``: one request per page,
    and one such page at a time over all the workers, so that the others keep serving kept
    pages while an import takes its share of the processors."""
    if not cache.add(RENDERING_KEY, 1, RENDERING_SECONDS):
        return False
    if not cache.add(f"{key}:rendering", 1, RENDERING_SECONDS):
        cache.delete(RENDERING_KEY)
        return False
    return True


def release(key: str) -> None:
    cache.delete_many([f"{key}:rendering", RENDERING_KEY])


class ReaderPageCache:
    """Middleware: serve readers' pages of the ``archive`` namespace from the cache, or keep them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_archive_admin_post", False) and enabled():
            # Whatever an editor posted has been committed by now: a bulk action writes its
            # history entries in one statement, with no signal to say so.
            bump_version()
        rendering = getattr(request, "_archive_rendering", None)
        if rendering is None:
            if getattr(request, "_archive_private", False):
                patch_cache_control(response, private=True)
                patch_vary_headers(response, ["Cookie"])
            return response
        kept = keepable(request, response)
        if kept:
            for_readers(response, rendering.modified)
            cache.set(
                rendering.key,
                {
                    "content": response.content,
                    "etag": response["ETag"],
                    "headers": {h: response[h] for h in KEPT_HEADERS if response.has_header(h)},
                    "stamp": rendering.stamp,
                },
                kept_seconds(),
            )
        if rendering.claimed:
            release(rendering.key)
        return self.conditional(request, response, rendering.modified) if kept else response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if not enabled() or match is None:
            return None
        if "admin" in match.namespaces and request.method == "POST":
            request._archive_admin_post = True
        if "archive" not in match.namespaces:
            return None
        if not is_reader(request):
            request._archive_private = True
            return None
        if request.method not in ("GET", "HEAD"):
            return None
        version = current_version()
        stamp, modified = page_stamp(match)
        modified = max(modified, version.modified)
        key = page_key(request, version.token)
        entry = cache.get(key)
        claimed = False
        if entry is not None:
            if entry.get("stamp") == stamp:
                response = rebuilt(entry)
                for_readers(response, modified)
                return self.conditional(request, response, modified)
            claimed = claim(key)
            if not claimed:
                # An import's refresh made it stale (an editor's change leaves nothing under
                # this key): one request renders it again, the others get it as it was rather
                # than all rendering it at once beside the import.
                response = rebuilt(entry)
                patch_cache_control(response, public=True, no_cache=True)
                patch_vary_headers(response, ["Cookie"])
                return response
        request._archive_rendering = Rendering(key, stamp, modified, claimed)
        return None

    @staticmethod
    def conditional(request, response, modified):
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=modified, response=response
        )
