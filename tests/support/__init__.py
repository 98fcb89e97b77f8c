"""What the tests share, kept here so that no test module imports another.

- ``pages``: paragraphs and helpers for reading small hand-written pages with the parser;
- ``rendering``: small invented articles printed as a page by the training renderer;
- ``builders``: small archives built with the ORM;
- ``seed_text``: the seed pages' prose, for tests without a database;
- ``import_runs``: ``manage.py import_articles`` run as a real process, and what its runs leave;
- ``editors``: the 编辑 group as its migrations make it.

Fixtures (the database server, the imported seeds, the browser) are in ``tests/conftest.py``.
"""

from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
SEEDS = PROJECT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
