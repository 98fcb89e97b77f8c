"""Page parser (archive.parsing): small hand-written pages, one or a few tests per layout rule.

No database; the paragraphs and helpers are in tests/support/pages.py.
"""

from __future__ import annotations

import datetime
import json

import pytest

from archive.parsing import ParsedArticle, parse_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    SCHOOL_2,
    TEA_1,
    TEA_2,
    only,
    page,
    parse,
    squeeze,
    titles,
)

# ---- segmentation -----------------------------------------------------------------------------


def test_stories_start_at_headlines_above_their_lead_ins():
    parsed = parse(
        "青山镇春茶开采 茶农喜迎丰收",
        "本报讯（记者王晓明）" + TEA_1,
        TEA_2,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
    )
    assert titles(parsed) == ["青山镇春茶开采 茶农喜迎丰收", "新安大桥建成通车"]
    tea, bridge = parsed.articles
    assert tea.paragraphs == [TEA_1, TEA_2]
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert tea.reporters == ["王晓明"] and bridge.reporters == ["李红"]


def test_a_headline_with_no_byline_after_a_picture_starts_a_story():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清溪晨雾",
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "城东实验小学新校舍启用",
        SCHOOL_1,
        SCHOOL_2,
    )
    assert [a.kind for a in parsed.articles] == ["article", "photo", "article"]
    school = parsed.articles[2]
    assert school.title == "城东实验小学新校舍启用"
    assert school.paragraphs == [SCHOOL_1, SCHOOL_2]
    assert "no_byline" in school.warnings


def test_a_headline_set_off_by_a_wide_gap_starts_a_story_without_byline():
    text = (
        page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
        + "\n"
        + page("古城夜市 点亮 消费新场景", "\n\n" + MARKET_1, MARKET_2)
    )
    parsed = parse_page(text)
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市 点亮 消费新场景"]
    assert parsed.articles[1].paragraphs == [MARKET_1, MARKET_2]


def test_a_gap_of_blank_lines_under_a_headline_shaped_line_tips_the_balance():
    story = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    gap = parse_page(story + "\n灯火 点亮 烟火气\n\n\n\n" + MARKET_1 + "\n")
    assert titles(gap) == ["新安大桥建成通车", "灯火 点亮 烟火气"]
    no_gap = parse_page(story + "\n灯火 点亮 烟火气\n\n" + MARKET_1 + "\n")
    assert only(no_gap).paragraphs[-2:] == ["灯火 点亮 烟火气", MARKET_1]


def test_a_headline_whose_words_run_through_the_text_below_starts_a_story():
    parsed = parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2, "古城夜市成为消费新热点", MARKET_1, MARKET_2)
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市成为消费新热点"]
    assert parsed.articles[1].paragraphs == [MARKET_1, MARKET_2]


def test_a_subhead_sharing_words_with_the_story_above_stays_in_it():
    art = only(parse("新安大桥建成通车", BRIDGE_1, "大桥通车以后", BRIDGE_2))
    assert squeeze(art.body) == squeeze(BRIDGE_1 + "大桥通车以后" + BRIDGE_2)


def test_text_after_a_closed_story_opens_a_new_one_with_its_headline():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "（下转第二版）",
        "古城夜市人气旺",
        MARKET_1,
    )
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市人气旺"]


def test_a_lead_in_without_headline_is_a_story_of_its_own():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "本报讯（记者王晓明）" + TEA_1)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].reporters == ["王晓明"]
    assert parsed.articles[1].title is None
    assert "no_headline" in parsed.articles[1].warnings


def test_text_at_the_top_of_the_page_with_no_headline_is_kept_and_flagged():
    parsed = parse(BRIDGE_1, BRIDGE_2, "古城夜市人气旺", "本报讯（记者周海）" + MARKET_1)
    first = parsed.articles[0]
    assert first.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert first.title is None
    assert "unknown_layout" in first.warnings and "no_headline" in first.warnings
    assert parsed.articles[1].title == "古城夜市人气旺"


def test_a_page_with_no_article_gives_an_empty_list():
    assert parse_page("").articles == []
    assert parse_page("\n\n  \n").articles == []
    assert parse_page("1234 5678\n---\n").articles == []


