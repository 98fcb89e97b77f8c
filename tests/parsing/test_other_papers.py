"""Layouts of other papers: padded names in credits, bulleted labels, editors' notes over bylines,
agency sign-offs, parallel kickers and pictures printed without credit."""

from __future__ import annotations

from archive.parsing import parse_page
from archive.parsing.bylines import parse_byline
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    TEA_1,
    TEA_2,
    only,
    parse,
    titles,
)


def test_a_padded_name_run_on_to_its_role_in_a_lead_in():
    art = only(parse("新安大桥建成通车", "本报北京3月5日电  （记者罗  珊）" + BRIDGE_1))
    assert art.dateline == "本报北京3月5日电" and art.reporters == ["罗珊"]


def test_a_padded_name_ending_on_a_role_word_is_still_a_name():
    art = only(parse("新安大桥建成通车", "本报讯（记者 郑  杰 通讯员 包  文）" + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["郑杰"], ["包文"])


def test_padded_names_in_credits_set_off_by_spaces():
    art = only(parse("新安大桥建成通车", "本报讯 记者 王  宁 通讯员 钱  进 " + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["王宁"], ["钱进"])
    assert art.paragraphs == [BRIDGE_1]


def test_a_reporter_credited_for_the_pictures_is_their_photographer():
    credits = parse_byline("文/记者 许诺 图/记者 黄河")
    assert credits is not None
    assert (credits.reporters, credits.photographers) == (["许诺"], ["黄河"])


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


def test_a_byline_under_an_editors_note_signs_the_story_below_it():
    note = "编者按：共富工坊把车间搬到村民家门口。即日起，本报推出系列报道，敬请关注。"
    art = only(parse("青山镇春茶开采 茶农喜迎丰收", note, "□记者 王晓明", TEA_1, TEA_2))
    assert art.reporters == ["王晓明"]
    assert art.paragraphs == [note, TEA_1, TEA_2]


def test_editors_credits_with_padded_names_at_the_foot_are_furniture():
    art = only(
        parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, "责任编辑：李  明  美编：赵  磊")
    )
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_picture_title_after_a_story_signed_off_with_wan():
    parsed = parse(
        "新安大桥建成通车",
        "新华社北京3月5日电（记者李红）" + BRIDGE_1,
        BRIDGE_2 + "（完）",
        "茶园迎客",
        "3月4日，游客在青山镇茶园里体验采茶。",
        "新华社记者 周海 摄",
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", "茶园迎客"),
    ]


def test_a_parallel_kicker_is_not_wrapped_into_the_title_below():
    text = (
        "奋战四季度 冲刺全年红\n新安大桥建成通车\n\n本报讯（记者李红）" + BRIDGE_1 + "\n\n" + BRIDGE_2 + "\n"
    )
    art = only(parse_page(text))
    assert (art.kicker, art.title) == ("奋战四季度 冲刺全年红", "新安大桥建成通车")


def test_pictures_printed_without_credit_among_pictures():
    parsed = parse(
        "夜市灯火",
        MARKET_1,
        "记者 周海 摄",
        "青山镇茶农忙采春茶",
        "青山镇茶园里，茶农们正在分批采摘春茶。今年春茶开采早，品质好。",
        "新安大桥",
        BRIDGE_1,
        "记者 李红 摄",
    )
    assert [a.kind for a in parsed.articles] == ["photo", "photo", "photo"]
    assert parsed.articles[1].title == "青山镇茶农忙采春茶"


def test_a_plain_short_story_after_a_picture_on_a_news_page_stays_a_story():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "夜市灯火",
        MARKET_1,
        "记者 周海 摄",
        "城东实验小学新校舍启用",
        SCHOOL_1,
        "古城夜市人气旺",
        "本报讯（记者周海）" + MARKET_2,
        TEA_2,
    )
    assert [a.kind for a in parsed.articles] == ["article", "photo", "article", "article"]
    assert titles(parsed)[2] == "城东实验小学新校舍启用"
