"""A page's raw text as lines, and the punctuation facts the layout rules lean on.

Page texts come from many pipelines: CRLF or bare CR line ends, full-width indents, stray control
characters, markdown headings. Everything downstream sees one clean `Line` per printed line, with
the number of blank lines above it kept as a (soft) hint of where blocks of the page begin.
"""

from __future__ import annotations

import html
import operator
import re
from dataclasses import dataclass
from typing import Any

_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
# Control characters, zero-width marks and lone surrogates never belong to the printed text.
_JUNK = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\ufeff\ufffe\uffff\u200b-\u200f\u2060\u202a-\u202e\ud800-\udfff]"
)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_SPACE = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_MARKDOWN = re.compile(r"^(#{1,6})(?!#)\s*(.*?)(?:\s+#+)?$")
# #清溪新闻#: a social site's topic tag, its hashes tight on its words, no markdown heading
# 引题：两年建设终告完工, 标题：…, 副题：…: a headline's lines as an e-paper exports them, each under
# its name, read as markdown's levels are (# 主题, ## 副题, ### 引题)
# (not 主题：…, a field of an event's notice as well)
_LABELLED_HEAD = re.compile(r"^(?P<label>引题|肩题|眉题|标题|正题|副题|副标题)\s*[:：]\s*(?P<text>.*)$")
_HEAD_LEVELS = {"标题": 1, "正题": 1, "副题": 2, "副标题": 2, "引题": 3, "肩题": 3, "眉题": 3}
_TOPIC_TAG = re.compile(r"^[#＃][^#＃\s][^#＃]{0,18}[^#＃\s][#＃]$")
_BLOCKQUOTE = re.compile(r"^(?:>\s*)+(?=\S)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# a line set in markdown italics, as a converter sets a caption: *市民在大桥上观光。 记者 甲 摄*
_ITALIC_LINE = re.compile(r"^\*(?=[^\s*])(.+?)(?<=[^\s*])\*$")
CJK_CHAR = _CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[\w\u3400-\u9fff]")

# Closing quotes and brackets may follow the sentence-final mark: …越来越广。”
CLOSERS = "”’」』）)】》〉\"'"
#: Marks opening a quote, a bracket or a title: print ends no row on one, carrying it down.
OPENERS = "（(“‘《「『【〈"
# A paragraph ending in one of these is complete. A colon, semicolon or dash closes a lead-in or a
# list item: what follows starts a paragraph of its own.
_FINAL = set("。！？!?…；;：:—")
# What the last row of a wrapped paragraph may hold alone: its closing marks (。”), or the unit of
# the figure on the row above (…增长8.3 / %。)
_TRAILING = set(CLOSERS) | set("。！？!?…，,、；;：:") | set("%％‰℃°")
# Pages typed with half-width punctuation end sentences with "." after a Chinese character or a
# closing quote; after a digit it is a decimal point (3.5亿元).
HALF_STOP = r"(?<=[\u3400-\u9fff”’\"'）)%％])\."
# a question closed by its column's tag (有哪些维权渠道？（聚焦315）) is a headline all the same
PARAGRAPH_INDENT = 2  # characters a paragraph's first line is indented by
_SENTENCE_INSIDE = re.compile(rf"[。；;]|(?:[！？!?]|{HALF_STOP})(?=.)(?![（(][^（）()]{{2,16}}[)）]$)")
_HALF_END = re.compile(HALF_STOP + "$")
_FULL_STOP = re.compile(rf"[。；;]|{HALF_STOP}(?=.)")
_BAD_HEADLINE_END = set("，,、；;—…-(（《“‘")
_DASH_START = re.compile(r"^(?:——|--|─|—|－－)")
_DECORATION = "■□●◎▲△★☆◆◇▶►○↑↓←→↖↗↙↘✎✍✒◉▼▽❖♦"
_RUNS = re.compile(r"[\w\u3400-\u9fff]+")
_LOST_QUOTE_GAP = re.compile(r"[\u3400-\u9fff] [\u3400-\u9fff]")
QUOTE_MARKS = set('“”"「」『』‘’')


@dataclass(eq=False)
class Line:
    text: str
    gap: int = 0  # blank lines above it
    wide: bool = False  # more blank lines above it than the page puts between paragraphs
    md: int = 0  # markdown heading level, 0 when none
    quote: bool = False  # a markdown quoted paragraph (> …): a paragraph of its own
    indent: float = 0  # width of the leading spaces, in characters
    kind: str = "body"
    info: Any = None
    photo: Any = None  # the photo item that took this line
    continues_to: str | None = None
    continued_from: str | None = None
    closing: Any = None  # credits printed at the end of this paragraph: （本报记者 甲 整理）
    item: str | None = None  # the label of the brief block this line opens an item of
    raw: str = ""  # the text as printed, before credits and markers were taken out of it
    verse: bool = False  # a line of a poem: it stands as printed, never run on into the next
    tabular: bool = False  # a row of a table, its cells apart by wide spaces: stands as printed
    unpunctuated: bool = False  # a row of text an older page printed without punctuation
    rows: int = 1  # printed rows the line was read from, a wrapped paragraph's or headline's

    def __post_init__(self) -> None:
        self.raw = self.raw or self.text

    @property
    def core(self) -> str:
        """The text without the typographic bullets some papers print before bylines."""
        return undecorated(self.text)

    @property
    def bulleted(self) -> bool:
        """Printed after a bullet (● ■ ▲ …)."""
        return self.core != self.text


# What a converter from print to markdown leaves of a picture (![](images/3.jpg), <img src=…>): a
# picture stood there, between blocks of text
# (some write a comment there instead: <!-- image -->)
_PICTURE_MARK = re.compile(
    r"!\[[^\]\n]{0,200}\]\([^)\n]{0,500}\)|<img\b[^>\n]{0,500}>|<!--[^\n]{0,200}?-->", re.IGNORECASE
)
# ...and of a table or a line break it wrote as HTML: a row is a line, its cells set apart by bars
# as a markdown table's are
_HTML_ROW_END = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6])\s*>", re.IGNORECASE)
_HTML_TABLE_ROW_END = re.compile(r"</tr\s*>(?:\s*</table\s*>)?", re.IGNORECASE)
_HTML_CELL = re.compile(r"<t[dh]\b[^>\n]{0,200}>", re.IGNORECASE)
_HTML_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:table|thead|tbody|tfoot|tr|td|th|p|div|span|li|ul|ol|h[1-6]|b|i|u|em|strong|sup|sub|font|center|caption)\b"
    r"[^>\n]{0,200}>",
    re.IGNORECASE,
)


