"""Pages whose columns an extraction printed side by side in one text row (pdftotext -layout):
read column by column, block by block, they cut as the page printed them."""

from __future__ import annotations

import unicodedata

import pytest

from archive.parsing import parse_page
from archive.parsing.columns import unfold_columns
from tests.support.pages import BRIDGE_1, BRIDGE_2, MARKET_1, MARKET_2, SCHOOL_1, TEA_1, TEA_2, squeeze, wrap


def _cells(text: str, wide: bool) -> int:
    return sum(2 if wide and unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def side_by_side(*columns: list[str], wide: bool = False, gutter: int = 4) -> str:
    """Columns of rows set side by side, each padded to the widest row of its column (counted in
    characters, or in display cells with ``wide``), as a layout-keeping extraction writes them."""
    widths = [max(_cells(row, wide) for row in column) for column in columns]
    rows = []
    for k in range(max(len(column) for column in columns)):
        cells = [column[k] if k < len(column) else "" for column in columns]
        row = "".join(
            cell + " " * (width - _cells(cell, wide) + gutter)
            for cell, width in zip(cells[:-1], widths, strict=False)
        )
        rows.append((row + cells[-1]).rstrip())
    return "\n".join(rows)


def story(title: str, credit: str, *paragraphs: str) -> list[str]:
    rows = [title, credit]
    for paragraph in paragraphs:
        rows += ("\u3000\u3000" + wrap(paragraph, 16)).split("\n")
    return rows


@pytest.mark.parametrize("wide", [False, True])
def test_two_stories_printed_side_by_side_are_read_one_after_the_other(wide):
    left = story("新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2)
    right = story("青山春茶开采", "本报记者 周海", TEA_1, TEA_2)
    parsed = parse_page(side_by_side(left, right, wide=wide) + "\n")
    bridge, tea = parsed.articles
    assert (bridge.title, bridge.reporters, bridge.paragraphs) == (
        "新安大桥建成通车",
        ["李红"],
        [BRIDGE_1, BRIDGE_2],
    )
    assert (tea.title, tea.reporters, tea.paragraphs) == ("青山春茶开采", ["周海"], [TEA_1, TEA_2])


@pytest.mark.parametrize("wide", [False, True])
def test_a_story_running_down_one_column_and_on_into_the_next_keeps_its_paragraphs(wide):
    paragraphs = [BRIDGE_1, BRIDGE_2, SCHOOL_1, MARKET_1, TEA_1, MARKET_2]
    rows = story("新安大桥建成通车", "本报记者 李红", *paragraphs)
    half = len(rows) // 2
    assert not rows[half].startswith("\u3000")  # the column breaks inside a paragraph
    art = parse_page(side_by_side(rows[:half], rows[half:], wide=wide) + "\n").articles
    assert len(art) == 1
    assert art[0].paragraphs == paragraphs


@pytest.mark.parametrize("big_type", ["青山春茶开采", "青   山   春   茶   开   采"])
def test_blocks_of_columns_under_a_headline_centred_over_each_are_read_block_by_block(big_type):
    first = story("", "本报记者 李红", BRIDGE_1, BRIDGE_2)[1:]
    second = story("", "本报记者 周海", TEA_1, TEA_2, MARKET_2)[1:]
    page = "\n".join(
        [
            " " * 12 + "新安大桥建成通车",
            side_by_side(first[: len(first) // 2 + 1], first[len(first) // 2 + 1 :]),
            " " * 8 + big_type,  # (big type may come out a character at a time)
            side_by_side(second[: len(second) // 2 + 1], second[len(second) // 2 + 1 :]),
        ]
    )
    bridge, tea = parse_page(page + "\n").articles
    assert (bridge.title, bridge.paragraphs) == ("新安大桥建成通车", [BRIDGE_1, BRIDGE_2])
    assert (tea.title, tea.paragraphs) == ("青山春茶开采", [TEA_1, TEA_2, MARKET_2])


def test_a_page_in_one_column_with_a_table_and_spaced_headlines_is_left_as_it_is():
    text = "\n".join(
        [
            "全  市  中  学  生  运  动  会  落  幕",
            "本报讯（记者 周海）" + BRIDGE_1,
            "第一名      王小明      城东中学      11秒02",
            "第二名      李  强      实验中学      11秒15",
            "第三名      陈刚        二中          11秒21",
            "第四名      赵丽        三中          11秒30",
            "第五名      孙燕        四中          11秒42",
            "第六名      周平        五中          11秒55",
            "第七名      吴丽        六中          11秒61",
            "第八名      钱红        七中          11秒70",
            BRIDGE_2,
        ]
    )
    assert unfold_columns(text) == text


def test_columns_set_in_characters_or_display_cells_unfold_to_the_same_text():
    left = story("新安大桥建成通车", "本报记者 李红", BRIDGE_1, BRIDGE_2)
    right = story("青山春茶开采", "本报记者 周海", TEA_1, TEA_2)
    by_chars = unfold_columns(side_by_side(left, right))
    by_cells = unfold_columns(side_by_side(left, right, wide=True))
    assert squeeze(by_chars) == squeeze(by_cells) == squeeze("".join(left + right))


@pytest.mark.parametrize("wide", [False, True])
@pytest.mark.parametrize("width", [16, 18])  # the upper block's gutter near one of the lower's, or not
def test_a_story_over_two_columns_above_stories_over_three_is_read_block_by_block(wide, width):
    rows = ["新安大桥建成通车", "本报记者 李红"]
    for paragraph in (BRIDGE_1, BRIDGE_2, SCHOOL_1):
        rows += ("\u3000\u3000" + wrap(paragraph, width)).split("\n")
    half = -(-len(rows) // 2)
    upper = side_by_side(rows[:half], rows[half:], wide=wide)
    lower = side_by_side(
        story("青山春茶开采", "本报记者 周海", TEA_1),
        story("古城夜市人气旺", "本报记者 王芳", MARKET_1),
        story("夜市再添新摊位", "本报记者 陈峰", MARKET_2),
        wide=wide,
    )
    parsed = parse_page(upper + "\n\n" + lower + "\n")
    assert [(a.title, a.reporters, a.paragraphs) for a in parsed.articles] == [
        ("新安大桥建成通车", ["李红"], [BRIDGE_1, BRIDGE_2, SCHOOL_1]),
        ("青山春茶开采", ["周海"], [TEA_1]),
        ("古城夜市人气旺", ["王芳"], [MARKET_1]),
        ("夜市再添新摊位", ["陈峰"], [MARKET_2]),
    ]
