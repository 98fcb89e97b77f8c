"""The text side of a page in each way extraction lays it out: paragraphs apart by a blank line, by
a single newline, by an indent (　　) or hard-wrapped at a column width with no blank line, with
half-width punctuation or markdown heads; and next to other neighbours than the layout tests of
their concern show them (credits, headline blocks, subheads, lists, datelines)."""

from __future__ import annotations

import datetime

import pytest

from archive.parsing import parse_page
from archive.parsing.lines import close_spaced_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    MARKET_1,
    MARKET_2,
    SCHOOL_1,
    TEA_1,
    TEA_2,
    parse,
    squeeze,
    wrap,
)

_HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "（": "(", "）": ")"})
LAYOUTS = ["blank", "newline", "indent", "wrap", "flush", "half"]


def lay_out(layout: str, *parts: tuple[str, str]) -> str:
    """A page of ``parts`` — (``"head"``, a line of a headline block, a byline or any line set
    apart), (``"text"``, a paragraph) — as ``layout`` prints it."""
    out: list[str] = []
    for kind, text in parts:
        if layout == "half":
            text = text.translate(_HALF)
        if kind == "text" and layout in ("blank", "half"):
            out += ["", text, ""]
        elif kind == "text" and layout == "indent":
            out.append("\u3000\u3000" + text)
        elif kind == "text" and layout in ("wrap", "flush"):
            # (flush: the extraction dropped the indent, the first row short of the column by it)
            para = "\u3000\u3000" + text
            rows = [para[k : k + 18] for k in range(0, len(para), 18)]
            out += [rows[0].lstrip("\u3000") if layout == "flush" else rows[0], *rows[1:]]
        else:
            out.append(text)
    return "\n".join(line for k, line in enumerate(out) if line or (k and out[k - 1])).strip() + "\n"


def printed(text: str, layout: str) -> str:
    """``text`` as ``layout`` prints it."""
    return text.translate(_HALF) if layout == "half" else text


def text_of(art) -> str:
    return squeeze(art.body).translate(_HALF)


TEA = [("head", "春茶开采茶农笑开颜"), ("text", "本报讯（记者 周海）" + TEA_1), ("text", TEA_2)]


# ---- credits ------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("signature", ["（李红 陈颖）", "（李红、陈颖）"])
def test_writers_named_in_brackets_after_the_last_sentence_sign_the_item(layout, signature):
    text = lay_out(
        layout, *TEA, ("head", "新安大桥建成通车"), ("text", BRIDGE_1), ("text", BRIDGE_2 + signature)
    )
    tea, bridge = parse_page(text).articles
    assert bridge.authors == ["李红", "陈颖"] and tea.reporters == ["周海"]
    assert text_of(bridge).endswith(squeeze(BRIDGE_2).translate(_HALF))


def test_a_half_width_full_stop_before_a_bracketed_signature_ends_the_text():
    text = lay_out(
        "half", *TEA, ("head", "新安大桥建成通车"), ("text", BRIDGE_1), ("text", BRIDGE_2 + "（陈颖）")
    )
    bridge = parse_page(text).articles[1]
    assert bridge.authors == ["陈颖"] and not bridge.body.rstrip().endswith(")")


@pytest.mark.parametrize("layout", LAYOUTS)
def test_reporters_inside_the_brackets_of_a_wire_dateline_credit_the_story(layout):
    wire = ("text", "【新华社北京3月5日电 记者 李红】" + BRIDGE_1)
    text = lay_out(layout, *TEA, ("head", "新安大桥建成通车"), wire, ("text", BRIDGE_2))
    bridge = parse_page(text).articles[1]
    assert (bridge.dateline, bridge.reporters) == ("新华社北京3月5日电", ["李红"])
    assert text_of(bridge).startswith("经过两年多的建设")


@pytest.mark.parametrize("width", [14, 16, 18])
@pytest.mark.parametrize("credits", ["记者 李红 通讯员 周海", "记者李红 通讯员周海"])
def test_credits_set_off_by_spaces_that_end_the_lead_ins_row_are_read_whole(width, credits):
    lead = "\u3000\u3000本报讯 " + credits
    rows = [lead] + wrap(BRIDGE_1, width).split("\n") + wrap("\u3000\u3000" + BRIDGE_2, width).split("\n")
    text = lay_out("wrap", *TEA) + "新安大桥建成通车\n" + "\n".join(rows) + "\n"
    bridge = parse_page(text).articles[1]
    assert (bridge.dateline, bridge.reporters, bridge.correspondents) == ("本报讯", ["李红"], ["周海"])
    assert squeeze(bridge.body).startswith("经过两年多的建设")


