"""Tags a reader would follow: names kept whole, twins folded, common words left out, related articles."""

import datetime

import pytest

from archive.importing.run import import_pages
from archive.indexing import ensure_named, fold_twin_tags, retag_articles
from archive.models import Article, ArticleTag, Tag, TagRedirect
from archive.related import FLOOR, scored
from archive.segmentation import get_segmenter, load_default_stopwords, load_default_terms
from archive.segmentation.tagging import ArchiveFrequencies, fold_twins, join_names, names_on_page
from tests.support import builders

LIST_OF_PEOPLE = "市领导林厉财、王晓东、郑森迪等出席。南柯泵业有限公司新厂投产，南柯泵业去年产值翻番。"


@pytest.fixture(scope="module")
def seg():
    return get_segmenter(load_default_terms(), load_default_stopwords())


def tag_names(seg, headline, body, **options):
    return [word for word, _ in seg.keywords(headline, body, **options)]


def test_a_page_in_traditional_characters_is_tagged_as_its_simplified_twin(seg):
    printed = tag_names(
        seg, "米價續漲 當局嚴令商人不得囤積", "行政院決定由各地糧食機關平價出售存米，並嚴令商人不得囤積居奇。"
    )
    simple = tag_names(
        seg, "米价续涨 当局严令商人不得囤积", "行政院决定由各地粮食机关平价出售存米，并严令商人不得囤积居奇。"
    )
    assert printed == simple and "米价" in printed


def test_names_a_page_prints_whole(seg):
    names = names_on_page(LIST_OF_PEOPLE, credited=["祝福平"])
    assert {"林厉财", "王晓东", "郑森迪", "南柯泵业", "祝福平"} <= names
    # jieba alone cuts them: 林厉 + 财, 南柯 + 泵业, 祝福 + 平
    assert "林厉财" not in tag_names(seg, "", LIST_OF_PEOPLE)
    tags = tag_names(seg, "祝福平调研南柯泵业", LIST_OF_PEOPLE, names=names)
    assert {"林厉财", "南柯泵业", "祝福平"} <= set(tags)
    assert not {"林厉", "南柯", "祝福"} & set(tags)


def test_a_list_is_of_people_only_when_every_item_starts_with_a_surname():
    assert not names_on_page("产品、技术、服务等方面全面提升。") & {"产品", "技术", "服务"}


def test_names_are_joined_only_on_word_boundaries():
    tagged = [("南柯", "nr"), ("泵业", "n"), ("有限公司", "n")]
    assert join_names(tagged, frozenset({"南柯泵业"})) == [("南柯泵业", "nt"), ("有限公司", "n")]
    assert join_names(tagged, frozenset({"南柯泵"})) == tagged


def test_twins_in_one_article_become_the_longer_word(seg):
    assert fold_twins({"湖州": 2.0, "湖州市": 1.0, "数字": 1.0}) == {"湖州市": 3.0, "数字": 1.0}
    tags = tag_names(seg, "湖州市推进数字化改革", "湖州各地以数字化改革为牵引，湖州市民受益。数字化")
    assert "湖州市" in tags and "湖州" not in tags
    assert "数字" not in tags


def test_words_too_common_in_the_archive_are_no_tags_and_shared_words_count_more(seg):
    body = "水泵产业集群发展，水泵企业订单增长，产业工人技能提升，供水管网延伸。"
    plain = tag_names(seg, "", body)
    assert "产业" in plain
    archive = ArchiveFrequencies(size=100, counts={"产业": 40, "订单": 3})
    weighted = seg.keywords("", body, archive=archive)
    assert "产业" not in [word for word, _ in weighted]
    before = dict(seg.keywords("", body))
    after = dict(weighted)
    assert after["订单"] / after["水泵"] > before["订单"] / before["水泵"]
    # Below the minimum size nothing is known yet.
    assert "产业" in tag_names(seg, "", body, archive=ArchiveFrequencies(size=10, counts={"产业": 9}))


