"""Cutting a page into its stories and pictures.

A story starts at a headline block that stands above its opening (a lead-in 本报讯…, a byline, a
signature, （上接…）, 编者按), at a markdown heading, at a lead-in with no headline of its own (which
may then adopt a headline printed elsewhere on the page), or at a headline-shaped line followed by
plain text when the layout around it says so (headlines.starts_new_story), or at a byline on a
page that prints each story's byline above its headline. A story runs until the
next start or until something closes it (（下转…）, a closing credit, （完）, a signature after the
text); pictures are cut out of the flow wherever they stand, and text after a picture carries on
the story above it. Each item of a news-in-brief block (briefs.py) is a story of its own. No text
is dropped: a headline with nothing under it, and text no headline claims, are kept as flagged
items.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import model
from .briefs import BRIEF, bullet_start, mark_briefs, run_in_title
from .bylines import Credits, author_note, looks_like_name, reporter_column
from .classify import (
    ANCHORS,
    BODY,
    BYLINE,
    CLOSING,
    HEAD,
    LEAD,
    MARK_FROM,
    MARK_TO,
    NOTE,
    SIGNATURE,
    classify_all,
    uses_blank_paragraphs,
)
from .headlines import DATED, TITLED, assign_roles, issuer_line, notice_title, starts_new_story
from .lines import (
    CJK_CHAR,
    Line,
    bare_date,
    contact_line,
    has_inner_punctuation,
    is_terminated,
    label_shaped,
    mark_wide_gaps,
    opens_like_lead,
    overlap,
    sentence_count,
    split_lines,
    starts_with_dash,
    undecorated,
    unnumbered,
)
from .masthead import drop_page_boxes, take_furniture
from .paragraphs import Piece, assemble, flag_lost_quotes
from .photos import ARTICLE_CREDIT, Photo, ends_story, find_photos, points_at_picture
from .sections import take_page_name

_WINDOW = 600  # characters of text compared when matching headlines to stories


@dataclass(eq=False)
class Story:
    parts: list[Line] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)  # headline-shaped lines inside the text
    credits: Credits = field(default_factory=Credits)
    dateline: str | None = None
    column: str | None = None
    continues_to: str | None = None
    continued_from: str | None = None
    closed: bool = False
    by_lead: bool = False  # opened by a lead-in with no headline above it
    guessed: bool = False  # text that no headline or lead-in claims
    broken: bool = False  # the next text starts a paragraph, whatever the text before ends with

    def awaiting_body(self) -> bool:
        return not self.closed and not self.pieces

    def text(self, limit: int = _WINDOW) -> str:
        chunks, size = [], 0
        for piece in self.pieces:
            chunks.append(piece.text)
            size += len(piece.text)
            if size >= limit:
                break
        return " ".join(chunks)[:limit]

    def take_credits(self, credits: Credits) -> None:
        """Credits printed in brackets, with the dateline some papers print there at the story's end."""
        self.credits.merge(credits)
        self.dateline = self.dateline or credits.dateline

    def add(self, text: str, line: Line, head: bool = False) -> None:
        if text:
            self.pieces.append(Piece(text, line, head, after_break=self.broken))
            self.broken = False
            if head:
                self.heads.append(text)
        if line.closing is not None:
            self.take_credits(line.closing)
            self.closed = True
        if line.continues_to:
            self.continues_to = line.continues_to
            self.closed = True
        if text and ends_story(text):
            self.closed = True  # agency copy signs off with （完）


def _run_end(lines: list[Line], i: int) -> int:
    j = i
    while j < len(lines) and lines[j].kind == HEAD and lines[j].photo is None:
        j += 1
    return j


def _text_below(lines: list[Line], j: int) -> str:
    chunks, size = [], 0
    while j < len(lines) and size < _WINDOW:
        line = lines[j]
        if line.photo is not None or line.kind != BODY:
            break  # the next story's headline or lead-in is not this headline's text
        chunk = line.text
        chunks.append(chunk)
        size += len(chunk)
        j += 1
    return " ".join(chunks)


