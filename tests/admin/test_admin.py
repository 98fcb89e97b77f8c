"""The editors' desk through the test client, as a logged-in editor of the 编辑 group."""

import datetime

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.db import connection
from django.urls import reverse

from archive.admin.pagination import EstimatedCountPaginator
from archive.models import (
    Article,
    ArticleTag,
    Credit,
    DictionaryEntry,
    ImportLog,
    Page,
    Person,
    Section,
    Tag,
    TagRedirect,
)
from tests.support import SEEDS, builders

# WhiteNoise warns when collectstatic has not run; the admin's files are served from the apps.

ARTICLES = reverse("admin:archive_article_changelist")
QUEUE = reverse("admin:archive_reviewitem_changelist")
TAGS = reverse("admin:archive_tag_changelist")
PEOPLE = reverse("admin:archive_person_changelist")
UPLOAD = reverse("admin:archive_importlog_upload")


def make_editor(username="editor"):
    user = User.objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def desk(db):
    """Two papers, three pages, a handful of articles with credits, tags and warnings."""
    wl = builders.page("温岭日报", datetime.date(2023, 7, 26), 1, "要闻")
    wl2 = builders.page("温岭日报", datetime.date(2023, 7, 26), 2, "综合")
    zj = builders.page("浙江日报", datetime.date(2022, 5, 3), 1, "要闻")
    people = Section.objects.get(name="民生")
    lead = builders.article(wl, 1, "城乡供水一体化工程全面完工", section=people)
    builders.credit(lead, "陈峰")
    builders.credit(lead, "林立", Credit.Role.CORRESPONDENT)
    builders.tag(lead, "供水")
    rest = builders.article(wl, 2, "", "接上文：供水工程还将继续向海岛延伸。")
    doubtful = builders.article(
        wl2,
        1,
        "短",
        kind=Article.Kind.ARTICLE,
        review_reasons=["headline_too_short", "no_byline"],
        review_score=20,
        date_inferred=True,
    )
    worse = builders.article(
        wl2, 2, "", "残段", review_reasons=["no_headline", "short_body"], review_score=60
    )
    photo = builders.article(
        zj, 1, "西湖晨景", "摄影 王五", kind=Article.Kind.PHOTO, status=Article.Status.HIDDEN
    )
    return {"lead": lead, "rest": rest, "doubtful": doubtful, "worse": worse, "photo": photo}


def changelist_ids(response):
    return [obj.pk for obj in response.context["cl"].result_list]


# -- permissions -----------------------------------------------------------------------------------


class TestPermissions:
    def test_anonymous_and_non_staff_users_are_sent_to_the_login(self, client, db):
        assert client.get(ARTICLES).status_code == 302
        client.force_login(User.objects.create_user("reader", password="pw"))
        response = client.get(ARTICLES)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]

    def test_staff_without_the_group_is_refused(self, client, db):
        client.force_login(User.objects.create_user("intern", password="pw", is_staff=True))
        assert client.get(ARTICLES).status_code == 403
        assert client.get(UPLOAD).status_code == 403

    def test_the_editor_cannot_manage_users_or_groups(self, editor_client):
        assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
        assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
        assert "auth" not in {app["app_label"] for app in editor_client.get("/admin/").context["app_list"]}

    def test_the_group_holds_exactly_the_editors_permissions(self, db):
        codenames = set(Group.objects.get(name="编辑").permissions.values_list("codename", flat=True))
        full = {
            "article",
            "credit",
            "articletag",
            "tag",
            "tagredirect",
            "person",
            "section",
            "dictionaryentry",
        }
        expected = {f"{action}_{model}" for model in full for action in ("view", "add", "change", "delete")}
        expected |= {"view_publication", "view_issue", "view_page", "add_page", "view_importlog"}
        # Filing pages: their place, and a paper when it is new.
        expected |= {"change_page", "add_publication"}
        assert codenames == expected
        assert (
            not Permission.objects.filter(group__name="编辑")
            .exclude(content_type__app_label="archive")
            .exists()
        )

    def test_the_import_log_is_read_only_even_for_a_superuser(self, client, db):
        client.force_login(User.objects.create_superuser("chief", password="pw"))
        log = ImportLog.objects.create(files=["a.txt"])
        assert client.get(reverse("admin:archive_importlog_add")).status_code == 403
        assert client.get(reverse("admin:archive_importlog_delete", args=[log.pk])).status_code == 403
        assert client.get(reverse("admin:archive_importlog_change", args=[log.pk])).status_code == 200


