"""Shared fixtures: every test that touches the database runs on a real PostgreSQL server.

With DATABASE_URL set the tests use that server (Django creates and drops its test
database there).  Without it they get a throwaway embedded cluster in a temporary folder,
started once per test session and deleted at the end, so the project's own data in
.postgres/ is never touched.
"""

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from archive.database_server import EmbeddedServer
from tests.support import SEEDS


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    if os.environ.get("DATABASE_URL"):
        yield
        return
    from django.conf import settings

    base_dir = Path(tempfile.mkdtemp(prefix="newsroom-test-pg-"))
    server = EmbeddedServer(base_dir)
    server.ensure_running()
    # Connections read this dict lazily; no connection has been opened yet at this point.
    settings.DATABASES["default"].update(server.connection_settings(), EMBEDDED_DIR=str(base_dir))
    try:
        yield
    finally:
        server.destroy()


@pytest.fixture
def imported_seeds(db):
    """The pages of seeds/ imported through the real importer; returns its ImportReport."""
    from archive.importing.run import import_pages

    return import_pages([SEEDS], workers=1)


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"


@pytest.fixture
def browser(monkeypatch):
    """Headless Chromium (Debian's package) under Playwright; skipped when missing, failed under CI."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        message = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    # Playwright's sync API runs an event loop in this thread; the ORM calls made here are not async.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
            # With Playwright's loop running, the test's ORM calls got a connection of their own
            # (Django keys connections by async context): close it so the test database can be dropped.
            connections.close_all()


@pytest.fixture
def screenshot():
    """``screenshot(page, name)`` saves the whole page as screenshots/NAME.png (git-ignored)."""

    def shoot(page, name):
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return shoot


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Readers' pages kept by one test are never served to the next, whose data differ."""
    from django.core.cache import cache

    cache.clear()
    yield
