"""Pictures and the furniture around them on pages laid out each way extraction gives them:
paragraphs apart by a blank line, by a single newline, by a full-width indent, or hard-wrapped at a
column width with no blank line; markdown heads or none; full- or half-width punctuation. Each
picture stands between two stories, at the top or end of the page, or next to another picture."""

from __future__ import annotations

import pytest

from archive.parsing import parse_page
from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, MARKET_2, SCHOOL_1, TEA_2, squeeze, wrap

HALF = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})
# print never starts a row with a closing mark: it hangs at the end of the row above
_NO_ROW_START = set("，。、；：！？”’）》,.;:!?)")


def _rows(text: str, width: int) -> list[str]:
    """``text`` hard-wrapped to a column ``width`` characters wide (digits and Latin letters half)."""
    rows, row, size = [], "", 0.0
    for ch in text:
        w = 0.5 if ord(ch) < 0x2E80 else 1.0
        if size + w > width and row and ch not in _NO_ROW_START:
            rows.append(row)
            row, size = "", 0.0
        row += ch
        size += w
    return [*rows, row] if row else rows


def lay_out(blocks, paragraphs="blank", width=18, half=False, markdown=False) -> str:
    """A page of ``blocks`` ((role, text): head, para, caption or line) laid out one way."""
    out: list[str] = []

    def gap():
        if out and out[-1] != "":
            out.append("")

    for role, text in blocks:
        text = text.translate(HALF) if half else text
        if role == "head":
            if paragraphs in ("blank", "indent"):
                gap()
            out.append(("# " if markdown else "") + text)
        elif role == "para":
            if paragraphs == "blank":
                gap()
            if paragraphs == "wrap":
                out.extend(_rows("\u3000\u3000" + text, width))
            else:
                out.append(("\u3000\u3000" if paragraphs == "indent" else "") + text)
        elif role == "caption":
            if paragraphs in ("blank", "indent"):
                gap()
            out.extend(_rows(text, width) if paragraphs == "wrap" else [text])
        else:  # a credit, a code or another line set on its own
            if paragraphs == "blank":
                gap()
            out.append(text)
    return "\n".join(out) + "\n"


LAYOUTS = {
    "blank lines": {},
    "single newlines": {"paragraphs": "newline"},
    "indents": {"paragraphs": "indent"},
    "wrapped at 18": {"paragraphs": "wrap"},
    "wrapped at 26": {"paragraphs": "wrap", "width": 26},
    "markdown heads": {"markdown": True},
    "half-width, blank lines": {"half": True},
    "half-width, wrapped": {"paragraphs": "wrap", "half": True},
}
layouts = pytest.mark.parametrize("layout", list(LAYOUTS))


def read(blocks, layout):
    return parse_page(lay_out(blocks, **LAYOUTS[layout]))


def as_printed(text: str, layout: str) -> str:
    return text.translate(HALF) if LAYOUTS[layout].get("half") else text


BRIDGE = [("head", "新安大桥建成通车"), ("para", "本报讯（记者李红）" + BRIDGE_1), ("para", BRIDGE_2)]
MARKET = [("head", "古城夜市人气旺"), ("line", "本报记者 王明"), ("para", MARKET_1), ("para", MARKET_2)]
SCHOOL = [("head", "城东实验小学新校舍启用"), ("para", "本报讯（记者赵敏）" + SCHOOL_1)]
MIST = "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画，早起的市民在江边晨练。"
NIGHT = "大桥夜景流光溢彩，车流如织。"
CROWD = "市民在桥头合影留念。"
BUSY = "周末的古城夜市人头攒动，两百多个摊位沿河排开。"


def items(parsed):
    return [(a.kind, a.title, a.photographers, a.paragraphs) for a in parsed.articles]


def expected(layout, *wanted):
    return [
        (kind, title, who, [as_printed(p, layout) for p in paragraphs])
        for kind, title, who, paragraphs in wanted
    ]


