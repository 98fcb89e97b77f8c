"""What each printed line is, judged from the line alone.

The page-level rules (which headline belongs to which story, what a caption is) come later; here a
line is only recognised by its own shape: a lead-in 本报讯（…）, a byline, a signature, a picture
credit, a continuation marker, something shaped like a headline, or running text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from . import bylines
from .headlines import issuer_line, named_series, series_label
from .lines import (
    CLOSERS,
    HALF_STOP,
    OPENERS,
    PARAGRAPH_INDENT,
    Line,
    bare_date,
    bare_figure,
    caption_cued,
    cells,
    column_tagged,
    contact_line,
    couplet,
    date_in_brackets,
    field_line,
    figure_clause,
    has_inner_punctuation,
    headline_shaped,
    interview_turn,
    is_terminated,
    join_text,
    notice_field,
    opens_as_caption,
    opens_like_lead,
    quoted_whole,
    starts_with_dash,
    summary_label,
    undecorated,
)

LEAD = "lead"  # 本报讯（记者甲）… : the story's first paragraph, after its credits
BYLINE = "byline"  # 本报记者 甲 通讯员 乙
SIGNATURE = "signature"  # 青山县委书记 孙立平
CREDIT = "credit"  # 记者 甲 摄 / 拍摄 甲 / 市交通局供图
CLOSING = "closing"  # （本报记者 甲 整理）
MARK_TO = "mark_to"  # （下转第二版）
MARK_FROM = "mark_from"  # （上接第一版）
NOTE = "note"  # 编者按：…
HEAD = "head"  # shaped like a headline; may also be a subhead or a broken-off fragment
BODY = "body"

# Lines that open a story's text, so that headline-shaped lines just above them are its headline.
ANCHORS = {LEAD, BYLINE, SIGNATURE, MARK_FROM, NOTE}


_SERIES_WORDS = ("系列", "栏目", "专栏")  # how a series named as one opens (系列：…)


def _credits_marked_as_head(core: str) -> bool:
    return (
        bylines.parse_photo_credit(core) is not None
        or bylines.ends_with_picture_credit(core)
        or bylines.parse_byline(core) is not None
    )


def classify(line: Line) -> None:
    text = line.text
    core = line.core
    if line.md and _credits_marked_as_head(core):
        # a converter takes a byline or a picture's credit set bold for a head (## 本报记者 甲,
        # ### …散步。 记者 甲 摄): what it says, not its mark, tells what it is
        line.md = 0
    if line.md:
        line.kind = HEAD
        return
    if core[:2] in _SERIES_WORDS and named_series(core):
        line.kind = HEAD
        return
    marker = bylines.marker_alone(text)
    if marker:
        line.kind = MARK_TO if marker[0] == "to" else MARK_FROM
        line.info = marker[1]
        return
    credits = bylines.parse_photo_credit(core)
    if credits is not None:
        line.kind, line.info = CREDIT, credits
        return
    lead = bylines.parse_lead(core)
    if lead is not None:
        line.kind, line.info = LEAD, lead
        _strip_inline(line, lead.rest)
        return
    closing = bylines.split_closing_credit(core)
    if closing is not None and not closing[0]:
        line.kind, line.info = CLOSING, closing[1]
        return
    credits = bylines.parse_byline(core)
    if credits is None:
        credits = bylines.web_fields(core)
    if credits is not None:
        line.kind, line.info = BYLINE, credits
        return
    credits = bylines.parse_signature(core)
    if credits is None and core != text:
        credits = bylines.parse_names(core)
    if credits is not None:
        line.kind, line.info = SIGNATURE, credits
        return
    if bylines.is_editor_note(text):
        line.kind = NOTE
        _strip_inline(line, text)
        return
    if bylines.author_note(text) or bylines.editors_sign_off(text) or bylines.taken_from(text):
        line.kind = BODY
        _strip_inline(line, text)
        return
    if text.endswith(("——", "--", "－－")) and _PLACE_KICKER.match(text):
        line.kind = HEAD  # 天台—— over the headline: where the story happens
        return
    # a turn of an interview (记者：… / 问：…), a letter's salutation (编辑同志：), a contact line
    # (联系电话：…) and a bare date under a notice are never headlines; a 副题 (——…) may run
    # longer than any headline: it summarises the story; a paragraph going on from or to another
    # page (…道.(下转第3版)) is text, its marker after a half-width stop like a headline's tag
    if (headline_shaped(text) or (starts_with_dash(text) and headline_shaped(text, limit=90))) and not (
        interview_turn(text)
        or _NEVER_HEAD.match(text)
        or _speaker_label(text)
        or _REPORTED_SPEECH.search(text)
        or bare_date(text)
        or contact_line(text)
        or _summary_point(line)
        or name_list(text)
        or summary_label(text)
        or bylines.about_the_page(text)
        or bylines.strip_markers(text)[1:] != (None, None)
        # a paragraph closed by its credits (（…为化名）(本报记者 甲 乙)): no headline ends so
        or (_CREDITED_CLOSE.search(text) is not None and bylines.split_closing_credit(text) is not None)
    ):
        line.kind = HEAD
        return
    line.kind = BODY
    _strip_inline(line, text)


_POINT_MIN = 20  # characters of a summary's point (● …), longer than a bulleted brief's title


def _summary_point(line: Line) -> bool:
    """A point of the summary some papers print under a headline: ● 一句完整的话，…"""
    return line.bulleted and len(line.core) >= _POINT_MIN and has_inner_punctuation(line.core)


def _mark_summary_points(lines: list[Line]) -> None:
    """A short bulleted line among a summary's points is a point too, not a headline.  Points are
    phrases, left open; a bulleted sentence closed by its full stop is an item of news in brief,
    and the bulleted line beside it may well be the next item's headline."""
    for k, line in enumerate(lines):
        if line.kind != HEAD or not line.bulleted or len(line.core) < _POINT_MIN // 2:
            continue
        if any(
            0 <= m < len(lines) and _summary_point(lines[m]) and not is_terminated(lines[m].core)
            for m in (k - 1, k + 1)
        ):
            line.kind = BODY
            _strip_inline(line, line.text)


def _speaker_label(text: str) -> bool:
    m = _SPEAKER_LABEL.match(text)
    return m is not None and bylines.looks_like_name(m["named"] or m["after_post"]) is not None


# Credits in brackets that name a reporter, closing the line: (本报记者 甲 乙)
_CREDITED_CLOSE = re.compile(r"[（(][^（）()]*(?:记者|記者|通讯员|通訊員)[^（）()]*[)）]$")
_NEVER_HEAD = re.compile(
    r"^(?:尊敬的|亲爱的|敬爱的)?[\u3400-\u9fff、]{0,12}?"
    r"(?:同志|编辑|先生|女士|朋友|同学|读者|市民|家长|老师|领导|乡亲|网友)们?\s*[:：]$"
)
# 王五（全国人大代表、市人民医院院长）：, 全国人大代表 王五：: who speaks the words under it, by name and
# post, never a headline (a headline's 引题 ending on a colon names no one so)
_SPEAKER_LABEL = re.compile(
    r"^(?P<named>[\u3400-\u9fff·]{2,5})\s*[（(][^（）()]{2,40}[)）]\s*[：:]$"
    r"|^[^\s：:，。]{2,30}\s+(?P<after_post>[\u3400-\u9fff·]{2,4})\s*[：:]$"
)
# …笑着说：“这下方便多了”: a sentence reporting what someone said, quoted whole to its end
_REPORTED_SPEECH = re.compile(r"(?:说|道|表示|指出|介绍|强调)[：:]\s*[“\"][^”\"]+[”\"]$")
# Three names or more, 、 between them: the people a story lists (出席的有 …), never a headline;
# each may carry its unit in brackets, the list may go on to the next row (…、) and open on a label
# (一等奖：)
_LISTED = r"[\u3400-\u9fff·]{2,4}(?:[（(][^（）()]{1,16}[)）])?"
_NAME_LIST = re.compile(
    rf"^(?:[\u3400-\u9fff]{{2,8}}[:：]\s*)?{_LISTED}(?:、{_LISTED}){{2,}}(?:等|、)?$"
    rf"|^[\u3400-\u9fff]{{2,8}}[:：]\s*{_LISTED}(?:、{_LISTED})+(?:等|、)?$"
)
_SPACED_NAMES_MIN = 4  # names set apart by spaces alone: more than sign one piece
# Names each with its unit, set one a line and read as one paragraph: 张建国（城东街道）李秀英（城西街道）
_UNIT_LIST = re.compile(r"^(?:[\u3400-\u9fff·]{2,4}[（(][^（）()]{1,16}[)）]、?){2,}$")


_LIST_LABEL = re.compile(r"^[\u3400-\u9fff]{2,8}\s*[:：]\s*(?=\S)")


def name_list(text: str) -> bool:
    """张建国、李秀英、王志强 / 一等奖：张建国、李秀英 / 张建国 李秀英 王志强 刘桂兰 / 一等奖：张建国
    李  强: a list of people (two-character names padded to three)."""
    if _NAME_LIST.match(text) or _UNIT_LIST.match(text):
        return True
    label = _LIST_LABEL.match(text)
    names = bylines.join_padded(text[label.end() if label else 0 :].split())
    least = 2 if label else _SPACED_NAMES_MIN
    return len(names) >= least and all(bylines.looks_like_name(n) for n in names)


_SENTENCE_END = re.compile(rf"[。！？!?；;]|{HALF_STOP}")


def labelled_list(text: str) -> bool:
    """一等奖：张建国 李秀英: a list of people under its own label, a row of its own."""
    return _LIST_LABEL.match(text) is not None and name_list(text)


def closes_on_names(text: str) -> bool:
    """…受到表彰。出席者：张三、李四、王五, or a row of a list set one name a line (王五, 王五（城南
    街道）): text whose last sentence is a list of people, which ends with its last name though no
    full stop follows it."""
    return name_list(_SENTENCE_END.split(text)[-1]) or bool(signing_names(text)) or _listed_with_unit(text)


_PLACE_KICKER = re.compile(r"^[\u3400-\u9fff]{2,8}(?:——|--|－－)$")


