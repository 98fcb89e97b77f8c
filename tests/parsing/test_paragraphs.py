"""Paragraphs as the page prints them (archive.parsing.paragraphs): lines broken by columns or hard
wraps joined again, indents, markdown marks and line ends; and text typed with half-width
punctuation or in traditional characters."""

import random

import pytest

from archive.parsing import parse_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    BRIDGE_OPENED_1,
    MARKET_1,
    MARKET_2,
    NEW_YEAR_MARKET,
    SCHOOL_1,
    SCHOOL_2,
    TEA_1,
    TEA_2,
    hard_wrapped,
    only,
    only_on,
    page,
    parse,
    squeeze,
    titles,
    wrap,
)


def _half_width(text: str) -> str:
    return text.replace("，", ",").replace("。", ".").replace("、", ",")


def test_a_paragraph_broken_mid_sentence_is_joined_again():
    art = only(
        parse(
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
            "大桥全长六百八十米，双向四车",
            "道，设计时速六十公里。",
        )
    )
    assert art.paragraphs == [BRIDGE_1, "大桥全长六百八十米，双向四车道，设计时速六十公里。"]


def test_a_short_fragment_is_joined_and_not_taken_for_a_headline():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清溪路桥建设有限公司成立",
        "于1998年，先后承建了二十多座跨江大桥。",
        BRIDGE_2,
    )
    art = only(parsed)
    assert art.paragraphs[1] == "清溪路桥建设有限公司成立于1998年，先后承建了二十多座跨江大桥。"


def test_gaps_are_read_against_the_pages_own_spacing():
    blocks = (
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "承建单位是一家老牌企业成立",
        "于1998年，先后承建了二十多座跨江大桥。",
        BRIDGE_2,
    )
    art = only(parse(*blocks, sep="\n\n\n"))
    assert art.paragraphs[1] == "承建单位是一家老牌企业成立于1998年，先后承建了二十多座跨江大桥。"


def test_a_fragment_is_joined_across_several_blank_lines():
    text = (
        page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "桥面两侧还设置了人行道和非")
        + "\n\n\n机动车道，方便市民通行。\n"
    )
    art = only(parse_page(text))
    assert art.paragraphs[-1] == "桥面两侧还设置了人行道和非机动车道，方便市民通行。"


def test_a_paragraph_ending_a_sentence_is_not_joined_to_the_next():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert len(art.paragraphs) == 2


def test_pages_without_blank_lines_make_every_line_a_paragraph():
    parsed = parse(
        "青山镇春茶开采 茶农喜迎丰收",
        "本报讯（记者王晓明）" + TEA_1,
        TEA_2,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        sep="\n",
    )
    assert titles(parsed) == ["青山镇春茶开采 茶农喜迎丰收", "新安大桥建成通车"]
    assert parsed.articles[0].paragraphs == [TEA_1, TEA_2]


def test_hard_wrapped_paragraphs_are_joined_line_by_line():
    text = page("新安大桥建成通车", wrap("本报讯（记者李红）" + BRIDGE_1), wrap(BRIDGE_2), wrap(TEA_1, 12))
    art = only(parse_page(text))
    assert art.reporters == ["李红"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, TEA_1]


def test_a_wrapped_paragraph_whose_last_line_holds_only_its_full_stop():
    text = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1[:-1] + "\n。", BRIDGE_2)
    assert only(parse_page(text)).paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("tail", ["%。", "％。", "℃。"])
def test_a_wrapped_paragraphs_last_row_holding_only_the_unit_of_the_figure_above_is_kept(tail):
    """…环比下降0.3 / %。: the row holds no word, and is still the paragraph's end, never a rule."""
    figure = "今年一季度，全市规模以上工业增加值同比增长8.3"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + figure + "\n" + tail, BRIDGE_2))
    assert art.paragraphs == [figure + tail, BRIDGE_2]


def test_a_sentence_ending_at_the_edge_of_a_wrapped_column_does_not_end_the_paragraph():
    # BRIDGE_1 fills exactly three lines of 16: its full stop stands at a line's end
    paragraph = BRIDGE_1 + BRIDGE_2
    text = page("新安大桥建成通车", "本报讯（记者李红）", wrap(paragraph), wrap(TEA_1 + TEA_2))
    assert only(parse_page(text)).paragraphs == [paragraph, TEA_1 + TEA_2]


