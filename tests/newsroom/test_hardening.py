"""Headers, login lockout, the upload cap and HEAD: what a hostile visitor meets first."""

import pytest
from axes.models import AccessAttempt
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from archive.models import ImportLog, Page

LOGIN = "/admin/login/?next=/admin/"


def test_every_page_carries_a_content_security_policy(client, db):
    policy = client.get("/").headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password="the-right-one", is_staff=True)


def try_login(client, password):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR="203.0.113.7")


def test_admin_logins_lock_out_after_five_failures(db, editor, django_user_model):
    client = Client()
    for _ in range(4):
        assert try_login(client, "wrong").status_code == 200  # the form again, with its error
    locked = try_login(client, "wrong")
    assert locked.status_code == 429
    assert "登录暂停" in locked.content.decode() and "15 分钟后" in locked.content.decode()
    # The right password does not get past the lock either.
    assert try_login(client, "the-right-one").status_code == 429
    assert "_auth_user_id" not in client.session
    # Another address may still sign in to the account.
    other = Client()
    response = other.post(
        LOGIN, {"username": "editor", "password": "the-right-one"}, REMOTE_ADDR="198.51.100.1"
    )
    assert response.status_code == 302

    # A superuser sees the lock in the admin and can lift it.
    attempt = AccessAttempt.objects.get(username="editor")
    assert attempt.failures_since_start >= 5
    boss = django_user_model.objects.create_superuser("boss", password="x")
    admin = Client()
    admin.force_login(boss)
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "203.0.113.7" in listing.content.decode()
    assert "登录失败记录" in listing.content.decode() and "失败次数" in listing.content.decode()
    admin.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert not AccessAttempt.objects.exists()
    assert try_login(client, "the-right-one").status_code == 302


def test_editors_do_not_see_the_locks(db, editor, client):
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name="编辑"))
    client.force_login(editor)
    assert client.get("/admin/axes/accessattempt/").status_code == 403


def test_an_oversized_upload_is_refused_before_its_body_is_read(admin_client, settings_limits):
    body = b"x" * 5000
    response = admin_client.post(
        "/admin/archive/importlog/upload/",
        {"files": [SimpleUploadedFile("big.txt", body)]},
    )
    assert response.status_code == 400
    assert not ImportLog.objects.exists()


def test_a_page_file_over_the_limit_is_kept_only_to_the_limit_and_refused_by_name(admin_client, settings):
    settings.ARCHIVE_MAX_PAGE_BYTES = 1000
    response = admin_client.post(
        "/admin/archive/importlog/upload/",
        {"files": [SimpleUploadedFile("big.txt", "大".encode() * 100_000)]},
    )
    assert response.status_code == 200
    assert "big.txt" in response.content.decode()
    assert "文件过大（1,001 字节，上限 1,000 字节）" in response.content.decode()
    assert not Page.objects.exists()


@pytest.fixture
def settings_limits(settings):
    settings.ARCHIVE_MAX_UPLOAD_BYTES = 4000
    return settings


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/articles/",
        "/robots.txt",
        "/sitemap.xml",
        "/sitemap-articles.xml",
        "/feed/",
        "/date/2023-07-26/",
    ],
)
def test_head_is_answered_wherever_get_is(client, db, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code
    assert head.content == b""