STORIES = [
    ("article", "新安大桥建成通车", [], [BRIDGE_1, BRIDGE_2]),
    ("article", "古城夜市人气旺", [], [MARKET_1, MARKET_2]),
]


# ---- credits on a line of their own, and the furniture under them ------------------------------


@layouts
@pytest.mark.parametrize(
    ("credit", "who"),
    [
        ("周海 摄（人民视觉）", ["周海"]),
        ("新华社记者 周海摄", ["周海"]),
        ("周海/摄", ["周海"]),
        ("本报记者 周  海 摄", ["周海"]),
        # as long as the headline and byline below it: no column is set that narrow
        ("周海 吴佳 摄", ["周海", "吴佳"]),
        # the agency selling the picture after a slash, no role between
        ("周海/视觉中国", ["周海"]),
        ("周  海／人民视觉", ["周海"]),
        ("周海 / 东方IC", ["周海"]),
        # a drawing's: its artist made the picture
        ("周海绘", ["周海"]),
        ("周海绘（新华社发）", ["周海"]),
        ("（周海 绘）", ["周海"]),
        # a cartoon an agency sent
        ("新华社发（周海 作）", ["周海"]),
        ("新华社发 周海 作", ["周海"]),
    ],
)
def test_a_credit_under_its_caption_closes_the_picture_and_titles_nothing(layout, credit, who):
    between = read([*BRIDGE, ("caption", MIST), ("line", credit), *MARKET], layout)
    bridge, market = STORIES
    assert items(between) == expected(layout, bridge, ("photo", None, who, [MIST]), market)
    assert between.articles[2].kicker is None
    at_top = read([("caption", MIST), ("line", credit), *MARKET], layout)
    assert items(at_top) == expected(layout, ("photo", None, who, [MIST]), market)
    at_end = read([*BRIDGE, ("caption", MIST), ("line", credit)], layout)
    assert items(at_end) == expected(layout, bridge, ("photo", None, who, [MIST]))


@layouts
def test_two_credited_pictures_in_a_row_between_stories(layout):
    parsed = read(
        [
            *BRIDGE,
            ("caption", MIST),
            ("line", "新华社记者 周海 摄"),
            ("caption", CROWD),
            ("line", "王明/摄"),
            *MARKET,
        ],
        layout,
    )
    bridge, market = STORIES
    assert items(parsed) == expected(
        layout, bridge, ("photo", None, ["周海"], [MIST]), ("photo", None, ["王明"], [CROWD]), market
    )


@layouts
@pytest.mark.parametrize(
    "furniture", ["③2", "⑩", "信息来源：清溪市交通局", "扫码看视频", "扫描二维码 了解更多", "第A03版：要闻"]
)
def test_a_line_of_furniture_under_a_picture_is_neither_text_item_nor_credit(layout, furniture):
    parsed = read(
        [*BRIDGE, ("caption", MIST), ("line", "本报记者 周海 摄"), ("line", furniture), *MARKET], layout
    )
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, ["周海"], [MIST]), market)


@pytest.mark.parametrize("credit", ["周海", "新华社记者 周海"])
def test_a_credit_wrapped_before_its_verb_still_credits_the_caption(credit):
    rows = [*_rows(MIST, 18), credit, "摄"]
    text = lay_out([*BRIDGE, ("line", "\n".join(rows)), *MARKET], paragraphs="wrap")
    bridge, photo, market = parse_page(text).articles
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", [MIST], ["周海"])
    assert (bridge.paragraphs, market.title) == ([BRIDGE_1, BRIDGE_2], "古城夜市人气旺")


