"""Layouts of further papers: lists of people closed by 等, column labels set on the headline's
own line, and a picture credit printed between the picture's title and its caption."""

from __future__ import annotations

from tests.support.pages import BRIDGE_1, BRIDGE_2, TEA_1, TEA_2, only, parse, titles

CAPTION = "清晨，游客在双龙风景区观赏红叶，景区内枫叶渐红，层林尽染。"


def test_a_padded_name_closing_a_list_with_deng_keeps_its_first_half():
    art = only(parse("新安大桥建成通车", "本报讯（记者 李  娜，通讯员 王小丽、陈  刚等）" + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["李娜"], ["王小丽", "陈刚"])
    assert art.paragraphs == [BRIDGE_1]


def test_a_closing_credit_with_a_list_ending_on_deng_signs_the_story():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯 " + BRIDGE_1,
        BRIDGE_2,
        "（记者 乐  燕、何  彤 通讯员 应  杰等）",
        "青山茶农喜迎开采",
        "本报讯（记者 方琳）" + TEA_1,
        TEA_2,
    )
    assert titles(parsed) == ["新安大桥建成通车", "青山茶农喜迎开采"]
    bridge, tea = parsed.articles
    assert (bridge.reporters, bridge.correspondents) == (["乐燕", "何彤"], ["应杰"])
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert tea.kicker is None and tea.reporters == ["方琳"]


def test_a_column_label_before_a_bar_on_the_headline_line():
    art = only(parse("民生观察｜新安大桥建成通车", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert (art.column, art.title) == ("民生观察", "新安大桥建成通车")


def test_a_bracketed_column_label_on_the_headline_line():
    art = only(parse("【城市速递】新安大桥建成通车", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert (art.column, art.title) == ("城市速递", "新安大桥建成通车")


def test_a_bar_after_a_long_phrase_is_part_of_the_title():
    art = only(parse("新安大桥今起通车｜两岸居民出行更便捷", "本报讯（记者 陈峰）" + BRIDGE_1))
    assert art.column is None and art.title == "新安大桥今起通车｜两岸居民出行更便捷"


def test_a_credit_between_the_picture_title_and_its_caption():
    parsed = parse(
        "双龙洞红叶正当时",
        "记者 胡  晓 摄",
        "11月18日，" + CAPTION,
        "新安大桥建成通车",
        "本报讯（记者 陈洁）" + BRIDGE_1,
    )
    photo, story = parsed.articles
    assert (photo.kind, photo.title, photo.photographers) == ("photo", "双龙洞红叶正当时", ["胡晓"])
    assert photo.paragraphs == ["11月18日，" + CAPTION]
    assert (story.kind, story.title, story.paragraphs) == ("article", "新安大桥建成通车", [BRIDGE_1])
