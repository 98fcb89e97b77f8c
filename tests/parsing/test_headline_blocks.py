"""Which line of a headline block is the 引题, the 主题 and the 副题 when nothing but the wording
and the line breaks tells them apart (archive.parsing.headlines)."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from archive.parsing.lines import figure_clause
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    TEA_1,
    TEA_2,
    hard_wrapped,
    only,
    only_on,
    page,
    parse,
    squeeze,
)


def roles(art) -> tuple[str | None, str | None, str | None]:
    return (art.kicker and squeeze(art.kicker), art.title and squeeze(art.title), art.subtitle)


# ---- a figure under the news is its 副题 ----------------------------------------------------------


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize(
    "figure", ["总投资超过六亿元", "出行时间由四十分钟缩短到五分钟", "首批二十辆新能源公交车上路"]
)
def test_a_figure_clause_under_a_complete_title_is_its_subtitle(figure, sep):
    art = only(parse("新安大桥建成通车", figure, "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, sep=sep))
    assert roles(art) == (None, "新安大桥建成通车", figure)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a title of two parallel halves, one under the other
        (["坚守岗位", "守护归途（编辑手记）"], (None, "坚守岗位 守护归途（编辑手记）", None)),
        (["惠民生", "促消费", "增后劲"], (None, "惠民生 促消费 增后劲", None)),
        # under its kicker, the halves are still one title, not a title and its 副题
        (
            ["江苏宿迁市宿城区", "干部深耕基层", "产业富民强村"],
            ("江苏宿迁市宿城区", "干部深耕基层 产业富民强村", None),
        ),
        # lines of eight characters and more read as a kicker over its title
        (["两年建设终告完工", "新安大桥建成通车"], ("两年建设终告完工", "新安大桥建成通车", None)),
    ],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_title_in_two_parallel_halves_is_one_title(lines, expected, sep):
    art = only(parse(*lines, "本报记者 李红", BRIDGE_1, BRIDGE_2, sep=sep))
    assert (art.kicker, art.title, art.subtitle) == expected
    assert art.reporters == ["李红"] and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("above", ["市政府工作报告提出", "市统计局发布数据显示"])
def test_a_figure_clause_under_the_line_that_states_it_is_the_title(above):
    art = only(parse(above, "今年经济增长预期目标为6%左右", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert roles(art) == (above, "今年经济增长预期目标为6%左右", None)


def test_a_long_clause_under_the_line_that_states_it_is_the_title():
    art = only(
        parse("市委全会强调", "坚持改革开放不动摇，推动高质量发展再上新台阶", "本报讯（记者李红）" + BRIDGE_1)
    )
    assert roles(art) == ("市委全会强调", "坚持改革开放不动摇，推动高质量发展再上新台阶", None)


def test_a_figure_line_set_tight_under_kicker_and_title_stays_the_subtitle():
    block = "奋战四季度 冲刺全年红\n古城夜市迎来客流高峰\n国庆接待游客四十万人次"
    art = only(parse(block, "本报讯（记者李红）" + MARKET_1, MARKET_2))
    assert roles(art) == ("奋战四季度冲刺全年红", "古城夜市迎来客流高峰", "国庆接待游客四十万人次")
    assert art.paragraphs == [MARKET_1, MARKET_2]


def test_a_bare_comparison_on_the_next_line_carries_on_the_title():
    art = only(parse("今年我市城镇新增就业\n超过三点二万人", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert roles(art) == (None, "今年我市城镇新增就业超过三点二万人", None)


def test_a_title_wrapped_over_lines_of_one_width_stays_whole():
    block = "全省深入实施 八八战略\n强力推进创新深化改革攻坚\n开放提升工作例会召开"
    art = only(parse(block, "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert art.subtitle is None
    assert squeeze(art.title) == "全省深入实施八八战略强力推进创新深化改革攻坚开放提升工作例会召开"


def test_figures_above_the_news_are_its_kicker():
    art = only(parse("总投资超过六亿元", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert roles(art) == ("总投资超过六亿元", "新安大桥建成通车", None)


def test_figure_clause_needs_a_figure_free_complete_line_above():
    assert figure_clause("总产量达到42.6万吨", "我市秋粮喜获丰收")
    assert figure_clause("一季度规上工业产值增长百分之九点三", "柳市电气企业加快转型")
    assert not figure_clause("一座老小区的加装电梯之路", "我市秋粮喜获丰收")  # no amount
    assert not figure_clause("达到四十二万吨", "我市秋粮总产量")  # no subject of its own
    assert not figure_clause("二十条措施", "我市出台支持民营经济发展的")  # left open on 的
    assert not figure_clause("再增三百亩", "今年新增茶园五百亩")  # figures on both lines


# ---- a long line of clauses under a short 主题 ---------------------------------------------------


def test_a_long_line_of_clauses_under_a_short_title_is_its_subtitle():
    art = only(
        parse(
            "一条老街的重生",
            "从“无人问津”到“一铺难求”，这条街只用了两年",
            "本报记者 李红",
            MARKET_1,
            MARKET_2,
        )
    )
    assert roles(art) == (None, "一条老街的重生", "从“无人问津”到“一铺难求”，这条街只用了两年")
    assert art.reporters == ["李红"]


def test_a_quoted_voice_under_its_kicker_is_the_title():
    art = only(parse("民营企业家谈发展", "“只要坚持创新，就不怕风浪”", "本报记者 李红", MARKET_1, MARKET_2))
    assert roles(art) == ("民营企业家谈发展", "“只要坚持创新，就不怕风浪”", None)


def test_a_kicker_ending_on_a_colon_introduces_the_title():
    art = only(
        parse(
            "市人大代表、三都乡党委书记叶红：",
            "让古村落留得住乡愁，让老屋焕发新的活力",
            "本报记者 李红",
            MARKET_1,
        )
    )
    assert roles(art) == ("市人大代表、三都乡党委书记叶红：", "让古村落留得住乡愁，让老屋焕发新的活力", None)


def test_a_short_second_line_with_a_comma_stays_the_title():
    art = only(parse("古城夜市持续升温", "人气旺了，商户笑了", "本报记者 李红", MARKET_1, MARKET_2))
    assert roles(art) == ("古城夜市持续升温", "人气旺了，商户笑了", None)


# ---- other block shapes ----------------------------------------------------------------------


def test_stacked_block_with_blank_lines_and_a_dash_subtitle_over_a_dateline():
    text = (
        "我省代表团审议政府工作报告\n\n——代表们表示要在高质量发展上走在前列\n\n"
        f"本报北京3月5日电（记者 赵阳）{BRIDGE_1}\n\n{BRIDGE_2}\n"
    )
    art = only(parse_page(text))
    assert roles(art) == (None, "我省代表团审议政府工作报告", "——代表们表示要在高质量发展上走在前列")
    assert art.dateline == "本报北京3月5日电"


def test_a_place_kicker_ending_on_a_dash():
    art = only(parse("龙泉——", "青瓷小镇迎来研学热", "本报讯（通讯员 毛可）" + MARKET_1, MARKET_2))
    assert roles(art) == ("龙泉——", "青瓷小镇迎来研学热", None)


def test_unusual_blocks_never_lose_text():
    for block in ("总投资超过六亿元\n新安大桥建成通车", "一条老街的重生\n，", "12万吨\n3亿元\n百分之五"):
        parsed = parse(block, "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
        seen = "".join(
            squeeze(a.kicker) + squeeze(a.title) + squeeze(a.subtitle) + squeeze("".join(a.paragraphs))
            for a in parsed.articles
        )
        for piece in block.split():
            assert squeeze(piece).strip("，") in seen


def test_curly_quotes_count_a_full_character_when_lines_are_measured_for_wrapping():
    # 守护一方平安 falls short of the lines below once “” are measured as Chinese type sets them
    block = "守护一方平安\n“红袖标”巡逻队\n活跃在街头巷尾"
    art = only(parse(block, "本报记者 李红", MARKET_1, MARKET_2))
    assert art.title == "“红袖标”巡逻队活跃在街头巷尾"
    assert "守护一方平安" in (art.kicker, art.column)


@pytest.mark.parametrize("label", ["核心阅读", "【核心提示】", "引  子"])
def test_the_label_over_a_storys_summary_opens_its_text_as_a_paragraph_of_its_own(label):
    art = only(parse("葛藤爬出绿色奇迹", "本报记者 常钦", label, TEA_1, TEA_2))
    assert art.column is None and art.title == "葛藤爬出绿色奇迹"
    assert [squeeze(p) for p in art.paragraphs] == [squeeze(label), TEA_1, TEA_2]


def test_the_label_of_a_features_opening_section_under_its_headline_is_no_subtitle():
    art = only(parse("葛藤爬出绿色奇迹（清溪观察）", "引  子", TEA_1, TEA_2))
    assert (art.title, art.subtitle) == ("葛藤爬出绿色奇迹（清溪观察）", None)
    assert [squeeze(p) for p in art.paragraphs] == ["引子", TEA_1, TEA_2]


def test_a_headline_set_letter_spaced_is_closed_up_but_names_padded_to_three_stay_names():
    page = parse_page(
        "新 安 大 桥 建 成 通 车\n\n本报记者 李红\n\n"
        "经过两年多建设，新安大桥于昨日正式建成通车，两岸群众出行时间由原来的四十分钟缩短到五分钟。\n\n"
        "细 节 冷 暖 最 可 感（暖闻热评）\n王 珂 张 玲\n\n"
        "清明前后，青山镇万亩茶园迎来采摘旺季，茶农们起早贪黑忙着采摘头茶。\n"
    )
    bridge, tea = page.articles
    assert (bridge.title, bridge.reporters) == ("新安大桥建成通车", ["李红"])
    assert (tea.title, tea.authors) == ("细节冷暖最可感（暖闻热评）", ["王珂", "张玲"])


@pytest.mark.parametrize(
    "lead", ["本报讯（记者李红）", "新华社北京3月5日电（记者李红）", "本报清溪3月5日讯 记者 李红 "]
)
def test_a_headline_run_on_into_its_story_s_lead_in_on_one_line_is_parted_from_it(lead):
    page = parse_page(
        f"新安大桥建成通车 {lead}{BRIDGE_1}\n城东实验小学新校舍启用　本报讯（记者周海）{MARKET_1}\n"
    )
    bridge, school = page.articles
    assert (bridge.title, bridge.reporters, bridge.paragraphs) == ("新安大桥建成通车", ["李红"], [BRIDGE_1])
    assert (school.title, school.reporters, school.paragraphs) == (
        "城东实验小学新校舍启用",
        ["周海"],
        [MARKET_1],
    )


def test_a_sentence_before_a_lead_in_on_one_line_is_no_headline():
    (bridge,) = parse_page(
        f"新安大桥建成通车\n本报讯（记者李红）{BRIDGE_1} 本报讯记者了解到，大桥将于下月通车。\n"
    ).articles
    assert bridge.title == "新安大桥建成通车" and len(bridge.paragraphs) == 1


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("heading", ["一、大桥建设总体情况", "（一）大桥建设总体情况"])
def test_a_numbered_heading_under_the_headline_opens_the_text_not_the_headline(heading, sep):
    art = only(
        parse("关于新安大桥建设情况的报告", heading, BRIDGE_1, "二、下一步工作安排", BRIDGE_2, sep=sep)
    )
    assert (art.kicker, art.title, art.subtitle) == (None, "关于新安大桥建设情况的报告", None)
    assert art.paragraphs == [heading, BRIDGE_1, "二、下一步工作安排", BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_body_issuing_a_document_signs_it_under_its_title(sep):
    art = only(
        parse(
            "关于新安大桥建设情况的报告（摘要）",
            "清溪县交通运输局",
            "一、大桥建设总体情况",
            BRIDGE_1,
            sep=sep,
        )
    )
    assert (art.kicker, art.title, art.subtitle) == (None, "关于新安大桥建设情况的报告（摘要）", None)
    assert art.authors == ["清溪县交通运输局"] and "not_a_name" not in art.warnings
    assert art.paragraphs == ["一、大桥建设总体情况", BRIDGE_1]


def test_a_bureau_named_in_a_headline_under_its_kicker_stays_the_title():
    art = only(parse("全县交通建设提速", "清溪县交通运输局", "本报讯（记者 李红）" + BRIDGE_1))
    assert squeeze(art.headline) == "全县交通建设提速清溪县交通运输局" and art.authors == []


def test_a_title_quoted_whole_under_a_long_kicker_is_no_wrapped_row_of_it():
    """“让彼此心灵更贴近，让友谊之桥更坚固” under a kicker as long as the page's rows: a voice quoted
    whole is the title under its kicker, not the rest of one long line."""
    kicker = "“清溪五十年，携手向未来”主题摄影大赛颁奖仪式在县文化馆举行"
    title = "“让彼此心灵更贴近，让友谊之桥更坚固”"
    text = kicker + "\n" + title + "\n本报记者 李红\n\n" + page(BRIDGE_1, BRIDGE_2, SCHOOL_1)
    art = only(parse_page(text))
    assert (art.kicker, art.title, art.reporters) == (kicker, title, ["李红"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2, SCHOOL_1]


def test_a_name_between_a_centred_headline_and_the_texts_opening_signs_the_piece():
    """这只烤鸭为何只卖二十五元？（话说新农村） / 郁静娴 / 要适应…，推动 / …: the writer's name under
    the headline ends its block, and the lines under the name open the text, though they are
    short and stand apart."""
    opening = ["要适应肉类消费场景多元化转变，推动", "畜禽产品精深加工和副产品综合利用，全产业链练内功"]
    text = page("　　　　这只烤鸭为何只卖二十五元？（话说新农村）\n郁静娴", *opening, MARKET_1, MARKET_2)
    art = only(parse_page(text))
    assert (art.kicker, art.title, art.authors) == (
        None,
        "这只烤鸭为何只卖二十五元？（话说新农村）",
        ["郁静娴"],
    )
    assert art.paragraphs[-2:] == [MARKET_1, MARKET_2] and art.paragraphs[0].startswith(opening[0])


def test_a_name_inside_a_headline_block_of_short_lines_stays_in_it():
    art = only(parse("人物", "张桂梅", "燃灯校长的初心", MARKET_1, MARKET_2))
    assert not art.authors and "燃灯校长的初心" in (art.kicker or "") + (art.title or "")


def test_a_kicker_and_title_set_on_one_line_longer_than_any_headline_head_their_story():
    """A headline block set on one line, centred over its byline, runs longer than one headline:
    it still heads the story, and no text of a headless one."""
    head = "“清溪五十年，携手向未来”主题摄影大赛颁奖仪式昨天在县文化馆隆重举行 “让彼此心灵更贴近，让友谊之桥更坚固”"
    art = only(parse("　　　　" + head, "□记者 李红", "　　" + BRIDGE_1, "　　" + BRIDGE_2, sep="\n"))
    assert squeeze((art.kicker or "") + (art.title or "")) == squeeze(head)
    assert art.reporters == ["李红"] and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "block, roles",
    [
        (
            ["# 新安大桥建成通车", "## 车程由四十分钟缩短到五分钟"],
            (None, "新安大桥建成通车", "车程由四十分钟缩短到五分钟"),
        ),
        (["### 两岸居民盼了多年", "# 新安大桥建成通车"], ("两岸居民盼了多年", "新安大桥建成通车", None)),
        (
            ["### 两岸居民盼了多年", "# 新安大桥建成通车", "## 车程缩短到五分钟"],
            ("两岸居民盼了多年", "新安大桥建成通车", "车程缩短到五分钟"),
        ),
    ],
)
def test_a_markdown_page_says_which_line_of_the_block_is_which(block, roles):
    art = only(parse("清溪日报", "2024年3月6日", "第3版", "\n".join(block), BRIDGE_1))
    assert (art.kicker, art.title, art.subtitle) == roles


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (
            ["清溪市人民政府关于2025年度", "城区道路临时交通管制的通告"],
            "清溪市人民政府关于2025年度城区道路临时交通管制的通告",
        ),
        (["关于开展", "2025年度文明家庭评选活动的通知"], "关于开展2025年度文明家庭评选活动的通知"),
    ],
)
def test_a_documents_name_broken_after_its_about_is_one_title(lines, title):
    art = only(
        parse("\n".join(lines), "为保障城区道路改造工程顺利实施，决定实施临时交通管制。", "特此通告。")
    )
    assert (art.kicker, art.title) == (None, title)


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_headline_set_vertically_a_character_to_a_line_is_read_across(sep):
    parsed = parse(
        "\n".join("新安大桥建成通车"),
        "本报讯（记者 李红）" + BRIDGE_1,
        "\n".join("茶农︐笑开颜"),  # its comma in the vertical form
        "本报讯 " + TEA_1,
        sep=sep,
    )
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", [BRIDGE_1]),
        ("茶农，笑开颜", [TEA_1]),
    ]


def test_text_from_a_traditional_page_set_vertically_keeps_its_characters():
    bridge, tea = parse(
        "\n".join("新安大橋通車"),
        "本報訊 兩岸居民出行時間由原來的四十分鐘縮短到五分鐘。",
        "\n".join("春茶開採"),
        "【本報訊】青山鎮組織茶農分批上山採摘，日均加工鮮葉兩萬多斤。",
    ).articles
    assert (bridge.title, tea.title) == ("新安大橋通車", "春茶開採")


@pytest.mark.parametrize(
    "printed",
    [
        "新新安安大大桥桥建建成成通通车车",  # each character printed twice for bold
        "新安大桥建成通车新安大桥建成通车",  # printed twice over for a shadow
        "新安大桥建成通车\n新安大桥建成通车",
    ],
)
def test_a_headline_printed_twice_over_is_read_once(printed):
    bridge, tea = parse(printed, "本报讯（记者 李红）" + BRIDGE_1, "春茶开采", "本报讯 " + TEA_1).articles
    assert (bridge.title, bridge.reporters, bridge.paragraphs) == ("新安大桥建成通车", ["李红"], [BRIDGE_1])
    assert tea.title == "春茶开采"


def test_a_headline_repeating_a_short_phrase_on_purpose_keeps_it():
    art = parse("加油加油", "本报讯 " + BRIDGE_1).articles[0]
    assert art.title == "加油加油"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "above",
    [
        ["本报记者 王芳", MARKET_1, MARKET_2],
        ["本报讯 " + MARKET_1, MARKET_2],
        [MARKET_1, MARKET_2 + "（记者 王芳）"],
    ],
)
def test_a_kicker_leading_into_its_headline_with_a_comma_heads_a_story_with_no_lead_in(above, sep):
    """两年建设终告完工， / 新安大桥建成通车 / the text, after a story open or closed: the clause ending
    on a comma leads into the headline of the next story (it had opened a paragraph of the story
    above, or of a story with no headline)."""
    market, bridge = parse(
        "古城夜市人气旺", *above, "两年建设终告完工，", "新安大桥建成通车", BRIDGE_1, BRIDGE_2, sep=sep
    ).articles
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [MARKET_1, MARKET_2])
    assert squeeze(bridge.headline) == "两年建设终告完工，新安大桥建成通车"
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_clause_a_column_broke_off_over_the_rest_of_its_sentence_stays_text(sep):
    rest = "三所幼儿园预计明年秋季"
    art = only(
        parse(
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
            "据了解，",
            rest,
            "开学，新增学位一千余个。",
            sep=sep,
        )
    )
    assert squeeze("".join(art.paragraphs)).endswith("据了解，三所幼儿园预计明年秋季开学，新增学位一千余个。")


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_an_e_paper_export_naming_each_line_of_the_headline_block_gives_each_its_role(sep):
    """引题：… / 标题：… / 副题：… / 作者：…: the export names the lines; a field left empty names no
    line, and no name is part of the headline."""
    first = "引题：两年建设终告完工\n标题：新安大桥建成通车\n副题：两岸居民出行时间缩短到五分钟\n作者：本报记者 李红"
    second = "引题：\n标题：古城夜市人气旺\n副题：\n作者：本报记者 周海"
    parsed = parse(first, BRIDGE_1, BRIDGE_2, second, MARKET_1, sep=sep)
    bridge, market = parsed.articles
    assert (bridge.kicker, bridge.title, bridge.subtitle) == (
        "两年建设终告完工",
        "新安大桥建成通车",
        "两岸居民出行时间缩短到五分钟",
    )
    assert (bridge.reporters, bridge.paragraphs) == (["李红"], [BRIDGE_1, BRIDGE_2])
    assert (market.kicker, market.title, market.subtitle, market.reporters) == (
        None,
        "古城夜市人气旺",
        None,
        ["周海"],
    )
    assert market.paragraphs == [MARKET_1]


@pytest.mark.parametrize("speaker", ["李红（全国人大代表、青山县人民医院院长）：", "全国人大代表 李红："])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_who_speaks_by_name_and_post_over_their_words_is_no_line_of_the_headline(speaker, sep):
    """代表委员议民生 / 李红（全国人大代表、…）： / 建议…: the speaker's label opens the text, and the
    headline is the line above it alone."""
    parsed = parse(
        "代表委员议民生", speaker + "\n" + BRIDGE_1, "周海（全国政协委员）：\n" + BRIDGE_2, sep=sep
    )
    art = only(parsed)
    assert (art.kicker, art.title) == (None, "代表委员议民生")
    assert squeeze(art.body).startswith(squeeze(speaker + BRIDGE_1))


# ---- headline blocks wrapped in a narrow column ---------------------------------------------------


@pytest.mark.parametrize("flush", [False, True])
def test_a_kicker_wrapped_in_its_column_and_leading_in_with_a_dash_heads_the_next_story(flush):
    kicker = "青山县以数字手段拓展农村居家养老服务覆盖面——"
    text = hard_wrapped(
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
        ("head", kicker),
        ("head", "老人下单 服务上门"),
        ("head", "本报记者 周海"),
        ("text", MARKET_1),
        ("text", MARKET_2),
        flush=flush,
    )
    bridge, market = parse_page(text).articles
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)
    assert (market.kicker, market.title, market.reporters) == (kicker, "老人下单 服务上门", ["周海"])


def test_a_headline_set_in_and_wrapped_to_its_column_is_one_headline():
    title = "让古老的非遗技艺在新时代的年轻人手中焕发出新的光彩（文化观察）"
    text = hard_wrapped(
        ("head", title), ("text", "本报讯（记者李红）" + BRIDGE_1), ("text", BRIDGE_2), set_in="\u3000" * 4
    )
    art = only_on(text)
    assert squeeze(art.headline) == squeeze(title) and art.kicker is None
    assert squeeze(art.body) == squeeze(BRIDGE_1 + BRIDGE_2)


@pytest.mark.parametrize("set_in", ["", "\u3000" * 4])
def test_a_headline_row_broken_after_an_opening_bracket_goes_on_below(set_in):
    """No row of print ends on an opening mark but where an extraction broke it: …兆丰年”（ / 文化…）."""
    title = "“瑞雪”缘何“兆丰年”（文化中国行·二十四节气二十四问）"
    text = hard_wrapped(
        ("head", "“瑞雪”缘何“兆丰年”（"),
        ("head", "文化中国行·二十四节气二十四问）"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
        width=16,
        set_in=set_in,
    )
    art = only_on(text)
    assert (art.kicker, art.title, art.subtitle) == (None, title, None)


def test_on_a_page_that_dropped_its_indents_a_paragraph_opens_under_a_wrapped_subhead():
    """…器全领域” / 去年二月，市政府办公室印 / 发《关于加快构建废弃物循环: the row short by an indent
    under a subhead's short last row opens a paragraph, though the row under it holds no clause."""
    subhead = "“将在全市推广智能回收模式，并逐步拓展到电脑、硬盘等电子产品领域”"
    paragraph = "去年二月，市政府办公室印发《关于加快构建废弃物循环利用体系的意见》，明确提出到明年建成覆盖各环节的回收体系。"
    text = hard_wrapped(
        ("head", "旧手机有了安全回收渠道"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("head", subhead),
        ("text", paragraph),
        ("text", BRIDGE_2),
        width=14,
        flush=True,
    )
    assert "\n去年二月，市政府办公室印\n发《关于加快构建废弃物循环利\n" in text
    art = only_on(text)
    assert art.title == "旧手机有了安全回收渠道" and art.reporters == ["李红"]
    assert squeeze(art.body) == squeeze(BRIDGE_1 + subhead + paragraph + BRIDGE_2)
    assert any(p.endswith(paragraph) for p in art.paragraphs)  # the paragraph's rows held together


def test_a_row_filling_its_column_goes_on_into_the_quote_carried_down_to_the_next_row():
    """…为每一份政策文件安上 / “法律过滤器”: the quote opens no title under a kicker: print carried
    its opening mark down with the words it opens."""
    text = hard_wrapped(
        ("head", "把法治资源转化为发展优势"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("text", "依法决策——"),
        ("text", "为每一份政策性文件安上“法律过滤器”"),
        ("text", BRIDGE_2),
        width=14,
    ).replace("安上“\n法律过滤器”", "安上\n“法律过滤器”")  # (as print breaks it)
    assert "\u3000\u3000为每一份政策性文件安上\n“法律过滤器”\n" in text
    art = only_on(text)
    assert art.title == "把法治资源转化为发展优势" and art.reporters == ["李红"]
    assert squeeze(art.body) == squeeze(BRIDGE_1 + "依法决策——为每一份政策性文件安上“法律过滤器”" + BRIDGE_2)
    assert "为每一份政策性文件安上“法律过滤器”" in art.paragraphs


def test_a_row_ending_on_who_is_quoted_goes_on_into_the_quote_under_a_headline():
    """“新面孔”这样增历练 / 　　市委书记强调： / “年轻干部是…: the story's first row, its quote's opening
    mark carried down, is no subtitle."""
    quote = "市委书记强调：“年轻干部是事业发展的生力军，要到基层去经受历练。”"
    text = hard_wrapped(
        ("head", "“新面孔”这样增历练"), ("text", quote), ("text", BRIDGE_1), ("text", BRIDGE_2), width=10
    ).replace("强调：“\n", "强调：\n“")
    assert "\u3000\u3000市委书记强调：\n“年轻干部" in text
    art = only_on(text)
    assert (art.kicker, art.title, art.subtitle) == (None, "“新面孔”这样增历练", None)
    assert art.paragraphs[0] == quote