def test_a_page_wrapped_at_one_width_with_no_blank_line_keeps_stories_and_paragraphs():
    # every printed line stands alone, and a line of running text with no punctuation in it
    # (大桥全长六百八十米双向四车道设) has the shape of a headline: its width tells it apart
    long_clause = "大桥全长六百八十米双向四车道设计时速六十公里桥面两侧还设置了人行道和非机动车道。"
    text = "\n".join(
        [
            "新安大桥建成通车",
            wrap("本报讯（记者李红）" + BRIDGE_1),
            wrap(long_clause),
            "古城夜市人气旺",
            wrap("本报讯（记者王明）" + MARKET_1),
        ]
    )
    bridge, market = parse_page(text).articles
    assert (bridge.title, bridge.paragraphs) == ("新安大桥建成通车", [BRIDGE_1, long_clause])
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [MARKET_1])


def test_on_a_page_with_no_blank_line_a_sentence_may_end_at_the_edge_of_the_column():
    # BRIDGE_1 fills exactly three lines of 16; the caption under the story opens as one (图为…)
    caption = "图为新安大桥通车当天的情景。"
    text = "\n".join(
        ["新安大桥建成通车", "本报讯（记者李红）", wrap(BRIDGE_1 + BRIDGE_2), wrap(BRIDGE_1), caption]
    )
    story, photo = parse_page(text).articles
    assert story.paragraphs == [BRIDGE_1 + BRIDGE_2, BRIDGE_1]
    assert (photo.kind, photo.paragraphs) == ("photo", [caption])


def test_on_a_page_with_no_blank_line_the_column_width_is_the_one_most_lines_share():
    # a headline set wider than the column does not make the column's own lines look short
    long_headline = "新安大桥建成通车 两岸居民出行时间由原来的四十分钟缩短到五分钟"
    long_clause = "大桥全长六百八十米双向四车道设计时速六十公里桥面两侧还设置了人行道和非机动车道。"
    text = "\n".join(
        [long_headline, wrap("本报讯（记者李红）" + BRIDGE_1), wrap(long_clause), wrap(BRIDGE_2)]
        + ["古城夜市人气旺", wrap("本报讯（记者王明）" + MARKET_1)]
    )
    bridge, market = parse_page(text).articles
    assert bridge.paragraphs == [BRIDGE_1, long_clause, BRIDGE_2]
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [MARKET_1])


def test_a_caption_closed_by_its_credit_does_not_run_into_the_next_title():
    caption = "图为大桥通车当天情景。（周海摄）"  # as wide as the column
    text = "\n".join(
        ["新安大桥建成通车", wrap("本报讯（记者李红）" + BRIDGE_1 + BRIDGE_2), caption]
        + ["古城夜市人气旺", wrap("本报讯（记者王明）" + MARKET_1)]
    )
    titles_and_kinds = [(a.kind, a.title) for a in parse_page(text).articles]
    assert titles_and_kinds == [
        ("article", "新安大桥建成通车"),
        ("photo", None),
        ("article", "古城夜市人气旺"),
    ]


def test_paragraphs_on_single_lines_of_varied_length_stay_apart():
    text = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1 + "\n" + BRIDGE_2 + "\n" + TEA_1, TEA_2)
    assert only(parse_page(text)).paragraphs == [BRIDGE_1, BRIDGE_2, TEA_1, TEA_2]


def test_a_wrapped_paragraph_keeps_a_full_stop_printed_alone_on_its_last_line():
    text = page("新安大桥建成通车", "本报讯（记者李红）", wrap(BRIDGE_2[:-1]) + "\n。", BRIDGE_1)
    assert only(parse_page(text)).paragraphs == [BRIDGE_2, BRIDGE_1]


def test_indented_pages_mark_paragraph_starts_by_the_indent():
    lines = [
        "新安大桥建成通车",
        "\u3000\u3000本报讯（记者李红）" + BRIDGE_1[:20],
        BRIDGE_1[20:],
        "\u3000\u3000" + BRIDGE_2[:15],
        BRIDGE_2[15:],
        "\u3000\u3000" + TEA_2,
    ]
    art = only(parse_page("\n".join(lines)))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, TEA_2]


def test_on_indented_pages_a_wrapped_paragraph_is_not_read_as_a_headline():
    lines = [
        "新安大桥建成通车",
        "\u3000\u3000本报讯（记者李红）" + BRIDGE_1,
        "清溪晨雾",
        "\u3000\u3000清晨的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "\u3000\u3000新安大桥全长六百八十米",
        "双向四车道设计时速六十公里",
        "桥面两侧还设置了人行道。",
        "\u3000\u3000" + BRIDGE_2,
    ]
    stories = [a for a in parse_page("\n".join(lines)).articles if a.kind == "article"]
    assert len(stories) == 1
    assert (
        stories[0].paragraphs[1] == "新安大桥全长六百八十米双向四车道设计时速六十公里桥面两侧还设置了人行道。"
    )


