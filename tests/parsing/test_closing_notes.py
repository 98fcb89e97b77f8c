"""A note in brackets closing a piece ends its text: what comes under it is no tail of its paragraph."""

import pytest

from archive.parsing.lines import enclosed
from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, MARKET_2, parse, wrap

REVIEW_1 = "这部书写的是县里几座老藏书楼的故事，作者走访了十多位后人，记下了书楼几经风雨的经过。"
REVIEW_2 = "书楼里的典籍一代代传下来，靠的是一代代人的守护，这份守护本身就是一部文化史。"
BOOK = "（《青山书楼记》：王晓明著；青山出版社出版）"
SECOND = "这本书讲工业与城市的关系，从老厂房写到新园区，读来很有意思。书中的材料多来自县档案馆。"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("writer", [[], ["库桂生"]])
def test_a_note_on_the_book_closing_a_review_ends_it_over_the_next_headline(sep, writer):
    parsed = parse(
        "书楼里的文化守护（书里书外）",
        "李红",
        REVIEW_1,
        REVIEW_2,
        BOOK,
        "《城与厂》——",
        "工业如何改变一座县城（序与跋）",
        *writer,
        SECOND,
        sep=sep,
    )
    first, second = parsed.articles
    assert (first.authors, first.paragraphs) == (["李红"], [REVIEW_1, REVIEW_2, BOOK])
    assert (second.kicker, second.title, second.paragraphs) == (
        "《城与厂》——",
        "工业如何改变一座县城（序与跋）",
        [SECOND],
    )


@pytest.mark.parametrize(
    "row", ["（《青山书楼记》：王晓明著；", "（本报记者 李红）据悉，大桥下月通车（下转第二版）"]
)
def test_a_row_only_opening_or_only_closing_with_a_bracket_is_no_whole_note(row):
    assert not enclosed(row)
    assert enclosed(BOOK) and enclosed("（作者为青山县文联主席（退休））")


@pytest.mark.parametrize("width", [22, 24])
def test_a_note_on_the_author_with_brackets_inside_closes_the_piece_over_a_picture(width):
    """（作者为纪录电影《登月》（第一部）配音演员）: the note ends the piece however its brackets nest,
    and the caption under it, set flush on a page that indents its paragraphs and wraps them to
    one width, is the picture's alone and no wrapped row of the note's."""
    note = "（作者为纪录电影《登月》（第一部）配音演员）"
    caption = "纪录电影《登月》（第一部）剧照。"
    rows = [
        "新安大桥建成通车",
        wrap("　　本报讯（记者李红）" + BRIDGE_1, width),
        wrap("　　" + BRIDGE_2, width),
        "　　" + note,
        caption,
        "片  方供图",
    ]
    story, picture = parse(*rows, sep="\n").articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2, note]
    assert (picture.kind, picture.paragraphs) == ("photo", [caption])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_note_and_the_closing_credits_broken_over_two_rows_end_the_story(sep):
    """（应采访对象要求，文中人物为化 / 名）(本报记者 甲 乙): the note is the story's last paragraph and
    the credits its reporters, not a headless item of their own."""
    parsed = parse(
        "新安大桥建成通车",
        "　　" + BRIDGE_1,
        "　　" + BRIDGE_2,
        "　　（应采访对象要求，文中人物为化\n名）(本报记者  李  红  王  明)",
        sep=sep,
    )
    story = parsed.articles[0]
    assert len(parsed.articles) == 1 and story.reporters == ["李红", "王明"]
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2, "（应采访对象要求，文中人物为化名）"]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_note_on_the_author_under_a_pictures_credit_is_the_storys_not_the_caption(sep):
    note = "（作者为青山县文联主席）"
    caption = "电影《青山》海报。"
    parsed = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + BRIDGE_1,
        BRIDGE_2,
        caption,
        "片  方供图",
        note,
        "书楼里的文化守护",
        "王晓明",
        REVIEW_1,
        sep=sep,
    )
    story, picture, review = parsed.articles
    assert story.paragraphs == [BRIDGE_1, BRIDGE_2, note]
    assert (picture.kind, picture.paragraphs) == ("photo", [caption])
    assert (review.title, review.authors) == ("书楼里的文化守护", ["王晓明"])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("glued", [False, True])
@pytest.mark.parametrize(
    ("credit", "people"),
    [
        ("（记者 李红）（完）", (["李红"], [], [])),  # an agency's end mark after the credits
        ("（记者 李红 文/摄）", (["李红"], ["李红"], [])),  # who wrote it and took its pictures
        ("（李红 文/图）", ([], ["李红"], ["李红"])),
    ],
)
def test_credits_closing_a_story_credit_it_and_end_it(sep, glued, credit, people):
    last = BRIDGE_2 + credit if glued else BRIDGE_2
    blocks = ["新安大桥建成通车", "本报讯 " + BRIDGE_1, last] + ([] if glued else [credit])
    parsed = parse(*blocks, "古城夜市人气旺", "本报讯（记者王五）" + MARKET_1, sep=sep)
    bridge, market = parsed.articles
    assert (bridge.kind, bridge.paragraphs) == ("article", [BRIDGE_1, BRIDGE_2])
    assert (bridge.reporters, bridge.photographers, bridge.authors) == people
    assert (market.title, market.reporters) == ("古城夜市人气旺", ["王五"])


