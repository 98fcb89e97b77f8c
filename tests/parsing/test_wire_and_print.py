"""Layouts of other papers: half-width punctuation, pages printed in traditional characters,
compiled and reprinted stories that name their source where a dateline stands, and the editors'
credits at the foot of a page."""

from __future__ import annotations

from tests.support.pages import BRIDGE_1, BRIDGE_2, SCHOOL_1, SCHOOL_2, only, parse, titles


def _half_width(text: str) -> str:
    return text.replace("，", ",").replace("。", ".").replace("、", ",")


def test_stories_typed_with_half_width_full_stops_are_cut_at_their_headlines():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯(记者 王 宁)" + _half_width(BRIDGE_1),
        _half_width(BRIDGE_2),
        "镇里负责人表示,将做好大桥的日常养护.",
        "城东实验小学新校舍启用",
        "本报讯(记者 钱 进)" + _half_width(SCHOOL_1),
        _half_width(SCHOOL_2),
    )
    assert titles(parsed) == ["新安大桥建成通车", "城东实验小学新校舍启用"]
    assert [a.reporters for a in parsed.articles] == [["王宁"], ["钱进"]]
    assert [len(a.paragraphs) for a in parsed.articles] == [3, 2]


def test_a_half_width_full_stop_after_a_digit_is_a_decimal_point():
    from archive.parsing.lines import is_terminated, sentence_count

    assert not is_terminated("全年增长3.")
    assert is_terminated("全年增长三成.")
    assert sentence_count("增长3.5%,高于去年.") == 1
    assert is_terminated("占全市的24.6%.")


def test_a_half_width_full_stop_before_a_caption_credit():
    caption = "市民在新安大桥上散步.市交通局供图"
    parsed = parse("新安大桥建成通车", "本报讯(记者 王 宁)" + _half_width(BRIDGE_1), caption)
    story, photo = parsed.articles
    assert story.paragraphs == [_half_width(BRIDGE_1)]
    assert (photo.kind, photo.paragraphs) == ("photo", ["市民在新安大桥上散步."])


def test_a_page_in_traditional_characters():
    parsed = parse(
        "星島日報",
        "新安大橋建成通車",
        "本報記者 陳嘉欣",
        BRIDGE_1,
        "城東小學新校舍啟用",
        "【本報訊】" + SCHOOL_1,
        "市民在新校舍前合影。",
        "記者 黃志明 攝",
    )
    assert parsed.publication == "星島日報"
    bridge, school, picture = parsed.articles
    assert bridge.title == "新安大橋建成通車" and bridge.reporters == ["陳嘉欣"]
    assert school.dateline == "本報訊" and school.paragraphs == [SCHOOL_1]
    assert picture.kind == "photo" and picture.photographers == ["黃志明"]


def test_a_compiled_story_names_its_source_where_the_dateline_stands():
    art = only(parse("新安大桥建成通车", "本报综合 " + BRIDGE_1, BRIDGE_2))
    assert art.dateline == "本报综合" and art.paragraphs == [BRIDGE_1, BRIDGE_2]


def test_a_reprinted_story_names_the_paper_it_comes_from():
    art = only(parse("新安大桥建成通车", "据《人民日报》报道 " + BRIDGE_1))
    assert art.dateline == "据《人民日报》报道" and art.paragraphs == [BRIDGE_1]


def test_a_reprinted_paper_named_inside_a_sentence_is_no_dateline():
    art = only(parse("新安大桥建成通车", "据《人民日报》报道，" + BRIDGE_1))
    assert art.dateline is None


def test_the_editors_credits_at_the_foot_of_the_page_are_not_story_text():
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者 王  宁）" + BRIDGE_1,
        BRIDGE_2,
        "本版编辑 陈  默   美编 李  青   校对 郑  杰",
    )
    assert only(parsed).paragraphs == [BRIDGE_1, BRIDGE_2]