def test_markdown_bold_and_quote_marks_are_not_printed_text():
    parsed = parse("**新安大桥建成通车**", "本报讯（记者李红）" + BRIDGE_1, "> " + BRIDGE_2, "- " + TEA_1)
    art = only(parsed)
    assert art.title == "新安大桥建成通车"
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, "- " + TEA_1]


@pytest.mark.parametrize(
    "mark",
    [
        "![](images/page3_1.jpg)",
        "![image](images/page3_1.jpg)",
        '<img src="p3.jpg" alt="">',
        "<!-- image -->",
    ],
)
def test_where_a_converter_marked_a_picture_nothing_is_printed_and_the_caption_stands_apart(mark):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        mark,
        "市民在新开通的大桥上散步。 记者 周海 摄",
        "城东实验小学新校舍启用",
        "本报讯（记者王芳）" + SCHOOL_1,
    )
    bridge, picture, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (picture.kind, picture.body, picture.photographers) == (
        "photo",
        "市民在新开通的大桥上散步。",
        ["周海"],
    )
    assert school.title == "城东实验小学新校舍启用"


def test_a_table_a_converter_wrote_as_html_reads_as_rows_of_cells():
    table = "<table><tr><td>项目</td><td>数量</td></tr><tr><td>教室</td><td>36间</td></tr></table>"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, table, BRIDGE_2))
    assert art.paragraphs == [BRIDGE_1, "| 项目 | 数量 |\n| 教室 | 36间 |", BRIDGE_2]


@pytest.mark.parametrize("rule", ["", "| --- | --- |\n", "|:---|---:|\n"])
def test_a_markdown_table_s_rows_stay_rows(rule):
    table = "| 项目 | 数量 |\n" + rule + "| 教室 | 36间 |"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, table, BRIDGE_2))
    assert art.paragraphs == [BRIDGE_1, "| 项目 | 数量 |\n| 教室 | 36间 |", BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_table_closing_a_story_is_never_the_next_storys_headline(sep):
    table = "<table><tr><td>名次</td><td>单位</td></tr><tr><td>1</td><td>城东街道</td></tr></table>"
    parsed = parse(
        "# 新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        table,
        "# 青山春茶开采",
        "本报讯（记者周海）" + TEA_1,
        sep=sep,
    )
    bridge, tea = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, "| 名次 | 单位 |\n| 1 | 城东街道 |"]
    assert (tea.kicker, tea.title, tea.paragraphs) == (None, "青山春茶开采", [TEA_1])


def test_characters_a_web_page_kept_as_html_escapes_read_as_printed():
    text = "新安大桥建成通车\n&nbsp;&nbsp;本报讯（记者李红）经过两年多的建设，&ldquo;新安大桥&rdquo;昨天正式通车&#8203;。\n"
    art = only(parse_page(text))
    assert art.reporters == ["李红"] and art.paragraphs == ["经过两年多的建设，“新安大桥”昨天正式通车。"]


def test_an_ampersand_that_escapes_nothing_stays():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "R&D投入增长一成。"))
    assert art.paragraphs[-1] == "R&D投入增长一成。"


def test_a_line_break_a_converter_wrote_as_html_breaks_the_line():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1 + "<br>" + BRIDGE_2))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_quoted_paragraph_is_a_paragraph_of_its_own():
    said = "> 确保每个适龄儿童有学上、上好学"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, said, BRIDGE_2, sep="\n"))
    assert art.paragraphs == [BRIDGE_1, "确保每个适龄儿童有学上、上好学", BRIDGE_2]
    art = only(
        parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "> 确保每个适龄儿童", "> 有学上、上好学。")
    )
    assert art.paragraphs == [BRIDGE_1, "确保每个适龄儿童有学上、上好学。"]


def test_asterisks_that_are_not_markdown_emphasis_stay():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "注：带*号的为新增项目。"))
    assert art.paragraphs[-1] == "注：带*号的为新增项目。"


def test_crlf_line_ends_and_indents_are_normalised():
    text = page("新安大桥建成通车", "\u3000\u3000本报讯（记者李红）" + BRIDGE_1, "  " + BRIDGE_2).replace(
        "\n", "\r\n"
    )
    art = only(parse_page(text))
    assert art.title == "新安大桥建成通车"
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_list_of_names_ends_its_paragraph_above_the_next_headline():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n出席仪式的有：\n张三、李四、王五、赵六、钱七\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    first, second = page.articles
    assert first.paragraphs[-2:] == ["出席仪式的有：", "张三、李四、王五、赵六、钱七"]
    assert (second.kicker, second.title, second.reporters) == (None, "年货市场供应充足", ["王五"])


