"""Search as a reader of an archive uses it: fields beyond the text, query syntax, folding, people."""

import datetime

import pytest

from archive import search
from archive.folding import fold
from archive.models import Article, Credit
from archive.search import highlighting
from archive.segmentation.query import parse_query
from tests.support import builders

OLD = datetime.date(2022, 3, 1)
NEW = datetime.date(2023, 9, 1)


@pytest.fixture
def desk(db):
    """Five articles of two papers whose words, credits, datelines and columns differ."""
    made = {}
    made["business"] = builders.article(
        builders.page("温岭日报", OLD, 1),
        1,
        "持续优化营商环境",
        "本报讯 全市各部门持续优化，营商环境明显改善，企业满意度提高。",
        credits=[(Credit.Role.REPORTER, "柳文岳")],
        dateline="本报温岭3月1日讯",
    )
    made["congress"] = builders.article(
        builders.page("温岭日报", NEW, 2),
        1,
        "人大代表视察企业",
        "人大代表走访企业，听取营商环境方面的意见。记者柳文岳报道。",
        credits=[(Credit.Role.REPORTER, "陈峰")],
    )
    made["pumps"] = builders.article(
        builders.page("浙江日报", NEW, 3),
        1,
        "水泵出口增长",
        "温岭水泵企业订单充足，出口增长两成。",
        credits=[(Credit.Role.PHOTOGRAPHER, "沈志江")],
        column_label="经济观察",
    )
    made["motors"] = builders.article(
        builders.page("浙江日报", OLD, 4), 1, "电机行业回暖", "电机企业产量回升，营商环境好转。"
    )
    made["traditional"] = builders.article(
        builders.page("温岭日报", OLD, 5), 1, "優化營商環境", "各部門優化營商環境，企業滿意。"
    )
    return made


def found(query) -> set[str]:
    names = {}
    for key, article in DESK.items():
        names[article.pk] = key
    return {names[pk] for pk in Article.objects.published().search(query).values_list("id", flat=True)}


@pytest.fixture(autouse=True)
def _desk_names(request):
    global DESK
    DESK = request.getfixturevalue("desk") if "desk" in request.fixturenames else {}


def test_credited_people_dateline_column_and_paper_are_searched(desk):
    assert found("柳文岳") == {"business", "congress"}  # credited on one, named in the text of the other
    assert found("沈志江") == {"pumps"}  # only in the credit
    assert found("文岳") == {"business", "congress"}  # a given name inside the full name
    assert found("3月1日讯") == {"business"}  # the dateline
    assert found("经济观察") == {"pumps"}  # the column
    assert found("浙江日报") == {"pumps", "motors"}  # the paper


def test_exclusion(desk):
    assert found("营商环境 -人大") == {"business", "motors", "traditional"}
    assert found("营商环境 -人大 -电机") == {"business", "traditional"}
    assert found('营商环境 -"人大代表"') == {"business", "motors", "traditional"}
    # Nothing sought, only excluded: no search at all.
    assert search.ReaderQuery.parse("-人大") is None


def test_alternatives(desk):
    assert found("水泵 OR 电机") == {"pumps", "motors"}
    assert found("水泵 | 电机") == {"pumps", "motors"}
    # OR binds the terms on each side of it; the other terms are still required.
    assert found("企业 水泵 OR 电机") == {"pumps", "motors"}
    assert found("回暖 水泵 OR 电机") == {"motors"}
    # A lower-case or, and OR at either end, are no operator.
    assert found("OR 水泵") == {"pumps"}


def test_phrase(desk):
    # The words one after the other, with only punctuation or spaces between them in the article…
    assert found('"持续优化 营商环境"') == {"business"}
    assert found("“全市各部门持续优化 营商环境”") == {"business"}
    # …and in that order, not merely both present.
    assert found('"营商环境 持续优化"') == set()
    assert found("营商环境 持续优化") == {"business"}
    # A space typed in a phrase may stand for nothing printed: 出口增长两成.
    assert found("「出口 增长」") == {"pumps"}
    assert found('"出口 增长 两成"') == {"pumps"}
    assert found('"增长 出口"') == set()