def _strip_inline(line: Line, text: str) -> None:
    """Markers and closing credits printed inside a paragraph come out of its text."""
    text, line.continues_to, line.continued_from = bylines.strip_markers(text)
    closing = bylines.split_closing_credit(text)
    if closing is not None:
        text, line.closing = closing
    if line.kind == LEAD:
        line.info.rest = text
    else:
        line.text = text


# Chinese type sets curly quotes a full character wide, though their code points sit below CJK.


def _blocks(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of lines with no blank line between them."""
    start = 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and lines[end].gap == 0:
            end += 1
        yield start, end
        start = end


_LONG_BLOCK = 8  # lines: a block this long may hold a headline or two beside its wrapped text
_WRAPPED_SHARE = 0.3  # of a long block's lines that fill one width when it was wrapped
_NARROWEST_COLUMN = 10  # characters: the narrowest column text is wrapped to


def _column_width(widths: list[float], prose: list[bool]) -> float:
    """The width a block's lines were wrapped to: the widest line of a paragraph; in a long block
    (a page printed without blank lines) the width most lines share, so that one longer line, a
    headline say, does not set it.  ``prose``: which lines hold punctuation, as rows of running
    text do; only they choose the width."""
    if len(widths) < _LONG_BLOCK:
        return max(widths)
    # a headline, a byline and a picture's credit of a few characters each may share a length on
    # a page with no blank lines, and lines with no punctuation (names with their units,
    # headlines) set no column, however many of them there are: only rows of running text do
    counts = Counter(round(w) for w, p in zip(widths, prose, strict=True) if p and w >= _NARROWEST_COLUMN)
    if not counts:
        return max(widths)
    width = max(counts.items(), key=lambda item: (item[1], item[0]))[0]
    # lines of running text that were never wrapped vary in length: no one width is common
    count = sum(1 for w in widths if round(w) == width)
    return width if count >= _WRAPPED_SHARE * len(widths) else max(widths)


_PUNCTUATION = set("，,、；;。：:！？!?")


def _prose(lines: list[Line]) -> list[bool]:
    """Which lines hold punctuation: rows of running text do, names and most headlines do not."""
    return [any(ch in _PUNCTUATION for ch in line.text) for line in lines]


_HUNG = 2.5  # characters a printed row may run past its column: punctuation hung at its end (”。)


def _full_lines(lines: list[Line]) -> list[bool]:
    """Lines printed to the full width of their block: a hard-wrapped paragraph (or a headline set
    over several lines) fills every line but its last to the same width.  On a page whose
    extraction dropped the paragraphs' indents, a paragraph's first row falls short of the width
    by the indent it was printed with: it fills its width all the same."""
    full = [False] * len(lines)
    # (a stray row set in, a credit wrapped after its space, does not make a page indent its text)
    unindented = sum(1 for line in lines if line.indent) <= _STRAY_INDENTS * len(lines)
    for start, end in _blocks(lines):
        if end - start >= 2:
            # wrapping counts either characters or display width (a Latin letter is half a character)
            for measure in (len, cells):
                widths = [line.indent + measure(line.text) for line in lines[start:end]]
                width = _column_width(widths[:-1], _prose(lines[start : end - 1]))
                short = _indent_lost(lines, start, end, widths, width) if unindented else False
                for k in range(start, end - 1):
                    here, below = widths[k - start], widths[k - start + 1]
                    full[k] = full[k] or (width - 1.5 <= here <= width + _HUNG and below <= width + _HUNG)
                    if unindented and not full[k] and width - 1.5 - PARAGRAPH_INDENT <= here < width - 1.5:
                        # (a row above falling short even of an indented row's width ended its block)
                        ended = k > start and widths[k - 1 - start] < width - 2 - PARAGRAPH_INDENT
                        full[k] = below <= width + _HUNG and _opens_paragraph(lines, k, short, ended)
                    if short and lines[k].kind == HEAD and abs(below - (width - PARAGRAPH_INDENT)) <= 0.5:
                        # a headline as wide as the column over a paragraph's first row, short by the
                        # indent the page dropped: the headline ends there
                        full[k] = full[k] and not _opens_paragraph(lines, k + 1, short)
    return full


_STRAY_INDENTS = 0.05  # share of a page's rows set in that a page printing its text flush may hold
_LOST_INDENTS_MIN = 2  # paragraphs opening short by an indent that show a page dropped its indents
_LOST_INDENT_SHARE = 0.3  # ...of the rows opening a paragraph after a finished sentence


def _indent_lost(lines: list[Line], start: int, end: int, widths: list[float], width: float) -> bool:
    """Do the block's paragraphs open on rows short of the width by just an indent, as a column
    wrapped with its indents and extracted without them prints them?"""
    opening = [
        k
        for k in range(start + 1, end - 1)
        if lines[k - 1].kind == BODY and is_terminated(lines[k - 1].text) and lines[k].kind in (BODY, HEAD)
    ]
    lost = [k for k in opening if abs(widths[k - start] - (width - PARAGRAPH_INDENT)) <= 0.5]
    return len(lost) >= _LOST_INDENTS_MIN and len(lost) >= _LOST_INDENT_SHARE * len(opening)


def _opens_paragraph(lines: list[Line], k: int, indent_lost: bool, above_ended: bool = False) -> bool:
    """A row opening a paragraph its column wrapped: after a finished sentence, a headline, a
    credit or a short row (``above_ended``), itself a clause broken off (大年初一，湖北省当阳市淯溪镇林河村人声鼎),
    or any words on a page whose paragraphs all open so (另一位应聘者刘学鑫本科读), text under it."""
    if k + 1 >= len(lines):
        return False  # (the page's last row has no text under it)
    text = lines[k].text
    above = lines[k - 1] if k else None
    return (
        (indent_lost or has_inner_punctuation(text))
        and not is_terminated(text)
        and (
            _text_row(lines[k + 1])
            # (a row under it may hold no clause: as wide, 台《关于加快构建废弃物循环利 / 用体系的意见》，…,
            # or, under a row of clauses, the paragraph's short last row, text going on under it:
            # 政策引导、科学规划，调动村民 / 积极性 — a name there signs a headline: …木拱桥 / 刘妍)
            or (
                k + 2 < len(lines)
                and (len(lines[k + 1].text) >= len(text) or has_inner_punctuation(text))
                and _text_row(lines[k + 2])
            )
        )
        and (above is None or above.kind != BODY or is_terminated(above.text) or above_ended)
    )


def _text_row(line: Line) -> bool:
    return line.kind == BODY or has_inner_punctuation(line.text)


_SET_MIN = 3  # full lines that show a block was set to one width


def _set_to_one_width(lines: list[Line], full: list[bool]) -> list[bool]:
    """Lines of a block (lines between blank lines) in which several lines fill the same width: a
    column of type wrapped at its edge, not paragraphs that happen to stand on single lines; and
    on a page most of whose lines fill one width, every line that fills it, in a block however
    short (a caption's rows between a credit and an editor's code)."""
    out = [False] * len(lines)
    for start, end in _blocks(lines):
        if sum(full[start:end]) >= _SET_MIN:
            out[start:end] = [True] * (end - start)
    if len(lines) >= _LONG_BLOCK:
        widths = [line.indent + len(line.text) for line in lines]
        width = _column_width(widths, _prose(lines))
        if Counter(round(w) for w in widths)[round(width)] >= _WRAPPED_SHARE * len(widths):
            for k, w in enumerate(widths):
                out[k] = out[k] or width - 1.5 <= w <= width + _HUNG
    return out


_SPECIAL = {BYLINE, SIGNATURE, CREDIT, CLOSING, MARK_TO, MARK_FROM}
_ROW_MIN = 10  # characters of a row that, with the row under it as long, shows a paragraph wrapped


def _wrapped_rows(lines: list[Line]) -> list[int]:
    """Rows of one paragraph wrapped to a width of its own (a caption in a narrow column, on a page
    whose stories are not wrapped so): two or more rows of one length, each breaking off inside a
    clause of a sentence that runs on, over its shorter last row."""
    found: list[int] = []
    for k in range(len(lines) - 1):
        row, below = lines[k], lines[k + 1]
        if (
            row.kind in (BODY, HEAD)
            and below.kind in (BODY, HEAD)
            and not below.gap
            and len(row.text) >= _ROW_MIN
            # wrapping counts characters or display width (a digit is half a character)
            and min(abs(len(row.text) - len(below.text)), abs(cells(row.text) - cells(below.text))) <= 1
            and has_inner_punctuation(row.text)
            and has_inner_punctuation(below.text)
            and not is_terminated(row.text)
            and not column_tagged(row.text)
            and not column_tagged(below.text)  # a kicker over a headline closed by its column's tag
        ):
            found.append(k)
            if (
                not is_terminated(below.text)
                or k + 2 < len(lines)
                and cells(lines[k + 2].text) <= cells(below.text)
            ):
                found.append(k + 1)  # the last full row runs on into the short one under it
    return found


_WHOLE_NOTE = re.compile(r"[（(][^（）()]{2,80}[)）]")


_SPACED_PHRASES = re.compile(r"[\u3400-\u9fff“”‘’《》·\d]{2,}(?: [\u3400-\u9fff“”‘’《》·\d]{2,})+")


def _carries_on(
    prev: Line,
    line: Line,
    prev_full: bool,
    blank: bool,
    indented: bool,
    prev_set: bool,
    full: bool = False,
    below: Line | None = None,
    above: Line | None = None,
) -> bool:
    """Is `line` the next printed line of the same paragraph (or headline) as `prev`? (`full`:
    `line` fills the width of its block; `below`: the printed line under it; `above`: the line,
    as joined so far, over `prev`.)"""
    if line.gap and _closing_brackets_broken(prev, line):
        return True  # …车道。（记者 甲 / (a blank line) / 通讯员 乙）: a column broke the brackets
    if line.gap or prev.kind in _SPECIAL or line.kind in _SPECIAL or line.kind in (LEAD, NOTE):
        return False
    if prev.verse or line.verse or line.bulleted or prev.tabular or line.tabular:
        return False  # a verse, a table's row, or a point set off by a bullet (● …), stands as printed
    if prev.md != line.md or prev.quote != line.quote or starts_with_dash(line.text):
        return False
    if (
        above is not None
        and above.kind == HEAD
        and prev.kind == HEAD
        and starts_with_dash(prev.text)
        and line.kind == BODY
        and is_terminated(line.text)
    ):
        return False  # a 副题 under its title, wider than the column, over the text's first row
    if attribution(prev.text) and line.kind == BODY and has_inner_punctuation(line.text):
        return False  # ——鲁迅 under a saying ends there; the text goes on below it
    if bare_date(line.text) and not (prev_full and prev_set):
        return False  # the date a notice or a letter is signed on, under its signer
    if labelled_list(line.text) and name_list(prev.raw):
        return False  # 二等奖：… under 一等奖：…, each prize its list
    if interview_turn(line.text) and interview_turn(prev.raw) and not prev_full:
        return False  # 记者：… under 嘉宾：甲 某公司董事长: each turn of an interview stands apart
    if field_line(line.text) and field_line(prev.raw) and not (prev.kind == HEAD and line.kind == HEAD):
        return False  # a notice's field (电话：…) under another (地址：…)
    if _open_bracket(prev.raw) and _closes_bracket(line.raw):
        return True  # credits in brackets broken over two lines: 本报讯（记者 甲 / 通讯员 乙）…
    if any(
        _left_open(prev.raw, opening, closing) and _closed_first(line.raw, opening, closing)
        for opening, closing in _PAIRED_MARKS
    ):
        return True  # a quote or a title broken where the row ended: …对代表“坚持中国共产党的领 / 导”“…
    if prev.raw.rstrip().endswith(_OPENERS) and line.kind in (HEAD, BODY):
        return True  # no row ends on an opening mark but where a column broke it: …兆丰年”（ / 文化…
    if prev.md and not (prev.kind == HEAD and line.kind == HEAD):
        return False
    if prev.kind == HEAD and column_tagged(prev.text) and not prev_set:
        # a headline closed by its column's tag (…（看台人语）) runs on no further; in a column
        # wrapped to one width, a row may break after any bracket (…传承人（右一） / 指导下…)
        return False
    if prev.kind == HEAD and line.kind == HEAD and (couplet(prev.text) or couplet(line.text)):
        return False
    if prev.kind == HEAD and line.kind == HEAD and quoted_whole(line.text) and not (prev_full and prev_set):
        # a voice quoted whole under the line over it: the title under its kicker (a row filling
        # a column wrapped to one width goes on, its quote carried down: …文件安上 / “法律过滤器”)
        return False
    if prev.kind == HEAD and series_label(prev.text):
        return False  # 奋力谱写新篇章系列谈③ over the headline of the piece
    if (
        # phrases set apart by spaces over a row of running text: a headline as wide as the column,
        # for running text never spaces its words (over a row with no clause the headline may be
        # wrapped to the width, its rest below)
        prev.kind == HEAD
        and line.kind == BODY
        and _SPACED_PHRASES.fullmatch(prev.text)
        and has_inner_punctuation(line.text)
    ):
        return False
    if prev.kind == HEAD and line.kind == HEAD and not prev.indent and figure_clause(line.text, prev.text):
        return False  # an indented line opens a paragraph, whose wrapped lines may well hold figures
    if (
        below is not None
        and below.kind == BYLINE
        and column_tagged(line.text)
        and not line.text.endswith("）。")
    ):
        return False  # a headline closed by its column's tag over its byline, however wide
    text = prev.info.rest if prev.kind == LEAD else prev.text
    if summary_label(text):
        return False  # 核心阅读 labels the paragraph under it and stands on its own
    if _WHOLE_NOTE.fullmatch(text) or bylines.author_note(text) or bylines.author_note(line.text):
        # （作者为…）, （摘编自…）: a note in brackets is complete when they close, and a note on
        # the author is a paragraph of its own
        return False
    if text and is_terminated(text):
        # a sentence may end right where a printed line does: in a block set to one width, a
        # full line carries its paragraph on all the same, unless the next line is indented, set
        # apart by a blank line or (on a page with none) opens as a caption or a story does
        wrapped = (
            prev_full
            and prev_set
            and prev.kind in (BODY, LEAD)
            and (
                line.kind == BODY
                # on a page that indents its paragraphs, an unindented row filling the column
                # and breaking off open runs the paragraph on, however like a headline it reads
                or (
                    indented
                    and not line.indent
                    and full
                    and not is_terminated(line.text)
                    # a clause, or over the paragraph's last row: a kicker over its title is neither
                    and (has_inner_punctuation(line.text) or (below is not None and below.kind == BODY))
                )
            )
        )
        # a circled number (② …) opens a numbered caption or a list's entry
        opens = caption_cued(line.text) or opens_like_lead(line.text) or "①" <= line.text[:1] <= "⑳"
        # a sentence alone over a picture's credit is its caption, however full the row above
        opens = opens or (below is not None and below.kind == CREDIT and is_terminated(line.text))
        if not full and line.text.endswith(("，", ",", "、")):
            # a row short of the width is the last of its paragraph, which never stops on a
            # comma: a headline broken at its comma (菜价回落， / 市民菜篮子更轻松了)
            return False
        if (
            prev_full
            and prev_set
            and text.endswith(("：", ":"))
            and line.text.startswith("“")
            and not line.indent
        ):
            return True  # 习近平总书记强调： / “年轻干部是…: who is quoted, the quote's opening mark carried down
        # (a row set in under a finished sentence opens a paragraph, on a page whose long wrapped
        # paragraphs set in too few rows to show it indents them as well)
        return bool(wrapped and not line.indent and (blank or not opens))
    if text.endswith("、") and not prev.md:
        return True  # a list broken after a separator: 张建国、李秀英、 / 王志强、陈小明
    if (line.kind == HEAD or line.text.endswith(("，", ","))) and closes_on_names(text):
        # a list of names (张三、李四、王五), alone or closing a paragraph (…受到表彰。出席者：张三、
        # 李四、王五), ends with its last name, over the next headline (broken at its comma too)
        return False
    if text.endswith(("，", ",")) and not prev.md:
        return True  # a line that stops at a comma goes on below, a headline broken there too
    if bylines.ends_with_picture_credit(text):
        return False  # a caption closed by its picture's credit ends there, indented or not
    if opens_as_caption(text) and not line.indent:
        return True  # a caption's row (图为… / 4月23日，…) breaking off unfinished goes on below
    if prev.kind == HEAD and prev.indent > PARAGRAPH_INDENT:
        # a head set in further than a paragraph (centred, as older pages set them) ends there,
        # unless it fills its column's width over a row set in as far: it was wrapped there
        return prev_full and line.indent == prev.indent and line.kind in (HEAD, BODY)
    # a full row breaking off open over a row set in by one space: the space stands for a quote
    # mark the text lost at the row's start (…靠 / “卖风景”走上), no paragraph's indent
    set_in = 0 if prev_full and prev.kind in (BODY, HEAD) and line.indent < 1 else line.indent
    if prev.unpunctuated and not (prev_full and prev_set) and line.kind == HEAD and " " not in line.text:
        # text without punctuation ends its paragraph on a row short of the width it is wrapped
        # to, or unwrapped, and a row with no space for a stop under it is a headline's
        return False
    if indented:
        # a paragraph runs on from its indented first line, or from a row wrapped to a width of
        # its own (a caption in a narrow column): never into an indented line
        return (bool(prev.indent) or (prev_full and prev_set)) and not set_in
    if set_in and (indented or prev_set):
        # on a page that indents its paragraphs, or in a column wrapped to one width (whose
        # wrapped rows are never indented), an indented line opens a paragraph
        return False
    if (
        not prev_set
        and prev.kind == HEAD
        and line.kind == BODY
        and is_terminated(line.text)
        and below is not None
        and below.kind == CREDIT
    ):
        # a picture's title over its caption and credit: in a block this short the widest line
        # fills its width whatever it is
        return False
    # an open line filling the width of its block was wrapped; on a page with no blank lines the
    # whole page is one block, and only a width many lines share shows the wrapping
    return prev_full and (blank or prev_set)


# A box of figures (数说, 一组数据): each figure on a row of its own over or under the words saying
# what it counts, pair after pair
_FIGURE_LABEL_MAX = 30  # characters of the words with a figure
_FIGURE_PAIRS_MIN = 2  # figures with their words that make a box, not one short line over another


def _figure_label(lines: list[Line], k: int) -> bool:
    """The words with a figure: short, no sentence, and no headline over a story's lead-in."""
    text = lines[k].text
    below = lines[k + 1] if k + 1 < len(lines) else None
    return (
        len(text) <= _FIGURE_LABEL_MAX
        and not bare_figure(text)
        and text[-1:] not in "。！？!?；;：:"
        and lines[k].kind in (HEAD, BODY)
        and not (below is not None and not below.gap and (below.kind in _SPECIAL or below.kind == LEAD))
    )


def _figure_pairs(lines: list[Line], over: bool) -> list[range]:
    boxes = []
    k = 0
    while k + 1 < len(lines):
        m = k
        while m + 1 < len(lines) and not lines[m + 1].gap:
            figure, label = (m, m + 1) if over else (m + 1, m)
            if not (bare_figure(lines[figure].text) and _figure_label(lines, label)):
                break
            m += 2
        if m - k >= 2 * _FIGURE_PAIRS_MIN:
            boxes.append(range(k, m))
            k = m
        else:
            k += 1
    return boxes


# 3月5日 全国人大会议开幕, 2025年10月 项目开工, 9:00 开幕式: a day or an hour and what happens then,
# a space between: a row of a timeline or a programme
_DATED_ROW = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年|\d{1,2}[:：]\d{2}(?:\s*[-—–~～至]\s*\d{1,2}[:：]\d{2})?)\s+[^\s，,。]"
)
_DATED_ROWS_MIN = 2


