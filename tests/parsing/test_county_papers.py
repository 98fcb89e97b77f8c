"""Layouts of county and provincial papers: co-writers and sources after the text, one person
credited for text and pictures, readers' letters with a reporter's follow-up, notices signed by
their issuer, bracketed column labels, place kickers and picture groups under one credit."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from archive.parsing.bylines import parse_byline, parse_photo_credit
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    SCHOOL_2,
    TEA_1,
    TEA_2,
    only,
    page,
    parse,
    squeeze,
    titles,
)


def test_co_writers_listed_after_the_text_are_its_reporters():
    parsed = parse(
        "青山镇春茶开采",
        "本报记者 李红",
        TEA_1,
        TEA_2,
        "参与采写：周  海 吴晓燕",
        "评论员文章",
        "新安大桥建成通车",
        "本报评论员",
        BRIDGE_1,
    )
    tea, bridge = parsed.articles
    assert tea.reporters == ["李红", "周海", "吴晓燕"]
    assert bridge.headline == "新安大桥建成通车" and bridge.column == "评论员文章"


@pytest.mark.parametrize("source", ["（据《清溪晚报》）", "（来源：清溪新闻网）", "（摘自《青山日报》）"])
def test_a_source_line_after_the_text_is_neither_text_nor_the_next_kicker(source):
    parsed = parse(
        "新安大桥建成通车", BRIDGE_1, source, "城东实验小学新校舍启用", "本报讯（记者周海）" + SCHOOL_1
    )
    bridge, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert school.headline == "城东实验小学新校舍启用"


def test_a_source_in_brackets_at_the_end_of_the_last_paragraph_is_not_text():
    art = only(parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2 + "（来源：清溪新闻网）"))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_padded_name_run_on_to_the_word_after_it():
    credits = parse_byline("通讯员 徐  婷 记者 吴  涛报道")
    assert credits is not None
    assert (credits.reporters, credits.correspondents) == (["吴涛"], ["徐婷"])


@pytest.mark.parametrize("byline", ["记者 郑  帆 文/摄", "文/图 记者 郑帆", "本报记者 郑帆 图文"])
def test_one_reporter_credited_for_text_and_pictures(byline):
    assert parse_photo_credit(byline) is None
    credits = parse_byline(byline)
    assert credits is not None
    assert (credits.reporters, credits.photographers) == (["郑帆"], ["郑帆"])


def test_a_story_signed_for_text_and_pictures_keeps_its_text_and_gives_its_caption_a_credit():
    parsed = parse("青山镇春茶开采", "记者 郑  帆 文/摄", TEA_1, TEA_2, "图为茶农在茶园里采摘春茶。")
    tea, picture = parsed.articles
    assert tea.paragraphs == [TEA_1, TEA_2] and tea.reporters == ["郑帆"]
    assert picture.kind == "photo" and picture.photographers == ["郑帆"]


@pytest.mark.parametrize("credit", ["周  洋/摄", "周洋／摄"])
def test_a_picture_credit_with_a_slash_before_its_verb(credit):
    parsed = parse("古城夜市", MARKET_1, credit)
    assert parsed.articles[0].kind == "photo" and parsed.articles[0].photographers == ["周洋"]


def test_a_readers_letter_signed_with_a_follow_up_by_the_reporter():
    parsed = parse(
        "读者来信",
        "夜市油烟扰民谁来管？",
        "编辑同志：",
        MARKET_1,
        "□ 读者 陈  伟",
        "记者追踪",
        MARKET_2,
        "（记者 张  敏）",
        "新安大桥建成通车",
        "本报讯（记者周海）" + BRIDGE_1,
    )
    letter, bridge = parsed.articles
    assert letter.title == "夜市油烟扰民谁来管？" and letter.column == "读者来信"
    assert letter.paragraphs[0] == "编辑同志：" and letter.paragraphs[-1] == MARKET_2
    assert (letter.authors, letter.reporters) == (["陈伟"], ["张敏"])
    assert bridge.title == "新安大桥建成通车"


def test_a_bulleted_tip_is_a_label_not_a_signature():
    parsed = parse("新安大桥建成通车", "本报讯（记者周海）" + BRIDGE_1, "▲ 温馨提示", BRIDGE_2)
    assert parsed.articles[0].authors == []


def test_a_bare_name_in_brackets_after_the_last_sentence_signs_the_item():
    art = only(parse("新安大桥建成通车", "本报讯 " + BRIDGE_1, BRIDGE_2 + "（陈颖）"))
    assert art.paragraphs[-1] == BRIDGE_2 and art.authors == ["陈颖"]


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


def test_a_column_label_in_lenticular_brackets():
    art = only(parse("【非遗传承】", "《青山乱弹》唱响省城", "本报讯（记者周海）" + MARKET_1))
    assert (art.column, art.title) == ("非遗传承", "《青山乱弹》唱响省城")


def test_a_place_and_a_dash_over_the_headline_is_its_kicker():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者周海）" + BRIDGE_1,
        "青山——",
        "千年古镇迎来研学热",
        "本报记者 许可",
        TEA_1,
    )
    bridge, tea = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (tea.kicker, tea.title) == ("青山——", "千年古镇迎来研学热")


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


def test_a_salutation_under_a_headline_opens_the_text():
    art = only(parse("城东实验小学新校舍启用", "各位家长：", SCHOOL_1, SCHOOL_2))
    assert art.title == "城东实验小学新校舍启用" and art.paragraphs[0] == "各位家长："
