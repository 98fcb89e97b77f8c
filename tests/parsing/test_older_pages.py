"""Pages set the way papers of the 1940s were: headlines centred or stepped in from the margin over
one to three lines, the text under them set flush or indented, few bylines and no blank lines."""

from __future__ import annotations

import datetime

import pytest

from archive.parsing import parse_page
from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, SCHOOL_1, TEA_1, page, squeeze


def headline(art) -> str:
    return squeeze((art.kicker or "") + (art.title or "") + (art.subtitle or ""))


def test_centred_headline_blocks_over_flush_text_each_open_a_story():
    text = "\n".join(
        [
            "        大桥通车，",
            "          两岸群众盼了多年",
            BRIDGE_1,
            BRIDGE_2,
            "        春茶开采",
            "          茶农笑开颜",
            "本报讯 " + TEA_1,
            "      古城夜市",
            "  人气一天比一天旺",
            MARKET_1,
            "      城东小学",
            "      新校舍启用",
            SCHOOL_1,
            "",
        ]
    )
    articles = parse_page(text).articles
    assert [headline(a) for a in articles] == [
        "大桥通车，两岸群众盼了多年",
        "春茶开采茶农笑开颜",
        "古城夜市人气一天比一天旺",
        "城东小学新校舍启用",
    ]
    assert [a.paragraphs for a in articles] == [[BRIDGE_1, BRIDGE_2], [TEA_1], [MARKET_1], [SCHOOL_1]]
    assert all(a.column is None for a in articles)


def test_a_headline_set_in_under_the_masthead_is_no_page_name():
    text = "\n".join(
        [
            "大公報　中華民國三十五年三月五日　星期二　第二版",
            "",
            "　　　　大橋通車",
            "　　　　　兩岸群眾盼了多年",
            "　　中央社南京四日電　" + BRIDGE_1,
            "",
        ]
    )
    page = parse_page(text)
    assert (page.publication, str(page.date), page.page_number, page.page_name) == (
        "大公報",
        "1946-03-05",
        2,
        None,
    )
    (bridge,) = page.articles
    assert headline(bridge) == "大橋通車兩岸群眾盼了多年"
    assert bridge.dateline == "中央社南京四日電" and bridge.paragraphs == [BRIDGE_1]


def test_a_headline_of_short_lines_set_in_at_the_top_of_a_page_is_no_page_name_over_a_column():
    lead = "　　【本報訊】" + BRIDGE_1
    rows = [lead[k : k + 16] for k in range(0, len(lead), 16)]  # a narrow column, as older pages
    text = "\n".join(["　　　　　　大橋通車", "　　　　兩岸盼了多年", "　　　　　渡船明日停航", *rows, ""])
    page = parse_page(text)
    assert page.page_name is None
    (art,) = page.articles
    assert squeeze(art.headline) == "大橋通車兩岸盼了多年渡船明日停航" and art.column is None


def test_a_short_headline_centred_under_a_report_opens_the_next_piece():
    """A report (本報訊…) is set with no sections: a short line centred under it, over flush text,
    is the next piece's headline, and is never run into that text as its opening words."""
    text = "\n".join(
        [
            "　　　　大橋通車",
            "【本報訊】" + BRIDGE_1,
            "　　" + BRIDGE_2,
            "　　　　讀者來信",
            "編輯同志：" + SCHOOL_1,
            "　　　　　　　　　　　　　　　　　　李明",
            "",
        ]
    )
    bridge, letter = parse_page(text).articles
    assert bridge.title == "大橋通車" and bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and not bridge.authors
    assert letter.title == "讀者來信" and letter.paragraphs == ["編輯同志：" + SCHOOL_1]
    assert letter.authors == ["李明"]


def test_a_label_naming_the_kind_of_piece_centred_over_a_centred_headline_is_its_column():
    text = "\n".join(
        [
            "　　　　大橋通車",
            "【本報訊】" + BRIDGE_1,
            "　　　　記者手記",
            "　　　　橋通了，心也近了",
            "李明",
            "　　" + SCHOOL_1,
            "",
        ]
    )
    bridge, notes = parse_page(text).articles
    assert bridge.title == "大橋通車" and bridge.paragraphs == [BRIDGE_1]
    assert (notes.column, notes.kicker, notes.title) == ("記者手記", None, "橋通了，心也近了")