def _runs(lines: list[Line], row: Callable[[Line], bool], least: int) -> Iterator[list[Line]]:
    """Runs of at least ``least`` lines each passing ``row``, no blank line inside a run."""
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and (end == k or not lines[end].gap) and row(lines[end]):
            end += 1
        if end - k >= least:
            yield lines[k:end]
        k = max(end, k + 1)


_TIMELINE_ROW_MAX = 40  # characters of a timeline's row


def _dated_row(line: Line) -> bool:
    return (
        line.kind in (HEAD, BODY)
        and len(line.text) <= _TIMELINE_ROW_MAX
        and _DATED_ROW.match(line.text) is not None
    )


def _mark_timelines(lines: list[Line]) -> None:
    """Rows each opening on a day or an hour set apart by a space from what happens then stand as
    printed, a timeline's or a programme's: never run together, never a headline."""
    for run in _runs(lines, _dated_row, _DATED_ROWS_MIN):
        for row in run:
            row.tabular = True


def _mark_figure_boxes(lines: list[Line]) -> None:
    """A box of figures stands as printed, row by row: the words with a figure are never a
    headline (制造业民间投资增速 had headed the story after the box). A page sets its figures over
    their words or under them; where no blank line parts the pairs, the way that pairs more of
    the page's rows is the page's."""
    boxes = max(_figure_pairs(lines, True), _figure_pairs(lines, False), key=lambda rs: sum(map(len, rs)))
    for box in boxes:
        for k in box:
            lines[k].tabular = True


