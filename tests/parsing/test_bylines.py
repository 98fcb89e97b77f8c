"""Datelines, bylines, signatures and closing credits (archive.parsing.bylines), read on small pages:
padded names, lists closed by 等, co-writers after the text, bylines above the headline, readers'
letters and the reporter's follow-up."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from archive.parsing.bylines import (
    parse_byline,
    parse_lead,
    parse_people,
    parse_photo_credit,
    parse_signature,
)
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    BRIDGE_OPENED_1,
    BRIDGE_OPENED_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    TEA_1,
    TEA_2,
    only,
    only_on,
    parse,
    squeeze,
    titles,
    wrap,
)


def people(art):
    return {
        "reporters": art.reporters,
        "correspondents": art.correspondents,
        "photographers": art.photographers,
        "authors": art.authors,
    }


@pytest.mark.parametrize(
    ("lead", "dateline", "expected"),
    [
        (
            "本报讯（记者王晓明 通讯员赵小燕）",
            "本报讯",
            {"reporters": ["王晓明"], "correspondents": ["赵小燕"]},
        ),
        (
            "本报讯(通讯员赵小燕 记者王晓明)",
            "本报讯",
            {"reporters": ["王晓明"], "correspondents": ["赵小燕"]},
        ),
        ("本报讯（记者 王晓明）", "本报讯", {"reporters": ["王晓明"]}),
        (
            "本报讯(记者 王晓明 通讯员 赵小燕)",
            "本报讯",
            {"reporters": ["王晓明"], "correspondents": ["赵小燕"]},
        ),
        ("本报讯（记者王晓明、刘一鸣）", "本报讯", {"reporters": ["王晓明", "刘一鸣"]}),
        ("本报讯（王晓明 刘一鸣）", "本报讯", {"authors": ["王晓明", "刘一鸣"]}),
        ("本报清溪3月5日讯（记者王晓明）", "本报清溪3月5日讯", {"reporters": ["王晓明"]}),
        (
            "本报青山3月5日电(记者王晓明 通讯员赵小燕)",
            "本报青山3月5日电",
            {"reporters": ["王晓明"], "correspondents": ["赵小燕"]},
        ),
        (
            "新华社北京3月5日电（记者王晓明、刘一鸣）",
            "新华社北京3月5日电",
            {"reporters": ["王晓明", "刘一鸣"]},
        ),
        ("【新华社北京3月5日电】", "新华社北京3月5日电", {}),
        ("本报讯（记者 王  敏）", "本报讯", {"reporters": ["王敏"]}),
        ("本报讯（记者阿依古丽·买买提）", "本报讯", {"reporters": ["阿依古丽·买买提"]}),
        (
            "本报北京3月5日电（特派记者 王晓明 刘一鸣）",
            "本报北京3月5日电",
            {"reporters": ["王晓明", "刘一鸣"]},
        ),
        ("本报讯", "本报讯", {}),
        # credits in square brackets after the dateline, opening on the role
        ("本报讯【记者 王晓明】", "本报讯", {"reporters": ["王晓明"]}),
        (
            "本报讯［记者 王晓明 通讯员 赵小燕］",
            "本报讯",
            {"reporters": ["王晓明"], "correspondents": ["赵小燕"]},
        ),
    ],
)
def test_lead_ins(lead, dateline, expected):
    art = only(parse("新安大桥建成通车", lead + BRIDGE_1, BRIDGE_2))
    assert art.dateline == dateline
    want = {"reporters": [], "correspondents": [], "photographers": [], "authors": []} | expected
    assert people(art) == want
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_credits_set_off_by_spaces_after_the_dateline():
    art = only(parse("新安大桥建成通车", "本报讯 记者 王晓明 通讯员 赵小燕 " + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["王晓明"], ["赵小燕"])
    assert art.paragraphs == [BRIDGE_1]
    art = only(parse("新安大桥建成通车", "本报讯 " + BRIDGE_1))
    assert art.reporters == [] and art.paragraphs == [BRIDGE_1]
    art = only(parse("新安大桥建成通车", "本报清溪3月5日电 记者王晓明报道：" + BRIDGE_1))
    assert art.reporters == ["王晓明"] and art.paragraphs == [BRIDGE_1]


def test_a_bracketed_byline_under_the_headline_does_not_close_the_story():
    art = only(parse("新安大桥建成通车", "（记者 王晓明）", BRIDGE_1, BRIDGE_2))
    assert art.reporters == ["王晓明"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_sentence_starting_with_the_paper_is_not_a_dateline():
    assert parse_lead("本报从市电力局获悉，全市用电负荷创新高。") is None
    assert parse_lead("据新华社报道，全国夏粮收购进度过半。") is None
    assert parse_lead("本报消息灵通人士透露，新安大桥昨天正式通车。") is None
    assert parse_lead("本报记者从市教育局了解到，今年秋季将新增学位三千个。") is None
    # another paper's news, told in a sentence rather than set off as a lead-in
    assert parse_lead("据新华网消息，全国夏粮收购进度过半。") is None
    assert parse_lead("晚报讯息平台上线后，读者可随时报料。") is None


def test_a_byline_line_under_the_headline():
    art = only(parse("新安大桥建成通车", "本报记者 王晓明 通讯员 赵小燕", BRIDGE_1, BRIDGE_2))
    assert art.reporters == ["王晓明"] and art.correspondents == ["赵小燕"]
    assert art.dateline is None
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert "no_byline" not in art.warnings


def test_a_closing_credit_names_a_reporter_of_that_story_only():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯" + BRIDGE_1,
        BRIDGE_2,
        "（本报记者 李红 整理）",
        "青山镇春茶开采",
        "本报讯" + TEA_1,
    )
    bridge, tea = parsed.articles
    assert bridge.reporters == ["李红"] and tea.reporters == []
    assert "整理" not in bridge.body


def test_a_closing_credit_run_on_at_the_end_of_the_last_paragraph():
    art = only(parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2 + "(本报记者 李红 整理)"))
    assert art.reporters == ["李红"]
    assert art.paragraphs[-1] == BRIDGE_2


@pytest.mark.parametrize(
    "credit", ["（刘一鸣 吴佳 参与采写）", "刘一鸣 吴佳 参与采写", "本报记者 刘一鸣 吴佳 参与采写"]
)
def test_co_writers_are_reporters_of_the_story(credit):
    art = only(parse("新安大桥建成通车", "本报讯（记者王晓明）" + BRIDGE_1, BRIDGE_2, credit))
    assert art.reporters == ["王晓明", "刘一鸣", "吴佳"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("desk", ["本报评论员", "清溪日报评论员", "新华社评论员", "本报编辑部", "本报调查组"])
def test_an_editorial_signed_by_the_papers_commentator(desk, sep):
    art = only(parse("让每一座桥都通向民心", desk, BRIDGE_1, BRIDGE_2, sep=sep))
    assert art.title == "让每一座桥都通向民心" and art.kicker is None
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("孙立平（青山县城东街道）", "孙立平"),
        ("孙立平（青山中学）", "孙立平"),
        ("青山县委书记 孙立平", "孙立平"),
        ("清溪市委常委、青山县委书记 孙立平", "孙立平"),
        ("市委副秘书长、市委政研室主任 欧阳志远", "欧阳志远"),
        ("文/孙立平", "孙立平"),
        ("□ 孙立平", "孙立平"),
        ("文·孙立平", "孙立平"),
        ("文 孙立平", "孙立平"),
        ("作者：孙立平（单位：青山县委党校）", "孙立平"),
    ],
)
def test_a_signed_piece_names_its_author_and_keeps_the_signature_out_of_the_body(signature, author):
    art = only(parse("让茶叶成为致富的金叶子", signature, TEA_1))
    assert art.authors == [author]
    assert art.paragraphs == [TEA_1]


def test_a_name_in_running_text_is_not_a_signature():
    art = only(
        parse(
            "让茶叶成为致富的金叶子",
            "本报讯（记者李红）" + TEA_1,
            "青山县委书记孙立平表示，茶产业是富民产业。",
        )
    )
    assert art.authors == []


def test_people_are_split_on_spaces_commas_and_enumeration_marks():
    credits = parse_people("记者 王晓明、刘一鸣，吴佳 通讯员 赵小燕,周海").credits
    assert credits.reporters == ["王晓明", "刘一鸣", "吴佳"]
    assert credits.correspondents == ["赵小燕", "周海"]


def test_words_that_are_not_names_are_not_people():
    parsed = parse_people("记者了解到")
    assert parsed.credits.count() == 0 or parsed.bad
    assert parse_people("通讯员培训班开班").bad


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("张三", "张三"),
        ("欧阳明", "欧阳明"),
        ("司马文静", "司马文静"),
        ("王 五", "王五"),
        ("□ 张三", "张三"),
        ("■ 张三", "张三"),
        ("◎张三", "张三"),
        ("文｜张三", "张三"),
        ("作者：张三", "张三"),
    ],
)
def test_a_bare_name_between_a_commentarys_headline_and_its_text_signs_it(signature, author):
    art = only(parse("评论", "让每一座桥都通向民心", signature, BRIDGE_1, BRIDGE_2))
    assert art.title == "让每一座桥都通向民心" and art.kicker is None and art.column == "评论"
    assert art.authors == [author]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("column", [["【评论】"], []])
def test_a_name_under_the_headline_with_no_blank_line_between_signs_the_piece(column):
    head = "\n".join([*column, "减负不能只靠“一刀切”", "张立新"])
    art = only(parse(head, BRIDGE_1, BRIDGE_2))
    assert (art.title, art.authors) == ("减负不能只靠“一刀切”", ["张立新"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(("signature", "author"), [("有鱼", "有鱼"), ("木 子", "木子"), ("寒江雪", "寒江雪")])
def test_a_pen_name_under_a_headline_its_tag_closes_signs_it(signature, author):
    # no surname we know opens 有鱼: under the column's tag nothing of the headline goes on
    head = "\n".join(["减负不能只靠“一刀切”（民生观）", signature])
    art = only(parse(head, BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title, art.authors) == (None, "减负不能只靠“一刀切”（民生观）", [author])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_short_line_under_an_untagged_headline_is_no_pen_name():
    head = "\n".join(["减负不能只靠“一刀切”", "有鱼"])
    art = only(parse(head, BRIDGE_1, BRIDGE_2))
    assert art.authors == []


def test_a_short_line_ending_a_wrapped_paragraph_is_no_signature():
    wrapped = "\n".join(
        ["“以前一条线要二十多个人，现在效率提", "高了三", "倍。”企业负责人说，产品不良率也降了下来。"]
    )
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, wrapped))
    assert art.authors == []
    assert squeeze(art.paragraphs[-1]).startswith("“以前一条线要二十多个人，现在效率提高了三倍。”")


@pytest.mark.parametrize(
    ("closing", "dateline", "expected"),
    [
        ("（本报兰州4月1日电）", "本报兰州4月1日电", {}),
        ("（本报布鲁塞尔电）", "本报布鲁塞尔电", {}),
        ("（新华社北京3月5日电 记者 王五）", "新华社北京3月5日电", {"reporters": ["王五"]}),
    ],
)
def test_a_dateline_printed_at_the_end_of_the_story(closing, dateline, expected):
    parsed = parse(
        "新安大桥建成通车", BRIDGE_1, BRIDGE_2, closing, "清溪茶园春茶开采", "本报讯（记者周海）" + TEA_1
    )
    first, second = parsed.articles
    assert (first.dateline, first.paragraphs) == (dateline, [BRIDGE_1, BRIDGE_2])
    assert {k: v for k, v in people(first).items() if v} == expected
    assert (second.kicker, second.title, second.paragraphs) == (None, "清溪茶园春茶开采", [TEA_1])


@pytest.mark.parametrize("line", ["高温来袭", "周末去哪儿", "和美乡村"])
def test_a_short_headline_that_is_no_name_stays_the_title(line):
    art = only(parse("民生", "让每一座桥都通向民心", line, BRIDGE_1, BRIDGE_2))
    assert art.authors == []
    assert art.title == line


def test_a_bare_name_closing_a_piece_signs_it_and_the_note_on_its_author_ends_it():
    parsed = parse(
        "让每一座桥都通向民心",
        BRIDGE_1,
        BRIDGE_2,
        "张三",
        "（作者单位：青山县委党校）",
        "青山镇春茶开采",
        "本报讯（记者 王晓明）" + TEA_1,
    )
    piece, tea = parsed.articles
    assert piece.authors == ["张三"]
    # printed as the piece's last paragraph, about its author: text, and no one's credit
    assert piece.paragraphs == [BRIDGE_1, BRIDGE_2, "（作者单位：青山县委党校）"]
    assert tea.title == "青山镇春茶开采" and tea.kicker is None and tea.authors == []


@pytest.mark.parametrize(("signature", "authors"), [("欧阳明", ["欧阳明"]), ("陈曦 马力", ["陈曦", "马力"])])
def test_a_bare_name_over_the_next_headline_signs_the_piece_above(signature, authors):
    parsed = parse(
        "让每一座桥都通向民心",
        BRIDGE_1,
        BRIDGE_2,
        signature,
        "青山镇春茶开采",
        "本报讯（记者 王晓明）" + TEA_1,
    )
    piece, tea = parsed.articles
    assert piece.authors == authors
    assert tea.title == "青山镇春茶开采" and tea.kicker is None


def test_the_note_on_the_author_run_on_at_the_end_of_the_text_stays_in_it():
    art = only(parse("让每一座桥都通向民心", "本报评论员", BRIDGE_1, BRIDGE_2 + "（作者系青山县委党校教授）"))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2 + "（作者系青山县委党校教授）"] and art.authors == []


def test_a_note_on_the_author_over_the_next_headline_ends_the_piece_above():
    parsed = parse(
        "让每一座桥都通向民心",
        "作者：张三",
        BRIDGE_1,
        "（作者为青山县委党校教授）",
        "青山镇春茶开采",
        "茶农们趁着晴好天气抢收头茬春茶，茶园里一派繁忙景象。",
    )
    piece, tea = parsed.articles
    assert piece.paragraphs == [BRIDGE_1, "（作者为青山县委党校教授）"] and piece.authors == ["张三"]
    assert tea.title == "青山镇春茶开采" and tea.kicker is None


@pytest.mark.parametrize(
    ("lead", "dateline", "expected"),
    [
        (
            "本报讯（全媒体记者 王小明 通讯员 李华）",
            "本报讯",
            {"reporters": ["王小明"], "correspondents": ["李华"]},
        ),
        (
            "本报讯（首席记者 张伟 见习记者 赵敏 实习生 陈晨）",
            "本报讯",
            {"reporters": ["张伟", "赵敏", "陈晨"]},
        ),
        (
            "本报讯（融媒记者 张伟 特约通讯员 赵敏）",
            "本报讯",
            {"reporters": ["张伟"], "correspondents": ["赵敏"]},
        ),
        ("本报讯（特约记者 张伟）", "本报讯", {"reporters": ["张伟"]}),
        ("本报讯 记者 张三 通讯员 李四 报道 ", "本报讯", {"reporters": ["张三"], "correspondents": ["李四"]}),
        ("据新华社电 ", "据新华社电", {}),
        ("新华社北京3月5日电（记者 王某某）", "新华社北京3月5日电", {"reporters": ["王某某"]}),
        ("中新网杭州1月2日电 (记者 李四)", "中新网杭州1月2日电", {"reporters": ["李四"]}),
        ("浙江在线1月2日讯（记者 王五）", "浙江在线1月2日讯", {"reporters": ["王五"]}),
        (
            "潇湘晨报长沙3月5日讯（记者 王五 通讯员 赵六）",
            "潇湘晨报长沙3月5日讯",
            {"reporters": ["王五"], "correspondents": ["赵六"]},
        ),
        ("本报讯（通讯员 甲乙 记者 丙丁）", "本报讯", {"reporters": ["丙丁"], "correspondents": ["甲乙"]}),
        # another paper's lead-in without a date, set off from the text
        ("新京报讯（记者 吴婷婷）", "新京报讯", {"reporters": ["吴婷婷"]}),
        ("央视网消息（记者 王湛）", "央视网消息", {"reporters": ["王湛"]}),
        ("潇湘晨报讯 ", "潇湘晨报讯", {}),
        (
            "南方日报讯 记者/陈珊 通讯员/李明 ",
            "南方日报讯",
            {"reporters": ["陈珊"], "correspondents": ["李明"]},
        ),
        (
            "中国青年报客户端北京6月1日电（中青报·中青网记者 王湛）",
            "中国青年报客户端北京6月1日电",
            {"reporters": ["王湛"]},
        ),
        ("本报讯（记者 王晓明，刘一鸣）", "本报讯", {"reporters": ["王晓明", "刘一鸣"]}),
        ("本报讯（记者 王晓明  刘一鸣）", "本报讯", {"reporters": ["王晓明", "刘一鸣"]}),
        (
            "本报讯（记者 王 五 通讯员 赵小燕）",
            "本报讯",
            {"reporters": ["王五"], "correspondents": ["赵小燕"]},
        ),
        ("本报消息 ", "本报消息", {}),
        ("【本报消息】", "本报消息", {}),
        ("据新华社报道 ", "据新华社报道", {}),
        ("清溪融媒讯（记者 王五）", "清溪融媒讯", {"reporters": ["王五"]}),
        # a space extraction left inside the dateline
        ("本 报讯（记者 王五）", "本报讯", {"reporters": ["王五"]}),
        ("新华社 北京3月5日电（记者 王五）", "新华社北京3月5日电", {"reporters": ["王五"]}),
        # a paper's short name and its credits set off by spaces, an app of one character's name
        ("南都讯 记者 王五 通讯员 赵六 ", "南都讯", {"reporters": ["王五"], "correspondents": ["赵六"]}),
        ("潮新闻讯 记者 王五 ", "潮新闻讯", {"reporters": ["王五"]}),
        ("清溪新闻客户端 记者 王五 ", "清溪新闻客户端", {"reporters": ["王五"]}),
        (
            "本报讯 记者王五、通讯员赵小燕报道：",
            "本报讯",
            {"reporters": ["王五"], "correspondents": ["赵小燕"]},
        ),
        ("清溪讯（记者 王五）", "清溪讯", {"reporters": ["王五"]}),
        ("（中央社記者王五台北5日電）", "中央社台北5日電", {"reporters": ["王五"]}),
        ("（中央社記者張三豐、王五台北5日電）", "中央社台北5日電", {"reporters": ["張三豐", "王五"]}),
        ("（新华社记者王五 赵小燕）", None, {"reporters": ["王五", "赵小燕"]}),
        ("（人民日报记者 王五）", None, {"reporters": ["王五"]}),
        ("延安讯（本报记者王五）", "延安讯", {"reporters": ["王五"]}),
        # credits alone leading in: an agency's reporter, one posted away, where filed from
        ("新华社记者李红 北京报道 ", None, {"reporters": ["李红"]}),
        ("新华社记者 李红 王芳 北京报道 ", None, {"reporters": ["李红", "王芳"]}),
        ("本报驻京记者李红报道：", None, {"reporters": ["李红"]}),
        ("本报驻沪记者 李红 ", None, {"reporters": ["李红"]}),
        # older pages': yesterday's dispatch, a lead-in in tortoise-shell brackets, and the agency's
        # reporter and dateline unbracketed before the text
        ("本报昨讯 ", "本报昨讯", {}),
        ("〔本报讯〕", "本报讯", {}),
        ("中央社記者王五台北5日電 ", "中央社台北5日電", {"reporters": ["王五"]}),
        # where the reporter filed from, after a slash inside the brackets
        ("〔记者王五／高雄报导〕", None, {"reporters": ["王五"]}),
        ("【記者王五／江門報導】", None, {"reporters": ["王五"]}),
        # a paper and its site named together before the dateline
        ("中青报·中青网北京3月4日电（记者 王五）", "中青报·中青网北京3月4日电", {"reporters": ["王五"]}),
        ("工人日报-中工网讯（记者 王五）", "工人日报-中工网讯", {"reporters": ["王五"]}),
        # the dispatch dated with its year
        ("新华社北京1978年12月23日电 ", "新华社北京1978年12月23日电", {}),
        ("新华社北京一九七八年十二月二十三日电 ", "新华社北京一九七八年十二月二十三日电", {}),
    ],
)
def test_more_lead_ins(lead, dateline, expected):
    art = only(parse("新安大桥建成通车", lead + BRIDGE_1, BRIDGE_2))
    assert art.dateline == dateline
    assert {k: v for k, v in people(art).items() if v} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("记者 刘洋 通讯员 孙丽", {"reporters": ["刘洋"], "correspondents": ["孙丽"]}),
        ("本报记者 张三 本报通讯员 李四", {"reporters": ["张三"], "correspondents": ["李四"]}),
        ("□ 本报记者 周杰", {"reporters": ["周杰"]}),
        # other marks a byline may be set after: a pen, a fisheye, a diamond
        ("✎周杰", {"authors": ["周杰"]}),
        ("◉本报记者 周杰", {"reporters": ["周杰"]}),
        ("❖本报记者 周杰", {"reporters": ["周杰"]}),
        ("人民日报记者 张三", {"reporters": ["张三"]}),
        ("光明日报记者 王五 李华", {"reporters": ["王五", "李华"]}),
        ("通讯员 甲乙 记者 丙丁", {"reporters": ["丙丁"], "correspondents": ["甲乙"]}),
        ("首席记者 张伟 见习记者 赵敏", {"reporters": ["张伟", "赵敏"]}),
        ("本报记者 王 五", {"reporters": ["王五"]}),
        # a paper and its news app credit the reporter together
        ("扬子晚报/紫牛新闻记者 王湛", {"reporters": ["王湛"]}),
        ("钱江晚报·小时新闻记者 王湛", {"reporters": ["王湛"]}),
        ("工人日报-中工网记者 王湛", {"reporters": ["王湛"]}),
        ("新华每日电讯记者 王湛", {"reporters": ["王湛"]}),
        ("楚天都市报极目新闻记者 王湛 通讯员 李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
        ("清溪晚报·清溪壹点记者 王湛", {"reporters": ["王湛"]}),  # the app named as no outlet is
        ("融媒体中心记者 王湛", {"reporters": ["王湛"]}),
        ("清溪+记者 王湛", {"reporters": ["王湛"]}),
        # a paper's short name glued to the role names no one before it
        ("清晚记者 王湛", {"reporters": ["王湛"]}),
        ("采写：清晚记者 王湛 通讯员 李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
        ("文字：王五 摄影：李华", {"authors": ["王五"], "photographers": ["李华"]}),
        # a county station of the provincial paper's network credits its own man
        ("本报记者 王湛 共享联盟·青山 李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
        ("记者/王湛 通讯员/李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
        ("本报综合", {}),
        # the writer's role and a space before the name, no colon
        ("作者 王五", {"authors": ["王五"]}),
        ("撰稿 王五 李华", {"authors": ["王五", "李华"]}),
        ("撰稿人 王五", {"authors": ["王五"]}),
        ("本报特约撰稿人 王五", {"authors": ["王五"]}),
        # a byline of two roles glued to its bullet
        ("●本报记者 王湛 通讯员 李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
        ("□本报记者 王湛 通讯员 李明", {"reporters": ["王湛"], "correspondents": ["李明"]}),
    ],
)
def test_byline_lines_under_the_headline(byline, expected):
    art = only(parse("新安大桥建成通车", byline, BRIDGE_1, BRIDGE_2))
    assert {k: v for k, v in people(art).items() if v} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2] and art.title == "新安大桥建成通车"


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("记者 张三 报道", {"reporters": ["张三"]}),
        ("（本报记者 甲乙 丙丁 整理）", {"reporters": ["甲乙", "丙丁"]}),
        ("(通讯员 孙丽 记者 刘洋)", {"reporters": ["刘洋"], "correspondents": ["孙丽"]}),
        ("（本报综合）", {}),
        ("（完）", {}),
    ],
)
def test_credits_closing_a_story_sign_it_and_the_next_headline_opens_a_story(closing, expected):
    parsed = parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2, closing, "青山镇春茶开采", TEA_1)
    bridge, tea = parsed.articles
    assert {k: v for k, v in people(bridge).items() if v} == expected
    assert tea.title == "青山镇春茶开采" and tea.paragraphs == [TEA_1]
    assert squeeze(bridge.body).startswith(squeeze(BRIDGE_1 + BRIDGE_2))


def test_credits_broken_over_two_printed_lines_keep_every_name():
    lead = "本报讯（记者 陈静 \n通讯员 林一）" + BRIDGE_1[:12] + "\n" + BRIDGE_1[12:]
    art = only(parse("新安大桥建成通车", lead, BRIDGE_2))
    assert art.reporters == ["陈静"] and art.correspondents == ["林一"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_credits_a_column_broke_before_a_role_with_a_blank_line_between_keep_every_name(sep):
    parsed = parse("新安大桥建成通车", "本报讯（记者 陈静", "通讯员 林一）" + BRIDGE_1, BRIDGE_2, sep=sep)
    art = only(parsed)
    assert (art.dateline, art.reporters, art.correspondents) == ("本报讯", ["陈静"], ["林一"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_byline_a_column_broke_after_a_role_names_the_person_under_the_break(sep):
    parsed = parse("新安大桥建成通车", "本报记者 陈静 通讯员", "林一", BRIDGE_1, BRIDGE_2, sep=sep)
    art = only(parsed)
    assert (art.title, art.reporters, art.correspondents) == ("新安大桥建成通车", ["陈静"], ["林一"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_names_run_into_the_next_role_are_told_apart():
    art = only(parse("新安大桥建成通车", "本报讯（记者陈静通讯员林一）" + BRIDGE_1))
    assert art.reporters == ["陈静"] and art.correspondents == ["林一"]


def test_a_closing_credit_on_the_last_line_of_a_wrapped_paragraph_is_kept():
    text = "\n".join([BRIDGE_2[:16], BRIDGE_2[16:32], BRIDGE_2[32:] + "（记者 林一）"])
    parsed = parse("新安大桥建成通车", BRIDGE_1, text, "青山镇春茶开采", "本报讯（记者 王晓明）" + TEA_1)
    bridge, tea = parsed.articles
    assert bridge.reporters == ["林一"] and bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert tea.reporters == ["王晓明"]


def test_a_story_credited_only_at_the_end_of_its_last_paragraph():
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_1,
        BRIDGE_2 + "（记者 张三）",
        "城东实验小学新校舍启用",
        SCHOOL_1,
    )
    bridge = parsed.articles[0]
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and bridge.reporters == ["张三"]
    assert "no_byline" not in bridge.warnings
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用"]


def test_a_commentary_signed_by_the_papers_commentator_has_a_byline():
    art = only(parse("以评促建 久久为功", "本报评论员", TEA_1, TEA_2))
    assert art.title == "以评促建 久久为功" and art.paragraphs == [TEA_1, TEA_2]
    assert art.authors == [] and "no_byline" not in art.warnings


def test_a_commentary_signed_at_its_end_by_the_papers_commentator():
    parsed = parse(
        "以评促建 久久为功", TEA_1, TEA_2, "本报评论员", "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1
    )
    assert titles(parsed) == ["以评促建 久久为功", "新安大桥建成通车"]
    assert "no_byline" not in parsed.articles[0].warnings


def test_a_local_news_team_writes_as_correspondents():
    art = only(parse("新安大桥建成通车", "本报讯（记者 李红 青山县委报道组 王  敏）" + BRIDGE_1))
    assert art.reporters == ["李红"] and art.correspondents == ["王敏"]
    art = only(parse("新安大桥建成通车", "本报记者 李红 青山县委报道组 王敏", BRIDGE_1, BRIDGE_2))
    assert art.reporters == ["李红"] and art.correspondents == ["王敏"]


@pytest.mark.parametrize("unit", ["青山县公安局", "城东街道办事处", "市交通局"])
@pytest.mark.parametrize("bracketed", [True, False])
def test_a_unit_sending_in_its_news_is_credited_as_the_correspondent_it_is_printed_as(unit, bracketed):
    """本报记者 李红 通讯员 青山县公安局: the unit is the correspondent, however long its name; the
    byline stays a byline, not the story's title."""
    if bracketed:
        blocks = [f"本报讯（记者 李红 通讯员 {unit}）" + BRIDGE_1, BRIDGE_2]
    else:
        blocks = [f"本报记者 李红 通讯员 {unit}", BRIDGE_1, BRIDGE_2]
    art = only(parse("新安大桥建成通车", *blocks))
    assert (art.kicker, art.title) == (None, "新安大桥建成通车")
    assert (art.reporters, art.correspondents) == (["李红"], [unit])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_copy_supplied_by_a_news_team_closes_the_story():
    art = only(parse("新安大桥建成通车", "本报讯 " + BRIDGE_1, BRIDGE_2, "（青山县委报道组供稿）"))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_report_in_the_text_is_no_news_team():
    text = "据青山县融媒体中心报道，" + BRIDGE_2
    art = only(parse("新安大桥建成通车", "本报讯（记者 李红）" + BRIDGE_1, text))
    assert art.reporters == ["李红"] and art.correspondents == []
    assert art.paragraphs == [BRIDGE_1, text]