def segment(lines: list[Line]) -> list[Story | Photo]:
    items: list[Story | Photo] = []
    story: Story | None = None
    after_picture = False

    def open_story(**kw) -> Story:
        nonlocal story
        story = Story(**kw)
        items.append(story)
        return story

    heads_under_bylines = _bylines_over_headlines(lines)
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if line.photo is not None:
            if line.photo.first == i:
                items.append(line.photo)
            i = line.photo.last + 1
            after_picture = True
            continue
        kind = line.kind
        if kind == BRIEF:
            i += 1  # the label of a brief block: the column of its items
            continue
        if line.item:
            _open_item(lines, i, open_story(column=line.item))
            after_picture = False
            i += 1
            continue
        if kind == HEAD:
            j = _run_end(lines, i)
            if _signed_by_name(lines, i, j, story):
                j -= 1
                if j == i:
                    continue
            if j - i >= 2 and story is not None and not story.awaiting_body() and not story.closed:
                name = looks_like_name(line.text)
                if name is not None and not line.md:
                    # the signature closing the story above, over the next story's headline
                    story.credits.add("authors", name)
                    story.closed = True
                    i += 1
                    continue
            run, after = lines[i:j], (lines[j] if j < n else None)
            before = lines[i - 1] if i else None
            if story is not None and (_signs_notice(story, line) or _sidebar(story, run, after)):
                story.closed = False
                story.add(line.text, line, head=True)
                i += 1
                continue
            if _column_under_byline(story, run, after):
                story.column = line.text
                i += 1
                continue
            if _opens_story(run, after, before, story, after_picture, lines, j):
                open_story(parts=list(run))
            else:
                if story is None or story.closed:
                    open_story(guessed=True)
                for part in run:
                    story.add(part.text, part, head=True)
            after_picture = False
            i = j
            continue
        after_picture = False
        if kind == LEAD:
            if story is None or story.dateline or not (story.awaiting_body() or _under_note(story)):
                open_story(by_lead=True)
            story.broken = bool(story.pieces)
            story.dateline = line.info.dateline
            story.credits.merge(line.info.credits)
            if line.continued_from:
                story.continued_from = line.continued_from
            story.add(line.info.rest, line)
        elif kind == BYLINE and heads_under_bylines and _byline_over_headline(lines, i):
            j = _run_end(lines, i + 1)
            open_story(parts=lines[i + 1 : j]).credits.merge(line.info)
            i = j
            continue
        elif kind in (BYLINE, SIGNATURE):
            if story is None:
                open_story(guessed=True)
            story.credits.merge(line.info)
            if _under_note(story):
                story.broken = True
            elif not story.awaiting_body():
                story.closed = True  # a byline after the text closes the story it signs
        elif kind in (CLOSING, ARTICLE_CREDIT):
            if story is not None:
                story.take_credits(line.info)
                # （记者 甲） under the headline is its byline; after the text it closes the story
                story.closed = story.closed or (kind == CLOSING and not story.awaiting_body())
        elif kind == MARK_FROM:
            if story is None or not story.awaiting_body():
                open_story()
            story.continued_from = line.info
        elif kind == MARK_TO:
            if story is not None:
                story.continues_to = line.info
                story.closed = True
        else:  # running text, editor's notes
            if line.continued_from and (story is None or not story.awaiting_body()):
                open_story()
            elif author_note(line.text) and story is not None and story.pieces:
                pass  # under the signature that closed the piece, still the piece's
            elif story is None or story.closed:
                open_story(guessed=kind != NOTE)
            if line.continued_from:
                story.continued_from = line.continued_from
            story.add(line.text, line)
            if author_note(line.text):
                story.closed = True  # the note on its author ends a piece
            if line.verse and not (i + 1 < n and lines[i + 1].verse):
                story.closed = True  # a poem ends with its last verse: the next title is a new piece
        i += 1
    return items


_HEAD_UNDER_BYLINE_MAX = 2  # lines of a headline block set under its byline


def _byline_over_headline(lines: list[Line], i: int) -> bool:
    """A byline line with a short headline block right under it and plain text under that."""
    j = _run_end(lines, i + 1)
    return (
        lines[i].photo is None
        and 1 <= j - i - 1 <= _HEAD_UNDER_BYLINE_MAX
        and not any(part.md for part in lines[i + 1 : j])
        and j < len(lines)
        and lines[j].photo is None
        and lines[j].kind == BODY
    )


