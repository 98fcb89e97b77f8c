"""``manage.py import_articles`` as a real process on the test database, and what a run leaves."""

import os
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from archive.models import Credit, Page
from archive.parsing import parse_page
from archive.parsing.credits import printed_credits
from tests.support import PROJECT, SEED_FILES


def summary_figures(text: str) -> dict:
    pattern = (
        r"Pages: (\d+) new, (\d+) unchanged, (\d+) replaced, (\d+) skipped, (\d+) failed\. "
        r"Articles: (\d+)\. People: (\d+) new\. Tags: (\d+) new \((\d+) links\)\. [\d.]+ s, [\d.]+ pages/s"
    )
    match = re.search(pattern, text)
    assert match, text
    keys = ("new", "unchanged", "replaced", "skipped", "failed", "articles", "people", "tags", "links")
    return dict(zip(keys, map(int, match.groups()), strict=True))


def make_corpus(folder: Path, days: int) -> list[Path]:
    """``days`` × 5 distinct pages: the seed pages under a masthead of each day."""
    folder.mkdir()
    paths = []
    for day in range(1, days + 1):
        for number, seed in enumerate(SEED_FILES, start=1):
            path = folder / f"2023-05-{day:02d}-{number}.txt"
            path.write_text(
                f"温岭日报 2023年5月{day}日 星期三 第{number}版 要闻\n\n" + seed.read_text(encoding="utf-8"),
                encoding="utf-8",
            )
            paths.append(path)
    return paths


def command_env() -> dict:
    settings = connection.settings_dict
    host = quote(settings["HOST"] or "", safe="")
    url = f"postgres://{quote(settings['USER'])}:{quote(settings['PASSWORD'] or '')}@{host}"
    url += f":{settings['PORT'] or 5432}/{quote(settings['NAME'])}"
    return {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "newsroom.test_settings",
        "PYTHONWARNINGS": "ignore",
    }


def start_import(*args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, PROJECT / "manage.py", "import_articles", *map(str, args)],
        cwd=PROJECT,
        env=command_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def assert_pages_are_whole():
    for page in Page.objects.all():
        parsed = parse_page(page.raw_text).articles
        articles = list(page.articles.order_by("order"))
        assert [a.body for a in articles] == [p.body for p in parsed]
        # Credits as printed (a person named twice in one role is credited once).
        people = sum(
            len(found.credits) for found in printed_credits(parse_page(page.raw_text), page.raw_text)
        )
        assert Credit.objects.filter(article__page=page).count() <= people
        assert all(a.search_document is not None and a.article_tags.exists() for a in articles if a.body)
