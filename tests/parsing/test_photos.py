"""Picture captions and their credits (archive.parsing.photos): pictures between stories, in a row or
in a group under one credit, with or without a credit, and a story's own picture."""

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
    page,
    parse,
    titles,
    wrap,
)

RED_LEAVES = "清晨，游客在双龙风景区观赏红叶，景区内枫叶渐红，层林尽染。"

CAPTION = "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画，早起的市民在江边晨练。"


def photos(parsed):
    return [a for a in parsed.articles if a.kind == "photo"]


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("记者 周海摄", ["周海"]),
        ("记者 周海 摄", ["周海"]),
        ("拍友 吴佳 摄", ["吴佳"]),
        ("周海 摄", ["周海"]),
        ("拍摄 周海", ["周海"]),
        ("摄影：周海", ["周海"]),
        ("清溪市水利局供图", []),
        ("新华社发（记者 周海 摄）", ["周海"]),
        ("（资料图片）", []),
        ("本报资料图", []),
        ("网络图片", []),
        ("视觉中国", []),
        ("IC photo", []),
        ("周海/图", ["周海"]),
        ("周海 摄（新华社发）", ["周海"]),
        ("（周海摄）", ["周海"]),
        ("以上图片均为周海摄（人民视觉）", ["周海"]),
        ("（本组图片均由记者 周海 摄）", ["周海"]),  # a group's credit in brackets
        ("（本组照片由记者周海拍摄）", ["周海"]),
        ("图片均为清溪市水利局提供", []),
        # the agency that sent or sells the picture, after the credit
        ("周海 摄 新华社发", ["周海"]),
        ("周海 摄/光明图片", ["周海"]),
        ("周海/摄 视觉中国", ["周海"]),
        # an aerial picture, and the kind of picture before its credit
        ("周海 航拍", ["周海"]),
        ("无人机照片 周海 摄", ["周海"]),
        # an editor's code left after the credit
        ("本报记者 周海 摄 ⑩", ["周海"]),
        ("周海摄 ③2", ["周海"]),
        # a name and 图 apart by a space, a supplier after its label, a picture from an agency
        ("周海 图", ["周海"]),
        ("供图：清溪市水利局", []),
        ("图源：清溪发布", []),
        ("图据新华社", []),
        # an agency credited as a photographer would be is no one
        ("图/视觉中国", []),
        ("图片/东方IC", []),
        ("（人民图片）", []),
        ("（新华社发 周海 摄）", ["周海"]),
        # a picture taken from the net, or made by a machine
        ("图片来自网络", []),
        ("（AI生成图片）", []),
    ],
)
def test_credit_lines(credit, photographers):
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "清溪晨雾", CAPTION, credit)
    story, photo = parsed.articles
    assert photo.kind == "photo"
    assert photo.title == "清溪晨雾"
    assert photo.paragraphs == [CAPTION]
    assert photo.photographers == photographers
    assert story.paragraphs == [BRIDGE_1]


def test_a_byline_above_the_credit_line_names_a_second_photographer():
    text = page("清溪晨雾", CAPTION, "本报记者 周海\n拍友 吴佳 摄")
    photo = only(parse_page(text))
    assert photo.kind == "photo"
    assert sorted(photo.photographers) == ["吴佳", "周海"]


def test_a_credit_run_on_at_the_end_of_the_caption():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, CAPTION + " 拍摄 周海")
    photo = photos(parsed)[0]
    assert photo.paragraphs == [CAPTION] and photo.photographers == ["周海"]
    assert photo.title is None
    assert parsed.articles[0].paragraphs == [BRIDGE_1, BRIDGE_2]


def test_an_organisations_credit_is_stripped_and_names_no_one():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, CAPTION + "清溪市交通局供图")
    photo = photos(parsed)[0]
    assert photo.paragraphs == [CAPTION] and photo.photographers == []


def test_a_picture_between_two_stories_belongs_to_neither():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清溪晨雾",
        CAPTION,
        "记者 周海 摄",
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    assert [a.kind for a in parsed.articles] == ["article", "photo", "article"]
    assert parsed.articles[0].paragraphs == [BRIDGE_1]
    assert parsed.articles[2].paragraphs == [MARKET_1]
    assert parsed.articles[0].photographers == [] and parsed.articles[2].photographers == []


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(("signature", "authors"), [("本报评论员", []), ("□ 吴佳", ["吴佳"])])
def test_a_signature_under_a_picture_over_a_headline_signs_the_story_below(signature, authors, sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        CAPTION,
        "记者 周海 摄",
        signature,
        "古城夜市人气旺",
        MARKET_1,
        sep=sep,
    )
    bridge, picture, market = parsed.articles
    assert (bridge.reporters, bridge.authors) == (["李红"], [])
    assert picture.kind == "photo" and picture.photographers == ["周海"]
    assert (market.title, market.authors, market.paragraphs) == ("古城夜市人气旺", authors, [MARKET_1])
    assert "no_byline" not in market.warnings


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_caption_a_column_broke_mid_clause_is_one_caption(sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        CAPTION[:19],
        CAPTION[19:] + "记者 周海 摄",
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
        sep=sep,
    )
    assert CAPTION[18:20] == "墨画"  # (the row breaks inside 水墨画)
    bridge, picture, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1] and market.paragraphs == [MARKET_1]
    assert (picture.kind, picture.body, picture.photographers) == ("photo", CAPTION, ["周海"])


@pytest.mark.parametrize("verb", ["拍摄", "摄影"])
def test_a_credits_verb_a_row_broke_in_two_credits_the_caption_and_leaves_it(verb):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        CAPTION + " " + verb[0] + "\n" + verb[1] + " 周海",
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    picture = parsed.articles[1]
    assert (picture.kind, picture.body, picture.photographers) == ("photo", CAPTION, ["周海"])