# -- the article list ------------------------------------------------------------------------------


class TestArticleList:
    def test_lists_headline_paper_page_section_and_people(self, editor_client, desk):
        response = editor_client.get(ARTICLES)
        assert response.status_code == 200
        html = response.content.decode()
        for text in (
            "城乡供水一体化工程全面完工",
            "温岭日报",
            "第1版 要闻",
            "民生",
            "记者 陈峰",
            "通讯员 林立",
            "已隐藏",
        ):
            assert text in html
        assert len(changelist_ids(response)) == 5

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ({"status__exact": "hidden"}, ["photo"]),
            ({"kind__exact": "photo"}, ["photo"]),
            ({"warnings": "yes"}, ["doubtful", "worse"]),
            ({"warnings": "no"}, ["lead", "rest", "photo"]),
            ({"date_inferred__exact": "1"}, ["doubtful"]),
            ({"published_on__year": "2022"}, ["photo"]),
        ],
    )
    def test_filters(self, editor_client, desk, query, expected):
        response = editor_client.get(ARTICLES, query)
        assert sorted(changelist_ids(response)) == sorted(desk[name].pk for name in expected)

    def test_filter_by_paper_and_section(self, editor_client, desk):
        paper = desk["photo"].publication_id
        assert changelist_ids(editor_client.get(ARTICLES, {"publication__id__exact": paper})) == [
            desk["photo"].pk
        ]
        section = desk["lead"].section_id
        assert changelist_ids(editor_client.get(ARTICLES, {"section__id__exact": section})) == [
            desk["lead"].pk
        ]

    def test_search_is_the_sites_chinese_full_text_search(self, editor_client, desk):
        # 海岛 is in a body only; 一体化 is inside a headline word jieba would not cut out alone.
        assert changelist_ids(editor_client.get(ARTICLES, {"q": "海岛"})) == [desk["rest"].pk]
        assert changelist_ids(editor_client.get(ARTICLES, {"q": "供水 一体化"})) == [desk["lead"].pk]
        # Hidden articles are found too: editors search everything.
        assert changelist_ids(editor_client.get(ARTICLES, {"q": "西湖"})) == [desk["photo"].pk]
        assert changelist_ids(editor_client.get(ARTICLES, {"q": "！？"})) == []

    def test_query_count_does_not_grow_with_the_articles(
        self, editor_client, desk, django_assert_max_num_queries
    ):
        with django_assert_max_num_queries(14) as few:
            assert editor_client.get(ARTICLES).status_code == 200
        for number in range(3, 9):
            page = builders.page("温岭日报", datetime.date(2023, 8, number), number)
            for order in range(1, 6):
                article = builders.article(page, order, f"第{number}版第{order}篇", index=False)
                builders.credit(article, f"记者{order}")
                builders.credit(article, f"通讯员{number}", Credit.Role.CORRESPONDENT)
        assert Article.objects.count() == 35
        with django_assert_max_num_queries(14) as many:
            response = editor_client.get(ARTICLES)
        assert len(changelist_ids(response)) == 35
        assert len(many.captured_queries) == len(few.captured_queries)
        # A filtered search adds bounded steps: a probe of the newest articles, the planner
        # settings around it, around the matches found through the index and around the
        # capped count, the index's count of the term, and one probe per year of the list.
        with django_assert_max_num_queries(21):
            editor_client.get(ARTICLES, {"warnings": "no", "q": "篇"})


def test_an_unfiltered_large_table_is_counted_from_the_planners_estimate(desk, monkeypatch):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE archive_article")
    monkeypatch.setattr(EstimatedCountPaginator, "estimate_above", 2)
    assert EstimatedCountPaginator(Article.objects.all(), 10).count == 5
    # A filtered list is counted exactly: the estimate is for the whole table only.
    assert EstimatedCountPaginator(Article.objects.filter(kind="photo"), 10).count == 1
    monkeypatch.setattr(EstimatedCountPaginator, "estimate_above", 1000)
    Article.objects.filter(pk=desk["photo"].pk).delete()
    assert EstimatedCountPaginator(Article.objects.all(), 10).count == 4


# -- editing an article ----------------------------------------------------------------------------