def _bylines_over_headlines(lines: list[Line]) -> bool:
    """Some papers print each story's byline above its headline (本报记者 甲 / headline / text).
    A byline between two stories then opens the one below rather than signing the one above. The
    page shows the convention when its first story opens that way and every byline on it stands
    over a headline block and text."""
    first = next((k for k, line in enumerate(lines) if line.photo is None), None)
    if first is None or lines[first].kind != BYLINE:
        return False
    return all(_byline_over_headline(lines, k) for k, line in enumerate(lines) if line.kind == BYLINE)


def _under_note(story: Story) -> bool:
    """A headline over an editor's note (编者按：…) or a bulleted summary (● …), and then the
    lead-in or byline of its story: the note opens that story's text and the story carries on."""
    return (
        not story.closed
        and bool(story.parts)
        and bool(story.pieces)
        and all(piece.line.kind == NOTE or piece.line.bulleted for piece in story.pieces)
    )


def _signed_by_name(lines: list[Line], i: int, j: int, story: Story | None) -> bool:
    """A line holding nothing but a person's name is the signature of a piece, not a headline: under
    a headline block and over text that opens with no dateline (a commentary), or at the end of
    a story's text, over its closing note or the end of the page. The line becomes a SIGNATURE."""
    last = lines[j - 1]
    name = looks_like_name(last.text)
    if name is None or last.md:
        return False
    after = lines[j] if j < len(lines) else None
    if j - i >= 2:
        signs = after is not None and after.photo is None and after.kind in (BODY, NOTE)
    else:
        ends = after is None or (after.photo is None and (after.kind == CLOSING or author_note(after.text)))
        signs = ends and story is not None and not story.awaiting_body()
    if signs:
        credits = Credits()
        credits.add("authors", name)
        last.kind, last.info = SIGNATURE, credits
    return signs


def _open_item(lines: list[Line], i: int, story: Story) -> None:
    """An item of a brief block: a bulleted paragraph, a lead-in, or a bulleted title over its text."""
    line = lines[i]
    if line.kind == LEAD:
        story.dateline = line.info.dateline
        story.credits.merge(line.info.credits)
        story.add(line.info.rest, line)
        return
    text = line.text[bullet_start(line.text) :]
    titled = run_in_title(text) if line.kind == BODY else None
    if titled is not None:
        story.parts.append(Line(titled[0], gap=line.gap))
        story.add(titled[1], line)
        return
    after = lines[i + 1] if i + 1 < len(lines) else None
    if (
        line.kind == HEAD
        and not is_terminated(text)
        and after is not None
        and not after.item
        and after.photo is None
        and after.kind in (BODY, LEAD)
    ):
        story.parts.append(Line(text, gap=line.gap))
        return
    story.add(text, line)


def _signs_notice(story: Story | None, line: Line) -> bool:
    """The issuer printed at the foot of a notice (丽水市教育考试院, over the date) signs it."""
    return (
        story is not None
        and not story.closed
        and issuer_line(line.text)
        and bool(story.pieces)
        and any(notice_title(part.text) for part in story.parts)
    )


# Labels of the boxes set right under a story to give its background or advice.
_BOX_LABEL = re.compile(
    r"^(?:相关|新闻|背景|知识)?链接$|^(?:延伸|相关|拓展)阅读$|^小(?:贴士|知识|常识)$|^温馨提示$|^背景资料$"
)


def _sidebar(story: Story | None, run: list[Line], after: Line | None) -> bool:
    """记者追踪 / 记者手记 under a signed story, over plain text with no headline of its own: the
    reporter's follow-up to that story, printed as a part of it. A 相关链接 / 小贴士 box set the same
    way belongs to the story above it just as much, even after its closing credit."""
    label = undecorated(run[0].text).strip() if len(run) == 1 else ""
    return (
        story is not None
        and story.closed
        and bool(story.pieces)
        and not story.continues_to
        and len(run) == 1
        and (reporter_column(run[0].text) or _BOX_LABEL.match(label) is not None)
        and after is not None
        and after.photo is None
        and after.kind == BODY
    )


def _column_under_byline(story: Story | None, run: list[Line], after: Line | None) -> bool:
    """A column label printed between the byline and the text: 民生观察."""
    return (
        story is not None
        and story.awaiting_body()
        and story.credits.count() > 0
        and len(run) == 1
        and label_shaped(run[0].text)
        and after is not None
        and after.kind in (BODY, HEAD, NOTE)
    )