def test_a_caption_wrapped_over_two_rows_of_its_block_on_a_page_of_blank_lines_is_one_caption():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        CAPTION[:24] + "\n" + CAPTION[24:] + "\n记者 周海 摄",
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    bridge, picture, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (picture.kind, picture.body, picture.photographers) == ("photo", CAPTION, ["周海"])


def test_a_caption_a_converter_set_in_markdown_italics_is_the_pictures():
    parsed = parse(
        "# 新安大桥建成通车",
        "**本报讯**（记者李红）" + BRIDGE_1,
        "![图片](images/a.jpg)",
        "*" + CAPTION + "记者 周海 摄*",
        "# 古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    bridge, picture, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1] and market.paragraphs == [MARKET_1]
    assert (picture.kind, picture.body, picture.photographers) == ("photo", CAPTION, ["周海"])


def test_text_after_a_picture_carries_on_the_story_above():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "大桥全长六百八十米，双向",
        CAPTION,
        "记者 周海 摄",
        "四车道。" + BRIDGE_2,
    )
    story = [a for a in parsed.articles if a.kind == "article"]
    assert len(story) == 1
    assert story[0].paragraphs[-1] == "大桥全长六百八十米，双向四车道。" + BRIDGE_2


def test_a_credit_under_a_short_news_item_is_the_storys_picture():
    art = only(parse("青山镇春茶开采", "本报讯" + TEA_1, "记者 周海 摄"))
    assert art.kind == "article" and art.photographers == ["周海"]
    art = only(parse("青山镇春茶开采", "本报讯（记者李红）" + TEA_1 + " 记者 周海 摄"))
    assert art.photographers == ["周海"] and art.reporters == ["李红"]
    assert art.paragraphs == [TEA_1]


def test_a_sentence_ending_in_a_shooting_verb_is_no_credit():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "不少市民赶到桥头拍摄"))
    assert art.photographers == []


def test_a_bracketed_credit_at_the_end_of_a_caption():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, CAPTION + "（记者 周海 摄）")
    photo = photos(parsed)[0]
    assert photo.paragraphs == [CAPTION] and photo.photographers == ["周海"]
    assert parsed.articles[0].reporters == ["李红"]


def test_a_headline_above_a_picture_above_the_lead_in_stays_with_the_story():
    parsed = parse("新安大桥建成通车", CAPTION, "记者 周海 摄", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    story, photo = parsed.articles
    assert story.title == "新安大桥建成通车" and story.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert photo.kind == "photo" and photo.title is None and photo.paragraphs == [CAPTION]


def test_a_clause_after_a_picture_carries_on_the_story_and_is_no_headline():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        CAPTION,
        "记者 周海 摄",
        "桥面两侧设置了人行道，方便市",
        "民步行或骑车过江。",
    )
    story = [a for a in parsed.articles if a.kind == "article"]
    assert len(story) == 1
    assert story[0].paragraphs[-1] == "桥面两侧设置了人行道，方便市民步行或骑车过江。"


YUCUN = "图为青山镇茶农在茶园里采摘春茶。"
STORY_END = "村党支部书记表示，下一步村里将继续做好绿水青山这篇大文章，带动周边村庄共同富裕。（完）"


@pytest.mark.parametrize("credit", ["新华社记者 王明 摄", "本报记者 王明 摄", "摄影 王明", "图/王明"])
def test_a_credit_above_a_caption_that_reads_as_one_credits_the_caption_below(credit):
    parsed = parse(
        "新安大桥建成通车",
        "新华社青山3月5日电（记者 李四）" + BRIDGE_1,
        BRIDGE_2,
        STORY_END,
        credit,
        YUCUN,
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    story, photo, market = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2, STORY_END]
    assert story.photographers == []
    assert photo.kind == "photo" and photo.paragraphs == [YUCUN] and photo.photographers == ["王明"]
    assert market.paragraphs == [MARKET_1]


def test_a_paragraph_ending_a_story_is_never_a_caption():
    parsed = parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, STORY_END, "本报记者 王明 摄")
    assert [a.kind for a in parsed.articles] == ["article"]
    assert parsed.articles[0].paragraphs == [BRIDGE_1, STORY_END]


def test_a_caption_above_its_credit_still_wins_over_a_caption_below():
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, "图为通车后的新安大桥。", "记者 周海 摄", YUCUN
    )
    kinds = [(a.kind, a.paragraphs) for a in parsed.articles]
    assert ("photo", ["图为通车后的新安大桥。"]) in kinds
    assert ("photo", [YUCUN]) in kinds  # a caption printed without credit is a picture too


@pytest.mark.parametrize("caption", [YUCUN, "这是3月5日拍摄的新安大桥夜景（无人机照片）。"])
def test_a_caption_printed_without_credit_between_stories_is_a_picture(caption):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        caption,
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
    )
    assert [a.kind for a in parsed.articles] == ["article", "photo", "article"]
    assert parsed.articles[1].paragraphs == [caption]


@pytest.mark.parametrize(
    ("tail", "photographers"),
    [
        ("新华社发（张三 摄）", ["张三"]),
        ("（本报记者 王刚 摄）", ["王刚"]),
        ("新华社发", []),
        ("视觉中国供图", []),
        ("资料图片", []),
        ("图/刘强", ["刘强"]),
    ],
)
def test_credits_at_the_end_of_a_caption(tail, photographers):
    parsed = parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, YUCUN + tail)
    photo = photos(parsed)[0]
    assert photo.paragraphs == [YUCUN] and photo.photographers == photographers