# ---- continuation markers ---------------------------------------------------------------------


def test_continuation_to_another_page_is_taken_out_of_the_body():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, "（下转第二版）"))
    assert art.continues_to == "第二版"
    assert "下转" not in art.body


def test_continuation_marker_inside_the_last_paragraph():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2 + "(下转第3版)"))
    assert art.continues_to == "第3版"
    assert art.paragraphs[-1] == BRIDGE_2


def test_a_story_continued_from_another_page_starts_after_its_title():
    art = only(parse("新安大桥建成通车", "(上接第一版)", BRIDGE_2, BRIDGE_1))
    assert art.title == "新安大桥建成通车"
    assert art.continued_from == "第一版"
    assert art.paragraphs == [BRIDGE_2, BRIDGE_1]


def test_continued_from_marker_leading_a_paragraph():
    art = only(parse("新安大桥建成通车", "（上接1版）" + BRIDGE_2))
    assert art.continued_from == "第1版"
    assert art.paragraphs == [BRIDGE_2]


# ---- paragraphs broken by columns -------------------------------------------------------------


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


def wrap(text: str, width: int = 16) -> str:
    return "\n".join(text[k : k + width] for k in range(0, len(text), width))


def test_hard_wrapped_paragraphs_are_joined_line_by_line():
    text = page("新安大桥建成通车", wrap("本报讯（记者李红）" + BRIDGE_1), wrap(BRIDGE_2), wrap(TEA_1, 12))
    art = only(parse_page(text))
    assert art.reporters == ["李红"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, TEA_1]


def test_a_wrapped_paragraph_whose_last_line_holds_only_its_full_stop():
    text = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1[:-1] + "\n。", BRIDGE_2)
    assert only(parse_page(text)).paragraphs == [BRIDGE_1, BRIDGE_2]


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


# ---- editor's notes -----------------------------------------------------------------------------


def test_an_editors_note_is_the_body_of_the_headline_it_follows():
    note = "编者按：近日，全市各区县围绕乡村振兴开展交流，本报今日刊登部分发言摘要，以飨读者。"
    parsed = parse(
        "# 携手奋进 共建美丽乡村",
        "## ——全市乡村振兴工作交流会发言摘要",
        note,
        "### 让茶叶成为致富的金叶子",
        "青山镇党委书记 孙立平",
        TEA_1,
    )
    first, second = parsed.articles
    assert first.title == "携手奋进 共建美丽乡村"
    assert first.subtitle == "——全市乡村振兴工作交流会发言摘要"
    assert first.paragraphs == [note]
    assert second.title == "让茶叶成为致富的金叶子" and second.authors == ["孙立平"]


# ---- page furniture ----------------------------------------------------------------------------


def test_masthead_date_and_page_header_fill_the_page_fields():
    parsed = parse(
        "清溪日报 QINGXI DAILY",
        "2024年3月5日 星期二 第3版 要闻",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
    )
    assert parsed.publication == "清溪日报"
    assert parsed.date == datetime.date(2024, 3, 5)
    assert parsed.page_number == 3 and parsed.page_name == "要闻"
    assert titles(parsed) == ["新安大桥建成通车"]


def test_staff_credits_and_short_page_numbers_in_the_header_are_furniture():
    parsed = parse(
        "A3 要闻 2024年3月5日",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "责任编辑：王敏 美编：周海",
    )
    assert parsed.page_number == 3 and parsed.page_name == "要闻"
    art = only(parsed)
    assert art.paragraphs == [BRIDGE_1]
    assert "王敏" not in art.body


@pytest.mark.parametrize("footer", ["（编辑 王敏）", "(责任编辑:王敏)", "【本版编辑 王敏 校对 周海】"])
def test_a_staff_footer_in_brackets_is_furniture(footer):
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, footer))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "staff", ["（编辑 王敏）", "责任编辑：王敏 美编：周海 校对：李立军", "编辑：王敏 审核：周海 终审：李立军"]
)
def test_a_staff_line_between_stories_is_furniture(staff):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        staff,
        "清溪茶园春茶开采",
        "本报讯（记者周海）" + TEA_1,
    )
    assert [(art.kicker, art.title) for art in parsed.articles] == [
        (None, "新安大桥建成通车"),
        (None, "清溪茶园春茶开采"),
    ]
    assert [art.paragraphs for art in parsed.articles] == [[BRIDGE_1], [TEA_1]]