def test_the_texts_first_words_after_credits_on_the_lead_ins_row_are_no_name():
    text = (
        "新安大桥建成通车\n本报讯 记者李红 通讯员周海 经过两年\n多的建设，横跨清溪的新安大桥昨天正式\n"
        "通车，两岸居民出行时间由原来的四十分\n钟缩短到五分钟。\n"
    )
    (bridge,) = parse_page(text).articles
    assert (bridge.reporters, bridge.correspondents) == (["李红"], ["周海"])
    assert squeeze(bridge.body).startswith("经过两年多的建设")


def test_names_in_brackets_broken_apart_at_the_end_of_a_row_stay_apart():
    text = (
        "新安大桥建成通车\n"
        "　　本报清溪3月5日讯（记者 李红 通讯员 周海\n王五）经过两年多的建设，横跨清溪的新安大桥昨\n"
        "天正式通车，两岸居民出行时间由原来的四十分钟\n缩短到五分钟。\n"
        "春茶开采茶农笑开颜\n"
        "　　春茶开采以来，青山镇组织茶农分批上山采摘，\n镇里的加工厂也开足马力，日均加工鲜叶两万多斤，\n"
        "比去年同期增加三成。（李红\n周海）\n"
    )
    bridge, tea = parse_page(text).articles
    assert (bridge.reporters, bridge.correspondents) == (["李红"], ["周海", "王五"])
    assert squeeze(bridge.body).startswith("经过两年多的建设")
    assert tea.authors == ["李红", "周海"] and squeeze(tea.body).endswith("增加三成。")


# ---- headline blocks ----------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("label", ["城事观察（三）", "清溪调查（2）"])
def test_a_rubric_numbering_its_pieces_over_the_next_headline_is_its_column(layout, label):
    text = lay_out(
        layout,
        *TEA,
        ("head", label),
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
    )
    tea, bridge = parse_page(text).articles
    assert (bridge.column, bridge.kicker, bridge.title) == (printed(label, layout), None, "新安大桥建成通车")
    assert squeeze(tea.body).endswith(printed(TEA_2, layout))


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_series_label_marked_as_a_markdown_head_is_still_the_column(sep):
    text = f"## 清溪观察之二\n## 新安大桥建成通车\n本报记者 李红{sep}{BRIDGE_1}{sep}{BRIDGE_2}\n"
    (bridge,) = parse_page(text).articles
    assert (bridge.column, bridge.kicker, bridge.title) == ("清溪观察之二", None, "新安大桥建成通车")


@pytest.mark.parametrize("byline", ["## 本报记者 李红", "### 记者 李红 通讯员 周海"])
def test_a_byline_a_converter_marked_as_a_head_is_still_the_byline(byline):
    (bridge,) = parse_page(f"# 新安大桥建成通车\n\n{byline}\n\n{BRIDGE_1}\n\n{BRIDGE_2}\n").articles
    assert (bridge.title, bridge.subtitle, bridge.reporters) == ("新安大桥建成通车", None, ["李红"])
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_picture_s_caption_and_credit_a_converter_marked_as_a_head_are_the_picture_s():
    text = (
        f"# 新安大桥建成通车\n\n本报讯（记者李红）{BRIDGE_1}\n\n{BRIDGE_2}\n\n"
        "### 市民在新开通的大桥上散步。 记者 周海 摄\n\n"
        f"# 春茶开采 茶农笑开颜\n\n本报讯（记者王芳）{TEA_1}\n"
    )
    bridge, picture, tea = parse_page(text).articles
    assert (picture.kind, picture.body, picture.photographers) == (
        "photo",
        "市民在新开通的大桥上散步。",
        ["周海"],
    )
    assert (tea.kicker, tea.title) == (None, "春茶开采 茶农笑开颜")


def test_a_numbered_section_a_converter_marked_as_a_head_stays_in_the_story():
    text = f"# 新安大桥建成通车\n\n本报讯（记者李红）{BRIDGE_1}\n\n## 一、交通更便捷\n\n{BRIDGE_2}\n"
    (bridge,) = parse_page(text).articles
    assert bridge.paragraphs == [BRIDGE_1, "一、交通更便捷", BRIDGE_2]


def test_a_numbered_head_a_converter_marked_opens_a_story_where_the_story_above_is_signed_off():
    text = f"# 新安大桥建成通车\n\n{BRIDGE_1}\n\n（本报记者 李红）\n\n## 一、春茶开采\n\n{TEA_1}\n"
    bridge, tea = parse_page(text).articles
    assert bridge.paragraphs == [BRIDGE_1] and tea.title == "一、春茶开采"