_FIELD_ROWS_MIN = 2


def _mark_field_boxes(lines: list[Line]) -> None:
    """Rows of a notice's fields one under another (展览信息 / 时间：… / 地点：… / 票价：…) are a box
    of the story's, never a headline, however short (they had headed the next story as its
    kicker); one such row alone may be a headline's label and its phrase (石塘：千年渔村焕新颜)."""
    for run in _runs(lines, lambda line: notice_field(line.text), _FIELD_ROWS_MIN):
        for row in run:
            if row.kind == HEAD:
                row.kind = BODY


def _settle_tables(lines: list[Line]) -> None:
    """A table's row is never a headline, however short and unpunctuated; rows of which one reads
    as a byline or a lead-in (记者　甲　通讯员　乙 under a headline of three phrases) are no table."""
    k = 0
    while k < len(lines):
        if not lines[k].tabular:
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].tabular:
            end += 1
        rows = lines[k:end]
        credited = any(row.kind in _SPECIAL or row.kind == LEAD for row in rows)
        for row in rows:
            if credited:
                row.tabular = False
            elif row.kind == HEAD:
                row.kind = BODY
        k = end


_SIGNING_DASH = re.compile(r"^(?:——|—|--|－－)\s*")
_ATTRIBUTION_MAX = 12  # characters after the dash of who said or wrote what stands above


def attribution(text: str) -> bool:
    """——鲁迅, —— 读者 陈伟: who said the saying or wrote the letter above, short and no clause."""
    m = _SIGNING_DASH.match(text)
    rest = text[m.end() :] if m else ""
    return bool(rest) and len(rest) <= _ATTRIBUTION_MAX and not has_inner_punctuation(rest)


def _mark_dashed_signatures(lines: list[Line]) -> None:
    """——甲 under a text's last sentence, nothing of the text after it, signs it, as a letter or
    an essay is signed; under a headline a dash opens its 副题 (——访甲)."""
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        m = _SIGNING_DASH.match(line.text)
        if m is None or line.md:
            continue
        if above.kind == HEAD and line.kind == HEAD:
            # ——记者 甲 under the headline: a reporter's credit, no 副题 (——访甲 names no role)
            credits = bylines.parse_byline(line.text[m.end() :])
            if credits is not None and (credits.reporters or credits.correspondents):
                line.kind, line.info = BYLINE, credits
            continue
        if above.kind not in (BODY, LEAD):
            continue
        if k + 1 < len(lines) and lines[k + 1].kind == BODY:
            continue  # text goes on: a saying's author under it (——鲁迅), an epigraph's
        said = above.info.rest if above.kind == LEAD else above.text
        if not is_terminated(said):
            continue
        rest = line.text[m.end() :]
        credits = bylines.parse_signature(rest) or bylines.parse_names(rest)
        if credits is not None and credits.count():
            line.kind, line.info = SIGNATURE, credits


def _mark_bracketed_bylines(lines: list[Line]) -> None:
    """Credits in brackets alone on their line ((记者 甲)) close the text above them, save under a
    headline set apart from that text and over a text of its own: there they are its byline."""
    for k in range(1, len(lines) - 1):
        line, above, below = lines[k], lines[k - 1], lines[k + 1]
        if (
            line.kind == CLOSING
            and above.kind == HEAD
            and (above.gap or above.md or k == 1)
            and below.kind == BODY
            and below.photo is None
        ):
            line.kind = BYLINE


def spaced_text(text: str) -> bool:
    """Text printed without punctuation, its phrases set apart by spaces, as some older pages
    are and their transcriptions keep: 本市米价连日下跌 昨日白粳每石又跌二万元 社会局…"""
    return text.count(" ") >= _SPACED_TEXT_GAPS and _SPACED_PHRASES.fullmatch(text) is not None


_SPACED_TEXT_GAPS = 2  # spaces standing for punctuation in a row of such text


def _mark_spaced_text(lines: list[Line]) -> None:
    """A flush row of spaced phrases right under a row of such text is more of it, however short:
    a headline of such a page is set in, or apart, and text never speaks in the way of the page's
    punctuated headlines."""
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        if line.kind != HEAD or line.gap or line.indent or line.md or above.kind not in (BODY, LEAD):
            continue
        said = above.info.rest if above.kind == LEAD else above.text
        if spaced_text(said) and spaced_text(line.text):
            line.kind, line.info = BODY, None


_UNPUNCTUATED_ROW = re.compile(r"[\u3400-\u9fff“”‘’《》·\d ]+")  # a row may break inside a phrase


def _mark_unpunctuated_text(lines: list[Line], full: list[bool]) -> None:
    """On a page printing no comma or stop, as some older pages do, its text is read as such.

    A row set in as a paragraph is, filling the width it is wrapped to, of phrases set apart by
    spaces (本市參議會第五次大會　定今日上午九時), opens a paragraph, and the flush rows under it
    go on with it: a headline's rows are set flush or further in, and break where its phrases do
    (a punctuated page's long headline may be set in so)."""
    for line in lines:
        line.unpunctuated = line.kind in (BODY, LEAD)
    k = 0
    while k < len(lines):
        line = lines[k]
        if not (
            line.kind == HEAD
            and 0 < line.indent <= PARAGRAPH_INDENT
            and full[k]
            and not line.md
            and " " in line.text
            and _SPACED_PHRASES.fullmatch(line.text)
            # wrapped: a flush row goes on under it
            and k + 1 < len(lines)
            and not (lines[k + 1].gap or lines[k + 1].indent)
            and lines[k + 1].kind in (HEAD, BODY)
        ):
            k += 1
            continue
        line.kind, line.info, line.unpunctuated = BODY, None, True
        k += 1
        while (
            k < len(lines)
            and lines[k].kind == HEAD
            and not (lines[k].gap or lines[k].indent or lines[k].md)
            and full[k - 1]
            and _UNPUNCTUATED_ROW.fullmatch(lines[k].text)
        ):
            lines[k].kind, lines[k].info, lines[k].unpunctuated = BODY, None, True
            k += 1


_SIGNERS_MAX = 3  # writers signing one piece on one line
_LISTED_ROWS_MIN = 2  # lines of names under a colon that make a list, not a signature


def _mark_listed_names(lines: list[Line]) -> None:
    """Names set one line each (or a few to a line) under a line ending on a colon (受表彰的
    有： / 张建国 / 李秀英 …), or under a row of a list left open on its 、 (…孙燕、 / 周平、吴丽):
    the list that line opens or goes on with, text of its story, never signatures or the next
    headline."""
    k = 1
    while k < len(lines):
        above = lines[k - 1]
        said = (above.info.rest if above.kind == LEAD else above.text).rstrip()
        end = k
        goes_on = said.endswith("、") and above.kind in (BODY, HEAD) and name_list(said)
        if above.kind in (BODY, LEAD, HEAD) and (said.endswith(("：", ":")) or goes_on):
            # the list may stand apart from the line opening it, its rows not from each other
            while (
                end < len(lines)
                and (end == k or not lines[end].gap)
                and lines[end].kind in (HEAD, SIGNATURE, BODY)
            ):
                text = lines[end].text
                if not (signing_names(text) or _listed_with_unit(text) or name_list(text)):
                    break
                end += 1
        if end - k >= (1 if goes_on else _LISTED_ROWS_MIN):
            for line in lines[k:end]:
                line.kind, line.info = BODY, None
            k = end + 1
        else:
            k += 1


def _signatures_under_headlines(
    lines: list[Line], set_width: list[bool], full: list[bool]
) -> dict[int, list[str]]:
    """Lines holding only a person's name between a headline and the text it heads, printed with
    no blank line around them: a commentary's signature, not the end of a headline broken over two
    lines. In a block set to one width, where a short line ends a wrapped paragraph, only under a
    headline closed by its column's tag, which runs on no further."""
    found: dict[int, list[str]] = {}
    for k in range(1, len(lines) - 1):
        line, above, below = lines[k], lines[k - 1], lines[k + 1]
        if above.kind != HEAD or line.gap:
            continue
        tagged = column_tagged(above.text)
        if (
            # three names or more (甲、乙、丙) read as a list in a story, but under a headline its tag
            # closes they sign it
            (line.kind == HEAD or (tagged and _NAME_LIST.match(line.text)))
            # text, or a paragraph set in, or a row of text a column broke off inside a sentence
            # (or filled, its clauses going on: a paragraph's first row whose indent was dropped)
            and (
                below.kind == BODY
                or below.indent
                or tagged
                or _broken_row(below)
                or (full[k + 1] and has_inner_punctuation(below.text))
            )
            # the clauses of a wrapped sentence, unless the line stands apart from the text above
            # as a headline does, its clauses apart by commas (大桥通了，心也近了 after a
            # paragraph's full stop; a list opening on its label, 出席的有：甲 乙, signs nothing)
            and (
                tagged
                or not has_inner_punctuation(above.text)
                or (not any(ch in above.text for ch in "：:、") and _set_apart(lines, k - 1))
            )
            and (names := signing_names(line.text) or (tagged and _pen_name(line.text)))
            # one name as long as half the headline may be the headline's broken end; several are not
            and (len(names) > 1 or 2 * len(line.text) <= len(above.text))
            # several names apart by spaces or 、 (罗茜尹 司志文, 施芳、杨晓慧) are no wrapped
            # paragraph's last row
            # ...nor is a name over a paragraph set in: a paragraph's last row ends its sentence
            and (
                not set_width[k - 1]
                or tagged
                or len(names) > 1
                or len(line.text.split()) > 1
                or (below.indent > above.indent and not is_terminated(line.text))
            )
        ):
            found[k] = names
    return found