def article_form_data(article, **changes):
    data = {
        "kicker": article.kicker,
        "title": article.title,
        "subtitle": article.subtitle,
        "dateline": article.dateline,
        "column_label": article.column_label,
        "body": article.body,
        "published_on": article.published_on.isoformat() if article.published_on else "",
        "section": article.section_id or "",
        "kind": article.kind,
        "status": article.status,
        "editor_tags": list(article.tags.values_list("pk", flat=True)),
        "credits-TOTAL_FORMS": 0,
        "credits-INITIAL_FORMS": 0,
        "credits-MIN_NUM_FORMS": 0,
        "credits-MAX_NUM_FORMS": 1000,
    }
    if article.date_inferred:
        data["date_inferred"] = "on"
    credits = list(article.credits.order_by("pk"))
    data["credits-TOTAL_FORMS"] = data["credits-INITIAL_FORMS"] = len(credits)
    for index, row in enumerate(credits):
        data.update(
            {
                f"credits-{index}-id": row.pk,
                f"credits-{index}-article": article.pk,
                f"credits-{index}-person": row.person_id,
                f"credits-{index}-role": row.role,
                f"credits-{index}-order": row.order,
            }
        )
    data.update(changes)
    return data


class TestArticleEditing:
    def test_saving_marks_the_article_edited_reindexes_it_and_keeps_editor_tags(self, editor_client, desk):
        lead = desk["lead"]
        response = editor_client.get(reverse("admin:archive_article_change", args=[lead.pk]))
        assert response.status_code == 200
        assert "拆分" in response.content.decode()
        new_tag = Tag.objects.create(name="海岛")
        person = Person.objects.create(name="赵六")
        data = article_form_data(lead, title="海岛也喝上了自来水", editor_tags=[new_tag.pk])
        data.update(
            {
                "credits-TOTAL_FORMS": 3,
                "credits-2-person": person.pk,
                "credits-2-role": "photographer",
                "credits-2-order": 0,
            }
        )
        response = editor_client.post(reverse("admin:archive_article_change", args=[lead.pk]), data)
        assert response.status_code == 302, response.context["adminform"].form.errors
        lead.refresh_from_db()
        assert lead.title == "海岛也喝上了自来水"
        assert lead.edited_by_editor
        assert list(lead.article_tags.values_list("tag__name", "origin")) == [("海岛", "editor")]
        assert lead.credits.filter(person=person, role="photographer").exists()
        assert list(Article.objects.search("自来水")) == [lead]
        assert LogEntry.objects.filter(object_id=str(lead.pk), action_flag=CHANGE).exists()

    def test_tag_autocomplete_answers_the_editor(self, editor_client, desk):
        response = editor_client.get(
            reverse("admin:autocomplete"),
            {"term": "供", "app_label": "archive", "model_name": "article", "field_name": "tags"},
        )
        assert response.status_code == 200
        assert [r["text"] for r in response.json()["results"]] == ["供水"]


# -- actions -----------------------------------------------------------------------------------------


def act(client, url, action, objects, *, follow=False, **extra):
    data = {"action": action, "_selected_action": [obj.pk for obj in objects], **extra}
    return client.post(url, data, follow=follow)


