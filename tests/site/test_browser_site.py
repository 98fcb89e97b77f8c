"""A reader's visit in a real browser: home, search, two filters, next page, an article, a tag.

Headless Chromium (Debian's ``chromium`` package) driven by Playwright against the live server,
with the seed pages imported through the importer.  A screenshot of each step is saved under
``screenshots/``.  Without Chromium the test is skipped, except under CI, where it fails.
"""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_readers_visit(browser, screenshot, live_server, imported_seeds, settings):
    from playwright.sync_api import expect

    settings.ARCHIVE_PAGE_SIZE = 2
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page.set_default_timeout(20_000)

    # 1. Home
    page.goto(live_server.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("heading", name="最新文章")).to_be_visible()
    expect(page.get_by_role("heading", name="栏目")).to_be_visible()
    expect(page.locator(".card").first).to_be_visible()
    screenshot(page, "01-home")

    # 2. Search from the header, with the keyboard
    page.get_by_label("全文检索").fill("营商环境")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/\?q="))
    expect(page.locator(".result-count")).to_contain_text("检索「营商环境」")
    expect(page.locator("mark").first).to_have_text("营商环境")
    assert page.locator('meta[name="robots"][content="noindex"]').count() == 1
    screenshot(page, "02-search")

    # 3. Two filters: a section from the facets, then the kind from the filter form
    page.locator(".facets h3:has-text('栏目') + ul a").first.click()
    page.wait_for_url(re.compile(r"section="))
    expect(page.locator(".active-filters")).to_contain_text("栏目：")
    page.get_by_label("类型").select_option("article")
    page.get_by_role("button", name="应用").click()
    page.wait_for_url(re.compile(r"kind=article"))
    chips = page.locator(".active-filters .chip")
    expect(chips).to_have_count(3)  # 关键词, 栏目, 类型
    expect(page.locator(".active-filters")).to_contain_text("类型：文章")
    first_page_titles = page.locator(".card-title a").all_inner_texts()
    assert len(first_page_titles) == 2
    screenshot(page, "03-filters")

    # 4. Next page keeps the query and both filters
    page.get_by_role("link", name=re.compile("下一页")).click()
    page.wait_for_url(re.compile(r"page=2"))
    assert "q=" in page.url and "section=" in page.url and "kind=article" in page.url
    expect(page.locator("[aria-current=page]")).to_have_text("第 2 页")
    expect(chips).to_have_count(3)
    assert not set(page.locator(".card-title a").all_inner_texts()) & set(first_page_titles)
    screenshot(page, "04-next-page")

    # 5. An article
    title = page.locator(".card-title a").first.inner_text()
    page.locator(".card-title a").first.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator(".article-body p").first).to_be_visible()
    expect(page.locator(".tags a").first).to_be_visible()
    screenshot(page, "05-article")

    # 6. One of its tags
    tag = page.locator(".tags a").first.inner_text()
    page.locator(".tags a").first.click()
    expect(page.locator("h1")).to_have_text(f"标签：{tag}")
    expect(page.locator(".card").first).to_be_visible()
    expect(page.locator('link[type="application/atom+xml"][href*="/feed/"]').last).to_have_count(1)
    screenshot(page, "06-tag")

    # The same article page on a phone: one column, nothing wider than the screen.
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    phone.goto(page.url)
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    screenshot(phone, "07-tag-phone")
    phone.close()

    # Keyboard: the skip link is the first stop and leads to the main content.
    page.keyboard.press("Tab")
    expect(page.locator(".skip-link")).to_be_focused()
