"""Papers, dates and pages: filing a page (admin and upload), proposed dates, the page view,
duplicates — through real PostgreSQL and the test client."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from archive.caching import archive_changed
from archive.importing.run import import_pages
from archive.models import Article, ArticleRedirect, Issue, Page, Publication
from archive.parsing import parse_page
from archive.parsing.dates import propose_date
from tests.support import SEEDS, builders

QUEUE = reverse("admin:archive_reviewitem_changelist")
UPLOAD = reverse("admin:archive_importlog_upload")

# A small page written for these tests: two stories with datelines, one naming the year.
DATELINED_PAGE = (
    "城南污水管网改造完工\n\n"
    "本报台州3月14日讯（记者 王小明）城南片区污水管网改造工程今天完工，2022年开工的这项工程"
    "涉及管网二十公里，惠及居民三万多户。市里计划到2026年完成全部老旧管网的改造。\n\n"
    "工程负责人介绍，下一步将对雨水管网进行排查，确保汛期排水通畅。\n\n"
    "春季植树活动举行\n\n"
    "本报讯（记者 李华）3月12日上午，全市春季义务植树活动在北山公园举行，2025年全市计划新增"
    "绿地一百公顷，市民踊跃参加，共植下树苗五千余株。\n\n"
    "活动现场还设置了园林知识宣传点，吸引了不少市民驻足了解。\n"
)


def editor_client(client, name="editor"):
    user = User.objects.create_user(name, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    client.force_login(user)
    return client, user


def page_form(page, **values):
    data = {
        "publication_name": page.publication.name if page.publication_id else "",
        "date": page.issue.date.isoformat() if page.issue_id else "",
        "number": page.number or "",
        "name": page.name,
    }
    data.update(values)
    return data


# -- proposing dates (plain Python) ---------------------------------------------------------------


def test_a_dateline_day_and_a_year_the_text_fixes_make_a_proposal():
    proposal = propose_date(parse_page(DATELINED_PAGE))
    assert proposal.date == datetime.date(2025, 3, 14)
    assert "3月14日" in proposal.evidence and "2025年" in proposal.evidence


def test_no_year_or_a_later_dated_year_proposes_nothing():
    without_year = DATELINED_PAGE.replace("2025年", "今年").replace("2022年", "前年")
    assert propose_date(parse_page(without_year)) is None
    # The latest year is printed only with a month: it dates an event, not this page.
    later_event = without_year.replace("前年开工", "2022年开工，2026年1月通过验收")
    assert propose_date(parse_page(later_event)) is None
    # A target year (到2026年) never fixes the page's year.
    assert propose_date(parse_page(DATELINED_PAGE)).date.year == 2025


def test_december_stories_on_a_january_page_belong_to_the_year_before():
    text = DATELINED_PAGE.replace("3月14日", "1月2日").replace("3月12日", "12月30日")
    assert propose_date(parse_page(text)).date == datetime.date(2025, 1, 2)


# -- the importer proposes, the queue confirms ---------------------------------------------------------


def test_an_imported_page_gets_its_proposed_date_marked_for_confirmation(client, db, tmp_path):
    (tmp_path / "p.txt").write_text(DATELINED_PAGE, encoding="utf-8")
    import_pages([tmp_path], publication="台州日报", workers=1)
    page = Page.objects.select_related("issue").get()
    assert (page.issue.date, page.date_inferred) == (datetime.date(2025, 3, 14), True)
    assert set(page.articles.values_list("published_on", "date_inferred")) == {(page.issue.date, True)}
    client, _ = editor_client(client)
    queue = client.get(QUEUE).content.decode()
    confirm = reverse("admin:archive_page_confirm_date", args=[page.pk])
    assert "确认日期" in queue and confirm in queue and "3月14日" in queue
    article = page.articles.first()
    form = client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert "请在版面里确认或修改" in form and "3月14日" in form
    response = client.post(confirm, HTTP_REFERER="http://testserver" + QUEUE)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.date_inferred is False
    for article in page.articles.all():
        assert article.date_inferred is False
        assert "date_inferred" not in article.review_reasons
    assert LogEntry.objects.filter(object_id=str(page.pk), change_message__contains="确认出版日期").exists()


def test_the_queue_filters_by_reason_and_finds_people_by_name(client, db):
    paper = builders.page()
    builders.article(paper, 1, "城乡供水", review_reasons=["no_byline"], credits=[("reporter", "陈峰")])
    builders.article(paper, 2, "老旧小区", review_reasons=["headline_too_short"])
    client, _ = editor_client(client)
    listed = client.get(QUEUE, {"reason": "no_byline"}).content.decode()
    assert "城乡供水" in listed and "老旧小区" not in listed
    found = client.get(reverse("admin:archive_article_changelist"), {"q": "陈峰"}).content.decode()
    assert "城乡供水" in found and "老旧小区" not in found


# -- filing from the admin -----------------------------------------------------------------------------


def test_an_editor_files_a_page_and_its_articles_follow(client, imported_seeds):
    page = Page.objects.get(source_name="004_a35f6fdfb49975cd.txt")
    article = page.articles.order_by("order").first()
    assert (page.issue_id, article.published_on) == (None, None)
    old_address = reverse("archive:article_by_id", args=[article.pk])
    client, _ = editor_client(client)
    url = reverse("admin:archive_page_change", args=[page.pk])
    assert "归档" in client.get(url).content.decode()
    response = client.post(
        url, page_form(page, publication_name="温州日报", date="2021-02-20", number=3, name="要闻")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert (str(page.issue), page.number, page.name, page.date_inferred) == (
        "温州日报 2021-02-20",
        3,
        "要闻",
        False,
    )
    article.refresh_from_db()
    assert (article.published_on, article.date_inferred) == (datetime.date(2021, 2, 20), False)
    assert "no_date" not in article.review_reasons
    # The date filter, the JSON twin and the old address all read the new date and place.
    listed = client.get(reverse("archive:article_list"), {"date_from": "2021-02-20", "date_to": "2021-02-20"})
    assert article.title in listed.content.decode()
    moved = client.get(old_address)
    assert moved.status_code == 301 and moved["Location"] == article.get_absolute_url()
    assert client.get(article.get_absolute_url().removesuffix("/") + ".json").json()["date"] == "2021-02-20"
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert "出版日期" in entry.change_message and "版次" in entry.change_message

    # Re-filed again (another number, a new paper): the dated address answers 301 too.
    dated = article.get_absolute_url()
    response = client.post(url, page_form(page, publication_name="瓯海日报", number=4))
    assert response.status_code == 302
    assert Publication.objects.filter(name="瓯海日报").exists()
    assert not Issue.objects.filter(publication__name="温州日报").exists()  # left without pages
    article.refresh_from_db()
    assert client.get(dated).status_code == 301
    assert client.get(dated)["Location"] == article.get_absolute_url()
    assert ArticleRedirect.objects.filter(article=article).count() >= 1


def test_filing_refuses_a_number_another_page_holds(client, db):
    taken = builders.page("温岭日报", datetime.date(2023, 7, 26), 1)
    other = builders.page("温岭日报", datetime.date(2023, 7, 27), 1)
    client, _ = editor_client(client)
    response = client.post(
        reverse("admin:archive_page_change", args=[other.pk]), page_form(other, date="2023-07-26")
    )
    assert response.status_code == 200
    assert "已有第1版" in response.content.decode()
    assert taken.issue.pages.count() == 1


def test_an_article_date_is_the_editors_own_only_without_an_issue(client, db):
    dated = builders.article(builders.page(), 1, "有期次的文章")
    client, _ = editor_client(client)
    form = client.get(reverse("admin:archive_article_change", args=[dated.pk])).context["adminform"].form
    assert form.fields["published_on"].disabled


# -- uploads: re-filing a held page, duplicates -------------------------------------------------------


def test_uploading_a_held_page_with_its_place_refiles_it(client, imported_seeds):
    client, _ = editor_client(client)
    text = (SEEDS / "000_ffcd402804a0f69c.txt").read_bytes()
    before = Article.objects.count()
    response = client.post(
        UPLOAD,
        {
            "files": SimpleUploadedFile("page-one.txt", text),
            "date": "2023-07-26",
            "page_number": "1",
            "page_name": "要闻",
        },
    )
    body = response.content.decode()
    assert "重新归档" in body
    assert "--force" not in body
    page = Page.objects.get(source_name="000_ffcd402804a0f69c.txt")
    assert (str(page.issue), page.number, page.name) == ("温岭日报 2023-07-26", 1, "要闻")
    assert Article.objects.count() == before
    assert set(page.articles.values_list("published_on", flat=True)) == {datetime.date(2023, 7, 26)}
    entry = LogEntry.objects.get(object_id=str(page.pk))
    assert entry.change_message.startswith("上传时已重新归档为「温岭日报 2023-07-26 第1版 要闻」")
    assert "出版日期：— → 2023-07-26" in entry.change_message


def test_the_same_text_under_another_name_and_no_paper_is_reported_not_imported(client, imported_seeds):
    text = (SEEDS / "001_f6237758df0ad2da.txt").read_bytes()
    before = Article.objects.count()
    report = import_pages([("copy-of-one.txt", text)], workers=1)
    assert (report.pages_new, report.pages_duplicate) == (0, 1)
    assert Article.objects.count() == before
    assert "001_f6237758df0ad2da.txt" in report.warnings[0][1]
    # From the upload form too, in Chinese; an editor may ask for a copy in another paper.
    client, _ = editor_client(client)
    response = client.post(UPLOAD, {"files": SimpleUploadedFile("again.txt", text)})
    assert "已有相同文字、未重复导入的版面" in response.content.decode()
    assert Article.objects.count() == before
    copied = import_pages([("other.txt", text)], publication="台州日报", copy=True, workers=1)
    assert copied.pages_new == 1
    assert Page.objects.filter(publication__name="台州日报").count() == 1
    assert Article.objects.count() > before


# -- the public site ----------------------------------------------------------------------------------


@pytest.fixture
def printed_issue(db):
    day = datetime.date(2023, 7, 26)
    first = builders.page("温岭日报", day, 1, "要闻")
    second = builders.page("温岭日报", day, 2, "综合")
    third = builders.page("温岭日报", day, 4, "副刊")
    builders.article(second, 2, "第二篇 城南公园开放")
    builders.article(second, 1, "第一篇 城乡供水工程完工")
    builders.article(second, 3, "", kind=Article.Kind.PHOTO, body="市民在新开放的城南公园里散步。")
    return first, second, third


def test_the_page_view_lists_its_items_in_printed_order_with_its_neighbours(client, printed_issue):
    first, second, third = printed_issue
    response = client.get("/温岭日报/2023-07-26/2/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("第一篇") < html.index("第二篇") < html.index("市民在新开放的城南公园里散步")
    assert "（无题）" not in html
    assert f'href="{first.url}"' in html and "上一版" in html
    assert f'href="{third.url}"' in html and "下一版" in html
    assert client.get("/温岭日报/2023-07-26/3/").status_code == 404
    article = second.articles.get(order=1)
    assert f'href="{second.url}"' in client.get(article.get_absolute_url()).content.decode()
    assert f'href="{second.url}"' in client.get("/温岭日报/2023-07-26/").content.decode()


def test_home_lists_the_papers_and_a_paper_page_says_what_is_held(client, printed_issue):
    builders.publication("浙江日报")
    home = client.get("/").content.decode()
    for paper in Publication.objects.all():
        assert f'href="{paper.get_absolute_url()}"' in home
    paper = client.get("/温岭日报/").content.decode()
    assert "档案所藏" in paper and "共 1 期" in paper and "版面 3 个" in paper and "文章 3 篇" in paper


def test_inferred_dates_are_marked_on_calendar_day_issue_and_page(client, db, tmp_path):
    (tmp_path / "p.txt").write_text(DATELINED_PAGE, encoding="utf-8")
    import_pages([tmp_path / "p.txt"], publication="台州日报", page_number=2, workers=1)
    slug = Publication.objects.get().slug
    for url in (f"/{slug}/2025/", "/date/2025-03-14/", f"/{slug}/2025-03-14/", f"/{slug}/2025-03-14/2/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "待确认" in response.content.decode(), url
    Page.objects.update(date_inferred=False)
    archive_changed()  # a change made outside the admin and the importer tells the readers' cache
    assert "待确认" not in client.get(f"/{slug}/2025-03-14/2/").content.decode()


# -- the importer's messages in the admin ---------------------------------------------------------------


def test_the_importers_messages_read_in_chinese_in_the_admin(client, db):
    client, _ = editor_client(client)
    place = {"publication": "", "date": "2025-03-14", "page_number": "2"}
    Publication.objects.create(name="台州日报")
    place["publication"] = Publication.objects.get().pk
    client.post(UPLOAD, {"files": SimpleUploadedFile("p.txt", DATELINED_PAGE.encode()), **place})
    Article.objects.filter(order=1).update(edited_by_editor=True)
    changed = DATELINED_PAGE.replace("五千余株", "六千余株").encode()
    html = client.post(UPLOAD, {"files": SimpleUploadedFile("p.txt", changed), **place}).content.decode()
    response = client.post(UPLOAD, {"files": SimpleUploadedFile("empty.txt", b"   ")})
    html += response.content.decode()
    assert "未替换：" in html and "篇文章经编辑修改过" in html
    assert "文件只有空白" in html
    for english in ("--force", "not replaced", "contains only whitespace"):
        assert english not in html
    log = client.get(reverse("admin:archive_importlog_change", args=[response.context["report"].log_id]))
    assert "文件只有空白" in log.content.decode()


def test_the_command_reports_a_duplicate_and_copies_it_on_request(db, tmp_path):
    from io import StringIO

    from django.core.management import call_command

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(DATELINED_PAGE, encoding="utf-8")
    out = StringIO()
    call_command("import_articles", str(tmp_path), "--workers", "1", stdout=out, stderr=StringIO())
    assert "Pages: 1 new, 0 unchanged, 0 replaced, 0 skipped, 0 failed, 1 duplicate." in out.getvalue()
    out = StringIO()
    call_command(
        "import_articles",
        str(tmp_path / "b.txt"),
        "--publication",
        "台州日报",
        "--copy",
        stdout=out,
        stderr=StringIO(),
    )
    assert "Pages: 1 new" in out.getvalue()
    assert Page.objects.count() == 2


def test_an_unnumbered_page_has_no_page_view_and_no_error(client, db):
    from django.contrib.contenttypes.models import ContentType

    unnumbered = builders.page(number=None)
    article = builders.article(unnumbered, 1, "未编号版面上的文章")
    assert unnumbered.url is None
    assert client.get(article.get_absolute_url()).status_code == 200
    client, _ = editor_client(client)
    change = client.get(reverse("admin:archive_page_change", args=[unnumbered.pk])).content.decode()
    assert "在站点上查看" not in change
    kind = ContentType.objects.get_for_model(Page)
    assert client.get(f"/admin/r/{kind.pk}/{unnumbered.pk}/").status_code == 404


def test_a_page_taken_out_of_its_issue_takes_its_articles_dates_with_it(db):
    from archive.filing import Place, file_page

    paper = builders.page("温岭日报", datetime.date(2023, 7, 26), 5)
    article = builders.article(paper, 1, "城乡供水")
    assert article.published_on == datetime.date(2023, 7, 26)
    file_page(paper, Place(publication="温岭日报"))
    article.refresh_from_db()
    assert (article.published_on, article.page.issue_id) == (None, None)
    assert "no_date" in article.review_reasons
    assert not Issue.objects.exists()


def test_a_duplicate_creates_no_paper_and_no_issue(db, tmp_path):
    (tmp_path / "a.txt").write_text(DATELINED_PAGE, encoding="utf-8")
    import_pages([tmp_path / "a.txt"], publication="台州日报", workers=1)
    copy = tmp_path / "elsewhere"
    copy.mkdir()
    (copy / "b.txt").write_text(DATELINED_PAGE, encoding="utf-8")
    (copy / "manifest.json").write_text('{"publication": "新报", "date": "2023-01-02"}', encoding="utf-8")
    report = import_pages([copy], workers=1)
    assert report.pages_duplicate == 1
    assert list(Publication.objects.values_list("name", flat=True)) == ["台州日报"]
    assert list(Issue.objects.values_list("date", flat=True)) == [datetime.date(2025, 3, 14)]


def test_the_page_view_and_the_queue_cost_the_same_few_queries_however_many_items(
    client, db, django_assert_max_num_queries
):
    day = datetime.date(2023, 7, 26)
    small, large = builders.page("温岭日报", day, 1), builders.page("温岭日报", day, 2)
    builders.article(small, 1, "一篇", credits=[("reporter", "陈峰")])
    for order in range(1, 31):
        builders.article(large, order, f"第{order}篇", credits=[("reporter", f"记者{order}")], index=False)
    small_url, large_url = small.url, large.url
    with django_assert_max_num_queries(8) as few:
        assert client.get(small_url).status_code == 200
    with django_assert_max_num_queries(8) as many:
        assert client.get(large_url).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)
    Page.objects.update(date_inferred=True)
    Article.objects.update(date_inferred=True, review_reasons=["date_inferred"])
    client, _ = editor_client(client)
    with django_assert_max_num_queries(20) as queue:
        assert client.get(QUEUE).status_code == 200
    Article.objects.filter(page=small).update(review_reasons=[])
    with django_assert_max_num_queries(20) as fewer:
        client.get(QUEUE)
    assert len(queue.captured_queries) == len(fewer.captured_queries)


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        ("page number 99999 is out of range (1–32767)", "版次 99999 超出范围（1–32767）"),
        (
            "40,000 items on one page; the limit is 2,000 (is the file several pages run together?)",
            "一个版面有 40,000 篇，上限 2,000 篇",
        ),
        (
            "claims the same page as «a.txt» (台州日报 第2版) with other text; not imported "
            "(check the two files; --force replaces the page)",
            "与«a.txt»（台州日报 第2版）是同一个版面，但文字不同",
        ),
        ("not finished: the run stopped (worker died)", "未完成：导入已中止（worker died）"),
    ],
)
def test_the_limits_and_faults_read_in_chinese_too(message, chinese):
    from django.utils import translation

    from archive.importing.messages import readable

    with translation.override("zh-hans"):
        shown = readable(message)
    assert chinese in shown and "--force" not in shown