@pytest.mark.parametrize("note", ["作者系中学教师", "作者单位：青山县社科院", "作者为青山中学高级教师"])
def test_a_note_on_the_author_set_without_brackets_closes_the_piece_not_heads_the_next(note):
    first, second = parse(
        "大桥通了以后", "□ 李红", BRIDGE_1, BRIDGE_2, note, "夜市的烟火气", "文/王明", MARKET_1
    ).articles
    assert first.paragraphs == [BRIDGE_1, BRIDGE_2, note]
    assert (second.kicker, second.title, second.authors) == (None, "夜市的烟火气", ["王明"])


@pytest.mark.parametrize(
    "signed",
    [
        "（本报记者）",
        "（本報記者）",
        "　　　　　　（记者组）",
        "（新华社记者）",
        "（本报特派员）",
        "（本报驻京记者）",
    ],
)
def test_the_staff_signing_a_story_without_a_name_close_it_over_the_next_headline(signed):
    first, second = parse(
        "新安大桥建成通车", "本报讯 " + BRIDGE_1, signed, "古城夜市人气旺", "本报讯 " + MARKET_1
    ).articles
    assert (first.paragraphs, first.reporters) == ([BRIDGE_1], [])
    assert (second.kicker, second.title) == (None, "古城夜市人气旺")


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("李红 整理", ["李红"]),  # who wrote the piece up
        ("整理：李红", ["李红"]),
        ("执笔：李红", ["李红"]),
        ("本文作者：李红", ["李红"]),
        ("更多精彩请关注“清溪发布”", []),  # the paper's account, its handle and a topic's tag
        ("@清溪日报", []),
        ("#清溪新闻#", []),
        ("——摘自《清溪日报》", []),  # where the piece was taken from
        ("（2025年3月5日）", []),  # the day a speech or a letter is dated
        ("二〇二五年三月五日", []),
    ],
)
@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_line_closing_a_piece_is_no_part_of_the_next_headline(tail, authors, sep):
    first, second = parse(
        "新安大桥建成通车", "本报讯 " + BRIDGE_1, tail, "古城夜市人气旺", "本报讯 " + MARKET_1, sep=sep
    ).articles
    assert (first.title, first.authors) == ("新安大桥建成通车", authors)
    assert (second.kicker, second.title, second.subtitle, second.paragraphs) == (
        None,
        "古城夜市人气旺",
        None,
        [MARKET_1],
    )


_BRACKETED_CLOSINGS = [
    ("【记者 李红】", {"reporters": ["李红"]}),
    ("（采写：李红）", {"reporters": ["李红"]}),
]


@pytest.mark.parametrize(
    ("closing", "people", "own_line"),
    [(closing, people, True) for closing, people in _BRACKETED_CLOSINGS]
    + [(closing, people, False) for closing, people in _BRACKETED_CLOSINGS]
    + [
        # run on after the last sentence, unbracketed
        ("本报记者 李红 王芳", {"reporters": ["李红", "王芳"]}, False),
        ("□ 李红", {"authors": ["李红"]}, False),
        ("本报记者 李红 文/图", {"reporters": ["李红"]}, False),  # who wrote it took its pictures
    ],
)
def test_the_byline_closing_a_story_however_printed_credits_it(closing, people, own_line):
    text = [BRIDGE_1, closing] if own_line else [BRIDGE_1 + closing]
    first, second = parse(
        "新安大桥建成通车", *text, "古城夜市人气旺", "本报讯 " + MARKET_1, sep="\n"
    ).articles
    assert first.paragraphs == [BRIDGE_1]
    assert {role: names for role in ("reporters", "authors") if (names := getattr(first, role))} == people
    assert (second.title, second.paragraphs) == ("古城夜市人气旺", [MARKET_1])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("glued", [True, False])
@pytest.mark.parametrize(
    "tail", ["（责任编辑：王丽）", "【责编：王丽 美编：李明】", "编辑：王丽", "来源：新华社"]
)
def test_the_pages_staff_or_the_source_run_on_after_a_storys_last_sentence_leaves_its_text(tail, glued, sep):
    """An extraction joining the row under a story to its last one leaves the staff line or the
    source as on a row of their own: out of the story's text."""
    text = [BRIDGE_1, BRIDGE_2 + tail] if glued else [BRIDGE_1, BRIDGE_2, tail]
    first, second = parse(
        "新安大桥建成通车",
        "本报讯（记者李红）" + text[0],
        *text[1:],
        "古城夜市人气旺",
        "本报讯 " + MARKET_1,
        sep=sep,
    ).articles
    assert (first.paragraphs, first.reporters) == ([BRIDGE_1, BRIDGE_2], ["李红"])
    assert (second.title, second.paragraphs) == ("古城夜市人气旺", [MARKET_1])