def test_text_and_picture_credits_of_one_story():
    art = only(parse("古城夜市人气旺", "文/陈静 图/刘强", MARKET_1, BRIDGE_2))
    assert art.authors == ["陈静"] and art.photographers == ["刘强"]
    assert art.paragraphs == [MARKET_1, BRIDGE_2]


def test_a_titled_caption_without_credit_between_stories_is_a_picture():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        "茶园春色",
        YUCUN,
        "古城夜市人气旺",
        "本报讯（记者吴佳）" + MARKET_1,
        sep="\n",
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", "茶园春色"),
        ("article", "古城夜市人气旺"),
    ]
    assert parsed.articles[1].paragraphs == [YUCUN]


# ---- pictures printed with neither credit nor cue ----------------------------------------------

MIST = "清晨，薄雾笼罩着溪畔的村庄，宛如一幅水墨画。"


def test_a_scene_title_and_caption_between_stories_is_a_picture():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        "清溪晨雾",
        MIST,
        "古城夜市人气旺",
        "本报讯（记者 王明）" + MARKET_1,
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", "清溪晨雾"),
        ("article", "古城夜市人气旺"),
    ]
    assert parsed.articles[1].paragraphs == [MIST]
    assert parsed.articles[0].paragraphs == [BRIDGE_1]


def test_a_scene_picture_may_open_the_page():
    parsed = parse("清溪晨雾", MIST, "古城夜市人气旺", "本报讯（记者 王明）" + MARKET_1)
    assert [a.kind for a in parsed.articles] == ["photo", "article"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a subhead of the story above, over a paragraph that is no scene
        ("记者手记", "采访中记者发现，村民们最关心的是大桥通车后公交线路能否延伸到村口。"),
        # a title too long for a picture
        ("清溪两岸村庄晨雾弥漫", MIST),
        # a caption of three sentences reads as a story
        ("清溪晨雾", "清晨，薄雾笼罩着溪畔的村庄。村民们早早下地。合作社的收购车也到了村口。"),
        # a short news item opens the way news does
        ("清溪晨雾", "近日，清溪两岸晨雾弥漫，宛如一幅水墨画。"),
    ],
)
def test_a_short_titled_paragraph_that_is_no_scene_stays_text(title, text):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        title,
        text,
        "古城夜市人气旺",
        "本报讯（记者 王明）" + MARKET_1,
    )
    assert all(a.kind == "article" for a in parsed.articles)


def test_a_scene_paragraph_followed_by_more_text_stays_in_its_story():
    parsed = parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, "清溪晨雾", MIST, BRIDGE_2)
    assert all(a.kind == "article" for a in parsed.articles)


def test_a_scene_title_under_a_broken_paragraph_is_no_picture():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）经过两年多的建设，横跨清溪的新安大桥昨天正式通车，两岸居民",
        "清溪晨雾",
        MIST,
        "古城夜市人气旺",
        "本报讯（记者 王明）" + MARKET_1,
    )
    assert all(a.kind == "article" for a in parsed.articles)


def test_titled_pictures_one_after_another_each_keep_title_credit_and_caption():
    parsed = parse(
        "清溪晨雾",
        "本报记者 周海 摄影报道",
        MIST,
        "古城夜市",
        "记者 王明 摄",
        CAPTION,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
    )
    assert [(a.kind, a.title, a.photographers, a.paragraphs) for a in parsed.articles[:2]] == [
        ("photo", "清溪晨雾", ["周海"], [MIST]),
        ("photo", "古城夜市", ["王明"], [CAPTION]),
    ]
    assert parsed.articles[2].title == "新安大桥建成通车"


@pytest.mark.parametrize("pointer", ["▲ ", "↑ ", "←"])
def test_a_caption_pointing_at_its_picture_under_a_story_signed_for_text_and_pictures(pointer):
    parsed = parse(
        "新安大桥建成通车",
        "记者 李红 文/图",
        BRIDGE_1,
        BRIDGE_2,
        pointer + "新安大桥上，车辆往来穿梭。",
        "古城夜市人气旺",
        "本报讯（记者 王明）" + MARKET_1,
    )
    story, photo, market = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2]
    # the pointer points at the picture: the caption is what follows it
    assert (photo.kind, photo.paragraphs, photo.photographers) == (
        "photo",
        ["新安大桥上，车辆往来穿梭。"],
        ["李红"],
    )
    assert market.title == "古城夜市人气旺"


def test_bulleted_items_are_no_pointed_captions():
    items = ["▲ 新安大桥上，车辆往来穿梭。", "▲ 大桥两侧新修了人行道。"]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, *items))
    assert art.paragraphs == [BRIDGE_1, *items]


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


def test_a_credit_between_the_picture_title_and_its_caption():
    parsed = parse(
        "双龙洞红叶正当时",
        "记者 胡  晓 摄",
        "11月18日，" + RED_LEAVES,
        "新安大桥建成通车",
        "本报讯（记者 陈洁）" + BRIDGE_1,
    )
    photo, story = parsed.articles
    assert (photo.kind, photo.title, photo.photographers) == ("photo", "双龙洞红叶正当时", ["胡晓"])
    assert photo.paragraphs == ["11月18日，" + RED_LEAVES]
    assert (story.kind, story.title, story.paragraphs) == ("article", "新安大桥建成通车", [BRIDGE_1])


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


def test_a_story_signed_for_text_and_pictures_keeps_its_text_and_gives_its_caption_a_credit():
    parsed = parse("青山镇春茶开采", "记者 郑  帆 文/摄", TEA_1, TEA_2, "图为茶农在茶园里采摘春茶。")
    tea, picture = parsed.articles
    assert tea.paragraphs == [TEA_1, TEA_2] and tea.reporters == ["郑帆"]
    assert picture.kind == "photo" and picture.photographers == ["郑帆"]