@pytest.mark.parametrize(
    "label", ["记者观察", "记者手记", "记者调查", "记者走基层", "■记者手记", "□ 记者观察"]
)
def test_a_label_built_on_the_reporters_title_is_no_byline(label):
    """Bulleted too (■记者手记), where a bullet sets off a signature's names (□ 陈思远)."""
    art = only(parse(label, "新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert art.column == label.lstrip("■□ ") and art.title == "新安大桥建成通车"
    assert art.reporters == ["李红"]


@pytest.mark.parametrize(
    ("line", "name"), [("记者林立", "林立"), ("本报记者 林立", "林立"), ("记者观海", "观海")]
)
def test_a_byline_glued_to_a_name_still_names_the_reporter(line, name):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert art.reporters == [name]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("王晓明 文 周海 摄", {"authors": ["王晓明"], "photographers": ["周海"]}),
        ("王晓明/文 周海/摄", {"authors": ["王晓明"], "photographers": ["周海"]}),
        ("本报记者 王晓明 文 周海 摄", {"reporters": ["王晓明"], "photographers": ["周海"]}),
        ("王晓明 文 记者 周海 图", {"authors": ["王晓明"], "photographers": ["周海"]}),
        ("文/本报记者 王晓明 图/周海", {"reporters": ["王晓明"], "photographers": ["周海"]}),
        ("文：王晓明 摄影：周海", {"authors": ["王晓明"], "photographers": ["周海"]}),
        # one person for both, the pictures named first or the two words run together
        ("图/文 记者 王晓明", {"reporters": ["王晓明"], "photographers": ["王晓明"]}),
        ("文图/王晓明", {"authors": ["王晓明"], "photographers": ["王晓明"]}),
        ("图·文 王晓明", {"authors": ["王晓明"], "photographers": ["王晓明"]}),
        ("特约撰稿 王晓明", {"authors": ["王晓明"]}),
        # the pictures' supplier after the byline took none of them
        ("记者 王晓明 图片由受访者提供", {"reporters": ["王晓明"]}),
        ("本报记者 王晓明 受访者供图", {"reporters": ["王晓明"]}),
    ],
)
def test_a_credit_for_the_text_and_one_for_the_pictures_is_the_storys_byline(line, expected):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert art.kind == "article"
    assert {role: names for role, names in people(art).items() if names} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("line", ["本报记者 周海 摄影报道", "周海 摄影报道", "记者 周海摄影报道"])