@pytest.mark.parametrize("ending", ["他说，自己当了三十年编辑。", "这份资料的来源是县档案馆。", "编辑王丽"])
def test_a_sentence_about_an_editor_or_a_source_ending_a_story_stays_its_text(ending):
    last = BRIDGE_2 + ending
    first = parse("新安大桥建成通车", "本报讯（记者李红）" + BRIDGE_1, last).articles[0]
    assert first.paragraphs == [BRIDGE_1, last]


def test_a_reporter_named_at_a_wrapped_rows_end_after_a_sentence_is_the_text_going_on():
    text = "大桥通车后，两岸往来方便多了。记者李明" + "了解到，沿线还将新建三座公交站。"
    first = parse("新安大桥建成通车", wrap(text), sep="\n").articles[0]
    assert (first.paragraphs, first.reporters) == ([text], [])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_speechs_date_in_brackets_under_its_title_stays_the_headlines(sep):
    first, second = parse(
        "在全市经济工作会议上的讲话",
        "（2025年3月5日）",
        "市长 王明",
        BRIDGE_1,
        "古城夜市人气旺",
        "本报讯 " + MARKET_1,
        sep=sep,
    ).articles
    assert (first.title, first.subtitle, first.authors, first.paragraphs) == (
        "在全市经济工作会议上的讲话",
        "（2025年3月5日）",
        ["王明"],
        [BRIDGE_1],
    )
    assert second.title == "古城夜市人气旺"


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_the_day_a_letter_is_signed_on_under_its_signer_is_the_letters(sep):
    letter, second = parse(
        "小区门口的路灯坏了",
        "编辑同志：",
        MARKET_1,
        "读者 王明",
        "2025年3月1日",
        "古城夜市人气旺",
        "本报讯 " + BRIDGE_1,
        sep=sep,
    ).articles
    assert (letter.title, letter.authors, letter.paragraphs[-1]) == (
        "小区门口的路灯坏了",
        ["王明"],
        "2025年3月1日",
    )
    assert (second.title, second.paragraphs) == ("古城夜市人气旺", [BRIDGE_1])


def test_the_pages_credit_for_its_pictures_run_on_after_a_story_makes_no_caption_of_its_text():
    first, second = parse(
        "新安大桥建成通车", BRIDGE_1, BRIDGE_2 + "（本版图片由记者 李红 摄）", "古城夜市人气旺", MARKET_1
    ).articles
    assert (first.paragraphs[0], len(first.paragraphs), first.photographers) == (BRIDGE_1, 2, [])
    assert first.paragraphs[1].startswith(BRIDGE_2)
    assert (second.title, second.paragraphs) == ("古城夜市人气旺", [MARKET_1])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("credit", ["漫画 / 王芳", "王芳 摄", "新华社记者 王芳 摄"])
def test_a_note_on_the_author_over_a_pictures_credit_closes_the_piece_and_captions_nothing(credit, sep):
    """（作者系…） closing a commentary, a cartoon's or a picture's credit under it: the note stays the
    piece's last paragraph, and the credit names no caption of it."""
    note = "（作者系本报评论理论部主任）"
    parsed = parse(
        "今日谈",
        "别让过度包装坑了消费者",
        "□ 陈峰",
        MARKET_1,
        MARKET_2,
        note,
        credit,
        "国际合作才是正道",
        "钟声",
        BRIDGE_1,
        sep=sep,
    )
    assert [a.kind for a in parsed.articles] == ["article", "article"]
    comment, second = parsed.articles
    assert (comment.authors, comment.paragraphs) == (["陈峰"], [MARKET_1, MARKET_2, note])
    assert (second.title, second.authors, second.paragraphs) == ("国际合作才是正道", ["钟声"], [BRIDGE_1])


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_where_a_piece_was_taken_from_run_on_after_its_last_sentence_ends_it(sep):
    """…五分钟。——摘自《清溪日报》: the piece ends there, and the headline under it opens the next."""
    last = BRIDGE_2 + "——摘自《清溪日报》"
    first, second = parse("新安大桥建成通车", BRIDGE_1, last, "古城夜市人气旺", MARKET_1, sep=sep).articles
    assert first.paragraphs == [BRIDGE_1, last]
    assert (second.title, second.paragraphs) == ("古城夜市人气旺", [MARKET_1])


@pytest.mark.parametrize("field", ["单位：清溪县第一中学", "电话：13812345678"])
def test_a_field_printed_after_the_writers_name_names_no_one(field):
    first = parse(
        "新安大桥建成通车", BRIDGE_1, "作者：陈峰 " + field, "古城夜市人气旺", "本报讯 " + MARKET_1
    ).articles[0]
    assert first.authors == ["陈峰"]