def test_an_editorial_under_its_label_on_a_page_numbered_by_sheet_and_page():
    text = "\n".join(
        [
            "申報",
            "中華民國三十五年十月十日　星期四",
            "第二張　第五版",
            "　　　　　社論",
            "　　　　大橋通車的意義",
            "　　" + SCHOOL_1,
            "　　　　大橋通車",
            "【本報訊】" + BRIDGE_1,
            "",
        ]
    )
    parsed = parse_page(text)
    assert (parsed.date, parsed.page_number, parsed.page_name) == (datetime.date(1946, 10, 10), 5, None)
    editorial, bridge = parsed.articles
    assert (editorial.column, editorial.kicker, editorial.title) == ("社論", None, "大橋通車的意義")
    assert bridge.title == "大橋通車" and bridge.paragraphs == [BRIDGE_1]


@pytest.mark.parametrize(
    ("onward", "back"), [("（續第二版）", "（承第一版）"), ("（續第二版）", "（續第一版）")]
)
def test_an_older_pages_markers_of_a_story_continued_send_on_at_the_end_and_back_at_the_start(onward, back):
    front = parse_page(
        "　　　　大橋通車\n【本報訊】"
        + BRIDGE_1
        + onward
        + "\n　　　　青山春茶開採\n【本報訊】"
        + TEA_1
        + "\n"
    )
    bridge = front.articles[0]
    assert (bridge.continues_to, bridge.paragraphs) == ("第二版", [BRIDGE_1])
    rest = parse_page(
        "　　　　青山春茶開採\n【本報訊】" + TEA_1 + "\n　　　　大橋通車\n" + back + BRIDGE_2 + "\n"
    )
    assert [(a.title, a.continued_from) for a in rest.articles] == [
        ("青山春茶開採", None),
        ("大橋通車", "第一版"),
    ]
    assert rest.articles[1].paragraphs == [BRIDGE_2]


def test_text_printed_without_punctuation_runs_on_under_its_lead_in_not_into_the_next_headline():
    text = "\n".join(
        [
            "申報",
            "民國三十五年十月八日　星期二",
            "　　滬市米價續跌",
            "　　　當局嚴令米商不得囤積",
            "【本報訊】本市米價連日下跌　昨日白粳每石又跌二萬元　社會局並嚴令各米商　不得囤積居奇",
            "又據米業公會稱　近日到貨甚旺　米價當可趨穩",
            "　　京滬路快車",
            "　　　　明日起增開兩班",
            "【中央社南京七日電】京滬鐵路局頃宣布　自九日起增開特別快車兩班　以利旅客",
        ]
    )
    parsed = parse_page(text)
    assert (parsed.publication, parsed.date) == ("申報", datetime.date(1946, 10, 8))
    rice, train = parsed.articles
    assert headline(rice) == "滬市米價續跌當局嚴令米商不得囤積"
    assert rice.body.endswith(
        "不得囤積居奇 又據米業公會稱 近日到貨甚旺 米價當可趨穩"
    )  # a space where a stop stood
    assert headline(train) == "京滬路快車明日起增開兩班"
    assert "quotes_lost" not in rice.warnings + parsed.warnings


def test_a_label_of_news_in_brief_after_a_story_s_last_sentence_opens_what_it_labels():
    text = "\n".join(
        [
            "　　　京滬鐵路",
            "　　　　客運班次增加",
            "（中央社南京十四日電）京滬鐵路局為便利旅客起見，自十六日起增開京滬間特別快車兩班。",
            "▲本市短訊",
            "市商會定於本月二十日召開會員大會，討論會務。",
            "市立醫院新建病房，業已落成，下月啟用。",
        ]
    )
    train, briefs = parse_page(text).articles
    assert train.paragraphs == ["京滬鐵路局為便利旅客起見，自十六日起增開京滬間特別快車兩班。"]
    assert "本市短訊" in (briefs.column or "") + (briefs.title or "")
    assert (
        squeeze(briefs.body)
        == "市商會定於本月二十日召開會員大會，討論會務。市立醫院新建病房，業已落成，下月啟用。"
    )


@pytest.mark.parametrize(
    ("masthead", "paper"), [("浙 江 日 报", "浙江日报"), ("大　公　報", "大公報"), ("申　報", "申報")]
)
def test_a_masthead_set_a_character_at_a_time_names_the_paper(masthead, paper):
    text = "\n".join(
        [masthead, "一九五六年三月八日　星期四", "第一版", "", "大桥通车", "", "【本报讯】" + BRIDGE_1, ""]
    )
    page = parse_page(text)
    assert (page.publication, page.date, page.page_number) == (paper, datetime.date(1956, 3, 8), 1)
    assert [(a.title, a.paragraphs) for a in page.articles] == [("大桥通车", [BRIDGE_1])]


