"""Pages exported from a full-text database of newspapers, one record an article with its fields
labelled (archive.parsing.records): read as the page they were printed on."""

from __future__ import annotations

import datetime

from archive.parsing import parse_page
from archive.parsing.records import as_page
from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, TEA_1, TEA_2, page, squeeze

EXPORT = page(
    "【报纸名称】清溪日报\n【报纸日期】2024-03-06\n【版号】第3版\n【版名】经济",
    "【栏目】民生观察\n【引题】两岸居民盼了多年\n【标题】新安大桥建成通车\n【副标题】车程由四十分钟缩短到五分钟\n"
    "【作者】记者 李红;通讯员 王伟\n【关键词】大桥;通车\n【正文】\n本报讯　" + BRIDGE_1 + "\n" + BRIDGE_2,
    "【标题】青山春茶开采\n【作者】周海\n【正文】" + TEA_1 + "\n" + TEA_2,
)


def test_each_record_of_an_export_is_an_article_with_its_fields_where_its_labels_put_them():
    parsed = parse_page(EXPORT)
    assert (parsed.publication, parsed.date, parsed.page_number, parsed.page_name) == (
        "清溪日报",
        datetime.date(2024, 3, 6),
        3,
        "经济",
    )
    bridge, tea = parsed.articles
    assert (bridge.column, bridge.kicker, bridge.title, bridge.subtitle) == (
        "民生观察",
        "两岸居民盼了多年",
        "新安大桥建成通车",
        "车程由四十分钟缩短到五分钟",
    )
    assert (bridge.dateline, bridge.reporters, bridge.correspondents) == ("本报讯", ["李红"], ["王伟"])
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and "大桥;通车" not in bridge.body
    assert (tea.title, tea.authors, tea.paragraphs) == ("青山春茶开采", ["周海"], [TEA_1, TEA_2])


def test_fields_labelled_by_a_colon_alone_and_a_question_put_inside_the_text():
    text = page(
        "报纸名称：清溪日报\n出版日期：20240306\n版次：3",
        "标题：古城夜市人气旺\n作者：本报记者\n正文：\n"
        + MARKET_1
        + "\n记者：夜市开到几点？\n摊主：晚上十点。",
        "标题：青山春茶开采\n正文：" + TEA_1,
    )
    parsed = parse_page(text)
    assert (parsed.publication, parsed.date, parsed.page_number) == ("清溪日报", datetime.date(2024, 3, 6), 3)
    market, tea = parsed.articles
    assert market.title == "古城夜市人气旺" and not (market.reporters or market.authors)
    assert market.paragraphs == [MARKET_1, "记者：夜市开到几点？", "摊主：晚上十点。"]
    assert (tea.title, squeeze(tea.body)) == ("青山春茶开采", squeeze(TEA_1))


def test_a_page_that_prints_a_byline_and_a_source_under_labels_is_no_export():
    text = page("新安大桥建成通车", "作者：李红", BRIDGE_1, "来源：清溪日报")
    assert as_page(text) == text


def test_a_notice_listing_its_theme_content_and_date_is_no_export():
    text = page("清溪读书节开幕", "主题：书香清溪\n内容：" + TEA_1 + "\n日期：2024年4月23日", BRIDGE_1)
    assert as_page(text) == text
