"""Re-joining paragraphs that the page's columns broke apart.

A paragraph that stops without sentence-final punctuation carries on in the next printed line,
however short the broken-off piece and however many blank lines stand between. A headline-shaped
line inside a story is either such a piece (清溪路桥公司创建 + 于1998年，先后承建…) or a subhead
that stays a paragraph of its own: subheads come first under the headline, after a question or a
lead-in, are printed as several short phrases, recur in a parallel pattern, or stand over a
paragraph that opens with a date or a stretch of time (近日，… 今年以来，…).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .bylines import closing_note, looks_like_name, reporter_column
from .classify import attribution, labelled_list, name_list, spaced_text
from .headlines import labelled_head, parallel_subhead
from .lines import (
    box_label,
    count_lost_quote_gaps,
    enumerated,
    field_line,
    has_inner_punctuation,
    has_lost_quote_gap,
    interview_turn,
    is_terminated,
    join_text,
    left_open,
    notice_field,
    opens_like_lead,
    section_number,
    summary_label,
)

if TYPE_CHECKING:
    from .lines import Line
    from .model import ParsedArticle


@dataclass(eq=False)
class Piece:
    """A run of a story's text as the page printed it, which paragraphs are assembled from."""

    text: str
    line: Line
    head: bool  # printed in the shape of a headline (a subhead, or a fragment cut short)
    after_break: bool = False  # a byline or lead-in stood between it and the text before


# ■现场直击, ● 背景, ■家长：孩子适应得很快: a box's label or a section's head after a bullet
_BULLETED_HEAD = re.compile(r"^[■□◆◇●▶►]\s*\S.{1,22}$")
# 【变化】出行方便了: a subhead opening on its label in brackets
_BRACKET_LABELLED = re.compile(r"^[【〖][^【】〖〗]{1,8}[】〗]\s*\S")


def _is_subhead(text: str, index: int, previous: str | None, others: list[str]) -> bool:
    if (enumerated(text) and len(text) <= 30) or reporter_column(text) or box_label(text):
        return True
    if _BRACKET_LABELLED.match(text):
        return True
    if _BULLETED_HEAD.match(text) and not is_terminated(text):
        # a box's label (■现场直击) or a section's head (■家长：孩子适应得很快) set off by its bullet,
        # whatever it holds, over the text it heads
        return True
    if previous is not None and previous.rstrip('”’"')[-1:] in "？?" and not is_terminated(text):
        return True  # the line of deck answering a question that heads a section
    if labelled_head(text) and parallel_subhead(text, others):
        return True  # 平台筑基：… over 专业重构：…, its colon no clause break
    if has_inner_punctuation(text):
        return False
    if index == 0:
        return True
    if previous is not None and previous.rstrip('”’"')[-1:] in "？?：:！!":
        return True
    if len(text.split()) >= 2:
        return True
    return parallel_subhead(text, others)


_SET_APART_MAX = 8  # characters of a subhead set apart by blank lines, alone in its story


def _set_apart(pieces: list[Piece], index: int, out: list[str]) -> bool:
    """A short phrase between blank lines after a finished paragraph, over more text: a subhead
    however few its story prints (交通更方便), not the start of a paragraph a break cut short."""
    text = pieces[index].text
    return (
        len(text) <= _SET_APART_MAX
        and pieces[index].line.gap > 0
        and index + 1 < len(pieces)
        and pieces[index + 1].line.gap > 0
        and len(out) > 1
        and is_terminated(out[-2])
        and not left_open(text)
        and text[:1] not in "【〖[［"  # (【点评】 runs in with the text it labels)
        and not pieces[index].line.quote  # (a quotation's lines, each set as a paragraph)
    )