def test_a_list_of_names_set_apart_by_spaces_over_two_rows_keeps_its_names_apart():
    for sep in ("\n", "\n\n"):
        art = only(
            parse(
                "新安大桥建成通车",
                "本报讯（记者 李红）" + BRIDGE_1,
                "出席仪式的有：",
                "张立群 王海峰 刘建华 陈国栋",
                "李卫东 赵明远",
                sep=sep,
            )
        )
        assert art.paragraphs == [BRIDGE_1, "出席仪式的有：", "张立群 王海峰 刘建华 陈国栋 李卫东 赵明远"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "listed",
    [
        ["获奖名单如下：", "一等奖：张立群 王海峰 刘建华", "二等奖：陈国栋 李卫东 赵明远 周平"],
        ["出席仪式的有：", "张立群 王  峰 刘建华 陈  栋"],  # two-character names padded to three
        ["受表彰者名单：", "张立群、王海峰、刘建华、陈国栋、李卫东、", "赵明远、周平"],
    ],
)
def test_a_list_of_names_in_a_story_stays_its_text_above_the_next_headline(listed, sep):
    parsed = parse(
        "全市表彰先进个人",
        "本报讯（记者 李红）" + BRIDGE_1,
        *listed,
        "青山春茶开采",
        "本报讯（记者周海）" + TEA_1,
        sep=sep,
    )
    honours, tea = parsed.articles
    assert squeeze("".join(honours.paragraphs[1:])) == squeeze("".join(listed))
    assert (honours.authors, honours.reporters) == ([], ["李红"])
    assert (tea.kicker, tea.title, tea.reporters, tea.paragraphs) == (None, "青山春茶开采", ["周海"], [TEA_1])
    if listed[1].startswith("一等奖"):
        assert honours.paragraphs[1:] == listed  # each prize its own row


def test_stories_typed_with_half_width_full_stops_are_cut_at_their_headlines():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯(记者 王 宁)" + _half_width(BRIDGE_1),
        _half_width(BRIDGE_2),
        "镇里负责人表示,将做好大桥的日常养护.",
        "城东实验小学新校舍启用",
        "本报讯(记者 钱 进)" + _half_width(SCHOOL_1),
        _half_width(SCHOOL_2),
    )
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用"]
    assert [a.reporters for a in parsed.articles] == [["王宁"], ["钱进"]]
    assert [len(a.paragraphs) for a in parsed.articles] == [3, 2]


def test_a_half_width_full_stop_after_a_digit_is_a_decimal_point():
    from archive.parsing.lines import is_terminated, sentence_count

    assert not is_terminated("全年增长3.")
    assert is_terminated("全年增长三成.")
    assert sentence_count("增长3.5%,高于去年.") == 1
    assert is_terminated("占全市的24.6%.")


def test_a_half_width_full_stop_before_a_caption_credit():
    caption = "市民在新安大桥上散步.市交通局供图"
    parsed = parse("新安大桥建成通车", "本报讯(记者 王 宁)" + _half_width(BRIDGE_1), caption)
    story, photo = parsed.articles
    assert story.paragraphs == [_half_width(BRIDGE_1)]
    assert (photo.kind, photo.paragraphs) == ("photo", ["市民在新安大桥上散步."])


def test_a_page_in_traditional_characters():
    parsed = parse(
        "星島日報",
        "新安大橋建成通車",
        "本報記者 陳嘉欣",
        BRIDGE_1,
        "城東小學新校舍啟用",
        "【本報訊】" + SCHOOL_1,
        "市民在新校舍前合影。",
        "記者 黃志明 攝",
    )
    assert parsed.publication == "星島日報"
    bridge, school, picture = parsed.articles
    assert bridge.title == "新安大橋建成通車" and bridge.reporters == ["陳嘉欣"]
    assert school.dateline == "本報訊" and school.paragraphs == [SCHOOL_1]
    assert picture.kind == "photo" and picture.photographers == ["黃志明"]


def test_a_continuation_marker_broken_over_the_last_two_rows_of_the_page_is_still_read():
    rows = wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2 + "（下转第二版）", 16).split("\n")
    rows[-2:] = [rows[-2] + rows[-1][: rows[-1].index("二版")], rows[-1][rows[-1].index("二版") :]]
    art = only(parse_page("\n".join(["新安大桥建成通车", "本报记者 李红", *rows, ""])))
    assert art.continues_to == "第二版" and squeeze(art.body) == squeeze(BRIDGE_1 + BRIDGE_2)


