"""Credits as the page prints them: roles, a person's office, an author's unit, a closing 整理.

The parser gives each story its people by role (reporters, correspondents, photographers,
authors).  This module reads the page once more, around those names, for what a role list
cannot hold:

- an author's office printed before the name (金华市委书记 朱重烈): kept with the credit;
- in a column of pieces by several units (一把手谈, then 洞头, 市委政研室 … each over a piece),
  the label over a piece that names its author's unit (中共温州市洞头区委书记 林霞) is the
  credit's unit, not a column: the piece stays in the column it is printed in;
- a closing （本报记者 李灿 整理） under a digest: 李灿 compiled every item of the digest (its
  lead and the pieces after it), and is not the last piece's reporter;
- a picture credited at the end of a caption (省商务厅供图, 新华社 供图): 供图, a person or an
  organisation.

Plain Python, no Django: reads only ``ParsedPage``/``ParsedArticle`` fields and the page text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

REPORTER, CORRESPONDENT, PHOTOGRAPHER, AUTHOR = "reporter", "correspondent", "photographer", "author"
COMPILER, PICTURES, EDITOR = "compiler", "pictures", "editor"
_PARSED_ROLES = (
    ("reporters", REPORTER),
    ("correspondents", CORRESPONDENT),
    ("photographers", PHOTOGRAPHER),
    ("authors", AUTHOR),
)
#: An office printed before a name: no sentence inside, and not too long to be a title.
_OFFICE_MAX = 40
_SENTENCE = re.compile(r"[。！？；，,!?;：:“”\"]")
_COMPILED = re.compile(
    r"[（(]\s*(?:本报)?(?:记者|通讯员)?\s*([^\s（）()]{2,4}(?:\s+[^\s（）()]{2,4})*)\s*整理\s*[）)]"
)
_PICTURES = re.compile(r"(?:^|[。！？\s（(])([^\s。！？，,（）()]{2,12}?)\s*供图\s*[）)]?\s*$")


@dataclass
class PrintedCredit:
    role: str
    name: str
    office: str = ""
    unit: str = ""


@dataclass
class ArticleCredits:
    """One story's credits as printed, and its column once author units are told apart."""

    credits: list[PrintedCredit] = field(default_factory=list)
    column: str | None = None


def printed_credits(page, text: str) -> list[ArticleCredits]:
    """For each story of ``page`` (a ParsedPage of ``text``), in order: its credits and column."""
    lines = [line.strip().lstrip("#").strip() for line in text.splitlines()]
    result = []
    for article in page.articles:
        credits = [
            PrintedCredit(role, name, office=_office(lines, name) if role == AUTHOR else "")
            for attr, role in _PARSED_ROLES
            for name in getattr(article, attr) or ()
        ]
        result.append(ArticleCredits(credits=credits, column=article.column))
    _units_in_columns(page, result)
    _closing_compiler(page, text, result)
    _picture_credits(page, text, result)
    return result


def _office(lines: list[str], name: str) -> str:
    """The office printed before ``name`` on its own line (金华市委书记 朱重烈 → 金华市委书记)."""
    for line in lines:
        if line.endswith(name) and line != name:
            office = line[: -len(name)].strip()
            if office and len(office) <= _OFFICE_MAX and not _SENTENCE.search(office.replace("、", "")):
                return office
    return ""


def _units_in_columns(page, result: list[ArticleCredits]) -> None:
    """A column label naming its author's unit is the credit's unit; the piece keeps the column above."""
    current_column = None
    for article, found in zip(page.articles, result, strict=True):
        label = (article.column or "").strip()
        offices = [credit for credit in found.credits if credit.office]
        if label and offices and any(label in credit.office for credit in offices):
            for credit in offices:
                if label in credit.office:
                    credit.unit = label
            found.column = current_column
            continue
        if label:
            current_column = label


def _closing_compiler(page, text: str, result: list[ArticleCredits]) -> None:
    """（本报记者 李灿 整理） signs the digest it closes: the pieces before it, and their lead."""
    for match in _COMPILED.finditer(text):
        names = match[1].split()
        signed = next(
            (
                index
                for index, found in enumerate(result)
                if all(any(c.name == name for c in found.credits) for name in names)
            ),
            None,
        )
        if signed is None:
            continue
        first = signed
        while first > 0 and _digest_piece(page.articles[first - 1]):
            first -= 1
        if first > 0 and not _credited(page.articles[first - 1]):
            first -= 1  # the digest's lead: its headline and editor's note, unsigned
        for index in range(first, signed + 1):
            found = result[index]
            found.credits = [c for c in found.credits if c.name not in names or c.role == AUTHOR]
            for name in names:
                found.credits.append(PrintedCredit(COMPILER, name))


def _digest_piece(article) -> bool:
    """A piece of a digest: signed by its authors alone, as a speech or a summary is."""
    return bool(article.authors) and not article.reporters and not article.correspondents


def _credited(article) -> bool:
    return any(getattr(article, attr) for attr, _ in _PARSED_ROLES)


def _picture_credits(page, text: str, result: list[ArticleCredits]) -> None:
    """供图 at the end of a caption, as printed: the parser may have set it apart from the text."""
    for article, found in zip(page.articles, result, strict=True):
        if not article.paragraphs:
            continue
        last = article.paragraphs[-1]
        printed = last
        tail = last[-30:]
        at = text.find(tail) if tail else -1
        if at >= 0:
            end = text.find("\n", at + len(tail))
            printed = last + text[at + len(tail) : end if end >= 0 else len(text)]
        match = _PICTURES.search(printed.rstrip())
        if match and not any(c.name == match[1] for c in found.credits):
            found.credits.append(PrintedCredit(PICTURES, match[1]))
