"""Pages exported from a full-text database of newspapers: one record an article, each field under
its label (【标题】…, 【作者】…, 【正文】…, 版名：…).  The records are laid out again as a page prints
them — the paper and its date at the head, then each headline block over its byline and text — for
the rules to read as any other page.  The labels say for certain what the layout only suggests, so
nothing of a record is left to a guess that its label settles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# What each label names, in the words such databases use.
_ROLES = {
    "title": ("标题", "题名", "正标题", "主标题", "主题", "篇名", "文章标题", "新闻标题"),
    "subtitle": ("副标题", "副题"),
    "kicker": ("引题", "肩题", "眉题"),
    "byline": ("作者", "责任者", "署名", "记者"),
    "column": ("栏目", "专栏", "栏目名称", "专栏名称"),
    "body": ("正文", "全文", "内容", "文章内容"),
    "paper": ("报纸名称", "报纸名", "报名", "报纸", "刊名", "来源报纸", "报纸中文名"),
    "date": ("报纸日期", "出版日期", "日期", "发表日期", "刊期", "见报日期"),
    "page": ("版号", "版次", "版面号"),
    "page_name": ("版名", "版面", "版面名称"),
    # fields of the database's own, not printed on the page
    "ignored": (
        "关键词",
        "主题词",
        "摘要",
        "作者单位",
        "分类号",
        "来源",
        "文献出处",
        "页码",
        "字数",
        "DOI",
        "ISSN",
        "CN",
    ),
}
_ROLE_OF = {label: role for role, labels in _ROLES.items() for label in labels}
_LABELS = "|".join(sorted(map(re.escape, _ROLE_OF), key=len, reverse=True))
# 【标题】… or 〔标题〕…, and, on a page that also labels its text, 标题：…
_BRACKETED = re.compile(rf"^\s*[【\[〔［]\s*(?P<label>{_LABELS})\s*[】\]〕］]\s*[:：]?\s*(?P<value>.*?)\s*$")
_COLONED = re.compile(rf"^\s*(?P<label>{_LABELS})\s*[:：]\s*(?P<value>.*?)\s*$")
_ROLE_WORD = re.compile(r"记者|通讯员|特约|实习生|摄|文/|图/|作者|撰文|评论员|整理|口述")
_PAGE_NUMBER = re.compile(r"^(?:第\s*)?(?P<n>[A-Za-z]?\d{1,3})\s*版?$")
_DIGITS_DATE = re.compile(r"^(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)$")
_NAMES_APART = re.compile(r"\s*[;；]\s*")
_NAMED = re.compile(r"[\u3400-\u9fff]{2}")
_OPENING = frozenset(("title", "paper"))  # the fields a record opens on


@dataclass
class _Record:
    fields: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)


def _field(line: str, coloned: bool) -> tuple[str, str] | None:
    m = _BRACKETED.match(line) or (_COLONED.match(line) if coloned else None)
    return (_ROLE_OF[m.group("label")], m.group("value")) if m else None


def _is_export(lines: list[str]) -> bool | None:
    """Whether the page is such an export, and if so whether it labels its fields with a colon
    alone (标题：…) as well as in brackets.  In brackets, a title labelled and another field at
    the least; after a colon alone, a title and a text under the words only an export uses for
    them (a notice lists 主题：… 内容：… 日期：… among its lines)."""
    roles = {f[0] for line in lines if (f := _field(line, coloned=False))}
    if "title" in roles and len(roles - {"ignored"}) >= _FIELDS_MIN:
        return False
    labels = {m.group("label") for line in lines if (m := _COLONED.match(line))}
    if labels & _EXPORT_TITLES and labels & _EXPORT_TEXTS:
        return True
    return None


_FIELDS_MIN = 2
_EXPORT_TITLES = frozenset(("标题", "题名", "正标题", "主标题", "篇名", "文章标题", "新闻标题"))
_EXPORT_TEXTS = frozenset(("正文", "全文", "文章内容"))


def _records(lines: list[str], coloned: bool) -> tuple[list[str], list[_Record]]:
    """The lines standing before the first record, and the records."""
    before: list[str] = []
    records: list[_Record] = []
    current: _Record | None = None
    for line in lines:
        labelled = _field(line, coloned)
        inside_text = current is not None and bool(current.body)
        if (
            labelled is not None
            and inside_text
            and labelled[0] not in _OPENING
            and not _BRACKETED.match(line)
        ):
            labelled = None  # inside a text, 记者：… is a question put: only the next record opens
        if labelled is None:
            if line.strip():
                (current.body if current is not None else before).append(line.strip())
            continue
        role, value = labelled
        # a record opens on its title, or on any field it already holds
        if current is None or role in current.fields or (role == "title" and current.body):
            current = _Record()
            records.append(current)
        if role == "body":
            current.fields.setdefault("body", "")
            if value:
                current.body.append(value)
        elif role != "ignored":
            current.fields[role] = value
    return before, [r for r in records if r.fields.get("title") or r.body]


def _byline(value: str) -> str | None:
    """The byline as a page prints it; None for a role naming no one (本报记者, 本报评论员)."""
    names = _NAMES_APART.sub(" ", value).strip(" ;；")
    if not _NAMED.search(_ROLE_WORD.sub("", names.replace("本报", ""))):
        return None
    return names if _ROLE_WORD.search(names) else f"作者：{names}"


def _date(value: str) -> str:
    m = _DIGITS_DATE.match(value.strip())
    return f"{m['y']}年{int(m['m'])}月{int(m['d'])}日" if m else value


def _page_line(number: str | None, name: str | None) -> str | None:
    if number:
        m = _PAGE_NUMBER.match(number.strip())
        number = f"第{m['n']}版" if m else number.strip()
    parts = [p for p in (number, name) if p]
    return "：".join(parts) if parts else None


def as_page(text: str) -> str:
    """The page as printed when ``text`` is an export of labelled records; else ``text`` itself."""
    if "【" not in text and "：" not in text and "[" not in text and "〔" not in text:
        return text
    lines = text.splitlines()
    coloned = _is_export(lines)
    if coloned is None:
        return text
    before, records = _records(lines, coloned)
    if not records:
        return text
    first = records[0].fields
    head = [first.get("paper"), first.get("date") and _date(first["date"])]
    head.append(_page_line(first.get("page"), first.get("page_name")))
    out = before + [line for line in head if line]
    for record in records:
        fields = record.fields
        out.append("")
        if fields.get("column"):
            out.append(f"【{fields['column']}】")
        if fields.get("kicker"):
            out.append(f"### {fields['kicker']}")
        if fields.get("title"):
            out.append(f"# {fields['title']}")
        if fields.get("subtitle"):
            out.append(f"## {fields['subtitle']}")
        if byline := _byline(fields.get("byline", "")):
            out.append(byline)
        out.append("")
        out.extend(record.body)
    return "\n".join(out) + "\n"
