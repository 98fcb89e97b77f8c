"""Editors' corrections as plain functions: merging, splitting, renaming, re-checking."""

import pytest

from archive import editing
from archive.models import (
    Article,
    ArticleTag,
    Credit,
    Person,
    Section,
    Tag,
    TagRedirect,
)
from tests.support import builders


@pytest.fixture
def page(db):
    return builders.page()


class TestMergeWithNext:
    def test_joins_bodies_unites_credits_and_deletes_the_next(self, page):
        first = builders.article(page, 1, "供水管网延伸到山区", "第一段。")
        second = builders.article(page, 2, "", "第二段，续完。", continues_to="下转第三版")
        third = builders.article(page, 3, "另一篇", "无关。")
        builders.credit(first, "张三")
        builders.credit(second, "张三")  # the same credit twice must not break the unique constraint
        builders.credit(second, "李四", Credit.Role.CORRESPONDENT)
        builders.tag(second, "供水", ArticleTag.Origin.EDITOR)

        result = editing.merge_with_next(first)

        first.refresh_from_db()
        assert first.body == "第一段。\n\n第二段，续完。"
        assert first.continues_to == "下转第三版"
        assert first.edited_by_editor
        assert not Article.objects.filter(pk=second.pk).exists()
        assert result.removed_pk == second.pk
        assert sorted(first.credits.values_list("person__name", "role")) == [
            ("张三", "reporter"),
            ("李四", "correspondent"),
        ]
        assert first.article_tags.filter(tag__name="供水", origin=ArticleTag.Origin.EDITOR).exists()
        assert list(page.articles.order_by("order").values_list("order", flat=True)) == [1, 3]
        third.refresh_from_db()
        assert third.order == 3

    def test_reindexes_the_merged_article(self, page):
        first = builders.article(page, 1, "开头", "开头的段落。")
        builders.article(page, 2, "", "结尾提到乡村振兴。")
        editing.merge_with_next(first)
        assert list(Article.objects.search("乡村振兴")) == [first]

    def test_the_merged_article_keeps_its_addresses(self, page, client):
        first = builders.article(page, 1, "开头", "开头的段落。")
        second = builders.article(page, 2, "", "续完的段落。")
        old_permalink, old_json = second.get_absolute_url(), second.get_absolute_url().rstrip("/") + ".json"
        old_by_id = f"/articles/{second.pk}/"
        editing.merge_with_next(first)

        assert client.get(old_permalink).headers["Location"] == first.get_absolute_url()
        assert client.get(old_permalink).status_code == 301
        assert client.get(old_json).headers["Location"] == first.get_absolute_url().rstrip("/") + ".json"
        assert client.get(old_by_id).headers["Location"] == first.get_absolute_url()
        assert client.get(f"/articles/{second.pk + 1000}/").status_code == 404

    def test_addresses_follow_a_second_merge(self, page, client):
        first = builders.article(page, 1, "开头", "一。")
        second = builders.article(page, 2, "", "二。")
        third = builders.article(page, 3, "", "三。")
        old_third = third.get_absolute_url()
        editing.merge_with_next(second)  # third → second
        editing.merge_with_next(first)  # second → first
        assert client.get(old_third).headers["Location"] == first.get_absolute_url()

    def test_a_hidden_target_hides_the_old_address_too(self, page, client):
        first = builders.article(page, 1, "开头", "一。")
        second = builders.article(page, 2, "", "二。")
        old = second.get_absolute_url()
        editing.merge_with_next(first)
        Article.objects.filter(pk=first.pk).update(status=Article.Status.HIDDEN)
        assert client.get(old).status_code == 404

    def test_last_article_on_the_page_cannot_merge(self, page):
        last = builders.article(page, 1, "唯一一篇")
        with pytest.raises(editing.EditingError, match="最后一篇"):
            editing.merge_with_next(last)


class TestSplit:
    def test_new_article_takes_the_following_paragraphs_and_the_next_free_order(self, page):
        article = builders.article(page, 1, "两篇稿件", "甲段。\n\n乙段。\n\n丙段。")
        builders.article(page, 2, "第二篇")
        builders.article(page, 5, "第五篇")

        tail = editing.split_article(article, 1)

        article.refresh_from_db()
        assert article.body == "甲段。"
        assert tail.body == "乙段。\n\n丙段。"
        assert tail.order == 6
        assert tail.page_id == page.pk and tail.published_on == article.published_on
        assert article.edited_by_editor and tail.edited_by_editor
        # Without a headline given, the new article is flagged for the editor to name it; it
        # waits unpublished in the queue either way.
        tail.refresh_from_db()
        assert "no_headline" in tail.review_reasons
        assert "split_pending" in tail.review_reasons
        assert tail.status == Article.Status.HIDDEN
        named = editing.split_article(tail, 1, "丙段的标题")
        assert named.title == "丙段的标题" and "no_headline" not in named.review_reasons

    @pytest.mark.parametrize("at", [0, 2, 9])
    def test_refuses_a_cut_outside_the_paragraphs(self, page, at):
        article = builders.article(page, 1, "两段", "甲段。\n\n乙段。")
        with pytest.raises(editing.EditingError):
            editing.split_article(article, at)