@pytest.mark.parametrize("sep", ["\n\n", "\r\r\n"])
def test_rows_of_a_wrapped_page_each_set_apart_by_a_blank_line_join_into_their_paragraphs(sep):
    # an extraction that spaces every row, or a file whose line ends were converted twice
    rows = ["新安大桥建成通车", "本报记者 李红"]
    rows += wrap("\u3000\u3000" + BRIDGE_1, 16).split("\n") + wrap("\u3000\u3000" + BRIDGE_2, 16).split("\n")
    rows += ["春茶开采 茶农笑开颜", "本报记者 周海"]
    rows += wrap("\u3000\u3000" + TEA_1, 16).split("\n") + wrap("\u3000\u3000" + TEA_2, 16).split("\n")
    bridge, tea = parse_page(sep.join(rows) + sep).articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and tea.paragraphs == [TEA_1, TEA_2]
    assert (bridge.title, bridge.reporters, tea.title) == (
        "新安大桥建成通车",
        ["李红"],
        "春茶开采 茶农笑开颜",
    )


def test_an_export_that_labels_each_item_s_fields_gives_them_their_places():
    text = (
        "引题：两岸居民盼了多年\n标题：新安大桥建成通车\n副标题：出行时间缩短到五分钟\n作者：李红\n"
        f"日期：2025-03-05\n版次：A03\n正文：\n{BRIDGE_1}\n{BRIDGE_2}\n\n"
        f"标题：春茶开采 茶农笑开颜\n作者：周海\n日期：2025-03-05\n正文：{TEA_1}\n"
    )
    parsed = parse_page(text)
    assert (parsed.date, parsed.page_number) == (datetime.date(2025, 3, 5), 3)
    bridge, tea = parsed.articles
    # the 副题 as the export gives it: the label says what a dash would
    assert (bridge.kicker, bridge.title, bridge.subtitle) == (
        "两岸居民盼了多年",
        "新安大桥建成通车",
        "出行时间缩短到五分钟",
    )
    assert bridge.authors == ["李红"] and bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert (tea.title, tea.authors, tea.paragraphs) == ("春茶开采 茶农笑开颜", ["周海"], [TEA_1])


def test_a_line_opening_on_a_word_a_field_is_labelled_by_stays_text():
    said = "标题党的做法不可取，读者要的是真实的新闻。"
    (bridge,) = parse_page(f"新安大桥建成通车\n本报讯（记者李红）{BRIDGE_1}\n{said}\n").articles
    assert bridge.paragraphs == [BRIDGE_1, said]


SECTION = "　　试水“先用后转”\n　　推动中小微企业“主动转”\n"
PICTURE = "市民在新开通的大桥上散步。\n清溪市交通局供图\n"


@pytest.mark.parametrize("head_indent", ["", "　　", "　　　　"])
def test_a_section_s_head_set_in_as_the_text_is_after_a_picture_stays_in_the_story(head_indent):
    text = (
        f"{head_indent}新安大桥建成通车\n　　本报讯（记者李红）{BRIDGE_1}\n{PICTURE}　　{BRIDGE_2}\n"
        f"{SECTION}　　{TEA_1}\n　　{TEA_2}\n"
    )
    articles = [a for a in parse_page(text).articles if a.kind == "article"]
    if head_indent == "　　":
        # a page setting its headlines in as its paragraphs: the lines may head the next story
        assert [a.title for a in articles] == ["新安大桥建成通车", "推动中小微企业“主动转”"]
    else:
        (bridge,) = articles
        assert bridge.paragraphs[-4:] == ["试水“先用后转”", "推动中小微企业“主动转”", TEA_1, TEA_2]


def test_short_lines_set_no_column_width_on_a_small_page_without_blank_lines():
    # the label and the two halves of the title outnumber the story's rows of any one width: on a
    # page this small they alone must not make a column six characters wide the text runs on into
    text = (
        "新安大桥建成通车\n本报记者 李红\n"
        "　　经过两年多的建设，横跨清溪的新安大桥昨天\n正式通车，两岸居民出行时间由原来的四十分钟缩\n短到五分钟。\n"
        "　　大桥全长六百八十米，双向四车道，设计时速\n六十公里，桥面两侧还设置了人行道和非机动车道。\n"
        "清溪观察之二\n春茶开采，\n茶农笑开颜\n本报记者 周海\n"
        "　　春茶开采以来，青山镇组织茶农分批上山采摘，\n镇里的加工厂也开足马力，日均加工鲜叶两万多斤，\n"
        "比去年同期增加三成。\n"
    )
    bridge, tea = parse_page(text).articles
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)
    assert (tea.column, tea.title, tea.reporters) == ("清溪观察之二", "春茶开采，茶农笑开颜", ["周海"])


