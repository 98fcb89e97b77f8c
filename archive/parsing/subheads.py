"""Whether a headline-shaped run of lines inside an open story opens a new story or heads a
section of this one: subheads (short, numbered, parallel, with a line of deck, a question and its
answer), a sidebar set apart, or the headline of the next story."""

from __future__ import annotations

import re

from .bylines import editors_sign_off, looks_like_name, reporter_column
from .classify import (
    ANCHORS,
    BODY,
    CLOSING,
    HEAD,
    closes_on_names,
)
from .headlines import DATED, TITLED, labelled_head, notice_title, piece_label, starts_new_story
from .lines import (
    PARAGRAPH_INDENT,
    Line,
    bare_date,
    column_tagged,
    contact_line,
    enumerated,
    has_inner_punctuation,
    is_terminated,
    label_shaped,
    left_open,
    opens_like_lead,
    undecorated,
    unnumbered,
)
from .story import TEXT_WINDOW, Story, run_end, text_below

# The label papers print over an advertisement: 广告, 【广告】, 广 告
_ADVERTISEMENT = re.compile(r"^[【\[（(]?\s*广\s*告\s*[】\]）)]?$")


_PICTURE_AFTER_LEAD = 2  # paragraphs of a story above a headed picture that ends it


def finished_over_picture(story: Story) -> bool:
    """Whether a headline over a picture, and text under it, after ``story`` are the next story's:
    the story has finished its last sentence, has no sections a headline-shaped line could be
    another of, and holds more than its first paragraph (a picture set after a story's first
    paragraph is most often its own)."""
    return (
        not story.heads and len(story.pieces) >= _PICTURE_AFTER_LEAD and is_terminated(story.pieces[-1].text)
    )


def _headline_over_picture(story: Story, run: list[Line], after: Line, lines: list[Line]) -> bool:
    """A headline, a picture under it and text under the picture, after a finished story: the next
    story's headline over its picture (``finished_over_picture``)."""
    if after.photo is None or not finished_over_picture(story):
        return False
    if any(is_terminated(part.text) for part in run):
        return False
    k = after.photo.last + 1
    while k < len(lines) and lines[k].photo is not None:
        k = lines[k].photo.last + 1
    return k < len(lines) and lines[k].kind == BODY and not lines[k].continued_from


def _asks(text: str) -> bool:
    return text.rstrip('”’"')[-1:] in "？?"