class TestArticleActions:
    def test_hide_and_publish_are_logged(self, editor_client, desk):
        act(editor_client, ARTICLES, "hide", [desk["lead"], desk["rest"]])
        assert set(Article.objects.filter(status="hidden").values_list("pk", flat=True)) == {
            desk["lead"].pk,
            desk["rest"].pk,
            desk["photo"].pk,
        }
        assert LogEntry.objects.filter(change_message="状态改为「已隐藏」").count() == 2
        act(editor_client, ARTICLES, "publish", [desk["photo"]])
        assert Article.objects.get(pk=desk["photo"].pk).status == "published"

    def test_retag_replaces_automatic_tags_and_keeps_the_editors(self, editor_client, desk):
        lead = desk["lead"]
        builders.tag(lead, "编辑选的", ArticleTag.Origin.EDITOR)
        act(editor_client, ARTICLES, "retag", [lead])
        names = dict(lead.article_tags.values_list("tag__name", "origin"))
        assert names["编辑选的"] == "editor"
        assert "供水" in names and len(names) > 2
        assert LogEntry.objects.filter(object_id=str(lead.pk), change_message="重新自动标注标签").exists()

    def test_reapply_sections(self, editor_client, desk):
        rest = desk["rest"]
        Section.objects.filter(name="民生").update(keywords="海岛")
        act(editor_client, ARTICLES, "reapply_sections", [rest])
        rest.refresh_from_db()
        assert rest.section.name == "民生"

    def test_merge_with_next(self, editor_client, desk):
        lead, rest = desk["lead"], desk["rest"]
        # First what will be joined, and nothing changed yet; then, asked once, the merge.
        preview = act(editor_client, ARTICLES, "merge_with_next", [lead])
        assert preview.status_code == 200
        html = preview.content.decode()
        assert "城乡供水一体化工程全面完工" in html and "接上文：供水工程还将继续向海岛延伸。" in html
        assert "确认合并" in html and Article.objects.filter(pk=rest.pk).exists()
        response = act(editor_client, ARTICLES, "merge_with_next", [lead], apply="yes")
        assert response.status_code == 302
        lead.refresh_from_db()
        assert lead.body.endswith("接上文：供水工程还将继续向海岛延伸。")
        assert not Article.objects.filter(pk=rest.pk).exists()
        assert LogEntry.objects.filter(object_id=str(rest.pk), action_flag=DELETION).exists()
        assert LogEntry.objects.filter(object_id=str(lead.pk), action_flag=CHANGE).exists()

    def test_merging_the_last_article_of_a_page_is_refused_politely(self, editor_client, desk):
        response = act(editor_client, ARTICLES, "merge_with_next", [desk["photo"]], follow=True)
        assert "没有可合并的下一篇" in response.content.decode()
        assert "确认合并" not in response.content.decode()
        response = act(editor_client, ARTICLES, "merge_with_next", [desk["photo"]], apply="yes", follow=True)
        assert "没有可合并的下一篇" in response.content.decode()
        assert Article.objects.filter(pk=desk["photo"].pk).exists()

    def test_split_lists_the_paragraphs_and_cuts_where_chosen(self, editor_client, desk):
        lead = desk["lead"]
        Article.objects.filter(pk=lead.pk).update(body="第一段。\n\n第二段。\n\n第三段，另一篇稿件。")
        response = act(editor_client, ARTICLES, "split", [lead])
        split_url = reverse("admin:archive_article_split", args=[lead.pk])
        assert response["Location"] == split_url
        page = editor_client.get(split_url).content.decode()
        assert "第三段，另一篇稿件。" in page and page.count('name="at_paragraph"') == 2
        assert "新文章的标题" in page
        refused = editor_client.post(split_url, {"at_paragraph": 2})
        assert refused.status_code == 200 and not Article.objects.filter(page=lead.page, order=3).exists()
        response = editor_client.post(split_url, {"at_paragraph": 2, "title": "另一篇稿件"})
        assert response.status_code == 302
        tail = Article.objects.get(page=lead.page, order=3)
        assert response["Location"] == reverse("admin:archive_article_change", args=[tail.pk])
        assert (tail.title, tail.body) == ("另一篇稿件", "第三段，另一篇稿件。")
        assert Article.objects.get(pk=lead.pk).body == "第一段。\n\n第二段。"
        assert LogEntry.objects.filter(object_id=str(tail.pk)).exists()
        # Unpublished, absent from the site and the feed, until an editor saves it.
        assert tail.status == Article.Status.HIDDEN
        assert "另一篇稿件" not in editor_client.get("/feed/").content.decode()
        form = editor_client.get(response["Location"]).context["adminform"].form
        assert form.initial["status"] == Article.Status.PUBLISHED
        data = article_form_data(tail, status="published")
        assert editor_client.post(response["Location"], data).status_code == 302
        tail.refresh_from_db()
        assert tail.status == Article.Status.PUBLISHED and "split_pending" not in tail.review_reasons
        assert "另一篇稿件" in editor_client.get("/feed/").content.decode()

    def test_split_needs_exactly_one_article(self, editor_client, desk):
        response = act(editor_client, ARTICLES, "split", [desk["lead"], desk["rest"]], follow=True)
        assert "请只选择一篇文章" in response.content.decode()


# -- the review queue --------------------------------------------------------------------------------