_PEN_NAME = re.compile(r"^(?:[\u3400-\u9fff]{2,3}|[\u3400-\u9fff][ \u3000]+[\u3400-\u9fff])$")


def _pen_name(text: str) -> list[str]:
    """有鱼, 库桂生: two or three characters alone under a headline its column's tag closes sign
    it, whether or not they open on a surname we know; a commentary is often signed with a pen
    name, and nothing else of the headline goes on under its tag."""
    text = text.strip()
    return ["".join(text.split())] if _PEN_NAME.match(text) else []


_WITH_UNIT = re.compile(r"(?P<name>[\u3400-\u9fff·]{2,4})\s*[（(][^（）()]{1,16}[)）]")


#: Clauses a row of text holds that no headline does: two commas or more (春节临近，城区…，蔬菜、肉).
_ROW_CLAUSES_MIN = 3
_BROKEN_ROW_MIN = 20


def _broken_row(line: Line) -> bool:
    """A long row of clauses left open where a column ended, read as headline-shaped: the first
    paragraph of a story under its signature, broken by the column."""
    clauses = len(re.split(r"[，,；;]", line.text))
    return line.kind == HEAD and len(line.text) >= _BROKEN_ROW_MIN and clauses >= _ROW_CLAUSES_MIN


def _listed_with_unit(text: str) -> bool:
    """张建国（城东街道）: a name listed with the unit it comes from."""
    m = _WITH_UNIT.fullmatch(text.strip())
    return m is not None and bylines.looks_like_name(m.group("name")) is not None


def _set_apart(lines: list[Line], k: int) -> bool:
    """Whether the headline-shaped ``lines[k]`` and the names under it stand apart as a block of
    their own: between blank lines or over a paragraph set in further (a paragraph's first row and
    a short row under it run on into more text), or under a line that ends its paragraph."""
    if k == 0 or lines[k].gap:
        return k + 2 >= len(lines) or bool(lines[k + 2].gap) or lines[k + 2].indent > lines[k].indent
    above = lines[k - 1]
    said = above.info.rest if above.kind == LEAD else above.text
    return above.kind in (BODY, LEAD) and is_terminated(said)


def signing_names(text: str) -> list[str]:
    """The names a line holds and nothing else: 华璐月, 王  五, 罗茜尹 司志文, 施芳、杨晓慧, 施 芳 杨晓慧."""
    one = bylines.looks_like_name(text)
    if one is not None:
        return [one]
    # a two-character name is often padded to the width of three: 施 芳 杨晓慧, 王 珂 张 玲
    parts = bylines.join_padded([p for p in re.split(r"[、，,\s]+", text.strip()) if p])
    if not 2 <= len(parts) <= _SIGNERS_MAX or any(len(p) < 2 for p in parts):
        return []
    names = [bylines.looks_like_name(p) for p in parts]
    return names if all(names) else []


_NAME_END_MAX = 2  # characters of a name's end a narrow column broke off its signature
_CJK_ONLY = re.compile(r"^[\u3400-\u9fff]+$")
_POST_NAME_MAX = 3  # characters of a name a row broke from its post
_NAME_ROW_MAX = 6  # characters of a name alone on the row a column broke a byline before
_CLOSING_TAIL_MAX = 30  # characters of the rest of closing credits under a column's break


def _broken_credit(prev: Line, line: Line) -> str | None:
    """What joins ``line`` to ``prev`` when a credit was broken between them (a space, or nothing
    inside a name), or None: 通讯员 / 宁轨宣, 记者 周 / 学军 摄, 南方日报讯 记者/陈珊 / 日前，…"""
    # a dateline alone on its row (本报讯, 新华社北京3月5日电) over the credits opening the text
    if (
        prev.kind == LEAD
        and line.kind == LEAD
        and not prev.info.rest
        and not prev.info.credits.count()
        and prev.info.dateline
        and line.info.dateline is None
    ):
        return ""
    if (
        prev.kind == LEAD
        and line.kind in (BODY, BYLINE)
        and not prev.info.rest
        and not prev.info.credits.count()
        and line.text.startswith(("记者", "本报记者", "通讯员", "本报通讯员", "新华社记者", "中新社记者"))
        and (joined := bylines.parse_lead(prev.text + " " + line.text)) is not None
        and joined.credits.count()
    ):
        return " "  # ...or over credits set off by spaces: 本报讯 / 记者 甲 经过…
    if (
        line.gap
        and _open_bracket(prev.raw)
        and bylines.opens_with_role(line.raw)
        and _closes_bracket(line.raw)
        and (joined := bylines.parse_lead(prev.raw + " " + line.raw)) is not None
        and joined.credits.count()
    ):
        return " "  # 本报讯（记者 甲 / 通讯员 乙）…: credits a column broke, a blank line between
    if (
        line.gap
        and _open_bracket(prev.raw)
        and bylines.role_alone(prev.raw[max(prev.raw.rfind("（"), prev.raw.rfind("(")) + 1 :])
        and _NAME_CLOSING.match(line.raw)
        and (joined := bylines.parse_lead(prev.raw + line.raw)) is not None
        and joined.credits.count()
    ):
        return ""  # 本报讯（记者 / (a blank line) / 甲）…: broken after the role
    if (
        line.gap
        and len(line.text) <= _NAME_ROW_MAX
        and (prev.kind == BYLINE or (prev.kind in (HEAD, BODY) and bylines.role_alone(prev.text)))
    ):
        # 本报记者 甲 通讯员 / (blank) / 乙, and 本报记者 / (blank) / 甲
        return bylines.broken_credit(prev.text, line.text)
    if line.gap or prev.verse or line.verse:
        return None
    if prev.kind == LEAD:
        rest = prev.info.rest
        if line.kind == BODY and rest and bylines.only_credits(rest):
            return " "  # the text after credits set off by spaces
        if line.kind in (BODY, HEAD) and not rest and prev.info.credits.count():
            # credits that end the lead-in's printed row (本报讯 记者甲 通讯员乙): the text goes on
            # in the next, though a row of it may be shaped like a headline
            return " "
        return bylines.broken_credit(prev.info.rest, line.text)
    if (
        prev.kind in (BODY, HEAD)
        and len(line.text) <= _POST_NAME_MAX
        and bylines.looks_like_name(line.text) is not None
        and bylines.parse_signature(prev.text + line.text) is None
        and bylines.parse_signature(prev.text + " " + line.text) is not None
    ):
        return " "  # 绍兴市委常委、诸暨市委书记 / 沈志江: a signature broken after the post
    if (
        prev.kind in (BODY, HEAD, SIGNATURE)
        and len(line.text) <= _NAME_END_MAX
        and _CJK_ONLY.match(line.text)
        and bylines.parse_signature(prev.text) is not None
        and (whole := bylines.parse_signature(prev.text + line.text)) is not None
        and all(bylines.looks_like_name(name) for name in whole.authors)
    ):
        return ""  # 瓯海区委书记 王振 / 勇: a signature a narrow column broke inside the name
    if prev.kind in (BODY, HEAD, BYLINE) and line.kind in (BODY, HEAD, BYLINE, CREDIT, SIGNATURE):
        return bylines.broken_credit(prev.text, line.text)
    return None


def _closing_brackets_broken(prev: Line, line: Line) -> bool:
    """Credits or a continuation marker closing a story in brackets, broken where a column ended:
    the bracket left open at the end of one line, closed at the end of the next, and read whole
    they credit someone or send the reader on (…（下转 / 第2版）)."""
    if not (_open_bracket(prev.raw) and _closes_bracket(line.raw)) or len(line.raw) > _CLOSING_TAIL_MAX:
        return False
    glue = " " if bylines.opens_with_role(line.raw) else ""
    whole = prev.raw.rstrip() + glue + line.raw.strip()
    closing = bylines.split_closing_credit(whole)
    return (closing is not None and closing[1].count() > 0) or bylines.strip_markers(whole)[1] is not None


def _rejoin_broken_credits(lines: list[Line]) -> list[Line]:
    """Credits broken over two printed lines, joined again before anything else is: a byline read
    whole is no headline to join to the title above it."""
    out: list[Line] = []
    for line in lines:
        glue = _broken_credit(out[-1], line) if out else None
        if glue is None:
            out.append(line)
            continue
        out[-1] = _joined(out[-1], out[-1].raw + glue + line.raw)
    return out


def _joined(prev: Line, text: str) -> Line:
    """``prev`` carried on by the next printed line: ``text`` read afresh, as printed where ``prev`` is."""
    merged = Line(text, gap=prev.gap, md=prev.md, indent=prev.indent, quote=prev.quote)
    classify(merged)
    merged.unpunctuated = prev.unpunctuated
    if prev.unpunctuated and prev.kind == BODY and merged.kind == HEAD:
        merged.kind, merged.info = BODY, None  # text without punctuation reads as a headline's phrases
    merged.continued_from = merged.continued_from or prev.continued_from
    merged.rows = prev.rows + 1
    return merged


_NAME_CLOSING = re.compile(r"^[\u3400-\u9fff]{2,3}\s*[)）]")


def _names_broken_apart(above: str, below: str) -> bool:
    """…通讯员 周海 / 王五）…, …。（李红 / 周海）: a row ending on a whole name, set off by a space
    or the bracket opening the credits, over the next name and the bracket closing them; the
    space between the names fell at the row's end."""
    last = re.split(r"[\s（(]", above)[-1]
    return (
        len(last) < len(above)
        and bylines.looks_like_name(last) is not None
        and _NAME_CLOSING.match(below) is not None
    )


_OPENERS = tuple(OPENERS)  # (str.endswith takes a tuple)
_PAIRED_MARKS = (("“", "”"), ("《", "》"))


