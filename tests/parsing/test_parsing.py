"""A page cut into stories (archive.parsing): where a story starts and ends, continuation markers,
editors' notes, interviews and boxes; the warnings, the JSON row, and pages that must never break it.

Small hand-written pages, no database; the paragraphs and helpers are in tests/support/pages.py.
Each concern of the layout has a file of its own beside this one (bylines, headlines, photos…).
"""

from __future__ import annotations

import json

import pytest

from archive.parsing import ParsedArticle, parse_page
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
    only_on,
    page,
    parse,
    squeeze,
    titles,
    wrap,
)

LINK_1 = "新安大桥是清溪上的第三座跨江大桥，此前两岸往来主要依靠轮渡。"
LINK_2 = "按照规划，清溪上还将建设两座大桥，五年内全部建成。"

# ---- segmentation -----------------------------------------------------------------------------


def test_stories_start_at_headlines_above_their_lead_ins():
    parsed = parse(
        "青山镇春茶开采 茶农喜迎丰收",
        "本报讯（记者王晓明）" + TEA_1,
        TEA_2,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
    )
    assert titles(parsed) == ["青山镇春茶开采 茶农喜迎丰收", "新安大桥建成通车"]
    tea, bridge = parsed.articles
    assert tea.paragraphs == [TEA_1, TEA_2]
    assert bridge.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert tea.reporters == ["王晓明"] and bridge.reporters == ["李红"]


def test_a_headline_with_no_byline_after_a_picture_starts_a_story():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "清溪晨雾",
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        "记者 周海 摄",
        "城东实验小学新校舍启用",
        SCHOOL_1,
        SCHOOL_2,
    )
    assert [a.kind for a in parsed.articles] == ["article", "photo", "article"]
    school = parsed.articles[2]
    assert school.title == "城东实验小学新校舍启用"
    assert school.paragraphs == [SCHOOL_1, SCHOOL_2]
    assert "no_byline" in school.warnings


def test_a_headline_set_off_by_a_wide_gap_starts_a_story_without_byline():
    text = (
        page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
        + "\n"
        + page("古城夜市 点亮 消费新场景", "\n\n" + MARKET_1, MARKET_2)
    )
    parsed = parse_page(text)
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市 点亮 消费新场景"]
    assert parsed.articles[1].paragraphs == [MARKET_1, MARKET_2]


def test_a_gap_of_blank_lines_under_a_headline_shaped_line_tips_the_balance():
    story = page("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2)
    gap = parse_page(story + "\n灯火 点亮 烟火气\n\n\n\n" + MARKET_1 + "\n")
    assert titles(gap) == ["新安大桥建成通车", "灯火 点亮 烟火气"]
    no_gap = parse_page(story + "\n灯火 点亮 烟火气\n\n" + MARKET_1 + "\n")
    assert only(no_gap).paragraphs[-2:] == ["灯火 点亮 烟火气", MARKET_1]


def test_a_headline_whose_words_run_through_the_text_below_starts_a_story():
    parsed = parse("新安大桥建成通车", BRIDGE_1, BRIDGE_2, "古城夜市成为消费新热点", MARKET_1, MARKET_2)
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市成为消费新热点"]
    assert parsed.articles[1].paragraphs == [MARKET_1, MARKET_2]


def test_a_subhead_sharing_words_with_the_story_above_stays_in_it():
    art = only(parse("新安大桥建成通车", BRIDGE_1, "大桥通车以后", BRIDGE_2))
    assert squeeze(art.body) == squeeze(BRIDGE_1 + "大桥通车以后" + BRIDGE_2)


def test_text_after_a_closed_story_opens_a_new_one_with_its_headline():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        "（下转第二版）",
        "古城夜市人气旺",
        MARKET_1,
    )
    assert titles(parsed) == ["新安大桥建成通车", "古城夜市人气旺"]


def test_a_lead_in_without_headline_is_a_story_of_its_own():
    parsed = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, "本报讯（记者王晓明）" + TEA_1)
    assert len(parsed.articles) == 2
    assert parsed.articles[1].reporters == ["王晓明"]
    assert parsed.articles[1].title is None
    assert "no_headline" in parsed.articles[1].warnings