class TestReviewQueue:
    def test_lists_flagged_articles_most_doubtful_first_with_their_reasons(self, editor_client, desk):
        response = editor_client.get(QUEUE)
        assert changelist_ids(response) == [desk["worse"].pk, desk["doubtful"].pk]
        html = response.content.decode()
        assert "没有识别出标题" in html and "标题过短，可能不完整" in html
        assert "待审文章" in editor_client.get("/admin/").content.decode()

    def test_shows_how_sure_the_parser_was_and_filters_by_reason_code(self, editor_client, desk):
        Article.objects.filter(pk=desk["worse"].pk).update(confidence=0.12)
        html = editor_client.get(QUEUE).content.decode()
        assert "切分置信度" in html and "12%" in html
        response = editor_client.get(QUEUE, {"reason": "no_headline"})
        assert changelist_ids(response) == [desk["worse"].pk]
        assert "没有识别出标题" in response.content.decode()

    def test_fixing_the_problem_clears_its_reasons(self, editor_client, desk):
        doubtful = desk["doubtful"]
        # The date is the page's: confirming it is one click in the queue, for the whole page.
        Page.objects.filter(pk=doubtful.page_id).update(date_inferred=True)
        editor_client.post(reverse("admin:archive_page_confirm_date", args=[doubtful.page_id]))
        data = article_form_data(doubtful, title="城南片区老旧小区改造全面启动", dateline="本报讯")
        response = editor_client.post(reverse("admin:archive_reviewitem_change", args=[doubtful.pk]), data)
        assert response.status_code == 302
        doubtful.refresh_from_db()
        assert doubtful.review_reasons == [] and doubtful.review_score == 0
        assert changelist_ids(editor_client.get(QUEUE)) == [desk["worse"].pk]

    def test_mark_reviewed(self, editor_client, desk):
        act(editor_client, QUEUE, "mark_reviewed", [desk["worse"]])
        assert changelist_ids(editor_client.get(QUEUE)) == [desk["doubtful"].pk]
        assert LogEntry.objects.filter(object_id=str(desk["worse"].pk), change_message="标记为已审").exists()


# -- tags, people, sections, dictionary --------------------------------------------------------------


class TestTags:
    def test_counts_are_annotated(self, editor_client, desk, django_assert_max_num_queries):
        builders.tag(desk["rest"], "供水")
        for n in range(20):
            Tag.objects.create(name=f"标签{n}")
        with django_assert_max_num_queries(10):
            response = editor_client.get(TAGS)
        assert '<td class="field-article_count">2</td>' in response.content.decode()

    def test_rename_redirects_the_old_address(self, editor_client, desk):
        water = Tag.objects.get(name="供水")
        response = editor_client.post(
            reverse("admin:archive_tag_change", args=[water.pk]), {"name": "城乡供水"}
        )
        assert response.status_code == 302
        water.refresh_from_db()
        assert water.slug == "城乡供水"
        assert TagRedirect.objects.get(old_slug="供水").tag == water
        site = editor_client.get("/tag/供水/")
        assert site.status_code == 301 and site["Location"] == water.get_absolute_url()

    def test_rename_onto_an_existing_name_is_refused(self, editor_client, desk):
        Tag.objects.create(name="自来水")
        water = Tag.objects.get(name="供水")
        response = editor_client.post(
            reverse("admin:archive_tag_change", args=[water.pk]), {"name": "自来水"}
        )
        assert response.status_code == 200
        assert "合并标签" in response.content.decode()

    def test_merge_chooses_the_target_on_an_intermediate_page(self, editor_client, desk):
        water = Tag.objects.get(name="供水")
        tap = Tag.objects.create(name="自来水")
        ArticleTag.objects.create(article=desk["lead"], tag=tap)
        ArticleTag.objects.create(article=desk["rest"], tag=tap)
        page = act(editor_client, TAGS, "merge_tags", [water, tap])
        assert page.status_code == 200
        assert "选择要保留的标签" in page.content.decode()
        response = act(editor_client, TAGS, "merge_tags", [water, tap], apply="yes", target=tap.pk)
        assert response.status_code == 302
        assert not Tag.objects.filter(pk=water.pk).exists()
        assert set(tap.article_tags.values_list("article_id", flat=True)) == {
            desk["lead"].pk,
            desk["rest"].pk,
        }
        assert TagRedirect.objects.get(old_slug="供水").tag == tap
        assert LogEntry.objects.filter(object_id=str(water.pk), action_flag=DELETION).exists()