_MARKUP_SIGN = re.compile(r"!\[|<[!/a-zA-Z]|&")
# Characters a web page's text kept as HTML escapes: &nbsp; &ldquo; &#8220;
_HTML_ESCAPE = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def _unmarked(text: str) -> str:
    """The page's text without the markup a converter wrapped it in."""
    if _MARKUP_SIGN.search(text) is None:
        return text  # most pages: one search, not one for each kind of markup
    if "&" in text and _HTML_ESCAPE.search(text):
        text = html.unescape(text)
    if "![" in text or "<img" in text or "<IMG" in text or "<!--" in text:
        text = _PICTURE_MARK.sub("\n\n", text)
    if "</" in text or "<br" in text or "<BR" in text:
        text = _HTML_ROW_END.sub("\n", text)
        text = _HTML_TABLE_ROW_END.sub(lambda m: "|" if "table" in m.group().lower() else "|\n", text)
        text = _HTML_CELL.sub("| ", _HTML_CELL_END.sub(" ", text))
        text = _HTML_TAG.sub("", text)
    return text


# A paragraph's indent right after a sentence's end inside a line: the next paragraph, run on where
# an extraction lost the line break (…五分钟。　　大桥全长…)
_RUN_ON_PARAGRAPH = re.compile(r"(?<=[。！？!?”」』])\u3000\u3000(?=[^\s\u3000])")


# A symbol font's bullet as extraction writes it: a private-use character opening a line, set off
# from the text by a space or before a line as short as a headline (a font may set a rare character
# there too, which a paragraph opening on a name or a place may hold: it is kept)
_SYMBOL_BULLET = re.compile(
    r"(?m)^([ \t\u3000]*)[\ue000-\uf8ff](?:[ \t\u3000]+(?=\S)|(?=[^\s\ue000-\uf8ff]{2}[^\n]{0,28}$))"
)


# A headline set vertically, as extraction gives it: a character to a line, its stops among them
# (their vertical forms, ︐ ︒, are read as set across: ``scripts.as_characters``)
_VERTICAL_MARKS = "，、。：；！？“”‘’《》·（）…「」『』"
_VERTICAL_RUN = re.compile(rf"(?m)^(?:[ \t\u3000]*[\u3400-\u9fff{_VERTICAL_MARKS}][ \t\u3000]*\n){{3,}}")
_VERTICAL_CHARS_MIN = 3  # characters of a headline set vertically


def _set_across(run: re.Match) -> str:
    chars = "".join(run.group().split())
    if sum(1 for ch in chars if ch not in _VERTICAL_MARKS) < _VERTICAL_CHARS_MIN:
        return run.group()
    return chars + "\n"


# A row an extraction wrote a character at a time, a space after each (经 过 两 年 多 的 建 设 ，): a
# wider gap stands for a space the page printed
_SPACED = r"[ \t\u3000]*\S(?:[ \u3000]+\S){%s}[ \t\u3000]*"
_SPACED_ROW = re.compile(_SPACED % "5,")
_SPACED_SHORT_ROW = re.compile(_SPACED % "1,")  # (on such a page, any row so)
_SPACED_ROWS_SHARE = 0.6  # of the page's rows of six characters or more, that it is written so


def close_spaced_page(text: str) -> str:
    """A page extraction wrote a character at a time, closed up: its rows read as printed, for
    the spaces would make every row a headline's phrases or a table's cells.  (A headline alone
    set so, in big type, is closed up among the lines: ``classify.close_letter_spacing``.)"""
    if " " not in text:
        return text
    rows = text.split("\n")
    long_rows = [row for row in rows if len(row.strip()) >= 11]
    spaced = [row for row in long_rows if _SPACED_ROW.fullmatch(row)]
    if not long_rows or len(spaced) < _SPACED_ROWS_SHARE * len(long_rows):
        return text
    return "\n".join(_closed_up(row) if _SPACED_SHORT_ROW.fullmatch(row) else row for row in rows)


