"""Laying real articles out as the raw page text print extraction produces.

A page of the corpus (its articles in some order) is written the way one of many extraction
pipelines would give it: paragraphs apart by a blank line, by a single newline, by an indent, or
hard-wrapped at a column width with no blank line at all; full- or half-width punctuation;
headline blocks on one line or several, as markdown heads or plain; bylines as a lead-in, on a
line of their own or closing the text; captions with their credit before, after or on the same
line, standing between stories or inside one; a page header, a staff line, bullets before
subheads; headlines set in from the column, as older pages print them; a story cut with
（下转…） or carried on with （上接…）; and a hard-wrapped page as plainer extractions give it: its
rows flush (the paragraphs' indents dropped), its headlines wrapped in the column, its column
narrowed to 12–16 characters.

Each rendered page comes with its gold, in the scorer's format, and the role of every printed
line (``roles``), which the line-role model learns from.  Everything is drawn from a
``random.Random`` the caller seeds, so a page's rendering is reproducible.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace

from archive.parsing import roles
from archive.parsing.lines import OPENERS

from .corpus import Article, Caption

_HALF = str.maketrans(
    {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
)
_PAGE_NUMERALS = "一二三四五六七八九十"
_WEEKDAYS = "一二三四五六日"
# Offices printed before a signed author's name (the page's layout, not the corpus's text).
_OFFICES = (
    "作者：", "本报评论员 ", "特约评论员 ", "市委书记 ", "县委书记 ", "区委副书记、区长 ", "研究员 ",
    "市委副秘书长、市委政研室主任 ", "市委常委、区委书记 ", "党委书记 ", "县长 ",
)  # fmt: skip
_EDITOR_CODES = "①②③④⑤⑥⑦⑧⑨⑩"
_CODE_PROMPTS = ("扫码看视频", "扫描二维码 了解更多", "长按识别二维码 观看完整报道")
_BRACKETED_LABEL = re.compile(r"[（(][^）)]*[)）]$")


@dataclass
class Layout:
    paragraphs: str = "blank"  # blank | newline | indent | wrap
    width: int = 22  # characters a wrapped column holds
    half_width: bool = False
    markdown: bool = False
    byline: str = "line"  # line | lead | end: where a reporter's byline is printed
    caption_credit: str = "after"  # after | same | before
    header: bool = False
    staff_line: bool = False
    bullets: bool = False
    split_titles: bool = False
    series_lines: bool = False
    pictures_inside: bool = False
    continued: bool = False  # one story ends with （下转…）
    continuing: bool = False  # the page opens with the rest of a story from another page
    codes: bool = False  # editors' codes under pictures (③2), prompts to scan a code under stories
    indented_heads: bool = False  # headline lines set in from the column, as older pages print them
    # a headline block's kicker and title printed on one line, spaces apart, as a page's big type
    # comes out of some extractions (做好道路除雪防滑保畅工作 人员、物资、机械 三到位)
    one_line_heads: bool = False
    # paragraphs broken inside a sentence where a column ends, the rest under a blank line
    column_breaks: bool = False
    # hard-wrapped rows with no indent, as an extraction that keeps no leading space writes them:
    # a paragraph's first row stands short of the column by the indent it lost, a headline set in
    # stands flush
    flush: bool = False
    # a headline's lines longer than the column wrapped in it, as a one-column story prints them
    wrapped_heads: bool = False

    @classmethod
    def draw(cls, rng: random.Random) -> Layout:
        return cls(
            paragraphs=rng.choice(["blank", "blank", "newline", "indent", "wrap", "wrap"]),
            width=rng.choice([14, 18, 22, 26, 30]),
            half_width=rng.random() < 0.2,
            markdown=rng.random() < 0.15,
            byline=rng.choice(["line", "line", "lead", "end"]),
            caption_credit=rng.choice(["after", "after", "same", "before"]),
            header=rng.random() < 0.5,
            staff_line=rng.random() < 0.3,
            bullets=rng.random() < 0.3,
            split_titles=rng.random() < 0.4,
            series_lines=rng.random() < 0.5,
            pictures_inside=rng.random() < 0.3,
            continued=rng.random() < 0.25,
            continuing=rng.random() < 0.15,
            codes=rng.random() < 0.2,
            indented_heads=rng.random() < 0.15,
            one_line_heads=rng.random() < 0.2,
            column_breaks=rng.random() < 0.3,
        )

    def extracted(self, rng: random.Random) -> Layout:
        """This layout as a plainer extraction may give it when hard-wrapped: rows flush, headlines
        wrapped in the column, columns narrower.  Drawn from an ``rng`` of its own, so the traits
        drawn before these stay as they were."""
        flush, wrapped_heads, narrow = rng.random() < 0.35, rng.random() < 0.35, rng.random() < 0.25
        width = rng.choice([12, 14, 16])
        if self.paragraphs != "wrap":
            return self
        return replace(self, flush=flush, wrapped_heads=wrapped_heads, width=width if narrow else self.width)


@dataclass
class RenderedPage:
    name: str
    text: str
    lines: list[tuple[str, str]]  # every printed line that is not blank, with its role
    gold: dict = field(default_factory=dict)
    layout: Layout | None = None


#: The lines of a headline block (and a subhead), which a narrow column wraps as it wraps text.
_HEAD_ROLES = {roles.COLUMN, roles.KICKER, roles.TITLE, roles.SUBTITLE, roles.SUBHEAD}

#: Characters a paragraph needs before a column may break it, and the odds that one does.
_COLUMN_BREAK_MIN = 40
_COLUMN_BREAK_ODDS = 0.15


class _Writer:
    def __init__(self, layout: Layout, rng: random.Random | None = None):
        self.layout = layout
        self.rng = rng
        self.out: list[str] = []
        self.lines: list[tuple[str, str]] = []

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.out.append("")

    def line(self, text: str, role: str) -> None:
        self.out.append(text)
        self.lines.append((text, role))

    def block(self, text: str, role: str, *, gap: bool = True) -> None:
        """A headline, byline or label: always a line (or, in a column, lines) of its own."""
        layout = self.layout
        if gap and layout.paragraphs in ("blank", "indent"):
            self.blank()
        if layout.flush:
            text = text.lstrip("\u3000")
        if (
            layout.wrapped_heads
            and layout.paragraphs == "wrap"
            and not layout.markdown
            and role in _HEAD_ROLES
        ):
            words = text.lstrip("\u3000")
            set_in = text[: len(text) - len(words)]  # a headline set in is set in on every row
            for row in _wrap(words, layout.width - len(set_in)):
                self.line(set_in + row, role)
        else:
            self.line(text, role)

    def paragraph(self, text: str, first_role: str, more_role: str) -> None:
        layout = self.layout
        broken = self._column_break(text)
        if broken is not None:
            head, rest = broken
            self.paragraph(head, first_role, more_role)
            self.blank()
            self.line(rest, more_role)
        elif layout.paragraphs == "blank":
            self.blank()
            self.line(text, first_role)
        elif layout.paragraphs == "newline":
            self.line(text, first_role)
        elif layout.paragraphs == "indent":
            self.line("\u3000\u3000" + text, first_role)
        else:
            rows = _wrap("\u3000\u3000" + text, layout.width)
            if layout.flush:
                rows[0] = rows[0].lstrip("\u3000")  # the first row short of the column by its indent
            for k, row in enumerate(rows):
                self.line(row, first_role if k == 0 else more_role)

    def _column_break(self, text: str) -> tuple[str, str] | None:
        """Where a column ends inside the paragraph, on a page that prints its paragraphs apart
        (by a blank line or a newline): the paragraph's two parts, or None."""
        layout, rng = self.layout, self.rng
        if not layout.column_breaks or rng is None or layout.paragraphs not in ("blank", "newline"):
            return None
        if len(text) < _COLUMN_BREAK_MIN or rng.random() >= _COLUMN_BREAK_ODDS:
            return None
        at = rng.randrange(10, len(text) - 10)
        while at < len(text) - 1 and text[at] in _NO_LINE_START:
            at += 1  # a closing mark hangs at the end of the column above
        return text[:at], text[at:]

    def text(self) -> str:
        return "\n".join(self.out).strip("\n") + "\n"


