"""Tags, sections, search documents and review scores, as the importer and the admin use them."""

import pytest
from django.db import connection

from archive.indexing import (
    apply_section_rules,
    current_segmenter,
    reindex_articles,
    retag_articles,
    review_reasons,
    review_score,
)
from archive.models import Article, ArticleTag, DictionaryEntry, Page, Section, Tag
from archive.section_rules import SectionRule, choose_section


def test_an_editors_dictionary_entry_applies_without_a_restart(db):
    word = "瓯海区委书记处"
    assert word not in current_segmenter().search_tokens(f"今天{word}开会")
    DictionaryEntry.objects.create(word=word, kind=DictionaryEntry.Kind.TERM)
    assert word in current_segmenter().search_tokens(f"今天{word}开会")


def test_an_unchanged_dictionary_reuses_the_segmenter(db):
    assert current_segmenter() is current_segmenter()


def test_a_new_stopword_stops_a_tag(db):
    text = "温岭水泵企业扩大出口，水泵产业集群发展迅速，水泵行业协会表示。"
    assert "水泵" in [word for word, _ in current_segmenter().keywords("水泵出口", text)]
    DictionaryEntry.objects.create(word="水泵", kind=DictionaryEntry.Kind.STOPWORD)
    assert "水泵" not in [word for word, _ in current_segmenter().keywords("水泵出口", text)]


def test_default_dictionary_is_loaded_by_the_migration(db):
    assert DictionaryEntry.objects.filter(kind="term", word="营商环境").exists()
    assert DictionaryEntry.objects.filter(kind="stopword", word="本报讯").exists()


def search(sql_condition: str, query: str) -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id FROM archive_article WHERE {sql_condition} @@ %s::tsquery", [query])
        return {row[0] for row in cursor.fetchall()}


def test_reindex_fills_weighted_word_and_bigram_vectors(imported_seeds):
    Article.objects.update(search_document=None, search_bigrams=None)
    article = Article.objects.filter(body__contains="营商环境").first()
    assert reindex_articles(Article.objects.all()) == Article.objects.count()
    assert article.pk in search("search_bigrams", "营商 <-> 商环")
    assert article.pk in search("search_document", "营商环境")
    in_headline = search("search_document", "供水:A")
    assert in_headline
    assert all("供水" in Article.objects.get(pk=pk).headline for pk in in_headline)
    assert search("search_document", "供水:B") - in_headline


def test_retag_replaces_automatic_tags_and_keeps_the_editors(imported_seeds):
    article = Article.objects.filter(kind="article").order_by("-id").first()
    editor_tag = Tag.objects.create(name="编辑专题")
    ArticleTag.objects.create(article=article, tag=editor_tag, origin=ArticleTag.Origin.EDITOR, weight=1)
    stale = Tag.objects.create(name="过时标签")
    ArticleTag.objects.create(article=article, tag=stale, origin=ArticleTag.Origin.AUTOMATIC, weight=0.5)
    retag_articles([article])
    tags = dict(article.article_tags.values_list("tag__name", "origin"))
    assert tags.pop("编辑专题") == "editor"
    assert "过时标签" not in tags
    assert 5 <= len(tags) <= 10
    assert set(tags.values()) == {"auto"}


def test_retag_does_not_duplicate_a_tag_the_editor_already_gave(imported_seeds):
    article = Article.objects.filter(kind="article").first()
    top = article.article_tags.order_by("-weight").first().tag
    article.article_tags.filter(tag=top).update(origin=ArticleTag.Origin.EDITOR)
    retag_articles([article])
    assert list(article.article_tags.filter(tag=top).values_list("origin", flat=True)) == ["editor"]


RULES = [
    SectionRule("时政", ("市委", "书记"), 10),
    SectionRule("经济", ("企业", "项目"), 20),
    SectionRule("民生", ("企业",), 30),
    SectionRule("图片", (), 50),
    SectionRule("综合", (), 90, is_fallback=True),
]


