"""A page printed in traditional characters is cut as its simplified twin is, and every piece of
it comes back in the characters it was printed in."""

import pytest

from archive.parsing import parse_page
from archive.parsing.scripts import Restorer, folded

SIMPLIFIED = "\n\n".join(
    [
        "新安大桥建成通车",
        "本报讯（记者李红）经过两年多建设，新安大桥于昨日正式建成通车，两岸群众出行时间由原来的四十分钟缩短到五分钟。",
        "大桥两侧新修了人行道，晚饭后不少市民来桥上散步。",
        "图为新安大桥夜景。\n王晓明摄（人民视觉）",
        "城东实验小学新校舍启用",
        "本报讯（记者周海）城东实验小学新校舍昨日正式启用，学校新增教室二十四间，可容纳学生一千余人。",
    ]
)
TRADITIONAL = "\n\n".join(
    [
        "新安大橋建成通車",
        "本報訊（記者李紅）經過兩年多建設，新安大橋於昨日正式建成通車，兩岸羣衆出行時間由原來的四十分鐘縮短到五分鐘。",
        "大橋兩側新修了人行道，晚飯後不少市民來橋上散步。",
        "圖為新安大橋夜景。\n王曉明攝（人民視覺）",
        "城東實驗小學新校舍啓用",
        "本報訊（記者周海）城東實驗小學新校舍昨日正式啓用，學校新增教室二十四間，可容納學生一千餘人。",
    ]
)


def _cut(page):
    return [
        (a.kind, a.title, a.dateline, a.reporters, a.photographers, a.paragraphs, a.warnings)
        for a in page.articles
    ]


def test_a_page_in_traditional_characters_is_cut_as_its_simplified_twin_and_keeps_its_characters():
    simple, printed = parse_page(SIMPLIFIED), parse_page(TRADITIONAL)
    assert [(kind, warnings) for kind, *_, warnings in _cut(printed)] == [
        (kind, warnings) for kind, *_, warnings in _cut(simple)
    ]
    bridge, photo, school = printed.articles
    assert bridge.title == "新安大橋建成通車" and bridge.reporters == ["李紅"]
    assert bridge.dateline == "本報訊"
    assert bridge.paragraphs[1] == "大橋兩側新修了人行道，晚飯後不少市民來橋上散步。"
    assert (photo.kind, photo.paragraphs, photo.photographers) == (
        "photo",
        ["圖為新安大橋夜景。"],
        ["王曉明"],
    )
    assert school.title == "城東實驗小學新校舍啓用" and school.reporters == ["周海"]


def test_a_simplified_page_is_read_as_it_is():
    assert folded(SIMPLIFIED) == (SIMPLIFIED, None)


def test_a_paragraph_joined_from_broken_rows_comes_back_as_printed_where_it_was_printed():
    printed = "皇后大道東\n\n之後，市民來\n\n此散步。"
    simple, restorer = folded(printed)
    assert simple == "皇后大道东\n\n之后，市民来\n\n此散步。"
    # 后 printed both ways on one page: each comes back as its place printed it
    assert restorer("皇后大道东") == "皇后大道東"
    assert restorer("之后，市民来此散步。") == "之後，市民來此散步。"
    assert restorer("市民") == "市民" and restorer(None) is None


def test_text_pieced_from_places_apart_takes_each_character_as_the_page_most_often_printed_it():
    restorer = Restorer("記者李紅 記者周海", "记者李红 记者周海")
    assert restorer("记者李红周海") == "記者李紅周海"


def test_a_page_header_in_full_width_digits_is_the_page_s_and_quotes_in_corners_stay_as_printed():
    page = parse_page(
        "人民日报　２０２５年３月５日　星期三\n第０２版：要闻\n\n新安大桥建成通车\n\n"
        "本报讯（记者李红）经过两年多建设，新安大桥于昨日正式建成通车，两岸群众出行时间由原来的四十分钟缩短到五分钟。\n\n"
        "「慢行系统」建成后，市民称赞：「散步有了好去处。」\n"
    )
    assert (page.publication, page.page_number, page.page_name) == ("人民日报", 2, "要闻")
    assert str(page.date) == "2025-03-05"
    (bridge,) = page.articles
    assert (bridge.kicker, bridge.title, bridge.reporters) == (None, "新安大桥建成通车", ["李红"])
    assert bridge.paragraphs[-1] == "「慢行系统」建成后，市民称赞：「散步有了好去处。」"


# How a PDF's font may write some characters: as the radicals they look like
_AS_RADICALS = str.maketrans(
    {"人": "⼈", "民": "⺠", "日": "⽇", "月": "⽉", "大": "⼤", "长": "⻓", "门": "⻔", "见": "⻅"}
)


def test_characters_a_font_wrote_as_radicals_are_read_and_kept_as_the_characters():
    header = "人民日报\n2025年3月5日 星期三 第3版\n\n"
    page = parse_page((header + SIMPLIFIED).translate(_AS_RADICALS))
    assert (page.publication, str(page.date), page.page_number) == ("人民日报", "2025-03-05", 3)
    assert _cut(page) == _cut(parse_page(header + SIMPLIFIED))


def test_a_page_in_the_small_forms_of_punctuation_is_cut_as_its_twin_and_keeps_them():
    small = TRADITIONAL.translate(str.maketrans("，。（）", "﹐﹒﹙﹚"))
    printed = parse_page(small)
    assert [(kind, warnings) for kind, *_, warnings in _cut(printed)] == [
        (kind, warnings) for kind, *_, warnings in _cut(parse_page(TRADITIONAL))
    ]
    bridge = printed.articles[0]
    assert bridge.reporters == ["李紅"]
    assert bridge.paragraphs[1] == "大橋兩側新修了人行道﹐晚飯後不少市民來橋上散步﹒"


@pytest.mark.parametrize(
    "rare",
    [
        "\U00020000",  # a character past the basic block
        "\ue123",  # one a font had no code for, written as a private-use character
        "\ufffd",  # ...or as the replacement character
        "□",  # ...or as a box by character recognition
    ],
)
def test_a_name_holding_a_rare_character_is_read_as_a_name_and_kept_as_printed(rare):
    name = "李" + rare + "明"
    page = parse_page(f"新安大桥建成通车\n本报讯（记者 {name} 通讯员 王芳）" + SIMPLIFIED.split("）", 1)[1])
    bridge = page.articles[0]
    assert (bridge.reporters, bridge.correspondents) == ([name], ["王芳"])
    assert bridge.paragraphs[0].startswith("经过两年多建设")
