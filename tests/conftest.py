"""Shared fixtures: every test that touches the database runs on a real PostgreSQL server.

With DATABASE_URL set the tests use that server (Django creates and drops its test
database there).  Without it they get a throwaway embedded cluster in a temporary folder,
started once per test session and deleted at the end, so the project's own data in
.postgres/ is never touched.
"""

import os
import tempfile
from pathlib import Path

import pytest

from archive.database_server import EmbeddedServer


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


SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def imported_seeds(db):
    """The pages of seeds/ imported through the real importer; returns its ImportReport."""
    from archive.importer import import_pages

    return import_pages([SEEDS_DIR], workers=1)