def test_field_prefixes(desk):
    assert found("标题:营商") == {"business", "traditional"}
    assert found("标题：人大") == {"congress"}
    assert found("营商 -标题:营商") == {"congress", "motors"}
    assert found("作者:柳文岳") == {"business"}  # credited; named in the text of the other
    assert found("作者：沈志江 水泵") == {"pumps"}
    assert found('作者:"陈峰"') == {"congress"}
    assert found("标题:柳文岳") == set()


def test_traditional_and_simplified_characters_find_each_other(desk):
    simplified = found("营商环境")
    assert "traditional" in simplified and "business" in simplified
    assert found("營商環境") == simplified
    assert found("優化") == found("优化") == {"business", "traditional"}
    assert found("標題:營商") == found("标题:营商")


def test_folding_keeps_offsets_for_highlighting():
    assert fold("優化營商環境") == "优化营商环境"
    assert len(fold("臺灣的發展")) == len("臺灣的發展")
    assert highlighting.highlight("各部門優化營商環境", ("营商环境",)) == "各部門優化<mark>營商環境</mark>"


def test_headline_matches_rank_first_for_substrings_and_words(client, desk):
    # 商环 is no word: the two headline matches (one of them older) come before the body matches.
    for query in ("商环", "营商环境", "營商環境", "优化"):
        response = client.get("/articles/", {"q": query, "sort": "relevance"})
        items = response.context["window"].items
        in_headline = [a for a in items if fold(query) in fold(a.headline)]
        assert in_headline and items[: len(in_headline)] == in_headline, query


def test_a_person_named_in_the_query_is_offered(client, desk):
    page = client.get("/articles/", {"q": "沈志江"}).content.decode()
    person = desk["pumps"].credits.get().person
    assert f'<a href="{person.get_absolute_url()}">沈志江</a>' in page
    page = client.get("/articles/", {"q": "水泵"}).content.decode()
    assert "people-offer" not in page


def test_only_exclusions_list_everything_with_a_notice(client, desk):
    response = client.get("/articles/", {"q": "-人大"})
    assert response.status_code == 200
    assert "只含标点、空格或排除的词" in response.content.decode()


def test_search_page_title_says_results_once(client, desk):
    page = client.get("/articles/", {"q": "水泵"}).content.decode()
    title = page.split("<title>")[1].split("</title>")[0]
    assert title.count("检索结果") == 1


def test_syntax_is_documented_on_the_search_page(client, desk):
    page = client.get("/articles/", {"q": "水泵"}).content.decode()
    for example in ("-人大", "OR", "标题:", "作者:", '"优化 营商环境"', "營商環境"):
        assert example in page, example


@pytest.mark.parametrize(
    "text",
    ['"', '"营商', "作者:", "标题:", "- -", "OR OR", "OR", '-""', "|", "「", "营商 OR -人大", "a:b:c", "'\\"],
)
def test_odd_syntax_never_fails(db, text):
    parsed = parse_query(text)
    if parsed is not None:
        assert parsed.match()
    list(Article.objects.published().search(text))


def test_unclosed_quote_is_a_phrase_to_the_end():
    assert parse_query('"营商 环境').groups[0][0].phrase
    assert parse_query("营商 OR -人大").match() == "('营商') & !('人大')"


def test_author_terms_are_answered_by_the_credits(client, desk):
    # A credit added after indexing is found at once: 作者: reads the credits, not the text.
    builders.credit(desk["motors"], "柳文岳")
    assert found("作者:柳文岳") == {"business", "motors"}
    assert found("作者:文岳 -持续") == {"motors"}
    assert found("营商 -作者:柳文岳") == {"congress", "traditional"}
    assert found("作者:沈志江 -作者:柳文岳") == {"pumps"}
    response = client.get("/articles/", {"q": "作者:柳文岳"})
    assert response.status_code == 200
    assert {a.pk for a in response.context["window"].items} == {desk["business"].pk, desk["motors"].pk}
    assert "共 2 篇" in response.content.decode()
    # A name in an alternative is looked for in the text's people, like any term.
    assert found("作者:沈志江 OR 电机") == {"pumps", "motors"}