def _closed_up(row: str) -> str:
    """Each character without the space written after it; whitespace beyond that space is what
    the page printed: its ideographic spaces, or one space (at the row's start, the indent: n
    spaces were written 2n - 1)."""
    out: list[str] = []
    k = 0
    row = row.rstrip()
    while k < len(row):
        if row[k].isspace():
            end = k
            while end < len(row) and row[end].isspace():
                end += 1
            run = row[k:end]
            wide = run.count("\u3000")
            if wide:
                out.append("\u3000" * wide)
            elif not out:
                out.append(" " * ((len(run) + 1) // 2))
            else:
                out.append(" ")
            k = end
            continue
        out.append(row[k])
        k += 1
        if k < len(row) and row[k] == " ":
            k += 1  # the space written after the character
    return "".join(out)


# A headline set in bold by printing each character twice, or in shadow by printing it twice over,
# extracted so: 新新安安大大桥桥 / 新安大桥新安大桥 (no running text doubles every character, or
# repeats itself whole)
# (a headline may repeat a short phrase on purpose: 加油加油)
_SHADOWED = re.compile(r"[\u3400-\u9fff“”《》·！？!?\d ]{6,40}")
_DOUBLED_MIN = 4  # characters of a line printed with each character twice


def _overprinted(text: str) -> str:
    if len(text) < 2 * _DOUBLED_MIN or len(text) % 2 or not _SHADOWED.fullmatch(text):
        return text
    half = len(text) // 2
    if text[::2] == text[1::2]:
        return text[::2]
    if text[:half] == text[half:] and _SHADOWED.fullmatch(text[:half]):
        return text[:half]
    return text


def split_lines(text: str) -> list[Line]:
    text = _SYMBOL_BULLET.sub(r"\1● ", _unmarked(text)) if _PRIVATE_USE.search(text) else _unmarked(text)
    if "\n" in text:
        text = _VERTICAL_RUN.sub(_set_across, text if text.endswith("\n") else text + "\n")
    text = _RUN_ON_PARAGRAPH.sub("\n\u3000\u3000", _JUNK.sub("", text))
    lines: list[Line] = []
    cells: list[int] = []  # of each line shaped as a table's row
    gap = 0
    for raw in _BREAK.split(text):
        if not raw or raw.isspace():
            gap += 1  # a blank line: half the lines of most pages
            continue
        lead = len(raw) - len(raw.lstrip(" \t\u3000\u00a0"))
        indent = sum(1.0 if ch == "\u3000" else 0.5 for ch in raw[:lead])
        clean = _SPACE.sub(" ", raw).strip()
        # markdown emphasis and quoted paragraphs: the marks are not part of the printed text
        quote = bool(_BLOCKQUOTE.match(clean))
        clean = _ITALIC_LINE.sub(r"\1", _BOLD.sub(r"\1", _BLOCKQUOTE.sub("", clean)).strip())
        if clean and lines and not gap and set(clean) <= _TRAILING:
            # the last printed line of a wrapped paragraph can hold just its closing 。”
            lines[-1].text += clean
            lines[-1].raw += clean
            continue
        if lines and not gap and clean.rstrip(CLOSERS) in _CREDIT_VERBS and not is_terminated(lines[-1].text):
            # a picture's credit wrapped before its verb (…晨练。 周海 / 摄): one credit
            lines[-1].text += clean
            lines[-1].raw += clean
            continue
        broke = _CREDIT_WORD_BROKEN.search(lines[-1].text) if lines and not gap else None
        if broke and broke.group(1) + clean[:1] in ("拍摄", "摄影"):
            # …生活。 拍 / 摄 傅柏琳: a credit's verb a row broke in two, one credit
            lines[-1].text = lines[-1].text[: broke.start(1)].rstrip()
            lines[-1].raw = lines[-1].raw.rstrip()[:-1].rstrip()
            clean = broke.group(1) + clean
        if lines and not gap and _BAR_RULE.match(clean) and _BAR_ROW.match(lines[-1].text):
            continue  # | --- | --- |: the rule under a markdown table's first row, no break in it
        if not clean or not _WORD.search(clean):
            # blank lines, and rules such as "* * *" or "———"
            gap += 1
            continue
        md = 0
        m = _MARKDOWN.match(clean) if not _TOPIC_TAG.match(clean) else None
        if m and m.group(2):
            # (markdown lets a heading close on hashes too: ## 标题 ##)
            md, clean = len(m.group(1)), m.group(2).strip().rstrip("#").rstrip()
            if not _WORD.search(clean):
                gap += 1
                continue
        labelled = _LABELLED_HEAD.match(clean) if not md and "题" in clean[:4] else None
        if labelled:
            # 引题：… / 标题：… / 副题：…: an e-paper's export names each line of the headline block,
            # as markdown's levels do; a field left empty stood for no line
            if not labelled["text"]:
                continue
            md, clean = _HEAD_LEVELS[labelled["label"]], labelled["text"]
        clean = _overprinted(clean)
        if lines and not gap and clean == lines[-1].text and _SHADOWED.fullmatch(clean):
            continue  # a headline printed twice over itself for a shadow, extracted twice
        lines.append(Line(clean, gap=gap, md=md, indent=indent, quote=quote))
        cells.append(_row_cells(raw))
        gap = 0
    _mark_tables(lines, cells)
    if _double_spaced(lines):
        for line in lines:
            line.gap = (line.gap - 1) // 2 if line.gap > 0 else 0
    return lines


# A table's row as extraction keeps it: cells apart by wide spaces (a full-width space, a tab or
# two spaces), each of two to twelve characters (text printed without punctuation runs longer
# between its spaces), and no sentence among them: 第一名　王小明　城东中学　11秒02, 鹿城区　　412分
_TABLE_CELL = re.compile(r"[^\s。！？!?]{2,12}|\d")  # (a rank or a count alone: 1　上海　35分)
_CELL_GAP = re.compile(r"\u3000+|[ \t]{2,}|\t")
_TABLE_ROWS_MIN = 2
_TABLE_ROW_MAX = 80  # characters of a table's row
_WIDE_ROW_CELLS = 3  # cells of a row that make a table two rows at the least
_NARROW_ROWS_MIN = 3  # rows of two cells, each with a figure, that make a table


# a two-character name padded to the width of three (李  强), one cell
_PADDED_CELL = re.compile(r"(?<![^\s\u3000])([\u3400-\u9fff]) {1,2}([\u3400-\u9fff])(?![^\s\u3000])")


# a figure a row of a table holds in a cell of its own: 3050.12, +0.52%, 19:30, 6
_FIGURE_CELL = re.compile(r"[+\-－]?\d{1,6}(?:[.:：]\d{1,4})?[%％]?")
_TIME_CELL = re.compile(r"\d{1,2}[:：]\d{2}")
_DIGIT = re.compile(r"\d")
_FIGURED_CELLS_MIN = 2  # figures of a row whose cells stand one space apart
_NAMED_FIGURE_CELLS = 2  # a thing's name and its figure, one space apart
_NAMED_CELL = re.compile(r"[\u3400-\u9fff]{1,8}")


def _spaced_row_cells(core: str) -> int:
    """Cells one space apart, as text extracted without the table's wide gaps sets them: a row
    only with two figures in cells of their own (1 上海海港 2 6, 上证指数 3050.12 +0.52%) or a
    time (周六 19:30 新闻联播); a headline holds a phrase or two with a figure inside."""
    parts = core.split(" ")
    if not _DIGIT.search(core):
        return 0  # (most lines: no figure at all)
    if len(parts) == _NAMED_FIGURE_CELLS:
        # 青菜 3.5: a thing and its figure, a row when rows of them stand together
        return (
            _NAMED_FIGURE_CELLS if _NAMED_CELL.fullmatch(parts[0]) and _FIGURE_CELL.fullmatch(parts[1]) else 0
        )
    if len(parts) < 3:
        return 0
    if any(ch in core for ch in "，,；;：:" if ch not in "".join(_TIME_CELL.findall(core))):
        return 0
    if not all(_TABLE_CELL.fullmatch(part) for part in parts):
        return 0
    figures = sum(1 for part in parts if _FIGURE_CELL.fullmatch(part))
    timed = any(_TIME_CELL.fullmatch(part) for part in parts)
    return len(parts) if figures >= _FIGURED_CELLS_MIN or timed else 0


def _row_cells(raw: str) -> int:
    """The cells of a line shaped as a table's row, 0 when it is none."""
    core = raw.strip(" \t\u3000\u00a0\r")
    if len(core) > _TABLE_ROW_MAX:
        return 0
    wide_gap = "\u3000" in core or "  " in core or "\t" in core
    if not wide_gap:
        return _spaced_row_cells(core) if " " in core else 0
    parts = _CELL_GAP.split(_PADDED_CELL.sub(r"\1\2", core))
    if len(parts) < 2 or not all(_TABLE_CELL.fullmatch(part) for part in parts):
        return 0
    return len(parts)


# a row of a table in markdown, or written so from HTML: | 名次 | 单位 | 得分 |, and the rule under its
# first row
_BAR_ROW = re.compile(r"^\|(?:[^|\n]*\|){2,}$")
_BAR_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?$")


def _heads_columns(text: str, cells: int) -> bool:
    """A row of the columns' names over a table: as many short words as the rows have cells."""
    parts = _CELL_GAP.split(text.strip()) if _CELL_GAP.search(text) else text.split()
    return len(parts) == cells and all(re.fullmatch(r"[\u3400-\u9fffA-Za-z]{1,6}", part) for part in parts)


def _mark_tables(lines: list[Line], cells: list[int]) -> None:
    """Rows of three cells or more make a table three or more in a row, or two holding figures;
    rows of two cells, three or more in a row each holding a figure (鹿城区　　412分): a line or two
    of phrases apart by wide spaces is as likely a headline's kicker and title."""
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and cells[end] and (end == k or not lines[end].gap):
            end += 1
        rows = lines[k:end]
        figured = [any(ch.isdigit() for ch in row.text) for row in rows]
        wide = all(cells[m] >= _WIDE_ROW_CELLS for m in range(k, end))
        table = (
            wide and (len(rows) > _TABLE_ROWS_MIN or (len(rows) == _TABLE_ROWS_MIN and any(figured)))
        ) or (len(rows) >= _NARROW_ROWS_MIN and all(figured))
        for line in rows:
            line.tabular = table
        if table and k and not lines[k].gap and _heads_columns(lines[k - 1].text, cells[k]):
            lines[k - 1].tabular = True  # 名次 球队 场次 积分: the row naming the columns
        k = max(end, k + 1)
    for line in lines:
        if _BAR_ROW.match(line.text):
            line.tabular = True  # | 名次 | 单位 |: a markdown table's row, or an HTML one's


_DOUBLE_SPACED_MIN = 8  # lines of a page before its spacing says anything
_DOUBLE_SPACED_ROW = 10  # characters of a column's row, at the least


def _double_spaced(lines: list[Line]) -> bool:
    """Is every printed row set apart by a blank line (CR CR LF, as a file converted twice ends its
    lines, or an extraction that spaces rows): the blank lines then part rows, not paragraphs, and
    a blank line between paragraphs comes out as three?  Told by its rows: nearly all apart, most
    of them left open, many of one width (a paragraph a line, each apart, is a page's common form)."""
    n = len(lines)
    if n < _DOUBLE_SPACED_MIN or sum(1 for line in lines[1:] if line.gap) < 0.9 * (n - 1):
        return False
    widths: dict[int, int] = {}
    for line in lines:
        widths[len(line.text)] = widths.get(len(line.text), 0) + 1
    most = max(widths, key=widths.__getitem__)
    # ...the width of the column: as long as rows run, most of them, not a headline's
    longer = sorted(len(line.text) for line in lines)[3 * n // 4]
    return (
        most >= _DOUBLE_SPACED_ROW
        and most >= 0.9 * longer
        and sum(widths.get(w, 0) for w in (most - 1, most, most + 1)) >= 0.3 * n
        and sum(1 for line in lines if not is_terminated(line.text)) >= 0.5 * n
    )


_CREDIT_VERBS = {"摄", "摄影", "供图"}
# a caption's row ending on the first character of its credit's verb, set off by a space: …。 拍
_CREDIT_WORD_BROKEN = re.compile(r"[。！？!?.”）)]\s+([拍摄])$")
# 2025年3月5日, 二〇二五年三月五日: the day a letter or a notice is dated, under its signer; in brackets
# (（2025年3月5日）), the day a speech was given, under its title, or a piece's, closing it
_DATE = (
    r"(?:(?:19|20)\d\d|[〇零○O一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})\s*日"
)
_BARE_DATE = re.compile(rf"^{_DATE}$")
_DATE_IN_BRACKETS = re.compile(rf"^[（(]\s*{_DATE}\s*[)）]$")
_CONTACT = re.compile(
    r"^[\u3400-\u9fff]{0,4}?(?:电话|热线|邮箱|电子邮箱|地址|联系人|邮编|传真|网址|微信)\s*[:：]"
)


def date_in_brackets(text: str) -> bool:
    return bool(_DATE_IN_BRACKETS.match(text))


def bare_date(text: str) -> bool:
    """A line holding nothing but a date: the date a notice or a letter is signed on."""
    return bool(_BARE_DATE.match(text))


def contact_line(text: str) -> bool:
    """联系电话：… / 投稿邮箱：… : complete without a full stop, never a headline."""
    return bool(_CONTACT.match(text))


# 记者：… / 问：… / 主持人：…: a turn of an interview, opening on who speaks
_TURN = re.compile(r"^(?:本报记者|记者|问|答|主持人|嘉宾|[QA])\s*[:：]\s*\S")


def interview_turn(text: str) -> bool:
    """A turn of an interview starts a paragraph of its own, whatever the line above left open."""
    return bool(_TURN.match(text))


# 征集时间：即日起至5月31日, 活动地点：市图书馆: a notice's field, a short label and its value with
# no clause in it
_FIELD = re.compile(r"^[\u3400-\u9fff]{2,6}\s*[:：]\s*[^\s，,。；;！？!?：:]{1,40}$")


def field_line(text: str) -> bool:
    """A line of a notice's fields (时间：… / 地点：… / 电话：…): each stands as a paragraph of its
    own, as a list does, however short and unfinished."""
    return contact_line(text) or bool(_FIELD.match(text.strip()))


# A figure alone on its row, as a box of figures prints each over its words: 8.2%, 3.02万亿元, 53公里
_FIGURE_UNIT = (
    r"[万亿千百]{0,2}(?:元|美元|公里|千米|米|平方米|平方公里|公顷|亩|吨|斤|公斤|人次|人|户|家|座|项|所|台|辆|架|艘|个|件|次|"
    r"场|天|小时|分钟|年|岁|名|位|倍|个百分点|度|千瓦时|千瓦|瓦|例|篇|本|册|种|条|株|棵|只|头)?"
)
_BARE_FIGURE = re.compile(
    rf"^[+\-－▲▼↑↓约近超逾]?\s*\d[\d,，.．]*\s*(?:[%％‰]|(?:余|多)?{_FIGURE_UNIT})(?:以上|左右|[+＋])?$"
)


def bare_figure(text: str) -> bool:
    return _BARE_FIGURE.match(text) is not None


# A notice's fields, one a row: 时间：…, 展览地点：…, 票价：…, 主办单位：…, 出版社：…
_NOTICE_FIELD = re.compile(
    r"^[\u3400-\u9fff]{0,4}(?:时间|日期|地点|地址|票价|门票|费用|电话|热线|联系人|方式|对象|网址|邮箱|展期|定价|"
    r"出版社|主办|承办|协办|单位)\s*[:：]"
)


def notice_field(text: str) -> bool:
    """A field a notice or a box prints (地点：市博物馆), complete on its row: never a headline's
    label and its phrase (石塘：千年渔村焕新颜), which only the label's word tells apart."""
    return field_line(text) and _NOTICE_FIELD.match(text.strip()) is not None


# a mark set after a sentence's end: an editor's code beside a picture (…留念。 ③2), a footnote's
# number (…论述。①); the sentence ended before it
_MARK_AFTER_END = re.compile(r"(?<=[。！？!?.…”’）)])\s*[①-⑳]\d{0,2}$")
# …待遇面议。联系电话：13800000000: a notice's or an advertisement's number to call closes it
_NUMBER_GIVEN = re.compile(r"(?:电话|热线|手机|传真|咨询|联系方式)\s*[:：]\s*[\d\-－ （）()]{5,}$")
# Agency copy signs a story off with （完）, whatever its last sentence ends with.
_SIGNED_OFF = re.compile(r"[（(]\s*完\s*[)）]$")


def enclosed(text: str) -> bool:
    """Is the paragraph wholly one pair of brackets (（《甲》：乙著；丙出版社出版）, a note closing a
    piece)?  Such a note is complete, whatever its last words."""
    t = text.strip()
    if len(t) < 3 or t[0] not in "（(" or t[-1] not in "）)":
        return False
    depth = 0
    for k, ch in enumerate(t):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if not depth:
                return k == len(t) - 1
    return False


# ...and a note in brackets after the last sentence's full stop closes it as well: …五分钟。（有删节）
# (after a question mark it is most often a headline's column tag: 什么是低空经济？（财经科普）)
_NOTE_AFTER_END = re.compile(r"[。][”’」』]?\s*[（(][^（）()]{1,30}[)）]$")


def _table_row(t: str) -> bool:
    """| 教室 | 36间 |: a row of a table, complete in itself."""
    return t[:1] == "|" and t[-1:] == "|" and len(t) > 2


def _signed_off(t: str) -> bool:
    return t[-1:] in ("）", ")") and (
        _SIGNED_OFF.search(t) is not None or _NOTE_AFTER_END.search(t) is not None
    )


#: The words before where a reprinted piece was taken from, after a dash: ——摘自《清溪日报》
TAKEN_FROM = r"(?:——|--|—)\s*(?:摘自|选自|原载|转自|摘编自|节选自)"
# …的心愿。——摘自《清溪日报》: where a piece was taken from, run on after its last sentence
_TAKEN_FROM_TAIL = re.compile(rf"[。！？!?”…]\s*{TAKEN_FROM}\s*\S{{2,30}}$")


def is_terminated(text: str) -> bool:
    """Does the paragraph end a sentence, or must the next printed line carry it on?"""
    t = text.rstrip()
    last = t[-1:]
    if (last in "）)" and (_signed_off(t) or enclosed(t))) or (last == "|" and _table_row(t)):
        return True
    if last in "》”" and "—" in t[-40:] and _TAKEN_FROM_TAIL.search(t):
        return True  # …。——摘自《某报》: the piece closed by where it was taken from
    if t[-1:].isdigit() or "①" <= t[-1:] <= "⑳":  # the patterns run on every line: only where they may hold
        if _NUMBER_GIVEN.search(t):
            return True
        t = _MARK_AFTER_END.sub("", t)
    t = t.rstrip(CLOSERS).rstrip()
    return bool(t) and (t[-1] in _FINAL or bool(_HALF_END.search(t)))


# The label over the summary a story opens with: its text's first line, neither a headline nor a
# column, and a paragraph of its own
_SUMMARY_LABEL = re.compile(
    r"^[【\[■●]?\s*(?:核心阅读|核心提示|阅读提示|内容提要|导读|引子|楔子|尾声)\s*[】\]]?$"
)


def summary_label(text: str) -> bool:
    """核心阅读, 核心提示, 【内容提要】, and the labels of a feature's opening and closing sections,
    often spaced out to a width (引  子, 尾  声)."""
    return _SUMMARY_LABEL.match(re.sub(r"\s+", "", text)) is not None


# Labels of the boxes set right under a story to give its background or advice, or the editors'
# word on it (编后).
_BOX_LABEL = re.compile(
    r"^(?:相关|新闻|背景|知识)?链接$|^(?:延伸|相关|拓展)阅读$|^小(?:贴士|知识|常识)$|^温馨提示$|^背景资料$"
    r"|^名词解释$|^知多少$|^(?:人物|个人|企业|项目)?(?:名片|档案|简介)$|^人物小传$|^编后(?:语|记)?$"
    # what the experts say, the figures, the advice, the policy explained: a box's label, no subhead
    r"|^专家(?:观点|说|解读|建议|提醒|点评)$|^数说$|^数读$|^数据(?:看板|链接)$|^(?:特别|安全)?提醒$"
    r"|^办事指南$|^政策解读$|^记者(?:点评|观察)$|^一图读懂$"
    # ...and a law page's: what the judge or the police say of the case told above it
    r"|^(?:法官|律师|检察官|警官|民警|警方|专家)(?:说法|提醒|点评|支招)$|^以案说法$|^案情回放$|^(?:相关)?法条(?:链接)?$"
    # ...and the notes and references closing a piece (注释：① …, 参考文献：[1] …)
    r"|^(?:注释|注|尾注|附注|参考文献|参考资料)[:：]?$"
)


def box_label(text: str) -> bool:
    """相关链接, ■小贴士, 【编后】, 人物名片: the label of a box belonging to the story above, a paragraph of
    its own."""
    return _BOX_LABEL.match(re.sub(r"\s+", "", undecorated(text)).strip("【】[]〖〗")) is not None


# 一 / 二 / 三: the number alone over each section of a long feature
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])$")


def section_number(text: str) -> bool:
    return _SECTION_NUMBER.match(text.strip()) is not None


#: Characters of the longest column's tag closing a headline, brackets included.
_TAG_MAX = 42
# 未入账的村集体资产租金（监督哨）: a headline closed by the tag of the column it runs in
_COLUMN_TAGGED = re.compile(r"[^\s（(。；][（(][^（）()。；]{2,40}[)）]$")


_COLUMN_TAGGED_TAIL = re.compile(r"[（(][^（）()。；]{2,40}[)）]$")


def column_tagged(text: str) -> bool:
    t = text.strip()
    m = _COLUMN_TAGGED.search(t)
    if m is None:
        return False
    # a question or an exclamation closed by the tag is a headline (消费者有哪些维权渠道？（聚焦315·
    # 服务港）) when it is the line's only sentence, not a sentence in the text and a note after it
    return t[m.start()] not in "！？!?" or not any(ch in t[: m.start()] for ch in "。！？!?；;，,")


_INTRODUCING_MIN = 15  # characters of a clause and a colon that introduce what follows
# the words a clause opening a list ends on: …如下：, …的有：, …名单：, …分别是：
_OPENS_LIST = re.compile(r"(?:如下|的有|名单|分别是|分别为|依次是|依次为|包括|主要有|名单是)\s*[:：]$")


_CRIED_SENTENCE_MIN = 30  # characters of a line of clauses ending on ！ too long for a headline


def headline_shaped(text: str, limit: int = 48) -> bool:
    """Could this line be printed as a headline? Headlines do not end in the middle of a clause
    (，、) and hold no complete sentence (。；) inside."""
    t = text.strip()
    if len(t) > limit + _TAG_MAX or _signed_off(t):
        return False  # too long even with a column's tag; the last paragraph of agency copy
    # a column's tag closing a headline (…（深入学习贯彻…·专家谈）) makes it no longer a sentence
    untagged = _COLUMN_TAGGED_TAIL.sub("", t) if column_tagged(t) else t
    if len(t) < 2 or len(untagged) > limit or len(_CJK.findall(t)) < 2:
        return False
    # a question or an exclamation may open a headline its column's tag closes
    # (六十五岁以上不接待？银发消费岂能一拒了之（民生观）); a full stop ends a sentence anywhere
    if (_FULL_STOP if untagged != t else _SENTENCE_INSIDE).search(untagged if untagged != t else t):
        return False
    if t[-1] in _BAD_HEADLINE_END:
        return False
    if t[-1] in "：:" and ("，" in t or "," in t) and len(t) >= _INTRODUCING_MIN:
        return False  # 某公司因业务发展需要，现招聘以下人员：: a sentence opening a list, not a kicker
    if t[-1] in "：:" and _OPENS_LIST.search(t):
        return False  # 获奖名单如下：, 出席会议的有：: a clause opening a list, not a kicker
    if t[-1] in "！!" and len(t) >= _CRIED_SENTENCE_MIN and t.count("，") + t.count(",") >= 2:
        # …表示，今年以来…，带动…增长近两成！: a paragraph's sentence cried out (a question so long
        # may head a section of a feature)
        return False
    if _HALF_END.search(t) or _HALF_END.search(untagged):
        return False  # a half-width full stop ends a sentence, before a bracket (.(李红)) too
    bare = t.rstrip(CLOSERS)
    return not (bare != t and bare and bare[-1] in "。！？!?…")


def quoted_whole(text: str) -> bool:
    """“让彼此心灵更贴近，让友谊之桥更坚固”: a line that is one quotation and nothing else."""
    t = text.strip()
    return len(t) > 2 and t[:1] in "“「『" and t[-1:] in "”」』" and not any(ch in t[1:-1] for ch in "”」』")


def couplet(text: str) -> bool:
    """Phrases of one length set side by side (奋战四季度 冲刺全年红, 勇争先 强执行 开新局): a
    headline line complete in itself, never the wrapped start or end of a longer one."""
    phrases = text.split()
    return (
        len(phrases) >= 2
        and len({len(p) for p in phrases}) == 1
        and len(phrases[0]) >= 3
        and all(len(_CJK.findall(p)) == len(p) for p in phrases)
    )


# An amount with its unit: 三百亿元, 42.6万吨, 六百万人次, 百分之九点三
_AMOUNT = re.compile(
    r"(?:\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿点]{2,})(?:多|余)?"
    r"(?:亿元|万元|元|万吨|吨|万人次|人次|万人|人|万户|户|万亩|亩|个|家|项|座|所|公里|千米|平方米|米|倍|%|％"
    r"|分钟|小时|个月|公斤|千克|万辆|辆|万台|台|艘|架|场|件|名|栋|套|间|条)"
    r"|百分之[零一二两三四五六七八九十点]+"
)
# A line carrying on the clause above with a bare comparison (…新增就业 / 超过三万人) has no
# subject of its own.
_BARE_COMPARISON = ("超过", "超", "达到", "达", "突破", "逾", "近", "约", "增长", "下降", "占", "为", "是")


# A line of a headline that stops on one of these is a wrapped piece of one phrase, not a
# phrase of its own.
OPEN_END = frozenset("的之和与及或在对把将被让使由以向从为于等暨")


def left_open(text: str) -> bool:
    """A line stopping on 的, 和, 与… is the first piece of a phrase, never a whole one."""
    return bool(text) and text[-1] in OPEN_END


def figure_clause(text: str, above: str) -> bool:
    """A headline line reporting an amount as a clause of its own (总投资超过三百亿元) under a
    complete line (我市重大项目集中开工): the 副题 giving the figures, not a wrapped piece of the
    line above. Headlines put the figure under the news, so the line above must hold none."""
    text, above = text.strip(), above.strip()
    return (
        bool(text and above)
        and len(text) <= 20
        and not has_inner_punctuation(text)
        and not text.startswith(_BARE_COMPARISON)
        and bool(_AMOUNT.search(text))
        and not _AMOUNT.search(above)
        and not has_inner_punctuation(above)
        and not left_open(above)
        and above[-1] not in "：:—"
    )


_ENUMERATOR = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]\D)"
)