def test_text_at_the_top_of_the_page_with_no_headline_is_kept_and_flagged():
    parsed = parse(BRIDGE_1, BRIDGE_2, "古城夜市人气旺", "本报讯（记者周海）" + MARKET_1)
    first = parsed.articles[0]
    assert first.paragraphs == [BRIDGE_1, BRIDGE_2]
    assert first.title is None
    assert "unknown_layout" in first.warnings and "no_headline" in first.warnings
    assert parsed.articles[1].title == "古城夜市人气旺"


def test_a_page_with_no_article_gives_an_empty_list():
    assert parse_page("").articles == []
    assert parse_page("\n\n  \n").articles == []
    assert parse_page("1234 5678\n---\n").articles == []


# ---- continuation markers ---------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["（下转第二版）", "（下接第二版）"])
def test_continuation_to_another_page_is_taken_out_of_the_body(marker):
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2, marker))
    assert art.continues_to == "第二版"
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("broken", [("（下转", "第2版）"), ("（下转第", "2版）")])
def test_a_continuation_marker_a_column_broke_with_a_blank_line_between_is_read(broken):
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1 + broken[0],
        broken[1],
        "古城夜市人气旺",
        "本报讯（记者王五）" + TEA_1,
    )
    bridge, market = parsed.articles
    assert (bridge.paragraphs, bridge.continues_to) == ([BRIDGE_1], "第2版")
    assert (market.kicker, market.title) == (None, "古城夜市人气旺")


def test_continuation_marker_inside_the_last_paragraph():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, BRIDGE_2 + "(下转第3版)"))
    assert art.continues_to == "第3版"
    assert art.paragraphs[-1] == BRIDGE_2


@pytest.mark.parametrize(
    ("marker", "page"),
    [
        ("（转A2）", "A2"),
        ("（续见第2版）", "第2版"),
        ("▲下转第2版", "第2版"),
        ("下转第2版", "第2版"),
        ("【下转第2版】", "第2版"),
        ("〔下转第2版〕", "第2版"),
        ("下转第2版▶", "第2版"),
        # a front page's teaser sends its reader to the whole story
        ("详见A3版", "A3版"),
        ("（详见第3版）", "第3版"),
        ("（紧转第3版）", "第3版"),
        # a lettered page without 版 and unbracketed; the text saying it is unfinished or naming itself
        ("下转A2", "A2"),
        ("（未完，下转第2版）", "第2版"),
        ("（本文转第4版）", "第4版"),
    ],
)
@pytest.mark.parametrize("own_line", [True, False])
def test_continuation_markers_other_papers_print(marker, page, own_line):
    tail = [BRIDGE_2, marker] if own_line else [BRIDGE_2 + marker]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, *tail))
    assert art.continues_to == page
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("marker", ["（接下页）", "（转下页）", "（下转下页）"])
@pytest.mark.parametrize("own_line", [True, False])
def test_a_marker_sending_the_reader_to_the_next_page_unnumbered(marker, own_line):
    tail = [BRIDGE_2, marker] if own_line else [BRIDGE_2 + marker]
    art = only(parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, *tail))
    assert (art.continues_to, art.continued_from) == ("下页", None)
    assert art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_marker_bringing_the_reader_from_the_page_before_unnumbered():
    art = only(parse("新安大桥建成通车", "（接上页）" + BRIDGE_2))
    assert (art.continues_to, art.continued_from) == (None, "上页")
    assert art.paragraphs == [BRIDGE_2]


