"""An editor files a seed page and confirms its proposed date; a reader walks to its calendar and
its page (版) — in headless Chromium against the live server, with the seeds imported through the
importer.  Screenshots on desktop and phone go to screenshots/ (git-ignored)."""

import pytest
from django.contrib.auth.models import User

from archive.models import Page
from tests.support.editors import editor_group

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SEED = "002_56aeab11ad64d137.txt"  # 本报杭州10月20日讯 … 2023年: proposed 2023-10-20
PHONE = {"width": 390, "height": 844}


def test_an_editor_files_a_seed_page_confirms_its_date_and_a_reader_walks_to_it(
    browser, screenshot, live_server, imported_seeds
):
    from playwright.sync_api import expect

    editor = User.objects.create_user("editor", password="correct horse", is_staff=True)
    editor.groups.add(editor_group())
    seed = Page.objects.select_related("issue").get(source_name=SEED)
    assert (seed.issue.date.isoformat(), seed.date_inferred) == ("2023-10-20", True)

    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page.set_default_timeout(20_000)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse")
    page.click("input[type=submit]")
    page.wait_for_selector("text=编辑部工作台")

    # 1. The queue, by reason: each inferred date with its evidence, confirmed with one click.
    page.goto(f"{live_server.url}/admin/archive/reviewitem/")
    page.get_by_role("link", name="出版日期为推断，待编辑确认").click()
    row = page.locator("#result_list tbody tr", has_text="本报杭州10月20日讯").first
    expect(row).to_contain_text("确认日期")
    screenshot(page, "filing-1-queue")
    row.get_by_role("button", name="确认日期").click()
    expect(page.locator(".messagelist")).to_contain_text("出版日期")
    seed.refresh_from_db()
    assert seed.date_inferred is False
    assert not seed.articles.filter(date_inferred=True).exists()

    # 2. File the page: its number and name (the paper and date stay).
    page.goto(f"{live_server.url}/admin/archive/page/{seed.pk}/change/")
    expect(page.locator("#id_publication_name")).to_have_value("浙江日报")
    page.fill("#id_number", "3")
    page.fill("#id_name", "要闻")
    screenshot(page, "filing-2-refile-form")
    page.set_viewport_size(PHONE)
    screenshot(page, "filing-2-refile-form-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_be_visible()
    seed.refresh_from_db()
    assert (seed.number, seed.name) == (3, "要闻")

    # 3. A reader: the paper's calendar, the day's issue, its page.
    page.goto(f"{live_server.url}/")
    page.locator("#papers-title + ul").get_by_role("link", name="浙江日报").click()
    expect(page.get_by_role("heading", name="档案所藏")).to_be_visible()
    page.get_by_role("link", name="2024年", exact=True).click()
    expect(page.locator(".calendar a.unconfirmed")).to_have_count(1)  # 1月8日, still to confirm
    screenshot(page, "filing-3-calendar-unconfirmed")
    page.get_by_role("link", name="← 2023年", exact=True).click()
    day = page.get_by_role("link", name="2023-10-20")
    expect(day).not_to_have_class("unconfirmed")
    screenshot(page, "filing-4-calendar")
    page.set_viewport_size(PHONE)
    screenshot(page, "filing-4-calendar-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    day.click()
    page.get_by_role("link", name="第3版 要闻", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("第3版 要闻")
    expect(page.locator(".page-articles li").first).to_contain_text("阔步新征程")
    expect(page.locator(".date-unconfirmed")).to_have_count(0)
    screenshot(page, "filing-5-page-view")
    page.set_viewport_size(PHONE)
    screenshot(page, "filing-5-page-view-phone")
    page.set_viewport_size({"width": 1280, "height": 900})
    # An article of the page leads back to it through the breadcrumbs.
    page.locator(".page-articles li a").first.click()
    page.locator(".breadcrumbs").get_by_role("link", name="第3版 要闻").click()
    expect(page).to_have_url(f"{live_server.url}{seed.url}")
