"""A short line above a headline: the column it runs under (a rubric naming a kind of piece, 民生观察)
or its 引题 (a slogan read together with the headline, 守护一方平安)?  Column labels set on the
headline's own line or in brackets, series labels, place kickers and bulleted labels."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    BRIDGE_OPENED_1,
    BRIDGE_OPENED_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    TEA_1,
    TEA_2,
    only,
    only_on,
    page,
    parse,
    squeeze,
)


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
    "label",
    ["今日关注", "一把手谈", "民生观察", "浙报观察", "聚焦全国两会", "人物", "洞头", "持续关注", "今日温岭"],
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


def test_a_column_label_before_a_bar_on_the_headline_line():
    art = only(parse("民生观察｜新安大桥建成通车", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert (art.column, art.title) == ("民生观察", "新安大桥建成通车")


def test_a_bracketed_column_label_on_the_headline_line():
    art = only(parse("【城市速递】新安大桥建成通车", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert (art.column, art.title) == ("城市速递", "新安大桥建成通车")


def test_a_bar_after_a_long_phrase_is_part_of_the_title():
    art = only(parse("新安大桥今起通车｜两岸居民出行更便捷", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert art.column is None and art.title == "新安大桥今起通车｜两岸居民出行更便捷"


def test_a_bulleted_label_over_a_headline_is_its_column_not_a_signature():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "■ 新闻热线",
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + SCHOOL_1,
    )
    bridge, school = parsed.articles
    assert bridge.authors == [] and school.column == "新闻热线"


def test_a_parallel_kicker_is_not_wrapped_into_the_title_below():
    text = (
        "奋战四季度 冲刺全年红\n新安大桥建成通车\n\n本报讯（记者李红）" + BRIDGE_1 + "\n\n" + BRIDGE_2 + "\n"
    )
    art = only(parse_page(text))
    assert (art.kicker, art.title) == ("奋战四季度 冲刺全年红", "新安大桥建成通车")


def test_a_bulleted_tip_is_a_label_not_a_signature():
    parsed = parse("新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, "▲ 温馨提示", BRIDGE_2)
    assert parsed.articles[0].authors == []


def test_a_column_label_in_lenticular_brackets():
    art = only(parse("【非遗传承】", "《青山乱弹》唱响省城", "本报讯（记者周海）" + MARKET_1))
    assert (art.column, art.title) == ("非遗传承", "《青山乱弹》唱响省城")


def test_a_place_and_a_dash_over_the_headline_is_its_kicker():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者周海）" + BRIDGE_1,
        "青山——",
        "千年古镇迎来研学热",
        "本报记者 许可",
        TEA_1,
    )
    bridge, tea = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (tea.kicker, tea.title) == ("青山——", "千年古镇迎来研学热")


def test_a_numbered_series_label_over_a_headline_is_its_column():
    art = only_on(
        f"金台潮声·作风建设系列谈⑨\n\n新安大桥建成通车\n\n本报记者 李红\n\n{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n"
    )
    assert art.column == "金台潮声·作风建设系列谈⑨"
    assert art.kicker is None and art.title == "新安大桥建成通车"


@pytest.mark.parametrize(
    "label", ["奋力谱写新篇章系列谈③", "“两会精神在基层”系列报道之五", "一线见闻系列述评（三）"]
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_series_label_set_right_over_the_headline_is_its_column_not_its_first_line(label, sep):
    art = only_on(f"{label}\n新安大桥建成通车\n\n本报记者 李红\n\n{BRIDGE_OPENED_1}{sep}{BRIDGE_OPENED_2}\n")
    assert (art.column, art.kicker, art.title) == (label, None, "新安大桥建成通车")


def test_the_short_first_line_of_a_centred_headline_block_is_part_of_the_headline_not_a_column():
    text = (
        "\u3000\u3000\u3000\u3000大桥通车\n\u3000\u3000\u3000\u3000\u3000两岸群众盼了多年\n"
        f"\u3000\u3000{BRIDGE_OPENED_1}\n\u3000\u3000{BRIDGE_OPENED_2}\n"
    )
    art = only_on(text)
    assert (
        art.column is None
        and squeeze((art.kicker or "") + art.title + (art.subtitle or "")) == "大桥通车两岸群众盼了多年"
    )


def test_a_short_slogan_over_a_headline_is_still_its_kicker():
    art = only_on(
        f"两岸群众盼了多年\n\n新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n"
    )
    assert art.kicker == "两岸群众盼了多年" and art.column is None


def test_a_kicker_leading_into_its_headline_with_a_dash_stays_with_it():
    for kicker in ("福建南安石井镇奎霞村——", "舞剧《满江红》——", "某实业集团党委书记、总裁秦英林——"):
        for sep in ("\n\n", "\n"):
            text = (
                sep.join([kicker, "老渡口变身滨江公园", "本报记者  李  红", BRIDGE_OPENED_1, BRIDGE_OPENED_2])
                + "\n"
            )
            art = only_on(text)
            assert (art.kicker, art.title, art.reporters) == (kicker, "老渡口变身滨江公园", ["李红"])


@pytest.mark.parametrize(
    ("upper", "lower"), [("田野更丰富", "餐桌更幸福（乡村观察）"), ("加强文学交流", "赓续两国友谊")]
)
def test_a_line_as_long_as_the_title_under_it_is_no_column_label(upper, lower):
    art = only(parse(upper, lower, "本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert art.column is None and squeeze(art.headline) == squeeze(upper + lower)


def test_two_labels_joined_by_a_middle_dot_over_a_kicker_and_title_are_the_column():
    art = only(
        parse("深阅读·清溪年轻干部", "强化年轻干部实践锻炼", "“新面孔”这样长才干", "本报记者 李红", BRIDGE_1)
    )
    assert (art.column, art.kicker, art.title) == (
        "深阅读·清溪年轻干部",
        "强化年轻干部实践锻炼",
        "“新面孔”这样长才干",
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_label_naming_the_kind_of_piece_opens_a_piece_under_a_report(sep):
    """短评 and 读者来信 over a headline say a piece of their own stands under them, even set tight
    under a report on the same subject; the editors' afterword (编后) is the letter's."""
    afterword = "编后：群众的呼声应当引起重视。"
    text = page(
        "青山镇春茶开采",
        "本报讯 记者李红报道：" + TEA_1,
        TEA_2,
        "短评",
        "春茶更要卖得好",
        TEA_1,
        "读者来信",
        "茶园路何时修好？",
        "编辑同志：",
        SCHOOL_1,
        "　　　　　　　　　　　　　　　　　　王建国",
        afterword,
        sep=sep,
    )
    report, comment, letter = parse_page(text).articles
    assert report.paragraphs == [TEA_1, TEA_2] and report.reporters == ["李红"] and not report.authors
    assert (comment.column, comment.title, comment.paragraphs) == ("短评", "春茶更要卖得好", [TEA_1])
    assert (letter.column, letter.title, letter.authors) == ("读者来信", "茶园路何时修好？", ["王建国"])
    assert letter.paragraphs == ["编辑同志：", SCHOOL_1, afterword]


@pytest.mark.parametrize("kicker", ["“孩子近视了怎么办？”", "“家门口就能看病了！”"])
def test_a_question_quoted_whole_tight_over_a_headline_is_its_kicker(kicker):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        kicker + "\n古城夜市人气旺\n本报记者 王五",
        MARKET_1,
    )
    bridge, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (market.kicker, market.title, market.reporters) == (kicker, "古城夜市人气旺", ["王五"])


def test_a_quoted_cry_ending_a_story_stays_its_text_over_the_next_headline():
    said = "“我们会继续努力！”"
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, said, "古城夜市人气旺\n本报记者 王五", MARKET_1
    )
    bridge, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, said] and (market.kicker, market.title) == (None, "古城夜市人气旺")


@pytest.mark.parametrize("lead", ["本报讯（记者李红）", "本报记者 李红\n"])
def test_a_sentence_of_clauses_cried_out_ending_a_story_stays_its_text_over_the_next_headline(lead):
    cried = "夜市运营方表示，今年以来夜市累计接待游客四十余万人次，带动周边商户营业额增长近两成！"
    market, bridge = parse(
        "古城夜市人气旺", "本报讯 " + MARKET_1, cried, "新安大桥建成通车", lead + BRIDGE_1, sep="\n"
    ).articles
    assert market.paragraphs == [MARKET_1, cried]
    assert (bridge.kicker, bridge.title, bridge.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


@pytest.mark.parametrize(
    "line",
    [
        "本市米价续涨",
        "新安大桥通车",
        "城东新校落成",
        "滬市米價又漲",
        "金价再度暴涨",
        "货车出轨",
        "油价今起下调",
        "新区再添名校",
        # ...or who ordered or called on whom: the order is the news
        "教部令各校",
        "省府電飭各縣",
        "市政府号召全市",
    ],
)
def test_a_short_line_reporting_what_happened_is_the_headline_s_not_its_column(line):
    # an older page prints its 主题 short over a longer 副题; a rubric reports nothing
    art = only(parse(line, "两岸群众盼了多年", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert art.column is None
    assert squeeze((art.kicker or "") + art.title + (art.subtitle or "")) == line + "两岸群众盼了多年"


@pytest.mark.parametrize("label", ["［民生］", "<民生>", "|民生|", "·民生·", "▌民生", "丨民生", "民生▏"])
def test_a_column_label_set_off_by_other_brackets_bars_or_dots_is_the_column(label):
    art = only(parse(label, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert head(art) == ("民生", None, "新安大桥建成通车", None)


@pytest.mark.parametrize("number", ["01", "NO.1", "No.2", "第2篇", "（2/5）"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_storys_number_alone_over_its_headline_is_no_text_of_the_story_above(number, sep):
    first, second = parse("本报讯 " + BRIDGE_1, number, "春茶开采", "本报讯 " + TEA_1, sep=sep).articles
    assert (first.paragraphs, second.kicker, second.title, second.paragraphs) == (
        [BRIDGE_1],
        None,
        "春茶开采",
        [TEA_1],
    )