def test_merge_people(editor_client, desk):
    duplicate = Person.objects.create(name="陈 峰")
    Credit.objects.create(article=desk["lead"], person=duplicate, role="reporter")
    Credit.objects.create(article=desk["rest"], person=duplicate, role="reporter")
    target = Person.objects.get(name="陈峰")
    act(editor_client, PEOPLE, "merge_people", [target, duplicate], apply="yes", target=target.pk)
    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert set(target.credits.values_list("article_id", flat=True)) == {desk["lead"].pk, desk["rest"].pk}


def test_section_rules_reapplied_to_the_sections_candidates(editor_client, desk):
    culture = Section.objects.get(name="文化")
    Section.objects.filter(pk=culture.pk).update(keywords="西湖")
    act(editor_client, reverse("admin:archive_section_changelist"), "reapply_rules", [culture])
    assert Article.objects.get(pk=desk["photo"].pk).section.name in {"文化", "图片"}
    assert Article.objects.get(pk=desk["lead"].pk).section.name == "民生"


def test_a_term_added_in_the_admin_changes_the_tags_of_a_retagged_article(editor_client, desk):
    article = builders.article(
        desk["lead"].page, 9, "石塘镇建成共富工坊", "石塘镇的共富工坊已经开工，共富工坊让渔嫂在家门口就业。"
    )
    act(editor_client, ARTICLES, "retag", [article])
    assert "共富工坊" not in set(article.tags.values_list("name", flat=True))
    response = editor_client.post(
        reverse("admin:archive_dictionaryentry_add"), {"word": "共富工坊", "kind": "term"}
    )
    assert response.status_code == 302
    entry = DictionaryEntry.objects.get(word="共富工坊")
    act(editor_client, reverse("admin:archive_dictionaryentry_changelist"), "retag_matching", [entry])
    assert "共富工坊" in set(article.tags.values_list("name", flat=True))


# -- import from the admin -----------------------------------------------------------------------------


class TestUpload:
    def test_the_upload_page_is_linked_from_the_index_and_the_import_log(self, editor_client, db):
        assert UPLOAD in editor_client.get("/admin/").content.decode()
        assert UPLOAD in editor_client.get(reverse("admin:archive_importlog_changelist")).content.decode()
        assert editor_client.get(UPLOAD).status_code == 200

    def test_a_gbk_page_is_imported_and_a_binary_file_reported(self, editor_client, editor, tmp_path):
        text = (SEEDS / "000_ffcd402804a0f69c.txt").read_text(encoding="utf-8")
        gbk = tmp_path / "wenling-gbk.txt"
        gbk.write_bytes(text.encode("gbk", errors="ignore"))
        binary = tmp_path / "scan.txt"
        binary.write_bytes(bytes(range(256)) * 8)
        with gbk.open("rb") as good, binary.open("rb") as bad:
            response = editor_client.post(
                UPLOAD, {"files": [good, bad], "date": "2023-07-26", "page_number": ""}
            )
        assert response.status_code == 200
        html = response.content.decode()
        assert "导入结果" in html and "scan.txt" in html and "未能导入的文件" in html
        assert Article.objects.filter(title__contains="询问会").exists() or Article.objects.count() > 3
        log = ImportLog.objects.get()
        assert log.user == editor and log.source == ImportLog.Source.ADMIN
        assert log.files == ["wenling-gbk.txt", "scan.txt"]
        assert log.counts["pages_new"] == 1 and log.counts["pages_failed"] == 1
        assert len(log.errors) == 1 and "scan.txt" in str(log.errors)
        # The log is kept when the articles go, and the list shows the run.
        Article.objects.all().delete()
        listing = editor_client.get(reverse("admin:archive_importlog_changelist")).content.decode()
        assert "editor" in listing and "后台上传" in listing
        detail = editor_client.get(reverse("admin:archive_importlog_change", args=[log.pk])).content.decode()
        assert "scan.txt" in detail

    def test_a_page_number_for_several_files_is_refused(self, editor_client, tmp_path):
        one, two = tmp_path / "1.txt", tmp_path / "2.txt"
        one.write_text("甲", encoding="utf-8")
        two.write_text("乙", encoding="utf-8")
        with one.open("rb") as a, two.open("rb") as b:
            response = editor_client.post(UPLOAD, {"files": [a, b], "page_number": "3"})
        assert "版次和版名只能在上传单个文件时填写" in response.content.decode()
        assert not ImportLog.objects.exists()