def _indented_column(*paragraphs: str, width: int = 16) -> list[str]:
    """Paragraphs set in a column ``width`` characters wide, each opening on an indent."""
    rows = []
    for para in paragraphs:
        text = "\u3000\u3000" + para
        rows += [text[k : k + width] for k in range(0, len(text), width)]
    return rows


def test_on_an_indented_column_a_row_opening_after_a_sentence_that_filled_the_row_before_runs_on():
    first = "城南老街改造完工街坊们欢喜。"  # ends on the first row's last character
    second = "今年改造的主题是留住烟火气，恰与街坊们的心愿相合，老店陆续回归。"
    lines = ["老街的新生", "本报记者 许诺", *_indented_column(first + second, BRIDGE_2)]
    assert lines[2].endswith("。") and lines[3] == "今年改造的主题是留住烟火气，恰与"
    art = only(parse_page("\n".join(lines)))
    assert art.title == "老街的新生" and art.paragraphs == [first + second, BRIDGE_2]


def test_on_an_indented_column_a_kicker_as_wide_as_the_column_still_heads_the_next_story():
    kicker = "城南街道探索老旧小区改造新路子"
    last = "城南老街改造完工，街坊们纷纷回到老街开店营业，烟火气回来了。"  # fills its last row
    lines = [
        "老街的新生",
        "本报记者 许诺",
        *_indented_column(BRIDGE_2, last),
        kicker,
        "楼道亮了 电梯装了",
        "本报记者 周海",
        *_indented_column(BRIDGE_1),
    ]
    first, second = parse_page("\n".join(lines)).articles
    above = lines[lines.index(kicker) - 1]
    assert above.endswith("。") and len(above) == len(kicker) + 1 == 16
    assert first.paragraphs[-1] == last
    assert (second.kicker, second.title, second.reporters) == (kicker, "楼道亮了 电梯装了", ["周海"])


def test_on_an_indented_column_a_caption_wrapped_over_two_rows_stays_whole():
    caption = ("清溪县老街居民在新开的社区食堂里用午", "餐。")
    rows = _indented_column(BRIDGE_1, BRIDGE_2, SCHOOL_1, width=18)
    lines = [
        "新安大桥建成通车",
        "本报记者 李红",
        *rows,
        *caption,
        "周海摄",
        "年货市场供应充足",
        *_indented_column(NEW_YEAR_MARKET, width=18),
    ]
    assert len(caption[0]) == 18 and all(len(row) <= 18 for row in rows)
    parsed = parse_page("\n".join(lines))
    picture = next(a for a in parsed.articles if a.kind == "photo")
    assert (picture.body, picture.photographers) == ("".join(caption), ["周海"])
    assert [a.title for a in parsed.articles if a.kind == "article"] == [
        "新安大桥建成通车",
        "年货市场供应充足",
    ]


def test_paragraphs_run_on_in_one_line_part_at_their_indent():
    """…五分钟。　　大桥全长…: an extraction that lost the line break keeps the next paragraph's
    indent after the sentence's end, and the paragraph starts there."""
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1 + "\u3000\u3000" + BRIDGE_2))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_table_s_rows_stand_as_printed_in_the_text_and_lose_no_quotes():
    rows = [
        "第一名　王小明　城东中学　11秒02",
        "第二名　李  强　实验中学　11秒15",
        "第三名　陈刚　二中　11秒21",
    ]
    text = page(
        "全市中学生运动会落幕",
        "本报讯（记者 周海）" + BRIDGE_1,
        "男子100米决赛成绩如下：",
        "\n".join(rows),
        "本届运动会共打破3项市纪录。",
    )
    parsed = parse_page(text)
    art = only(parsed)
    assert art.paragraphs[1:] == [
        "男子100米决赛成绩如下：",
        "第一名 王小明 城东中学 11秒02\n第二名 李 强 实验中学 11秒15\n第三名 陈刚 二中 11秒21",
        "本届运动会共打破3项市纪录。",
    ]
    assert "quotes_lost" not in art.warnings + parsed.warnings


