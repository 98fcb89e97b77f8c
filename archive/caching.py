"""Readers' pages kept ready: cache headers, conditional GET, and a shared cache of whole pages.

Every public page (the ``archive`` URL namespace) that an anonymous reader asks for is kept in
Django's cache, under the **archive version**: a token bumped whenever what the pages show may
have changed — at the end of an import (and at most every ``IMPORT_REFRESH`` seconds while one
runs), and on every change an editor makes in the admin: when it writes its history entry, when
its transaction commits, and after every form or action posted to the admin.
A bump makes every kept page stale at once, so an article an editor hides is never served from
the cache again; old entries simply age out.

Readers get ``Cache-Control: public`` with an ``ETag`` and a ``Last-Modified`` (the time of the
last bump), and a conditional request for an unchanged page is answered ``304 Not Modified``
without rendering it.  Anyone with a session (an editor logged in) is never served from the
cache and never fills it, and their pages are marked private.

The cache is the ``default`` one of ``CACHES``: files shared by every worker process unless
settings name another (Redis).  ``ARCHIVE_PAGE_CACHE = False`` turns all of this off.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.core.cache import cache
from django.core.signals import request_finished
from django.db import transaction
from django.db.models.signals import post_save
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

VERSION_KEY = "archive:version"
#: While an import runs, readers see its new pages at most this many seconds late.
IMPORT_REFRESH = 30
#: Responses larger than this are rendered each time (bytes).
LARGEST_KEPT = 2 * 1024 * 1024
#: How long the others wait at most for the request rendering a page after an import's refresh.
RENDERING_SECONDS = 30
#: Response headers a kept page is served with again.
KEPT_HEADERS = ("Content-Type", "Content-Language", "X-Robots-Tag", "Content-Disposition")


def enabled() -> bool:
    return getattr(settings, "ARCHIVE_PAGE_CACHE", True)


def kept_seconds() -> int:
    return int(getattr(settings, "ARCHIVE_PAGE_CACHE_SECONDS", 600))


def browser_max_age() -> int:
    return int(getattr(settings, "ARCHIVE_PAGE_MAX_AGE", 0))


@dataclass(frozen=True)
class ArchiveVersion:
    """The token pages are kept under, and the time (whole seconds) of the change it marks.

    ``previous``: after an import's refresh only, the token before it.  Its pages show nothing
    an editor has since hidden (an editor's change leaves no previous), only fewer new pages,
    so one may be served while another request renders the page afresh.
    """

    token: int
    modified: int
    previous: int | None = None


def current_version() -> ArchiveVersion:
    found = cache.get(VERSION_KEY)
    if found is None:
        # A first start, or the key was evicted: a fresh token, never one pages were kept under.
        cache.add(VERSION_KEY, (time.time_ns(), int(time.time()) + 1, None), timeout=None)
        found = cache.get(VERSION_KEY) or (time.time_ns(), int(time.time()) + 1, None)
    return ArchiveVersion(*found)


def bump_version(*, new_pages_only: bool = False) -> None:
    """Make every kept page stale; ``new_pages_only`` (an import's refresh) lets the pages of
    the version before be served while each is rendered again (see ``ArchiveVersion``).

    ``modified`` moves on by at least a second, so that ``If-Modified-Since`` (one-second
    resolution) never takes a page from before a change for one after it.
    """
    previous = cache.get(VERSION_KEY)
    now = int(time.time())
    modified = max(now, previous[1] + 1) if previous else now
    earlier = previous[0] if previous and new_pages_only else None
    cache.set(VERSION_KEY, (time.time_ns(), modified, earlier), timeout=None)


def remembered(name: str, compute):
    """``compute()``, kept until the archive changes: figures that cost a scan, such as how many
    articles hold a common word, are worked out once per archive version (pages kept or not)."""
    key = f"archive:figure:{current_version().token}:{hashlib.sha256(name.encode()).hexdigest()}"
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
    of them when the run ends — not one bump per page, which would leave nothing in the cache."""

    def __init__(self, every: float = IMPORT_REFRESH, clock=time.monotonic):
        self.every = every
        self.clock = clock
        self.last = clock()
        self.unseen = False

    def page_written(self) -> None:
        self.unseen = True
        if self.clock() - self.last >= self.every:
            self.finished()

    def finished(self) -> None:
        if self.unseen and enabled():
            bump_version(new_pages_only=True)
        self.unseen = False
        self.last = self.clock()


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


def for_readers(response, version: ArchiveVersion) -> None:
    """Mark a reader's page public, revalidated by its ETag and the time of the last change."""
    if not response.has_header("ETag"):
        response["ETag"] = f'"{hashlib.md5(response.content, usedforsecurity=False).hexdigest()}"'
    response["Last-Modified"] = http_date(version.modified)
    max_age = browser_max_age()
    patch_cache_control(response, public=True, max_age=max_age, must_revalidate=max_age == 0)
    patch_vary_headers(response, ["Cookie"])


def rebuilt(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=200)
    for name, value in entry["headers"].items():
        response[name] = value
    response["ETag"] = entry["etag"]
    return response


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
        version = getattr(request, "_archive_version", None)
        if version is not None and keepable(request, response):
            for_readers(response, version)
            cache.set(
                request._archive_page_key,
                {
                    "content": response.content,
                    "etag": response["ETag"],
                    "headers": {h: response[h] for h in KEPT_HEADERS if response.has_header(h)},
                },
                kept_seconds(),
            )
            return self.conditional(request, response, version)
        if version is None and getattr(request, "_archive_private", False):
            patch_cache_control(response, private=True)
            patch_vary_headers(response, ["Cookie"])
        return response

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
        key = page_key(request, version.token)
        entry = cache.get(key)
        if entry is not None:
            response = rebuilt(entry)
            for_readers(response, version)
            return self.conditional(request, response, version)
        if version.previous is not None and not cache.add(f"{key}:rendering", 1, RENDERING_SECONDS):
            # After an import's refresh, one request renders each page; the others meanwhile
            # get the page as it was, rather than all rendering it at once beside the import.
            earlier = cache.get(page_key(request, version.previous))
            if earlier is not None:
                response = rebuilt(earlier)
                patch_cache_control(response, public=True, no_cache=True)
                patch_vary_headers(response, ["Cookie"])
                return response
        request._archive_version = version
        request._archive_page_key = key
        return None

    @staticmethod
    def conditional(request, response, version):
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=version.modified, response=response
        )