def test_a_picture_report_credits_its_photographer(line):
    assert parse_photo_credit(line).photographers == ["周海"]


@pytest.mark.parametrize(
    ("line", "name"), [("望潮客户端记者 林立", "林立"), ("青山县融媒体中心记者 林立", "林立")]
)
def test_a_reporter_of_a_news_app_or_media_centre(line, name):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert art.reporters == [name]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("line", ["林立/文", "林立／文", "林立 / 文"])
def test_a_writer_credited_with_the_role_after_the_name(line):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert art.authors == ["林立"]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_summary_of_points_under_the_headline_stays_with_its_story():
    points = [
        "● 大桥通车后，两岸村民往来由半小时缩短到五分钟",
        "● 沿线三个村的农产品可以当天运进城区销售",
    ]
    art = only(parse("新安大桥建成通车", "\n".join(points), "□ 本报记者 李红", BRIDGE_1, BRIDGE_2))
    assert art.title == "新安大桥建成通车"
    assert art.reporters == ["李红"]
    assert art.paragraphs == [*points, BRIDGE_1, BRIDGE_2]


def test_a_closing_credit_broken_before_a_role_keeps_every_name():
    art = only(parse("新安大桥建成通车", "本报讯 " + BRIDGE_1, BRIDGE_2 + "（记者 刘  敏\n通讯员 钱  程）"))
    assert (art.reporters, art.correspondents) == (["刘敏"], ["钱程"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "broken",
    [
        [BRIDGE_2 + "（记者 刘敏", "通讯员 钱程）"],
        [BRIDGE_2 + "（记者 刘敏 通讯", "员 钱程）"],
        [BRIDGE_2, "（记者 刘敏", "通讯员 钱程）"],
    ],
)
def test_closing_credits_a_column_broke_with_a_blank_line_between_close_and_credit_the_story(broken):
    parsed = parse("新安大桥建成通车", BRIDGE_1, *broken, "古城夜市人气旺", "本报讯（记者王五）" + MARKET_1)
    bridge, market = parsed.articles
    assert (bridge.reporters, bridge.correspondents) == (["刘敏"], ["钱程"])
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (market.title, market.reporters) == ("古城夜市人气旺", ["王五"])


# ---- credits broken over two printed lines --------------------------------------------------------


def test_a_byline_broken_after_a_role_names_the_person_on_the_next_line():
    art = only(parse("新安大桥建成通车", "扬子晚报/紫牛新闻记者 马燕 通讯员\n宁轨宣", BRIDGE_1, BRIDGE_2))
    assert (art.reporters, art.correspondents) == (["马燕"], ["宁轨宣"])
    assert (art.title, art.column, art.paragraphs) == ("新安大桥建成通车", None, [BRIDGE_1, BRIDGE_2])


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        ("本报记者\n\n李红", {"reporters": ["李红"]}),
        ("记者\n\n李红", {"reporters": ["李红"]}),
        ("文/\n李红", {"authors": ["李红"]}),
        ("文/\n\n李红", {"authors": ["李红"]}),
        ("本报讯（记者\n\n李红）" + BRIDGE_1, {"reporters": ["李红"]}),
    ],
)
def test_a_credit_broken_after_its_role_a_blank_line_between_names_the_person_below(broken, expected):
    lines = [broken] if broken.endswith(BRIDGE_1) else [broken, BRIDGE_1]
    art = only(parse("新安大桥建成通车", *lines, BRIDGE_2, sep="\n"))
    assert (art.title, art.paragraphs) == ("新安大桥建成通车", [BRIDGE_1, BRIDGE_2])
    assert {k: v for k, v in people(art).items() if v} == expected