# Print never starts a line with a closing mark: it hangs at the end of the line above.
_NO_LINE_START = set("，。、；：！？”’）》」』,.;:!?)%…—")


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch != "\u3000" else 1.0


def _wrap(text: str, width: int) -> list[str]:
    rows, row, size = [], "", 0.0
    for ch in text:
        w = _cells(ch)
        if size + w > width and row and ch not in _NO_LINE_START:
            kept = row.rstrip(OPENERS)  # ...nor ends one on an opening mark: it goes down with its words
            carried = row[len(kept) :] if kept else ""
            rows.append(kept or row)
            row, size = carried, sum(_cells(c) for c in carried)
        row += ch
        size += w
    if row:
        rows.append(row)
    return rows


def _start(text: str) -> str:
    return text[:15]


def _end(text: str) -> str:
    return text[-15:]


def _gold_item(kind: str, **kw) -> dict:
    item = {
        "kind": kind,
        "title": None,
        "kicker": None,
        "subtitle": None,
        "column": None,
        "dateline": None,
        "reporters": [],
        "correspondents": [],
        "photographers": [],
        "authors": [],
        "body_start": "",
        "body_end": "",
        "continues_to": None,
        "continued_from": None,
    }
    item.update(kw)
    return item


def _spaced(names: list[str], rng: random.Random) -> str:
    sep = rng.choice(["  ", " ", "、"])
    return sep.join(
        n if len(n) != 2 or sep == "、" or rng.random() < 0.5 else f"{n[0]}  {n[1]}" for n in names
    )


