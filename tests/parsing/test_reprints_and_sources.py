"""Stories from elsewhere: reprint credits and citations, bracketed wire datelines, compiled and
reprinted stories naming their source where a dateline stands, and source lines after the text."""

import pytest

from archive.parsing import parse_page
from tests.support.pages import (
    BRIDGE_1,
    BRIDGE_2,
    BRIDGE_OPENED_1,
    BRIDGE_OPENED_2,
    SCHOOL_1,
    TEA_1,
    only,
    only_on,
    parse,
    wrap,
)


def test_a_reprint_credit_names_the_writer_and_drops_the_citation():
    art = only_on(
        f"新安大桥建成通车\n\n作者：王立新 《光明日报》（2025年03月05日 05版）\n\n{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n"
    )
    assert art.title == "新安大桥建成通车" and art.authors == ["王立新"]
    assert "光明日报" not in art.body


@pytest.mark.parametrize(
    "credit",
    [
        "作者：王立新 来源：《江南晚报》2025年3月2日第6版",
        "作者：王立新 《江南晚报》（2025-03-02 第6版）",
        "作者：王立新 原载《江南晚报》（2025年3月2日6版）",
    ],
)
def test_a_reprint_credit_with_its_source_labelled_or_dated_otherwise_names_the_writer(credit):
    art = only_on(f"新安大桥建成通车\n\n{credit}\n\n{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n")
    assert (art.kicker, art.title, art.authors) == (None, "新安大桥建成通车", ["王立新"])
    assert "江南晚报" not in art.body


def test_a_byline_followed_by_the_collections_citation_is_still_a_byline():
    art = only_on(
        f"新安大桥建成通车\n\n本报记者  李  红《人民日报》（2025年02月02日第 04 版）\n\n{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n"
    )
    assert art.reporters == ["李红"] and art.title == "新安大桥建成通车"


CITATION = "《清溪日报》（2025年02月02日第 04 版）"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("credit", "expected"),
    [
        ("本报记者  李红  周海", {"reporters": ["李红", "周海"]}),
        ("本报通讯员  周海", {"correspondents": ["周海"]}),
        # signed by names alone, whatever their surnames: a pen name (有鱼), an uncommon surname
        ("王立新", {"authors": ["王立新"]}),
        ("有  鱼", {"authors": ["有鱼"]}),
        ("库桂生", {"authors": ["库桂生"]}),
        ("本报记者", {}),
    ],
)
def test_credits_followed_by_the_collections_citation_sign_the_piece(credit, expected, sep):
    text = sep.join(["新安大桥建成通车", credit + CITATION, BRIDGE_OPENED_1, BRIDGE_OPENED_2])
    art = only_on(text + "\n")
    assert (art.kicker, art.title, art.subtitle) == (None, "新安大桥建成通车", None)
    people = {"reporters": [], "correspondents": [], "authors": []} | expected
    assert {role: getattr(art, role) for role in people} == people
    assert art.paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "citation", ["《清溪日报》2025年03月05日 第5版", "来源：《清溪日报》2025年3月5日 05版"]
)
def test_a_citation_closing_a_piece_with_a_space_before_its_page_is_no_kicker_of_the_next(citation, sep):
    parsed = parse(
        "新安大桥建成通车",
        "本报记者 李红",
        BRIDGE_OPENED_1,
        citation,
        "城东实验小学新校舍启用",
        SCHOOL_1,
        sep=sep,
    )
    assert [(a.kicker, a.title, a.paragraphs) for a in parsed.articles] == [
        (None, "新安大桥建成通车", [BRIDGE_OPENED_1]),
        (None, "城东实验小学新校舍启用", [SCHOOL_1]),
    ]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_collections_citation_alone_under_a_headline_is_no_part_of_the_story(sep):
    parsed = parse(
        "新安大桥建成通车", CITATION, BRIDGE_OPENED_1, "城东实验小学新校舍启用", CITATION, SCHOOL_1, sep=sep
    )
    assert [(a.kicker, a.title, a.subtitle) for a in parsed.articles] == [
        (None, "新安大桥建成通车", None),
        (None, "城东实验小学新校舍启用", None),
    ]
    assert [a.paragraphs for a in parsed.articles] == [[BRIDGE_OPENED_1], [SCHOOL_1]]