def test_dictionary_terms_stay_tags_however_common(seg):
    archive = ArchiveFrequencies(size=100, counts={"营商环境": 90})
    assert "营商环境" in tag_names(seg, "优化营商环境", "营商环境持续优化。", archive=archive)


def test_the_importer_keeps_names_whole(db, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "温岭日报 2023年7月26日 第1版\n\n林厉财调研南柯泵业\n\n本报讯（记者 祝福平）"
        + LIST_OF_PEOPLE * 2
        + "林厉财指出，要支持南柯泵业做大做强。\n",
        encoding="utf-8",
    )
    import_pages([page], workers=1)
    names = set(Tag.objects.values_list("name", flat=True))
    assert {"林厉财", "南柯泵业"} <= names
    assert not {"林厉", "南柯"} & names


def test_twin_tags_across_the_archive_fold_into_the_longer_name(db):
    short = builders.article(builders.page(number=1), 1, "湖州新闻", tags=["湖州"])
    long = builders.article(builders.page(number=2), 1, "湖州市新闻", tags=["湖州市"])
    both = builders.article(builders.page(number=3), 1, "两者", tags=["湖州", "湖州市"])
    assert fold_twin_tags() == (1, 1)
    kept = Tag.objects.get(name="湖州市")
    assert not Tag.objects.filter(name="湖州").exists()
    assert set(kept.article_tags.values_list("article_id", flat=True)) == {short.pk, long.pk, both.pk}
    assert TagRedirect.objects.get(old_slug="湖州").tag == kept
    # A later tagging that says 湖州 lands on the tag the old address leads to.
    assert ensure_named(Tag, ["湖州"]) == {"湖州": kept.pk}


def test_an_editors_choice_between_twins_stands(db):
    editor_short = builders.article(builders.page(number=1), 1, "湖州新闻")
    builders.tag(editor_short, "湖州", origin=ArticleTag.Origin.EDITOR)
    builders.article(builders.page(number=2), 1, "湖州市新闻", tags=["湖州市"])
    assert fold_twin_tags() == (0, 0)
    assert Tag.objects.filter(name="湖州").exists()
    # An editor merged 数字化 into 数字: machines do not bring 数字化 back.
    kept = Tag.objects.create(name="数字")
    TagRedirect.objects.create(old_slug="数字化", tag=kept)
    assert ensure_named(Tag, ["数字化"]) == {"数字化": kept.pk}
    assert not Tag.objects.filter(name="数字化").exists()


def test_related_articles_are_symmetric_and_have_a_floor(db):
    day = datetime.date(2023, 5, 1)
    pumps = builders.article(builders.page(date=day, number=1), 1, "南柯泵业新厂投产", "南柯泵业扩产。")
    more_pumps = builders.article(builders.page(date=day, number=2), 1, "南柯泵业订单增长", "南柯泵业出口。")
    weather = builders.article(builders.page(date=day, number=3), 1, "新年第一场雪", "降雪降温。")
    filler = [
        builders.article(builders.page(date=day, number=4 + n), 1, f"稿件{n}", "会议召开。") for n in range(8)
    ]
    for article in (pumps, more_pumps, weather, *filler):
        builders.tag(article, "会议", weight=0.8)  # on every article: tells nothing
    builders.tag(pumps, "南柯泵业")
    builders.tag(more_pumps, "南柯泵业", weight=0.7)
    forward = dict((other.pk, score) for other, score in scored(pumps, limit=None))
    backward = dict((other.pk, score) for other, score in scored(more_pumps, limit=None))
    assert forward[more_pumps.pk] == pytest.approx(backward[pumps.pk])
    assert forward[more_pumps.pk] >= FLOOR
    # Sharing only the tag every article has is below the floor.
    assert weather.pk not in forward
    assert scored(weather) == []


def test_retagging_uses_the_page_and_the_archive(db):
    made = builders.many_articles(3)
    retag_articles(Article.objects.filter(pk__in=[a.pk for a in made]))
    assert ArticleTag.objects.filter(article__in=made, origin=ArticleTag.Origin.AUTOMATIC).exists()