@pytest.mark.parametrize("marker", ["(上接第一版)", "（上承第一版）"])
def test_a_story_continued_from_another_page_starts_after_its_title(marker):
    art = only(parse("新安大桥建成通车", marker, BRIDGE_2, BRIDGE_1))
    assert art.title == "新安大桥建成通车"
    assert art.continued_from == "第一版"
    assert art.paragraphs == [BRIDGE_2, BRIDGE_1]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize(
    ("head", "title", "page"),
    [
        (["新安大桥建成通车（上接第1版）"], "新安大桥建成通车", "第1版"),  # the marker on the title's line
        (["新安大桥建成通车 （接第一版）"], "新安大桥建成通车", "第一版"),
        (["（接1版）"], None, "第1版"),
        (["◀上接第1版"], None, "第1版"),
        (["上接第1版", "新安大桥建成通车"], "新安大桥建成通车", "第1版"),  # the marker over the title
        (["（上接第1版）", "新安大桥建成通车"], "新安大桥建成通车", "第1版"),
    ],
)
def test_the_rest_of_a_story_under_its_title_and_the_page_it_comes_from(sep, head, title, page):
    parsed = parse(*head, BRIDGE_2, BRIDGE_1, "古城夜市人气旺", "本报讯（记者王五）" + TEA_1, sep=sep)
    rest, market = parsed.articles
    assert (rest.title, rest.continued_from, rest.paragraphs) == (title, page, [BRIDGE_2, BRIDGE_1])
    assert market.title == "古城夜市人气旺"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("marker", ["（上接第1版）", "【上接第1版】", "〔上接第1版〕"])
def test_the_title_of_a_storys_rest_after_another_story_opens_it(marker, sep):
    parsed = parse(
        "青山春茶开采", "本报讯（记者周海）" + TEA_1, "新安大桥建成通车", marker + BRIDGE_2, sep=sep
    )
    tea, bridge = parsed.articles
    assert tea.paragraphs == [TEA_1]
    assert (bridge.title, bridge.continued_from, bridge.paragraphs) == (
        "新安大桥建成通车",
        "第1版",
        [BRIDGE_2],
    )


def test_continued_from_marker_leading_a_paragraph():
    art = only(parse("新安大桥建成通车", "（上接1版）" + BRIDGE_2))
    assert art.continued_from == "第1版"
    assert art.paragraphs == [BRIDGE_2]


# ---- editor's notes ---------------------------------------------------------------------------


def test_an_editors_note_is_the_body_of_the_headline_it_follows():
    note = "编者按：近日，全市各区县围绕乡村振兴开展交流，本报今日刊登部分发言摘要，以飨读者。"
    parsed = parse(
        "# 携手奋进 共建美丽乡村",
        "## ——全市乡村振兴工作交流会发言摘要",
        note,
        "### 让茶叶成为致富的金叶子",
        "青山镇党委书记 孙立平",
        TEA_1,
    )
    first, second = parsed.articles
    assert first.title == "携手奋进 共建美丽乡村"
    assert first.subtitle == "——全市乡村振兴工作交流会发言摘要"
    assert first.paragraphs == [note]
    assert second.title == "让茶叶成为致富的金叶子" and second.authors == ["孙立平"]


# ---- warnings ---------------------------------------------------------------------------------


def test_warnings_for_the_review_queue():
    long_title = "关于进一步加强和改进新时代城乡基层治理体系和治理能力现代化建设的若干工作举措的实施意见"
    parsed = parse(
        long_title, "本报讯（记者李红）" + BRIDGE_1, "桥通了", "本报讯（记者李红）大桥今天通车了。"
    )
    first, second = parsed.articles
    assert "headline_too_long" in first.warnings
    assert "headline_too_short" in second.warnings and "short_body" in second.warnings
    assert "no_byline" not in first.warnings


def test_a_label_in_brackets_after_a_title_is_not_counted_in_its_length():
    labelled = "坚持以人民为中心推进城乡基层治理体系和治理能力现代化（深入学习贯彻党的二十届三中全会精神）"
    run_on = "坚持以人民为中心推进城乡基层治理现代化建设全市各地正在加快推进相关工作并取得了积极成效"
    parsed = parse(labelled, "本报讯（记者李红）" + BRIDGE_1, run_on, "本报讯（记者李红）" + BRIDGE_1)
    first, second = parsed.articles
    assert first.title == labelled and "headline_too_long" not in first.warnings
    assert second.title == run_on and "headline_too_long" in second.warnings