def _left_open(text: str, opening: str, closing: str) -> bool:
    return text.rfind(opening) > text.rfind(closing)


def _closed_first(text: str, opening: str, closing: str) -> bool:
    close = text.find(closing)
    return close >= 0 and (text.find(opening) < 0 or close < text.find(opening))


def _open_bracket(text: str) -> bool:
    at = max(text.rfind("（"), text.rfind("("))
    return at >= 0 and len(text) - at <= 40 and not any(ch in text[at:] for ch in "）)")


def _closes_bracket(text: str) -> bool:
    close = min((k for k in (text.find("）"), text.find(")")) if k >= 0), default=-1)
    return 0 <= close <= 40 and not any(ch in text[:close] for ch in "（(")


# 细节冷暖最可感（暖闻热评）华璐月: a headline and its writer's name extracted as one line
_SIGNED_HEADLINE = re.compile(
    r"^(?P<head>.{2,60}[^\s（(][（(][^（）()]{2,16}[)）])\s*(?P<who>[^（）()\s][^（）()]{1,29})$"
)


_BYLINED_MAX = 50  # characters of a headline and its byline extracted as one line
_BYLINED_HEAD_MIN = 4  # characters of such a headline
# where a byline may start after its headline on one line: after a space, or in brackets
_BYLINE_START = re.compile(
    r"[\s\u3000]+(?=\S)|(?<=[^\s（(])(?=[（(](?:本报|本報)?(?:记者|記者|通讯员|通訊員))"
)


_BYLINE_WORDS = re.compile(r"记者|記者|通讯员|通訊員|[□■]|文\s*[/／]|作者")


def _bylined_headline(text: str) -> tuple[str, str] | None:
    """新安大桥建成通车 本报记者 甲, …（记者 甲）, … □甲, … 文/甲: a headline and its byline set on
    one line (the byline at the right of the headline's last line), as extraction joins them."""
    if (
        len(text) > _BYLINED_MAX
        or "。" in text
        or not any(ch in text for ch in " \u3000（(")
        or _BYLINE_WORDS.search(text) is None
    ):
        return None  # (a sentence's end: a row of running text, spared the search)
    whole = bylines.parse_byline(undecorated(text).lstrip("—-－ "))  # (——记者 甲 通讯员 乙 too)
    if whole is not None and all(bylines.looks_like_name(name) for name in whole.names()):
        return None  # ●本报记者 甲 通讯员 乙: a byline set off by a bullet, whole (春茶开采 is no name)
    for m in _BYLINE_START.finditer(text):
        head, who = text[: m.start()].strip(), text[m.end() :].strip()
        if len(head) < _BYLINED_HEAD_MIN or not headline_shaped(head) or has_inner_punctuation(head):
            continue
        if any(ch in head for ch in ":：/／（(【["):
            return None  # credits of two roles (文：甲 摄影：乙), or a lead-in's brackets
        bracketed = who[:1] in "（(" and who[-1:] in ")）"
        core = who[1:-1].strip() if bracketed else who
        if not (
            bylines.parse_byline(core) is not None
            or (core[:1] in "□■" and bylines.parse_names(undecorated(core)) is not None)
            or (core.startswith(("文/", "文／", "作者")) and bylines.parse_signature(core) is not None)
        ):
            continue
        if (
            any(
                read(head) is not None
                for read in (bylines.parse_byline, bylines.parse_signature, bylines.parse_names)
            )
            or bylines.parse_lead(text) is not None
            or bylines.parse_photo_credit(text) is not None
        ):
            # credits of two roles (甲 文 记者 乙 图), a lead-in broken at the row's end (本报讯 记者
            # 甲 通讯员 / 乙…), a picture's credit (新华社发（记者 甲 摄）): no headline's
            return None
        return head, who
    return None


def _split_signed_headlines(lines: list[Line]) -> tuple[list[Line], list[tuple[Line, bylines.Credits]]]:
    """The lines with each such headline and its writer as two, and the writers' lines; a headline
    and its byline set on one line come apart too."""
    out: list[Line] = []
    signed: list[tuple[Line, bylines.Credits]] = []
    for line in lines:
        marked = bylines.marked_headline(line.text) if len(line.text) <= _BYLINED_MAX else None
        if marked is not None and headline_shaped(marked[0]):
            out.append(Line(marked[0], gap=line.gap, md=line.md, indent=line.indent, quote=line.quote))
            out.append(Line(marked[1], gap=0))  # 新安大桥建成通车（上接第1版）: its title, then where from
            continue
        bylined = _bylined_headline(line.text) if not line.md else None
        if bylined is not None:
            head, who = bylined
            out.append(Line(head, gap=line.gap, md=line.md, indent=line.indent, quote=line.quote))
            out.append(Line(who.strip("（()）") if who[:1] in "（(" else who, gap=0))
            continue
        m = _SIGNED_HEADLINE.match(line.text)
        who = m.group("who") if m else ""
        name = bylines.looks_like_name(who) if m else None
        credits = bylines.parse_signature(who) if m and name is None else None
        if name is not None:
            credits = bylines.Credits()
            credits.add("authors", name)
        # a lead-in's brackets hold its credits, no column's tag: 本报讯（记者甲）房屋 / 装修时… is text
        if credits is not None and headline_shaped(m.group("head")) and bylines.parse_lead(line.text) is None:
            out.append(Line(m.group("head"), gap=line.gap, md=line.md, indent=line.indent, quote=line.quote))
            out.append(Line(who, gap=1))  # set apart from the headline, never run on into it
            signed.append((out[-1], credits))
        else:
            out.append(line)
    return out, signed


_LABEL_AFTER = re.compile(r"[（(][^（()）]+[)）]$")
#: Characters a line set letter-spaced holds at least (新 安 大 桥 建 成): fewer may be a padded name.
_SPACED_MIN = 5


def close_letter_spacing(lines: list[Line]) -> None:
    """Headlines set letter-spaced in big type come out of extraction a character at a time with
    spaces between (新 安 大 桥 建 成 通 车): read so, the spaces make them names or phrases.  A line
    of five characters or more, each apart, is closed up, unless it pairs into names padded to the
    width of three (王 珂 张 玲 李 四).  A column's label in brackets after it may be set close."""
    for line in lines:
        if " " not in line.text:
            continue
        m = _LABEL_AFTER.search(line.text)
        spaced, label = (line.text[: m.start()], m.group()) if m else (line.text, "")
        tokens = spaced.strip().split(" ")
        if len(tokens) < _SPACED_MIN or any(len(token) != 1 for token in tokens):
            continue
        pairs = ["".join(tokens[k : k + 2]) for k in range(0, len(tokens), 2)]
        if not label and len(tokens) % 2 == 0 and all(bylines.looks_like_name(pair) for pair in pairs):
            continue
        line.text = line.raw = "".join(tokens) + label.strip()


#: A lead-in run on after a headline on its line, a space between: 新安大桥建成通车 本报讯（记者甲）…
_RUN_IN_LEAD = re.compile(
    r"(?<=\S)\s+(?=(?:本报|本報|新华社|新華社|中新社)[^，。,\s]{0,14}?(?:讯|訊|电|電)(?:[（(\s]|$))"
)
_RUN_IN_HEAD_MAX = 40  # characters of a headline a lead-in may be run on after


# 石塘渔港开展安全检查　6月19日，石塘镇…。: a brief's title run in before its text, a space between
_RUN_IN_TITLE = re.compile(r"^[^\s，,。！？!?；;：:、“”（）()]{4,20}( )")
_BRACKETED_RUN_IN_TITLE = re.compile(r"^【(?P<title>[^【】\s，,。！？!?；;：:、]{4,24})】\s*")
_RUN_IN_TEXT_MIN = 15  # characters of the text a title is run in before
_NOW = re.compile(r"^(?:眼下|目前|当前|时下|如今)[，,]")  # (a brief's news of now opens so too)


def _run_in_title(text: str) -> tuple[int, int] | None:
    """Where a brief's title run in before its text ends and the text starts: a space after it,
    or its closing bracket (【石塘渔港开展安全检查】6月19日，…); the title headline-shaped, the text
    opening as a news story's first paragraph does (近日，… / 6月19日，…) and ending a sentence."""
    if text.startswith("【"):
        m = _BRACKETED_RUN_IN_TITLE.match(text)
        cut = (m.end("title") + 1, m.end()) if m else None
        title = m.group("title") if m else ""
    else:
        m = _RUN_IN_TITLE.match(text) if " " in text else None
        cut = m.span(1) if m else None
        title = text[: m.start(1)] if m else ""
    if cut is None:
        return None
    rest = text[cut[1] :]
    if (
        len(rest) < _RUN_IN_TEXT_MIN
        or not (opens_like_lead(rest) or _NOW.match(rest))
        or not is_terminated(rest)
        or not headline_shaped(title)
        or bylines.parse_lead(text) is not None  # 本报杭州讯 近日，…: a dateline before the text, no title
    ):
        return None
    return cut


def split_run_in_leads(lines: list[Line]) -> list[Line]:
    """A headline and its story's lead-in extracted onto one line, a space between: two lines, the
    headline's and the lead-in's, when what stands before the lead-in is shaped as a headline
    (no sentence ended in it)."""
    out: list[Line] = []
    for line in lines:
        m = _RUN_IN_LEAD.search(line.text) if " " in line.text else None  # a space stands between
        head = line.text[: m.start()] if m else ""
        if (
            m is None
            or not 4 <= len(head) <= _RUN_IN_HEAD_MAX
            or any(ch in head for ch in "。！？!?")
            or bylines.parse_lead(line.text[m.end() :]) is None
        ):
            cut = _run_in_title(line.text)
        else:
            cut = m.span()
        if cut is None:
            out.append(line)
            continue
        head, rest = line.text[: cut[0]], line.text[cut[1] :]
        out += [
            Line(head, gap=line.gap, md=line.md, indent=line.indent),
            Line(rest, gap=0, indent=line.indent),
        ]
    return out


#: A caption's last row ending a sentence and going on into the credit under it: …热闹非凡。省 / 商务厅供图
_CREDIT_TAIL = re.compile(r"^(?P<head>.*[。！？!?][”’）)]?)(?P<tail>[\u3400-\u9fff·]{1,8})$")
_CREDIT_ROW_MAX = 30