def test_a_tables_rows_opening_on_a_rank_alone_stay_the_storys_over_the_next_headline():
    rows = ["1　上海　35分", "2　山东　33分", "3　浙江　31分"]
    parsed = parse(
        "中超联赛第15轮战报",
        "本报讯（记者 周海）" + BRIDGE_1,
        "积分榜前三名\n" + "\n".join(rows),
        "古城夜市人气旺",
        "本报讯（记者 王五）" + MARKET_1,
        sep="\n",
    )
    league, market = parsed.articles
    assert league.paragraphs[1:] == ["积分榜前三名", "1 上海 35分\n2 山东 33分\n3 浙江 31分"]
    assert (market.kicker, market.title) == (None, "古城夜市人气旺")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_tables_rows_one_space_apart_with_figures_or_times_stand_as_printed_under_their_header(sep):
    league = ["名次 球队 场次 积分", "1 上海 2 6", "2 成都 2 6", "3 浙江 2 4"]
    market = ["上证指数 3050.12 +0.52%", "深证成指 9580.33 -0.21%"]
    listings = ["周六 19:30 清溪新闻联播", "周日 20:00 瓯越大讲堂"]
    parsed = parse(
        "中超联赛第二轮战报",
        "本报讯（记者 周海）" + BRIDGE_1,
        "积分榜前三名",
        "\n".join(league),
        "昨日股市",
        "\n".join(market),
        "本周节目预告",
        "\n".join(listings),
        sep=sep,
    )
    text = "\n\n".join("\n".join([a.headline or "", a.body]) for a in parsed.articles)
    for rows in (league, market, listings):
        assert "\n".join(rows) in text  # each row a row, none run on into the next


def test_a_headline_with_one_figure_and_phrases_one_space_apart_is_no_table():
    art = only(
        parse("2026清溪马拉松 3万人 鸣枪开跑\n新安大桥 建成 通车", "本报讯（记者 周海）" + SCHOOL_1, sep="\n")
    )
    assert art.paragraphs == [SCHOOL_1] and "马拉松" in (art.headline or "")


def test_one_line_of_phrases_apart_by_wide_spaces_is_no_table():
    art = only(parse("开学第一天　孩子们笑了　家长放心了", "本报讯（记者 周海）" + SCHOOL_1))
    assert art.title == "开学第一天 孩子们笑了 家长放心了" and art.paragraphs == [SCHOOL_1]


def test_a_kicker_and_a_title_each_of_phrases_apart_by_wide_spaces_are_no_table():
    art = only(
        parse(
            "开学第一天　孩子们笑了　家长放心了\n城东小学　新校舍　正式启用", "本报讯（记者 周海）" + SCHOOL_1
        )
    )
    assert squeeze((art.kicker or "") + (art.title or "")) == squeeze(
        "开学第一天孩子们笑了家长放心了城东小学新校舍正式启用"
    )
    assert art.paragraphs == [SCHOOL_1]


def test_a_headline_of_phrases_apart_by_wide_spaces_over_a_byline_so_set_is_no_table():
    art = only(parse("2026清溪　马拉松　鸣枪开跑\n记者　周海　通讯员　李红", SCHOOL_1))
    assert squeeze(art.title or "") == "2026清溪马拉松鸣枪开跑"
    assert (art.reporters, art.correspondents, art.paragraphs) == (["周海"], ["李红"], [SCHOOL_1])


def test_rows_of_two_cells_each_with_a_figure_three_or_more_are_a_table_in_the_text():
    rows = ["鹿城区　　412分", "瓯海区　　398分", "乐清市　　376分"]
    text = page(
        "市运会田径比赛收官",
        "本报讯（记者 周海）" + BRIDGE_1,
        "团体总分前三名：\n" + "\n".join(rows),
        SCHOOL_1,
    )
    art = only(parse_page(text))
    assert art.paragraphs == [
        BRIDGE_1,
        "团体总分前三名：",
        "鹿城区 412分\n瓯海区 398分\n乐清市 376分",
        SCHOOL_1,
    ]


def test_rows_of_a_thing_and_its_figure_one_space_apart_are_a_table_not_a_headline():
    rows = ["青菜 3.5", "白菜 1.8", "萝卜 1.5", "番茄 6.0"]
    parsed = parse("年货供应充足", "本报记者 李红", NEW_YEAR_MARKET, "今日菜价（元/斤）\n" + "\n".join(rows))
    story, table = parsed.articles
    assert (story.title, story.paragraphs) == ("年货供应充足", [NEW_YEAR_MARKET])
    assert (table.kicker, table.title) == (None, "今日菜价（元/斤）")
    assert "\n".join(table.paragraphs) == "\n".join(rows)


@pytest.mark.parametrize("number", ["咨询电话：0576-86100000", "联系电话：13800000000", "热线：96068"])
def test_a_paragraph_ending_on_a_number_to_call_is_complete_over_the_next_headline(number):
    parsed = parse("新安大桥建成通车", BRIDGE_1 + number, "古城夜市人气旺", MARKET_1)
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", [BRIDGE_1 + number]),
        ("古城夜市人气旺", [MARKET_1]),
    ]