# ---- lists of names -----------------------------------------------------------------------------

HONOURS = "本报讯（记者 徐静）昨天，我市召开社区志愿者表彰大会，一百名优秀志愿者受到表彰。"
CLOSING_CALL = "会议号召广大市民积极参与志愿服务，为城市文明建设贡献力量。"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("closing", [[], [("text", CLOSING_CALL)]])
def test_names_set_one_a_line_under_a_colon_are_the_storys_list(layout, closing):
    names = [("head", name) for name in ("张建国", "李秀英", "王志强", "刘桂兰")]
    text = lay_out(
        layout,
        ("head", "社区志愿者表彰大会召开"),
        ("text", HONOURS + "受表彰的志愿者代表有："),
        *names,
        *closing,
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
    )
    honours, bridge = parse_page(text).articles
    listed = "张建国李秀英王志强刘桂兰" + (squeeze(CLOSING_CALL) if closing else "")
    assert honours.authors == [] and text_of(honours).endswith(listed.translate(_HALF))
    assert (bridge.kicker, bridge.title, bridge.reporters) == (None, "新安大桥建成通车", ["李红"])


@pytest.mark.parametrize("layout", ["indent", "wrap", "half"])
def test_a_paragraph_closing_on_a_list_of_names_never_runs_on_into_the_next_headline(layout):
    text = lay_out(
        layout,
        ("head", "社区志愿者表彰大会召开"),
        ("text", HONOURS + "出席者：张建国、李秀英、王志强、刘桂兰"),
        ("head", "春茶开采茶农笑开颜"),
        ("text", TEA_1),
        ("text", TEA_2),
    )
    honours, tea = parse_page(text).articles
    assert squeeze(honours.body).endswith("王志强、刘桂兰")
    assert tea.title == "春茶开采茶农笑开颜" and squeeze(tea.body).startswith("春茶开采以来")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("signers", ["陈颖", "陈颖 李红"])
def test_names_under_a_headline_of_two_clauses_after_a_story_sign_the_piece(layout, signers):
    text = lay_out(
        layout,
        *TEA,
        ("head", "大桥通了，心也近了"),
        ("head", signers),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
    )
    tea, bridge = parse_page(text).articles
    assert squeeze(tea.body).endswith(printed(TEA_2, layout))
    assert (bridge.kicker, bridge.title) == (None, printed("大桥通了，心也近了", layout))
    assert bridge.authors == signers.split()


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("label", ["", "## 清溪观察之二\n"])
def test_a_title_broken_at_its_comma_over_two_markdown_heads_stays_one_title(sep, label):
    text = (
        f"## 新安大桥建成通车\n本报记者 李红{sep}{BRIDGE_1}{sep}{BRIDGE_2}{sep}"
        f"{label}## 春茶开采，\n## 茶农笑开颜\n本报记者 周海{sep}{TEA_1}{sep}{TEA_2}\n"
    )
    bridge, tea = parse_page(text).articles
    assert (tea.kicker, tea.title, tea.reporters) == (None, "春茶开采，茶农笑开颜", ["周海"])
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)


# ---- subheads -----------------------------------------------------------------------------------

STALLS = "周末的古城夜市人头攒动，两百多个摊位沿河排开，小吃、手作和非遗展示吸引了大批市民和游客。"
VISITORS = "夜市运营方表示，今年以来夜市累计接待游客四十余万人次，带动周边商户营业额增长近两成。"


