"""Page furniture (archive.parsing.masthead): the masthead, date, page number and name read from the
header, and staff lines, indexes, weather boxes, code prompts and editors' codes kept out of the
stories."""

import datetime

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
    only,
    only_on,
    page,
    parse,
    squeeze,
    titles,
    wrap,
)


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


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_full_masthead_with_weather_site_issue_and_imprint_is_furniture(sep):
    parsed = parse(
        "清溪日报 QINGXI DAILY",
        "2024年3月5日 星期二 农历甲辰年正月廿五 今日天气：多云 12℃~20℃",
        "今日8版 第8888期 国内统一连续出版物号 CN33-0123 邮发代号31-88",
        "清溪新闻网 www.qxnews.cn",
        "第1版 要闻 责任编辑：王芳 版式：李明",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清溪日报社出版 社址：清溪市人民路1号 邮编：317500 定价：1.50元",
        sep=sep,
    )
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == (
        "清溪日报",
        datetime.date(2024, 3, 5),
        1,
        "要闻",
    )
    art = only(parsed)
    assert (art.kicker, art.title, art.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


@pytest.mark.parametrize(
    "header",
    [
        "04 要闻 ■责任编辑：王芳 ■美编：李明 2024年3月5日",
        "■ 第4版 ■ 要闻 ■ 2024年3月5日",
        "A4 2024年3月5日 星期二 责任编辑 王芳 要闻",  # the page's name after the staff, no second name
    ],
)
def test_a_header_whose_fields_bullets_set_apart_is_read(header):
    parsed = parse("清溪日报", header, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, sep="\n")
    assert (parsed.date, parsed.page_number, parsed.page_name) == (datetime.date(2024, 3, 5), 4, "要闻")
    assert only(parsed).title == "新安大桥建成通车"


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
    "staff",
    [
        "（编辑 王敏）",
        "责任编辑：王敏 美编：周海 校对：李立军",
        "编辑：王敏 审核：周海 终审：李立军",
        "本期统筹：王  敏",
        "选题线索来信邮箱：qingxi@example.cn",
        "新闻线索报料热线：0576-8888 8888",
    ],
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


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_an_index_printing_each_page_before_its_headline_is_furniture(sep):
    index = [
        "导读",
        "A5 全市中小学秋季开学时间确定",
        "A8 地铁五号线二期工程进展顺利",
        "第12版 本周末多场文艺演出",
        "13版 古城夜市人气一天比一天旺",
    ]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, *index, sep=sep))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_weather_box_under_a_story_is_furniture():
    weather = ["天气预报", "今天：多云，14～23℃\n明天：阴有小雨，15～20℃"]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, *weather))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_weather_box_written_as_a_sentence_under_its_label_is_furniture(sep):
    forecast = "今天多云到阴，局部有小雨，气温14℃至22℃；明天阴有小雨，气温13℃至19℃。"
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "天气",
        forecast,
        "古城夜市人气旺",
        "本报讯 " + MARKET_1,
        sep=sep,
    )
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", [BRIDGE_1]),
        ("古城夜市人气旺", [MARKET_1]),
    ]


def test_forecasts_in_a_weather_story_stay_in_it():
    forecasts = "北部山区：多云，10～18℃\n南部沿海：晴，14～20℃"
    art = only(
        parse("清明假期天气晴好", "本报讯（记者李红）清明假期我市以晴好天气为主，适宜出行。", forecasts)
    )
    assert "北部山区" in art.body and "南部沿海" in art.body


def test_page_fields_are_never_guessed_from_the_stories():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）2024年3月4日，" + BRIDGE_1)
    assert parsed.publication is None and parsed.date is None and parsed.page_number is None