def assemble(pieces: list[Piece]) -> list[str]:
    heads = [k for k, p in enumerate(pieces) if p.head]
    out: list[str] = []
    open_end = False  # may the last paragraph be carried on by the next piece?
    heading = False  # was the last piece the first line of a heading in two lines?
    for index, piece in enumerate(pieces):
        text = piece.text
        if piece.line.verse or piece.line.tabular:
            # a poem keeps its line breaks, and a table its rows; a blank line between stanzas
            # starts a paragraph
            above = pieces[index - 1].line if index else None
            alike = above is not None and (above.verse if piece.line.verse else above.tabular)
            if out and alike and not piece.line.gap:
                out[-1] += "\n" + text
            else:
                out.append(text)
            open_end = False
            continue
        if (
            out
            and open_end
            and not (piece.after_break or piece.line.bulleted)  # ● a summary's point starts a paragraph
            and not (field_line(text) and field_line(pieces[index - 1].text))  # 地址：… / 电话：…
            and not (interview_turn(text) and interview_turn(pieces[index - 1].text))  # 嘉宾：… / 记者：…
            and not (labelled_list(text) and name_list(pieces[index - 1].text))  # 一等奖：… / 二等奖：…
            and piece.line.quote == pieces[index - 1].line.quote
            # text without punctuation never shows where its paragraph ends: a blank line or an
            # indent does
            and not (
                (piece.line.gap or piece.line.indent)
                and spaced_text(pieces[index - 1].text)
                and spaced_text(text)
            )
        ):
            if name_list(pieces[index - 1].text) and all(map(looks_like_name, text.split())):
                out[-1] += " " + text  # a list of names set over two rows gains names, not a longer one
            elif spaced_text(pieces[index - 1].text) and spaced_text(text):
                out[-1] += " " + text  # text without punctuation: a space stood where the row broke
            else:
                out[-1] = join_text(out[-1], text)
            open_end = not is_terminated(out[-1])
            heading = False
            continue
        out.append(text)
        if piece.head:
            # parallel subheads are looked for among the nearest headline-shaped lines
            at = bisect.bisect_left(heads, index)
            others = [pieces[k].text for k in heads[max(0, at - 10) : at + 11] if k != index]
            # a heading set in two lines, each a paragraph of its own: its first line, standing
            # after a finished paragraph over another headline-shaped line, and that line its deck
            pair = not heading and index + 1 < len(pieces) and pieces[index + 1].head and not left_open(text)
            subhead = (
                heading
                or pair
                or _is_subhead(text, index, out[-2] if len(out) > 1 else None, others)
                or (
                    # a paragraph opening as a story's first does (近日，…) does not finish a phrase
                    not left_open(text)
                    and index + 1 < len(pieces)
                    and opens_like_lead(pieces[index + 1].text)
                )
                or _set_apart(pieces, index, out)
                # 展览信息 over 时间：… / 地点：…: the label of a box of fields
                or (index + 1 < len(pieces) and notice_field(pieces[index + 1].text))
            )
            heading = pair
            open_end = (
                not subhead and not is_terminated(text) and not attribution(text) and not notice_field(text)
            )
            continue
        heading = False
        open_end = not (
            is_terminated(text)
            or (field_line(text) and len(out) > 1 and field_line(out[-2]))  # the last of a list of fields
            or notice_field(text)
            or summary_label(text)
            or closing_note(text)
            or box_label(text)
            or section_number(text)
            or attribution(text)
        )
    return out


def _lost_quote_gaps(body: str) -> int:
    if not has_lost_quote_gap(body):
        return 0
    return sum(
        count_lost_quote_gaps(_SPEAKER.sub("：", p)) for p in body.split("\n\n") if has_inner_punctuation(p)
    )


# 全国人大代表、温州市市长 张振丰：…: a speaker's post, a space, the name and a colon, where no quote
# was lost
_SPEAKER = re.compile(r" [\u3400-\u9fff]{2,4}[：:]")


def flag_lost_quotes(articles: list[ParsedArticle]) -> bool:
    """Pages that lost their quotation marks keep a space where a quote stood (推进 千村示范 工程).
    Such a page prints no quotation marks at all, and the gaps recur.  A text printed with no
    punctuation at all (本市米价连日下跌 昨日…, as older pages are transcribed), nor a table's rows,
    lost nothing."""
    texts = [a.body for a in articles] + [a.headline for a in articles]
    if any(ch in t for t in texts for ch in '“”"「」『』‘’'):
        return False
    gaps = {id(a): _lost_quote_gaps(a.body) for a in articles}
    hits = [a for a in articles if gaps[id(a)]]
    if sum(gaps[id(a)] for a in hits) < 2:
        return False
    for art in hits:
        art.warnings.append("quotes_lost")
    return True