def test_a_byline_broken_inside_a_padded_name_is_no_part_of_the_headline():
    head = "战高温 保运行\n环卫工人凌晨四点上岗\n文/记者 许  诺 图/记者 黄  \n河"
    art = only(parse(head, BRIDGE_1, BRIDGE_2, sep="\n"))
    assert (art.kicker, art.title) == ("战高温 保运行", "环卫工人凌晨四点上岗")
    assert (art.reporters, art.photographers) == (["许诺"], ["黄河"])
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_picture_credit_broken_inside_the_name():
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "图为市民在新安大桥上散步。 记者 周\n学军 摄"
    )
    story, photo = parsed.articles
    assert story.paragraphs == [BRIDGE_1]
    assert (photo.kind, photo.photographers, photo.paragraphs) == (
        "photo",
        ["周学军"],
        ["图为市民在新安大桥上散步。"],
    )


@pytest.mark.parametrize(
    ("lead", "dateline", "reporters", "correspondents"),
    [
        ("南方日报讯 记者/陈珊 通讯员/李明", "南方日报讯", ["陈珊"], ["李明"]),
        # a name padded to the width of three, last on the row
        ("本报讯 记者 王 婷", "本报讯", ["王婷"], []),
        ("本报讯 通讯员 王 婷 记者 李 红", "本报讯", ["李红"], ["王婷"]),
    ],
)
def test_credits_after_a_lead_in_broken_before_the_text(lead, dateline, reporters, correspondents):
    art = only(parse("新安大桥建成通车", lead + "\n" + BRIDGE_1, BRIDGE_2))
    assert (art.dateline, art.reporters, art.correspondents) == (dateline, reporters, correspondents)
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_name_after_a_role_word_in_running_text_is_left_alone():
    text = "大桥通车当天，两岸群众自发前来观看，前来采访的本报记者\n王五也参与了体验。"
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, text))
    assert art.reporters == ["李红"]
    assert art.paragraphs == [
        BRIDGE_1,
        "大桥通车当天，两岸群众自发前来观看，前来采访的本报记者王五也参与了体验。",
    ]


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