def opens_story(
    run: list[Line],
    after: Line | None,
    before: Line | None,
    story: Story | None,
    after_picture: bool,
    lines: list[Line],
    j: int,
) -> bool:
    if any(part.md for part in run):
        # a markdown head opens a story, save a numbered one under text still running on (## 一、…):
        # the text's own section
        return not (
            len(run) == 1
            and enumerated(run[0].text)
            and story is not None
            and not story.closed
            and story.pieces
            and after is not None
            and after.photo is None
            and after.kind == BODY
        )
    if after is not None and after.photo is None and (after.kind in ANCHORS or after.continued_from):
        return True  # (text opening on the page it comes from, （上接第1版）…, is a story's rest)
    if after is not None and after.photo is not None:
        # a picture printed between a headline and its story's lead-in
        k = after.photo.last + 1
        while k < len(lines) and lines[k].photo is not None:
            k = lines[k].photo.last + 1
        if k < len(lines) and lines[k].kind in ANCHORS:
            return True
    if story is None or story.closed:
        return True
    if _ADVERTISEMENT.match(run[0].text):
        return True  # 广告: what the law has a paper mark as advertising is no part of a story
    if after is None:
        return False
    if story.awaiting_body():
        return False  # the first line under a headline and byline is the story's own subhead
    if len(story.pieces) >= _FEATURE_PIECES and _signed_off_by_the_editors(lines, j):
        # the editors' note (…——编者) comes before what it introduces: one under a headline of
        # its own after a story's text is no section of that story
        return True
    if before is not None and before.photo is None and editors_sign_off(before.text):
        # the editors' note signed off over a story signed above or below (——编者) introduces
        # its text; a note to the whole page is a piece of its own, and what it introduces
        # comes under it
        if story.credits.count() or story.dateline or _signed_further_down(lines, j):
            return False
        # 对话嘉宾： leads into the text of the piece the note heads
        return not any(part.text.rstrip().endswith(("：", ":")) for part in run)
    if (
        before is not None
        and before.photo is None
        and before.kind == BODY
        and not before.tabular  # a table's last row ends no sentence, and leaves none open
        and not is_terminated(before.text)
        and not editors_sign_off(before.text)
        and not bare_date(before.text)
        and not contact_line(before.text)
        and not closes_on_names(before.text)  # a list of names ends with its last name
    ):
        return False  # the tail of a paragraph broken by a column
    if bare_date(after.text):
        return False  # the signature and date closing a notice or a letter
    if (
        after.kind == BODY
        and len(run) <= 3
        and (notice_title(run[-1].text) or _ADVERTISEMENT.match(run[0].text))
    ):
        return True  # 停水通知, 寻物启事, an advertisement: each notice is an item of its own
    if _titled_sidebar(run, after):
        return True
    if _headline_over_picture(story, run, after, lines):
        return True
    if (
        len(run) == 1
        and after.kind == BODY
        and piece_label(run[0].text)
        and story.pieces
        and is_terminated(story.pieces[-1].text)
    ):
        return True  # ▲本市短讯 over the items it labels, after a story's last sentence: no section of it
    # a headline closed by its column's tag (…（监督哨）) heads a piece of its own and no section
    # of another, nor does a block set in from the margin over text that is not
    tagged = any(column_tagged(part.text) for part in run)
    if tagged and after.photo is None and after.kind == BODY and not left_open(run[-1].text):
        return True
    sections = not tagged and not _centred_over(run, after)
    if not tagged and not sections and story.dateline and story.parts and not story.heads:
        # a headline centred, as older pages centre theirs, under a news report (本報訊…) with no
        # section of its own: a report is not set with sections, this is the next piece
        return True
    if sections and (
        _feature_subhead(story, run, after, lines, j) or _signed_below(story, run, after, lines, j)
    ):
        return False
    if sections and _section_of_signed_page(story, run, lines):
        return False
    if sections and set_in_as_text(story, run, after):
        return False
    if sections and section_label(lines, j - len(run)):
        return False  # 循环 / 海铁联运业务辐射16个省份: one of a feature's labelled sections
    if len(run) >= 2 and _asks(run[0].text) and any(_asks(head) for head in story.heads):
        return False  # 谁来做主？ / its deck, in a story whose sections open on questions: the next
    return starts_new_story(
        run,
        after,
        before,
        after_picture,
        story.heads[-20:] + _phrases_ahead(lines, j),
        _tail(story),
        text_below(lines, j),
        _complete_news_item(story),
    )


def set_in_as_text(story: Story, run: list[Line], after: Line) -> bool:
    """Short lines set in as the story's paragraphs are, under a story whose own headline stands
    flush, or set in further: a section's head inside its text (试水“先用后转” / 推动中小微企业
    “主动转”), for the page sets its stories' headlines apart from their text."""
    own = [part for part in story.parts if part.kind == HEAD]
    if (
        not own
        or any(part.indent == PARAGRAPH_INDENT for part in own)
        or after.kind != BODY
        or after.photo is not None
    ):
        return False
    return all(part.indent == after.indent == PARAGRAPH_INDENT for part in run)


def _centred_over(run: list[Line], after: Line) -> bool:
    """A headline block set further in than a paragraph, over text that is not: older pages
    centre their headlines so."""
    indents = [part.indent for part in run]
    return (
        max(indents) > PARAGRAPH_INDENT and after.indent < min(indents) and after.indent <= PARAGRAPH_INDENT
    )


_NOTE_MAX_LINES = 12  # printed lines of an editors' note under its headline


def _signed_off_by_the_editors(lines: list[Line], j: int) -> bool:
    """Whether the text from ``lines[j]`` on is a note the editors sign off (——编者) before any
    other headline, credit or picture."""
    for line in lines[j : j + _NOTE_MAX_LINES]:
        if line.photo is not None or line.kind != BODY:
            return False
        if editors_sign_off(line.text):
            return True
    return False


_SUBHEAD_MAX = 16  # characters of an in-article subhead, its number left aside


def _subhead_shaped(text: str) -> bool:
    """A short line that names a section of the story: no clause break, no sentence end."""
    core = undecorated(unnumbered(undecorated(text))).strip()
    # one of a series (● …, 1. …) may run as long as a subhead with its deck
    longest = _DECKED_MAX if _numbered(text) else _SUBHEAD_MAX
    return (
        2 <= len(core) <= longest
        and not is_terminated(core)
        and not has_inner_punctuation(core)
        and not reporter_column(core)
        and not notice_title(core)
    )


