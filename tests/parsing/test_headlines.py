"""Headline blocks, column labels, orphan headlines and subheads (archive.parsing.headlines)."""

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
    NEW_YEAR_MARKET,
    SCHOOL_1,
    SCHOOL_2,
    TEA_1,
    TEA_2,
    only,
    only_on,
    page,
    parse,
    squeeze,
    titles,
    wrap,
)


def test_kicker_above_title():
    art = only(parse("两年建设终告完工", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert (art.kicker, art.title, art.subtitle) == ("两年建设终告完工", "新安大桥建成通车", None)


def test_subtitle_starting_with_a_dash():
    art = only(parse("新安大桥建成通车", "——两岸居民出行时间缩短到五分钟", "本报讯（记者李红）" + BRIDGE_1))
    assert art.title == "新安大桥建成通车"
    assert art.subtitle == "——两岸居民出行时间缩短到五分钟"


def test_a_subtitle_in_brackets_under_the_title():
    art = only(
        parse("新安大桥建成通车", "（两岸居民出行时间缩短到五分钟）", "本报记者 李红", BRIDGE_1, BRIDGE_2)
    )
    assert (art.kicker, art.title, art.subtitle) == (
        None,
        "新安大桥建成通车",
        "（两岸居民出行时间缩短到五分钟）",
    )
    assert art.reporters == ["李红"]


def test_a_bracketed_line_above_the_title_is_no_subtitle():
    art = only(parse("（两年建设终告完工）", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert (art.title, art.subtitle) == ("新安大桥建成通车", None)


def test_a_dashed_subtitle_above_the_byline_line():
    art = only(
        parse("新安大桥建成通车", "——两岸居民出行时间缩短到五分钟", "本报记者 李红", BRIDGE_1, BRIDGE_2)
    )
    assert (art.title, art.subtitle) == ("新安大桥建成通车", "——两岸居民出行时间缩短到五分钟")
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_long_subtitle_is_still_a_subtitle():
    sub = "——全市乡村振兴工作交流会暨春季农业生产现场推进会上各区县主要负责人交流发言摘要"
    art = only(
        parse(
            "携手奋进 共建美丽乡村",
            sub,
            "编者按：近日，全市各区县围绕乡村振兴开展交流，本报今日刊登部分发言摘要。",
        )
    )
    assert art.title == "携手奋进 共建美丽乡村" and art.subtitle == sub


def test_kicker_title_and_subtitle():
    art = only(
        parse("两年建设终告完工", "新安大桥建成通车", "——两岸居民出行时间缩短到五分钟", "本报讯" + BRIDGE_1)
    )
    assert (art.kicker, art.title) == ("两年建设终告完工", "新安大桥建成通车")
    assert art.subtitle.startswith("——")


def test_a_headline_broken_over_consecutive_lines_is_joined():
    text = page("横跨清溪的新安大桥\n今天正式建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    art = only(parse_page(text))
    assert squeeze(art.title) == "横跨清溪的新安大桥今天正式建成通车"
    assert art.kicker is None


def test_a_kicker_ending_with_a_colon():
    art = only(parse("青山镇茶农王大伯：", "种好一片茶 富了一家人", "本报讯（记者李红）" + TEA_1))
    assert art.kicker == "青山镇茶农王大伯："
    assert art.title == "种好一片茶 富了一家人"


def test_markdown_levels_do_not_decide_roles():
    art = only(parse("### 两年建设终告完工", "## 新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert (art.kicker, art.title) == ("两年建设终告完工", "新安大桥建成通车")
    art = only(parse("## 新安大桥建成通车", "## ——两岸居民出行时间缩短到五分钟", "本报讯" + BRIDGE_1))
    assert art.title == "新安大桥建成通车" and art.subtitle == "——两岸居民出行时间缩短到五分钟"


def test_markdown_headings_start_stories_even_without_byline():
    parsed = parse("## 新安大桥建成通车", BRIDGE_1, BRIDGE_2, "## 城东实验小学新校舍启用", SCHOOL_1, SCHOOL_2)
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用"]


def test_a_column_label_above_the_headline():
    art = only(parse("民生观察", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert art.column == "民生观察"
    assert art.title == "新安大桥建成通车" and art.kicker is None


@pytest.mark.parametrize("framed", ["◆新安大桥建成通车◆", "★ 新安大桥建成通车 ★", "## 新安大桥建成通车 ##"])
def test_a_headline_framed_by_marks_on_both_sides_loses_both(framed):
    art = only(parse(framed, "本报讯（记者李红）" + BRIDGE_1, sep="\n"))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")


@pytest.mark.parametrize(
    "tagged", ["新安大桥建成通车（图）", "新安大桥建成通车[组图]", "新安大桥建成通车(视频)"]
)
def test_a_news_sites_tag_after_a_headline_is_no_word_of_it(tagged):
    art = only(parse(tagged, "本报讯（记者李红）" + BRIDGE_1, sep="\n"))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")


def test_a_column_label_between_byline_and_text():
    art = only(parse("新安大桥建成通车", "本报记者 李红 通讯员 赵小燕", "民生观察", BRIDGE_1, BRIDGE_2))
    assert art.column == "民生观察"
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_column_labels_of_signed_pieces_after_the_previous_story():
    parsed = parse(
        "青山县",
        "## 让茶叶成为致富的金叶子",
        "青山县委书记 孙立平",
        TEA_1,
        TEA_2,
        "市教育局",
        "## 办好家门口的每一所学校",
        "市教育局局长 陈思远",
        SCHOOL_1,
        SCHOOL_2,
    )
    assert [(a.column, a.title, a.authors) for a in parsed.articles] == [
        ("青山县", "让茶叶成为致富的金叶子", ["孙立平"]),
        ("市教育局", "办好家门口的每一所学校", ["陈思远"]),
    ]
    assert parsed.articles[0].paragraphs == [TEA_1, TEA_2]


def test_a_banner_repeating_the_start_of_the_title_is_dropped():
    art = only(
        parse("建桥 通路 惠民生", "# 建桥 通路 惠民生 新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    )
    assert art.title == "建桥 通路 惠民生 新安大桥建成通车"
    assert art.kicker is None


def test_a_banner_printed_twice_leaves_one_title():
    art = only(parse("新安大桥建成通车", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")


def test_an_orphan_headline_at_the_top_goes_to_the_story_that_has_none():
    parsed = parse(
        "古城夜市人气旺 带动消费增两成",
        "两年建设终告完工",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "本报讯（记者周海）" + MARKET_1,
        MARKET_2,
    )
    bridge, market = parsed.articles
    assert (bridge.kicker, bridge.title) == ("两年建设终告完工", "新安大桥建成通车")
    assert market.title == "古城夜市人气旺 带动消费增两成"
    assert market.reporters == ["周海"]


def test_orphan_headlines_stacked_at_the_top_go_to_their_own_stories():
    parsed = parse(
        "古城夜市人气旺 带动消费增两成",
        "城东实验小学新校舍启用",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "本报讯（记者王芳）" + SCHOOL_1,
        SCHOOL_2,
        "本报讯（记者周海）" + MARKET_1,
        MARKET_2,
    )
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺 带动消费增两成"]
    assert [a.kicker for a in parsed.articles] == [None, None, None]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_stack_of_headlines_opening_with_the_first_storys_own_gives_each_its_story(sep):
    """The first story keeps the line of the stack that speaks of its text, wherever it stands in
    the stack, and the others go to the stories they speak of."""
    parsed = parse(
        "新安大桥建成通车",
        "城东实验小学新校舍启用",
        "古城夜市人气旺 带动消费增两成",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "本报讯（记者王芳）" + SCHOOL_1,
        "本报讯（记者周海）" + MARKET_1,
        sep=sep,
    )
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺 带动消费增两成"]
    assert [a.kicker for a in parsed.articles] == [None, None, None]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_headlines_printed_under_their_stories_go_up_to_them(sep):
    """Extraction may print each headline under its story's text: the first story has none, each
    headline speaks of the text above it, and the last stands at the foot of the page."""
    parsed = parse(
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "新安大桥建成通车",
        "本报讯（记者王芳）" + SCHOOL_1,
        SCHOOL_2,
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + MARKET_1,
        "古城夜市人气旺",
        sep=sep,
    )
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺"]
    assert [a.paragraphs for a in parsed.articles] == [[BRIDGE_1, BRIDGE_2], [SCHOOL_1, SCHOOL_2], [MARKET_1]]
    assert [a.reporters for a in parsed.articles] == [["李红"], ["王芳"], ["周海"]]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_headline_printed_under_its_storys_first_paragraph_is_its_own(sep):
    parsed = parse(
        "青山春茶开采",
        "本报讯（记者周海）" + TEA_1,
        TEA_2,
        "本报讯（记者李红）" + BRIDGE_1,
        "新安大桥建成通车",
        BRIDGE_2,
        "古城夜市人气旺",
        "本报讯（记者王五）" + MARKET_1,
        sep=sep,
    )
    assert titles(parsed) == ["青山春茶开采", "新安大桥建成通车", "古城夜市人气旺"]
    assert parsed.articles[1].paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_headless_story_over_headlined_ones_keeps_theirs_where_they_speak_of_their_own_text():
    parsed = parse(
        "本报讯（记者李红）" + BRIDGE_1,
        "城东实验小学新校舍启用",
        "本报讯（记者王芳）" + SCHOOL_1,
        "古城夜市人气旺",
        "本报讯（记者周海）" + MARKET_1,
        "新安大桥建成通车",
    )
    # the headline at the foot goes to the one story left without, as any orphan does
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺"]
    assert [a.paragraphs for a in parsed.articles] == [[BRIDGE_1], [SCHOOL_1], [MARKET_1]]


def test_an_orphan_kicker_and_title_at_the_top_go_together():
    parsed = parse(
        "小城夜经济激发消费新活力",
        "古城夜市人气旺 带动消费增两成",
        "两年建设终告完工",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "本报讯（记者周海）" + MARKET_1,
        MARKET_2,
    )
    bridge, market = parsed.articles
    assert (bridge.kicker, bridge.title) == ("两年建设终告完工", "新安大桥建成通车")
    assert (market.kicker, market.title) == ("小城夜经济激发消费新活力", "古城夜市人气旺 带动消费增两成")


def test_orphan_headlines_at_the_foot_of_the_page_go_to_their_stories():
    text = page(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "本报讯（记者王芳）" + SCHOOL_1,
        "本报讯（记者周海）" + MARKET_1,
        "城东实验小学新校舍启用",
        "小城夜经济激发消费新活力\n\n古城夜市人气旺 带动消费增两成",
        sep="\n\n\n\n",
    )
    parsed = parse_page(text)
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺 带动消费增两成"]
    assert parsed.articles[2].kicker == "小城夜经济激发消费新活力"
    assert parsed.articles[2].paragraphs == [MARKET_1]


def test_the_one_spare_headline_goes_to_the_one_headless_story_it_shares_words_with():
    blocks = [
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "本报讯（记者周海）" + TEA_1,
        "春茶飘香 镇村共富",
    ]
    parsed = parse(*blocks, sep="\n\n\n\n")
    assert titles(parsed) == ["新安大桥建成通车", "春茶飘香 镇村共富"]
    assert parsed.articles[1].paragraphs == [TEA_1]
    blocks[2] = "本报讯（记者周海）" + MARKET_1
    parsed = parse(*blocks, sep="\n\n\n\n")
    assert titles(parsed) == ["新安大桥建成通车", None]


def test_headline_lines_at_the_foot_no_story_claims_stay_in_the_text_above():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "本报讯（记者周海）" + MARKET_1,
        "春茶开采 茶农增收",
    )
    assert titles(parsed) == ["新安大桥建成通车", None]
    assert parsed.articles[1].paragraphs == [MARKET_1, "春茶开采 茶农增收"]


def test_a_story_with_its_own_headline_lends_none_to_a_headless_one():
    parsed = parse(
        "古城夜市人气旺", "本报讯（记者周海）" + MARKET_1, MARKET_2, "本报讯（记者李红）" + BRIDGE_1
    )
    assert titles(parsed) == ["古城夜市人气旺", None]


def test_without_a_headless_story_the_top_line_stays_a_kicker():
    parsed = parse("两年建设终告完工", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    assert only(parsed).kicker == "两年建设终告完工"


def test_parallel_subheads_inside_a_story_stay_in_its_body():
    parsed = parse(
        "到基层去 把实事办到群众心坎上",
        "(上接第一版)",
        "走得更深 沉到一线 找问题",
        TEA_1,
        TEA_2,
        "办得更实 立说立行 解难题",
        BRIDGE_1,
        BRIDGE_2,
        "想得更远 建章立制 谋长效",
        SCHOOL_1,
    )
    art = only(parsed)
    assert art.paragraphs[0] == "走得更深 沉到一线 找问题"
    assert "办得更实 立说立行 解难题" in art.paragraphs
    assert art.paragraphs[-2:] == ["想得更远 建章立制 谋长效", SCHOOL_1]


def test_a_subhead_after_a_question_stays_in_the_story():
    parsed = parse(
        "夜经济如何再上台阶",
        "本报记者 周海",
        MARKET_1,
        "夜市还能怎样吸引年轻人？商户们又有哪些期待？",
        "年轻人爱打卡",
        MARKET_2,
        "商户盼政策",
        TEA_2,
    )
    art = only(parsed)
    assert "年轻人爱打卡" in art.paragraphs and "商户盼政策" in art.paragraphs


def test_a_fragment_is_not_a_headline_even_when_it_looks_like_one():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "负责大桥施工的清溪路桥公司创建",
        "于1998年，先后承建了二十多座跨江大桥，是省内知名的桥梁施工企业。",
    )
    art = only(parsed)
    assert art.paragraphs[-1].startswith("负责大桥施工的清溪路桥公司创建于1998年")


def test_numbered_subheads_stay_paragraphs_of_their_own():
    art = only(
        parse(
            "以实干开新局",
            "青山县委书记 孙立平",
            TEA_1,
            "一、聚焦主导产业",
            TEA_2,
            "二、做强特色品牌",
            BRIDGE_1,
        )
    )
    assert art.paragraphs == [TEA_1, "一、聚焦主导产业", TEA_2, "二、做强特色品牌", BRIDGE_1]


def test_bullets_printed_before_headlines_are_not_part_of_them():
    parsed = parse(
        "■ 城东小学新校舍启用",
        "本报讯（记者吴佳）" + SCHOOL_1,
        "■ 古城夜市人气旺",
        "本报讯（记者周海）" + MARKET_1,
    )
    assert titles(parsed) == ["城东小学新校舍启用", "古城夜市人气旺"]


def test_a_short_lead_in_ending_with_a_colon_stays_in_the_story():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "大桥的亮点有：",
        BRIDGE_2,
    )
    story = [a for a in parsed.articles if a.kind == "article"]
    assert len(story) == 1
    assert story[0].paragraphs == [BRIDGE_1, "大桥的亮点有：", BRIDGE_2]


MEETING = "3月11日，全市民营经济高质量发展大会召开，会议总结过去一年民营经济发展成效，部署今年重点工作。"
MEETING_2 = "会议指出，民营经济是全市经济发展的最大特色和最大优势，要进一步激发民营经济发展活力。"
THREE = ("引领新时代 奋进新征程", "清溪召开民营经济高质量发展大会", "全市上下凝心聚力推动民营经济再创新辉煌")


@pytest.mark.parametrize("head_sep", ["\n", "\n\n"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_three_headline_lines_without_dash_are_kicker_title_and_subtitle(head_sep, sep):
    text = head_sep.join(THREE) + sep + sep.join(["本报讯（记者 黄磊）" + MEETING, MEETING_2]) + "\n"
    art = only(parse_page(text))
    assert (art.kicker, art.title, art.subtitle) == THREE
    assert art.paragraphs == [MEETING, MEETING_2] and art.reporters == ["黄磊"]


def test_a_headline_line_left_open_is_wrapped_into_the_next():
    text = "\n".join(
        [
            "引领新时代 奋进新征程",
            "清溪召开民营经济高质量发展大会的",
            "第二次全体会议",
            "本报讯（记者 黄磊）" + MEETING,
        ]
    )
    art = only(parse_page(text))
    assert art.kicker == "引领新时代 奋进新征程"
    assert art.title == "清溪召开民营经济高质量发展大会的第二次全体会议"
    assert art.subtitle is None


def test_a_kicker_wrapped_over_lines_of_one_width_stays_one_kicker_above_the_title():
    kicker = "全市深入推进 营商环境\n优化提升攻坚行动暨民营\n经济发展大会召开"
    text = page(kicker, "凝心聚力 再创民营经济新辉煌", "本报讯（记者 黄磊）" + MEETING, MEETING_2)
    art = only(parse_page(text))
    assert squeeze(art.kicker) == "全市深入推进营商环境优化提升攻坚行动暨民营经济发展大会召开"
    assert art.title == "凝心聚力 再创民营经济新辉煌" and art.subtitle is None


# ---- stories printed without a byline ----------------------------------------------------------

NEWS = ("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
CANTEEN_1 = (
    "今年以来，东城区聚焦群众急难愁盼问题，推出一批惠民举措，老旧小区加装电梯、社区食堂等项目陆续落地。"
)
CANTEEN_2 = "区民生办负责人介绍，这些项目由居民提议、居民评议，真正做到群众点单、政府接单。"
PHONE_1 = "近日，西湖街道开设智能手机培训班，志愿者手把手教老人使用健康码、网上挂号和移动支付。"
PHONE_2 = "培训班每周开课两次，已有三百余名老人参加，不少老人学会了用手机视频通话。"


def test_a_headline_over_a_news_lead_after_a_complete_news_item_starts_a_story():
    parsed = parse(*NEWS, "“小切口”撬动“大民生”", CANTEEN_1, CANTEEN_2)
    assert titles(parsed) == ["新安大桥建成通车", "“小切口”撬动“大民生”"]
    bridge, canteen = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert canteen.paragraphs == [CANTEEN_1, CANTEEN_2]
    assert "no_byline" in canteen.warnings


@pytest.mark.parametrize(
    "opening",
    [
        "1月19日，",
        "近日，",
        "日前，",
        "近年来，",
        "昨天，",
        "记者从东城区民政局获悉，",
        "据东城区民政局介绍，",
    ],
)
def test_openings_of_a_news_lead_count_for_a_new_story(opening):
    text = opening + "东城区推出一批惠民举措，老旧小区加装电梯、社区食堂等项目陆续落地，受到居民欢迎。"
    parsed = parse(*NEWS, "“小切口”撬动“大民生”", text, CANTEEN_2)
    assert titles(parsed) == ["新安大桥建成通车", "“小切口”撬动“大民生”"]


def test_a_place_opening_a_paragraph_that_shares_nothing_with_the_story_above_starts_a_story():
    opening = "东城区推出一批惠民举措，老旧小区加装电梯、社区食堂等项目陆续落地，受到居民欢迎。"
    parsed = parse(*NEWS, "“小切口”撬动“大民生”", opening, CANTEEN_2)
    assert titles(parsed) == ["新安大桥建成通车", "“小切口”撬动“大民生”"]
    assert parsed.articles[1].paragraphs == [opening, CANTEEN_2]


def test_a_place_opening_a_paragraph_that_carries_the_story_above_on_keeps_it():
    more = "清溪区交通运输局介绍，新安大桥通车后，两岸居民出行时间大大缩短，沿线公交线路也将调整。"
    art = only(parse(*NEWS, "两岸交通更便捷", more))
    assert squeeze(art.body).endswith(squeeze("两岸交通更便捷" + more))


@pytest.mark.parametrize("opening", ["全区", "该区", "区里"])
def test_a_place_already_named_carries_the_story_on(opening):
    text = opening + "推出一批惠民举措，老旧小区加装电梯、社区食堂等项目陆续落地，受到居民欢迎。"
    assert len(parse(*NEWS, "“小切口”撬动“大民生”", text).articles) == 1


def test_without_a_lead_opening_such_a_line_stays_in_the_story_above():
    opening = "加装电梯、社区食堂等一批惠民项目陆续落地，受到居民欢迎。"
    art = only(parse(*NEWS, "“小切口”撬动“大民生”", opening))
    assert art.paragraphs[:2] == [BRIDGE_1, BRIDGE_2]
    assert squeeze(art.body).endswith(squeeze("“小切口”撬动“大民生”" + opening))


def test_a_news_lead_after_a_byline_line_story_starts_a_story_when_nothing_is_shared():
    parsed = parse(
        "古城夜市人气旺", "本报记者 周海", MARKET_1, MARKET_2, "让老年人乐享数字生活", PHONE_1, PHONE_2
    )
    assert titles(parsed) == ["古城夜市人气旺", "让老年人乐享数字生活"]
    assert parsed.articles[1].paragraphs == [PHONE_1, PHONE_2]


TEA_REPORT = (
    "青山县茶产业加快转型升级",
    "本报讯（记者王晓明）春茶开采以来，青山县组织茶农分批上山采摘，县里的茶叶加工厂也开足马力。",
    "县农业农村局负责人介绍，今年全县新增无性系良种茶园八百亩，茶农亩均增收预计超过两千元。",
)


def test_a_subhead_over_text_that_carries_on_the_report_stays_in_it():
    sections = [
        "良种茶园扩面提质",
        "近年来，青山县茶园面积稳步扩大，县农业农村局每年安排专项资金，扶持茶农改种良种茶园。",
        "加工企业做强品牌",
        "今年以来，青山县茶叶加工企业新注册商标十二个，县里的茶叶品牌知名度不断提高。",
    ]
    art = only(parse(*TEA_REPORT, *sections))
    assert art.paragraphs[2:] == sections


def test_a_features_subhead_over_a_dated_paragraph_stays_in_the_feature():
    scene = "近日，记者走进青山镇茶园，只见茶农们正忙着采摘，茶园里一派繁忙景象。"
    art = only(parse("到基层去解难题", "本报记者 周海", TEA_1, TEA_2, "茶园里的新变化", scene))
    assert art.paragraphs == [TEA_1, TEA_2, "茶园里的新变化", scene]


def test_a_feature_with_parallel_subheads_keeps_them_all():
    parsed = parse(
        "清溪两岸新变化",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "桥通了 路宽了",
        "近年来，清溪两岸的交通条件不断改善，大桥、道路和公交线路连成一片。",
        "景美了 人富了",
        "今年以来，清溪两岸的民宿和农家乐生意红火，村民收入明显增加。",
    )
    art = only(parsed)
    assert "桥通了 路宽了" in art.paragraphs and "景美了 人富了" in art.paragraphs


def test_a_line_left_open_over_a_dated_paragraph_is_joined_to_it():
    art = only(parse(*NEWS, "大桥配套的引桥改造工程计划于", "3月5日前完工，届时市民出行将更加便利。"))
    assert art.paragraphs[-1] == "大桥配套的引桥改造工程计划于3月5日前完工，届时市民出行将更加便利。"


def test_a_subhead_kept_in_a_story_is_not_glued_to_a_dated_paragraph():
    art = only(parse("到基层去解难题", "本报记者 周海", TEA_1, TEA_2, "茶园里", "近日，茶农们正忙着采摘。"))
    assert art.paragraphs[-2:] == ["茶园里", "近日，茶农们正忙着采摘。"]


def test_a_page_mixing_items_with_and_without_bylines():
    parsed = parse(
        *NEWS,
        "“小切口”撬动“大民生”",
        CANTEEN_1,
        CANTEEN_2,
        "让老年人乐享数字生活",
        PHONE_1,
        PHONE_2,
        "清溪晨雾",
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "到基层去解难题",
        "本报记者 周海",
        TEA_1,
        TEA_2,
        "茶园里的新变化",
        "近日，记者走进青山镇茶园，只见茶农们正忙着采摘，茶园里一派繁忙景象。",
        "古城夜市 点亮烟火气",
        "本报讯（记者周海）" + MARKET_1,
        MARKET_2,
    )
    assert [a.kind for a in parsed.articles] == ["article"] * 3 + ["photo"] + ["article"] * 2
    assert titles(parsed) == [
        "新安大桥建成通车",
        "“小切口”撬动“大民生”",
        "让老年人乐享数字生活",
        "清溪晨雾",
        "到基层去解难题",
        "古城夜市 点亮烟火气",
    ]
    assert parsed.articles[2].paragraphs == [PHONE_1, PHONE_2]
    assert parsed.articles[4].paragraphs[2:] == [
        "茶园里的新变化",
        "近日，记者走进青山镇茶园，只见茶农们正忙着采摘，茶园里一派繁忙景象。",
    ]
    assert parsed.articles[5].reporters == ["周海"]


def test_a_subhead_ending_with_a_dash_over_text_stays_in_the_story():
    art = only_on(
        f"新安大桥建成通车\n\n本报记者  李  红\n\n{BRIDGE_OPENED_1}\n\n算算旅游增收账——\n\n{BRIDGE_OPENED_2}\n"
    )
    assert "算算旅游增收账——" in art.body and art.kicker is None


def test_a_headline_broken_after_a_comma_on_a_page_without_blank_lines_stays_whole():
    page = parse_page(
        f"新安大桥建成通车，\n两岸群众出行更便捷\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n{BRIDGE_OPENED_2}\n"
        f"年货市场供应充足\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    assert [a.title for a in page.articles] == ["新安大桥建成通车，两岸群众出行更便捷", "年货市场供应充足"]


def test_subheads_each_with_a_line_of_deck_stay_in_a_feature_signed_at_its_top():
    parsed = parse(
        "清溪两岸的新变化",
        "本报记者 周海",
        BRIDGE_1,
        "建成一座新桥",
        "把两岸往来缩短到五分钟",
        BRIDGE_2,
        "夜市开张",
        "让古城的夜晚亮起来",
        MARKET_1,
        MARKET_2,
    )
    art = only(parsed)
    assert art.title == "清溪两岸的新变化" and art.reporters == ["周海"]
    assert art.paragraphs == [
        BRIDGE_1,
        "建成一座新桥",
        "把两岸往来缩短到五分钟",
        BRIDGE_2,
        "夜市开张",
        "让古城的夜晚亮起来",
        MARKET_1,
        MARKET_2,
    ]


def test_a_headline_with_a_deck_after_a_feature_with_no_subheads_is_the_next_story():
    parsed = parse(
        "清溪两岸的新变化",
        "本报记者 周海",
        BRIDGE_1,
        BRIDGE_2,
        "夜市开张",
        "古城人气渐旺",
        MARKET_1,
        MARKET_2,
    )
    assert [art.title for art in parsed.articles] == ["清溪两岸的新变化", "古城人气渐旺"]


def test_subheads_led_by_a_dash_with_their_deck_stay_in_a_news_feature():
    outing = "十多位老人跟随旅行社出游，线路设计周到，沿途安排了休息点，老人们一路有说有笑。"
    parsed = parse(
        "清溪两岸的新变化",
        "本报讯（记者 周海）" + BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "慢旅行——",
        "老人出游 设计周到",
        outing,
        "夜市更旺——",
        "灯火璀璨 人气渐旺",
        MARKET_1,
        MARKET_2,
    )
    art = only(parsed)
    assert art.reporters == ["周海"] and art.paragraphs[3:6] == ["慢旅行——", "老人出游 设计周到", outing]
    assert art.paragraphs[-1] == MARKET_2


@pytest.mark.parametrize("picture", [[], ["清溪中学的学生在课后社团练习武术。", "周海摄"]])
def test_a_news_feature_keeps_its_first_decked_heading_when_other_headings_stand_before_the_next(picture):
    gym = "体育课每周增加两节，学校请来专业教练，同学们在操场上练跳绳、学足球，体质明显增强。"
    clubs = "课后服务时间，学校开设篮球、武术等十多个社团，学生按兴趣自主报名参加训练。"
    parents = "家长们说，孩子回家后精神头足了，做作业的效率也比以前高了不少。"
    parsed = parse(
        "清溪两岸的新变化",
        "本报讯（记者 周海）" + BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "体育课突出课时和质量，练跳绳学足球样样有",
        "“同学们爱上了体育课”",
        gym,
        "课后社团怎样让学生都动起来？",
        clubs,
        *picture,
        "篮球武术社团人气旺，课后服务时间学生按兴趣报名参加训练",
        "“每周最盼的就是社团课，和同学们一起训练特别开心”",
        clubs,
        "孩子体质增强，家长更放心",
        "“精神头足了，作业也写得快”",
        parents,
    )
    (art,) = [a for a in parsed.articles if a.kind == "article"]
    assert art.reporters == ["周海"]
    assert art.paragraphs[3:6] == ["体育课突出课时和质量，练跳绳学足球样样有", "“同学们爱上了体育课”", gym]
    assert art.paragraphs[-1] == parents


def test_a_question_closed_by_its_column_tag_is_a_headline_over_its_lead_in():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_OPENED_1,
        "年货去哪儿买最实惠？（清溪消费观察）",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert titles(parsed) == ["新安大桥建成通车", "年货去哪儿买最实惠？（清溪消费观察）"]


OUTING = "十多位老人跟随旅行社出游，线路设计周到，服务贴心，沿途安排了休息点，老人们一路有说有笑。"


def test_questions_with_their_answers_head_the_sections_of_a_news_feature():
    parsed = parse(
        "清溪两岸的新变化",
        "本报讯（记者 周海）" + BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "老人出游体验如何？",
        "线路设计周到，服务贴心",
        OUTING,
        "夜市为何更旺？",
        "灯火璀璨，人气渐旺",
        MARKET_1,
        MARKET_2,
    )
    art = only(parsed)
    assert art.paragraphs[3:6] == ["老人出游体验如何？", "线路设计周到，服务贴心", OUTING]


def test_a_feature_signed_at_its_end_keeps_its_sections_each_headed_with_a_deck():
    parsed = parse(
        "清溪两岸的新变化",
        BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "慢旅行——",
        "老人出游 设计周到",
        OUTING,
        "夜市更旺——",
        "灯火璀璨 人气渐旺",
        MARKET_1,
        "古城夜市灯火璀璨。\n周海摄",
        MARKET_2,
        "（本报记者 周海）",
    )
    story, photo = parsed.articles
    assert story.reporters == ["周海"] and story.paragraphs[3:6] == ["慢旅行——", "老人出游 设计周到", OUTING]
    assert photo.kind == "photo" and photo.photographers == ["周海"]


def test_stories_with_no_credits_each_under_a_place_and_its_headline_stay_apart():
    parsed = parse(
        "天台——",
        "新安大桥建成通车",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        "仙居——",
        "年货市场供应充足",
        NEW_YEAR_MARKET,
        MARKET_2,
    )
    assert titles(parsed) == ["新安大桥建成通车", "年货市场供应充足"]


def test_on_a_page_that_signs_every_story_a_two_line_heading_with_no_credits_is_a_section():
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        "清溪两岸的新变化",
        "本报记者 周海",
        BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "从“摆摊”到“街区”，夜市越办越红火",
        "“古城的夜晚，比白天还热闹”",
        MARKET_1,
        MARKET_2,
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert titles(parsed) == ["新安大桥建成通车", "清溪两岸的新变化", "年货市场供应充足"]
    assert parsed.articles[1].paragraphs[3:] == [
        "从“摆摊”到“街区”，夜市越办越红火",
        "“古城的夜晚，比白天还热闹”",
        MARKET_1,
        MARKET_2,
    ]


def test_on_a_page_that_signs_every_story_the_rest_of_a_story_from_another_page_keeps_its_sections():
    gym = "体育课每周增加两节，学校请来专业教练，同学们在操场上练跳绳、学足球，体质明显增强。"
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        "清溪两岸的新变化",
        "（上接第一版）",
        BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "体育课突出课时和质量，练跳绳学足球样样有",
        "“同学们爱上了体育课”",
        gym,
        SCHOOL_2,
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
        "城南菜价平稳",
        "本报记者 周海",
        TEA_1,
    )
    assert titles(parsed) == ["新安大桥建成通车", "清溪两岸的新变化", "年货市场供应充足", "城南菜价平稳"]
    assert parsed.articles[1].continued_from is not None
    assert parsed.articles[1].paragraphs[3:] == [
        "体育课突出课时和质量，练跳绳学足球样样有",
        "“同学们爱上了体育课”",
        gym,
        SCHOOL_2,
    ]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_headline_closed_by_its_columns_tag_opens_a_piece_even_with_no_credits(sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        "茶园账上少了一笔收入（监督哨）",
        "镇里的茶园去年租给了企业经营，按合同每年应收租金八万元，可村集体的账上却一直没有这笔钱。",
        TEA_2,
        sep=sep,
    )
    assert titles(parsed) == ["新安大桥建成通车", "茶园账上少了一笔收入（监督哨）"]


def test_a_headline_closed_by_its_columns_tag_over_a_spaced_label_opens_a_piece_of_its_own():
    solstice = "冬至是二十四节气中的第二十二个节气，这一天北半球白昼最短、黑夜最长，此后白昼渐长。"
    dumplings = "北方人在冬至有吃饺子的习俗，民间有“冬至不端饺子碗，冻掉耳朵没人管”的说法。"
    parsed = parse(
        "为什么“小雪腌菜大雪腌肉”（节气问答）",
        "本报记者 李红",
        "小雪时节，气温下降，空气干燥，正是腌制咸菜的好时候，许多人家忙着晾晒萝卜和白菜。",
        "大雪前后，不少人家开始腌制腊肉，挂在屋檐下风干，等到春节前后便可上桌。",
        "为什么冬至要吃饺子（节气问答）",
        "冬  至",
        solstice,
        dumplings,
    )
    assert titles(parsed) == ["为什么“小雪腌菜大雪腌肉”（节气问答）", "为什么冬至要吃饺子（节气问答）"]
    assert [squeeze(p) for p in parsed.articles[1].paragraphs[-2:]] == [solstice, dumplings]


def test_a_kicker_as_long_as_the_tagged_headline_under_it_is_no_wrapped_row_on_a_page_without_blank_lines():
    kicker = "因地制宜发展乡村旅游，推动民宿集群建设"
    title = "住进山里：推窗见景，开门迎客（乡村行）"
    assert abs(len(kicker) - len(title)) <= 1
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        kicker,
        title,
        MARKET_1,
        MARKET_2,
        sep="\n",
    )
    assert [(a.kicker, a.title) for a in parsed.articles] == [(None, "新安大桥建成通车"), (kicker, title)]


def test_a_headline_closed_by_its_columns_tag_is_no_section_of_a_piece_signed_below_it():
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        "茶园账上少了一笔收入（监督哨）",
        "镇里的茶园去年租给了企业经营，按合同每年应收租金八万元，可村集体的账上却一直没有这笔钱。",
        TEA_2,
        "（本报记者 李红 整理）",
    )
    assert titles(parsed) == ["新安大桥建成通车", "茶园账上少了一笔收入（监督哨）"]
    assert parsed.articles[1].reporters == ["李红"]


def test_a_kicker_led_by_a_dash_wider_than_the_wrapped_text_leads_into_its_headline():
    page = "\n".join(
        [
            "新安大桥建成通车",
            "本报记者 李红",
            wrap("\u3000\u3000" + BRIDGE_OPENED_1 + BRIDGE_OPENED_2, 14),
            "清溪镇把千年古镇的老手艺做成新产业——",
            "老手艺引来新客流",
            "本报记者 周海",
            wrap("\u3000\u3000" + MARKET_1 + MARKET_2, 14),
            "",
        ]
    )
    first, second = parse_page(page).articles
    assert (second.kicker, second.title) == ("清溪镇把千年古镇的老手艺做成新产业——", "老手艺引来新客流")
    assert squeeze(first.body) == squeeze(BRIDGE_OPENED_1 + BRIDGE_OPENED_2)


def test_a_long_headline_closed_by_a_long_column_tag_is_still_a_headline():
    title = (
        "深入推进清溪两岸城乡融合发展（深入学习贯彻党的二十届四中全会精神·学习《清溪发展文选》第一卷专家谈）"
    )
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, title, "张三", TEA_1, TEA_2, sep="\n")
    assert titles(parsed) == ["新安大桥建成通车", title]
    assert parsed.articles[1].authors == ["张三"]


def test_a_headline_longer_than_the_wrapped_column_is_no_wrapped_row_of_its_text():
    title = "全面提升两岸往来的速度、广度、温度（清溪时评）"
    page = "\n".join([title, wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2 + SCHOOL_1, 14), ""])
    art = parse_page(page).articles[0]
    assert art.title == title and squeeze(art.body).startswith(squeeze(BRIDGE_1))


def test_a_headline_as_wide_as_the_wrapped_column_stops_at_the_indented_row_under_it():
    title = "城东实验小学新校舍启用（清溪教育观察）"
    width = len(title)
    page = "\n".join(
        [
            "新安大桥建成通车",
            "本报记者 李红",
            wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2, width),
            title,
            wrap("\u3000\u3000" + SCHOOL_1 + SCHOOL_2, width),
            "",
        ]
    )
    bridge, school = parse_page(page).articles
    assert school.title == title and squeeze(school.body) == squeeze(SCHOOL_1 + SCHOOL_2)


def test_a_wrapped_row_over_a_row_with_punctuation_hung_past_the_column_is_no_headline():
    rows = wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2, 14)
    page = "\n".join(
        [
            "新安大桥建成通车",
            "本报记者 李红",
            rows,
            "周海摄",
            "新安大桥上，车辆往来穿梭。",
            "\u3000\u3000两岸居民对新桥的一致评价",
            "都是出行方便，往来更加“顺畅”。",  # the closing quote and full stop hang past the column
            wrap("\u3000\u3000" + SCHOOL_2, 14),
            "",
        ]
    )
    articles = [a for a in parse_page(page).articles if a.kind == "article"]
    assert [a.title for a in articles] == ["新安大桥建成通车"]
    assert "两岸居民对新桥的一致评价都是出行方便，往来更加“顺畅”。" in articles[0].paragraphs


def test_long_two_line_section_heads_repeated_in_a_news_feature_stay_in_it():
    outing = "十多位老人跟随旅行社出游，线路设计周到，服务贴心，沿途安排了休息点，老人们一路有说有笑。"
    parsed = parse(
        "清溪两岸的新变化",
        "本报讯（记者 周海）" + BRIDGE_1,
        BRIDGE_2,
        SCHOOL_1,
        "点单配送，从“我送你接”变为“你需我送”",
        "老人们想去的地方，旅行社没有线路咋办？",
        outing,
        "夜市越办越红火，摊主和游客都说好",
        "“古城的夜晚，比白天还要热闹”",
        MARKET_1,
        MARKET_2,
    )
    art = only(parsed)
    assert art.paragraphs[3:6] == [
        "点单配送，从“我送你接”变为“你需我送”",
        "老人们想去的地方，旅行社没有线路咋办？",
        outing,
    ]


@pytest.mark.parametrize("name", ["傅  晶", "阎晶明"])
def test_an_indented_headline_closed_by_its_columns_tag_does_not_run_on_into_the_writers_name(name):
    parsed = parse_page(
        page(
            "\u3000\u3000\u3000\u3000新安大桥建成通车（清溪观察）",
            "本报记者 李红",
            BRIDGE_OPENED_1,
            BRIDGE_OPENED_2,
            "\u3000\u3000\u3000\u3000锻造城市的精神气质（坚持“两创”·城市评论）\n" + name,
            MARKET_1,
            MARKET_2,
        )
    )
    first, second = parsed.articles
    assert (second.title, second.authors) == ("锻造城市的精神气质（坚持“两创”·城市评论）", [squeeze(name)])
    assert second.paragraphs == [MARKET_1, MARKET_2]


def test_a_question_opening_a_headline_closed_by_its_columns_tag_keeps_it_a_headline():
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        "六十五岁以上不接待？老年人办卡岂能一拒了之（民生观）\n白真智",
        MARKET_1,
        MARKET_2,
    )
    assert [(a.title, a.authors) for a in parsed.articles] == [
        ("新安大桥建成通车", []),
        ("六十五岁以上不接待？老年人办卡岂能一拒了之（民生观）", ["白真智"]),
    ]


def test_a_headline_closed_by_its_columns_tag_opens_a_piece_even_when_its_words_echo_the_story_above():
    above = "网格员走村入户，帮群众退回了被违规收取的保证金，群众满意的事都在网格里办成了。"
    parsed = parse(
        "幸福在网格间生长",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        above,
        "收保证金的代价（监督哨）",
        "“因为贪婪，我失去了一切。”在警示教育片中，某医院原院长忏悔道。",
        TEA_2,
        sep="\n",
    )
    assert titles(parsed) == ["幸福在网格间生长", "收保证金的代价（监督哨）"]


def test_on_a_wrapped_page_a_kicker_as_wide_as_the_column_and_led_by_a_dash_heads_the_block_under_it():
    def column(text: str) -> list[str]:
        return [text[k : k + 18] for k in range(0, len(text), 18)]

    kicker = "清溪县将非遗保护传承融入产业发展——"
    # short sentences, so that most rows hold a full stop and read as text
    story = [
        "大桥昨天通车。两岸居民很高兴。出行时间大大缩短。不少市民赶来参观。有人带着孩子合影。",
        "大桥全长六百八十米。双向四车道。桥面设有人行道。桥下建起了公园。晚上亮起了景观灯。",
        "老渡口将改建成公园。工程年底完工。届时市民又多了一处休闲的去处。周边道路同步改造。",
        "交通部门表示。将加快配套建设。让大桥尽快发挥效益。公交线路也将调整。方便市民出行。",
    ]
    lines = [
        "新安大桥建成通车",
        *column("\u3000\u3000本报讯（记者李红）" + story[0]),
        *(row for para in story[1:] for row in column("\u3000\u3000" + para)),
        kicker,
        "听号子品非遗",
        "老街上赶大集（城市味道）",
        *column("\u3000\u3000本报讯（记者王五）" + MARKET_1),
    ]
    assert abs(len(kicker) - 18) <= 1
    first, second = parse_page("\n".join(lines)).articles
    assert second.kicker == kicker and second.reporters == ["王五"]
    assert first.paragraphs[-1] == story[-1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_title_set_in_brackets_for_show_is_read_without_them(sep):
    parsed = parse(
        "【新安大桥建成通车】",
        "本报讯（记者李红）" + BRIDGE_1,
        "【民生】古城夜市人气旺",
        "本报讯" + MARKET_1,
        sep=sep,
    )
    assert [(a.column, a.title) for a in parsed.articles] == [
        (None, "新安大桥建成通车"),
        ("民生", "古城夜市人气旺"),
    ]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_question_closed_by_its_columns_tag_heads_a_piece_signed_at_its_end(sep):
    """消费者有哪些维权渠道？（聚焦315·服务港）: a question closed by its column's tag is a headline,
    though the piece under it is signed at its end as a section of the story above may be."""
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_1,
        BRIDGE_2,
        "夜市摊位怎么申请？（聚焦315·服务港）",
        MARKET_1,
        MARKET_2 + "（记者 王明 整理）",
        sep=sep,
    )
    bridge, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and bridge.reporters == ["李红"]
    assert (market.title, market.reporters, market.paragraphs) == (
        "夜市摊位怎么申请？（聚焦315·服务港）",
        ["王明"],
        [MARKET_1, MARKET_2],
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("公园开放啦！市民点赞", (None, "公园开放啦！市民点赞")),
        ("新安大桥通车了！两岸居民出行更方便", (None, "新安大桥通车了！两岸居民出行更方便")),
        ("孩子近视了怎么办？专家来支招", (None, "孩子近视了怎么办？专家来支招")),
        ("这些路段将封闭施工……", (None, "这些路段将封闭施工……")),  # trailing off
    ],
)
def test_a_headline_with_a_cry_or_a_question_inside_over_a_lead_in_is_a_headline(sep, head, expected):
    parsed = parse(
        "古城夜市人气旺", "本报讯（记者王五）" + MARKET_1, head, "本报讯（记者李红）" + BRIDGE_1, sep=sep
    )
    market, bridge = parsed.articles
    assert market.paragraphs == [MARKET_1]
    assert ((bridge.kicker, bridge.title), bridge.reporters) == (expected, ["李红"])


def test_a_kicker_with_a_cry_inside_over_its_title_and_byline_opens_the_story():
    # a page printing a paragraph a line (set apart by blank lines, the kicker and title of one
    # width read as one headline wrapped, which the scorer reads as the same block)
    parsed = parse(
        "古城夜市人气旺", "本报讯（记者王五）" + MARKET_1, "好消息！公园开放啦", "城东公园今起免费开放", "本报记者 李红", BRIDGE_1,
        sep="\n",
    )  # fmt: skip
    market, park = parsed.articles
    assert market.paragraphs == [MARKET_1]
    assert (park.kicker, park.title, park.reporters) == (
        "好消息！公园开放啦",
        "城东公园今起免费开放",
        ["李红"],
    )


def test_a_paragraph_ending_on_a_cry_stays_text_over_the_next_lead_in():
    said = "村民们说：“太好了！”"
    parsed = parse(
        "古城夜市人气旺",
        "本报讯（记者王五）" + MARKET_1,
        said,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
    )
    market, bridge = parsed.articles
    assert market.paragraphs == [MARKET_1, said] and bridge.title == "新安大桥建成通车"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", [("本报记者 李红", "reporters"), ("□ 李红", "authors")])
@pytest.mark.parametrize("head", ["公园开放啦！市民点赞", "这些路段将封闭施工……"])
def test_such_a_headline_over_credits_the_text_goes_on_under_heads_it(sep, credit, head):
    line, role = credit
    parsed = parse("古城夜市人气旺", "本报讯（记者王五）" + MARKET_1, head, line, BRIDGE_1, sep=sep)
    market, bridge = parsed.articles
    assert (market.paragraphs, market.reporters, market.authors) == ([MARKET_1], ["王五"], [])
    assert (bridge.title, getattr(bridge, role), bridge.paragraphs) == (head, ["李红"], [BRIDGE_1])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("said", ["村民王大伯笑着说：“这下方便多了”", "他说：“大桥通了，心也近了”"])
def test_a_last_paragraph_quoting_what_someone_said_is_no_kicker_of_the_next_headline(said, sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        said,
        "青山春茶开采",
        "本报讯（记者周海）" + TEA_1,
        sep=sep,
    )
    bridge, tea = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, said]
    assert (tea.kicker, tea.title) == (None, "青山春茶开采")


def test_credits_under_a_last_paragraph_ending_on_a_cry_close_that_story():
    said = "村民们高兴地说：“太好了！”"
    parsed = parse(
        "古城夜市人气旺", "本报讯" + MARKET_1, said, "本报记者 王五", "新安大桥建成通车", "本报讯" + BRIDGE_1
    )
    market, bridge = parsed.articles
    assert (market.paragraphs, market.reporters) == ([MARKET_1, said], ["王五"])
    assert (bridge.title, bridge.reporters) == ("新安大桥建成通车", [])


def test_a_clause_ending_on_a_colon_under_a_notices_title_opens_its_text():
    lead = "清溪某某机械有限公司因业务发展需要，现面向社会招聘以下人员："
    items = ["1.销售经理2名，要求大专以上学历。", "2.会计1名，要求熟悉财务软件。"]
    parsed = parse("招聘启事", lead, *items, "联系电话：0576-86123456", sep="\n")
    notice = only(parsed)
    assert (notice.column, notice.title) == (None, "招聘启事")
    assert notice.paragraphs[0] == lead


def test_a_subhead_setting_words_in_quotation_marks_is_as_parallel_as_the_others():
    parsed = parse(
        "清溪两岸新变化",
        "本报记者 周海",
        TEA_1,
        "从渡船到大桥\n" + BRIDGE_1 + "\n" + BRIDGE_2,
        "从“夜市”到“夜游”\n" + MARKET_1,
    )
    assert only(parsed).paragraphs == [
        TEA_1,
        "从渡船到大桥",
        BRIDGE_1,
        BRIDGE_2,
        "从“夜市”到“夜游”",
        MARKET_1,
    ]


@pytest.mark.parametrize("lead", ["本报讯（记者 李红）", "本报记者 李红\n"])
def test_a_cry_quoted_whole_set_apart_over_a_lead_in_is_its_title(lead):
    parsed = parse("新安大桥建成通车", "本报讯 " + TEA_1, "“大桥通车了！”", lead + BRIDGE_1)
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", [TEA_1]),
        ("“大桥通车了！”", [BRIDGE_1]),
    ]