@pytest.mark.parametrize("credit", ["周  洋/摄", "周洋／摄"])
def test_a_picture_credit_with_a_slash_before_its_verb(credit):
    parsed = parse("古城夜市", MARKET_1, credit)
    assert parsed.articles[0].kind == "photo" and parsed.articles[0].photographers == ["周洋"]


def test_a_picture_group_under_one_title_and_one_credit():
    captions = [
        "10月13日，青山镇的农户驾驶收割机收割晚稻。",
        "10月13日，清溪街道的种粮大户在晾晒新收的稻谷。",
        "10月12日，城东村的稻田里稻穗金黄，一派丰收景象。",
    ]
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, "金秋稻谷香", *captions, "记者 方  圆 摄"
    )
    bridge, group = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert group.kind == "photo" and group.title == "金秋稻谷香"
    assert group.paragraphs == captions and group.photographers == ["方圆"]


def test_a_credit_of_a_name_and_she_on_its_own_line_credits_the_picture_above():
    for credit in ("周海摄", "周  海摄（人民视觉）", "周海摄（影像中国）"):
        page = parse_page(
            f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n大桥夜景流光溢彩。\n\n{credit}\n\n"
            f"年货市场供应充足\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
        )
        pictures = [a for a in page.articles if a.kind == "photo"]
        assert len(pictures) == 1 and pictures[0].photographers == ["周海"], credit
        assert pictures[0].body == "大桥夜景流光溢彩。"
        assert [a.title for a in page.articles if a.kind == "article"] == [
            "新安大桥建成通车",
            "年货市场供应充足",
        ]


def test_numbered_captions_in_a_row_after_a_story_are_pictures_of_their_own():
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n①大桥夜景流光溢彩。\n\n②市民在桥头合影留念。\n\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    assert [(a.kind, a.body) for a in page.articles[1:3]] == [
        ("photo", "①大桥夜景流光溢彩。"),
        ("photo", "②市民在桥头合影留念。"),
    ]
    assert page.articles[0].paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


@pytest.mark.parametrize(
    "row", ["①大桥夜景流光溢彩。②市民在桥头合影留念。", "图①大桥夜景流光溢彩。 图②市民在桥头合影留念。"]
)
def test_numbered_captions_run_on_in_one_row_after_a_story_are_its_pictures(row):
    page = parse_page(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n{row}\n\n"
        f"年货市场供应充足\n\n本报讯（记者 王五）{NEW_YEAR_MARKET}\n"
    )
    assert [a.kind for a in page.articles] == ["article", "photo", "article"]
    assert page.articles[1].body == row
    assert page.articles[0].paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


def test_a_credit_over_one_short_sentence_after_a_long_paragraph_credits_that_sentence():
    long_paragraph = BRIDGE_1 + BRIDGE_2 + MARKET_1
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + TEA_1,
        long_paragraph,
        "记者 周海 摄",
        "大桥夜景。",
        "古城夜市人气旺",
        MARKET_1,
    )
    story, photo, market = parsed.articles
    assert story.paragraphs == [TEA_1, long_paragraph]
    assert photo.kind == "photo" and photo.paragraphs == ["大桥夜景。"] and photo.photographers == ["周海"]
    assert market.title == "古城夜市人气旺"


def test_a_picture_title_of_two_phrases_with_a_comma_titles_the_picture():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "两岸相连，通行无阻",
        "新安大桥上，车辆往来穿梭。",
        "周海摄",
        "清溪茶园春茶开采",
        "本报讯（记者王明）" + TEA_1,
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", "两岸相连，通行无阻"),
        ("article", "清溪茶园春茶开采"),
    ]


def test_on_a_page_printing_credits_over_captions_a_credit_between_two_captions_credits_the_one_below():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2 + SCHOOL_2 + MARKET_2,
        "周海摄",
        "新安大桥上，车辆往来穿梭。",
        "王明摄",
        "市民在桥头合影留念。",
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
    )
    pictures = [(a.paragraphs, a.photographers) for a in parsed.articles if a.kind == "photo"]
    assert pictures == [(["新安大桥上，车辆往来穿梭。"], ["周海"]), (["市民在桥头合影留念。"], ["王明"])]


@pytest.mark.parametrize("credit", ["刘  妍供图", "片  方供图"])
def test_a_suppliers_credit_with_a_padded_name_closes_its_caption(credit):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "新安大桥上，车辆往来穿梭。",
        credit,
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + SCHOOL_1,
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", None),
        ("article", "城东实验小学新校舍启用"),
    ]
    assert parsed.articles[1].photographers == []


def test_a_picture_title_under_a_note_on_the_author_titles_the_picture():
    parsed = parse(
        "让每一座桥都通向民心",
        "作者：张三",
        BRIDGE_1,
        "（作者为青山县委党校教授，清溪文史研究会会员）",
        "清溪晨雾",
        CAPTION,
        "周海摄",
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
    )
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "让每一座桥都通向民心"),
        ("photo", "清溪晨雾"),
        ("article", "城东实验小学新校舍启用"),
    ]


@pytest.mark.parametrize("width", [18, 14, 11, 10])
def test_a_caption_wrapped_over_three_rows_of_its_own_width_stays_whole(width):
    caption = "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画，早起的市民在江边晨练，渔船缓缓驶过江面，远处的新安大桥若隐若现。"
    if width <= 11:  # a narrow box holds a shorter caption over three rows
        caption = "昨天上午，市民在新建成的新安大桥上散步，不少人拿出手机拍照留念。"[: 3 * width - 2]
        caption = caption.rstrip("，") + "。"
    page = "\n".join(
        [
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
            wrap(caption, width),
            "周海 摄",
            "城东实验小学新校舍启用",
            "本报讯（记者周海）" + SCHOOL_1,
            "",
        ]
    )
    bridge, photo, school = parse_page(page).articles
    assert bridge.paragraphs == [BRIDGE_1] and (photo.kind, photo.paragraphs) == ("photo", [caption])


