"""What each printed line is, judged from the line alone.

The page-level rules (which headline belongs to which story, what a caption is) come later; here a
line is only recognised by its own shape: a lead-in 本报讯（…）, a byline, a signature, a picture
credit, a continuation marker, something shaped like a headline, or running text.
"""
from __future__ import annotations

from . import bylines
from .lines import Line, headline_shaped, is_terminated, join_text, starts_with_dash

LEAD = "lead"  # 本报讯（记者甲）… : the story's first paragraph, after its credits
BYLINE = "byline"  # 本报记者 甲 通讯员 乙
SIGNATURE = "signature"  # 金华市委书记 朱重烈
CREDIT = "credit"  # 记者 甲 摄 / 拍摄 甲 / 省商务厅供图
CLOSING = "closing"  # （本报记者 甲 整理）
MARK_TO = "mark_to"  # （下转第二版）
MARK_FROM = "mark_from"  # （上接第一版）
NOTE = "note"  # 编者按：…
HEAD = "head"  # shaped like a headline; may also be a subhead or a broken-off fragment
BODY = "body"

# Lines that open a story's text, so that headline-shaped lines just above them are its headline.
ANCHORS = {LEAD, BYLINE, SIGNATURE, MARK_FROM, NOTE}


def classify(line: Line) -> None:
    text = line.text
    core = line.core
    if line.md:
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
    if credits is not None:
        line.kind, line.info = BYLINE, credits
        return
    credits = bylines.parse_signature(core)
    if credits is not None:
        line.kind, line.info = SIGNATURE, credits
        return
    if bylines.is_editor_note(text):
        line.kind = NOTE
        _strip_inline(line, text)
        return
    if headline_shaped(text):
        line.kind = HEAD
        return
    line.kind = BODY
    _strip_inline(line, text)


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


def classify_all(lines: list[Line], blank_paragraphs: bool) -> list[Line]:
    for line in lines:
        classify(line)
    if not blank_paragraphs:
        return lines
    # On pages that separate paragraphs by blank lines, a headline broken over consecutive lines is
    # printed without blank lines between its pieces: glue them back into one line.
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and line.gap == 0
            and prev.kind == HEAD
            and line.kind == HEAD
            and prev.md == line.md
            and not starts_with_dash(line.text)
            and not is_terminated(prev.text)
            and len(prev.text) + len(line.text) <= 60
        ):
            prev.text = join_text(prev.text, line.text)
            continue
        out.append(line)
    return out


def uses_blank_paragraphs(lines: list[Line]) -> bool:
    if len(lines) < 2:
        return True
    gaps = sum(1 for line in lines[1:] if line.gap > 0)
    return gaps >= 0.3 * (len(lines) - 1)