def test_a_headline_under_a_tables_last_row_opens_the_next_story():
    # a table's last row (5　青岛　10) ends no sentence, and leaves none open for the line below
    rows = ["名次　球队　积分", "1　温州　14", "2　大连　13", "3　南通　12"]
    parsed = parse(
        "新安大桥建成通车",
        "本报讯 " + BRIDGE_1,
        "积分榜\n" + "\n".join(rows),
        "■ 古城夜市人气旺\n" + MARKET_1,
    )
    assert [(a.title, len(a.paragraphs)) for a in parsed.articles] == [
        ("新安大桥建成通车", 1),
        ("积分榜", 1),
        ("古城夜市人气旺", 1),
    ]
    assert parsed.articles[2].paragraphs == [MARKET_1]


@pytest.mark.parametrize("after", [[], ["古城夜市人气旺", "本报讯 " + MARKET_1]])
def test_a_subhead_alone_in_its_story_set_apart_by_blank_lines_is_a_paragraph_of_its_own(after):
    """交通更方便 between two finished paragraphs, the only subhead the story prints: no start of
    the paragraph under it."""
    parsed = parse("新安大桥建成通车", "本报记者 李红", BRIDGE_1, "交通更方便", BRIDGE_2, *after)
    assert parsed.articles[0].paragraphs == [BRIDGE_1, "交通更方便", BRIDGE_2]


