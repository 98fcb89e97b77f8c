"""The Content-Security-Policy holds in a real browser: no page of the site or the admin breaks it.

Chromium reports every blocked script, style or image as a ``securitypolicyviolation`` event;
each page is visited with a listener that records them.
"""

import pytest

from archive.models import Article

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation",
    (event) => window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline")));
"""


def test_no_page_breaks_the_policy(browser, live_server, imported_seeds, django_user_model):
    boss = django_user_model.objects.create_superuser("boss", password="a-long-password-1")
    article = Article.objects.order_by("id").first()
    page = browser.new_page(locale="zh-CN")
    page.set_default_timeout(20_000)
    page.add_init_script(RECORD_VIOLATIONS)
    console = []
    page.on("console", lambda message: console.append(message.text))

    # Not the XML documents: Chromium shows those in a viewer of its own, with inline styles.
    public = ["/", "/articles/?q=营商环境", article.get_absolute_url(), "/articles/?kind=photo"]
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("用户名").fill(boss.username)
    page.get_by_label("密码").fill("a-long-password-1")
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(live_server.url + "/admin/")
    admin = [
        "/admin/",
        "/admin/archive/article/",
        f"/admin/archive/article/{article.pk}/change/",
        "/admin/archive/importlog/upload/",
        "/admin/archive/tag/",
        "/admin/axes/accessattempt/",
    ]
    for path in public + admin:
        response = page.goto(live_server.url + path)
        assert response.status < 400, path
        page.wait_for_load_state("load")
        assert page.evaluate("window.__violations") == [], path
    assert not [text for text in console if "Content Security Policy" in text]