@pytest.mark.parametrize("layout", ["newline", "indent", "wrap"])
@pytest.mark.parametrize("opening", ["byline", "lead"])
def test_subheads_each_over_two_lines_of_deck_stay_sections_of_their_story(layout, opening):
    top = (
        [("head", "本报记者 李红"), ("text", BRIDGE_1)]
        if opening == "byline"
        else [("text", "本报讯（记者 李红）" + BRIDGE_1)]
    )
    text = lay_out(
        layout,
        ("head", "清溪两岸的新变化"),
        *top,
        ("head", "一座桥"),
        ("head", "连起两岸四个乡镇"),
        ("head", "车程缩短到十分钟"),
        ("text", BRIDGE_2),
        ("head", "一条街"),
        ("head", "夜市点亮古城"),
        ("head", "商户营业额增长两成"),
        ("text", STALLS),
        ("text", VISITORS),
        *TEA,
    )
    changes, tea = parse_page(text).articles
    assert (changes.title, changes.reporters) == ("清溪两岸的新变化", ["李红"])
    assert "一条街夜市点亮古城商户营业额增长两成" in squeeze(changes.body)
    assert text_of(changes).endswith(printed(squeeze(VISITORS), "half"))
    assert tea.title == "春茶开采茶农笑开颜"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_three_line_headline_after_a_feature_whose_subheads_have_one_line_of_deck_opens_a_story(layout):
    text = lay_out(
        layout,
        ("head", "清溪两岸的新变化"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("head", "一座桥"),
        ("head", "连起两岸四个乡镇"),
        ("text", BRIDGE_2),
        ("head", "一条街"),
        ("head", "夜市点亮古城"),
        ("text", STALLS),
        ("text", VISITORS),
        ("head", "绿了山坡 富了茶农"),
        ("head", "青山镇春茶开采"),
        ("head", "新增良种茶园八百亩"),
        ("text", TEA_1),
        ("text", TEA_2),
    )
    changes, tea = parse_page(text).articles
    assert text_of(changes).endswith(printed(squeeze(VISITORS), "half"))
    assert text_of(tea).startswith(printed(squeeze(TEA_1), "half"))


# ---- older pages --------------------------------------------------------------------------------

RICE = "本市米價連日上漲，各米號存貨日少，市民排隊購米者絡繹不絕，當局昨日召集米商會議。"
HOARDING = "市政府昨日發出布告，嚴令各米號不得囤積居奇，違者一經查實，即予嚴懲，並沒收其存米。"
SCHOOL_OPENS = "【本報訊】市立第一小學昨日舉行開學典禮，到校新生三百餘人，校長致詞勉勵學生勤學向上。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_headline_stepped_in_by_spaces_is_read_whole_not_as_a_column_over_its_title(gap, indent):
    text = gap.join(
        [
            f"    米價續漲\n{indent}{RICE}",
            f"    當局嚴令\n      米商不得囤積\n{indent}{HOARDING}",
            f"    一小開學\n      新生三百餘人\n        增設圖書室\n{indent}{SCHOOL_OPENS}",
        ]
    )
    rice, hoarding, school = parse_page(text + "\n").articles
    assert [a.column for a in (rice, hoarding, school)] == [None, None, None]
    assert (hoarding.kicker, hoarding.title) == ("當局嚴令", "米商不得囤積")
    assert (
        squeeze(school.kicker) + squeeze(school.title) + squeeze(school.subtitle)
        == "一小開學新生三百餘人增設圖書室"
    )
    assert school.dateline == "本報訊" and squeeze(school.body).startswith("市立第一小學")


@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("本報重慶三日專電 ", "本報重慶三日專電"),
        ("中央社南京十日電 ", "中央社南京十日電"),
        ("【本報南京廿三日電】", "本報南京廿三日電"),
        ("新华社北京三月五日电 ", "新华社北京三月五日电"),
        ("本報專訊 ", "本報專訊"),
        ("本報特訊 ", "本報特訊"),
        # set off by a space alone, with no brackets
        ("中央社訊　", "中央社訊"),
        ("中央社本市訊　", "中央社本市訊"),
        ("本報昆明航訊　", "本報昆明航訊"),
        ("【本報昆明航訊】", "本報昆明航訊"),
        ("路透社訊 ", "路透社訊"),
    ],
)
def test_a_dateline_with_its_day_in_characters_leaves_the_text(indent, lead, dateline):
    text = f"    米價續漲\n{indent}{RICE}\n    當局嚴令\n      米商不得囤積\n{indent}{lead}{HOARDING}\n"
    rice, hoarding = parse_page(text).articles
    assert hoarding.dateline == dateline and hoarding.paragraphs == [HOARDING]
    assert (hoarding.kicker, hoarding.title) == ("當局嚴令", "米商不得囤積")


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本報特派員　王大文　", ["王大文"]),  # a special correspondent, as older papers sent them
        ("（本報記者王大文）", ["王大文"]),  # credits alone in round brackets, opening on the role
        ("（記者 王大文 李明）", ["王大文", "李明"]),
    ],
)
def test_credits_alone_leading_into_an_older_page_s_text_leave_it(lead, reporters):
    text = f"    米價續漲\n{RICE}\n    當局嚴令\n      米商不得囤積\n{lead}{HOARDING}\n"
    rice, hoarding = parse_page(text).articles
    assert hoarding.reporters == reporters and hoarding.paragraphs == [HOARDING]


def test_a_numbered_point_in_round_brackets_opening_a_paragraph_is_no_credit():
    text = f"    米價續漲\n{RICE}\n    當局嚴令\n      米商不得囤積\n（一）{HOARDING}\n"
    rice, hoarding = parse_page(text).articles
    assert hoarding.reporters == [] and hoarding.paragraphs == ["（一）" + HOARDING]