@pytest.mark.parametrize("cut", ["一年来全市共新建城乡", "一年来全市共新建城乡学校"])
def test_a_paragraph_a_blank_line_cut_longer_than_a_subhead_is_one_paragraph(cut):
    rest = "学校三十所。" if cut.endswith("城乡") else "三十所。"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, cut, rest + BRIDGE_2))
    assert art.paragraphs[1] == cut + rest + BRIDGE_2


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["■法官说法", "警方提醒", "■现场直击", "● 背景", "◆数说变化"])
def test_a_boxs_label_inside_a_story_is_a_paragraph_of_its_own(label, sep):
    """■法官说法 / what the judge says of the case: the label stands over the box's text, never
    glued to it."""
    advice = "网购机票应通过正规渠道，不要轻信所谓内部特价，更不要向陌生账户转账。"
    art = only(parse("新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2, label, advice, sep=sep))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, label, advice]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("bullet", ["■", "● ", "◆"])
def test_a_sections_head_set_off_by_a_bullet_is_a_paragraph_of_its_own_whatever_it_holds(bullet, sep):
    """■新生有了“成长仪式” / ■家长：孩子适应得很快 / ● 穿越历史，经典作品永不褪色: quotes, a colon
    or a comma inside, the bulleted head is never the first words of the paragraph under it."""
    heads = [
        bullet + "大桥有了“成长仪式”",
        bullet + "市民：出行更方便了",
        bullet + "穿越历史，经典作品永不褪色",
    ]
    art = only(
        parse(
            "新安大桥建成通车",
            "本报记者 李红",
            BRIDGE_1,
            heads[0],
            BRIDGE_2,
            heads[1],
            MARKET_1,
            heads[2],
            TEA_1,
            sep=sep,
        )
    )
    assert art.paragraphs == [BRIDGE_1, heads[0], BRIDGE_2, heads[1], MARKET_1, heads[2], TEA_1]


def _box_between_stories(box: list[str], sep: str):
    """The story a box is printed under, the box between it and the next story, whose headline
    and text the box must leave as they are."""
    bridge, market = parse(
        "新安大桥建成通车", "本报讯 " + BRIDGE_1, *box, "古城夜市人气旺", "本报讯 " + MARKET_1, sep=sep
    ).articles
    assert (market.kicker, market.title, market.paragraphs) == (None, "古城夜市人气旺", [MARKET_1])
    return bridge


_FIGURES = [
    ("8.2%", "一季度全市民间投资增速"),
    ("57.3%", "民间投资占全部投资的比重"),
    ("12.5%", "制造业投资增速"),
]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("figure_first", [True, False])
def test_a_box_of_figures_stands_row_by_row_and_its_last_words_head_no_story(sep, figure_first):
    """数说 under a story: each figure over (or under) the words saying what it counts; the box's
    last words are no headline of the story after it, however the pairs are set apart."""
    pairs = [(f, w) if figure_first else (w, f) for f, w in _FIGURES]
    box = sep.join("\n".join(pair) for pair in pairs)
    bridge = _box_between_stories(["数说", box], sep)
    assert (bridge.title, bridge.paragraphs[0]) == ("新安大桥建成通车", BRIDGE_1)
    assert "\n".join(bridge.paragraphs[2:]).split("\n") == [row for pair in pairs for row in pair]


_FIELDS = ["时间：3月5日至5月31日", "地点：青山县博物馆二楼", "票价：免费（需提前预约）"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("label", [["展览信息"], []])
def test_a_box_of_a_notices_fields_under_a_story_stays_its_row_by_row_and_heads_nothing(sep, label):
    """时间：… / 地点：… / 票价：… under the story they belong to: each a paragraph of its own under
    the box's label, and none of them the next story's kicker."""
    bridge = _box_between_stories([*label, "\n".join(_FIELDS)], sep)
    assert bridge.paragraphs == [BRIDGE_1, *label, *_FIELDS]
    assert "run_together" not in bridge.warnings


def test_a_field_under_a_signature_ends_its_row():
    """作者：甲 / 出版社：… over a book's review: the field is a row of its own, not the text's start."""
    parsed = parse("《清溪往事》", "作者：周海", "出版社：青山人民出版社", TEA_1)
    assert only(parsed).paragraphs == ["出版社：青山人民出版社", TEA_1]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "rows",
    [
        ["3月5日 全国人大会议开幕", "3月11日 全国人大会议闭幕"],
        ["2024年6月 大桥开工建设", "2025年12月 大桥合龙", "2026年3月 大桥建成通车"],
        ["9:00 开幕式", "9:30—11:30 主题论坛", "14:00 项目签约"],
    ],
)
def test_a_timelines_rows_stand_as_printed_and_head_nothing(rows, sep):
    """A day or an hour, a space, and what happens then: rows of a timeline or a programme, never
    run together into one line, never the next story's headline."""
    assert _box_between_stories(["\n".join(rows)], sep).paragraphs == [BRIDGE_1, "\n".join(rows)]


def test_a_row_set_in_under_a_full_row_ending_a_sentence_opens_a_paragraph_in_a_narrow_column():
    """In a narrow column long paragraphs set in few of their rows — too few to show the page
    indents its paragraphs — yet a row set in under a full row ending its sentence opens one."""
    paragraphs = [TEA_1, TEA_2 + BRIDGE_1 + BRIDGE_2, MARKET_1 + MARKET_2]
    text = hard_wrapped(
        ("head", "春茶开采茶农笑开颜"),
        ("head", "本报记者 周海"),
        *[("text", p) for p in paragraphs],
        width=14,
    )
    assert "增加三成。\n\u3000\u3000镇农业" in text  # the first paragraph fills its last row
    art = only_on(text)
    assert art.paragraphs == paragraphs


def test_a_row_leaving_a_quote_open_goes_on_into_the_row_that_closes_it():
    """On a page that dropped its indents, a paragraph's first row under a subhead holds no clause
    but leaves a quote open (代表法对代表“坚持中国共产党的领 / 导”“…): it is no headline's line."""
    subhead = "突出对代表履职的政治要求"
    paragraph = "代表法对代表“坚持中国共产党的领导”“坚定不移走中国特色社会主义政治发展道路”等作出规定。"
    text = hard_wrapped(
        ("head", "推动人大代表工作高质量发展"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("head", subhead),
        ("text", paragraph),
        ("text", BRIDGE_2),
        flush=True,
    )
    assert f"{subhead}\n代表法对代表“坚持中国共产党的领\n导”" in text
    art = only_on(text)
    assert art.title == "推动人大代表工作高质量发展" and art.paragraphs[-1] == BRIDGE_2
    assert any(p.endswith(paragraph) for p in art.paragraphs)


@pytest.mark.parametrize("width", [14, 16])
def test_a_section_s_deck_of_two_rows_is_one_paragraph_on_a_page_without_indents(width):
    """怎样种好茶？ / 政策引导、科学规划，调动茶农 / 积极性 / text, as a column extracted without its
    indents prints it: the deck's first row, short by the indent, and its short last row are one
    paragraph under the question."""
    from archive.training.corpus import Article
    from archive.training.render import Layout, render_page

    deck = "政策引导、科学规划，调动茶农积极性"
    quote = "“我们强调科学种植，坚持以生态茶园为主、人工管护为辅，鼓励优先使用本地良种。”镇农技站站长介绍。"
    said = "“要让茶树真正扎下根、铺展开，还得有实实在在的政策和技术支持。”镇党委书记表示。"
    story = Article(key="p/1.md", page="p", title="春茶开采茶农笑开颜", reporters=["周海"])
    story.paragraphs = [TEA_1, quote, "怎样种好茶？", deck, said, MARKET_1]
    printed = render_page(
        "p.txt", [story], Layout(paragraphs="wrap", width=width, flush=True), random.Random(1),
        page_number=2, page_name="要闻", date="2025-02-02",
    )  # fmt: skip
    assert "积极性\n" in printed.text and "\n　" not in printed.text
    art = only_on(printed.text)
    assert art.paragraphs[2:4] == ["怎样种好茶？", deck]