def test_on_an_indented_page_a_numbered_caption_wrapped_in_its_column_stays_whole():
    def column(text: str) -> list[str]:
        return [text[k : k + 20] for k in range(0, len(text), 20)]

    first, rest = "图①：清溪中学的学生们在体育课上练习跳绳", "，动作整齐划一。"
    paragraphs = [BRIDGE_2, SCHOOL_1, SCHOOL_2]
    lines = [
        "新安大桥建成通车",
        *column("\u3000\u3000本报讯（记者李红）" + BRIDGE_1),
        *(row for para in paragraphs for row in column("\u3000\u3000" + para)),
        first,
        rest,
        "清溪县融媒体中心供图",
        "图②：新安大桥夜景。",
        "周海摄",
    ]
    assert len(first) == 20
    half = str.maketrans("，。：（）", ",.:()")  # a page typed with half-width punctuation
    first, rest, lines = first.translate(half), rest.translate(half), [line.translate(half) for line in lines]
    parsed = parse_page("\n".join(lines))
    pictures = [a for a in parsed.articles if a.kind == "photo"]
    assert [p.body for p in pictures] == [first + rest, "图②:新安大桥夜景."]
    assert pictures[1].photographers == ["周海"]
    assert parsed.articles[0].paragraphs[-1] == SCHOOL_2.translate(half)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_credit_over_a_dated_caption_right_over_the_next_story_credits_that_caption(sep):
    caption = (
        "4月23日，市民在城东街道揽月社区城市书房内阅读。当天，我市第二十家城市书房正式开放，藏书一万两千册。"
    )
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "本报记者 周海 摄",
        wrap(caption, 20),
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
        sep=sep,
    )
    bridge, photo, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [caption], ["周海"])
    assert school.title == "城东实验小学新校舍启用"


# rows of one display width: the digits of the date are half a character each
DATED_ROWS = [
    "2025年10月23日，市民在城东街道揽月社",
    "区城市书房内阅读。当天，我市第二十家",
    "城市书房正式开放。",
]


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_dated_caption_wrapped_to_a_display_width_of_its_own_stays_whole(indent):
    caption = "".join(DATED_ROWS)
    text = "\n".join(
        [
            "新安大桥建成通车",
            indent + "本报讯（记者李红）" + BRIDGE_1,
            indent + BRIDGE_2,
            *DATED_ROWS,
            "本报记者 周海 摄",
            "城东实验小学新校舍启用",
            indent + "本报讯（记者赵敏）" + SCHOOL_1,
            "",
        ]
    )
    bridge, photo, school = parse_page(text).articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [caption], ["周海"])
    assert school.title == "城东实验小学新校舍启用"


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_pictures_title_over_its_caption_and_credit_stays_its_title(indent):
    text = "\n".join(
        [
            "新安大桥建成通车",
            indent + "本报讯（记者李红）" + BRIDGE_1,
            indent + BRIDGE_2,
            indent + SCHOOL_1,
            "",
            "英姿飒爽“武”四方展风采",
            "图为武术队在表演。",
            "受访者供图",
            "",
        ]
    )
    story, picture = parse_page(text).articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2, SCHOOL_1]
    assert (picture.kind, picture.title, picture.body) == (
        "photo",
        "英姿飒爽“武”四方展风采",
        "图为武术队在表演。",
    )


def test_on_a_page_wrapped_to_one_width_a_captions_rows_between_codes_stay_whole():
    def column(text: str) -> list[str]:
        return [text[k : k + 18] for k in range(0, len(text), 18)]

    first = "清溪县老街居民在新开的社区食堂里用午餐。"
    second = "清溪中学的学生们在体育课上练习跳绳动作整齐划一。"
    lines = [
        "新安大桥建成通车",
        *column("\u3000\u3000本报讯（记者李红）" + BRIDGE_1),
        *column("\u3000\u3000" + BRIDGE_2),
        *column("\u3000\u3000" + SCHOOL_1),
        *column(first),
        "李沐瑶摄",
        "⑤1",
        *column(second),
        "梁少文摄",
        "⑤",
    ]
    pictures = [a for a in parse_page("\n".join(lines)).articles if a.kind == "photo"]
    assert [(p.body, p.photographers) for p in pictures] == [(first, ["李沐瑶"]), (second, ["梁少文"])]


@pytest.mark.parametrize("photographer", ["赖春富", "洪涛"])
def test_a_credit_glued_to_a_photographer_of_a_common_surname_credits_the_picture(photographer):
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "新安大桥夜景。", photographer + "摄")
    story, picture = parsed.articles
    assert (picture.body, picture.photographers) == ("新安大桥夜景。", [photographer])


@pytest.mark.parametrize("credit", ["制图：李明", "本报记者 李明 制图", "图表制作：李明", "漫画/李明"])
def test_a_chart_or_drawing_credited_to_its_maker_between_stories_is_a_picture_of_its_own(credit):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "一季度全市主要经济指标完成情况\n" + credit,
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
    )
    bridge, chart, school = parsed.articles
    assert (chart.kind, chart.paragraphs, chart.photographers) == (
        "photo",
        ["一季度全市主要经济指标完成情况"],
        [],
    )
    assert (school.kicker, school.title) == (None, "城东实验小学新校舍启用")
    assert bridge.paragraphs == [BRIDGE_1]