def test_a_list_of_names_opening_on_its_label_and_wrapped_over_two_rows_signs_nothing():
    text = (
        "社区志愿者表彰大会召开\n"
        "　　本报讯（记者 徐静）昨天，我\n市召开社区志愿者表彰大会，一百名\n优秀志愿者受到表彰。\n"
        "　　出席会议的有：张建国 李秀英 \n王志强 刘桂兰\n"
        "　　会议号召广大市民积极参与志愿\n服务，为城市文明建设贡献力量。\n"
    )
    (honours,) = parse_page(text).articles
    assert honours.authors == [] and honours.title == "社区志愿者表彰大会召开"
    assert "王志强" in honours.body and squeeze(honours.body).endswith("贡献力量。")


@pytest.mark.parametrize("layout", ["indent", "wrap", "half"])
@pytest.mark.parametrize("ending", ["（完）", "。（完）"])
def test_a_story_signed_off_with_wan_runs_on_into_no_headline_under_it(layout, ending):
    last = "大桥通车那天，老李站在桥头感慨地说，盼了几十年，终于盼到了" + ending
    text = lay_out(
        layout,
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
        ("text", last),
        *TEA,
    )
    bridge, tea = parse_page(text).articles
    assert text_of(bridge).endswith(printed(squeeze(last), "half"))
    assert tea.title == "春茶开采茶农笑开颜" and tea.reporters == ["周海"]