def rejoin_credit_tails(lines: list[Line]) -> None:
    """A credit hard-wrapped with the caption over it, its first characters left at the end of
    the caption's last row: they go down to the rest of the credit, when together they read as one
    (省 + 商务厅供图) and the row under holds nothing else."""
    for above, line in zip(lines, lines[1:], strict=False):
        if line.gap or len(line.text) > _CREDIT_ROW_MAX or above.text[-1:] in "。！？!?”’）)":
            continue
        m = _CREDIT_TAIL.match(above.text)
        if m is None or bylines.parse_photo_credit(m.group("tail") + line.text) is None:
            continue
        above.text = above.raw = m.group("head")
        line.text = line.raw = m.group("tail") + line.text


# What character recognition makes of a 副题's dash and a signature's box: 一一记… and 口 甲
_OCR_DASH = re.compile(r"^一一(?=[记访写致献评谈忆述])[^。！？!?]{2,38}$")
_OCR_BOX = re.compile(r"^口[ \u3000]*(?P<name>[\u3400-\u9fff]{2,3})$")


def _read_through_recognition(line: Line) -> None:
    """A page read by character recognition prints ——记… as 一一记… and a signature's □ as 口: read
    as printed (口 before a name is a box, never a word: no name opens so)."""
    if line.text.startswith("一一") and _OCR_DASH.match(line.text):
        line.text = line.raw = "——" + line.text[2:]
    elif (
        line.text.startswith("口") and (m := _OCR_BOX.match(line.text)) and bylines.looks_like_name(m["name"])
    ):
        line.text = line.raw = "□ " + m["name"]


def classify_all(lines: list[Line], blank_paragraphs: bool) -> list[Line]:
    lines, signed = _split_signed_headlines(lines)
    for line in lines:
        _read_through_recognition(line)
        classify(line)
    _mark_figure_boxes(lines)
    _mark_timelines(lines)
    _settle_tables(lines)
    _mark_field_boxes(lines)
    for line, credits in signed:
        line.kind, line.info = SIGNATURE, credits
    lines = _rejoin_broken_credits(lines)
    _mark_summary_points(lines)
    full = _full_lines(lines)
    _mark_dash_kickers(lines)
    _mark_comma_kickers(lines)
    _mark_quoted_kickers(lines)
    _mark_exclaimed_heads(lines)
    _mark_closing_dates(lines)
    _mark_long_heads_over_bylines(lines)
    _mark_issuers(lines)
    _mark_verse(lines, full)
    indented = _uses_indents(lines)
    set_width = _set_to_one_width(lines, full)
    for k in _wrapped_rows(lines):
        full[k] = set_width[k] = True
    _mark_listed_names(lines)
    _mark_spaced_text(lines)
    if not any("，" in line.text or "。" in line.text for line in lines):
        _mark_unpunctuated_text(lines, full)
    _mark_bracketed_bylines(lines)
    _mark_dashed_signatures(lines)
    signatures = _signatures_under_headlines(lines, set_width, full)
    for k, names in signatures.items():
        credits = bylines.Credits()
        for name in names:
            credits.add("authors", name)
        lines[k].kind, lines[k].info = SIGNATURE, credits
    out: list[Line] = []
    out_full: list[bool] = []
    for k, line in enumerate(lines):
        if (
            out
            and k not in signatures
            and _carries_on(
                out[-1],
                line,
                out_full[-1],
                blank_paragraphs,
                indented,
                set_width[k - 1],
                full[k],
                lines[k + 1] if k + 1 < len(lines) else None,
                out[-2] if len(out) > 1 else None,
            )
        ):
            prev = out[-1]
            # credits broken before a role keep a space before it: （记者 甲 / 通讯员 乙）, and
            # so do names broken apart: （记者 甲 通讯员 乙 / 丙）
            spaced = _open_bracket(prev.raw) and (
                bylines.opens_with_role(line.raw) or _names_broken_apart(prev.raw, line.raw)
            )
            # text printed without punctuation breaks its rows where a space stands for a stop
            spaced = spaced or (spaced_text(prev.text) and spaced_text(line.text))
            text = prev.raw + " " + line.raw if spaced else join_text(prev.raw, line.raw)
            out[-1] = _joined(prev, text)
            out_full[-1] = full[k]
            continue
        out.append(line)
        out_full.append(full[k])
    # (again once rows are joined: a kicker and its title of one width read as one wrapped line,
    # a kicker wrapped in its column read row by row)
    _mark_exclaimed_heads(out)
    _mark_dash_kickers(out)
    return out


_DASH_KICKER_MAX = 30  # characters of a kicker that leads into its headline with a dash
_DASH_END = ("——", "--", "－－")


# The title of a document printed whole or in part: a report, an opinion, a plan, a speech…
_DOCUMENT_TITLE = re.compile(
    r"(?:报告|意见|决定|决议|规划|纲要|方案|办法|条例|白皮书|公报|讲话|致辞|通知)(?:[（(](?:摘要|全文|节选)[)）])?$"
)


def _mark_issuers(lines: list[Line]) -> None:
    """市发展和改革委员会 under 关于…计划执行情况的报告（摘要）: the body that issues a document, printed
    under its title, signs it; it is no line of the headline."""
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        if (
            line.kind == HEAD
            and above.kind == HEAD
            and not line.wide
            and issuer_line(line.text)
            and _DOCUMENT_TITLE.search(above.text)
        ):
            credits = bylines.Credits()
            credits.add("authors", line.text)
            line.kind, line.info = SIGNATURE, credits


_LONG_HEAD_MAX = 90  # characters of a headline block set on one line, kicker and title together


def _mark_long_heads_over_bylines(lines: list[Line]) -> None:
    """A headline block set on one line, kicker and title together, runs longer than any headline:
    set in from the margin over a byline, with no sentence inside or at its end, it is one
    (“中欧五十年，…”主题创意大赛颁奖仪式在布鲁塞尔举行 “让彼此心灵更贴近，…” / □记者 甲)."""
    for k in range(len(lines) - 1):
        line, below = lines[k], lines[k + 1]
        if line.kind != BODY or below.kind != BYLINE or line.indent <= PARAGRAPH_INDENT or line.md:
            continue
        text = line.text
        if headline_shaped(text, limit=_LONG_HEAD_MAX) and not is_terminated(text.rstrip(CLOSERS)):
            line.kind = HEAD


def _mark_dash_kickers(lines: list[Line]) -> None:
    """A short line ending with a dash right over a headline is its 引题, leading into it:
    福建南安石井镇奎霞村—— / 舞剧《满江红》—— / 某公司党委书记、总裁秦英林——. On a page wrapped to
    one width a line of that width is the end of a wrapped row, and a line over text is a subhead
    (算算旅游增收账——)."""
    wrapped = _wrapped_width(lines)
    for k in range(len(lines) - 1):
        line, below = lines[k], lines[k + 1]
        if line.kind != BODY or not line.text.endswith(_DASH_END):
            continue
        lead = line.text.rstrip("—-－")
        if len(line.text) > _DASH_KICKER_MAX or len(lead) < 2 or is_terminated(lead):
            continue
        if any(ch in lead for ch in "。；;！？!?"):
            continue
        if wrapped and abs(len(line.text) - wrapped) <= 1 and not _headline_block_at(lines, k + 1):
            continue
        if below.kind == HEAD and not starts_with_dash(below.text):
            line.kind = HEAD


_COMMA_KICKER = (6, 24)  # characters of a kicker that leads into its headline with a comma


def _mark_comma_kickers(lines: list[Line]) -> None:
    """两年建设终告完工， / 新安大桥建成通车 / the text: a short clause ending on a comma, opening a
    block after a finished paragraph, over a headline-shaped line over text, is the headline's 引题
    (a clause a column broke off goes on with the rest of its sentence, not with a new one). On a
    page wrapped to one width a line of that width is a wrapped row."""
    wrapped = -1  # (the page's width, asked of the few candidates only)
    for k in range(len(lines) - 2):
        line, head, below = lines[k], lines[k + 1], lines[k + 2]
        if line.kind != BODY or line.text[-1:] not in "，," or head.kind != HEAD:
            continue
        lead = line.text[:-1]
        if not _COMMA_KICKER[0] <= len(line.text) <= _COMMA_KICKER[1] or has_inner_punctuation(lead):
            continue
        if k and lines[k - 1].kind == BODY and not is_terminated(lines[k - 1].text):
            continue  # (the clause goes on with the paragraph above)
        if opens_like_lead(line.text):
            continue
        if len(head.text) > _COMMA_KICKER[1] or is_terminated(head.text) or has_inner_punctuation(head.text):
            continue
        if below.kind not in (BODY, LEAD, BYLINE, SIGNATURE) or below.text[:1] in "，,。；;、":
            continue
        if wrapped == -1:
            wrapped = _wrapped_width(lines)
        if not (wrapped and abs(len(line.text) - wrapped) <= 1):
            line.kind = HEAD


_QUOTED_KICKER_MAX = 30  # characters of a question or a cry quoted over its headline


def _mark_quoted_kickers(lines: list[Line]) -> None:
    """“孩子近视了怎么办？” / 眼科专家支招暑期护眼 / 本报记者 甲: a question or a cry quoted whole,
    set apart from the text above by a blank line and tight over a headline that opens a story, is
    its 引题; a story's last paragraph quoting someone stands apart from the next headline too."""
    for k in range(len(lines) - 2):
        line, head, below = lines[k], lines[k + 1], lines[k + 2]
        if line.kind != BODY or not (k == 0 or line.gap) or head.gap:
            continue
        text = line.text.strip()
        if len(text) > _QUOTED_KICKER_MAX or not quoted_whole(text) or text[-2:-1] not in "？！?!":
            continue
        if any(ch in text[1:-2] for ch in "。；;！？!?"):
            continue  # one sentence, no more
        if head.kind == HEAD and below.kind in (BYLINE, SIGNATURE, LEAD, HEAD):
            line.kind = HEAD


_EXCLAIMED_HEAD_MAX = 30  # characters of a headline with a cry or a question inside it
_TRAILING_HEAD_MAX = 20  # characters of a headline trailing off in an ellipsis
_CRY_INSIDE = re.compile(r"[！？!?]+[”’」』]?(?=[^\s！？!?”’」』])")