# The first unnumbered subhead of a feature must head a section of some length: a short line
# over one short paragraph is more often a brief set after the feature (城南供水管网改造完工 and
# two sentences).
_SECTION_MIN_LINES = 2
_SECTION_MIN_CHARS = 120


def _numbered(text: str) -> bool:
    """1.修旧如旧的难处, 一、…, ◆…: marked as one of a series."""
    bare = undecorated(text.strip())
    return bare != text.strip() or unnumbered(bare) != bare


def _heads_a_section(lines: list[Line], k: int, head: str) -> bool:
    """Whether the text from ``lines[k]`` on reads as a section under the subhead ``head``."""
    if _numbered(head):
        return True
    count = chars = 0
    while k < len(lines) and lines[k].kind == BODY and lines[k].photo is None:
        count += 1
        chars += len(lines[k].text)
        k += 1
    return count >= _SECTION_MIN_LINES or chars >= _SECTION_MIN_CHARS


def _subheads_ahead(lines: list[Line], j: int) -> int:
    """Subhead-shaped lines further down the same unsigned run of text, each over plain paragraphs."""
    count, k, n = 0, j, len(lines)
    while k < n and k < j + 80:
        line = lines[k]
        if line.photo is not None or line.kind not in (BODY, HEAD):
            break
        if line.kind == BODY:
            k += 1
            continue
        end = run_end(lines, k)
        nxt = lines[end] if end < n else None
        if end - k != 1 or line.md or not _subhead_shaped(line.text):
            break
        if nxt is None or nxt.photo is not None or nxt.kind != BODY or opens_like_lead(nxt.text):
            break
        if not _heads_a_section(lines, end, line.text):
            break
        count += 1
        k = end
    return count


def _feature_subhead(story: Story, run: list[Line], after: Line, lines: list[Line], j: int) -> bool:
    """A feature signed at its top (本报记者 甲) and still open is cut into sections by short
    subheads over paragraphs that carry on in the same voice (no dateline, no lead opening). One
    such line alone may be a byline-less story set after it; several of them down the same run
    of text are the feature's own sections."""
    line = run[0]
    asked = _question_with_deck(run)
    # a subhead over two lines of deck is told from a headline of three lines by another heading
    # set the same way, in the story or further down its text
    decked = _decked_subhead(run) or (
        _decked_subhead(run, deck=2)
        and (_has_decked_subhead(story, deck=2) or _decked_subheads_ahead(lines, j, deck=2))
    )
    if not (asked or decked) and (len(run) != 1 or line.md or not _subhead_shaped(line.text)):
        return False
    if not story.parts or story.closed:
        return False
    if after.photo is not None or after.kind != BODY or opens_like_lead(after.text):
        return False
    if (decked or asked) and (story.dateline or not story.credits.count()):
        # a news feature (本报讯…), or one signed at its end, sets its sections so too, each pair
        # like the others
        return _decked_subheads_ahead(lines, j) or _has_decked_subhead(story)
    if story.dateline or not story.credits.count():
        return False
    if asked or any(_subhead_shaped(head) for head in story.heads):
        return True
    if decked:
        return bool(story.heads) or _decked_subheads_ahead(lines, j)
    return _heads_a_section(lines, j, line.text) and _subheads_ahead(lines, j + 1) >= 1


_DECKED_MAX = 30  # characters of each line of a subhead printed with a line of deck
_LABEL_MAX = 4  # characters of a bare label over a section's subhead


def _label_over_subhead(lines: list[Line], k: int) -> bool:
    """A bare label of a few characters on a line of its own, over a subhead and the text (or the
    question) under it: 循环 / 海铁联运业务辐射16个省份 / ……"""
    if k + 2 >= len(lines):
        return False
    label, head, below = lines[k], lines[k + 1], lines[k + 2]
    text = label.text.strip()
    return (
        label.kind == HEAD
        and head.kind == HEAD
        and below.kind in (BODY, HEAD)
        and not (label.md or head.md)
        and label.photo is None
        and head.photo is None
        and below.photo is None
        and 2 <= len(text) <= _LABEL_MAX
        and label_shaped(text)
        and not label_shaped(head.text.strip())
        and len(head.text.strip()) <= _DECKED_MAX
    )