def test_a_padded_name_run_on_to_its_role_in_a_lead_in():
    art = only(parse("新安大桥建成通车", "本报北京3月5日电  （记者罗  珊）" + BRIDGE_1))
    assert art.dateline == "本报北京3月5日电" and art.reporters == ["罗珊"]


def test_a_padded_name_ending_on_a_role_word_is_still_a_name():
    art = only(parse("新安大桥建成通车", "本报讯（记者 郑  杰 通讯员 包  文）" + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["郑杰"], ["包文"])


def test_padded_names_in_credits_set_off_by_spaces():
    art = only(parse("新安大桥建成通车", "本报讯 记者 王  宁 通讯员 钱  进 " + BRIDGE_1))
    assert (art.reporters, art.correspondents) == (["王宁"], ["钱进"])
    assert art.paragraphs == [BRIDGE_1]


def test_a_reporter_credited_for_the_pictures_is_their_photographer():
    credits = parse_byline("文/记者 许诺 图/记者 黄河")
    assert credits is not None
    assert (credits.reporters, credits.photographers) == (["许诺"], ["黄河"])


def test_a_byline_under_an_editors_note_signs_the_story_below_it():
    note = "编者按：共富工坊把车间搬到村民家门口。即日起，本报推出系列报道，敬请关注。"
    art = only(parse("青山镇春茶开采 茶农喜迎丰收", note, "□记者 王晓明", TEA_1, TEA_2))
    assert art.reporters == ["王晓明"]
    assert art.paragraphs == [note, TEA_1, TEA_2]


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


@pytest.mark.parametrize("byline", ["文·图/郑帆", "文、图/郑帆", "图·文/郑帆", "文/图 郑帆"])
def test_the_text_and_the_pictures_credited_together_whatever_joins_them(byline):
    credits = parse_byline(byline)
    assert credits is not None
    assert (credits.authors, credits.photographers) == (["郑帆"], ["郑帆"])


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


@pytest.mark.parametrize(
    "signature",
    [
        "城西街道居民 王先生",
        "光明村村民 李大爷",
        "青山县读者 周  海",
        "城西街道 读者 王建国",
        "青山县 市民 周海",
    ],
)
def test_a_letter_signed_with_the_writers_place_and_standing_is_signed_not_the_next_kicker(signature):
    parsed = parse(
        "夜市油烟扰民谁来管？",
        "编辑同志：" + MARKET_1,
        signature,
        "新安大桥建成通车",
        "本报讯（记者周海）" + BRIDGE_1,
    )
    letter, bridge = parsed.articles
    assert letter.paragraphs == ["编辑同志：" + MARKET_1] and len(letter.authors) == 1
    assert (bridge.kicker, bridge.title) == (None, "新安大桥建成通车")


def test_a_bare_name_in_brackets_after_the_last_sentence_signs_the_item():
    art = only(parse("新安大桥建成通车", "本报讯 " + BRIDGE_1, BRIDGE_2 + "（陈颖）"))
    assert art.paragraphs[-1] == BRIDGE_2 and art.authors == ["陈颖"]


@pytest.mark.parametrize("signature", ["（青山县人民医院急诊科主任 陈颖）", "（青山县中医院主任医师 陈颖）"])
@pytest.mark.parametrize("own_line", [True, False])
def test_a_post_and_a_name_in_brackets_after_the_last_sentence_sign_the_piece(signature, own_line):
    """…及时送医。（青山县人民医院急诊科主任 陈颖）: the expert giving the advice signs it; the
    headline and text under the signature are another piece."""
    tail = [BRIDGE_2, signature] if own_line else [BRIDGE_2 + signature]
    parsed = parse("新安大桥建成通车", BRIDGE_1, *tail, "古城夜市人气旺", MARKET_1)
    advice, market = parsed.articles
    assert (advice.paragraphs, advice.authors) == ([BRIDGE_1, BRIDGE_2], ["陈颖"])
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [MARKET_1])


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


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("研究员 周珊珊", "周珊珊"),  # a bare post
        ("县长 王 五", "王五"),  # a two-character name set to the width of three
        ("河南省郑州市 郭 桉", "郭桉"),  # a reader's letter, signed with the writer's place
        ("周晓梅 文", "周晓梅"),  # the writer, the text's credit after the name
        ("撰文 周晓梅", "周晓梅"),
        ("周晓梅（青山县作协会员）", "周晓梅"),  # who the writer is, in brackets after the name
    ],
)
def test_a_signature_under_the_headline_signs_the_piece(signature, author):
    art = only(parse("让每一座桥都通向民心", signature, BRIDGE_1, BRIDGE_2))
    assert art.title == "让每一座桥都通向民心" and art.authors == [author]
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_place_and_a_word_are_not_a_signature():
    art = only(parse("西湖区 发展", BRIDGE_1))
    assert art.authors == []