def test_an_e_paper_header_with_labelled_fields_is_furniture():
    parsed = parse(
        "版次：A03 版名：要闻 日期：2024-03-05", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1
    )
    assert (parsed.page_number, parsed.page_name, parsed.date) == (3, "要闻", datetime.date(2024, 3, 5))
    art = only(parsed)
    assert (art.kicker, art.title, art.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


@pytest.mark.parametrize("placeholder", ["[图片]", "【图】", "<img>"])
def test_a_picture_placeholder_is_no_title(placeholder):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        placeholder,
        "图为市民在新安大桥上散步。 记者 周海 摄",
    )
    story, photo = parsed.articles
    assert story.paragraphs == [BRIDGE_1]
    assert (photo.kind, photo.title, photo.photographers) == ("photo", None, ["周海"])
    assert photo.paragraphs == ["图为市民在新安大桥上散步。"]


def test_a_page_name_over_the_date_opens_the_page_header():
    parsed = parse("国内新闻", "2024年3月6日 星期三", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.page_name == "国内新闻" and parsed.date == datetime.date(2024, 3, 6)
    art = only(parsed)
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")


@pytest.mark.parametrize("label", ["今日导读", "导读", None])
def test_the_index_of_the_other_pages_is_furniture(label):
    index = "\n".join(
        ["▶ 古城夜市人气旺  2版", "▶ 清溪两岸春色美  第5版", "▶ 全市中小学开展防溺水教育（详见A6版）"]
    )
    blocks = [label, index] if label else [index]
    art = only(
        parse(
            "温州日报",
            "2024年4月8日 星期一 第1版",
            *blocks,
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
        )
    )
    assert (art.kicker, art.title, art.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


def test_a_weather_box_under_a_story_is_furniture():
    weather = ["天气预报", "今天：多云，14～23℃\n明天：阴有小雨，15～20℃"]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, *weather))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_forecasts_in_a_weather_story_stay_in_it():
    forecasts = "北部山区：多云，10～18℃\n南部沿海：晴，14～20℃"
    art = only(
        parse("清明假期天气晴好", "本报讯（记者李红）清明假期我市以晴好天气为主，适宜出行。", forecasts)
    )
    assert "北部山区" in art.body and "南部沿海" in art.body


def test_page_fields_are_never_guessed_from_the_stories():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）2024年3月4日，" + BRIDGE_1)
    assert parsed.publication is None and parsed.date is None and parsed.page_number is None


