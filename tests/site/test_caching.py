"""Readers' pages from the cache: headers, conditional GET, and pages going stale when the archive changes."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.urls import reverse

from archive import caching
from archive.importing.run import import_pages
from archive.models import Article
from tests.support import builders

DAY = datetime.date(2023, 7, 26)

NEW_PAGE = """温岭日报 2023年8月2日 星期三 第1版 要闻

东海塘新建三座污水泵站

本报讯（记者 林晓北）东海塘片区三座污水泵站昨日通水运行，片区内十二个村的生活污水从此接入城市管网。泵站由市水务集团建设，总投资四千余万元，日处理能力合计一万五千吨。

据介绍，泵站采用远程监控，无人值守，运行数据实时传到水务调度中心。
"""


@pytest.fixture
def archive(db):
    front = builders.page("温岭日报", DAY, 1, "要闻")
    shown = builders.article(front, 1, "城乡供水一体化工程全面完工", tags=["供水"])
    other = builders.article(front, 2, "老旧小区二次供水设施改造启动", tags=["供水"])
    return shown, other


@pytest.fixture
def editor_client(db):
    user = User.objects.create_user("editor", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client = Client()
    client.force_login(user)
    return client


def list_url():
    return reverse("archive:article_list")


def test_a_readers_page_is_public_with_validators(client, archive):
    response = client.get(archive[0].get_absolute_url())
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert "public" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert response["Last-Modified"]


def test_the_same_page_again_comes_from_the_cache(client, archive, django_assert_num_queries):
    first = client.get(list_url())
    with django_assert_num_queries(0):
        again = client.get(list_url())
    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]


def test_conditional_get_answers_not_modified(client, archive, django_assert_num_queries):
    url = archive[0].get_absolute_url()
    first = client.get(url)
    with django_assert_num_queries(0):
        by_etag = client.get(url, headers={"if-none-match": first["ETag"]})
        by_date = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_date.status_code == 304
    assert client.get(url, headers={"if-none-match": '"something-else"'}).status_code == 200


def test_an_article_hidden_in_the_admin_is_never_served_from_the_cache(client, editor_client, archive):
    shown, _ = archive
    url = shown.get_absolute_url()
    etag = client.get(url)["ETag"]
    assert shown.title in client.get(list_url()).content.decode()
    response = editor_client.post(
        reverse("admin:archive_article_changelist"),
        {"action": "hide", "_selected_action": [shown.pk]},
    )
    assert response.status_code == 302
    assert client.get(url).status_code == 404
    assert client.get(url, headers={"if-none-match": etag}).status_code == 404
    assert shown.title not in client.get(list_url()).content.decode()


def test_a_correction_saved_in_the_admin_is_shown_at_once(client, editor_client, archive):
    shown, _ = archive
    url = shown.get_absolute_url()
    before = client.get(url)
    assert "城乡供水一体化工程全面完工" in before.content.decode()
    change = reverse("admin:archive_article_change", args=[shown.pk])
    form = editor_client.get(change).context["adminform"].form
    data = {name: form.initial.get(name) or "" for name in ("kicker", "subtitle", "dateline", "column_label")}
    data.update(
        title="城乡供水一体化工程完工通水",
        body=shown.body,
        published_on=shown.published_on.isoformat(),
        kind=shown.kind,
        status=shown.status,
        section=shown.section_id or "",
        **{
            "credits-TOTAL_FORMS": "0",
            "credits-INITIAL_FORMS": "0",
            "credits-MIN_NUM_FORMS": "0",
            "credits-MAX_NUM_FORMS": "1000",
        },
    )
    response = editor_client.post(change, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    after = client.get(url)
    assert "城乡供水一体化工程完工通水" in after.content.decode()
    assert after["ETag"] != before["ETag"]
    assert client.get(url, headers={"if-none-match": before["ETag"]}).status_code == 200
    assert "城乡供水一体化工程完工通水" in client.get(list_url()).content.decode()


def test_an_import_is_shown_when_it_ends(client, archive, tmp_path):
    assert "污水泵站" not in client.get(list_url()).content.decode()
    (tmp_path / "page.txt").write_text(NEW_PAGE, encoding="utf-8")
    report = import_pages([tmp_path], workers=1)
    assert report.pages_new == 1
    assert "东海塘新建三座污水泵站" in client.get(list_url()).content.decode()


def test_editors_are_never_served_from_the_cache_nor_fill_it(client, editor_client, archive):
    shown, _ = archive
    url = shown.get_absolute_url()
    staff_page = editor_client.get(url)
    assert "private" in staff_page["Cache-Control"]
    assert "public" not in staff_page["Cache-Control"]
    client.get(list_url())
    # A change the cache is not told of: readers keep the kept page, editors see the change.
    Article.objects.filter(pk=shown.pk).update(title="标题已改")
    assert "标题已改" not in client.get(list_url()).content.decode()
    assert "标题已改" in editor_client.get(list_url()).content.decode()
    # The editor's request above kept nothing: the article page is rendered afresh for readers.
    assert "标题已改" in client.get(url).content.decode()


def test_pages_outside_the_readers_site_are_not_kept(client, archive):
    response = client.get(reverse("admin:login"))
    assert "public" not in response.get("Cache-Control", "")
    assert not response.has_header("ETag")


def test_turned_off_nothing_is_kept(client, archive, settings, django_assert_num_queries):
    settings.ARCHIVE_PAGE_CACHE = False
    client.get(list_url())
    response = client.get(list_url())
    assert not response.has_header("ETag")
    Article.objects.filter(pk=archive[0].pk).update(title="标题已改")
    assert "标题已改" in client.get(list_url()).content.decode()


def test_an_import_reaches_readers_during_the_run_only_now_and_then(monkeypatch, db):
    bumps = []
    monkeypatch.setattr(caching, "import_refreshed", bumps.append)
    now = [100.0]
    refresh = caching.ImportRefresh(every=30, clock=lambda: now[0])
    for _ in range(10):
        now[0] += 1
        refresh.page_written()
    assert bumps == []
    now[0] += 25
    refresh.page_written()
    assert bumps == [set()]  # no article written: no article page stale
    refresh.finished()
    assert len(bumps) == 1  # nothing written since
    refresh.page_written()
    refresh.finished()
    assert len(bumps) == 2


def test_articles_hidden_together_by_one_action_are_gone_from_the_cache(client, editor_client, archive):
    urls = [article.get_absolute_url() for article in archive]
    assert [client.get(url).status_code for url in urls] == [200, 200]
    response = editor_client.post(
        reverse("admin:archive_article_changelist"),
        {"action": "hide", "_selected_action": [article.pk for article in archive]},
    )
    assert response.status_code == 302
    assert Article.objects.filter(status=Article.Status.HIDDEN).count() == 2
    assert [client.get(url).status_code for url in urls] == [404, 404]
    assert "城乡供水" not in client.get(list_url()).content.decode()


def render_elsewhere(client, url):
    """Mark ``url`` as being rendered by another request, as a second worker would."""
    from django.core.cache import cache
    from django.test import RequestFactory

    request = RequestFactory().get(url)
    cache.add(f"{caching.page_key(request, caching.current_version().token)}:rendering", 1, 30)


def test_after_an_imports_refresh_the_page_as_it_was_is_served_while_one_renders_it(client, archive):
    shown, _ = archive
    before = client.get(list_url())
    Article.objects.filter(pk=shown.pk).update(title="导入后的新标题")
    caching.import_refreshed(None)
    render_elsewhere(client, list_url())
    meanwhile = client.get(list_url())
    assert meanwhile.content == before.content
    assert "no-cache" in meanwhile["Cache-Control"]
    # The request that renders it: here, the next address nobody is rendering yet.
    fresh = client.get(list_url(), {"sort": "date"})
    assert "导入后的新标题" in fresh.content.decode()


def test_after_an_editors_change_the_page_as_it_was_is_never_served(client, editor_client, archive):
    shown, _ = archive
    url = shown.get_absolute_url()
    client.get(url)
    caching.import_refreshed(None)
    client.get(list_url())
    editor_client.post(
        reverse("admin:archive_article_changelist"), {"action": "hide", "_selected_action": [shown.pk]}
    )
    render_elsewhere(client, url)
    assert client.get(url).status_code == 404