def test_a_piece_signed_under_its_headline_with_the_texts_credit_is_no_part_of_the_story_above():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "让每一座桥都通向民心",
        "周晓梅 文",
        MARKET_1,
        MARKET_2,
    )
    bridge, essay = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (essay.title, essay.authors, essay.paragraphs) == (
        "让每一座桥都通向民心",
        ["周晓梅"],
        [MARKET_1, MARKET_2],
    )


@pytest.mark.parametrize("sep", ["", "\n"])
def test_a_writers_name_after_the_column_tag_of_a_headline_signs_it(sep):
    parsed = parse(
        "细节冷暖最可感（暖闻热评）" + sep + "华璐月",
        "【关键词】高铁小碗菜",
        "【事件】" + TEA_1,
        "【点评】",
        TEA_2,
    )
    art = only(parsed)
    assert art.title == "细节冷暖最可感（暖闻热评）"
    assert art.authors == ["华璐月"] and art.kicker is None
    assert art.paragraphs[0] == "【关键词】高铁小碗菜"


@pytest.mark.parametrize(
    "note",
    ["（作者分别为青山县委党校教授、副教授）", "（作者为纪录片《清溪》（第一部）解说员）"],
)
def test_a_note_on_the_authors_or_with_brackets_of_its_own_ends_the_piece_above(note):
    parsed = parse("让每一座桥都通向民心", "作者：张三、李四", BRIDGE_1, note, "青山镇春茶开采", TEA_1)
    piece, tea = parsed.articles
    assert piece.paragraphs == [BRIDGE_1, note] and piece.authors == ["张三", "李四"]
    assert (tea.kicker, tea.title, tea.paragraphs) == (None, "青山镇春茶开采", [TEA_1])


def test_a_note_on_the_author_filling_a_wrapped_line_ends_the_piece_over_the_next_headline():
    note = "（作者为青山县委党校教授）"
    width = len(note)  # the note fills a printed line, as a wrapped row of text does
    page = "\n".join(
        [
            "让每一座桥都通向民心",
            "张三",
            wrap(BRIDGE_1 + BRIDGE_2, width),
            note,
            "青山镇春茶开采",
            wrap("本报讯（记者 王晓明）" + TEA_1, width),
        ]
    )
    piece, tea = parse_page(page).articles
    assert piece.authors == ["张三"] and piece.paragraphs[-1] == note
    assert tea.title == "青山镇春茶开采" and tea.reporters == ["王晓明"]


def test_a_name_under_a_headline_closed_by_its_column_tag_signs_a_page_set_to_one_width():
    title = "让每一座桥都通向民心（清溪时评）"
    page = "\n".join([title, "华璐月", wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2, len(title)), ""])
    art = only_on(page)
    assert (art.title, art.subtitle, art.authors) == (title, None, ["华璐月"])
    assert squeeze(art.body) == squeeze(BRIDGE_1 + BRIDGE_2)


@pytest.mark.parametrize(
    "over", [["让每一座桥都通向民心"], ["让每一座桥都通向民心", "——写在新安大桥通车之际"]]
)
def test_one_name_over_a_paragraph_set_in_signs_a_page_set_to_one_width(over):
    # a paragraph's last row would end its sentence; a name over the next paragraph's first row
    # set in signs the headline above
    piece = wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2, len(over[0]))  # the headline fills a row
    page = "\n".join([*over, "华璐月", piece, ""])
    art = only_on(page)
    assert (art.title, art.authors) == (over[0], ["华璐月"])
    assert squeeze(art.body) == squeeze(BRIDGE_1 + BRIDGE_2)


def test_a_name_under_a_headline_with_a_comma_closed_by_its_column_tag_signs_a_new_piece():
    parsed = parse("新安大桥建成通车", BRIDGE_1, "好人有好报，好事有人学（清溪随笔）\n华璐月", TEA_1, TEA_2)
    bridge, essay = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert (essay.title, essay.authors, essay.paragraphs) == (
        "好人有好报，好事有人学（清溪随笔）",
        ["华璐月"],
        [TEA_1, TEA_2],
    )


@pytest.mark.parametrize("name", ["阿尔达克", "热依拉木"])
def test_a_four_character_name_glued_to_its_role_in_a_lead_ins_brackets_is_the_reporter(name):
    art = only(parse("新安大桥建成通车", f"本报清溪7月14日电（记者{name}）{BRIDGE_1}", BRIDGE_2))
    assert art.reporters == [name] and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("signers", ["罗茜尹 司志文", "施芳、杨晓慧"])