def _mark_closing_dates(lines: list[Line]) -> None:
    """（2025年3月5日） under a piece's text is the day it is dated, its last paragraph; under a
    headline (a speech's title) it stays the headline's."""
    for k in range(1, len(lines)):
        line = lines[k]
        if line.kind == HEAD and lines[k - 1].kind in (BODY, LEAD, CLOSING) and date_in_brackets(line.text):
            line.kind = BODY


def _mark_exclaimed_heads(lines: list[Line]) -> None:
    """公园开放啦！市民点赞 / 本报讯（…）…: a short line with a cry or a question inside, or trailing
    off (这些路段将封闭施工……), ending on no stop and standing over a story's lead-in, over credits
    the text goes on under, or over a headline line over one, is a headline; a paragraph's last row
    ends its sentence, and none runs on into a lead-in."""
    for k, line in enumerate(lines[:-1]):
        if line.kind != BODY or line.md or len(line.text) > _EXCLAIMED_HEAD_MAX:
            continue
        text = line.text.strip()
        below = lines[k + 1]
        if text.endswith("…"):
            # (a short one: a paragraph may trail off too)
            shaped = len(text) <= _TRAILING_HEAD_MAX and not any(ch in text for ch in "。；;！？!?")
        else:
            shaped = not (is_terminated(text) or any(ch in text for ch in "。；;")) and bool(
                _CRY_INSIDE.search(text)
            )
            # “大桥通车了！”: a cry quoted whole, set apart right over the lead-in or byline, titles
            # it (over another headline line it closes the story above)
            shaped = shaped or (
                (line.gap or k == 0)
                and below.kind in (LEAD, BYLINE)
                and quoted_whole(text)
                and text.rstrip('”’"')[-1:] in "！？!?"
            )
        if not shaped:
            continue
        after = lines[k + 2] if k + 2 < len(lines) else None
        # over a lead-in, or over credits the text goes on under (credits under a story's last
        # paragraph and over the next headline close that story)
        opens = (
            below.kind == LEAD
            or (below.kind in (BYLINE, SIGNATURE) and after is not None and after.kind == BODY)
            or (below.kind == HEAD and after is not None and after.kind in (LEAD, BYLINE))
        )
        if opens and not (
            k
            and lines[k - 1].kind == BODY
            and not lines[k - 1].gap
            and not line.gap
            and not is_terminated(lines[k - 1].text)
        ):
            line.kind = HEAD


_BLOCK_MAX = 3  # lines of a headline block under its kicker


def _headline_block_at(lines: list[Line], k: int) -> bool:
    """Whether a headline block starts at ``lines[k]``: a few headline lines closed by a column's
    tag or over the story's lead-in or byline, which no wrapped row of text runs on into."""
    end = k
    while end < len(lines) and lines[end].kind == HEAD and end - k < _BLOCK_MAX:
        end += 1
    if end == k:
        return False
    if any(column_tagged(line.text) for line in lines[k:end]):
        return True
    return end < len(lines) and lines[end].kind in (LEAD, BYLINE, SIGNATURE)


def _wrapped_width(lines: list[Line]) -> int | None:
    """The width most lines of text share when the page was wrapped to one, else None."""
    widths = Counter(len(line.text) for line in lines if line.kind == BODY)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    return width if count >= _WRAPPED_SHARE * sum(widths.values()) and count >= _SET_MIN else None


_VERSE_LINE_MAX = 16  # characters in a line of verse
_VERSE_MIN = 3  # lines in a poem


_VERSE_ENDS = "，。！？；,!?;"


def _verse_line(line: Line) -> bool:
    text = line.text.rstrip("，,。！？!?；;…、")
    return (
        line.kind in (HEAD, BODY)
        and not line.md
        and 0 < len(text) <= _VERSE_LINE_MAX
        and not has_inner_punctuation(text)
        and not line.continues_to
        and not line.continued_from
    )


# 夏日荷塘（外一首）: a poem's title telling how many more poems of the writer's follow it
_MORE_POEMS = re.compile(r"[（(]外([一二三四五])首[)）]$")
_TITLE_OF_POEM_MAX = 12  # characters of the title of a poem printed after another
_NUMERALS = "一二三四五"


def _stanzas(lines: list[Line], start: int) -> int:
    """Where the stanzas from ``start`` on end: blocks of two or more verse lines between blank
    lines."""
    n = len(lines)
    while start < n:
        stop = start + 1
        while stop < n and lines[stop].gap == 0:
            stop += 1
        if stop - start < 2 or not all(_verse_line(line) for line in lines[start:stop]):
            break
        if stop - start == 2 and signing_names(lines[stop - 1].text) and _stanzas(lines, stop) == stop:
            break  # the next piece's title and its writer's name over its text, no stanza
        start = stop
    return start


def _poets_name(line: Line) -> bool:
    """A line naming a writer alone (□ 甲, 作者：甲, 甲): a poem's, never a reporter's credit."""
    credits = line.info if isinstance(line.info, bylines.Credits) else None
    if credits is None:
        return bool(signing_names(line.text))
    return bool(credits.authors) and not (
        credits.reporters or credits.correspondents or credits.photographers
    )


def _unbroken_verse(lines: list[Line], start: int) -> int:
    """Where a poem from ``start`` on ends on a page printing no blank lines, its stanzas run
    together: at the first line that is no verse, or at the next piece's title over its writer's
    name."""
    n, stop = len(lines), start
    while (
        stop < n
        and _verse_line(lines[stop])
        and (stop == start or not lines[stop].gap)
        # (a poem's lines are set alike; a paragraph's first row is set in from the rest)
        and lines[stop].indent == lines[start].indent
        and bylines.parse_photo_credit(lines[stop].text) is None
        and not signing_names(lines[stop].text)
    ):
        below = lines[stop + 1] if stop + 1 < n else None
        if (
            below is not None
            and (below.kind in (SIGNATURE, BYLINE) or signing_names(below.text))
            and (stop + 2 >= n or not _verse_line(lines[stop + 2]))
        ):
            break  # (a name under the poem's last verse, text under it: the next piece's)
        stop += 1
    if stop < n and stop - start > _VERSE_MIN and lines[stop].kind in (LEAD, BODY) and not lines[stop].gap:
        stop -= 1  # text under the last verse-shaped line: that line is the next piece's title
    return stop


def _clause_marked(text: str) -> bool:
    return any(ch in _VERSE_ENDS for ch in text)


def _mark_verse(lines: list[Line], full: list[bool]) -> None:
    """A poem printed under its title and its author's name (作者：甲, □ 甲, 文/甲, or the name
    alone): stanzas of two or more short lines, set apart by blank lines, each line a verse of its
    own. Verse lines vary in length and hold no clause break inside; a hard-wrapped paragraph fills
    its lines to one width and breaks them mid-clause. The poem ends at the first block that is not
    a stanza: the next piece's title, a column label, a signature; a title closed by （外一首）
    goes on over as many more poems, each a short title alone over its stanzas. On a page printing
    no blank lines the stanzas run together (``_unbroken_verse``)."""
    n = len(lines)
    punctuated = None
    for k in range(1, n - 1):
        if lines[k - 1].kind != HEAD:
            continue
        # (a name alone under the title: set apart from it, or on a page printing no blank lines)
        named = (
            lines[k].kind == HEAD
            and (lines[k].gap or not lines[k + 1].gap)
            and (names := signing_names(lines[k].text))
            and not signing_names(lines[k - 1].text)  # (names listed one a line)
        )
        if lines[k].kind not in (SIGNATURE, BYLINE) and not named:
            continue
        end = _stanzas(lines, k + 1)
        if end == k + 1 and _poets_name(lines[k]):
            end = _unbroken_verse(lines, k + 1)
        more = _MORE_POEMS.search(lines[k - 1].text)
        for _ in range(_NUMERALS.index(more.group(1)) + 1 if more else 0):
            title = lines[end] if end < n else None
            if (
                title is None
                or not title.gap
                or len(title.text) > _TITLE_OF_POEM_MAX
                or not _verse_line(title)
            ):
                break
            if end + 1 >= n or not lines[end + 1].gap or (after := _stanzas(lines, end + 1)) == end + 1:
                break
            end = after
        poem = range(k + 1, end)
        # lines of one width are a paragraph wrapped to it, unless each ends on a clause's mark
        # as a regular poem's lines do (一夜春雪落， / 满城梨花开。); on a page printing commas and
        # stops, lines holding none are verse however alike in length (a paragraph's rows wrapped
        # at so narrow a width break its clauses inside them)
        wrapped = all(full[m] for m in poem if m + 1 < end and lines[m + 1].gap == 0)
        if wrapped and all(lines[m].text[-1:] in _VERSE_ENDS for m in poem):
            wrapped = False
        elif wrapped:
            if punctuated is None:
                punctuated = any("，" in line.text or "。" in line.text for line in lines)
            wrapped = not punctuated or any(_clause_marked(lines[m].text) for m in poem)
        if len(poem) < _VERSE_MIN or wrapped:
            continue
        for m in poem:
            lines[m].verse, lines[m].kind = True, BODY
        if named:
            credits = bylines.Credits()
            for name in names:
                credits.add("authors", name)
            lines[k].kind, lines[k].info = SIGNATURE, credits


def _uses_indents(lines: list[Line]) -> bool:
    """Pages that mark paragraph starts by indenting them, and not every line."""
    if len(lines) < 4:
        return False
    share = sum(1 for line in lines if line.indent) / len(lines)
    # a page that sets only its headlines in from the margin (older pages centre them) marks no
    # paragraph so
    text = any(0 < line.indent <= PARAGRAPH_INDENT and line.kind in (BODY, LEAD) for line in lines)
    return 0.2 <= share <= 0.8 and text


def uses_blank_paragraphs(lines: list[Line]) -> bool:
    if len(lines) < 2:
        return True
    # hard-wrapped paragraphs put many lines between two blank lines: a tenth is enough
    gaps = sum(1 for line in lines[1:] if line.gap > 0)
    return gaps >= 2 and gaps >= 0.1 * (len(lines) - 1)