def section_label(lines: list[Line], k: int) -> bool:
    """Is ``lines[k]`` one of the labels a feature sets over each of its subheads (循环 / …, 智慧 /
    …, 连通 / …), though the label reads as a name (连通)?  Told from a column label over a
    headline by two labels of its length at least over subheads in the same run of text (nothing
    but text and headings between them), not all of them names."""
    if not _label_over_subhead(lines, k):
        return False
    width = len(lines[k].text.strip())

    def flowing(m: int) -> bool:
        return lines[m].photo is None and lines[m].kind in (BODY, HEAD)

    start = k
    while start > 0 and flowing(start - 1):
        start -= 1
    end = k
    while end + 1 < len(lines) and flowing(end + 1):
        end += 1
    others = [
        lines[m].text
        for m in range(start, end + 1)
        if m != k and _label_over_subhead(lines, m) and len(lines[m].text.strip()) == width
    ]
    return len(others) >= 2 and any(looks_like_name(text) is None for text in others)


def _decked_subhead(run: list[Line], deck: int = 1) -> bool:
    """慢旅行—— / 量身设计 细致周到, 建设概念验证中心 / 把适合转化的“种子”筛选出来: a short
    subhead with a line of deck under it (or ``deck`` lines: 一座桥 / 连起两岸四个乡镇 / 车程缩短到
    十分钟), the way features head their sections."""
    if len(run) != 1 + deck or any(part.md for part in run):
        return False
    return all(
        _section_head(part.text)
        and len(undecorated(part.text).strip()) <= _DECKED_MAX
        and not is_terminated(part.text.rstrip("—－- "))  # 慢旅行—— leads on to its deck
        for part in run
    )


def _paired(run: list[Line]) -> bool:
    """A subhead with its deck, or a question with its answer: a section's heading in two lines."""
    return _decked_subhead(run) or _question_with_deck(run)


def _has_decked_subhead(story: Story, deck: int = 1) -> bool:
    pieces = story.pieces
    if deck > 1:
        return any(
            all(piece.head for piece in pieces[k : k + 1 + deck])
            and _decked_subhead([piece.line for piece in pieces[k : k + 1 + deck]], deck)
            for k in range(len(pieces) - deck)
        )
    return any(
        a.head and b.head and _paired([a.line, b.line]) for a, b in zip(pieces, pieces[1:], strict=False)
    )


def _decked_subheads_ahead(lines: list[Line], j: int, deck: int = 1) -> bool:
    """Another subhead with its deck further down the same run of text, past any other headings
    over text of their own and pictures set into it: the feature's sections."""
    k, n = j, len(lines)
    while k < n and k < j + 80:
        line = lines[k]
        if line.photo is not None and k > j:
            k = line.photo.last + 1  # a picture set into the text, which goes on under it
            continue
        if line.photo is not None or line.kind not in (BODY, HEAD):
            return False
        if line.kind == BODY:
            k += 1
            continue
        end = run_end(lines, k)
        nxt = lines[end] if end < n else None
        if nxt is None or nxt.photo is not None or nxt.kind != BODY or opens_like_lead(nxt.text):
            return False
        if _paired(lines[k:end]) if deck == 1 else _decked_subhead(lines[k:end], deck):
            return True
        k = end
    return False


_SECTION_RUN_MAX = 2  # lines of a section's heading inside a story


def _signed_below(story: Story, run: list[Line], after: Line, lines: list[Line], j: int) -> bool:
    """A story not yet signed, whose closing credit comes further down, before anything opens
    another story (a lead-in, a byline, a picture): a short headline run inside it heads one of
    its sections.  Papers that sign a feature at its end print its subheads so."""
    if (
        len(run) > _SECTION_RUN_MAX
        or any(part.md for part in run)
        or not all(_section_head(p.text) for p in run)
    ):
        return False
    if not story.parts or story.dateline or story.credits.count() or story.closed or not story.pieces:
        return False
    if after.photo is not None or after.kind != BODY or opens_like_lead(after.text):
        return False
    return _signed_further_down(lines, j)