def test_two_names_under_a_headline_sign_the_piece(signers):
    art = only(parse("新安大桥" + "\n" + signers, BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title, art.subtitle) == (None, "新安大桥", None)
    assert sorted(art.authors) == sorted(signers.replace("、", " ").split())


@pytest.mark.parametrize(
    ("headline", "signers", "names"),
    [
        ("新安大桥 连起两岸（民生观察）", "周 海 李晓明", ["周海", "李晓明"]),
        ("新安大桥连起两岸", "王 五 张 明 李红梅", ["王五", "张明", "李红梅"]),
    ],
)
def test_names_padded_to_the_width_of_three_under_a_headline_sign_the_piece(headline, signers, names):
    art = only(parse(headline + "\n" + signers, BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title, art.subtitle, art.authors) == (None, headline, None, names)


@pytest.mark.parametrize("signers", ["周海、李晓明", "周海 李晓明"])
def test_names_under_a_headline_on_an_indented_page_wrapped_to_one_width_sign_it(signers):
    market = wrap("\u3000\u3000本报讯（记者 王明）" + MARKET_1 + MARKET_2)
    bridge = wrap("\u3000\u3000" + BRIDGE_1 + BRIDGE_2)
    text = "\n".join(["古城夜市人气旺", market, "新安大桥连起两岸", signers, bridge]) + "\n"
    first, second = parse_page(text).articles
    assert (first.title, first.reporters) == ("古城夜市人气旺", ["王明"])
    assert (second.title, second.authors) == ("新安大桥连起两岸", ["周海", "李晓明"])


@pytest.mark.parametrize(
    ("signature", "names"),
    [
        ("特约评论员 王珂 张  玲 宋佳航", ["王珂", "张玲", "宋佳航"]),
        ("区委副书记、区长 施芳、杨晓慧", ["施芳", "杨晓慧"]),
    ],
)
def test_one_post_over_several_writers_signs_the_piece(signature, names):
    art = only(parse("让每一座桥都通向民心", signature, BRIDGE_1, BRIDGE_2))
    assert (art.kicker, art.title, art.subtitle) == (None, "让每一座桥都通向民心", None)
    assert art.authors == names


def test_signed_pieces_wrapped_to_a_narrow_column_their_signatures_broken_after_the_post_stay_apart():
    first = wrap(BRIDGE_1 + BRIDGE_2, 14)
    second = wrap(MARKET_1 + MARKET_2, 14)
    text = "\n".join(
        [
            "让每一座桥都通向民心",
            "青山县委书记 孙立平",
            first,
            "让古城夜市",
            "更有烟火气",
            "清溪市委常委、城南区委书记",
            "周海",
            second,
        ]
    )
    bridge, market = parse_page(text + "\n").articles
    assert (bridge.title, bridge.authors) == ("让每一座桥都通向民心", ["孙立平"])
    assert squeeze(bridge.body) == BRIDGE_1 + BRIDGE_2
    assert (market.authors, squeeze(market.body)) == (["周海"], MARKET_1 + MARKET_2)
    assert squeeze(market.headline) == "让古城夜市更有烟火气"


def test_a_row_of_text_listing_people_by_what_they_are_is_no_byline():
    assert parse_byline("彭清林、媒体记者代表、志愿者") is None
    lister = "现场交流环节，“最美妈妈”吴菊萍、“最美小哥”彭清林、媒体记者代表、志愿者代表等先后发言。"
    text = "\n".join(["“最美”品牌十周年研讨会举行", "本报记者 徐雪", wrap(lister, 14), wrap(BRIDGE_2, 14)])
    art = only(parse_page(text + "\n"))
    assert (art.reporters, art.authors) == (["徐雪"], [])
    assert squeeze(art.body) == squeeze(lister + BRIDGE_2)


def test_a_signature_a_narrow_column_broke_inside_the_name_names_the_whole_writer():
    text = "\n".join(["让每一座桥都通向民心", "青山县委书记 孙立", "平", wrap(BRIDGE_1 + BRIDGE_2, 14)])
    art = only(parse_page(text + "\n"))
    assert (art.title, art.authors) == ("让每一座桥都通向民心", ["孙立平"])
    assert squeeze(art.body) == BRIDGE_1 + BRIDGE_2


def test_a_post_over_words_that_are_no_names_signs_nothing():
    assert parse_signature("市委书记 推进改革 发展经济") is None


def test_a_padded_name_ending_in_wen_before_the_closing_word_is_a_name():
    art = only(parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2 + "（本报记者  李红 付  文 整理）"))
    assert art.reporters == ["李红", "付文"] and art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_credits_set_off_by_spaces_in_a_wrapped_lead_in_end_before_the_reporter_starts_a_sentence():
    lines = [
        "清溪河湖治理方案印发",
        "\u3000\u3000本报清溪7月14日电 记者田先进 记者从清溪",
        "市水利局获悉：《清溪市幸福河湖建设方案（",
        "2025—2030年）》近日正式印发。",
        "\u3000\u3000方案要求，到2030年，全市建成幸福河湖",
        "三十条，河湖面貌持续改善。",
    ]
    art = only(parse_page("\n".join(lines)))
    assert (art.dateline, art.reporters) == ("本报清溪7月14日电", ["田先进"])
    assert (
        art.paragraphs[0] == "记者从清溪市水利局获悉：《清溪市幸福河湖建设方案（2025—2030年）》近日正式印发。"
    )


def test_three_writers_listed_under_a_headline_closed_by_its_tag_sign_it():
    art = only(
        parse_page(
            "\n".join(
                ["城南老街焕新颜（新视窗·城市更新）", "许诺、甘棠、周海", BRIDGE_OPENED_1, BRIDGE_OPENED_2]
            )
        )
    )
    assert (art.title, art.authors) == ("城南老街焕新颜（新视窗·城市更新）", ["许诺", "甘棠", "周海"])
    assert art.paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


def test_a_four_character_name_glued_to_its_role_in_credits_set_off_by_spaces_is_read_whole():
    art = only(
        parse_page(
            "清溪治沙有了新进展\n\n本报清溪7月14日电 记者阿尔达克 记者从近日召开的治沙推进会上获悉：今年以来，全市完成治沙三万亩。\n"
        )
    )
    assert (art.dateline, art.reporters) == ("本报清溪7月14日电", ["阿尔达克"])
    assert art.paragraphs == ["记者从近日召开的治沙推进会上获悉：今年以来，全市完成治沙三万亩。"]


def test_two_writers_apart_by_a_space_under_a_headline_sign_it_on_a_page_wrapped_to_one_width():
    def column(text: str) -> list[str]:
        return [text[k : k + 18] for k in range(0, len(text), 18)]

    story = [
        "大桥昨天通车。两岸居民很高兴。出行时间大大缩短。不少市民赶来参观。有人带着孩子合影。",
        "大桥全长六百八十米。双向四车道。桥面设有人行道。桥下建起了公园。晚上亮起了景观灯。",
    ]
    brocade = "每个中国人都在锦绣河山、繁花似锦的语境里懂得了锦的华美。清溪的织锦已有千年历史。"
    lines = [
        "新安大桥建成通车",
        *(row for para in story for row in column("\u3000\u3000" + para)),
        "花团锦簇五千年",
        "罗茜尹 司志文",
        *column("\u3000\u3000" + brocade),
    ]
    first, second = parse_page("\n".join(lines)).articles
    assert (second.title, second.authors) == ("花团锦簇五千年", ["罗茜尹", "司志文"])
    assert second.paragraphs == [brocade] and first.paragraphs == story


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("本报记者 王晓明 报道 ", {"reporters": ["王晓明"]}),
        ("记者 王晓明 刘一鸣 报道：", {"reporters": ["王晓明", "刘一鸣"]}),
        ("本报通讯员 赵小燕 本报记者 王晓明 ", {"reporters": ["王晓明"], "correspondents": ["赵小燕"]}),
        ("本报记者  王  敏 ", {"reporters": ["王敏"]}),
    ],
)
def test_credits_alone_set_off_by_spaces_where_a_dateline_would_stand_lead_into_the_text(lead, expected):
    art = only(parse("新安大桥建成通车", lead + BRIDGE_1, BRIDGE_2))
    assert art.dateline is None
    want = {"reporters": [], "correspondents": [], "photographers": [], "authors": []} | expected
    assert people(art) == want
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    "line",
    [
        "记者 王晓明 问：大桥通车后，两岸居民出行会方便多少？",  # an interview's turn
        "记者 王晓明 摄 市民在新安大桥上散步。",  # a picture's credit before its caption
        "记者 王晓明 刘一鸣",  # a byline line
        "本报记者 王晓明",
    ],
)
def test_credits_without_the_papers_word_or_a_report_and_a_sentence_after_them_are_no_lead_in(line):
    lead = parse_lead(line)
    assert lead is None or lead.dateline is not None


@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("本报评论员", {}),
        ("本报记者 王晓明", {"reporters": ["王晓明"]}),
        ("□ 王晓明", {"authors": ["王晓明"]}),
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_credit_over_the_first_headline_of_a_page_opens_its_story(credit, expected, sep):
    art = only(parse(credit, "新安大桥建成通车", BRIDGE_1, BRIDGE_2, sep=sep))
    assert art.title == "新安大桥建成通车"
    want = {"reporters": [], "correspondents": [], "photographers": [], "authors": []} | expected
    assert people(art) == want
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("本报记者 王晓明 北京报道", ["王晓明"]),
        ("本报记者 王晓明 刘一鸣 杭州报道", ["王晓明", "刘一鸣"]),
        ("记者王晓明／台北报导", ["王晓明"]),
        ("本报驻美国记者 王晓明 华盛顿报道", ["王晓明"]),
        # a second name glued to 报道 is a name all the same
        ("本报记者 王晓明 刘一鸣报道", ["王晓明", "刘一鸣"]),
    ],
)
def test_the_place_a_reporter_filed_from_is_no_name(byline, reporters):
    assert parse_byline(byline).reporters == reporters


def test_a_byline_in_tortoise_shell_brackets_leads_into_the_text():
    art = only(parse("新安大桥建成通车", "〔记者王晓明／清溪报导〕" + BRIDGE_1, BRIDGE_2))
    assert (art.reporters, art.paragraphs) == (["王晓明"], [BRIDGE_1, BRIDGE_2])