def test_quotes_lost_from_the_page_are_flagged_and_the_text_left_as_is():
    body = "会议要求，全市上下要深入实施 清溪振兴计划，坚持 一区两带 发展方向，奋力打造共同富裕示范区。"
    parsed = parse("全市经济工作会议召开", "本报讯（记者李红）" + body, TEA_2)
    art = only(parsed)
    assert art.paragraphs[0] == body
    assert "quotes_lost" in art.warnings
    assert "quotes_lost" in parsed.warnings


@pytest.mark.parametrize("sep", ["\n", ""])
def test_speakers_posts_and_names_set_apart_by_a_space_are_no_quotes_lost(sep):
    """全国人大代表、清溪县县长 王明：…: each speaker's post, a space and the name, on a page printing no
    quotation marks: nothing was lost."""
    said = [
        ("全国人大代表、清溪县县长 王明：", "今年我们将持续优化营商环境，让企业安心发展。"),
        ("全国政协委员、省农科院研究员 李红：", "报告关于科技创新的内容让我印象深刻，要加强基础研究。"),
    ]
    turns = [speaker + sep + text for speaker, text in said]
    parsed = parse("代表委员热议政府工作报告", "本报记者 周海", *turns)
    assert "quotes_lost" not in only(parsed).warnings + parsed.warnings


def test_quotes_kept_on_the_page_raise_no_quotes_warning():
    body = "会议要求，全市上下要深入实施“清溪振兴计划”，坚持“一区两带”发展方向，奋力打造共同富裕示范区。"
    art = only(parse("全市经济工作会议召开", "本报讯（记者李红）" + body, TEA_2))
    assert "quotes_lost" not in art.warnings


# ---- the JSON row -----------------------------------------------------------------------------


def test_as_json_has_exactly_the_importer_keys():
    art = only(parse("新安大桥建成通车", "本报讯（记者李红 通讯员赵小燕）" + BRIDGE_1, BRIDGE_2))
    row = art.as_json("page.txt")
    assert set(row) == {
        "source", "kind", "title", "kicker", "subtitle", "column", "dateline", "reporters",
        "correspondents", "photographers", "authors", "body", "continues_to", "continued_from", "warnings",
        "confidence", "doubtful",
    }  # fmt: skip
    assert row["body"] == BRIDGE_1 + "\n\n" + BRIDGE_2
    assert row["source"] == "page.txt" and row["correspondents"] == ["赵小燕"]
    json.dumps(row, ensure_ascii=False)
    assert art.headline == "新安大桥建成通车"


def test_headline_joins_the_parts_that_are_printed():
    art = ParsedArticle(kicker="引题", title="主题", subtitle=None)
    assert art.headline == "引题 主题"
    assert ParsedArticle(paragraphs=["甲", "乙"]).body == "甲\n\n乙"


# ---- robustness -------------------------------------------------------------------------------


def test_never_raises_on_odd_input():
    samples = [
        "",
        "\x00\x01\x02\ufffd\ud800 本报讯（",
        "（下转第二版）",
        "本报讯（记者",
        "#\n##\n###",
        "记者 甲 摄",
        "\r\r\r\n\n",
        "本报讯" * 1000,
        "新安大桥建成通车\n" * 300,
        bytes(range(256)).decode("latin-1"),
    ]
    for text in samples:
        parsed = parse_page(text)
        for art in parsed.articles:
            json.dumps(art.as_json("x"), ensure_ascii=False).encode("utf-8")


def test_a_page_of_many_stories_is_cut_into_all_of_them():
    blocks = []
    for k in range(40):
        blocks += [
            f"青山镇第{k}批春茶开采 茶农喜迎丰收",
            "本报讯（记者王晓明 通讯员赵小燕）" + TEA_1,
            TEA_2,
            BRIDGE_1[:30],
            BRIDGE_1[30:],
        ]
    parsed = parse(*blocks)
    assert titles(parsed) == [f"青山镇第{k}批春茶开采 茶农喜迎丰收" for k in range(40)]
    assert all(art.paragraphs == [TEA_1, TEA_2, BRIDGE_1] for art in parsed.articles)