def _opens_story(
    run: list[Line],
    after: Line | None,
    before: Line | None,
    story: Story | None,
    after_picture: bool,
    lines: list[Line],
    j: int,
) -> bool:
    if any(part.md for part in run):
        return True
    if after is not None and after.photo is None and after.kind in ANCHORS:
        return True
    if after is not None and after.photo is not None:
        # a picture printed between a headline and its story's lead-in
        k = after.photo.last + 1
        while k < len(lines) and lines[k].photo is not None:
            k = lines[k].photo.last + 1
        if k < len(lines) and lines[k].kind in ANCHORS:
            return True
    if story is None or story.closed:
        return True
    if after is None:
        return False
    if story.awaiting_body():
        return False  # the first line under a headline and byline is the story's own subhead
    if (
        before is not None
        and before.photo is None
        and before.kind == BODY
        and not is_terminated(before.text)
        and not bare_date(before.text)
        and not contact_line(before.text)
    ):
        return False  # the tail of a paragraph broken by a column
    if bare_date(after.text):
        return False  # the signature and date closing a notice or a letter
    if after.kind == BODY and len(run) <= 3 and notice_title(run[-1].text):
        return True  # 停水通知, 寻物启事: each notice is an item of its own
    if _titled_sidebar(run, after):
        return True
    if _feature_subhead(story, run, after, lines, j) or _signed_below(story, run, after, lines, j):
        return False
    return starts_new_story(
        run,
        after,
        before,
        after_picture,
        story.heads[-20:] + _phrases_ahead(lines, j),
        _tail(story),
        _text_below(lines, j),
        _complete_news_item(story),
    )


_SUBHEAD_MAX = 16  # characters of an in-article subhead, its number left aside