def test_an_impossible_date_in_the_header_is_not_a_date():
    parsed = parse("2024年2月30日", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.date is None


# ---- warnings ----------------------------------------------------------------------------------


def test_warnings_for_the_review_queue():
    long_title = "关于进一步加强和改进新时代城乡基层治理体系和治理能力现代化建设的若干工作举措的实施意见"
    parsed = parse(
        long_title, "本报讯（记者李红）" + BRIDGE_1, "桥通了", "本报讯（记者李红）大桥今天通车了。"
    )
    first, second = parsed.articles
    assert "headline_too_long" in first.warnings
    assert "headline_too_short" in second.warnings and "short_body" in second.warnings
    assert "no_byline" not in first.warnings


def test_quotes_lost_from_the_page_are_flagged_and_the_text_left_as_is():
    body = "会议要求，全市上下要深入实施 清溪振兴计划，坚持 一区两带 发展方向，奋力打造共同富裕示范区。"
    parsed = parse("全市经济工作会议召开", "本报讯（记者李红）" + body, TEA_2)
    art = only(parsed)
    assert art.paragraphs[0] == body
    assert "quotes_lost" in art.warnings
    assert "quotes_lost" in parsed.warnings


def test_quotes_kept_on_the_page_raise_no_quotes_warning():
    body = "会议要求，全市上下要深入实施“清溪振兴计划”，坚持“一区两带”发展方向，奋力打造共同富裕示范区。"
    art = only(parse("全市经济工作会议召开", "本报讯（记者李红）" + body, TEA_2))
    assert "quotes_lost" not in art.warnings


# ---- the JSON row ------------------------------------------------------------------------------


def test_as_json_has_exactly_the_importer_keys():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红 通讯员赵小燕）" + BRIDGE_1, BRIDGE_2))
    row = art.as_json("page.txt")
    assert set(row) == {
        "source", "kind", "title", "kicker", "subtitle", "column", "dateline", "reporters",
        "correspondents", "photographers", "authors", "body", "continues_to", "continued_from", "warnings",
        "confidence", "doubtful",
    }  # fmt: skip
    assert row["body"] == BRIDGE_1 + "\n\n" + BRIDGE_2
    assert row["source"] == "page.txt" and row["correspondents"] == ["赵小燕"]
    json.dumps(row, ensure_ascii=False)
    assert art.headline == "新安大桥建成通车"


def test_headline_joins_the_parts_that_are_printed():
    art = ParsedArticle(kicker="引题", title="主题", subtitle=None)
    assert art.headline == "引题 主题"
    assert ParsedArticle(paragraphs=["甲", "乙"]).body == "甲\n\n乙"


# ---- robustness --------------------------------------------------------------------------------


def test_never_raises_on_odd_input():
    samples = [
        "",
        "\x00\x01\x02\ufffd\ud800 本报讯（",
        "（下转第二版）",
        "本报讯（记者",
        "#\n##\n###",
        "记者 甲 摄",
        "\r\r\r\n\n",
        "本报讯" * 1000,
        "新安大桥建成通车\n" * 300,
        bytes(range(256)).decode("latin-1"),
    ]
    for text in samples:
        parsed = parse_page(text)
        for art in parsed.articles:
            json.dumps(art.as_json("x"), ensure_ascii=False).encode("utf-8")


def test_a_page_of_many_stories_is_cut_into_all_of_them():
    blocks = []
    for k in range(40):
        blocks += [
            f"青山镇第{k}批春茶开采 茶农喜迎丰收",
            "本报讯（记者王晓明 通讯员赵小燕）" + TEA_1,
            TEA_2,
            BRIDGE_1[:30],
            BRIDGE_1[30:],
        ]
    parsed = parse(*blocks)
    assert titles(parsed) == [f"青山镇第{k}批春茶开采 茶农喜迎丰收" for k in range(40)]
    assert all(art.paragraphs == [TEA_1, TEA_2, BRIDGE_1] for art in parsed.articles)


def test_a_huge_page_without_blank_lines_is_one_story():
    # how long such pages take is measured by benchmarks/parse_bench.py
    parsed = parse_page(("本报讯（记者李红）" + BRIDGE_1 + BRIDGE_2) * 8000)
    assert len(parsed.articles) == 1


def test_never_raises_on_generated_pages():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    from archive.parsing.page import parse as parse_unguarded

    pieces = st.sampled_from(
        ["\n", "\n\n", "\r\n", "\u3000", " ", "本报讯", "（记者", "王晓明", "）", "(", "摄", "记者 ", "通讯员", "。",
         "，", "、", "——", "## ", "# ", "（下转第二版）", "(上接第一版)", "编者按：", "供图", "市委书记 ", "整理）",
         "新安大桥", "建成通车", "2024年3月5日", "第3版", "日报", "？", "”", "“", "·", "A", "1"]
    )  # fmt: skip

    @hypothesis.settings(max_examples=300, deadline=None, derandomize=True)
    @hypothesis.given(st.lists(pieces, max_size=80), st.text(max_size=40))
    def check(tokens, noise):
        parsed = parse_unguarded("".join(tokens) + noise)
        for art in parsed.articles:
            assert art.kind in ("article", "photo")
            assert art.paragraphs and all(p.strip() for p in art.paragraphs)
            json.dumps(art.as_json("x"), ensure_ascii=False).encode("utf-8")

    check()


# ---- more page furniture ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        ("2024年3月12日 星期二", (None, datetime.date(2024, 3, 12), None, None)),
        ("第2版 要闻", (None, None, 2, "要闻")),
        ("第2版：要闻", (None, None, 2, "要闻")),
        ("第二版 综合新闻", (None, None, 2, "综合新闻")),
        ("02 要闻", (None, None, 2, "要闻")),
        ("A02 要闻·综合", (None, None, 2, "要闻·综合")),
        ("2024-03-12 星期二 第2版", (None, datetime.date(2024, 3, 12), 2, None)),
        ("东阳报 2024.3.12", ("东阳报", datetime.date(2024, 3, 12), None, None)),
        ("青田都市报", ("青田都市报", None, None, None)),
        ("东阳晚报\n2024年3月12日\n星期二\n第2版\n要闻", ("东阳晚报", datetime.date(2024, 3, 12), 2, "要闻")),
        ("清溪日报 QINGXI DAILY\n国内统一连续出版物号 CN33-0099", ("清溪日报", None, None, None)),
    ],
)
def test_header_lines_fill_the_page_fields_and_stay_out_of_the_stories(header, fields):
    parsed = parse_page(header + "\n\n" + page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == fields
    art = only(parsed)
    assert (art.column, art.kicker, art.title) == (None, None, "新安大桥建成通车")
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "footer",
    [
        "责任编辑：王五  版式：李四  校对：赵六",
        "责编：王五 美编：李四 校对：赵六",
        "温岭日报 2023年7月26日",
        "责任编辑：王五  版式：李四\n清溪日报 2023年7月26日",
    ],
)
def test_footer_lines_are_furniture(footer):
    parsed = parse_page(page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2) + footer + "\n")
    art = only(parsed)
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert "王五" not in art.body and "日报" not in art.body