@layouts
@pytest.mark.parametrize("code", ["③2", "⑩"])
def test_an_editors_code_run_on_after_a_caption_is_no_caption_text(layout, code):
    bridge, market = STORIES
    cued = "图为" + BUSY
    uncredited = read([*BRIDGE, ("caption", f"{cued} {code}"), *MARKET], layout)
    assert items(uncredited) == expected(layout, bridge, ("photo", None, [], [cued]), market)
    credited = read([*BRIDGE, ("caption", f"{MIST} {code}"), ("line", "周海 摄"), *MARKET], layout)
    assert items(credited) == expected(layout, bridge, ("photo", None, ["周海"], [MIST]), market)


@pytest.mark.parametrize("credit", ["（周海 摄）", " 周海 摄", "（本报记者 周海 摄）"])
@pytest.mark.parametrize("width", [14, 18, 22])
def test_on_an_indented_page_a_caption_set_as_a_paragraph_ends_with_its_credit(credit, width):
    # the caption indented and wrapped as the text is, its credit run on at its end
    text = lay_out([*BRIDGE, ("para", MIST + credit), *MARKET], paragraphs="wrap", width=width)
    parsed = parse_page(text)
    assert [(a.kind, a.title) for a in parsed.articles] == [
        ("article", "新安大桥建成通车"),
        ("photo", None),
        ("article", "古城夜市人气旺"),
    ]
    assert (parsed.articles[1].paragraphs, parsed.articles[1].photographers) == ([MIST], ["周海"])


# ---- a pointer set before a caption ------------------------------------------------------------


@layouts
@pytest.mark.parametrize("pointer", ["● ", "▶", "▲ ", "■", "◆ ", "↑ ", "←"])
def test_a_pointer_before_a_caption_points_at_the_picture_and_is_no_caption_text(layout, pointer):
    bridge, market = STORIES
    credited = read([*BRIDGE, ("caption", pointer + MIST), ("line", "本报记者 周海 摄"), *MARKET], layout)
    assert items(credited) == expected(layout, bridge, ("photo", None, ["周海"], [MIST]), market)
    run_on = read([*BRIDGE, ("caption", pointer + MIST + " 周海 摄"), *MARKET], layout)
    assert items(run_on) == expected(layout, bridge, ("photo", None, ["周海"], [MIST]), market)
    cued = "图为" + CROWD
    uncredited = read([*BRIDGE, ("caption", pointer + cued), *MARKET], layout)
    assert items(uncredited) == expected(layout, bridge, ("photo", None, [], [cued]), market)