@pytest.mark.parametrize("credit", ["周海 摄", "本报记者 周海 摄", "（周海 摄）"])
def test_a_credit_set_apart_from_the_text_above_and_tight_over_a_sentence_credits_that_sentence(credit):
    caption = "青山镇的茶农们抢抓晴好天气上山采茶，一派繁忙景象。"
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "大桥建设指挥部负责人介绍，大桥两岸的引线工程也已同步完工。",
        credit + "\n" + caption,
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
    )
    bridge, photo, school = parsed.articles
    assert bridge.paragraphs[-1] == "大桥建设指挥部负责人介绍，大桥两岸的引线工程也已同步完工。"
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [caption], ["周海"])
    assert school.title == "城东实验小学新校舍启用"


@pytest.mark.parametrize("credit", ["周海 摄", "新华社记者 周海 摄"])
def test_on_a_page_with_no_blank_lines_a_credit_over_a_sentence_right_over_the_next_headline_credits_it(
    credit,
):
    caption = "青山镇的茶农们抢抓晴好天气上山采茶，一派繁忙景象。"
    last = "大桥建设指挥部负责人介绍，大桥两岸的引线工程也已同步完工。"
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        last,
        credit,
        caption,
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
        sep="\n",
    )
    bridge, photo, school = parsed.articles
    assert bridge.paragraphs[-1] == last
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [caption], ["周海"])
    assert school.title == "城东实验小学新校舍启用"


def test_on_a_page_with_no_blank_lines_a_credit_under_its_caption_still_credits_the_caption_above():
    caption = "青山镇的茶农们抢抓晴好天气上山采茶，一派繁忙景象。"
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        caption,
        "周海 摄",
        "春天来了！",
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
        sep="\n",
    )
    bridge, photo, school = parsed.articles
    assert (photo.kind, photo.paragraphs) == ("photo", [caption])
    assert bridge.paragraphs == [BRIDGE_1]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_numbered_captions_over_one_credit_are_one_group_of_pictures(sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "①大桥夜景流光溢彩。",
        "②市民在桥头合影留念。",
        "（本报记者 周海 摄）",
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
        sep=sep,
    )
    bridge, photo, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.paragraphs, photo.photographers) == (
        "photo",
        ["①大桥夜景流光溢彩。", "②市民在桥头合影留念。"],
        ["周海"],
    )


@pytest.mark.parametrize("rubric", ["图片新闻", "■ 图片新闻", "组图"])
def test_a_rubric_over_a_picture_is_its_column_not_its_title(rubric):
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, rubric, CAPTION, "周海 摄")
    story, photo = parsed.articles
    assert (photo.kind, photo.column, photo.title) == (
        "photo",
        "图片新闻" if "图片" in rubric else rubric,
        None,
    )
    assert photo.paragraphs == [CAPTION] and photo.photographers == ["周海"]
    assert story.paragraphs == [BRIDGE_1]


def test_a_picture_s_own_title_stays_its_title():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "清溪晨雾", CAPTION, "周海 摄")
    assert (parsed.articles[1].column, parsed.articles[1].title) == (None, "清溪晨雾")


@pytest.mark.parametrize(
    ("rows", "photographers"), [(("省", "交通运输厅供图"), []), (("记者", "周海 摄"), ["周海"])]
)
def test_a_credit_wrapped_with_its_caption_takes_back_its_first_characters(rows, photographers):
    tail, credit = rows
    text = "\n".join(
        [
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
            "新安大桥上，车辆往来穿梭。" + tail,
            credit,
            "古城夜市人气旺",
            "本报讯（记者吴佳）" + MARKET_1,
            "",
        ]
    )
    bridge, photo, market = parse_page(text).articles
    assert (photo.kind, photo.paragraphs, photo.photographers) == (
        "photo",
        ["新安大桥上，车辆往来穿梭。"],
        photographers,
    )
    assert bridge.paragraphs == [BRIDGE_1] and market.title == "古城夜市人气旺"


@pytest.mark.parametrize("when", ["傍晚", "上午", ""])
def test_a_dated_caption_broken_over_rows_is_one_caption_not_a_title_over_one(when):
    rows = [f"3月5日{when}，市民在新安大桥上", "散步。", "记者 周海 摄"]
    parsed = parse_page(
        "\n".join(["新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, *rows]) + "\n"
    )
    story, photo = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.title, photo.photographers) == ("photo", None, ["周海"])
    assert photo.paragraphs == [f"3月5日{when}，市民在新安大桥上散步。"]


@pytest.mark.parametrize(
    "credit",
    [
        "（本报记者 周海 摄）",
        "【新华社记者 周海 摄】",
        "本报记者 周海 摄 ",
        "周海/摄 ",
        "图/周海 ",
        "□周海 摄 ",  # (the bullet some papers set a credit off with)
        "■ 本报记者 周海 摄 ",
    ],
)
def test_a_picture_s_credit_printed_before_its_caption_on_its_line_makes_a_picture(credit):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        credit + "市民在新开通的大桥上散步。",
        "城东实验小学新校舍启用",
        "本报讯（记者王芳）" + SCHOOL_1,
    )
    bridge, picture, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and bridge.reporters == ["李红"]
    assert (picture.kind, picture.paragraphs, picture.photographers) == (
        "photo",
        ["市民在新开通的大桥上散步。"],
        ["周海"],
    )
    assert not picture.reporters


def test_a_reporter_s_credit_in_round_brackets_opening_a_text_still_signs_it():
    art = only(parse("新安大桥建成通车", "（本报记者 李红）" + BRIDGE_1, BRIDGE_2))
    assert art.reporters == ["李红"] and art.kind == "article" and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("credit", ["本报记者 周海 摄影报道", "记者 周海 摄"])
