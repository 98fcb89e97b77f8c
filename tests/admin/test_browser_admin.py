"""The editors' desk in a real headless Chromium: log in, fix a headline from the review queue,
merge two tags.  Each step leaves a screenshot in screenshots/ (git-ignored)."""

import datetime

import pytest
from django.contrib.auth.models import User

from archive.models import Article, ArticleTag, Tag, TagRedirect
from tests.support import builders
from tests.support.editors import editor_group

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed rows; serialized rollback restores the migrations' data
    # (the 编辑 group, sections, dictionary) for the transactional tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def browser_page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page.set_default_timeout(15_000)
    return page


def test_an_editor_fixes_a_headline_and_merges_two_tags(live_server, browser_page, screenshot):
    page = browser_page
    editor = User.objects.create_user("editor", password="correct horse", is_staff=True)
    editor.groups.add(editor_group())
    paper = builders.page("温岭日报", datetime.date(2023, 7, 26), 2, "综合")
    body = (
        "城南片区老旧小区改造今天全面启动，涉及居民一千二百余户，预计年底前完成。"
        "改造内容包括外墙保温、雨污分流、加装电梯和停车位改造，居民可以通过社区提出意见。"
    )
    flagged = builders.article(
        paper, 1, "改造", body, dateline="本报讯", review_reasons=["headline_too_short"]
    )
    Article.objects.filter(pk=flagged.pk).update(review_score=15)
    builders.credit(flagged, "陈峰")
    other = builders.article(paper, 2, "老旧小区加装电梯", body, review_reasons=["no_byline"])
    Article.objects.filter(pk=other.pk).update(review_score=5)
    elevator, lift = Tag.objects.create(name="加装电梯"), Tag.objects.create(name="电梯加装")
    ArticleTag.objects.create(article=flagged, tag=elevator)
    ArticleTag.objects.create(article=other, tag=lift)

    # 1. Log in.
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "correct horse")
    screenshot(page, "admin-1-login")
    page.click("input[type=submit]")
    page.wait_for_selector("text=编辑部工作台")
    assert page.locator("a", has_text="待审文章").first.is_visible()
    assert page.locator("a", has_text="导入版面").first.is_visible()
    assert page.locator("text=用户").count() == 0  # no user management for editors
    screenshot(page, "admin-2-index")

    # 2. The review queue, most doubtful first, each with its reason.
    page.click(".desk-shortcuts a:text('待审文章')")
    page.wait_for_selector("#result_list")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 2
    assert "标题过短，可能不完整" in rows.nth(0).inner_text()
    assert "没有署名" in rows.nth(1).inner_text()
    screenshot(page, "admin-3-review-queue")

    # 3. Fix the headline: the article leaves the queue.
    rows.nth(0).locator("th a").click()
    page.wait_for_selector("#id_title")
    assert "标题过短" in page.locator(".errornote").inner_text()
    page.fill("#id_title", "城南片区老旧小区改造全面启动")
    screenshot(page, "admin-4-fixing-headline")
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist")
    assert "城南片区老旧小区改造全面启动" in page.locator(".messagelist").inner_text()
    assert page.locator("#result_list tbody tr").count() == 1
    screenshot(page, "admin-5-queue-after-fix")
    flagged.refresh_from_db()
    assert flagged.title == "城南片区老旧小区改造全面启动" and flagged.review_reasons == []
    assert flagged.edited_by_editor

    # 4. Merge two tags: pick both, choose the action, then the tag to keep.
    page.goto(f"{live_server.url}/admin/archive/tag/")
    page.wait_for_selector("#result_list")
    page.check(f"input.action-select[value='{elevator.pk}']")
    page.check(f"input.action-select[value='{lift.pk}']")
    page.select_option("select[name=action]", "merge_tags")
    screenshot(page, "admin-6-tags-selected")
    page.click("button[name=index]")
    page.wait_for_selector("text=选择要保留的标签")
    page.check(f"input[name=target][value='{elevator.pk}']")
    screenshot(page, "admin-7-merge-choose-target")
    page.click("input[type=submit][value='合并']")
    page.wait_for_selector(".messagelist")
    assert "已把 1 个标签并入「加装电梯」" in page.locator(".messagelist").inner_text()
    assert page.locator("#result_list td.field-article_count").first.inner_text() == "2"
    screenshot(page, "admin-8-tags-merged")
    assert list(Tag.objects.values_list("name", flat=True)) == ["加装电梯"]
    assert TagRedirect.objects.get(old_slug=lift.slug).tag == elevator