@pytest.mark.parametrize("line", ["携手共绘", "同心共绘新图景", "笔墨绘"])
def test_a_phrase_ending_on_draw_is_no_artists_credit(line):
    assert parse_photo_credit(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("口述：王建国 整理：李红", {"authors": ["王建国", "李红"]}),
        ("王建国 口述 李红 整理", {"authors": ["王建国", "李红"]}),
        ("口述 王建国 整理 本报记者 李红", {"reporters": ["李红"], "authors": ["王建国"]}),
    ],
)
def test_a_first_hand_account_credits_its_teller_and_its_writer(line, expected):
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert art.title == "新安大桥建成通车" and art.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert {role: names for role, names in people(art).items() if names} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("首席记者 李红 视频 周海", {"reporters": ["李红"], "photographers": ["周海"]}),
        ("记者 李红 摄像 周海 王明", {"reporters": ["李红"], "photographers": ["周海", "王明"]}),
        ("记者 李红 制图 周海", {"reporters": ["李红"], "photographers": ["周海"]}),
        ("文/李红 海报/周海", {"authors": ["李红"], "photographers": ["周海"]}),
        ("记者 李红 通讯员 王明 视频剪辑 周海", {"reporters": ["李红"], "correspondents": ["王明"]}),
        ("本报记者 李红 设计 周海", {"reporters": ["李红"]}),
        ("新京报记者 李红 编辑 周海 校对 王明", {"reporters": ["李红"]}),
        ("记者 李红 通讯员 王明 责编 周海", {"reporters": ["李红"], "correspondents": ["王明"]}),
    ],
)
def test_a_news_apps_credits_for_video_and_graphics_name_no_role_word(line, expected):
    """视频, 摄像 and 制图 credit who made the story's video and graphics, as a picture's credit does;
    the desk's editing and design credit no one with the story. None of the words is a person."""
    art = only(parse("新安大桥建成通车", line, BRIDGE_1, BRIDGE_2))
    assert {role: names for role, names in people(art).items() if names} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("dateline", "credits", "expected"),
    [
        ("本报讯", "（记者 李红）", {"reporters": ["李红"]}),
        ("新华社北京3月5日电", "（记者 李红）", {"reporters": ["李红"]}),
        ("本报讯", "记者 李红 通讯员 张强 ", {"reporters": ["李红"], "correspondents": ["张强"]}),
    ],
)
def test_a_dateline_alone_on_its_row_over_the_credits_opening_the_text(dateline, credits, expected, sep):
    art = only(parse("新安大桥建成通车", dateline, credits + BRIDGE_1, BRIDGE_2, sep=sep))
    assert art.dateline == dateline
    assert {role: names for role, names in people(art).items() if names} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("新安大桥建成通车 本报记者 李红", {"reporters": ["李红"]}),
        ("新安大桥建成通车\u3000记者 李红 通讯员 张强", {"reporters": ["李红"], "correspondents": ["张强"]}),
        ("新安大桥建成通车（记者 李红）", {"reporters": ["李红"]}),
        ("新安大桥建成通车 □李红", {"authors": ["李红"]}),
        ("新安大桥建成通车 文/李红", {"authors": ["李红"]}),
        # a short headline of four characters, which the byline grammar alone would take for a name
        ("大桥通车 本报记者 李红", {"reporters": ["李红"]}),
    ],
)
def test_a_headline_and_its_byline_extracted_as_one_line_come_apart(line, expected, sep):
    art = only(parse(line, BRIDGE_1, BRIDGE_2, sep=sep))
    assert (art.kicker, art.title) == (None, line.split()[0].split("（")[0])
    assert {role: names for role, names in people(art).items() if names} == expected
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_headline_naming_reporters_stays_whole():
    art = only(parse("一线记者 眼中的两会", BRIDGE_1, BRIDGE_2))
    assert art.title == "一线记者 眼中的两会" and not art.reporters


@pytest.mark.parametrize("picture_credit", ["图/通讯员 徐平", "图/实习生 徐平", "圖/通訊員 徐平"])
def test_whoever_the_pictures_are_credited_to_after_a_slash_made_them(picture_credit):
    credits = parse_byline("文/本报记者 吴晓 " + picture_credit)
    assert credits is not None
    assert (credits.reporters, credits.photographers, credits.correspondents) == (["吴晓"], ["徐平"], [])


@pytest.mark.parametrize(
    "byline", ["本报记者 吴晓 发自北京", "本报特派记者 吴晓 发自巴黎", "記者 吳曉 發自台北"]
)
def test_where_the_reporter_filed_from_names_no_one(byline):
    credits = parse_byline(byline)
    assert credits is not None
    assert len(credits.reporters) == 1 and not (credits.authors or credits.correspondents)


def test_roles_set_off_from_their_names_by_a_middle_dot():
    art = only(parse("新安大桥建成通车", "文·吴晓 图·徐平", BRIDGE_1))
    assert (art.authors, art.photographers, art.paragraphs) == (["吴晓"], ["徐平"], [BRIDGE_1])


@pytest.mark.parametrize("credit", ["（记者 周海）", "(记者 周海 通讯员 李红)"])
def test_credits_in_brackets_under_a_headline_set_apart_are_its_byline_not_the_story_above_s(credit):
    tea, bridge = parse(TEA_1 + TEA_2, "新安大桥建成通车", credit + "\n" + BRIDGE_1).articles
    assert not (tea.reporters or tea.correspondents) and tea.paragraphs == [TEA_1 + TEA_2]
    assert (bridge.title, bridge.reporters, bridge.paragraphs) == ("新安大桥建成通车", ["周海"], [BRIDGE_1])


def test_credits_in_brackets_under_a_story_s_text_close_it():
    tea, bridge = parse("青山春茶开采", TEA_1 + "\n（记者 周海）", "新安大桥建成通车", BRIDGE_1).articles
    assert (tea.reporters, bridge.reporters) == (["周海"], [])


@pytest.mark.parametrize("lead", ["本报讯〔记者 周海〕", "本报讯 ■记者 周海 ", "本报讯 □记者 周海 "])
def test_a_lead_in_s_credits_in_tortoise_shell_brackets_or_after_a_bullet(lead):
    art = only(parse("新安大桥建成通车", lead + BRIDGE_1))
    assert (art.dateline, art.reporters, art.paragraphs) == ("本报讯", ["周海"], [BRIDGE_1])


@pytest.mark.parametrize("signature, author", [("——周海", "周海"), ("—— 读者 陈伟", "陈伟")])
def test_a_name_after_a_dash_under_the_text_s_last_sentence_signs_it(signature, author):
    letter, bridge = parse(
        "夜市油烟扰民谁来管？",
        MARKET_1 + "\n" + signature,
        "新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1,
    ).articles
    assert (letter.authors, letter.paragraphs) == ([author], [MARKET_1])
    assert bridge.reporters == ["李红"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_saying_s_author_after_a_dash_with_text_going_on_signs_nothing_and_ends_its_paragraph(sep):
    art = only(parse("新安大桥建成通车", "“桥通了，心也近了。”", "——周海", BRIDGE_1, sep=sep))
    assert not art.authors
    assert art.paragraphs == ["“桥通了，心也近了。”", "——周海", BRIDGE_1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_byline_in_tortoise_shell_brackets_under_the_headline_credits_the_story(sep):
    art = only(parse("新安大桥建成通车", "〔本报记者 李红〕", BRIDGE_1, BRIDGE_2, sep=sep))
    assert (art.kicker, art.title, art.reporters, art.paragraphs) == (
        None,
        "新安大桥建成通车",
        ["李红"],
        [BRIDGE_1, BRIDGE_2],
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_reporters_credit_after_a_dash_under_the_headline_is_its_byline_no_subtitle(sep):
    art = only(parse("新安大桥建成通车", "——记者 李红 通讯员 王芳", BRIDGE_1, BRIDGE_2, sep=sep))
    assert (art.subtitle, art.reporters, art.correspondents) == (None, ["李红"], ["王芳"])
    visit = only(parse("新安大桥建成通车", "——访大桥建设者周海", BRIDGE_1, sep=sep))
    assert (visit.subtitle, visit.reporters) == ("——访大桥建设者周海", [])


@pytest.mark.parametrize(
    "lead",
    [
        ["新华社北京3月5日电 题：新安大桥建成通车", "新华社记者 李红 王芳"],
        ["新华社北京3月5日电 题：新安大桥建成通车 新华社记者 李红 王芳"],
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_agency_s_title_for_a_story_and_its_reporters_after_the_dateline_are_no_text(lead, sep):
    bridge, tea = parse(
        "新安大桥建成通车", *lead, BRIDGE_1, BRIDGE_2, "春茶开采", "本报讯 " + TEA_1, sep=sep
    ).articles
    assert (bridge.title, bridge.dateline, bridge.reporters) == (
        "新安大桥建成通车",
        "新华社北京3月5日电",
        ["李红", "王芳"],
    )
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert tea.title == "春茶开采"


_CREDIT_WORDS_IN_TEXT = [
    "为此，本报记者专门走访了十余个村庄，采访了上百名村民，整理出这份调查报告。",
    "他说：“我们每天早上六点就要出发，记者 王芳也跟着我们跑了一整天。”",
]


@pytest.mark.parametrize("width", [10, 11, 12, 13])
@pytest.mark.parametrize("paragraph", _CREDIT_WORDS_IN_TEXT)
def test_a_row_of_wrapped_text_holding_a_role_and_a_comma_is_no_byline(paragraph, width):
    """为此，本报记者专门走 / 访了十余个村庄，…: a row parted by a comma is a credit only when each part
    is one (记者 甲，通讯员 乙); the text keeps every word and credits no one."""
    rows = wrap(paragraph, width)
    art = only_on(
        "\n".join(
            ["新安大桥建成通车", "本报记者 李红", wrap(BRIDGE_1, width), rows, wrap(BRIDGE_2, width), ""]
        )
    )
    assert (art.reporters, art.authors) == (["李红"], [])
    assert squeeze("".join(art.paragraphs)) == squeeze(BRIDGE_1 + paragraph + BRIDGE_2)
