"""What an import's refresh makes stale in the readers' cache: the lists, and only the article
pages of the papers' days it wrote — never past an editor's change."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.db import DatabaseError
from django.test import Client, RequestFactory
from django.urls import reverse

from archive import caching
from archive.importing.run import import_pages
from archive.models import Article
from tests.support import builders

DAY = datetime.date(2023, 7, 26)

NEXT_DAY_PAGE = """温岭日报 2023年7月27日 星期四 第2版 要闻

东海塘新建三座污水泵站

本报讯（记者 林晓北）东海塘片区三座污水泵站昨日通水运行，片区内十二个村的生活污水从此接入城市管网。泵站由市水务集团建设，总投资四千余万元，日处理能力合计一万五千吨。

据介绍，泵站采用远程监控，无人值守，运行数据实时传到水务调度中心。
"""


@pytest.fixture
def shelf(db):
    """An article on each of three days of one paper."""
    made = {}
    for day in (DAY - datetime.timedelta(days=30), DAY, DAY + datetime.timedelta(days=1)):
        page = builders.page("温岭日报", day, 1, "要闻")
        made[day] = builders.article(page, 1, f"{day.month}月{day.day}日 供水管网改造完工")
    return made


def list_url():
    return reverse("archive:article_list")


def change_quietly(article, title):
    """A change the cache is not told of, as an import's rows are until its refresh."""
    Article.objects.filter(pk=article.pk).update(title=title)


def render_elsewhere(url):
    """Mark ``url`` as being rendered by another request, as a second worker would."""
    request = RequestFactory().get(url)
    assert caching.claim(caching.page_key(request, caching.current_version().token))


def test_a_refresh_for_other_days_leaves_the_article_pages_kept(client, shelf, django_assert_num_queries):
    old = shelf[DAY - datetime.timedelta(days=30)]
    url = old.get_absolute_url()
    client.get(url)
    client.get(list_url())
    change_quietly(old, "改过的标题")
    caching.import_refreshed({(old.publication.slug, DAY + datetime.timedelta(days=5))})
    with django_assert_num_queries(0):
        kept = client.get(url)
    assert "改过的标题" not in kept.content.decode()
    assert "改过的标题" in client.get(list_url()).content.decode()


def test_a_refresh_makes_the_article_pages_of_its_days_and_the_day_before_stale(client, shelf):
    slug = shelf[DAY].publication.slug
    urls = {day: article.get_absolute_url() for day, article in shelf.items()}
    for url in urls.values():
        client.get(url)
    for day, article in shelf.items():
        change_quietly(article, f"{day.day}日改过")
    caching.import_refreshed({(slug, DAY + datetime.timedelta(days=1))})
    assert "27日改过" in client.get(urls[DAY + datetime.timedelta(days=1)]).content.decode()
    # The day before: an article there may continue on a page of the day written.
    assert "26日改过" in client.get(urls[DAY]).content.decode()
    assert "日改过" not in client.get(urls[DAY - datetime.timedelta(days=30)]).content.decode()


def test_a_stale_article_page_is_served_as_it_was_while_another_request_renders_it(client, shelf):
    article = shelf[DAY]
    url = article.get_absolute_url()
    before = client.get(url)
    change_quietly(article, "导入后的新标题")
    caching.import_refreshed({(article.publication.slug, DAY)})
    render_elsewhere(url)
    meanwhile = client.get(url)
    assert meanwhile.content == before.content
    assert "no-cache" in meanwhile["Cache-Control"]


def test_the_request_that_renders_a_stale_page_lets_the_next_refresh_render_it_again(client, shelf):
    url = list_url()
    client.get(url)
    for title in ("第一次刷新", "第二次刷新"):
        change_quietly(shelf[DAY + datetime.timedelta(days=1)], title)
        caching.import_refreshed(set())
        assert title in client.get(url).content.decode()
        assert title in client.get(url).content.decode()  # kept, not rendered each time


def test_an_import_that_replaced_a_page_makes_every_article_page_stale(client, shelf):
    old = shelf[DAY - datetime.timedelta(days=30)]
    url = old.get_absolute_url()
    client.get(url)
    change_quietly(old, "改过的标题")
    caching.import_refreshed(None)
    assert "改过的标题" in client.get(url).content.decode()


def test_an_editors_change_after_a_refresh_is_never_served_as_it_was(client, shelf):
    article = shelf[DAY]
    url = article.get_absolute_url()
    client.get(url)
    caching.import_refreshed(set())
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="编辑"))
    editors = Client()
    editors.force_login(editor)
    editors.post(
        reverse("admin:archive_article_changelist"), {"action": "hide", "_selected_action": [article.pk]}
    )
    render_elsewhere(url)
    assert client.get(url).status_code == 404


def test_a_refreshed_list_is_modified_later_than_before(client, shelf):
    first = client.get(list_url())
    caching.import_refreshed(set())
    change_quietly(shelf[DAY], "导入后的新标题")
    again = client.get(list_url(), headers={"if-modified-since": first["Last-Modified"]})
    assert again.status_code == 200
    assert again["Last-Modified"] != first["Last-Modified"]
    assert client.get(list_url(), headers={"if-modified-since": again["Last-Modified"]}).status_code == 304


def test_an_import_of_a_new_day_leaves_the_other_days_article_pages_kept(client, shelf, tmp_path):
    far = shelf[DAY - datetime.timedelta(days=30)]
    near = shelf[DAY]
    for article in (far, near):
        client.get(article.get_absolute_url())
        change_quietly(article, "改过的标题")
    (tmp_path / "page.txt").write_text(NEXT_DAY_PAGE, encoding="utf-8")
    assert import_pages([tmp_path], workers=1).pages_new == 1
    assert "东海塘新建三座污水泵站" in client.get(list_url()).content.decode()
    assert "改过的标题" not in client.get(far.get_absolute_url()).content.decode()
    # The page imported is of the day after ``near``'s, where its articles may continue.
    assert "改过的标题" in client.get(near.get_absolute_url()).content.decode()


def test_the_days_of_the_articles_written_since_the_refresh_before_last(shelf):
    refresh = caching.ImportRefresh(every=3600)
    page = builders.page("温岭日报", datetime.date(2024, 1, 2), 3)
    builders.article(page, 1, "新导入的文章")
    refresh.page_written()
    assert caching.days_written(refresh.seen[0]) == {(page.issue.publication.slug, datetime.date(2024, 1, 2))}
    refresh.finished()
    # Still read at the next refresh: its page may have committed after this one looked.
    assert caching.days_written(refresh.seen[0]) == {(page.issue.publication.slug, datetime.date(2024, 1, 2))}


def test_one_stale_page_is_rendered_at_a_time_over_all_workers(client, shelf):
    url = f"{list_url()}?sort=date"
    before = client.get(url)
    change_quietly(shelf[DAY], "导入后的新标题")
    caching.import_refreshed(set())
    assert caching.claim("archive:page:elsewhere")
    assert client.get(url).content == before.content
    caching.release("archive:page:elsewhere")
    assert "导入后的新标题" in client.get(url).content.decode()


def test_an_import_stopped_by_its_database_makes_every_article_page_stale(shelf, monkeypatch):
    refresh = caching.ImportRefresh(every=3600)
    refreshed = []
    monkeypatch.setattr(caching, "import_refreshed", refreshed.append)

    def unreachable():
        raise DatabaseError("the server closed the connection")

    monkeypatch.setattr(caching, "highest_article_id", unreachable)
    refresh.page_written()
    refresh.finished()
    assert refreshed == [None]