def _subhead_shaped(text: str) -> bool:
    """A short line that names a section of the story: no clause break, no sentence end."""
    core = undecorated(unnumbered(undecorated(text))).strip()
    return (
        2 <= len(core) <= _SUBHEAD_MAX
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
        end = _run_end(lines, k)
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
    decked = _decked_subhead(run)
    if not (asked or decked) and (len(run) != 1 or line.md or not _subhead_shaped(line.text)):
        return False
    if not story.parts or story.closed:
        return False
    if after.photo is not None or after.kind != BODY or opens_like_lead(after.text):
        return False
    if decked and story.dateline:
        # a news feature (本报讯…) sets its sections so too, each pair like the others
        return _decked_subheads_ahead(lines, j) or _has_decked_subhead(story)
    if story.dateline or not story.credits.count():
        return False
    if asked or any(_subhead_shaped(head) for head in story.heads):
        return True
    if decked:
        return bool(story.heads) or _decked_subheads_ahead(lines, j)
    return _heads_a_section(lines, j, line.text) and _subheads_ahead(lines, j + 1) >= 1


_DECKED_MAX = 20  # characters of each line of a subhead printed with a line of deck


def _decked_subhead(run: list[Line]) -> bool:
    """慢旅行—— / 量身设计 细致周到, 建设概念验证中心 / 把适合转化的“种子”筛选出来: a short
    subhead with a line of deck under it, the way features head their sections."""
    if len(run) != 2 or any(part.md for part in run):
        return False
    return all(
        _section_head(part.text)
        and len(undecorated(part.text).strip()) <= _DECKED_MAX
        and not is_terminated(part.text)
        for part in run
    )


def _has_decked_subhead(story: Story) -> bool:
    pieces = story.pieces
    return any(
        a.head and b.head and _decked_subhead([a.line, b.line])
        for a, b in zip(pieces, pieces[1:], strict=False)
    )


def _decked_subheads_ahead(lines: list[Line], j: int) -> bool:
    """Another subhead with its deck further down the same run of text: the feature's sections."""
    k, n = j, len(lines)
    while k < n and k < j + 80:
        line = lines[k]
        if line.photo is not None or line.kind not in (BODY, HEAD):
            return False
        if line.kind == BODY:
            k += 1
            continue
        end = _run_end(lines, k)
        nxt = lines[end] if end < n else None
        return (
            _decked_subhead(lines[k:end])
            and nxt is not None
            and nxt.photo is None
            and nxt.kind == BODY
            and not opens_like_lead(nxt.text)
        )
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
    """Headline-shaped lines of several phrases further down the same run of text: subheads set
    in a parallel pattern show it from the first one on."""
    out = []
    for line in lines[j : j + 40]:
        if line.photo is not None or line.kind not in (BODY, HEAD):
            break
        if line.kind == HEAD and len(line.text.split()) >= 2:
            out.append(line.text)
    return out


def _tail(story: Story) -> str:
    """The story's headline and its last stretch of text."""
    chunks, size = [], 0
    for piece in reversed(story.pieces):
        chunks.append(piece.text)
        size += len(piece.text)
        if size > 2 * _WINDOW:
            break
    chunks.extend(p.text for p in story.parts)
    return " ".join(chunks)


def adopt_orphans(stories: list[Story]) -> None:
    """A story that opens straight with 本报讯… may have its headline printed elsewhere on the page
    (often at the top, above another story's headline block, or at the foot of the page). Give it
    the spare headline line that shares the most words with its text, when that line shares clearly
    fewer with its own story; a line printed just above the adopted one with nothing of its own
    story in it is that headline's 引题 and goes with it. A headline standing alone that no story
    claims by its words goes to the one story left without a headline, when it is the only such
    headline on the page and shares some words with that story."""
    donors = [k for k, s in enumerate(stories) if len(s.parts) >= 2 or (s.parts and not s.pieces)]
    if not donors:
        return
    adopted: list[tuple[Story, list[Line], Line, Story]] = []
    for index, story in enumerate(stories):
        if story.parts or not story.by_lead:
            continue
        mine = story.text()
        best, best_gain, owner = None, 0.0, None
        # a page holds a few dozen stories at most: look no further than that
        for k in donors[bisect.bisect_left(donors, index - 30) : bisect.bisect_right(donors, index + 30)]:
            other = stories[k]
            spare = other.parts if not other.pieces else other.parts[:-1]
            theirs = other.text()
            for part in spare:
                if starts_with_dash(part.text) or label_shaped(part.text):
                    continue
                here, there = overlap(part.text, mine), overlap(part.text, theirs)
                gain = here - there
                if here >= 0.3 and gain >= 0.15 and gain > best_gain:
                    best, best_gain, owner = part, gain, other
        if best is not None:
            adopted.append((owner, list(owner.parts), best, story))
            owner.parts.remove(best)
            story.parts.append(best)
    headless = [s for s in stories if not s.parts and s.by_lead]
    for owner, printed, best, story in adopted:
        _take_kicker(owner, printed, best, story, headless)
    alone = [s for s in stories if s.parts and not s.pieces]
    if len(headless) == 1 and len(alone) == 1:
        story, item = headless[0], alone[0]
        if 0 < len(item.parts) <= 3 and max(overlap(p.text, story.text()) for p in item.parts) >= 0.15:
            story.parts.extend(item.parts)
            item.parts.clear()


def _take_kicker(owner: Story, printed: list[Line], best: Line, story: Story, headless: list[Story]) -> None:
    """The line printed just above an adopted headline, with no blank-line gap wider than the
    page's usual one between them, goes with it as its 引题 when it has nothing to do with the
    text of the story it stood over or of any other story still without a headline."""
    at = printed.index(best)
    above = printed[at - 1] if at else None
    if (
        above is None
        or above not in owner.parts
        or best.wide
        or starts_with_dash(above.text)
        or label_shaped(above.text)
        or overlap(above.text, best.text) >= 0.5
        or any(overlap(above.text, s.text()) >= 0.3 for s in [owner, *headless])
    ):
        return
    owner.parts.remove(above)
    story.parts.insert(story.parts.index(best), above)


def _split_trailing_headlines(items: list[Story | Photo]) -> Story | None:
    """Headline-shaped lines at the foot of the page, after the last story's text is complete, are
    headlines printed away from their stories when some story on the page has none: they are set
    apart as a headline with no text, for a story to adopt."""
    if not items or not isinstance(items[-1], Story):
        return None
    last = items[-1]
    if not any(not s.parts and s.by_lead for s in items if isinstance(s, Story)):
        return None
    k = len(last.pieces)
    while k > 0 and last.pieces[k - 1].head:
        k -= 1
    if k == 0 or k == len(last.pieces) or not is_terminated(last.pieces[k - 1].text):
        return None
    tail = last.pieces[k:]
    del last.pieces[k:]
    last.heads = last.heads[: len(last.heads) - len(tail)]
    item = Story(parts=[piece.line for piece in tail])
    items.append(item)
    return item


def _rejoin_trailing(items: list[Story | Photo], item: Story) -> None:
    """Trailing headline lines no story adopted stay where they were printed, in the text above."""
    k = items.index(item)
    last = items[k - 1]
    assert isinstance(last, Story)
    for part in item.parts:
        last.add(part.text, part, head=True)
    del items[k]


_PICTURE_CAPTION_MAX = 150


def _uncredited_pictures(items: list[Story | Photo]) -> None:
    """A picture may be printed with neither credit nor cue: a headline over one short paragraph,
    with no dateline or byline, standing after another picture, when the next item is a picture
    too or pictures make at least half of the page (a picture page). A story printed so plainly
    there would be a stray; a caption is what it reads as."""
    pictures = sum(isinstance(it, Photo) for it in items)
    for k, item in enumerate(items):
        if not isinstance(item, Story) or k == 0 or not isinstance(items[k - 1], Photo):
            continue
        nxt = items[k + 1] if k + 1 < len(items) else None
        if not (isinstance(nxt, Photo) or 2 * pictures >= len(items)):
            continue
        if not _caption_shaped(item):
            continue
        part, piece = item.parts[0], item.pieces[0]
        items[k] = Photo(-1, -1, part.text, piece.text, Credits())
        pictures += 1


_NUMBERED_CAPTION = re.compile(r"^(?:图)?[①-⑳]")
_NUMBERED_CAPTION_MAX = 80


def _numbered_captions(items: list[Story | Photo]) -> None:
    """Pictures numbered ① ② … with no credit, their captions printed in a row after a story's
    text: short sentences, the first numbered ①, each closed by a full stop and none a clause
    of a list (；). They are pictures of their own, not the story's last paragraphs."""
    k = 0
    while k < len(items):
        story = items[k]
        k += 1
        if not isinstance(story, Story) or story.continues_to or len(story.pieces) < 3:
            continue
        tail = len(story.pieces)
        while tail > 0 and _numbered_caption(story.pieces[tail - 1].text):
            tail -= 1
        run = story.pieces[tail:]
        if len(run) < 2 or tail == 0 or not run[0].text.lstrip("图").startswith("①"):
            continue
        del story.pieces[tail:]
        pictures = [Photo(-1, -1, None, piece.text, Credits()) for piece in run]
        items[k:k] = pictures
        k += len(pictures)


def _numbered_caption(text: str) -> bool:
    return (
        bool(_NUMBERED_CAPTION.match(text))
        and len(text) <= _NUMBERED_CAPTION_MAX
        and is_terminated(text)
        and not any(ch in text for ch in "；;")
    )


def _caption_shaped(story: Story) -> bool:
    if len(story.parts) != 1 or len(story.pieces) != 1 or story.pieces[0].head:
        return False
    if story.dateline or story.credits.count() or story.credits.unnamed or story.column:
        return False
    if story.by_lead or story.guessed or story.continues_to or story.continued_from:
        return False
    text = story.pieces[0].text
    title = story.parts[0].text
    if story.parts[0].md or has_inner_punctuation(title) or len(title) > 24:
        return False
    return len(text) <= _PICTURE_CAPTION_MAX and is_terminated(text) and sentence_count(text) <= 3


def _pictures_of_the_story_above(items: list[Story | Photo]) -> None:
    """A caption printed with no credit (图为…) right under a story signed for its pictures too
    (记者 甲 文/摄) shows that story's picture: the story's photographer took it."""
    for k in range(1, len(items)):
        photo, story = items[k], items[k - 1]
        if not isinstance(photo, Photo) or not isinstance(story, Story):
            continue
        if photo.credits.count() or not story.credits.photographers or not points_at_picture(photo.caption):
            continue
        for name in story.credits.photographers:
            photo.credits.add("photographers", name)


def _readable(story: Story) -> bool:
    """Text that no headline or lead-in claims is kept when it holds any Chinese text at all."""
    return CJK_CHAR.search(story.text(2000)) is not None


def story_article(story: Story) -> model.ParsedArticle:
    head = assign_roles(story.parts)
    art = model.ParsedArticle(
        kicker=head.kicker,
        title=head.title,
        subtitle=head.subtitle,
        column=story.column or head.column,
        dateline=story.dateline,
        continues_to=story.continues_to,
        continued_from=story.continued_from,
        paragraphs=assemble(story.pieces),
    )
    for role in ("reporters", "correspondents", "photographers", "authors"):
        setattr(art, role, list(getattr(story.credits, role)))
    if story.guessed:
        art.warnings.append(model.UNKNOWN_LAYOUT)
    return art


def photo_article(photo: Photo) -> model.ParsedArticle:
    art = model.ParsedArticle(kind="photo", title=photo.title, paragraphs=photo.captions or [photo.caption])
    art.photographers = list(photo.credits.photographers)
    return art


def add_warnings(art: model.ParsedArticle, signed: bool = False) -> None:
    """Add the review warnings an article's own fields call for (byline, headline, body length).

    `signed`: the piece is signed without a name (本报评论员), which is a byline all the same.
    """
    credited = bool(art.reporters or art.correspondents or art.photographers or art.authors)
    art.warnings.extend(
        model.field_warnings(
            kind=art.kind, title=art.title, dateline=art.dateline, credited=credited or signed, body=art.body
        )
    )


def read_lines(text: str, page: model.ParsedPage) -> list[Line]:
    """The page's lines as the rules read them: furniture taken out into ``page``, each line
    classified, wrapped lines joined, pictures and brief blocks marked."""
    printed = split_lines(text)
    unboxed = drop_page_boxes(printed)
    lines = take_furniture(unboxed, page)
    lines = classify_all(lines, uses_blank_paragraphs(lines))
    lines = take_page_name(lines, page, bool(lines) and lines[0] is not unboxed[0])
    mark_wide_gaps(lines)
    find_photos(lines)
    mark_briefs(lines)
    return lines


def cut(lines: list[Line]) -> list[Story | Photo]:
    """The page's stories and pictures, in printed order."""
    items = segment(lines)
    _uncredited_pictures(items)
    _numbered_captions(items)
    trailing = _split_trailing_headlines(items)
    stories = [it for it in items if isinstance(it, Story)]
    adopt_orphans(stories)
    if trailing is not None and trailing.parts:
        _rejoin_trailing(items, trailing)
    _pictures_of_the_story_above(items)
    return items


def parse_items(text: str, recut=None) -> tuple[model.ParsedPage, list[Line], list[Story | Photo | None]]:
    """The parsed page, the lines it was read from, and the item behind each of its articles.

    ``recut(lines, items)``, when given, may cut the page anew from the rules' items."""
    page = model.ParsedPage(articles=[])
    lines = read_lines(text, page)
    items = cut(lines)
    if recut is not None:
        items = recut(lines, items)
    sources: list[Story | Photo | None] = []
    unnamed: set[int] = set()
    for item in items:
        if isinstance(item, Photo):
            page.articles.append(photo_article(item))
            sources.append(item)
            continue
        if not item.pieces and item.parts:
            # a headline with no text under it: its lines are kept as a flagged item of their own
            art = model.ParsedArticle(paragraphs=[part.text for part in item.parts], column=item.column)
            art.warnings.append(model.UNKNOWN_LAYOUT)
            page.articles.append(art)
            sources.append(item)
            page.warnings.append(model.UNKNOWN_LAYOUT)
            continue
        if not item.pieces or (item.guessed and not _readable(item)):
            if item.pieces or item.credits.count():
                page.warnings.append(model.UNKNOWN_LAYOUT)
            continue
        page.articles.append(story_article(item))
        sources.append(item)
        if item.credits.unnamed:
            unnamed.add(len(page.articles) - 1)
    for k, art in enumerate(page.articles):
        add_warnings(art, k in unnamed)
    if flag_lost_quotes(page.articles):
        page.warnings.append(model.QUOTES_LOST)
    page.warnings = list(dict.fromkeys(page.warnings))
    return page, lines, sources


def parse(text: str) -> model.ParsedPage:
    return parse_items(text)[0]
