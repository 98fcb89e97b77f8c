"""Bylines printed above their headlines, and boxes (相关链接, 小贴士, 记者观察) set under a story."""

from __future__ import annotations

from tests.support.pages import BRIDGE_1, BRIDGE_2, TEA_1, TEA_2, parse, squeeze, titles

LINK_1 = "新安大桥是清溪上的第三座跨江大桥，此前两岸往来主要依靠轮渡。"
LINK_2 = "按照规划，清溪上还将建设两座大桥，五年内全部建成。"


def test_bylines_printed_above_each_headline_open_the_story_below():
    parsed = parse(
        "本报记者 欧阳明",
        "青山春茶开采",
        TEA_1,
        TEA_2,
        "本报记者 司马南 通讯员 阿依古丽·买买提",
        "新安大桥建成通车",
        BRIDGE_1,
        BRIDGE_2,
    )
    assert titles(parsed) == ["青山春茶开采", "新安大桥建成通车"]
    tea, bridge = parsed.articles
    assert tea.reporters == ["欧阳明"] and not tea.correspondents
    assert bridge.reporters == ["司马南"] and bridge.correspondents == ["阿依古丽·买买提"]
    assert squeeze(tea.body) == squeeze(TEA_1 + TEA_2)
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)


def test_a_byline_after_the_text_still_signs_the_story_above_on_a_page_headed_the_usual_way():
    parsed = parse("青山春茶开采", TEA_1, TEA_2, "本报记者 欧阳明", "新安大桥建成通车", BRIDGE_1, BRIDGE_2)
    tea = parsed.articles[0]
    assert tea.title == "青山春茶开采" and tea.reporters == ["欧阳明"]
    assert all("欧阳明" not in art.reporters for art in parsed.articles[1:])


def test_a_link_box_under_a_closing_credit_stays_with_its_story():
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_1,
        BRIDGE_2 + "（记者 蒋涛 通讯员 叶青）",
        "新闻链接",
        LINK_1,
        LINK_2,
        "青山春茶开采",
        "本报讯（记者 陈阳）" + TEA_1,
        TEA_2,
    )
    assert titles(parsed) == ["新安大桥建成通车", "青山春茶开采"]
    bridge, tea = parsed.articles
    assert bridge.reporters == ["蒋涛"] and bridge.correspondents == ["叶青"]
    assert squeeze(bridge.body).endswith(squeeze(LINK_1 + LINK_2))
    assert tea.reporters == ["陈阳"] and squeeze(tea.body) == squeeze(TEA_1 + TEA_2)


def test_a_box_with_its_own_headline_and_byline_is_a_story_of_its_own():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 徐航）" + BRIDGE_1,
        BRIDGE_2,
        "记者观察",
        "一座桥连起两岸民心",
        "本报记者 徐航",
        TEA_1,
        TEA_2,
    )
    assert titles(parsed) == ["新安大桥建成通车", "一座桥连起两岸民心"]
    bridge, box = parsed.articles
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)
    assert box.column == "记者观察" and box.reporters == ["徐航"]