@pytest.mark.parametrize("series", ["清溪观察·作风建设系列谈③", "记者手记"])
def test_a_series_named_as_one_under_the_headline_is_its_column(series):
    text = "\n\n".join(["新安大桥建成通车", "系列：" + series, "本报记者  李红" + CITATION, BRIDGE_OPENED_1])
    art = only_on(text + "\n")
    assert (art.title, art.column, art.reporters) == ("新安大桥建成通车", series, ["李红"])
    assert art.paragraphs == [BRIDGE_OPENED_1]


@pytest.mark.parametrize("credit", ["【新华社记者 李红 周海】", "[本报记者 李红 周海]"])
def test_wire_credits_in_the_brackets_of_a_dateline_credit_the_story_and_leave_the_text(credit):
    art = only_on(f"新安大桥建成通车\n\n{credit}{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n")
    assert art.reporters == ["李红", "周海"] and art.dateline is None
    assert art.paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("（中央社南京十日電）", "中央社南京十日電"),
        ("【又訊】", "又訊"),
        ("（本市訊）", "本市訊"),
        ("【明報專訊】", "明報專訊"),
        ("(路透社倫敦九日電)", "路透社倫敦九日電"),
    ],
)
def test_an_older_pages_dateline_whole_in_brackets_leaves_the_text(lead, dateline):
    art = only_on(f"　　　　新安大桥建成通车\n\n　　{lead}{BRIDGE_OPENED_1}\n\n　　{BRIDGE_OPENED_2}\n")
    assert art.dateline == dateline and art.title == "新安大桥建成通车"
    assert art.paragraphs == [BRIDGE_OPENED_1, BRIDGE_OPENED_2]


def test_a_bracketed_wire_dateline_with_its_reporter_leaves_nothing_in_the_text():
    art = only_on(
        f"新安大桥建成通车\n\n【新华社北京3月5日电（记者 李红）】{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n"
    )
    assert art.dateline == "新华社北京3月5日电" and art.reporters == ["李红"]
    assert art.body.startswith("新安大桥")


def test_a_source_line_after_the_text_is_no_part_of_it():
    art = only_on(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n信息来源：市交通局\n"
    )
    assert "信息来源" not in art.body and art.reporters == ["李红"]


@pytest.mark.parametrize(
    "source",
    [
        "（据《清溪晚报》）",
        "（据新华社）",  # the outlet alone, as briefs close
        "（据清溪新闻网）",
        "（新华社）",
        "（新华社稿）",
        "（法新社）",  # a foreign agency, as world news briefs close
        "（本报资料室供稿）",
        "（转载自《清溪晚报》）",
        "（清溪发布）",  # an official account's release
        "（来源：清溪新闻网）",
        "（摘自《青山日报》）",
        "（摘编自《青山日报》）",
        "（摘编自《青山日报》，原题为《桥通两岸 路连民心》）",
        "信息来源：青山县交通局 青山县统计局",  # sources set apart by a space
    ],
)
def test_a_source_line_after_the_text_is_neither_text_nor_the_next_kicker(source):
    parsed = parse(
        "新安大桥建成通车", BRIDGE_1, source, "城东实验小学新校舍启用", "本报讯（记者周海）" + SCHOOL_1
    )
    bridge, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1]
    assert school.headline == "城东实验小学新校舍启用"


@pytest.mark.parametrize(
    "source",
    [
        "（来源：清溪新闻网）",
        "（新华社供本报专稿）",
        "（综合新华社、央视新闻）",
        "（本报综合新华社、央视新闻）",
        "（中央社电）",
    ],
)
def test_a_source_in_brackets_at_the_end_of_the_last_paragraph_is_not_text(source):
    art = only(parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2 + source))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_source_closing_an_undated_text_is_kept_where_its_dateline_would_stand():
    art = only(parse("新安大桥建成通车", BRIDGE_1 + "（据新华社）"))
    assert art.dateline == "据新华社" and art.paragraphs == [BRIDGE_1]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1 + "（据新华社）"))
    assert art.dateline == "本报讯"


def test_briefs_closed_by_their_outlet_alone_are_cut_apart_though_none_is_signed_above():
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_1,
        "（据新华社）",
        "城东实验小学新校舍启用",
        SCHOOL_1,
        "（本报记者 周海）",
    )
    bridge, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1] and not bridge.reporters
    assert school.title == "城东实验小学新校舍启用" and school.reporters == ["周海"]


def test_a_bracketed_phrase_opening_on_the_word_compiled_is_still_text():
    art = only(parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2 + "（综合整治）"))
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2 + "（综合整治）"]