_SENTENCE_END = re.compile(rf"[。！？!?]+|{HALF_STOP}")


def sentence_count(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def enumerated(text: str) -> bool:
    """Numbered subheads of a long piece: 一、… （二）… 3.…"""
    return bool(_ENUMERATOR.match(text))


def unnumbered(text: str) -> str:
    return _ENUMERATOR.sub("", text, count=1)


# How a story's first paragraph opens when no dateline stands before it: a date or a stretch of
# time (1月19日，近日，今年以来), or the source of the news (记者从…获悉, 据…介绍).
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_LEAD_OPENING = re.compile(
    rf"^(?:(?:\d{{4}}年)?{_NUM}月{_NUM}日|近日|日前|近期|连日来|近段时间|前不久|不久前|昨天|昨日|今天|今日"
    r"|近年来|今年以来|去年以来|入[春夏秋冬]以来|(?:本报)?记者(?:近日|日前)?从.{1,30}?(?:获悉|了解到)"
    r"|据.{1,20}?(?:消息|介绍|统计|报道|了解))"
)


# …or with the place it happens in as the subject: 东城区推出… / 青山县文旅局举办… (全县, 该区, 我市
# and a bare 县…, 市… point back to a place already named: they carry a story on).
_PLACE_SUBJECT = re.compile(
    r"^(?![全该我本此省市县区镇乡村])[^\W\d的之在和与了是_]{2,4}?(?:省|市|县|区|镇|乡|街道|村|社区)"
    r"(?:[\u3400-\u9fff]{1,6}?(?:局|委|办|中心|院|馆|所|站|队))?(?![的之])[\u3400-\u9fff]"
)


# A caption says what the picture shows: 图为… / 图：… / 上图… ; a story's text never opens so.
# A picture's number set before its caption is a cue as well (图①大桥夜景… / 图1 大桥夜景…): a
# figure's number is followed by a space where no colon stands, or it would be a count (图15张).
# A picture in a corner (右上图：…) and labels of a caption (图片说明：… / 图注：… / 组图：…) cue too.
_CAPTION_CUE = re.compile(
    r"^(?:[（(]?(?:[左右][上下]|[上下][左右]|[上下左右中])?图[一二三四五六\d①②③④⑤⑥]?[)）]?\s*(?:为|[:：])"
    r"|[上下左右]图\s*(?:是|中)|图(?:[①-⑳]|\d{1,2}\s)|(?:图片说明|图注|组图)\s*[:：]"
    # the agency's caption: 这是3月5日拍摄的… / 这是在…拍摄的…
    r"|这是[^。！？，,]{0,24}?(?:拍摄|航拍|摄)的)"
)


def caption_cued(text: str) -> bool:
    return bool(_CAPTION_CUE.match(undecorated(text)))


_DATED_OPENING = re.compile(
    r"^\d{1,2}月\d{1,2}日(?:凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|夜晚|晚)?[，,]"
)


def opens_as_caption(text: str) -> bool:
    """A caption's opening (图为… / 图①… / 4月23日，…), which no headline has."""
    return caption_cued(text) or bool(_DATED_OPENING.match(undecorated(text)))


def opens_like_lead(text: str) -> bool:
    """Does a paragraph open the way a news story's first paragraph does?"""
    return bool(_LEAD_OPENING.match(text.lstrip()))


def opens_with_place(text: str) -> bool:
    """Does a paragraph open with a named place (or one of its offices) as its subject?"""
    return bool(_PLACE_SUBJECT.match(text.lstrip()))


def undecorated(text: str) -> str:
    """The text without the bullets or stars before it, and the same mark after it when it is
    framed by them (◆聚焦两会◆)."""
    bare = text.lstrip(_DECORATION + " ")
    if bare != text and bare.endswith(text.lstrip()[0]):
        bare = bare[:-1].rstrip()
    return bare


def starts_with_dash(text: str) -> bool:
    return bool(_DASH_START.match(text))


def label_shaped(text: str) -> bool:
    """A column label: a short run of characters with no punctuation or spaces (民生观察, 一线调查)."""
    return 2 <= len(text) <= 6 and all(_CJK.match(ch) for ch in text)


def has_inner_punctuation(text: str) -> bool:
    return any(ch in "，,、；;。：:" for ch in text.rstrip("：:"))


def join_text(left: str, right: str) -> str:
    """Glue two pieces of one sentence: Chinese and numbers need no space, Latin words do."""
    if not left:
        return right
    if not right:
        return left
    if left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha():
        return left + " " + right
    return left + right


def _word_bigrams(text: str) -> set[str]:
    out: set[str] = set()
    for run in _RUNS.findall(text):
        out.update(map(operator.add, run, run[1:]))
    return out


def overlap(head: str, text: str) -> float:
    """Share of the headline's character pairs found in a text: the cheap stand-in for the words a
    headline shares with its story."""
    own = _word_bigrams(head)
    if not own:
        return 0.0
    return sum(1 for pair in own if pair in text) / len(own)


def has_lost_quote_gap(text: str) -> bool:
    return bool(_LOST_QUOTE_GAP.search(text))


def count_lost_quote_gaps(text: str) -> int:
    return len(_LOST_QUOTE_GAP.findall(text))


def mark_wide_gaps(lines: list[Line]) -> None:
    """Blank-line gaps are read against the page's own spacing: some pages put two blank lines
    between all paragraphs, and only a wider gap sets a block apart."""
    counts: dict[int, int] = {}
    for line in lines[1:]:
        if line.gap:
            counts[line.gap] = counts.get(line.gap, 0) + 1
    usual = max(counts, key=lambda g: (counts[g], -g)) if counts else 1
    for line in lines:
        line.wide = line.gap > usual


_FULL_QUOTES = set("“”‘’")


def cells(text: str) -> float:
    """How wide ``text`` prints: a Latin letter, digit or half-width mark is half a character."""
    return sum(1.0 if ord(ch) > 0x2E7F or ch in _FULL_QUOTES else 0.5 for ch in text)