def test_a_huge_page_without_blank_lines_is_one_story():
    # how long such pages take is measured by benchmarks/parse_bench.py
    parsed = parse_page(("本报讯（记者李红）" + BRIDGE_1 + BRIDGE_2) * 8000)
    assert len(parsed.articles) == 1


def test_never_raises_on_generated_pages():
    hypothesis = pytest.importorskip("hypothesis")
    st = hypothesis.strategies
    from archive.parsing.page import parse as parse_unguarded

    pieces = st.sampled_from(
        ["\n", "\n\n", "\r\n", "\u3000", " ", "本报讯", "（记者", "王晓明", "）", "(", "摄", "记者 ", "通讯员", "。",
         "，", "、", "——", "## ", "# ", "（下转第二版）", "(上接第一版)", "编者按：", "供图", "市委书记 ", "整理）",
         "新安大桥", "建成通车", "2024年3月5日", "第3版", "日报", "？", "”", "“", "·", "A", "1"]
    )  # fmt: skip

    @hypothesis.settings(max_examples=300, deadline=None, derandomize=True)
    @hypothesis.given(st.lists(pieces, max_size=80), st.text(max_size=40))
    def check(tokens, noise):
        parsed = parse_unguarded("".join(tokens) + noise)
        for art in parsed.articles:
            assert art.kind in ("article", "photo")
            assert art.paragraphs and all(p.strip() for p in art.paragraphs)
            json.dumps(art.as_json("x"), ensure_ascii=False).encode("utf-8")

    check()


# ---- interviews and editors' notes ------------------------------------------------------------


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_an_interview_in_questions_and_answers_stays_one_story(sep):
    turns = [
        "记者：今年春茶的行情怎么样？",
        "孙立平：今年春茶开采早、品质好，收购价比去年高出一成。",
        "问：茶农增收靠什么？",
        "答：靠品牌。我们统一包装、统一销售，价格翻了一番。",
    ]
    parsed = parse("把小茶叶做成大产业", "——访青山镇党委书记孙立平", "本报记者 李红", TEA_1, *turns, sep=sep)
    art = only(parsed)
    assert art.paragraphs == [TEA_1, *turns]
    assert art.subtitle == "——访青山镇党委书记孙立平" and art.reporters == ["李红"]


def test_an_editors_note_under_a_headline_leads_into_its_story():
    note = "编者按：今年是新安大桥建成十周年，本报今起推出系列报道，敬请关注。"
    parsed = parse(
        "新安大桥建成通车",
        note,
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        "古城夜市人气旺",
        "本报讯" + MARKET_1,
    )
    bridge, market = parsed.articles
    assert bridge.title == "新安大桥建成通车" and bridge.dateline == "本报讯"
    assert bridge.paragraphs == [note, BRIDGE_1, BRIDGE_2] and bridge.reporters == ["李红"]
    assert market.title == "古城夜市人气旺" and market.paragraphs == [MARKET_1]