@pytest.mark.parametrize("source", ["本报综合", "本报综合报道", "本报综合消息"])
def test_a_compiled_story_names_its_source_where_the_dateline_stands(source):
    art = only(parse("新安大桥建成通车", source + "\u3000" + BRIDGE_1, BRIDGE_2))
    assert art.dateline == source and art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("where", ["under the headline", "after the text"])
def test_the_headline_a_reprinted_piece_first_ran_under_is_a_note_of_its_text(where, sep):
    note = "（原标题：两岸居民盼了多年的大桥通了）"
    text = ["本报讯（记者李红）" + BRIDGE_1, BRIDGE_2]
    blocks = [note, *text] if where == "under the headline" else [*text, note]
    parsed = parse("新安大桥建成通车", *blocks, "青山春茶开采", "本报讯（记者周海）" + TEA_1, sep=sep)
    bridge, tea = parsed.articles
    assert (bridge.kicker, bridge.title, bridge.subtitle, bridge.reporters) == (
        None,
        "新安大桥建成通车",
        None,
        ["李红"],
    )
    assert bridge.paragraphs == (
        [note, BRIDGE_1, BRIDGE_2] if where == "under the headline" else [BRIDGE_1, BRIDGE_2, note]
    )
    assert (tea.kicker, tea.title) == (None, "青山春茶开采")


def test_a_reprinted_story_names_the_paper_it_comes_from():
    art = only(parse("新安大桥建成通车", "据《人民日报》报道 " + BRIDGE_1))
    assert art.dateline == "据《人民日报》报道" and art.paragraphs == [BRIDGE_1]


def test_a_reprinted_paper_named_inside_a_sentence_is_no_dateline():
    art = only(parse("新安大桥建成通车", "据《人民日报》报道，" + BRIDGE_1))
    assert art.dateline is None


def test_a_closing_note_naming_the_source_and_who_wrote_it_up_credits_the_writer():
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_1,
        BRIDGE_2,
        "（案例来源：清溪市中级人民法院，本报记者李红整理）",
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + SCHOOL_1,
    )
    bridge, school = parsed.articles
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2] and bridge.reporters == ["李红"]
    assert (school.kicker, school.title) == (None, "城东实验小学新校舍启用")


@pytest.mark.parametrize("note", ["（本版文章由清溪日报社理论部组稿）", "（应采访对象要求，文中李明为化名）"])
def test_a_note_on_how_the_page_was_made_is_no_kicker_of_the_next_headline(note):
    parsed = parse(
        "新安大桥建成通车",
        "作者：李红",
        BRIDGE_1,
        "（作者为青山县委党校教授）",
        note,
        "城东实验小学新校舍启用",
        "本报讯（记者周海）" + SCHOOL_1,
    )
    assert [(a.kicker, a.title) for a in parsed.articles] == [
        (None, "新安大桥建成通车"),
        (None, "城东实验小学新校舍启用"),
    ]
    # the note closes the piece above it, under the note on its author
    assert parsed.articles[0].paragraphs == [BRIDGE_1, "（作者为青山县委党校教授）", note]


def test_a_wrapped_row_opening_with_the_word_source_is_no_source_line():
    text = (
        "建议在暴雨洪水的多发区域"
        + "来源区、山洪灾害易发区以及水"
        + "库下游加密布设雨量站，提高监"
        + "测覆盖率。"
    )
    rows = wrap("\u3000\u3000" + text, 14)
    assert "\n来源区" in rows
    page = "\n".join(["新安大桥建成通车", "本报记者 李红", wrap("\u3000\u3000" + BRIDGE_1, 14), rows, ""])
    art = only_on(page)
    assert art.paragraphs[-1] == text and art.reporters == ["李红"]


@pytest.mark.parametrize("note", ["（有删节）", "（未完待续）", "（全文完）", "（附图片）"])
@pytest.mark.parametrize("glued", [True, False])
def test_a_note_closing_the_text_ends_the_story_whether_run_on_or_on_a_line_of_its_own(note, glued):
    closing = BRIDGE_1 + note if glued else BRIDGE_1 + "\n" + note
    parsed = parse_page(f"新安大桥建成通车\n{closing}\n城东实验小学新校舍启用\n{SCHOOL_1}\n")
    bridge, school = parsed.articles
    assert "".join(bridge.paragraphs) == BRIDGE_1 + note
    assert (school.kicker, school.title, school.paragraphs) == (None, "城东实验小学新校舍启用", [SCHOOL_1])
