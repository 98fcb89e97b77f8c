"""Articles as a collection stores them (markdown with YAML front matter), read into their parts.

One file is one article: ``### 引题``, ``# 主题``, ``## 副题``, a ``> `` line with the byline as
printed (followed by the collection's own citation, which the page never prints), an optional
``> 系列：…`` line, then one paragraph a line.  Photo captions stand among the paragraphs with
their credit (``甲摄``, ``…供图``, ``（人民视觉）``), often once joined and then again split, as
the collection copied them.  Pieces that hold several stories of their own (a byline line, a
writer's place and name, or an excerpt's source in the middle of the text) are left out: their
printed cut cannot be told from the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_FIELD = re.compile(r'^(\w+):\s*"?(.*?)"?\s*$')
_CITATION = re.compile(r"《人民日报》.*$")
_SERIES = re.compile(r"^系列：(.+)$")
_LEAD = re.compile(
    r"^(本报(?:[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日)?(?:电|讯))(?:\s*[（(]([^）)]{2,40})[）)]\s*|\s+)"
)
_WIRE_LEAD = re.compile(r"^(新华社[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)\s*[（(]([^）)]{2,40})[）)]\s*")
_ROLE = re.compile(r"(?:本报|新华社|[\u4e00-\u9fff]{2,8}?报)?(?:特约|见习|实习|首席)?(记者|通讯员)")
_CREDIT_TAIL = re.compile(
    r"(?:(?:本报|新华社)?记者\s*)?(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff\s、]{0,14}?)\s*摄(?:（(?P<agency>[^）]{2,8})）)?$"
    r"|(?P<giver>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,14})供图$"  # 刘  妍供图: a name padded
    r"|（(?P<stock>人民视觉|视觉中国|新华社发|资料图片)）$"
    # 马睿姗绘, 商海春绘（新华社发）: the artist of a drawing, credited as a picture's maker
    r"|(?P<artist>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,4}?)\s*绘(?:（(?:新华社发|人民视觉|视觉中国)）)?$"
)
_GROUP_CREDIT = re.compile(r"^(?:以上|以下|本版|本组)?(?:图片|照片)(?:均|皆|都)?(?:为|由)\s*")
_SPLIT_CAPTION = re.compile(r"^(?P<caption>.+?[。！？”）)])[\s\u3000]{2,}(?P<credit>[^。！？]{2,30})$")
_BOLD = re.compile(r"^\*\*(.+)\*\*$")
_ORGANISATION = re.compile(
    r"(?:社|部|局|委|院|会|中心|公司|馆|站|处|办|队|厅|府|所|台|团|网|厂|村|镇|区|县|市|省)$"
)
_SPACES = re.compile(r"[ \u3000\u00a0]{2,}|[、，,]")
# What a piece prints under its text and the collection keeps as its last paragraph: who wrote
# it (（甲）, （甲、乙参与采写）, （本报记者 甲 整理）), the editor's signature (——编者), the page's
# staff line (本期统筹：甲), a mailbox for readers, the paper a piece was reprinted from, where it
# was filed (（本报莫斯科5月9日电）).  As the seeds' gold reads a page, none of it is the text: the
# credits name the story's people.
_CHART_SOURCE = re.compile(r"^(?:数据|资料|信息)来源[:：]\s*\S.{0,40}$")
_CLOSING_CREDIT = re.compile(
    r"^[（(](?:[^（）()，,]{0,4}来源[:：][^（）()，,]{2,30}[，,])?(?P<rank>(?:本报)?记者)?\s*(?P<names>[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000、，,]{0,60}?)"
    r"\s*(?P<work>参与采写|采写|整理)?[)）]$"
)
_CLOSING_OTHER = re.compile(
    r"^(?:——\s*编\s*者|本期统筹[:：].{2,20}|[^。！？]{0,20}(?:邮箱|信箱)[:：]\s*\S+@\S+"
    r"|[（(](?:摘编自|摘自|选自|转自|原载|来源[:：])[^。！？]{2,60}[)）]"
    r"|[（(]本报[\u4e00-\u9fff]{2,6}(?:\d{1,2}月\d{1,2}日)?电[)）])$"
)


@dataclass
class Caption:
    text: str
    credit: str
    photographers: list[str] = field(default_factory=list)


@dataclass
class Article:
    key: str  # the page folder and file name
    page: str  # the page folder: pages, never articles, are split into folds
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    series: str | None = None
    byline: str = ""  # as printed, without the collection's citation
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    subheads: set[int] = field(default_factory=set)  # indexes of paragraphs printed as subheads
    captions: list[Caption] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # 数据来源：… under a chart: the chart's, not the text's
    closing: str | None = None  # printed under the text: a credit, a signature, a staff line
    closing_people: dict[str, list[str]] = field(default_factory=dict)  # whom the closing credits


def names(text: str) -> list[str]:
    """Names as a byline prints them: two spaces apart, a two-character name padded to three
    (张  驰), several joined by 、."""
    tokens = [t for t in _SPACES.split(text.strip()) if t.strip()]
    out: list[str] = []
    k = 0
    while k < len(tokens):
        token = tokens[k].strip()
        if len(token) == 1 and k + 1 < len(tokens) and len(tokens[k + 1].strip()) == 1:
            out.append(token + tokens[k + 1].strip())
            k += 2
            continue
        out.append(token)
        k += 1
    return [n for n in out if 2 <= len(n) <= 4 and re.fullmatch(r"[\u4e00-\u9fff·]+", n)]


def credit_people(byline: str) -> dict[str, list[str]]:
    """Reporters, correspondents and authors of a byline: 本报记者  甲  乙 通讯员 丙, or a bare name."""
    people: dict[str, list[str]] = {"reporters": [], "correspondents": [], "authors": []}
    parts = _ROLE.split(byline)
    if len(parts) == 1:
        people["authors"] = names(byline)
        return people
    for role, text in zip(parts[1::2], parts[2::2], strict=True):
        key = "reporters" if role == "记者" else "correspondents"
        people[key].extend(names(text))
    return people


def caption_credit(text: str) -> tuple[bool, list[str]]:
    """Whether ``text`` is a picture credit, and the photographers it names."""
    text = _GROUP_CREDIT.sub("", text)  # 以上图片均为 甲 摄: the credit of every picture above
    m = _CREDIT_TAIL.search(text)
    if m is None or m.start() > 0:
        return False, []
    if m.group("names"):
        return True, names(re.sub(r"^(?:本报|新华社)?记者", "", m.group("names")))
    if m.group("artist"):
        return True, names(m.group("artist"))
    # 供图 names who supplied the picture (受访者供图, a bureau's), not who took it
    return True, []


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(text)
    if m is None:
        return {}, text
    fields = {}
    for line in m.group(1).splitlines():
        f = _FIELD.match(line)
        if f:
            fields[f.group(1)] = f.group(2)
    return fields, text[m.end() :]


def read_article(path: Path, root: Path) -> Article | None:
    fields, text = _front_matter(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root)
    art = Article(key=str(rel), page=str(rel.parent), title="")
    raw: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith("### "):
            art.kicker = line[4:].strip()
        elif line.startswith("## "):
            art.subtitle = line[3:].strip()
        elif line.startswith("# "):
            art.title = line[2:].strip()
        elif line.startswith(">"):
            quoted = line[1:].strip()
            series = _SERIES.match(quoted)
            if series:
                art.series = series.group(1).strip()
            else:
                art.byline = _CITATION.sub("", quoted).strip()
        else:
            raw.append(line.strip())
    if not art.title or not raw:
        return None
    for role, people in credit_people(art.byline).items():
        setattr(art, role, people)
    lead = _LEAD.match(raw[0]) or _WIRE_LEAD.match(raw[0])
    if lead:
        art.dateline = lead.group(1)
        people = credit_people(lead.group(2) or "")
        art.reporters = art.reporters or people["reporters"]
        art.correspondents = art.correspondents or people["correspondents"]
        raw[0] = raw[0][lead.end() :]
    k = 0
    while k < len(raw):
        para = raw[k]
        split = _SPLIT_CAPTION.match(para)
        if split and caption_credit(split.group("credit"))[0]:
            _, people = caption_credit(split.group("credit"))
            art.captions.append(Caption(split.group("caption"), split.group("credit"), people))
            # the collection repeats the caption and its credit as paragraphs of their own
            if raw[k + 1 : k + 3] == [split.group("caption"), split.group("credit")]:
                k += 2
            k += 1
            continue
        if (
            k + 1 < len(raw)
            and len(para) <= 120
            and caption_credit(raw[k + 1])[0]
            and not caption_credit(para)[0]
        ):
            art.captions.append(Caption(para, raw[k + 1], caption_credit(raw[k + 1])[1]))
            k += 2
            continue
        if caption_credit(para)[0]:
            k += 1  # a credit standing for a picture whose caption the collection lost
            continue
        if _CHART_SOURCE.match(para):
            art.sources.append(para)
            k += 1
            continue
        bold = _BOLD.match(para)
        if bold:
            art.subheads.add(len(art.paragraphs))
            para = bold.group(1)
        if art.paragraphs and _piece_ends(para) and k + 1 < len(raw):
            return None  # several pieces in one file, one signed or sourced in the middle of it
        if _bare_byline(para):
            if art.paragraphs or art.byline:
                return None  # several stories in one file, each under its own byline
            art.byline = para  # the byline printed as the text's first paragraph
            for role, people in credit_people(para).items():
                setattr(art, role, people)
            k += 1
            continue
        art.paragraphs.append(para)
        k += 1
    if not art.paragraphs:
        return None
    _take_closing(art)
    if not art.paragraphs:
        return None
    art.authors = [a for a in art.authors if a not in art.reporters]
    if fields.get("section") is None:
        return None
    return art


def _take_closing(art: Article) -> None:
    last = art.paragraphs[-1]
    if _CLOSING_OTHER.match(last):
        art.closing = art.paragraphs.pop()
        return
    m = _CLOSING_CREDIT.match(last)
    if m is None:
        return
    tokens = [t for t in _SPACES.split(m.group("names").strip()) if t.strip()]
    people = names(m.group("names"))
    if not people or sum(len(t.strip()) for t in tokens) != sum(len(p) for p in people):
        return  # words that are not all names: a note, not a credit
    # a name printed with no role is an author's, even under 本报讯, as the seeds' gold reads it
    role = "reporters" if m.group("rank") or m.group("work") in ("参与采写", "采写") else "authors"
    art.closing = art.paragraphs.pop()
    art.closing_people = {role: people}


# Lines that sign one piece off or on in the middle of a file holding several (a column of
# readers' letters, of excerpts): the writer's place and name, or where the excerpt comes from
_PIECE_SIGNED = re.compile(
    r"^[\u4e00-\u9fff]{2,12}(?:省|市|县|区|州|旗|镇|乡|村)[ \u3000]+[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,5}$"
    r"|^[（(](?:摘编自|摘自|选自|转自|原载)[^（）()]{2,60}[)）]$"
)


def _piece_ends(text: str) -> bool:
    return _PIECE_SIGNED.match(text.strip()) is not None


def _bare_byline(text: str) -> bool:
    return bool(re.fullmatch(r"(?:本报|新华社)?记者(?:[\s\u3000]+[\u4e00-\u9fff]{1,4}){1,4}", text.strip()))


def read_corpus(root: Path) -> list[Article]:
    """Every readable article under ``root``, in a stable order."""
    out = []
    for path in sorted(root.rglob("*.md")):
        art = read_article(path, root)
        if art is not None:
            out.append(art)
    return out