@pytest.mark.parametrize("header", ["2024年2月30日", "民国三十五年二月三十日"])
def test_an_impossible_date_in_the_header_is_not_a_date(header):
    parsed = parse(header, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.date is None


@pytest.mark.parametrize("headline", ["个税申报", "项目申报"])
def test_a_headline_ending_on_a_word_for_declaring_is_no_paper_s_name(headline):
    parsed = parse(headline, "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.publication is None


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
        # dates in words, and the years of the Republic, as older pages print them
        ("一九四六年三月五日 星期二", (None, datetime.date(1946, 3, 5), None, None)),
        ("二〇二四年一月二十三日 星期二 第二版", (None, datetime.date(2024, 1, 23), 2, None)),
        # (character recognition reads 〇 as a letter O or a 0)
        ("二O二四年一月二十三日 星期二", (None, datetime.date(2024, 1, 23), None, None)),
        ("一九四0年三月五日", (None, datetime.date(1940, 3, 5), None, None)),
        ("大公報 中華民國三十五年三月五日 星期二", ("大公報", datetime.date(1946, 3, 5), None, None)),
        ("申報 民國三十五年三月廿三日", ("申報", datetime.date(1946, 3, 23), None, None)),
        # papers whose names end otherwise than on 报
        ("新华每日电讯 2024年3月12日 第4版", ("新华每日电讯", datetime.date(2024, 3, 12), 4, None)),
        (
            "人民日报海外版 2024年3月12日 第4版 要闻",
            ("人民日报海外版", datetime.date(2024, 3, 12), 4, "要闻"),
        ),
        ("参考消息 2024年3月12日", ("参考消息", datetime.date(2024, 3, 12), None, None)),
        # ...or that read as a word (汇报), or hold one character before 报
        ("文汇报 2024年3月12日", ("文汇报", datetime.date(2024, 3, 12), None, None)),
        ("晶报 2024年3月12日", ("晶报", datetime.date(2024, 3, 12), None, None)),
        # the day without its year, the page's name and number joined by a dot, or labelled
        ("03/12 星期二", (None, None, None, None)),
        ("3月12日 星期二 第2版", (None, None, 2, None)),
        ("要闻·2版", (None, None, 2, "要闻")),
        ("版面：要闻", (None, None, None, "要闻")),
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


@pytest.mark.parametrize("staff", ["策划：王五 统筹：李四", "总策划：王五\n执行：李四 赵六", "监制：王五"])
def test_who_planned_a_package_over_its_byline_is_neither_its_headline_nor_its_writers(staff):
    art = only(parse("新安大桥建成通车", staff, "本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")
    assert art.reporters == ["李红"] and not art.authors and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "planned",
    [
        "本版策划 青山县文化和广电旅游体育局",
        "本版策划：王五",
        "本期统筹 青山县融媒体中心",
        "本版协办 青山县旅游集团",
    ],
)
def test_who_planned_or_sponsored_a_special_page_named_without_a_colon_is_furniture(planned):
    """本版策划 甲: a special page's planner or sponsor, a unit or a person, at its head: no headline."""
    art = only(parse(planned, "新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")
    assert art.reporters == ["李红"] and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "credit", ["（本版稿件均由各镇街提供）", "本版稿件由青山县委宣传部提供", "本期图文由青山县文联供稿"]
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_the_pages_credit_for_all_its_copy_is_no_line_of_the_last_story(credit, sep):
    parsed = parse(
        "新安大桥建成通车", "本报讯 " + BRIDGE_1, "古城夜市人气旺", "本报讯 " + MARKET_1, credit, sep=sep
    )
    bridge, market = parsed.articles
    assert (bridge.paragraphs, market.paragraphs) == ([BRIDGE_1], [MARKET_1])


def test_a_headline_opening_on_a_word_a_package_s_staff_are_named_by_stays_a_headline():
    art = only(parse("执行 新标准", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2))
    assert art.title == "执行 新标准"


@pytest.mark.parametrize("folio", ["3", "- 3 -", "—3—", "清溪日报 2023年7月26日 星期三 3"])
@pytest.mark.parametrize("where", ["head", "foot"])
def test_the_page_s_number_printed_alone_or_after_the_date_at_its_head_or_foot_is_furniture(folio, where):
    text = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    parsed = parse_page(f"{folio}\n\n{text}" if where == "head" else f"{text}\n{folio}\n")
    assert only(parsed).paragraphs == [BRIDGE_1, BRIDGE_2] and only(parsed).title == "新安大桥建成通车"
    assert parsed.page_number == 3


@pytest.mark.parametrize("notice", ["年终喜报", "防汛工作简报"])
def test_a_headline_that_is_a_notice_is_no_masthead(notice):
    parsed = parse(notice, "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.publication is None
    assert only(parsed).title == notice


def test_editors_credits_with_padded_names_at_the_foot_are_furniture():
    art = only(
        parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, "责任编辑：李  明  美编：赵  磊")
    )
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("prompt", ["扫描二维码 关注本报微信公众号", "二维码", "本报微信二维码"])
def test_a_prompt_to_scan_a_code_is_page_furniture(prompt):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_OPENED_1,
        BRIDGE_OPENED_2,
        prompt,
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert not any("二维码" in (a.body + (a.column or "") + (a.kicker or "")) for a in parsed.articles)


@pytest.mark.parametrize(
    "sentence",
    ["市民只需扫码登记，即可在桥头免费领取纪念册，活动将持续到本月底。", "市民可关注“清溪发布”微信公众号。"],
)
def test_a_sentence_about_scanning_or_following_stays_in_the_text(sentence):
    art = only_on(f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{sentence}\n")
    assert sentence in art.body


def test_a_staff_line_naming_two_editors_for_one_role_is_furniture():
    for staff in ("责任编辑：王  磊  李  清", "本版责编：王磊 李清"):
        art = only_on(
            f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n{staff}\n"
        )
        assert "王" not in art.body, staff


def test_an_editors_code_beside_a_picture_is_furniture():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n大桥夜景流光溢彩。\n\n周海 摄\n\n③2\n\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    assert not any("③2" in a.body for a in page.articles)
    assert [a.kind for a in page.articles] == ["article", "photo", "article"]


def test_the_editors_credits_at_the_foot_of_the_page_are_not_story_text():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 王  宁）" + BRIDGE_1,
        BRIDGE_2,
        "本版编辑 陈  默   美编 李  青   校对 郑  杰",
    )
    assert only(parsed).paragraphs == [BRIDGE_1, BRIDGE_2]


def test_an_editors_code_on_the_last_line_never_costs_the_page():
    # a circled number with a digit is a "digit" to str.isdigit, but no page number
    parsed = parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_OPENED_1, "周海摄 ③2")
    assert parsed.failure is None
    assert parsed.articles and parsed.articles[0].title == "新安大桥建成通车"


@pytest.mark.parametrize(
    "header", ["第A03版：要闻", "A03版：要闻", "2025年4月11日 第3版 要闻", "### 第A03版：要闻"]
)
def test_an_e_paper_header_repeated_over_every_story_is_furniture(header):
    parsed = parse(
        header,
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_OPENED_1,
        header,
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert [(a.kicker, a.title) for a in parsed.articles] == [
        (None, "新安大桥建成通车"),
        (None, "年货市场供应充足"),
    ]
    assert parsed.page_number == 3 and parsed.page_name == "要闻"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("folio", ["- 5 -", "—5—"])
def test_a_running_head_and_a_folio_between_printed_pages_are_furniture(folio, sep):
    """A document of several printed pages repeats its running head (the paper, the date) at each
    page's top and sets the page's number between dashes at its foot: neither is a line of text
    nor the next story's kicker."""
    parsed = parse(
        "浙江日报 2026年3月5日 星期四",
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        BRIDGE_2,
        folio,
        "浙江日报 2026年3月5日 星期四",
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
        sep=sep,
    )
    assert [(a.kicker, a.title, a.paragraphs) for a in parsed.articles] == [
        (None, "新安大桥建成通车", [BRIDGE_1, BRIDGE_2]),
        (None, "年货市场供应充足", [NEW_YEAR_MARKET]),
    ]
    assert (parsed.publication, str(parsed.date)) == ("浙江日报", "2026-03-05")


@pytest.mark.parametrize(
    "controls",
    [
        "上一篇  下一篇\n返回目录",
        "【字体：大 中 小】 打印本页 关闭窗口\n分享到：",
        "版权所有 青山日报社 未经授权不得转载",
        "上一篇：全市安全生产工作会议召开\n下一篇：年货市场供应充足",
        "分享到：微信 微博 QQ空间",
        "点击蓝字 关注我们",
        "阅读原文",
        "<<上一篇  下一篇>>",
        "【返回】",
        "回到顶部",
        "版权声明：本网站所刊载信息，不代表本站观点。",
    ],
)
def test_the_buttons_and_notices_of_an_e_papers_web_page_are_furniture(controls):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_OPENED_1,
        controls,
        "年货市场供应充足",
        "本报讯（记者 王五）" + NEW_YEAR_MARKET,
    )
    assert [(a.kicker, a.column, a.title) for a in parsed.articles] == [
        (None, None, "新安大桥建成通车"),
        (None, None, "年货市场供应充足"),
    ]
    assert parsed.articles[0].paragraphs == [BRIDGE_OPENED_1]


@pytest.mark.parametrize("posted", ["2025年04月08日", "2025-04-08 09:30", "发布时间：2025-04-08"])
def test_a_date_alone_between_a_headline_and_its_text_is_when_a_site_posted_it(posted):
    art = only(parse("新安大桥建成通车", posted, "本报讯（记者 李红）" + BRIDGE_1, BRIDGE_2, sep="\n"))
    assert (art.title, art.reporters, art.paragraphs) == ("新安大桥建成通车", ["李红"], [BRIDGE_1, BRIDGE_2])


@pytest.mark.parametrize("posted", ["2025-04-08 09:30", "发布日期：2025-04-08"])
def test_a_date_a_site_posted_the_story_on_over_its_text_wrapped_short_is_no_text(posted):
    """The date over a column wrapped to a short width: its first row, a clause broken off, is no
    sentence of twenty characters, and the date is still the site's."""
    art = only_on(
        "\n".join(["新安大桥建成通车", "本报记者 李红", posted, wrap(BRIDGE_1, 14), wrap(BRIDGE_2, 14)])
        + "\n"
    )
    assert (art.title, art.reporters) == ("新安大桥建成通车", ["李红"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_date_under_whoever_signs_a_notice_stays_the_notices():
    parsed = parse("遗失声明", "陈某某遗失身份证一张，声明作废。", "陈某某", "2025年4月8日", "新安大桥建成通车",
                   "本报讯（记者 李红）" + BRIDGE_1, sep="\n")  # fmt: skip
    notice, bridge = parsed.articles
    assert notice.paragraphs[-1] == "2025年4月8日" and bridge.paragraphs == [BRIDGE_1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_letter_closing_the_page_on_a_date_not_the_issues_keeps_it(sep):
    letter = "我家楼下的垃圾分类亭建成半年了，现在大家都养成了分类投放的习惯，小区环境明显变好了。"
    parsed = parse(
        "清溪日报",
        "2025年5月9日 星期五",
        "小区垃圾分类见成效",
        "城东街道 赵丽",
        letter,
        "2025年5月6日",
        sep=sep,
    )
    assert parsed.date == datetime.date(2025, 5, 9)
    assert only(parsed).paragraphs == [letter, "2025年5月6日"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_issues_date_again_at_the_pages_foot_is_furniture(sep):
    parsed = parse(
        "清溪日报",
        "2025年5月9日 星期五",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "2025年5月9日",
        sep=sep,
    )
    assert only(parsed).paragraphs == [BRIDGE_1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_databases_line_over_each_piece_naming_paper_date_page_and_length_is_furniture(sep):
    listed = "清溪日报 | 2025-03-05 | A03 | 经济 | 字数：{}"
    parsed = parse(
        listed.format(456),
        "新安大桥建成通车",
        "记者 李红",
        BRIDGE_1,
        listed.format(321),
        "青山春茶开采",
        "本报讯（记者 周海）" + TEA_1,
        sep=sep,
    )
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == (
        "清溪日报",
        datetime.date(2025, 3, 5),
        3,
        "经济",
    )
    assert [(a.kicker, a.title, a.paragraphs) for a in parsed.articles] == [
        (None, "新安大桥建成通车", [BRIDGE_1]),
        (None, "青山春茶开采", [TEA_1]),
    ]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_story_copied_from_an_e_papers_web_page_keeps_its_headline_credits_and_page(sep):
    parsed = parse(
        "清溪日报 数字报",
        "第01版：要闻 | 上一版 | 下一版",
        "2025年03月05日",
        "新安大桥建成通车",
        "来源：清溪日报 作者：李红 发布时间：2025-03-05 08:30",
        "字号：大 中 小 打印本页 关闭窗口",
        "本报讯（记者 李红）" + BRIDGE_1,
        BRIDGE_2,
        "【责任编辑：王芳】",
        "上一篇 下一篇",
        sep=sep,
    )
    assert (parsed.publication, parsed.page_number, parsed.page_name) == ("清溪日报", 1, "要闻")
    assert parsed.date == datetime.date(2025, 3, 5)
    art = only(parsed)
    assert (art.kicker, art.title, art.subtitle) == (None, "新安大桥建成通车", None)
    assert (art.reporters, art.authors) == (["李红"], [])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_the_fields_of_an_e_papers_web_page_credit_the_writer_they_name():
    parsed = parse("新安大桥建成通车", "作者：李红 来源：清溪日报", BRIDGE_1, BRIDGE_2)
    art = only(parsed)
    assert (art.title, art.authors, art.paragraphs) == ("新安大桥建成通车", ["李红"], [BRIDGE_1, BRIDGE_2])


@pytest.mark.parametrize(
    ("header", "page_number"),
    [
        ("清溪日报 > 2025年03月05日 > 第A03版：要闻", 3),  # an e-paper site's path
        ("清溪日报 » 2025年03月05日 » 第A03版：要闻", 3),
        ("清溪日报 2025年3月5日 AA03 要闻", 3),  # a section's pages lettered twice
        ("清溪日报·要闻 2025年3月5日", None),  # the paper and the page joined by a dot
    ],
)
def test_a_header_naming_paper_and_page_as_a_site_prints_them_is_read(header, page_number):
    parsed = parse(header, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == (
        "清溪日报",
        datetime.date(2025, 3, 5),
        page_number,
        "要闻",
    )
    assert (only(parsed).kicker, only(parsed).title) == (None, "新安大桥建成通车")


@pytest.mark.parametrize("label", ["", "标题导航\n", "本版导读\n", "【本版要目】\n"])
@pytest.mark.parametrize("bullet", ["", "· "])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_list_of_the_page_s_own_headlines_over_its_stories_is_furniture(label, bullet, sep):
    heads = ("新安大桥建成通车", "城东实验小学新校舍启用", "古城夜市人气旺")
    listed = label + "".join(f"{bullet}{head}\n" for head in heads)
    stories = [
        ("本报讯（记者李红）" + BRIDGE_1, BRIDGE_2),
        ("本报讯（记者周海）" + SCHOOL_1, SCHOOL_2),
        ("本报讯（记者王芳）" + MARKET_1, MARKET_2),
    ]
    text = (
        "第A03版：要闻\n"
        + listed
        + sep
        + sep.join(page(head, *story, sep="\n") for head, story in zip(heads, stories, strict=True))
    )
    parsed = parse_page(text)
    assert [(a.column, a.kicker, a.title) for a in parsed.articles] == [(None, None, head) for head in heads]
    assert parsed.articles[0].paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_refrain_sung_twice_in_a_poem_at_the_page_s_head_stays_the_poem_s():
    refrain = ("春风吹过清溪的田野", "油菜花开满了山坡")
    stanza = ("老人在村口晒着太阳。", "孩子们在河边奔跑。")
    parsed = parse("春天的故事", "作者：李红", "\n".join(refrain + stanza), "\n".join(refrain))
    printed = "".join(a.headline + a.body for a in parsed.articles)
    assert printed.count(refrain[0]) == 2 and printed.count(refrain[1]) == 2


def test_a_list_of_the_page_s_headlines_over_a_first_story_with_a_kicker_is_furniture_too():
    heads = ("新安大桥建成通车", "城东实验小学新校舍启用")
    parsed = parse(
        "\n".join(heads),
        "两岸居民盼了多年的民生工程\n新安大桥建成通车\n本报讯（记者李红）" + BRIDGE_1,
        "城东实验小学新校舍启用\n本报讯（记者周海）" + SCHOOL_1,
    )
    assert [(a.kicker, a.title) for a in parsed.articles] == [
        ("两岸居民盼了多年的民生工程", heads[0]),
        (None, heads[1]),
    ]


@pytest.mark.parametrize(
    "imprint",
    [
        "新闻热线：0576-86123456",
        "广告热线：0576-86123456 发行热线：0576-86123457",
        "本报广告热线：0576-86123456",
        "国内统一连续出版物号：CN33-0001 邮发代号：31-12",
        "本报地址：清溪市人民路1号 邮编：317500",
        "零售价：1.50元",
        "广告经营许可证：3310814000001",
        "印刷：清溪日报印务中心",
        "本报常年法律顾问 清溪律师事务所 王律师",
        "社长：李明 总编辑：王芳",
        "清溪日报社 地址：清溪市人民路1号 电话：86123456",
        "主管主办：中共清溪市委",
        "每周一至周五出版",
        "阅读量：1234",
        "本版责编：王五 美编：李四 电话：0576-86123456",  # the desk's telephone after its staff
        "【责任编辑：王五】",
        "责任编辑：王五 审校：李四",
        "监制：王五 主编：李四 执行主编：赵六",
        "值班总编：王五",
        "值班编委：王五　编辑：李四　校对：赵六",
        "首席编辑：王五 美编：李四 责任校对：赵六",
        "图片编辑 王五  美术设计 李四  排版 赵六",
        "本版摄影：王五",
        "（本版图片由受访者提供）",
        "定价1.5元",  # the price without a colon, the printer, the site without its www
        "清溪日报印务中心印刷",
        "数字报 qxnews.cn",
        "本期责编 王五 美编 李四",
        "本报所有稿件未经许可不得转载",
        "编辑/王五",  # the desk's staff under a story, set with a slash or as the piece's
        "本文编辑 王五",
        "统筹 王五 设计 李四",
        "相关报道见第5版",  # the page sending its reader on to another page, or to the app
        "（详细报道见本报客户端）",
        "更多精彩内容请关注“清溪发布”微信公众号",
        "（本文来源：清溪发布）",
        "20250305_a3_01.jpg",  # what a picture was saved as, left where it stood
        "IMG_0032.jpeg",
        "点击查看大图",
    ],
)
def test_the_paper_s_imprint_and_an_e_paper_s_leavings_between_stories_are_furniture(imprint):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1 + "\n" + imprint,
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + SCHOOL_1 + "\n" + imprint,
    )
    bridge, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1] and school.paragraphs == [SCHOOL_1]
    assert (school.column, school.kicker, school.title) == (None, None, "城东实验小学新校舍启用")


def test_an_advertiser_s_own_hotline_stays_in_its_text():
    art = only(
        parse(
            "金秋特惠 全场五折",
            "国庆期间，清溪商城全场商品五折起，满千元再送百元购物券。\n咨询热线：0576-86123456",
        )
    )
    assert art.paragraphs[-1] == "咨询热线：0576-86123456"


def test_the_paper_s_name_in_latin_letters_on_a_line_of_its_own_is_the_masthead_s():
    parsed = parse(
        "清溪日报\nQINGXI DAILY\n2024年3月5日 星期二\n第3版：要闻",
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
    )
    assert (parsed.publication, parsed.date, parsed.page_number) == ("清溪日报", datetime.date(2024, 3, 5), 3)
    assert only(parsed).kicker is None and only(parsed).title == "新安大桥建成通车"


@pytest.mark.parametrize("headline", ["零售价格指数温和上涨", "定价机制改革稳步推进", "新闻热线连着万家灯火"])
@pytest.mark.parametrize("where", ["head", "middle"])
def test_a_headline_opening_on_a_word_of_the_paper_s_imprint_stays_a_headline(headline, where):
    if where == "head":
        parsed = parse(headline, "本报讯（记者李红）" + BRIDGE_1)
        assert only(parsed).title == headline
    else:
        parsed = parse(
            "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, headline, "本报讯（记者周海）" + SCHOOL_1
        )
        assert [a.title for a in parsed.articles] == ["新安大桥建成通车", headline]


def test_a_news_sites_copy_of_the_papers_pieces_reads_as_the_page():
    """A site carrying a paper's pieces prints when and where from over each, share buttons under
    it, and cites the page each was printed on: the citations say what the missing header would."""
    citation = "《 清溪日报 》（ 2026年03月05日 第 05 版）"
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        "2026年03月05日 05:32 | 来源：清溪网－清溪日报",
        BRIDGE_1,
        BRIDGE_2,
        citation,
        "分享让更多人看到",
        "推荐阅读",
        "年货市场供应充足",
        "本报记者 王五",
        "发布时间：2026-03-05 05:33 来源：清溪日报",
        NEW_YEAR_MARKET,
        citation,
        sep="\n",
    )
    assert [(a.kicker, a.title, a.reporters, a.paragraphs) for a in parsed.articles] == [
        (None, "新安大桥建成通车", ["李红"], [BRIDGE_1, BRIDGE_2]),
        (None, "年货市场供应充足", ["王五"], [NEW_YEAR_MARKET]),
    ]
    assert (parsed.publication, str(parsed.date), parsed.page_number) == ("清溪日报", "2026-03-05", 5)


def test_one_reprinted_pieces_citation_does_not_name_the_page():
    parsed = parse(
        "新安大桥建成通车", "本报记者 李红 《光明日报》（2026年03月01日 第 05 版）", BRIDGE_1, BRIDGE_2
    )
    assert (parsed.publication, parsed.date, parsed.page_number) == (None, None, None)
    assert only(parsed).reporters == ["李红"]


def test_a_pdfs_text_of_two_sheets_keeps_the_first_header_and_drops_the_seconds():
    first = page(
        "清溪日报\n2025年4月8日 星期二\n第1版 要闻", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1
    )
    second = page(
        "清溪日报\n2025年4月8日 星期二\n第2版 综合", "（上接第1版）", BRIDGE_2, "古城夜市人气旺", MARKET_1
    )
    parsed = parse_page(first + "\f" + second + "\f")
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == (
        "清溪日报",
        datetime.date(2025, 4, 8),
        1,
        "要闻",
    )
    assert [(a.kicker, a.title, a.column, a.paragraphs) for a in parsed.articles] == [
        (None, "新安大桥建成通车", None, [BRIDGE_1]),
        (None, None, None, [BRIDGE_2]),
        (None, "古城夜市人气旺", None, [MARKET_1]),
    ]


def test_a_form_feed_closing_a_pdfs_one_sheet_changes_nothing():
    text = page("清溪日报", "第1版 要闻", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert [a.as_json("x") for a in parse_page(text + "\f").articles] == [
        a.as_json("x") for a in parse_page(text).articles
    ]


@pytest.mark.parametrize(
    "line", ["本文字数：1200", "阅读时间：3分钟", "浏览量：1234", "▶点击收听", "点击播放"]
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_what_a_site_counts_of_a_piece_and_its_players_buttons_are_furniture(line, sep):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2, sep=sep))
    assert (art.kicker, art.title, art.subtitle, art.paragraphs) == (
        None,
        "新安大桥建成通车",
        None,
        [BRIDGE_1, BRIDGE_2],
    )


@pytest.mark.parametrize(
    ("top", "fields"),
    [
        (
            "首页 > 清溪日报 > 2025年03月05日 > 第A03版：要闻",
            ("清溪日报", datetime.date(2025, 3, 5), 3, "要闻"),
        ),
        ("当前位置：首页 > 要闻", (None, None, None, "要闻")),
        ("您当前的位置：首页>>数字报", (None, None, None, None)),
        ("网站首页 | 要闻 | 社会", (None, None, None, None)),
        ("清溪日报数字报-新安大桥建成通车", (None, None, None, None)),  # the web page's title
        ("首页 > 新闻中心 > 本地新闻", (None, None, None, None)),  # the site's own sections
    ],
)
def test_a_sites_path_menu_and_page_title_over_the_page_are_furniture(top, fields):
    parsed = parse_page(
        top
        + "\n\n"
        + page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "春茶开采", "本报讯 " + TEA_1)
    )
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == fields
    assert [(a.kicker, a.title, a.column) for a in parsed.articles] == [
        (None, "新安大桥建成通车", None),
        (None, "春茶开采", None),
    ]


def test_a_sites_line_of_when_posted_and_by_whom_and_its_links_after_the_story_are_not_text():
    parsed = parse_page(
        "\n".join(
            [
                "新安大桥建成通车",
                "2025-03-05 08:30   来源：清溪日报   作者：李红   点击数：1234",
                BRIDGE_1,
                BRIDGE_2,
                "相关文章",
                "· 春茶开采茶农笑开颜",
                "· 古城夜市人气旺",
            ]
        )
    )
    art = only(parsed)
    assert (art.kicker, art.title, art.authors, art.paragraphs) == (
        None,
        "新安大桥建成通车",
        ["李红"],
        [BRIDGE_1, BRIDGE_2],
    )


def test_a_box_of_related_news_in_print_keeps_its_headline_and_story():
    bridge, tea = parse_page(
        "\n".join(
            [
                "新安大桥建成通车",
                "本报讯 " + BRIDGE_1,
                "相关新闻",
                "■ 春茶开采茶农笑开颜",
                "本报讯（记者 周海）" + TEA_1,
            ]
        )
    ).articles
    assert (tea.column, tea.title, tea.paragraphs) == ("相关新闻", "春茶开采茶农笑开颜", [TEA_1])


_SCANNED = [
    "今年以来，市图书馆推出线上借阅服务，市民只需用手机扫码就能借到想看的书，还可以预约送书上门服务，十分便利。",
    "除了试妆“魔镜”，智能货架、3D扫描、AR试衣等多项技术也在悄然改变零售场景。",
    "打开微信语音导览，即可收听讲解；外国观众可以扫描文物展牌上的二维码，获取八种语言的导览。",
    "扫一个码，才能进门检查。依托执法平台推行“扫码入企”后，执法人员开展检查前须先备案。",
]


@pytest.mark.parametrize("width", [13, 14, 16, 20])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_row_of_wrapped_text_that_speaks_of_scanning_a_code_is_kept(width, indent):
    """Wrapped to a column, a row may read like a prompt to scan the paper's code (…外国观众可以扫描
    文物展牌上的, …3D扫描、AR试衣等多项技术也在): it is the paragraph's, and no word of it is lost."""
    rows = "\n".join(wrap(indent + paragraph, width) for paragraph in _SCANNED)
    art = only_on("\n".join(["新安大桥建成通车", "本报记者 李红", rows, "扫码看视频", ""]))
    assert squeeze("".join(art.paragraphs)) == squeeze("".join(_SCANNED))


_WORDED_AS_PAGE_LINES = [
    "新闻热线：0576-86100000，欢迎读者提供新闻线索，一经采用即付稿酬。",
    "市民可关注“清溪发布”微信公众号了解详情，也可以扫码报名参加活动。",
]


@pytest.mark.parametrize("width", range(14, 23, 2))
@pytest.mark.parametrize("paragraph", _WORDED_AS_PAGE_LINES)
def test_a_paragraph_opening_as_the_pages_own_lines_do_is_kept_whole_in_a_wrapped_column(paragraph, width):
    """Its first row, as wide as the column's rows and carried on by the next (新闻热线：0576-8610 /
    0000，欢迎…), reads as the paper's hotline or its account: it is the paragraph's first row."""
    rows = [wrap("\u3000\u3000" + text, width) for text in (BRIDGE_1, paragraph, BRIDGE_2, MARKET_1)]
    art = only_on("\n".join(["新安大桥建成通车", "本报记者 李红", *rows, ""]))
    assert squeeze("".join(art.paragraphs)) == squeeze(BRIDGE_1 + paragraph + BRIDGE_2 + MARKET_1)


@pytest.mark.parametrize("width", [14, 16])
def test_a_prompt_to_scan_as_wide_as_the_column_after_a_finished_story_is_the_pages(width):
    """…把优势变胜势。 / 长按识别二维码 观看完整报道 / 免费还是收费，应有一杆秤（人 / 民时评）: under a
    story's short last row, a row as wide as the column is no paragraph's (which would be set in),
    and the headline wrapped under it, clauses and all, is the next story's."""
    prompt = "长按识别二维码 观看完整报道"
    rows = [wrap("\u3000\u3000" + text, width) for text in (BRIDGE_1, BRIDGE_2)]
    title = "免费还是收费，应有一杆秤（人民时评）"
    text = "\n".join(
        [
            "新安大桥建成通车",
            "本报记者 李红",
            *rows,
            prompt,
            wrap(title, width),
            "本报记者 周海",
            wrap("\u3000\u3000" + TEA_1, width),
            "",
        ]
    )
    bridge, tea = parse_page(text).articles
    assert squeeze("".join(bridge.paragraphs)) == squeeze(BRIDGE_1 + BRIDGE_2)
    assert (tea.title, tea.reporters, tea.paragraphs) == (title, ["周海"], [TEA_1])