@pytest.mark.parametrize(
    ("kind", "column", "headline", "body", "expected"),
    [
        ("article", "一把手谈", "市委书记谈企业", "企业", "一把手谈"),
        ("article", "", "市委书记调研", "企业 企业 企业", "时政"),  # 2 headline hits × 3 > 3 body hits
        ("article", "", "调研", "市委 企业 企业", "经济"),
        ("article", "", "调研", "企业", "经济"),  # a tie: the smaller priority wins
        ("article", "", "调研", "天气晴朗", "综合"),
        ("photo", "", "市委书记调研", "企业", "图片"),
        ("photo", "摄影天地", "调研", "", "摄影天地"),
    ],
)
def test_choose_section(kind, column, headline, body, expected):
    assert choose_section(RULES, kind=kind, column=column, headline=headline, body=body) == expected


def test_without_a_photo_section_photos_follow_the_rules(db):
    rules = [rule for rule in RULES if rule.name != "图片"]
    assert choose_section(rules, kind="photo", column="", headline="", body="企业") == "经济"
    assert choose_section(rules, kind="photo", column="", headline="", body="") == "综合"


def test_apply_section_rules_creates_label_sections_and_uses_the_stored_rules(imported_seeds):
    Section.objects.update(keywords="")
    Section.objects.filter(name="经济").update(keywords="供水")
    articles = list(Article.objects.all())
    Article.objects.update(section=None)
    for article in articles:
        article.section_id = None
    labelled = next(a for a in articles if a.column_label)
    apply_section_rules(articles)
    assert Article.objects.get(pk=labelled.pk).section.name == labelled.column_label
    water = Article.objects.filter(title__contains="供水", column_label="").first()
    assert water.section.name == "经济"
    # No rule matches the rest: the fallback section (photos: 图片).
    rest = (
        Article.objects.filter(column_label="").exclude(body__contains="供水").exclude(title__contains="供水")
    )
    assert set(rest.filter(kind="article").values_list("section__name", flat=True)) == {"综合"}
    assert set(rest.filter(kind="photo").values_list("section__name", flat=True)) <= {"图片"}
    assert not Article.objects.filter(section=None).exists()


def test_review_reasons_and_scores_put_the_worst_first():
    reasons = review_reasons(
        ["no_byline", "no_headline", "strange_thing"], has_date=False, has_publication=False
    )
    assert reasons == ["no_headline", "no_date", "no_publication", "strange_thing", "no_byline"]
    assert review_score(reasons) == 40 + 20 + 15 + 10 + 5
    assert review_reasons([], date_inferred=True) == ["date_inferred"]
    assert review_score([]) == 0
    worst = review_reasons(
        ["no_headline", "unknown_layout", "headline_too_long", "short_body"], has_date=False
    )
    assert review_score(worst) == 100


def test_imported_articles_are_ranked_for_review(imported_seeds):
    queue = list(Article.objects.needing_review())
    assert queue
    assert [a.review_score for a in queue] == sorted((a.review_score for a in queue), reverse=True)
    for article in queue:
        assert article.review_score == review_score(article.review_reasons, article.confidence)
        assert article.confidence is not None


def test_pages_keep_their_text(imported_seeds):
    assert all(page.raw_text.strip() for page in Page.objects.all())


def test_review_reasons_are_codes_labelled_only_for_display():
    from archive.review_reasons import REASONS, label, review_score

    assert label("no_byline") == "没有署名"
    assert label("strange_thing") == "解析提示：strange_thing"
    assert len({reason.label for reason in REASONS.values()}) == len(REASONS)
    # the model's doubt orders articles flagged alike, and leaves the unflagged at zero
    assert review_score(["low_confidence"], 0.1) > review_score(["low_confidence"], 0.9)
    assert review_score([], 0.1) == 0


def test_stored_labels_become_codes(db):
    import importlib

    from django.apps import apps as global_apps

    from tests.support import builders

    migration = importlib.import_module("archive.migrations.0010_review_reason_codes")
    page = builders.page()
    old = builders.article(
        page,
        1,
        "城乡供水",
        review_reasons=["没有署名", "出版日期取自版面，未经确认", "解析提示：strange_thing"],
    )
    migration.labels_to_codes(global_apps, None)
    old.refresh_from_db()
    assert old.review_reasons == ["no_byline", "date_inferred", "strange_thing"]
    migration.codes_to_labels(global_apps, None)
    old.refresh_from_db()
    assert old.review_reasons == ["没有署名", "出版日期为推断，待编辑确认", "解析提示：strange_thing"]