def _signed_further_down(lines: list[Line], j: int) -> bool:
    """Whether a closing credit comes below ``lines[j]`` before anything opens another story (a
    lead-in, a byline, a picture, a headline over its own credits)."""
    k = j
    while k < len(lines) and k < j + 200:
        line = lines[k]
        if line.photo is not None or line.kind in ANCHORS:
            return False
        if line.closing is not None and line.closing.count() or line.kind == CLOSING:
            return True
        if line.kind == HEAD and k + 1 < len(lines) and lines[k + 1].kind in ANCHORS:
            return False  # a headline over its own lead-in or byline: the next story
        k += 1
    return False


def _section_head(text: str) -> bool:
    core = undecorated(text).strip()
    return 2 <= len(core) <= 30 and not any(ch in core for ch in "。；;")


_QUESTION_MAX = 20  # characters of a question heading a section
_DECK_MAX = 40  # characters of the line of deck under it


def _question_with_deck(run: list[Line]) -> bool:
    """为啥选择葛？ / 可以防止水土流失、改善土壤肥力: a short question with a line answering it,
    the way features head their sections."""
    if len(run) != 2 or any(part.md for part in run):
        return False
    question, deck = (undecorated(part.text).strip() for part in run)
    return (
        question.endswith(("？", "?"))
        and len(question) <= _QUESTION_MAX
        and not is_terminated(deck.rstrip("？?"))
        and len(deck) <= _DECK_MAX
    )


def _titled_sidebar(run: list[Line], after: Line) -> bool:
    """记者手记 over a headline of its own and plain text: a piece set apart from the story above."""
    return (
        len(run) == 2
        and reporter_column(undecorated(run[0].text))
        and after.photo is None
        and after.kind == BODY
    )


def _complete_news_item(story: Story) -> int:
    """A news item that has its headline and a few paragraphs of text, with no subhead among
    them. One opened by a dateline (本报讯…) is a news report, rarely set with subheads; a piece
    under a byline line (本报记者 甲) or none is more often a feature, and counts for less."""
    if not story.parts or len(story.pieces) < 2 or story.heads:
        return 0
    return DATED if story.dateline else TITLED


def _phrases_ahead(lines: list[Line], j: int) -> list[str]:
    """Headline-shaped lines of several phrases, or opening on a label and a colon, further down
    the same run of text: subheads set in a parallel pattern show it from the first one on."""
    out = []
    for line in lines[j : j + 40]:
        if line.photo is not None or line.kind not in (BODY, HEAD):
            break
        if line.kind == HEAD and (len(line.text.split()) >= 2 or labelled_head(line.text)):
            out.append(line.text)
    return out


def _tail(story: Story) -> str:
    """The story's headline and its last stretch of text."""
    chunks, size = [], 0
    for piece in reversed(story.pieces):
        chunks.append(piece.text)
        size += len(piece.text)
        if size > 2 * TEXT_WINDOW:
            break
    chunks.extend(p.text for p in story.parts)
    return " ".join(chunks)


_SIGNED_PAGE_MIN = 3  # headlines over their credits that show a page signs every story so
_FEATURE_PIECES = 3  # paragraphs of a story long enough to be cut into sections


def _section_of_signed_page(story: Story, run: list[Line], lines: list[Line]) -> bool:
    """On a page that prints every story's credits under its headline (本报记者 甲, 本报讯…), a
    short heading over plain text inside a reporter's story signed so is one of its sections: a
    story of its own would carry credits too."""
    if (
        not story.parts
        or story.closed
        or not (story.credits.reporters or story.dateline or story.continued_from)
    ):
        # a reporter's story, or the rest of a story from another page, whose credits are
        # printed there: a signed commentary is not cut into such sections
        return False
    if len(run) != 2 or any(part.md for part in run) or not all(_section_head(p.text) for p in run):
        return False  # a heading in two lines: one line alone is as often a short story's headline
    if len(story.pieces) < _FEATURE_PIECES:
        return False
    signed = unsigned = 0
    k, n = 0, len(lines)
    while k < n:
        if lines[k].kind != HEAD or lines[k].photo is not None:
            k += 1
            continue
        end = run_end(lines, k)
        below = lines[end] if end < n else None
        if below is not None and below.photo is None and below.kind in ANCHORS:
            signed += 1
        elif (
            below is not None
            and below.photo is None
            and below.kind == BODY
            and (k == 0 or lines[k - 1].kind != BODY)
        ):
            unsigned += 1  # a headline over plain text, set apart from the text above it
        k = end
    return signed >= _SIGNED_PAGE_MIN and unsigned == 0