@layouts
def test_a_picture_group_with_a_pointer_before_each_caption_keeps_its_title_and_credit(layout):
    captions = [
        "10月13日，青山镇的农户驾驶收割机收割晚稻。",
        "10月13日，清溪街道的种粮大户在晾晒新收的稻谷。",
    ]
    pointed = [("caption", "▲" + text) for text in captions]
    parsed = read([*BRIDGE, ("head", "金秋稻谷香"), *pointed, ("line", "记者 方  圆 摄"), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", "金秋稻谷香", ["方圆"], captions), market)


# ---- numbered captions -------------------------------------------------------------------------


@layouts
@pytest.mark.parametrize("number", ["图①", "图1 ", "①②", "①—③"])
def test_a_numbered_caption_alone_after_a_story_is_a_picture(layout, number):
    bridge, market = STORIES
    between = read([*BRIDGE, ("caption", number + NIGHT), *MARKET], layout)
    assert items(between) == expected(layout, bridge, ("photo", None, [], [number + NIGHT]), market)
    at_end = read([*BRIDGE, ("caption", number + NIGHT)], layout)
    assert items(at_end) == expected(layout, bridge, ("photo", None, [], [number + NIGHT]))


@layouts
def test_a_lone_footnote_numbered_after_a_text_stays_in_it(layout):
    note = "①参见《清溪县志》，清溪人民出版社2019年版，第56页。"
    parsed = read([*BRIDGE, ("para", note), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, (*bridge[:3], [BRIDGE_1, BRIDGE_2, note]), market)


@layouts
@pytest.mark.parametrize(("first", "second"), [("图1 ", "图2 "), ("图1：", "图2：")])
def test_captions_numbered_in_figures_after_a_story_are_pictures_of_their_own(layout, first, second):
    bridge, market = STORIES
    parsed = read([*BRIDGE, ("caption", first + NIGHT), ("caption", second + CROWD), *MARKET], layout)
    assert items(parsed) == expected(
        layout, bridge, ("photo", None, [], [first + NIGHT]), ("photo", None, [], [second + CROWD]), market
    )


@layouts
@pytest.mark.parametrize(("first", "second"), [("图①：", "图②："), ("图1：", "图2："), ("图1 ", "图2 ")])
def test_numbered_captions_that_read_as_captions_over_one_credit_are_one_group(layout, first, second):
    bridge, market = STORIES
    parsed = read(
        [
            *BRIDGE,
            ("caption", first + NIGHT),
            ("caption", second + CROWD),
            ("line", "本报记者 周海 摄"),
            *MARKET,
        ],
        layout,
    )
    group = ("photo", None, ["周海"], [first + NIGHT, second + CROWD])
    assert items(parsed) == expected(layout, bridge, group, market)


@layouts
def test_a_credit_over_pictures_numbered_from_one_credits_them_all(layout):
    first, second = "图①" + NIGHT, "图②" + CROWD
    parsed = read(
        [*BRIDGE, ("line", "本报记者 周海 摄"), ("caption", first), ("caption", second), *MARKET], layout
    )
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, ["周海"], [first, second]), market)


# ---- a page that prints its credits over the captions ------------------------------------------


@layouts
def test_a_storys_last_paragraph_after_its_credited_pictures_stays_its_text(layout):
    quote = "“下一步，我们还要把夜市办得更好。”夜市负责人说。"
    pictures = [("caption", MIST), ("line", "本报记者 周海 摄"), ("caption", BUSY), ("line", "王明/摄")]
    parsed = read([*BRIDGE, *pictures, ("para", quote), *SCHOOL], layout)
    assert [(a.kind, a.photographers) for a in parsed.articles] == [
        ("article", []),
        ("photo", ["周海"]),
        ("photo", ["王明"]),
        ("article", []),
    ]
    assert parsed.articles[0].paragraphs[-1] == as_printed(quote, layout)


@layouts
@pytest.mark.parametrize("then", ["the next story", "the end of the page"])
def test_credits_printed_over_two_captions_in_a_row_credit_the_caption_under_each(layout, then):
    bridge, market = STORIES
    pictures = [("line", "本报记者 周海 摄"), ("caption", MIST), ("line", "王明/摄"), ("caption", BUSY)]
    after = MARKET if then == "the next story" else []
    parsed = read([*BRIDGE, *pictures, *after], layout)
    wanted = [bridge, ("photo", None, ["周海"], [MIST]), ("photo", None, ["王明"], [BUSY])]
    assert items(parsed) == expected(layout, *wanted, *([market] if after else []))


@pytest.mark.parametrize("layout", ["indents", "wrapped at 18", "wrapped at 26", "half-width, wrapped"])
def test_credits_between_a_paragraph_set_in_and_a_caption_set_flush_credit_the_caption(layout):
    # read either way, credits and captions take turns; the story's paragraphs are set in, the
    # captions are not: the short sentence over the first credit is the story's, not a caption
    short = "大桥的夜景，美在一个“亮”字。"
    pictures = [("line", "周海 摄"), ("caption", NIGHT), ("line", "王明摄"), ("caption", CROWD)]
    parsed = read([*BRIDGE, ("para", short), *pictures, ("para", TEA_2), *MARKET], layout)
    bridge, market = STORIES
    story = ("article", "新安大桥建成通车", [], [BRIDGE_1, BRIDGE_2, short, TEA_2])
    wanted = [story, ("photo", None, ["周海"], [NIGHT]), ("photo", None, ["王明"], [CROWD]), market]
    assert items(parsed) == expected(layout, *wanted)


CUED_INSIDE = "大桥通车后，两岸往来更加便捷。图为市民在桥上散步。"


@layouts
def test_a_credit_over_a_caption_showing_its_picture_in_its_second_sentence_credits_it(layout):
    parsed = read([*BRIDGE, ("line", "周海 摄"), ("caption", CUED_INSIDE), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, ["周海"], [CUED_INSIDE]), market)


@layouts
def test_after_a_credit_printed_over_its_caption_the_next_credit_is_printed_over_its_own(layout):
    # the story's text goes on under the pictures, so their turns alone do not say which side
    pictures = [("line", "周海 摄"), ("caption", CUED_INSIDE), ("line", "王明摄"), ("caption", CROWD)]
    parsed = read([*BRIDGE, *pictures, ("para", TEA_2), *MARKET], layout)
    bridge, market = STORIES
    story = ("article", "新安大桥建成通车", [], [BRIDGE_1, BRIDGE_2, TEA_2])
    photos = [("photo", None, ["周海"], [CUED_INSIDE]), ("photo", None, ["王明"], [CROWD])]
    assert items(parsed) == expected(layout, story, *photos, market)


@layouts
def test_credits_printed_over_three_dated_captions_credit_the_caption_under_each(layout):
    dated = ["4月23日，" + BUSY, "4月24日，" + CROWD, "4月25日，" + MIST]
    pictures = [
        block
        for who, text in zip(["周海", "王明", "吴佳"], dated, strict=True)
        for block in (("line", f"{who} 摄"), ("caption", text))
    ]
    parsed = read([*BRIDGE, *pictures, *MARKET], layout)
    bridge, market = STORIES
    wanted = [
        ("photo", None, [who], [text]) for who, text in zip(["周海", "王明", "吴佳"], dated, strict=True)
    ]
    assert items(parsed) == expected(layout, bridge, *wanted, market)


@layouts
@pytest.mark.parametrize("caption", ["图为" + BUSY, "4月23日，" + CROWD])
def test_a_credit_printed_before_its_caption_on_the_captions_line(layout, caption):
    parsed = read([*BRIDGE, ("caption", "新华社记者 周海 摄 " + caption), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, ["周海"], [caption]), market)


# ---- which side of its credit a caption stands -------------------------------------------------


@layouts
def test_a_credit_over_a_scene_right_over_the_next_story_credits_the_scene(layout):
    parsed = read([*BRIDGE, ("line", "本报记者 周海 摄"), ("caption", BUSY), *SCHOOL], layout)
    bridge, photo, school = parsed.articles
    assert (bridge.paragraphs, photo.kind, photo.paragraphs) == (
        [as_printed(BRIDGE_1, layout), as_printed(BRIDGE_2, layout)],
        "photo",
        [as_printed(BUSY, layout)],
    )
    assert photo.photographers == ["周海"] and school.title == "城东实验小学新校舍启用"


@layouts
def test_a_scene_over_its_credit_inside_a_story_leaves_the_storys_last_paragraph_to_it(layout):
    parsed = read([*BRIDGE[:2], ("caption", MIST), ("line", "周海 摄"), ("para", BRIDGE_2), *SCHOOL], layout)
    bridge, photo, school = parsed.articles
    assert (bridge.paragraphs, photo.kind, photo.paragraphs) == (
        [as_printed(BRIDGE_1, layout), as_printed(BRIDGE_2, layout)],
        "photo",
        [as_printed(MIST, layout)],
    )
    assert photo.photographers == ["周海"] and school.title == "城东实验小学新校舍启用"


@layouts
@pytest.mark.parametrize("caption", ["4月23日，" + CROWD, BUSY])
def test_a_page_opening_with_a_credit_over_a_caption_opens_with_that_picture(layout, caption):
    parsed = read([("line", "本报记者 周海 摄"), ("caption", caption), *MARKET], layout)
    market = STORIES[1]
    assert items(parsed) == expected(layout, ("photo", None, ["周海"], [caption]), market)


@layouts
def test_two_credited_pictures_set_inside_a_story_leave_it_its_text(layout):
    cued = "图为" + BUSY
    pictures = [("caption", MIST), ("line", "周海 摄"), ("caption", cued), ("line", "王明 摄")]
    parsed = read([*BRIDGE[:2], *pictures, ("para", BRIDGE_2), ("para", MARKET_2), *SCHOOL], layout)
    story, first, second, school = parsed.articles
    assert story.paragraphs == [as_printed(p, layout) for p in (BRIDGE_1, BRIDGE_2, MARKET_2)]
    assert story.photographers == [] and school.title == "城东实验小学新校舍启用"
    assert [(p.kind, p.paragraphs, p.photographers) for p in (first, second)] == [
        ("photo", [as_printed(MIST, layout)], ["周海"]),
        ("photo", [as_printed(cued, layout)], ["王明"]),
    ]


# ---- source lines ------------------------------------------------------------------------------


@layouts
@pytest.mark.parametrize("source", ["来源：人民网—人民日报", "来源 | 清溪发布", "素材来源：清溪市交通局"])
def test_a_source_line_after_a_story_or_a_picture_is_neither_text_kicker_nor_credit(layout, source):
    bridge, market = STORIES
    after_story = read([*BRIDGE, ("line", source), *MARKET], layout)
    assert items(after_story) == expected(layout, bridge, market)
    assert after_story.articles[1].kicker is None
    after_picture = read([*BRIDGE, ("caption", MIST), ("line", "周海 摄"), ("line", source), *MARKET], layout)
    assert items(after_picture) == expected(layout, bridge, ("photo", None, ["周海"], [MIST]), market)
    assert after_picture.articles[2].kicker is None


# ---- captions wrapped to a picture's column, narrower than the text's --------------------------


def narrow(text: str) -> tuple[str, str]:
    return ("line", "\n".join(_rows(text, 12)))


@layouts
def test_captions_opening_as_captions_wrapped_narrower_than_the_text_stay_whole(layout):
    first, second = "图为" + BUSY, "图②市民在桥头合影留念，孩子们在草地上放风筝。"
    bridge, market = STORIES
    credited = read(
        [*BRIDGE, narrow(MIST), ("line", "周海 摄"), narrow(first), ("line", "王明 摄"), *MARKET], layout
    )
    assert items(credited) == expected(
        layout, bridge, ("photo", None, ["周海"], [MIST]), ("photo", None, ["王明"], [first]), market
    )
    numbered = read([*BRIDGE, narrow("图①" + BUSY), narrow(second), *MARKET], layout)
    assert items(numbered) == expected(
        layout, bridge, ("photo", None, [], ["图①" + BUSY]), ("photo", None, [], [second]), market
    )


@layouts
def test_a_dated_caption_wrapped_narrower_than_the_text_under_its_credit_stays_whole(layout):
    caption = "4月23日，清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画，早起的市民在江边晨练。"
    parsed = read([*BRIDGE, ("line", "新华社记者 周海 摄"), narrow(caption), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, ["周海"], [caption]), market)


# ---- a picture after a story going on to another page ------------------------------------------


@layouts
def test_a_picture_after_a_story_going_on_to_another_page(layout):
    bridge = [*BRIDGE[:2], ("para", BRIDGE_2 + "（下转第3版）")]
    for picture in ([("caption", MIST), ("line", "周海 摄")], [("caption", "图为" + BUSY)]):
        parsed = read([*bridge, *picture, *MARKET], layout)
        assert [(a.kind, a.title, a.continues_to) for a in parsed.articles] == [
            ("article", "新安大桥建成通车", "第3版"),
            ("photo", None, None),
            ("article", "古城夜市人气旺", None),
        ]
        assert parsed.articles[0].paragraphs[-1] == as_printed(BRIDGE_2, layout)


# ---- captions printed without credit -----------------------------------------------------------


@layouts
@pytest.mark.parametrize("label", ["图片说明：", "图注：", "右上图：", "组图："])
def test_a_caption_labelled_as_one_between_stories_is_a_picture(layout, label):
    parsed = read([*BRIDGE, ("caption", label + BUSY), *MARKET], layout)
    bridge, market = STORIES
    assert items(parsed) == expected(layout, bridge, ("photo", None, [], [label + BUSY]), market)


# ---- a page set to one width, no blank line anywhere ----------------------------------------------

_WIDTH = 16


def _set_to_width(*blocks: str | list[str]) -> str:
    """A page hard-wrapped to ``_WIDTH``: each block a line kept whole, or rows already cut."""
    rows: list[str] = []
    for block in blocks:
        rows += block if isinstance(block, list) else [block]
    return "\n".join(rows) + "\n"


def _story(head: str, lead: str, *paragraphs: str) -> list[str]:
    return [head, *wrap(lead + "".join(paragraphs), _WIDTH).split("\n")]


def test_a_picture_title_over_a_caption_whose_row_ends_on_a_sentence_keeps_the_caption_whole():
    # the caption's first sentence fills two rows exactly, as if a paragraph ended there
    first, second = (
        "近年来，小岛大力打造美丽渔村、发展旅游产业，成为有名的网红海岛。",
        "渔民纷纷转产转业，靠卖风景走上了致富路。",
    )
    assert len(first) == 2 * _WIDTH
    text = _set_to_width(
        _story("新安大桥建成通车", "本报讯（记者李红）", BRIDGE_1, BRIDGE_2),
        "海岛夜色美",
        wrap(first + second, _WIDTH).split("\n"),
        "记者 周海 摄",
        _story("古城夜市人气旺", "本报讯（记者王明）", MARKET_1, MARKET_2),
    )
    bridge, picture, market = parse_page(text).articles
    assert (picture.kind, picture.title, picture.photographers) == ("photo", "海岛夜色美", ["周海"])
    assert picture.paragraphs == [first + second]
    assert bridge.paragraphs == [BRIDGE_1 + BRIDGE_2] and market.title == "古城夜市人气旺"


def test_a_row_set_in_by_one_space_under_a_full_row_broken_off_open_goes_on_with_it():
    # the space stands for a quote mark lost at the row's start (靠 / “卖风景”走上了致富路)
    rows = [
        "近年来，小岛大力打造美丽渔村、发",
        "展旅游产业，原来的渔村孤岛成了网",
        "红岛，渔民纷纷转产转业，回岛上靠",
        " 卖风景 走上了致富路。",
    ]
    text = _set_to_width(
        _story("新安大桥建成通车", "本报讯（记者李红）", BRIDGE_1, BRIDGE_2),
        "海岛夜色美",
        rows,
        "记者 周海 摄",
    )
    bridge, picture = parse_page(text).articles
    assert (picture.kind, picture.title, picture.photographers) == ("photo", "海岛夜色美", ["周海"])
    assert squeeze(picture.body).startswith("近年来") and picture.body.endswith("走上了致富路。")
    assert bridge.paragraphs == [BRIDGE_1 + BRIDGE_2]


def test_a_sentence_alone_over_a_credit_after_a_storys_full_last_row_is_the_pictures_caption():
    width = 20  # the story's lead-in and text fill five rows exactly
    story = wrap("本报讯（记者李红）" + BRIDGE_1 + BRIDGE_2, width)
    assert len(story.split("\n")[-1]) == width
    text = _set_to_width("新安大桥建成通车", story.split("\n"), "大桥夜景流光溢彩。", "记者 周海 摄")
    bridge, picture = parse_page(text).articles
    assert bridge.paragraphs == [BRIDGE_1 + BRIDGE_2] and bridge.photographers == []
    assert (picture.kind, picture.paragraphs, picture.photographers) == (
        "photo",
        ["大桥夜景流光溢彩。"],
        ["周海"],
    )


NIGHT_MARKET_PICTURES = [
    ["▲夜市里的非遗展示吸引了不少游客。 记者 王芳 摄"],
    ["夜市里的非遗展示吸引了不少游客。", "记者 王芳 摄"],
    ["图为夜市里的非遗展示。（记者 王芳 摄）"],
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("picture", NIGHT_MARKET_PICTURES)
@pytest.mark.parametrize("headline", ["古城夜市人气旺", "古城夜市：非遗展示引客来"])
@pytest.mark.parametrize("byline", ["本报记者 李红", None])
def test_a_headline_over_a_picture_over_text_after_a_finished_story_heads_that_text(
    byline, headline, picture, sep
):
    """新安大桥… (its text finished) / 古城夜市人气旺 / the picture / text with no lead-in: the headline
    and the picture are the next story's, not a picture set inside the story above."""
    above = ["新安大桥建成通车", *([byline] if byline else []), BRIDGE_1, BRIDGE_2]
    parsed = parse_page(sep.join([*above, headline, *picture, MARKET_1, MARKET_2]) + "\n")
    stories = [a for a in parsed.articles if a.kind == "article"]
    (photo,) = [a for a in parsed.articles if a.kind == "photo"]
    assert [(s.title, s.paragraphs) for s in stories] == [
        ("新安大桥建成通车", [BRIDGE_1, BRIDGE_2]),
        (headline, [MARKET_1, MARKET_2]),
    ]
    assert photo.photographers == ["王芳"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_titled_picture_after_a_storys_first_paragraph_is_the_storys_own(sep):
    parsed = parse_page(
        sep.join(
            [
                "新安大桥建成通车",
                "本报讯（记者李红）" + BRIDGE_1,
                "清溪晨雾",
                *NIGHT_MARKET_PICTURES[1],
                BRIDGE_2,
            ]
        )
    )
    (story,) = [a for a in parsed.articles if a.kind == "article"]
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("source", ["新华社图片", "新华社照片", "【新华社传真照片】"])
def test_the_agencys_label_between_a_pictures_title_and_its_caption_leaves_the_title_the_pictures(
    source, sep
):
    caption = "3月4日，行人在清溪街头冒雪出行。"
    parsed = parse_page(
        sep.join(
            [
                "新安大桥建成通车",
                "本报讯（记者李红）" + BRIDGE_1,
                "清溪迎来强降雪",
                source,
                caption,
                "新华社记者 王芳 摄",
            ]
        )
    )
    story, photo = parsed.articles
    assert (story.title, story.paragraphs) == ("新安大桥建成通车", [BRIDGE_1])
    assert (photo.kind, photo.title, photo.paragraphs, photo.photographers) == (
        "photo",
        "清溪迎来强降雪",
        [caption],
        ["王芳"],
    )


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("pointer", ["▲", "↑"])
def test_a_line_pointing_at_the_picture_under_its_credit_is_its_caption_with_no_stop(pointer, sep):
    """记者 甲 摄 / ▲市民在新公园内休憩: the caption under its credit, however short and unstopped, and
    no kicker of the next story's headline."""
    parsed = parse_page(
        sep.join(
            [
                "新安大桥建成通车",
                "本报讯（记者李红）" + BRIDGE_1,
                BRIDGE_2,
                "记者 王芳 摄",
                pointer + "市民在新公园内休憩",
                "古城夜市人气旺",
                "本报讯 " + MARKET_1,
            ]
        )
    )
    bridge, photo, market = parsed.articles
    assert (bridge.paragraphs, bridge.photographers) == ([BRIDGE_1, BRIDGE_2], [])
    assert (photo.kind, photo.paragraphs, photo.photographers) == ("photo", ["市民在新公园内休憩"], ["王芳"])
    assert (market.kicker, market.title) == (None, "古城夜市人气旺")