def _credit(caption: Caption, rng: random.Random) -> str:
    """The picture's credit in one of the ways papers print it, naming the same photographers."""
    if not caption.photographers or rng.random() < 0.5:
        return caption.credit
    who = "、".join(caption.photographers)
    return rng.choice(
        [f"{who}摄", f"{who} 摄", f"记者 {who} 摄", f"本报记者  {who}摄", f"（{who} 摄）", f"摄影 {who}"]
    )


def _picture(
    w: _Writer, caption: Caption, rng: random.Random, gold: list[dict], title: str | None = None
) -> None:
    """A picture's caption and credit; ``title``, when given, is printed over the caption."""
    layout = w.layout
    caption = Caption(caption.text, _credit(caption, rng), caption.photographers)
    text = caption.text.translate(_HALF) if layout.half_width else caption.text
    if layout.paragraphs in ("blank", "indent"):
        w.blank()
    if title:
        w.line(title, roles.CAPTION_START)
    rows = _wrap(text, layout.width) if layout.paragraphs == "wrap" else [text]
    if layout.caption_credit == "same" and layout.paragraphs != "wrap":
        w.line(f"{text}\u3000\u3000{caption.credit}", roles.CAPTION if title else roles.CAPTION_START)
    else:
        if layout.caption_credit == "before":
            w.line(caption.credit, roles.CREDIT)
        for k, row in enumerate(rows):
            w.line(row, roles.CAPTION_START if k == 0 and not title else roles.CAPTION)
        if layout.caption_credit != "before":
            w.line(caption.credit, roles.CREDIT)
    if layout.codes and rng.random() < 0.5:
        w.line(
            rng.choice(_EDITOR_CODES) + (str(rng.randrange(1, 10)) if rng.random() < 0.5 else ""),
            roles.FURNITURE,
        )
    gold.append(
        _gold_item(
            "photo",
            title=title,
            photographers=list(caption.photographers),
            body_start=_start(text),
            body_end=_end(text),
        )
    )


