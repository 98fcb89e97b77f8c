"""axe-core finds no accessibility violation on the public pages, at desktop and at phone width.

axe-core (Deque's rule engine, from npm) is injected into each page by Playwright.  Its script is
found through ``AXE_CORE_JS``, else in a cache folder where ``npm install axe-core@4`` puts it on
first use.  Without Chromium, or without axe-core and npm, the test is skipped, except under CI,
where it fails.
"""

import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "newsroom-axe-core"
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def unavailable(message):
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def axe_script() -> str:
    given = os.environ.get("AXE_CORE_JS")
    script = Path(given) if given else AXE_CACHE / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists() and not given and shutil.which("npm"):
        AXE_CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(AXE_CACHE), "--no-audit", "--no-fund", "axe-core@4"],
            check=False,
            capture_output=True,
            timeout=300,
        )
    if not script.exists():
        unavailable(f"axe-core not found at {script} (npm install axe-core, or set AXE_CORE_JS)")
    return script.read_text(encoding="utf-8")


def public_pages():
    from archive.models import Article, Person, Section, Tag
    from tests.support import builders

    # The seed pages print no date: one dated article gives the issue, calendar and day pages.
    dated = builders.article(builders.page("温岭日报", builders.DAY, 1), 1, "水泵产业再上台阶", tags=["水泵"])
    article = Article.objects.published().exclude(pk=dated.pk).order_by("id").first()
    tag = Tag.objects.filter(article_tags__isnull=False).order_by("id").first()
    person = Person.objects.order_by("id").first()
    section = Section.objects.filter(articles__isnull=False).order_by("id").first()
    paper, day = quote(dated.publication.slug), builders.DAY
    return [
        "/",
        "/articles/",
        "/articles/?q=" + quote("营商环境"),
        "/articles/?q=" + quote("没有这样的词语"),
        article.get_absolute_url(),
        dated.get_absolute_url(),
        tag.get_absolute_url(),
        section.get_absolute_url(),
        person.get_absolute_url(),
        f"/{paper}/",
        f"/{paper}/{day.year}/",
        f"/{paper}/{day.isoformat()}/",
        f"/date/{day.isoformat()}/",
        "/data/",
        "/articles/?date_from=" + quote("昨天"),
        "/no-such-page/x/y/",
    ]


def test_public_pages_have_no_axe_violations(browser, live_server, imported_seeds, axe_script):
    found = []
    pages = public_pages()
    for label, (width, height) in WIDTHS.items():
        # the site's policy forbids inline scripts, the injected auditor's among them
        page = browser.new_page(viewport={"width": width, "height": height}, locale="zh-CN", bypass_csp=True)
        page.set_default_timeout(20_000)
        for path in pages:
            page.goto(live_server.url + path)
            page.add_script_tag(content=axe_script)
            violations = page.evaluate(
                "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
                ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))"
            )
            found += [f"{label} {path} {violation}" for violation in violations]
        page.close()
    assert found == []


def test_a_phone_reader_can_jump_to_the_filters(browser, live_server, imported_seeds):
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(live_server.url + "/articles/?q=" + quote("营商环境"))
    link = page.get_by_role("link", name="跳到筛选和检索说明")
    expect(link).to_be_visible()
    link.click()
    assert page.locator("#filters").evaluate("el => el.getBoundingClientRect().top") < 844
    expect(page.locator("#id_q")).to_be_in_viewport()
    # On a wide screen the filters are beside the results: no link is needed.
    wide = browser.new_page(viewport={"width": 1280, "height": 900})
    wide.goto(live_server.url + "/articles/")
    expect(wide.get_by_role("link", name="跳到筛选和检索说明")).to_be_hidden()
