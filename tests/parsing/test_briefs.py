"""News in brief (archive.parsing.briefs): a label, then bulleted items, each a story of its own; and
notices, each an item signed by its issuer."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from tests.support.pages import BRIDGE_1, BRIDGE_2, TEA_1, TEA_2, only, page, parse, squeeze, titles

ITEM_1 = "近日，青田县举办首届乡村文化节，十二个乡镇的文艺队伍带来了三十余个节目。"
ITEM_2 = "3月10日，县人民医院与省城三家医院签订合作协议，专家每周到县里坐诊两次。"
ITEM_3 = "日前，县交通运输局优化调整城区十二条公交线路，新增站点二十六个。"


@pytest.mark.parametrize("bullet", ["●", "■", "▲", "◆"])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_each_bulleted_item_of_a_brief_block_is_a_story_with_its_own_credits(bullet, sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        BRIDGE_2,
        "简讯",
        bullet + ITEM_1 + "（记者 林一）",
        bullet + ITEM_2 + "（通讯员 潘二）",
        bullet + ITEM_3,
        bullet + TEA_1 + "（记者 林一 通讯员 吴三）",
        sep=sep,
    )
    story, *items = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert [a.paragraphs for a in items] == [[ITEM_1], [ITEM_2], [ITEM_3], [TEA_1]]
    assert all(a.column == "简讯" and a.title is None for a in items)
    assert [(a.reporters, a.correspondents) for a in items] == [
        (["林一"], []),
        ([], ["潘二"]),
        ([], []),
        (["林一"], ["吴三"]),
    ]
    assert "unknown_layout" not in parsed.warnings


@pytest.mark.parametrize("label", ["简明新闻", "新闻摘要", "本市簡訊"])
def test_unsigned_bulleted_items_under_a_label_naming_news_in_brief_are_items_of_it(label):
    parsed = parse(label, "▲" + ITEM_1, "▲" + ITEM_2, "▲" + ITEM_3, sep="\n")
    assert [(a.column, a.paragraphs) for a in parsed.articles] == [
        (label, [ITEM_1]),
        (label, [ITEM_2]),
        (label, [ITEM_3]),
    ]


def test_a_bulleted_title_over_its_text_titles_the_item():
    parsed = parse(
        "本地快讯", "■青田举办乡村文化节", ITEM_1, "■县医院牵手省城名院", ITEM_2 + "（通讯员 潘二）"
    )
    assert [(a.title, a.paragraphs, a.column) for a in parsed.articles] == [
        ("青田举办乡村文化节", [ITEM_1], "本地快讯"),
        ("县医院牵手省城名院", [ITEM_2], "本地快讯"),
    ]
    assert parsed.articles[1].correspondents == ["潘二"]


@pytest.mark.parametrize("space", [" ", "\u3000", "  "])
def test_a_bulleted_items_title_set_off_from_its_text_by_a_space_titles_the_item(space):
    parsed = parse(
        "本地快讯",
        "■青田举办乡村文化节" + space + ITEM_1,
        "■县医院牵手省城名院" + space + ITEM_2 + "（通讯员 潘二）",
    )
    assert [(a.title, a.paragraphs, a.column) for a in parsed.articles] == [
        ("青田举办乡村文化节", [ITEM_1], "本地快讯"),
        ("县医院牵手省城名院", [ITEM_2], "本地快讯"),
    ]
    assert parsed.articles[1].correspondents == ["潘二"]


def test_an_items_first_words_set_off_by_a_space_are_no_title():
    opening = "3月10日 县人民医院与省城三家医院签订合作协议，专家每周到县里坐诊两次。"
    parsed = parse("本地快讯", "■" + opening, "■" + ITEM_3)
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [(None, [opening]), (None, [ITEM_3])]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["本地快讯", "城事速递"])
def test_a_bulleted_title_over_a_lead_in_titles_the_item_the_lead_in_opens(label, sep):
    parsed = parse(
        label,
        "■ 青田举办乡村文化节",
        "本报讯（记者 林一）" + ITEM_1,
        "■ 县医院牵手省城名院",
        "本报讯（记者 王五 通讯员 潘二）" + ITEM_2,
        sep=sep,
    )
    assert [(a.column, a.title, a.dateline, a.paragraphs) for a in parsed.articles] == [
        (label, "青田举办乡村文化节", "本报讯", [ITEM_1]),
        (label, "县医院牵手省城名院", "本报讯", [ITEM_2]),
    ]
    assert (parsed.articles[1].reporters, parsed.articles[1].correspondents) == (["王五"], ["潘二"])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_items_signed_by_a_credit_line_under_their_text_stay_in_the_block(sep):
    parsed = parse(
        "城事速递",
        "◆ 青田举办乡村文化节",
        ITEM_1,
        "记者 林一",
        "◆ 县医院牵手省城名院",
        ITEM_2,
        "通讯员 潘二",
        sep=sep,
    )
    assert [(a.column, a.title, a.paragraphs) for a in parsed.articles] == [
        ("城事速递", "青田举办乡村文化节", [ITEM_1]),
        ("城事速递", "县医院牵手省城名院", [ITEM_2]),
    ]
    assert [a.reporters + a.correspondents for a in parsed.articles] == [["林一"], ["潘二"]]


def test_lead_ins_under_a_brief_label_are_items_of_it():
    parsed = parse("新闻速递", "本报讯（记者 林一）" + ITEM_1, "本报讯（通讯员 潘二）" + ITEM_2)
    assert [(a.column, a.title, a.paragraphs) for a in parsed.articles] == [
        ("新闻速递", None, [ITEM_1]),
        ("新闻速递", None, [ITEM_2]),
    ]


def test_a_headline_over_a_bulleted_list_keeps_the_list_in_its_story():
    parsed = parse("春运出行提示", "●" + ITEM_1, "●" + ITEM_2, "●" + ITEM_3)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].title == "春运出行提示"
    assert len(parsed.articles[0].paragraphs) == 3


def test_a_bulleted_list_inside_a_story_stays_in_it():
    parsed = parse("青山镇春茶开采", "本报讯（记者 王晓明）" + TEA_1, "●" + ITEM_1, "●" + ITEM_2, TEA_2)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs == [TEA_1, "●" + ITEM_1, "●" + ITEM_2, TEA_2]


def test_a_short_item_after_a_closed_story_is_kept():
    parsed = parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1 + "（记者 李红）", "县里新开了书店。")
    assert [a.paragraphs for a in parsed.articles] == [[BRIDGE_1], ["县里新开了书店。"]]


def test_a_headline_with_nothing_under_it_is_kept_and_flagged():
    parsed = parse_page(page("## 新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, "## 古城夜市人气旺"))
    story, orphan = parsed.articles
    assert story.paragraphs == [BRIDGE_1]
    assert orphan.paragraphs == ["古城夜市人气旺"] and "unknown_layout" in orphan.warnings
    assert "unknown_layout" in parsed.warnings


def test_a_bulleted_headline_after_a_bulleted_item_stays_the_next_items_headline():
    parsed = parse(
        "简讯",
        "●" + ITEM_1 + "（记者 林一）",
        "●县交通运输局优化公交线路",
        ITEM_3 + "（通讯员 潘二）",
    )
    first, second = parsed.articles
    assert first.paragraphs == [ITEM_1]
    assert second.title == "县交通运输局优化公交线路"
    assert second.paragraphs == [ITEM_3]


def test_items_opening_with_their_title_in_brackets_are_titled_stories():
    parsed = parse(
        "城事速递",
        "【青田县举办首届乡村文化节】" + ITEM_1 + "（记者 林一）",
        "【县人民医院牵手省城三家医院】" + ITEM_2 + "（通讯员 潘二）",
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
    )
    first, second, story = parsed.articles
    assert [(a.column, a.title, a.paragraphs) for a in (first, second)] == [
        ("城事速递", "青田县举办首届乡村文化节", [ITEM_1]),
        ("城事速递", "县人民医院牵手省城三家医院", [ITEM_2]),
    ]
    assert (first.reporters, second.correspondents) == (["林一"], ["潘二"])
    assert (story.column, story.title, story.paragraphs) == (None, "新安大桥建成通车", [BRIDGE_1])


def test_a_bracketed_subhead_inside_a_story_stays_in_it():
    subhead = "【一线探访：大桥两岸的新变化】" + BRIDGE_2
    art = only(parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, subhead))
    assert art.paragraphs == [BRIDGE_1, subhead]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_one_subhead_opening_on_its_label_in_brackets_stays_a_paragraph_of_its_own(sep):
    art = only(parse("新安大桥建成通车", "本报记者 李红", BRIDGE_1, "【变化】出行方便了", BRIDGE_2, sep=sep))
    assert art.paragraphs == [BRIDGE_1, "【变化】出行方便了", BRIDGE_2]


def test_notices_are_items_of_their_own_signed_by_their_issuer():
    notice = "因管网改造，定于6月1日8时至18时对城东片区暂停供水，请用户提前储水，敬请谅解。"
    lost = "本人于5月10日在城东公园遗失黑色背包一个，有拾到者请与失主联系，必有酬谢。"
    parsed = parse(
        "停水通知",
        notice,
        "清溪市自来水有限公司",
        "2025年5月30日",
        "寻物启事",
        lost,
        "联系电话：0571-1234567",
        "遗失声明",
        "清溪市某某五金有限公司遗失公章一枚，声明作废。",
    )
    assert titles(parsed) == ["停水通知", "寻物启事", "遗失声明"]
    water, found, _ = parsed.articles
    assert squeeze(water.body).endswith("清溪市自来水有限公司2025年5月30日")
    assert squeeze(found.body).endswith("联系电话：0571-1234567")


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "signer", ["清溪市自来水有限公司", "王某某治丧小组", "王晓明", "清溪日报社", "清溪市图书馆"]
)
def test_a_notice_closing_the_page_on_its_date_keeps_its_date_which_is_not_the_issues(signer, sep):
    notice = "因管网改造，定于6月1日8时至18时对城东片区暂停供水，请用户提前储水，敬请谅解。"
    parsed = parse("停水通知", notice, signer, "2025年5月30日", sep=sep)
    art = only(parsed)
    assert art.paragraphs == [notice, signer, "2025年5月30日"]
    assert parsed.date is None


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_notices_fields_each_stand_as_a_paragraph_of_their_own(sep):
    call = "为迎接建市三十周年，本报向社会征集老照片，来稿请注明姓名。"
    fields = [
        "征集时间：即日起至2024年5月31日",
        "活动地点：清溪市图书馆",
        "主办：清溪市文联",
        "联系电话：86123456",
    ]
    parsed = parse("征集启事", call, *fields, "清溪日报社", "2024年3月5日", sep=sep)
    assert only(parsed).paragraphs == [call, *fields, "清溪日报社", "2024年3月5日"]


def test_hard_wrapped_notices_keep_every_character():
    lines = (
        "停水通知",
        "因管网改造，定于6月1日暂停供水，",
        "敬请谅解。",
        "清溪市自来水有限公司",
        "2025年5月30日",
    )
    parsed = parse_page(page(*lines, "新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, sep="\n"))
    printed = squeeze("".join((a.title or "") + a.body for a in parsed.articles))
    assert all(squeeze(line) in printed for line in lines)
    assert titles(parsed) == ["停水通知", "新安大桥建成通车"]


@pytest.mark.parametrize("opening", ["玉环市坎门渔港", "近日，坎门渔港"])
def test_briefs_each_headed_by_its_place_and_a_colon_stay_apart(opening):
    bus = "近日，温岭市新开通三条城乡公交线路，覆盖沿线十二个行政村，方便群众出行。"
    port = opening + "升级改造工程完工，新建码头岸线八百米，可停靠渔船三百余艘。"
    lifts = "今年以来，路桥区已为老旧小区加装电梯四十六台，惠及居民一千余户。"
    parsed = parse(
        "区县快讯",
        "温岭：新增三条公交线路",
        bus,
        "玉环：渔港升级改造完工",
        port,
        "路桥：老旧小区加装电梯",
        lifts,
    )
    assert titles(parsed) == ["温岭：新增三条公交线路", "玉环：渔港升级改造完工", "路桥：老旧小区加装电梯"]
    assert [a.body for a in parsed.articles] == [bus, port, lifts]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["广告", "【广告】", "广  告"])
def test_an_advertisement_under_a_story_is_an_item_of_its_own(label, sep):
    contacts = ["地址：清溪市城东街道万昌路88号", "电话：0571-86123456"]
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
        BRIDGE_2,
        label,
        "金秋特惠 全场五折",
        *contacts,
        sep=sep,
    )
    story, advert = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert squeeze(advert.headline).endswith("金秋特惠全场五折") and advert.paragraphs == contacts


@pytest.mark.parametrize("label", ["广告", "【广告】"])
def test_an_advertisement_at_the_page_s_foot_with_no_text_under_it_is_no_part_of_the_piece_above(label):
    poem = "一夜春雪落，\n满城梨花开。\n推窗疑是梦，\n风送暗香来。"
    parsed = parse("春雪", "□ 李晓", poem, label, "清溪家电 春节特惠 全场八折 电话：0576-88888888")
    piece, advert = parsed.articles
    assert (piece.title, piece.authors, piece.paragraphs) == ("春雪", ["李晓"], [poem])
    assert "清溪家电" in advert.headline + advert.body


@pytest.mark.parametrize("numbers", [("1.", "2."), ("（1）", "（2）"), ("①", "②")])
def test_numbered_items_under_a_label_naming_news_in_brief_are_stories_of_their_own(numbers):
    first, second = numbers
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 周海）" + BRIDGE_1,
        "简讯",
        first + "市图书馆延长开放时间。自6月起，市图书馆每周二至周日开放至晚上9点。（记者 李红）",
        second + "城东菜场改造完成 经过三个月改造，城东菜场于昨日重新开业，新增摊位60个。（通讯员 王芳）",
    )
    bridge, library, market = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (library.column, library.title, library.reporters) == ("简讯", "市图书馆延长开放时间", ["李红"])
    assert library.paragraphs == ["自6月起，市图书馆每周二至周日开放至晚上9点。"]
    assert (market.column, market.title, market.correspondents) == ("简讯", "城东菜场改造完成", ["王芳"])


def test_a_numbered_list_under_a_headline_stays_the_story_s_text():
    art = only(
        parse(
            "清溪推出三项便民措施",
            "本报讯（记者 周海）" + BRIDGE_1,
            "1.延长图书馆开放时间。",
            "2.增开夜间公交线路。",
        )
    )
    assert art.paragraphs == [BRIDGE_1, "1.延长图书馆开放时间。", "2.增开夜间公交线路。"]


def test_a_box_of_book_news_under_a_signed_story_is_a_piece_of_its_own():
    book = "《清溪老街》近日由青山出版社出版，全书二十万字，讲述了清溪三十条老街的历史。"
    parsed = parse("新安大桥建成通车", "记者 李红", BRIDGE_1, BRIDGE_2, "书讯", book)
    story, box = parsed.articles
    assert (story.paragraphs, story.reporters) == ([BRIDGE_1, BRIDGE_2], ["李红"])
    assert (box.column or box.title, box.paragraphs) == ("书讯", [book])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("space", ["\u3000", " ", "  "])
def test_a_briefs_title_run_in_before_its_text_is_its_title(space, sep):
    briefs = [
        ("新安大桥建成通车", "近日，横跨清溪的新安大桥正式通车，两岸居民出行时间大大缩短。", "（记者 李红）"),
        ("春茶开采", "3月5日，青山镇的茶农开始分批上山采摘春茶，加工厂也开足马力。", "（通讯员 王芳）"),
        ("夜市人气旺", "眼下，古城夜市每晚人头攒动，两百多个摊位沿河排开。", ""),
    ]
    parsed = parse(*(title + space + text + credit for title, text, credit in briefs), sep=sep)
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [(t, [x]) for t, x, _ in briefs]
    assert [(a.reporters, a.correspondents) for a in parsed.articles] == [
        (["李红"], []),
        ([], ["王芳"]),
        ([], []),
    ]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_briefs_opening_on_their_titles_in_brackets_with_no_label_over_them_are_titled_stories(sep):
    briefs = [
        ("新安大桥建成通车", "近日，横跨清溪的新安大桥正式通车，两岸居民出行时间大大缩短。"),
        ("青山镇春茶开采", "3月5日，青山镇的茶农开始分批上山采摘春茶，加工厂也开足马力。"),
    ]
    parsed = parse(*(f"【{title}】{text}" for title, text in briefs), sep=sep)
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [(t, [x]) for t, x in briefs]


@pytest.mark.parametrize("dateline", ["本报杭州讯", "新华社杭州电"])
def test_a_dateline_before_a_space_and_the_text_is_no_run_in_title(dateline):
    text = "近日，横跨清溪的新安大桥正式通车，两岸居民出行时间大大缩短。"
    art = only(parse("新安大桥建成通车", dateline + " " + text))
    assert (art.title, art.dateline, art.paragraphs) == ("新安大桥建成通车", dateline, [text])


@pytest.mark.parametrize("numbers", [("一、", "二、"), ("（一）", "（二）")])
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_items_numbered_in_words_under_a_label_of_news_in_brief_are_stories_of_their_own(numbers, sep):
    first, second = parse(
        "简讯", numbers[0] + "新安大桥建成通车", BRIDGE_1, numbers[1] + "春茶开采", TEA_1, sep=sep
    ).articles
    assert (first.column, first.title, first.paragraphs) == ("简讯", "新安大桥建成通车", [BRIDGE_1])
    assert (second.title, second.paragraphs) == ("春茶开采", [TEA_1])