class TestTags:
    def test_merge_moves_articles_without_duplicates_and_redirects(self, page):
        a = builders.article(page, 1, "甲")
        b = builders.article(page, 2, "乙")
        builders.tag(a, "温岭", weight=0.5)
        builders.tag(a, "温岭市", ArticleTag.Origin.EDITOR, weight=0.9)
        builders.tag(b, "温岭市")
        target = Tag.objects.get(name="温岭")
        old = Tag.objects.get(name="温岭市")
        TagRedirect.objects.create(old_slug="wenling-old", tag=old)

        assert editing.merge_tags(target, [old, target]) == 1

        assert not Tag.objects.filter(pk=old.pk).exists()
        rows = {row.article_id: row for row in ArticleTag.objects.filter(tag=target)}
        assert set(rows) == {a.pk, b.pk}
        assert rows[a.pk].weight == 0.9 and rows[a.pk].origin == ArticleTag.Origin.EDITOR
        assert TagRedirect.objects.get(old_slug=old.slug).tag == target
        assert TagRedirect.objects.get(old_slug="wenling-old").tag == target

    def test_rename_leaves_a_redirect_and_renaming_back_removes_it(self, db):
        t = Tag.objects.create(name="营商")
        editing.rename_tag(t, "营商环境")
        assert t.slug == "营商环境"
        assert TagRedirect.objects.get(old_slug="营商").tag == t
        editing.rename_tag(t, "营商")
        assert list(TagRedirect.objects.values_list("old_slug", flat=True)) == ["营商环境"]

    def test_rename_onto_an_existing_tag_is_refused(self, db):
        Tag.objects.create(name="教育")
        t = Tag.objects.create(name="教学")
        with pytest.raises(editing.EditingError, match="合并"):
            editing.rename_tag(t, "教育")


def test_merge_people_moves_credits_without_violating_the_constraint(page):
    a = builders.article(page, 1, "甲")
    b = builders.article(page, 2, "乙")
    builders.credit(a, "王五")
    builders.credit(a, "王 五")
    builders.credit(b, "王 五", Credit.Role.PHOTOGRAPHER)
    target, duplicate = Person.objects.get(name="王五"), Person.objects.get(name="王 五")

    assert editing.merge_people(target, [duplicate]) == 1

    assert not Person.objects.filter(pk=duplicate.pk).exists()
    assert sorted(Credit.objects.values_list("article_id", "person__name", "role")) == sorted(
        [(a.pk, "王五", "reporter"), (b.pk, "王五", "photographer")]
    )


class TestReviewRecheck:
    def test_a_fixed_headline_clears_its_reason_and_keeps_the_others(self, page):
        article = builders.article(
            page,
            1,
            "短",
            review_reasons=["unknown_layout", "headline_too_short", "no_byline"],
            review_score=55,
        )
        article.title = "全市农村饮用水达标提标工程完工"
        builders.credit(article, "张三")
        editing.record_editor_changes(article)
        article.refresh_from_db()
        assert article.review_reasons == ["unknown_layout"]
        assert article.review_score == 35
        assert article.edited_by_editor

    def test_a_credit_taken_for_a_headline_clears_when_the_editor_moves_it_and_stays_until_then(self, page):
        article = builders.article(
            page, 1, "新安大桥建成通车", review_reasons=["not_a_headline"], review_score=30
        )
        article.kicker = "新华社记者 王晓明摄"
        builders.credit(article, "李红")
        editing.record_editor_changes(article)
        article.refresh_from_db()
        assert article.review_reasons == ["not_a_headline"]

        article.kicker = ""
        builders.credit(article, "王晓明", Credit.Role.PHOTOGRAPHER)
        builders.credit(article, "③2", Credit.Role.PHOTOGRAPHER)
        editing.record_editor_changes(article)
        article.refresh_from_db()
        assert article.review_reasons == ["not_a_name"]

        Credit.objects.filter(person__name="③2").delete()
        editing.record_editor_changes(article)
        article.refresh_from_db()
        assert article.review_reasons == []

    def test_a_credit_in_traditional_characters_taken_for_a_headline_is_read_as_the_parser_reads_it(
        self, page
    ):
        article = builders.article(page, 1, "新安大橋建成通車", review_reasons=[], review_score=0)
        article.kicker = "王曉明攝（人民視覺）"
        builders.credit(article, "李紅")
        editing.record_editor_changes(article)
        article.refresh_from_db()
        assert article.review_reasons == ["not_a_headline"]

    def test_mark_reviewed_empties_the_queue(self, page):
        article = builders.article(page, 1, "短", review_reasons=["no_byline"], review_score=5)
        editing.mark_reviewed([article])
        assert not Article.objects.needing_review().exists()


def test_section_candidates_are_found_through_the_keywords(page):
    section = Section.objects.get(name="民生")
    inside = builders.article(page, 1, "无关标题", section=section)
    matching = builders.article(page, 2, "社区新开一家食堂", "老人吃饭更方便了。")
    builders.article(page, 3, "无关", "毫无关系的内容。")
    assert set(editing.section_candidates(section)) == {inside, matching}
    editing.apply_section_rules(editing.section_candidates(section))
    matching.refresh_from_db()
    assert matching.section == section


def test_a_new_dictionary_term_changes_the_tags_of_a_retagged_article(page):
    article = builders.article(
        page, 1, "石塘镇建成共富工坊", "石塘镇的共富工坊已经开工，共富工坊让渔嫂在家门口就业。"
    )
    editing.retag([article])
    assert "共富工坊" not in set(article.tags.values_list("name", flat=True))
    from archive.models import DictionaryEntry

    DictionaryEntry.objects.create(word="共富工坊", kind=DictionaryEntry.Kind.TERM)
    editing.retag([article])
    assert "共富工坊" in set(article.tags.values_list("name", flat=True))


def test_merged_people_are_found_under_the_kept_name_only(page):
    article = builders.article(page, 1, "甲")
    builders.credit(article, "柳文嶽")
    builders.reindex_articles([article])
    kept = Person.objects.create(name="柳文杰")
    assert not Article.objects.search("作者:柳文杰").exists()
    editing.merge_people(kept, [Person.objects.get(name="柳文嶽")])
    assert list(Article.objects.search("作者:柳文杰")) == [article]
    assert not Article.objects.search("作者:文嶽").exists()