def _story(
    w: _Writer,
    art: Article,
    rng: random.Random,
    gold: list[dict],
    *,
    cut_at: int | None = None,
    resumed_from: int | None = None,
    other_page: str = "",
) -> None:
    layout = w.layout
    paragraphs = list(art.paragraphs)
    subheads = set(art.subheads)
    if cut_at is not None:
        while cut_at > 1 and cut_at - 1 in subheads:
            cut_at -= 1  # a page breaks a story off in its text, never right under a subhead
        paragraphs = paragraphs[:cut_at]
    if resumed_from is not None:
        paragraphs = paragraphs[resumed_from:]
        subheads = {k - resumed_from for k in subheads if k >= resumed_from}
    item = _gold_item("article", title=art.title, kicker=art.kicker, subtitle=art.subtitle)
    heads: list[tuple[str, str]] = []
    # a brief opening straight with its dateline, printed with no headline of its own
    headless = bool(art.dateline) and len(paragraphs) <= 3 and resumed_from is None and rng.random() < 0.3
    if headless:
        item.update(title=None, kicker=None, subtitle=None)
    if resumed_from is not None:
        item.update(kicker=None, subtitle=None)  # the rest of a story is printed under its title alone
    if headless:
        pass
    elif art.series and layout.series_lines and resumed_from is None:
        heads.append((art.series, roles.COLUMN))
        item["column"] = art.series
    if art.kicker and resumed_from is None and not headless:
        heads.append((art.kicker, roles.KICKER))
    title = art.title
    if headless:
        pass
    elif (
        layout.one_line_heads
        and not layout.markdown
        and art.kicker
        and resumed_from is None
        and not (art.series and layout.series_lines)
    ):
        heads[-1] = (f"{art.kicker} {title}", roles.TITLE)  # the kicker's line, the title run on
        item.update(kicker=None, title=f"{art.kicker} {title}")
    elif layout.split_titles and len(title) >= 12 and " " in title.strip() and resumed_from is None:
        left, _, right = title.strip().partition(" ")
        heads += [(left.strip(), roles.TITLE), (right.strip(), roles.TITLE)]
    else:
        heads.append((title, roles.TITLE))
    if art.subtitle and resumed_from is None and not headless:
        sub = art.subtitle if art.subtitle.startswith("—") or rng.random() < 0.6 else "——" + art.subtitle
        heads.append((sub, roles.SUBTITLE))
    marks = {roles.COLUMN: "", roles.KICKER: "### ", roles.TITLE: "# ", roles.SUBTITLE: "## "}
    if not layout.markdown and layout.indented_heads:
        marks = dict.fromkeys(marks, "\u3000" * 4)
    elif not layout.markdown:
        marks = dict.fromkeys(marks, "")
    for k, (text, role) in enumerate(heads):
        w.block(marks[role] + text, role, gap=k == 0)
    if resumed_from is not None:
        w.block(f"（上接{other_page}）", roles.MARKER, gap=False)
        item["continued_from"] = other_page
    # credits
    reporters, correspondents, authors = art.reporters, art.correspondents, art.authors
    lead_prefix = ""
    byline_at_end = ""
    closing_line = ""
    if resumed_from is None and art.dateline:
        credits = []
        if reporters:
            credits.append("记者" + "、".join(reporters))
        if correspondents:
            credits.append("通讯员" + "、".join(correspondents))
        if credits and rng.random() < 0.3:
            lead_prefix = f"{art.dateline} {' '.join(credits)} "  # credits set off by spaces
        else:
            lead_prefix = f"{art.dateline}（{' '.join(credits)}）" if credits else art.dateline
        item["dateline"] = art.dateline
        item.update(reporters=list(reporters), correspondents=list(correspondents))
    elif resumed_from is None and (reporters or correspondents):
        style = layout.byline
        if style == "end" and cut_at is not None:
            style = "line"  # a story going on to another page is signed at its end over there
        item.update(reporters=list(reporters), correspondents=list(correspondents))
        parts = []
        rank = "记者" if style == "lead" else rng.choice(["本报记者  ", "本报记者 ", "记者 "])
        if reporters:
            parts.append(rank + _spaced(reporters, rng))
        if correspondents:
            parts.append("通讯员  " + _spaced(correspondents, rng))
        if style == "lead":
            lead_prefix = f"本报讯（{' '.join(parts)}）"
            item["dateline"] = "本报讯"
        elif style == "end" and rng.random() < 0.5:
            byline_at_end = rng.choice(["（{}）", "（{} 整理）", "({})"]).format("  ".join(parts))
        elif style == "end":
            closing_line = rng.choice(["（{}）", "{}", "（{} 整理）", "({} 整理)"]).format("  ".join(parts))
        else:
            bullet = rng.choice(["", "", "□", "■"])
            w.block(bullet + "  ".join(parts), roles.BYLINE, gap=False)
            if art.series and not layout.series_lines and len(art.series) <= 8 and rng.random() < 0.5:
                w.block(art.series, roles.COLUMN, gap=False)  # a column label set between byline and text
                item["column"] = art.series
    elif resumed_from is None and authors:
        item["authors"] = list(authors)
        office = rng.choice(_OFFICES) if rng.random() < 0.3 else ""
        w.block(office + _spaced(authors, rng), roles.BYLINE, gap=False)
    # text
    if not paragraphs:
        return
    pictures = list(art.captions) if layout.pictures_inside and resumed_from is None else []
    inside_at = rng.randrange(1, len(paragraphs)) if pictures and len(paragraphs) > 1 else None
    body: list[str] = []
    for k, para in enumerate(paragraphs):
        if k == inside_at:
            for caption in pictures:
                _picture(w, caption, rng, gold)
        text = para.translate(_HALF) if layout.half_width else para
        if k in subheads and k > 0:
            bullet = "● " if layout.bullets else ""
            w.block(bullet + text, roles.SUBHEAD)
            body.append(text)
            continue
        if k == 0 and lead_prefix:
            text = lead_prefix + text
        last = k == len(paragraphs) - 1
        marker_line = None
        if last and cut_at is not None:
            item["continues_to"] = other_page
            if rng.random() < 0.5:
                text += f"（下转{other_page}）"
            else:
                marker_line = f"（下转{other_page}）"
        if last and byline_at_end:
            text += byline_at_end
        w.paragraph(text, roles.LEAD if k == 0 else roles.BODY, roles.BODY)
        if byline_at_end and last and len(w.lines) > 1 and w.lines[-1][0].strip() == byline_at_end:
            w.lines[-1] = (w.lines[-1][0], roles.BYLINE)  # the closing credit wrapped onto a line of its own
        if last and closing_line:
            w.block(closing_line, roles.BYLINE, gap=False)
        if last and cut_at is None:
            for source in art.sources:
                w.block(source, roles.FURNITURE, gap=False)
        if last and art.closing and cut_at is None:
            staff = not art.closing_people and not art.closing.lstrip("—　 ").startswith("编")
            w.block(art.closing, roles.FURNITURE if staff else roles.BYLINE, gap=False)
            for role, people in art.closing_people.items():
                item[role] = item[role] + [p for p in people if p not in item[role]]
        if marker_line:
            w.block(marker_line, roles.MARKER, gap=False)
        if last and layout.codes and rng.random() < 0.2:
            w.block(rng.choice(_CODE_PROMPTS), roles.FURNITURE, gap=False)
        body.append(para.translate(_HALF) if layout.half_width else para)
    item["body_start"] = _start(body[0])
    item["body_end"] = _end(body[-1])
    gold.append(item)
    if inside_at is None:
        short = _BRACKETED_LABEL.sub("", art.title).strip()
        for caption in art.captions if resumed_from is None else []:
            titled = len(short) <= 14 and len(art.captions) == 1 and rng.random() < 0.5
            _picture(w, caption, rng, gold, title=short if titled else None)


