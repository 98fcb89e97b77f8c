"""A short line above a headline: the column it runs under (a rubric naming a kind of piece, 民生观察)
or its 引题 (a slogan read together with the headline, 守护一方平安)?"""

from __future__ import annotations

import pytest

from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, MARKET_2, only, parse, squeeze


def head(art) -> tuple[str | None, str | None, str | None, str | None]:
    return (art.column, art.kicker and squeeze(art.kicker), squeeze(art.title), art.subtitle)


# ---- a slogan with a verb of its own is the 引题 ------------------------------------------------


def test_a_slogan_set_tight_above_the_title_is_its_kicker():
    art = only(parse("守护一方平安\n夜市巡逻队活跃在街头巷尾", "本报记者 李红", MARKET_1, MARKET_2))
    assert head(art) == (None, "守护一方平安", "夜市巡逻队活跃在街头巷尾", None)


def test_a_slogan_standing_apart_above_the_title_is_its_kicker():
    art = only(parse("奋战四季度", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert head(art) == (None, "奋战四季度", "新安大桥建成通车", None)


def test_a_three_character_slogan_is_a_kicker_and_the_figures_below_it_the_title():
    # a slogan is no news of its own: a line of figures under it is the 主题, not its 副题
    art = only(parse("拼经济", "古城夜市国庆接待游客四十万人次", "本报讯（记者李红）" + MARKET_1, MARKET_2))
    assert head(art) == (None, "拼经济", "古城夜市国庆接待游客四十万人次", None)


def test_a_slogan_over_two_headline_lines_is_the_kicker_of_a_three_line_block():
    block = ["喜迎全运会", "古城夜市迎来客流高峰", "沿河两百多个摊位同时开张"]
    art = only(parse(*block, "本报讯（记者李红）" + MARKET_1, MARKET_2))
    assert head(art) == (None, "喜迎全运会", "古城夜市迎来客流高峰", "沿河两百多个摊位同时开张")


def test_a_slogan_opening_a_page_without_masthead_is_a_kicker_not_the_page_name():
    page = parse(
        "守护一方平安", "夜市巡逻队", "古城夜市巡逻队活跃在街头巷尾", "本报记者 李红", MARKET_1, MARKET_2
    )
    assert page.page_name is None
    assert only(page).kicker == "守护一方平安"


# ---- a rubric stays the column ----------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["今日关注", "一把手谈", "民生观察", "浙报观察", "聚焦全国两会", "人物", "洞头"]
)
def test_a_rubric_above_the_title_stays_the_column(label):
    art = only(parse(label, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert head(art) == (label, None, "新安大桥建成通车", None)


def test_a_rubric_naming_its_speakers_stays_the_column_though_it_opens_on_a_verb():
    art = only(parse("奋斗者说", "新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert head(art) == ("奋斗者说", None, "新安大桥建成通车", None)


@pytest.mark.parametrize("printed", ["【助力共富】", "■ 助力共富", "▲助力共富"])
def test_a_slogan_the_page_sets_off_as_a_label_is_the_column(printed):
    art = only(parse(printed, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert head(art) == ("助力共富", None, "新安大桥建成通车", None)


def test_a_two_character_rubric_opening_like_a_slogan_stays_the_column():
    art = only(parse("拼搏", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert head(art) == ("拼搏", None, "新安大桥建成通车", None)


def test_no_line_of_a_slogan_headed_block_is_lost():
    block = "守护一方平安\n“红袖标”巡逻队\n活跃在街头巷尾"
    art = only(parse("台州日报", "第3版 社会", block, "本报记者 李红", MARKET_1, MARKET_2))
    assert head(art) == (None, "守护一方平安", "“红袖标”巡逻队活跃在街头巷尾", None)
    assert art.paragraphs == [MARKET_1, MARKET_2]
