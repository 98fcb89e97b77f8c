"""The page's name printed at its top, told from a column label (archive.parsing.sections)."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from tests.support.pages import BRIDGE_1, BRIDGE_2, SCHOOL_1, only, page, parse


@pytest.mark.parametrize("name", ["要闻", "综合新闻", "要闻·综合", "理论·评论", "区县新闻", "国际"])
def test_a_section_name_over_the_first_headline_is_the_pages_name(name):
    parsed = parse(name, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    assert parsed.page_name == name
    art = only(parsed)
    assert (art.column, art.kicker, art.title) == (None, None, "新安大桥建成通车")


def test_a_column_label_at_the_top_of_the_page_stays_the_columns():
    for label in ("民生观察", "今日关注", "一把手谈"):
        parsed = parse(label, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
        assert parsed.page_name is None
        assert only(parsed).column == label


def test_a_short_label_right_under_the_masthead_is_the_pages_name():
    parsed = parse("清溪日报", "城事", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert (parsed.publication, parsed.page_name) == ("清溪日报", "城事")
    assert only(parsed).column is None


def test_a_short_line_under_the_masthead_set_tight_over_the_headline_is_the_headlines():
    # the page sets its blocks apart by blank lines, and none stands between the two
    parsed = parse("清溪日报", "立秋\n暑气未消 秋意渐浓", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    assert parsed.page_name is None
    art = only(parsed)
    assert "".join(filter(None, (art.column, art.kicker, art.title))) == "立秋暑气未消 秋意渐浓"


def test_a_short_line_set_apart_from_the_masthead_and_tight_over_the_headline_is_the_headlines():
    # a page with no blank line between its paragraphs, one under its masthead
    text = (
        "清溪日报\n2024年3月6日\n\n新安大桥\n建成通车\n本报讯（记者李红）" + BRIDGE_1 + "\n" + BRIDGE_2 + "\n"
    )
    parsed = parse_page(text)
    assert parsed.page_name is None
    art = only(parsed)
    # two lines of one length may be the halves of one title: whether a space parts them is no matter here
    assert "".join(filter(None, (art.column, art.kicker, art.title))).replace(" ", "") == "新安大桥建成通车"


def test_under_the_masthead_a_column_shaped_label_stays_a_column():
    parsed = parse("清溪日报", "记者观察", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.page_name is None and only(parsed).column == "记者观察"


def test_two_labels_stacked_at_the_top_are_the_pages_name_and_the_columns():
    parsed = parse("城乡", "民生观察", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.page_name == "城乡"
    art = only(parsed)
    assert (art.column, art.kicker, art.title) == ("民生观察", None, "新安大桥建成通车")


def test_a_section_name_among_the_header_lines_is_the_pages_name():
    parsed = parse(
        "清溪日报", "要闻", "2024年3月5日 星期二", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1
    )
    assert parsed.page_name == "要闻" and parsed.date is not None
    assert only(parsed).kicker is None


def test_a_section_name_beside_the_date_is_the_pages_name():
    parsed = parse("要闻 2024年3月5日 星期二", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.page_name == "要闻" and only(parsed).title == "新安大桥建成通车"


def test_a_markdown_section_heading_over_the_first_headline_is_the_pages_name():
    parsed = parse_page(page("# 经济", "## 新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1))
    assert parsed.page_name == "经济" and only(parsed).title == "新安大桥建成通车"


def test_a_label_over_running_text_is_not_the_pages_name():
    parsed = parse("要闻", SCHOOL_1)
    assert parsed.page_name is None


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("byline", ["文/陈小燕", "本报记者 陈小燕"])
def test_a_headline_over_its_byline_under_the_pages_number_is_no_page_name(sep, byline):
    text = page("2025年4月8日 星期二 第7版", "老屋的灯", sep="\n\n")
    parsed = parse_page(text + byline + sep + BRIDGE_1 + "\n")
    assert (parsed.date.isoformat(), parsed.page_number, parsed.page_name) == ("2025-04-08", 7, None)
    art = only(parsed)
    assert art.title == "老屋的灯" and art.paragraphs == [BRIDGE_1]


def test_a_line_set_apart_under_the_pages_number_is_the_first_headline_unless_it_names_a_page():
    parsed = parse("第7版", "老屋的灯", "本报讯（记者李红）" + BRIDGE_1)
    assert (parsed.page_number, parsed.page_name, only(parsed).title) == (7, None, "老屋的灯")
    parsed = parse("第7版", "要闻", "老屋的灯", "本报讯（记者李红）" + BRIDGE_1)
    assert (parsed.page_number, parsed.page_name, only(parsed).title) == (7, "要闻", "老屋的灯")


def test_a_supplements_name_over_the_headers_date_is_the_pages_name():
    parsed = parse("东海潮\n2025年4月8日 星期二 第7版", "老屋的灯", "本报讯（记者李红）" + BRIDGE_1)
    assert (parsed.date.isoformat(), parsed.page_number, parsed.page_name) == ("2025-04-08", 7, "东海潮")
    art = only(parsed)
    assert (art.column, art.title) == (None, "老屋的灯")


@pytest.mark.parametrize("posted", ["2025年4月8日", "2025年4月8日 星期二"])
def test_a_short_headline_over_a_date_alone_is_no_supplements_name(posted):
    # a story copied from a site: its headline, the day it was posted, its text
    parsed = parse("春耕正当时\n" + posted, "本报讯（记者李红）" + BRIDGE_1)
    assert parsed.page_name is None and only(parsed).title == "春耕正当时"