def test_a_headline_over_its_photographers_credit_and_news_text_is_a_photo_story(credit, sep):
    """The credit under a headline and over text opening as news does credits the story's
    pictures: the headline is no caption, and the text no headless item of its own."""
    lead = "近日，" + TEA_1
    parsed = parse(
        "春茶开采茶农笑开颜", credit, lead, TEA_2, "古城夜市人气旺", "本报讯（记者 王明）" + MARKET_1, sep=sep
    )
    tea, market = parsed.articles
    assert (tea.kind, tea.title, tea.photographers, tea.paragraphs) == (
        "article",
        "春茶开采茶农笑开颜",
        ["周海"],
        [lead, TEA_2],
    )
    assert market.title == "古城夜市人气旺"


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_titled_picture_inside_a_story_stays_a_picture(sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        "大桥晨雾",
        "记者 周海 摄",
        CAPTION,
        BRIDGE_2,
        BRIDGE_OPENED_2,
        "古城夜市人气旺",
        "本报讯（记者 王明）" + MARKET_1,
        sep=sep,
    )
    bridge, picture, market = parsed.articles
    assert (picture.kind, picture.title, picture.photographers, picture.paragraphs) == (
        "photo",
        "大桥晨雾",
        ["周海"],
        [CAPTION],
    )
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2, BRIDGE_OPENED_2] and not bridge.photographers


@pytest.mark.parametrize(
    "credit",
    ["本版图片除署名外均由记者 周海 摄", "本版摄影 记者 周海 李红", "本版摄影：周海", "本版插图 李红"],
)
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_labelled_picture_group_keeps_its_title_and_the_pages_credit_for_its_pictures_is_no_item(
    sep, credit
):
    """组图：春到西湖 titles the group under its label; 本版图片除署名外均由… credits the page's
    pictures, and is neither a picture nor the next story's kicker. Numbered captions as long as
    each other are each a caption, not the rows of one paragraph."""
    captions = ["①4月7日，游客在苏堤赏桃花。", "②白堤上，一位小朋友在放风筝。", "③夕阳下的断桥人头攒动。"]
    parsed = parse(
        "组图：春到西湖",
        "记者 周海 摄",
        *captions,
        credit,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        sep=sep,
    )
    group, bridge = parsed.articles
    assert (group.kind, group.column, group.title, group.photographers) == (
        "photo",
        "组图",
        "春到西湖",
        ["周海"],
    )
    assert group.paragraphs == captions
    assert (bridge.kicker, bridge.title, bridge.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


def test_numbered_captions_over_one_credit_stay_one_group_on_a_page_printing_credits_over_captions():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "图①：大桥夜景流光溢彩。\n图②：市民在桥头合影留念。\n本组图片由本报记者 周海 摄",
        BRIDGE_2,
        "新华社发（张华 摄）\n3月31日，清溪两岸的油菜花竞相开放。",
        "古城夜市开市",
        "本报讯（记者 王强）" + MARKET_1,
        "通讯员 陈伟 摄\n4月1日，市民在夜市品尝小吃。",
    )
    bridge, group, flowers, market, snacks = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (group.kind, group.paragraphs, group.photographers) == (
        "photo",
        ["图①：大桥夜景流光溢彩。", "图②：市民在桥头合影留念。"],
        ["周海"],
    )
    assert (flowers.kind, flowers.photographers, snacks.kind, snacks.photographers) == (
        "photo",
        ["张华"],
        "photo",
        ["陈伟"],
    )
    assert market.paragraphs == [MARKET_1]


def test_a_caption_printed_as_a_block_of_its_own_a_sentence_a_row_is_one_caption():
    caption = ["3月5日，市民在新开通的新安大桥上散步。", "大桥两侧设置了人行道和观景台。"]
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "\n".join([*caption, "本报记者 周海 摄"]),
        "城东实验小学新校舍启用",
        "本报讯（记者赵敏）" + SCHOOL_1,
    )
    bridge, photo, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.body, photo.photographers) == ("photo", "".join(caption), ["周海"])
    assert school.paragraphs == [SCHOOL_1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "captions",
    [
        ["左图：市民在公园散步。", "右图：孩子们在草坪上放风筝。"],
        ["上图：市民在公园散步。", "下图：孩子们在草坪上放风筝。"],
        ["左图：市民在公园散步。", "中图：老人在树下打太极。", "右图：孩子们在草坪上放风筝。"],
    ],
)
def test_pictures_named_by_where_they_stand_over_one_credit_are_one_group(sep, captions):
    parsed = parse("新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, *captions, "记者 李红 摄", sep=sep)
    bridge, group = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (group.kind, group.paragraphs, group.photographers) == ("photo", captions, ["李红"])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("rubric", ["图片新闻", "【图说】", "组图"])
def test_a_pictures_rubric_over_its_title_is_its_column(sep, rubric):
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, rubric, "春意盎然", "市民在公园赏花。", "记者 李红 摄",
        "古城夜市人气旺", "本报讯（记者王五）" + TEA_1, sep=sep,
    )  # fmt: skip
    bridge, picture, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1] and market.title == "古城夜市人气旺"
    assert (picture.kind, picture.column, picture.title) == ("photo", rubric.strip("【】"), "春意盎然")
    assert (picture.paragraphs, picture.photographers) == (["市民在公园赏花。"], ["李红"])


def test_a_credit_set_apart_under_a_storys_last_paragraph_takes_no_caption_from_it():
    # 资料图片 under a story run on from its lead-in: the picture's caption is not printed
    text = page(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1 + "\n" + BRIDGE_2,
        "资料图片",
        "春茶开采",
        "本报讯 " + TEA_1,
    )
    parsed = parse_page(text)
    assert [(a.kind, a.title, a.paragraphs) for a in parsed.articles] == [
        ("article", "新安大桥建成通车", [BRIDGE_1, BRIDGE_2]),
        ("article", "春茶开采", [TEA_1]),
    ]