@pytest.mark.parametrize("layout", ["indent", "wrap"])
def test_names_under_a_headline_of_two_clauses_at_the_top_of_an_indented_page_sign_the_piece(layout):
    text = lay_out(
        layout,
        ("head", "大桥通了，心也近了"),
        ("head", "陈颖 李红"),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
        *TEA,
    )
    bridge, tea = parse_page(text).articles
    assert (bridge.title, bridge.authors) == ("大桥通了，心也近了", ["陈颖", "李红"])
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2) and tea.reporters == ["周海"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_names_each_with_its_unit_set_one_a_line_under_a_colon_are_the_storys_list(layout):
    units = [("head", name) for name in ("张建国（城东街道）", "李秀英（城西街道）", "王志强（城南街道）")]
    text = lay_out(
        layout,
        ("head", "社区志愿者表彰大会召开"),
        ("text", HONOURS + "受表彰的志愿者代表有："),
        *units,
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红"),
        ("text", BRIDGE_1),
    )
    honours, bridge = parse_page(text).articles
    assert text_of(honours).endswith(printed("王志强（城南街道）", "half"))
    assert (bridge.kicker, bridge.title, bridge.reporters) == (None, "新安大桥建成通车", ["李红"])
    assert text_of(bridge) == printed(squeeze(BRIDGE_1), "half")


@pytest.mark.parametrize("layout", ["newline", "indent", "wrap"])
@pytest.mark.parametrize(
    "listed",
    [
        [("text", "张建国、李秀英、王志强、刘桂兰")],
        [("head", "张建国"), ("head", "李秀英"), ("head", "王志强"), ("head", "刘桂兰")],
    ],
)
def test_a_list_of_names_ending_a_story_leaves_an_unsigned_story_under_it_its_own(layout, listed):
    text = lay_out(
        layout,
        ("head", "社区志愿者表彰大会召开"),
        ("text", HONOURS + "受表彰的志愿者代表有："),
        *listed,
        ("head", "春茶开采茶农笑开颜"),
        ("text", TEA_1),
        ("text", TEA_2),
    )
    honours, tea = parse_page(text).articles
    assert honours.authors == [] and squeeze(honours.body).endswith("刘桂兰")
    assert tea.title == "春茶开采茶农笑开颜" and text_of(tea).startswith(printed(squeeze(TEA_1), "half"))


@pytest.mark.parametrize("layout", ["indent", "wrap"])
def test_a_list_of_names_never_runs_on_into_a_title_broken_at_its_comma(layout):
    text = lay_out(
        layout,
        ("head", "社区志愿者表彰大会召开"),
        ("text", HONOURS + "受表彰的志愿者代表有："),
        ("text", "张建国、李秀英、王志强、刘桂兰"),
        ("head", "春茶开采，"),
        ("head", "茶农笑开颜"),
        ("text", "本报讯（记者 周海）" + TEA_1),
    )
    honours, tea = parse_page(text).articles
    assert squeeze(honours.body).endswith("王志强、刘桂兰")
    assert (tea.kicker, tea.title, tea.reporters) == (None, "春茶开采，茶农笑开颜", ["周海"])


def test_the_texts_first_words_after_a_reporters_name_at_the_end_of_the_lead_ins_row_stay_text():
    # 高新 reads as a name as well as the first words of 高新区
    text = (
        "新安大桥建成通车\n"
        "　　本报北京3月5日电 记者 李红 高新\n区新建的新安大桥昨天正式通车，两岸\n"
        "居民出行时间由原来的四十分钟缩短到五\n分钟。\n"
    )
    (bridge,) = parse_page(text).articles
    assert (bridge.dateline, bridge.reporters) == ("本报北京3月5日电", ["李红"])
    assert squeeze(bridge.body).startswith("高新区新建的新安大桥")


def test_a_lead_in_s_row_ending_on_the_text_s_first_word_that_reads_as_a_name_keeps_it_as_text():
    text = (
        "城建档案线上可查\n"
        "本报讯(记者李红 通讯员周海)房屋\n"
        "装修时,如何避免破坏承重墙、挖断水电\n"
        "管线等情况,确保房屋安全?清溪开发“城\n"
        "建档案查询”系统,一目了然。\n"
    )
    (story,) = parse_page(text).articles
    assert (story.reporters, story.correspondents, story.authors) == (["李红"], ["周海"], [])
    assert squeeze(story.body).startswith("房屋装修时")


def test_a_headline_closed_by_its_columns_tag_over_its_byline_is_no_row_of_the_text_above():
    """On a page wrapped to one width, a headline as wide as the rows, closed by its column's tag
    and set over a byline, starts the next story though the row above fills the width and ends
    on a full stop."""
    head = "在一座新建成的大桥上散步，是什么体验（民生一线·身边的新变化）"
    width = len(head)
    closing = "加快建设城乡交通网络，积极释放区域发展的空间。"
    text = "“十四五”以来，" + BRIDGE_1 + BRIDGE_2 + SCHOOL_1
    text += "新" * (-(len(text) + 2 + len(closing)) % width) + closing
    parsed = parse(
        "青山大桥建成通车",
        "\u3000\u3000本报讯（记者李红）" + TEA_1,
        wrap("\u3000\u3000" + text, width),
        head,
        "■本报记者  王明",
        wrap("\u3000\u3000" + MARKET_1 + MARKET_2, width),
        sep="\n",
    )
    bridge, walk = parsed.articles
    assert (bridge.title, bridge.reporters, bridge.paragraphs) == (
        "青山大桥建成通车",
        ["李红"],
        [TEA_1, text],
    )
    assert (walk.title, walk.reporters, walk.paragraphs) == (head, ["王明"], [MARKET_1 + MARKET_2])


def test_a_subtitle_as_wide_as_the_column_stays_the_headlines_over_hard_wrapped_text():
    # a 副题 filling a row of the column's width over the text's first row, which ends a sentence
    subtitle = "——记劳动模范、城东小学校长周海"
    text = "周海担任城东实验小学校长八年了。" + SCHOOL_1
    parsed = parse(
        "一心扑在孩子身上",
        subtitle,
        wrap(text),
        "（本报记者 李红）",
        "新安大桥建成通车",
        wrap("本报讯 " + BRIDGE_1),
        sep="\n",
    )
    assert [(a.title, a.subtitle) for a in parsed.articles] == [
        ("一心扑在孩子身上", subtitle),
        ("新安大桥建成通车", None),
    ]
    assert "".join(parsed.articles[0].paragraphs) == text


def test_a_symbol_fonts_bullets_and_soft_hyphens_are_no_characters_of_the_text():
    # a private-use character opening a headline is a symbol font's bullet; one inside a word is a
    # rare character a font set there, and stays
    rare = "\ue123"
    parsed = parse(
        "\uf06c新安大桥建成通车",
        "本报讯（记者 李红）" + BRIDGE_1.replace("建设", "建\u00ad设"),
        "\uf0a7 春茶开采",
        "本报讯 " + TEA_1 + f"茶农王{rare}说。",
    )
    assert [(a.title, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", [BRIDGE_1]),
        ("春茶开采", [TEA_1 + f"茶农王{rare}说。"]),
    ]


def _written_a_character_at_a_time(text: str) -> str:
    """As some extractions give a page: a space after each character, three where a space stood."""
    return "\n".join(" ".join(row) for row in text.split("\n"))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_page_written_a_character_at_a_time_is_cut_as_printed(layout):
    text = lay_out(
        layout,
        ("head", "新安大桥建成通车"),
        ("head", "本报记者 李红 通讯员 王芳"),
        ("text", BRIDGE_1),
        ("text", BRIDGE_2),
        ("text", SCHOOL_1 + "\u3000\u3000（记者 周海 摄）"),  # a caption, its credit set apart
        *TEA,
    )
    as_printed = [
        (a.kind, a.title, a.reporters, a.correspondents, a.photographers, a.paragraphs)
        for a in parse_page(text).articles
    ]
    spaced = parse_page(_written_a_character_at_a_time(text)).articles
    assert [
        (a.kind, a.title, a.reporters, a.correspondents, a.photographers, a.paragraphs) for a in spaced
    ] == (as_printed)
    assert [a.title for a in spaced] == ["新安大桥建成通车", None, "春茶开采茶农笑开颜"]


def test_a_page_whose_headlines_alone_are_letter_spaced_keeps_its_texts_spaces():
    # (a table's cells, names padded to three, a space between a headline's halves)
    art = parse_page(
        "\n".join(
            ["新 安 大 桥 建 成 通 车", "本报记者 王  磊", BRIDGE_1, "车型 票价 班次", "小客车 5元 每天 20班"]
        )
    ).articles[0]
    assert (art.title, art.reporters) == ("新安大桥建成通车", ["王磊"])
    assert art.paragraphs[-1].endswith("小客车 5元 每天 20班")


def test_a_page_written_a_character_at_a_time_keeps_its_indents_and_printed_spaces():
    rows = ["\u3000\u3000" + BRIDGE_1[:20], BRIDGE_1[20:40], "本报记者 王磊", "    " + TEA_1[:15]]
    assert close_spaced_page(_written_a_character_at_a_time("\n".join(rows))) == "\n".join(
        ["\u3000\u3000" + BRIDGE_1[:20], BRIDGE_1[20:40], "本报记者 王磊", "    " + TEA_1[:15]]
    )


def _flush(text: str, width: int = 18) -> list[str]:
    """A paragraph hard-wrapped with its indent, extracted without it: the first row short by it."""
    para = "\u3000\u3000" + text
    rows = [para[k : k + width] for k in range(0, len(para), width)]
    return [rows[0].lstrip("\u3000"), *rows[1:]]


@pytest.mark.parametrize(
    "headline", ["青山县新安大桥建成通车（民生观察）", "青山县新安大桥今天建成通车（民生观察）"]
)
def test_on_a_page_that_dropped_its_indents_a_headline_as_wide_as_the_column_opens_the_next_story(headline):
    """…造福人民。 / a headline as wide as the column / 【案情】张某…, a row short by the indent the
    extraction dropped: the headline is no row of the paragraph above, run on into the next."""
    rows = [
        "春茶开采茶农笑开颜",
        *_flush("本报讯（记者 周海）" + TEA_1),
        *_flush(TEA_2),
        *_flush(MARKET_1),
        *_flush(MARKET_2),
        headline,
        *_flush(BRIDGE_1),
        *_flush(BRIDGE_2),
    ]
    tea, bridge = parse_page("\n".join(rows) + "\n").articles
    assert squeeze(tea.body) == squeeze(TEA_1 + TEA_2 + MARKET_1 + MARKET_2)
    assert squeeze(bridge.title) == headline and squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)


def test_a_stray_row_set_in_does_not_keep_a_page_from_reading_its_dropped_indents():
    """A credit wrapped after its space (（本报记者 甲 / 　整理）) sets one row in; the page still
    prints its paragraphs flush, and a headline as wide as the column over a short first row ends."""
    rows = [
        "春茶开采茶农笑开颜",
        *_flush("本报讯 " + TEA_1),
        *_flush(TEA_2),
        *_flush(MARKET_1),
        "（本报记者 周海",
        " 整理）",
        "青山县新安大桥建成通车（民生观察）",
        *_flush(BRIDGE_1),
        *_flush(BRIDGE_2),
    ]
    tea, bridge = parse_page("\n".join(rows) + "\n").articles
    assert squeeze(tea.body) == squeeze(TEA_1 + TEA_2 + MARKET_1)
    assert squeeze(bridge.title) == "青山县新安大桥建成通车（民生观察）"
    assert squeeze(bridge.body) == squeeze(BRIDGE_1 + BRIDGE_2)


def test_a_page_that_dropped_its_indents_ending_on_a_headline_over_one_short_row_is_read():
    """The page's last row, short of the column by an indent under a headline as wide as the
    column, has no text under it: the page is read, not failed."""
    rows = [
        "春茶开采茶农笑开颜",
        *_flush("本报讯（记者 周海）" + TEA_1),
        *_flush(TEA_2),
        *_flush(MARKET_1),
        *_flush(MARKET_2),
        "青山县新安大桥建成通车（民生观察）",
        BRIDGE_1[:16],
    ]
    parsed = parse_page("\n".join(rows) + "\n")
    assert parsed.articles[0].title == "春茶开采茶农笑开颜"
    assert squeeze(BRIDGE_1[:16]) in squeeze(
        "".join("".join(a.paragraphs) + (a.title or "") for a in parsed.articles)
    )