@pytest.mark.parametrize("notice", ["年终喜报", "防汛工作简报"])
def test_a_headline_that_is_a_notice_is_no_masthead(notice):
    parsed = parse(notice, "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.publication is None
    assert only(parsed).title == notice


# ---- interviews, pictures in a row ------------------------------------------------------------


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_an_interview_in_questions_and_answers_stays_one_story(sep):
    turns = [
        "记者：今年春茶的行情怎么样？",
        "孙立平：今年春茶开采早、品质好，收购价比去年高出一成。",
        "问：茶农增收靠什么？",
        "答：靠品牌。我们统一包装、统一销售，价格翻了一番。",
    ]
    parsed = parse("把小茶叶做成大产业", "——访青山镇党委书记孙立平", "本报记者 李红", TEA_1, *turns, sep=sep)
    art = only(parsed)
    assert art.paragraphs == [TEA_1, *turns]
    assert art.subtitle == "——访青山镇党委书记孙立平" and art.reporters == ["李红"]


def test_two_pictures_in_a_row_between_stories():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1 + "（下转第3版）",
        "清溪晨雾",
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "夜市灯火",
        "周末的古城夜市人头攒动，两百多个摊位沿河排开。",
        "拍友 吴峰 摄",
        "城东实验小学新校舍启用",
        "本报讯（通讯员 赵小燕）" + SCHOOL_1,
        sep="\n",
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", "清溪晨雾"),
        ("photo", "夜市灯火"),
        ("article", "城东实验小学新校舍启用"),
    ]
    assert parsed.articles[0].continues_to == "第3版"
    assert [a.photographers for a in parsed.articles[1:3]] == [["周海"], ["吴峰"]]


def test_an_editors_note_under_a_headline_leads_into_its_story():
    note = "编者按：今年是新安大桥建成十周年，本报今起推出系列报道，敬请关注。"
    parsed = parse(
        "新安大桥建成通车",
        note,
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "古城夜市人气旺",
        "本报讯" + MARKET_1,
    )
    bridge, market = parsed.articles
    assert bridge.title == "新安大桥建成通车" and bridge.dateline == "本报讯"
    assert bridge.paragraphs == [note, BRIDGE_1, BRIDGE_2] and bridge.reporters == ["李红"]
    assert market.title == "古城夜市人气旺" and market.paragraphs == [MARKET_1]


def test_an_editors_note_over_headlined_stories_stays_with_its_own_headline():
    note = "编者按：今年是新安大桥建成十周年，本报今起推出系列报道，敬请关注。"
    parsed = parse("新安大桥十年", note, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert titles(parsed) == ["新安大桥十年", "新安大桥建成通车"]
    assert parsed.articles[0].paragraphs == [note]