def test_an_editors_note_over_headlined_stories_stays_with_its_own_headline():
    note = "编者按：今年是新安大桥建成十周年，本报今起推出系列报道，敬请关注。"
    parsed = parse("新安大桥十年", note, "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1)
    assert titles(parsed) == ["新安大桥十年", "新安大桥建成通车"]
    assert parsed.articles[0].paragraphs == [note]


@pytest.mark.parametrize(
    "note", ["编者按：本报今起推出系列报道，敬请关注。", "【编者的话】本报今起推出系列报道。"]
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_an_editors_note_after_a_storys_text_is_not_that_storys(note, sep):
    """Set over the next headline, the note introduces what follows: it opens the text of the story
    under that headline, as the paper's digital edition files its notes (both of the corpus's open
    their article's text), and the story above ends where its text does."""
    parsed = parse(
        "古城夜市人气旺",
        "本报讯" + MARKET_1,
        note,
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        sep=sep,
    )
    market, bridge = parsed.articles
    assert market.paragraphs == [MARKET_1]
    assert (bridge.title, bridge.reporters) == ("新安大桥建成通车", ["李红"])
    assert bridge.paragraphs == [note, BRIDGE_1]


def test_an_afterword_closes_the_story_it_follows():
    note = "编后：一座桥，连起的是两岸百姓的日子。"
    parsed = parse(
        "新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, note, "古城夜市人气旺", "本报讯" + MARKET_1
    )
    assert parsed.articles[0].paragraphs == [BRIDGE_1, note]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("label", ["编后", "编后语", "【编后】"])
def test_an_afterword_under_its_label_after_a_signed_story_is_that_storys(label, sep):
    word = "一座桥，连起的是两岸百姓的日子。"
    more = "盼了多年的愿望终于实现，更要管好用好这座桥。"
    parsed = parse(
        "新安大桥建成通车",
        BRIDGE_1,
        BRIDGE_2 + "（记者 李红）",
        label,
        word,
        more,
        "古城夜市人气旺",
        "本报讯" + MARKET_1,
        sep=sep,
    )
    bridge, market = parsed.articles
    assert bridge.reporters == ["李红"] and bridge.paragraphs == [BRIDGE_1, BRIDGE_2, label, word, more]
    assert (market.title, market.paragraphs) == ("古城夜市人气旺", [MARKET_1])


# ---- what stays in a story: salutations, closing lists, boxes ---------------------------------


def test_a_salutation_under_a_headline_opens_the_text():
    art = only(parse("城东实验小学新校舍启用", "各位家长：", SCHOOL_1, SCHOOL_2))
    assert art.title == "城东实验小学新校舍启用" and art.paragraphs[0] == "各位家长："


def test_a_numbered_list_closing_a_story_stays_in_it():
    art = only_on(
        f"新安大桥建成通车\n\n本报讯（记者 李红）{BRIDGE_OPENED_1}\n\n下一步工作重点：\n\n①加快周边道路建设；\n\n②完善公交线路。\n"
    )
    assert art.body.endswith("②完善公交线路。")


def test_an_unsigned_story_is_not_run_into_the_next_that_signs_with_its_lead_in():
    page = parse_page(
        f"新安大桥建成通车\n\n{BRIDGE_OPENED_1}\n\n{BRIDGE_OPENED_2}\n\n年货市场人气旺\n\n本报讯（记者 李红）{NEW_YEAR_MARKET}\n"
    )
    assert [a.title for a in page.articles] == ["新安大桥建成通车", "年货市场人气旺"]


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


def test_on_a_page_wrapped_to_one_width_a_headline_broken_at_its_comma_never_runs_on_a_full_last_row():
    # the story's last paragraph ends a sentence exactly at the edge of its last row
    last = "大桥通车后，两岸居民出行时间由原来的四十分钟缩短到了五分钟左右。"
    text = "\n".join(
        [
            "新安大桥建成通车",
            wrap("本报讯（记者李红）" + BRIDGE_1),
            wrap(last),
            "春茶开采，",
            "茶农笑开颜",
            wrap("本报讯（记者周海）" + TEA_1),
            "",
        ]
    )
    bridge, tea = parse_page(text).articles
    assert bridge.paragraphs[-1].endswith("五分钟左右。")
    assert tea.title == "春茶开采，茶农笑开颜"


@pytest.mark.parametrize(
    ("names", "sep"),
    [
        (names, sep)
        for names in (
            "张建国 李秀英 王志强 刘桂兰 陈小明",
            "张建国（城东街道）、李秀英（城西街道）、王志强（城南街道）",
            "一等奖：张建国、李秀英",
        )
        for sep in ("\n", "\n\n")
    ]
    + [("张建国、李秀英、王志强、\n刘桂兰、陈小明", "\n")],
)
def test_a_list_of_names_ending_a_story_stays_its_text_and_never_heads_the_next(names, sep):
    text = sep.join(
        [
            "社区志愿者表彰大会召开",
            "本报讯（记者 徐静）一百名优秀志愿者受到表彰。受表彰的志愿者代表有：",
            names,
            "新安大桥建成通车",
            "本报讯（记者李红）" + BRIDGE_1,
        ]
    )
    honours, bridge = parse_page(text).articles
    assert honours.paragraphs[-1] == names.replace("\n", "")
    assert (bridge.kicker, bridge.title) == (None, "新安大桥建成通车")