def test_a_page_read_by_character_recognition_keeps_its_subtitle_dash_and_signature_box():
    # recognition prints ——记… as 一一记… and □ 甲 as 口 甲
    first, second = parse_page(
        page(
            "一心扑在学生身上",
            "一一记城东实验小学校长周海",
            "本报记者 李红",
            SCHOOL_1,
            "古城夜市",
            "口 王明",
            MARKET_1,
        )
    ).articles
    assert (first.title, first.subtitle, first.reporters) == (
        "一心扑在学生身上",
        "——记城东实验小学校长周海",
        ["李红"],
    )
    assert (second.title, second.authors, second.paragraphs) == ("古城夜市", ["王明"], [MARKET_1])


def test_a_line_opening_on_one_one_as_words_do_is_no_recognised_dash():
    art = parse_page(
        page("新安大桥建成通车", "本报讯 " + BRIDGE_1, "一一核实后，施工方逐项整改了群众反映的问题。")
    ).articles[0]
    assert art.paragraphs == [BRIDGE_1, "一一核实后，施工方逐项整改了群众反映的问题。"]


# Text printed without punctuation, its phrases set apart by spaces (as the rows below are), over
# two paragraphs
_RICE = "本市米價近日又見上漲　昨日白粳每石開盤即達六十二萬元　較前日漲四萬元　市民紛紛搶購"
_RICE_2 = "據米業公會負責人稱　此次米價上漲　主因產地來源減少　運輸不暢　該會已呼籲各米商勿再抬價"
_TRAIN = "京滬路貨車一列　七日晨六時許行經丹陽附近時　突告出軌　幸無人傷亡　至午後二時始告恢復通車"


def _spaced(text: str) -> str:
    return text.replace("　", " ")


def test_a_blank_line_ends_a_paragraph_printed_without_punctuation():
    art = only_story(["滬市米價又漲", "", "【本報訊】" + _RICE, "", _RICE_2])
    assert art.paragraphs == [_spaced(_RICE), _spaced(_RICE_2)]


@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_short_headline_under_unpunctuated_text_opens_the_next_story(indent):
    # no blank lines and no wrapping: the row of text under its lead-in never stops on a mark
    rice, train = parse_page(
        "\n".join(
            [
                "滬市米價又漲",
                "每石突破六十萬元",
                indent + "【本報訊】" + _RICE,
                "京滬路昨晨",
                "貨車出軌",
                indent + "【中央社鎮江七日電】" + _TRAIN,
            ]
        )
    ).articles
    assert (headline(rice), rice.paragraphs) == ("滬市米價又漲每石突破六十萬元", [_spaced(_RICE)])
    assert (headline(train), train.paragraphs) == ("京滬路昨晨貨車出軌", [_spaced(_TRAIN)])


def test_unpunctuated_text_wrapped_and_set_in_under_a_headline_without_lead_in_is_its_story():
    def rows(text: str) -> list[str]:
        text = "　　" + text
        return [text[k : k + 18] for k in range(0, len(text), 18)]

    rice, train = parse_page(
        "\n".join(["滬市米價又漲", *rows("【本報訊】" + _RICE), "京滬路昨晨", "貨車出軌", *rows(_TRAIN)])
    ).articles
    assert squeeze(rice.body) == squeeze(_RICE)
    assert headline(train) == "京滬路昨晨貨車出軌"
    assert squeeze(train.body) == squeeze(_TRAIN)


def test_a_line_reporting_news_under_the_header_is_the_first_headline_not_the_page_name():
    page = parse_page(
        "\n".join(
            [
                "中華民國三十六年五月八日　星期四　第二版",
                "滬市米價又漲",
                "每石突破六十萬元",
                "【本報訊】" + _RICE,
            ]
        )
    )
    assert (page.page_number, page.page_name) == (2, None)
    assert headline(only_of(page)) == "滬市米價又漲每石突破六十萬元"


def only_story(lines: list[str]):
    return only_of(parse_page("\n".join(lines) + "\n"))


def only_of(page):
    assert len(page.articles) == 1, [a.title for a in page.articles]
    return page.articles[0]
