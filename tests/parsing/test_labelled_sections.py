"""A feature that sets a bare label over each of its subheads (协同 / …, 智慧 / …, 高效 / …) keeps
its sections, though a label reads as a name; column labels over stories of their own do not."""

import pytest

from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, MARKET_2, TEA_1, TEA_2, page, parse

PORT_1 = "清晨的港区里，一排排集装箱整齐堆放，远洋货轮往来不断，港口的吞吐量又创了新高。"
SECTIONS = [
    ("协同", "海铁联运业务辐射十多个省份", [BRIDGE_1, BRIDGE_2]),
    ("智慧", "码头大脑精准调度每一辆集卡", [TEA_1, TEA_2]),
    ("高效", "新开航线让货物更快抵达欧洲", [MARKET_1, MARKET_2]),
]
INDENT = "\u3000\u3000"


def _feature(sep: str, indent: str = "") -> str:
    blocks = ["港口协同促高效", "内联外畅锻造硬核力量（经济聚焦）", indent + PORT_1]
    for label, subhead, paragraphs in SECTIONS:
        blocks += [indent + label, indent + subhead, *(indent + p for p in paragraphs)]
    blocks += ["（本报记者 王晓明）", "青山镇春茶开采", "本报讯（通讯员 周海）" + TEA_1]
    return page(*blocks, sep=sep)


@pytest.mark.parametrize(("sep", "indent"), [("\n\n", ""), ("\n", ""), ("\n", INDENT)])
def test_labelled_sections_stay_in_their_feature_though_a_label_reads_as_a_name(sep, indent):
    feature, tea = parse(_feature(sep, indent)).articles
    assert (feature.kicker, feature.title, feature.reporters) == (
        "港口协同促高效",
        "内联外畅锻造硬核力量（经济聚焦）",
        ["王晓明"],
    )
    assert feature.authors == [] and feature.paragraphs[0] == PORT_1 and feature.paragraphs[-1] == MARKET_2
    assert "高效" in feature.paragraphs and tea.correspondents == ["周海"]


def test_column_labels_over_stories_of_their_own_stay_columns():
    blocks = []
    for label, title, (first, _) in [(s[0], s[1], s[2]) for s in SECTIONS]:
        blocks += [label, title, "本报讯（记者 李红）" + first]
    parsed = parse(*blocks)
    assert [a.title for a in parsed.articles] == [s[1] for s in SECTIONS]
    assert all(a.reporters == ["李红"] for a in parsed.articles)


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_one_label_set_in_with_its_subhead_under_a_flush_headline_is_a_section_not_a_signature(sep):
    """A story continued from another page may show one of its labelled sections only (连通 /
    集装箱航线已达309条): set in as the story's paragraphs under a headline set flush, the label
    and its subhead are the story's, though the label reads as a name."""
    label, subhead = "连通", SECTIONS[0][1]
    blocks = ["内联外畅锻造硬核力量（经济聚焦）", INDENT + PORT_1, INDENT + label, INDENT + subhead]
    blocks += [INDENT + BRIDGE_1, INDENT + BRIDGE_2]
    parsed = parse(*blocks, "青山镇春茶开采", "本报讯（通讯员 周海）" + TEA_1, sep=sep)
    feature, tea = parsed.articles
    assert feature.title == "内联外畅锻造硬核力量（经济聚焦）" and not feature.authors
    assert feature.paragraphs[0] == PORT_1 and feature.paragraphs[-2:] == [BRIDGE_1, BRIDGE_2]
    assert tea.title == "青山镇春茶开采"