def _header(w: _Writer, page_number: int, page_name: str, date: str, rng: random.Random) -> None:
    y, m, d = date.split("-")
    numeral = _PAGE_NUMERALS[page_number - 1] if 1 <= page_number <= 10 else str(page_number)
    style = rng.randrange(3)
    if style == 0:
        w.line(f"人民日报  {int(y)}年{int(m)}月{int(d)}日  星期{rng.choice(_WEEKDAYS)}", roles.FURNITURE)
        w.line(f"第{numeral}版  {page_name}", roles.FURNITURE)
    elif style == 1:
        w.line(f"第{page_number:02d}版：{page_name}", roles.FURNITURE)
    else:
        w.line(f"{int(y)}年{int(m)}月{int(d)}日  第{page_number}版", roles.FURNITURE)
        w.line(page_name, roles.FURNITURE)
    w.blank()


def render_page(
    name: str,
    articles: list[Article],
    layout: Layout,
    rng: random.Random,
    *,
    page_number: int,
    page_name: str,
    date: str,
) -> RenderedPage:
    """Lay ``articles`` out in the given order as one page of raw text."""
    w = _Writer(layout, rng)
    gold: list[dict] = []
    if layout.header:
        _header(w, page_number, page_name, date, rng)
    other = "第二版" if page_number == 1 else "第一版"
    long_ones = [k for k, a in enumerate(articles) if len(a.paragraphs) >= 4]
    cut = rng.choice(long_ones) if layout.continued and long_ones else None
    resumed = None
    if layout.continuing and long_ones:
        resumed = rng.choice([k for k in long_ones if k != cut] or [None])
    for k, art in enumerate(articles):
        if k == resumed:
            _story(w, art, rng, gold, resumed_from=len(art.paragraphs) // 2, other_page=other)
        elif k == cut:
            _story(w, art, rng, gold, cut_at=max(2, len(art.paragraphs) // 2), other_page=other)
        else:
            _story(w, art, rng, gold)
    if layout.staff_line:
        w.blank()
        w.line(rng.choice(["责任编辑：", "本版责编：", "编辑 "]) + "王  磊  李  清", roles.FURNITURE)
    publication = "人民日报"
    return RenderedPage(
        name, w.text(), w.lines, {"file": name, "publication": publication, "articles": gold}, layout
    )


#: How a real page's text is laid out again (:func:`relay`).
RELAYOUTS = ("plain", "newline", "wrap")
_MARKDOWN_HEAD = re.compile(r"^#{1,6}\s*")


def relay(text: str, how: str, width: int = 24) -> str:
    """A real page's text as another extraction would print it: ``plain`` without markdown heads,
    ``newline`` also without blank lines, ``wrap`` also with every line longer than ``width``
    hard-wrapped.  Its gold stays the scorer's: the scorer compares text without whitespace."""
    lines = [_MARKDOWN_HEAD.sub("", line) for line in text.splitlines()]
    if how == "plain":
        return "\n".join(lines).strip("\n") + "\n"
    printed = [line for line in lines if line.strip()]
    if how == "wrap":
        printed = [row for line in printed for row in (_wrap(line, width) if len(line) > width else [line])]
    return "\n".join(printed) + "\n"