SCENE = "周末的古城夜市人头攒动，两百多个摊位沿河排开。"


@pytest.mark.parametrize(
    ("credit", "authors", "photographers"),
    [
        ("文字：李红\n摄影：周海", ["李红"], ["周海"]),
        ("文/李红\n图/周海", ["李红"], ["周海"]),
        ("文/图 李红", ["李红"], ["李红"]),
    ],
)
def test_a_picture_storys_writer_and_photographer_credit_it_never_the_story_above(
    credit, authors, photographers
):
    bridge, market = parse(
        "新安大桥建成通车", "本报讯 " + BRIDGE_1, "古城夜市人气旺", SCENE + "\n" + credit
    ).articles
    assert (bridge.authors, bridge.photographers) == ([], [])
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [SCENE])
    assert (market.authors, market.photographers) == (authors, photographers)


@pytest.mark.parametrize("credit", ["（视觉中国供图）", "图片来源：网络", "记者 周海 摄"])
@pytest.mark.parametrize("byline_first", [False, True])
def test_a_credit_under_a_short_storys_one_paragraph_is_its_pictures_and_takes_no_caption(
    credit, byline_first
):
    # the story's picture printed without a caption: its paragraph is the story's text
    head = ["记者 李红 报道", "新安大桥建成通车"] if byline_first else ["新安大桥建成通车", "记者 李红 报道"]
    parsed = parse_page(page(*head, BRIDGE_1 + "\n" + credit, "春茶开采", "本报讯 " + TEA_1))
    bridge, tea = parsed.articles
    assert (bridge.kind, bridge.title, bridge.paragraphs, bridge.reporters) == (
        "article",
        "新安大桥建成通车",
        [BRIDGE_1],
        ["李红"],
    )
    assert bridge.photographers == (["周海"] if "周海" in credit else [])
    assert (tea.title, tea.paragraphs) == ("春茶开采", [TEA_1])


def test_a_headline_and_byline_left_with_no_text_over_a_titled_picture_keep_the_byline():
    # a headline printed away from its story: its lines stand as a flagged item, byline and all
    parsed = parse(
        "新安大桥建成通车",
        "记者 李红",
        "夜市灯火",
        "3月5日晚，市民在古城夜市游玩。\n记者 周海 摄",
        "春茶开采",
        "本报讯 " + TEA_1,
    )
    stray, picture, tea = parsed.articles
    assert (stray.paragraphs, stray.reporters, stray.warnings[:1]) == (
        ["新安大桥建成通车"],
        ["李红"],
        ["unknown_layout"],
    )
    assert (picture.kind, picture.title, picture.photographers) == ("photo", "夜市灯火", ["周海"])
    assert tea.title == "春茶开采"


@pytest.mark.parametrize(
    ("credit", "photographers"),
    [
        ("新华社记者 李红摄（传真照片）", ["李红"]),
        ("李红摄（新华社传真照片）", ["李红"]),
        ("（李红 摄）新华社发", ["李红"]),
        ("李红/视觉中国", ["李红"]),
        ("本报资料照片", []),
    ],
)
def test_a_credit_an_agency_or_the_paper_closes_on_the_caption_s_line_credits_the_picture(
    credit, photographers
):
    caption = "图为市民在新安大桥上散步。"
    bridge, photo, tea = parse(
        "新安大桥建成通车",
        "本报讯（记者 张三）" + BRIDGE_1,
        BRIDGE_2,
        caption + credit,
        "春茶开采",
        "本报讯 " + TEA_1,
        sep="\n",
    ).articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [caption], photographers)
    assert (tea.title, tea.paragraphs) == ("春茶开采", [TEA_1])


@pytest.mark.parametrize(
    "picture", [["图为市民在新安大桥上散步。 记者 李红 摄"], ["记者 李红 摄", "市民在新安大桥上散步。"]]
)
@pytest.mark.parametrize("lead", ["本报讯（记者 张三）", ""])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_headline_printed_over_its_story_s_picture_heads_the_story_not_the_picture(picture, lead, sep):
    items = parse(
        "新安大桥建成通车", *picture, lead + BRIDGE_1, BRIDGE_2, "春茶开采", "本报讯 " + TEA_1, sep=sep
    )
    (photo,) = [item for item in items.articles if item.kind == "photo"]
    bridge, tea = [item for item in items.articles if item.kind == "article"]
    assert (photo.title, photo.photographers) == (None, ["李红"])
    assert (bridge.title, bridge.paragraphs) == ("新安大桥建成通车", [BRIDGE_1, BRIDGE_2])
    assert tea.title == "春茶开采"


@pytest.mark.parametrize("credit", ["□周海 摄", " □周海 摄", " □本报记者 周海 摄", " ◆ 周海 摄"])
def test_a_credit_set_off_by_a_bullet_after_its_caption_on_its_line_credits_the_picture(credit):
    """…散步。□周海 摄: the bullet sets the credit off from the caption; no closing signature of
    a story, and no part of the caption."""
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "城东实验小学新校舍启用",
        "本报讯（记者王芳）" + SCHOOL_1,
        "市民在新开通的大桥上散步。" + credit,
    )
    bridge, school, picture = parsed.articles
    assert (picture.kind, picture.paragraphs, picture.photographers) == (
        "photo",
        ["市民在新开通的大桥上散步。"],
        ["周海"],
    )
    assert not picture.authors and school.paragraphs == [SCHOOL_1]
