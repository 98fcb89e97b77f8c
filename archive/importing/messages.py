"""The importer's messages as an editor reads them: in Chinese, through Django's translations.

The importer and the page-file reader are shared with the command line, whose users read English
and ``--force``; their messages stay English there.  The admin shows each one through
:func:`readable`, which recognises the message and gives its translation with the same values
(file names, sizes, counts).  A message not recognised is shown as it is.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext_lazy as _

_ANY = r"(?P<detail>.+)"
#: (the message as the importer writes it, its template for translation)
MESSAGES = [
    (r"file not found", _("file not found")),
    (r"no such file or folder", _("no such file or folder")),
    (r"is a folder, not a file", _("is a folder, not a file")),
    (rf"cannot be read \({_ANY}\)", _("cannot be read (%(detail)s)")),
    (
        r"file too large \((?P<size>[\d,]+) bytes; the limit is (?P<limit>[\d,]+)\)",
        _("file too large (%(size)s bytes; the limit is %(limit)s)"),
    ),
    (r"empty file", _("empty file")),
    (r"contains only whitespace", _("contains only whitespace")),
    (rf"invalid (?P<codec>[-\w]+) text \({_ANY}\)", _("invalid %(codec)s text (%(detail)s)")),
    (
        rf"cannot be decoded as UTF-8, UTF-16 or GB18030/GBK \({_ANY}\)",
        _("cannot be decoded as UTF-8, UTF-16 or GB18030/GBK (%(detail)s)"),
    ),
    (
        r"binary file \(contains NUL (?:bytes|characters)\), not page text",
        _("binary file (contains NUL bytes), not page text"),
    ),
    (
        r"binary file \((?P<share>\d+%) control characters\), not page text",
        _("binary file (%(share)s control characters), not page text"),
    ),
    (rf"the page could not be parsed \({_ANY}\)", _("the page could not be parsed (%(detail)s)")),
    (r"no article recognised on this page", _("no article recognised on this page")),
    (rf"(?P<manifest>\S+) is invalid: {_ANY}", _("%(manifest)s is invalid: %(detail)s")),
    (rf"database error: {_ANY}", _("database error: %(detail)s")),
    (
        r"the same text is already imported as «(?P<held>.*)» \(page (?P<pk>\d+)\), "
        r"and «(?P<place>.*)» holds other text; nothing changed",
        _(
            "the same text is already imported as «%(held)s» (page %(pk)s), and «%(place)s» holds other text; nothing changed"
        ),
    ),
    (
        r"not replaced: (?P<count>\d+) article\(s\) of «(?P<page>.*)» were corrected by an editor "
        r"\(re-run with --force to replace the other articles; corrected ones are always kept\)",
        _("not replaced: %(count)s article(s) of «%(page)s» were corrected by an editor"),
    ),
    (
        r"(?P<count>\d+) article\(s\) corrected by an editor kept as they were; "
        r"check them against the new text for duplicates",
        _(
            "%(count)s article(s) corrected by an editor kept as they were; check them against the new text for duplicates"
        ),
    ),
    (
        r"(?P<count>\d+) article\(s\) corrected by an editor kept as they were",
        _("%(count)s article(s) corrected by an editor kept as they were"),
    ),
    (r"the page held was removed meanwhile", _("the page held was removed meanwhile")),
    (rf"filed again as «(?P<page>.*)»: {_ANY}", _("filed again as «%(page)s»: %(detail)s")),
    (
        r"the same text is held already as «(?P<page>.*)»; not imported again",
        _("the same text is held already as «%(page)s»; not imported again"),
    ),
    (
        r"claims the same page as «(?P<held>.*)» \((?P<place>.*)\) with other text; not imported "
        r"\(check the two files; --force replaces the page\)",
        _("claims the same page as «%(held)s» (%(place)s) with other text; not imported"),
    ),
    (
        r"page number (?P<number>.+) is out of range \((?P<range>.+)\)",
        _("page number %(number)s is out of range (%(range)s)"),
    ),
    (
        r"(?P<count>[\d,]+) items on one page; the limit is (?P<limit>[\d,]+) .*",
        _("%(count)s items on one page; the limit is %(limit)s"),
    ),
    (rf"not finished: the run stopped \({_ANY}\)", _("not finished: the run stopped (%(detail)s)")),
    (rf"the database stopped answering \({_ANY}\)", _("the database stopped answering (%(detail)s)")),
    (rf"refused by the database: {_ANY}", _("refused by the database: %(detail)s")),
]
_COMPILED = [(re.compile(pattern, re.DOTALL), template) for pattern, template in MESSAGES]


def readable(message: str) -> str:
    """``message`` in the reader's language, with its values kept."""
    for pattern, template in _COMPILED:
        match = pattern.fullmatch(message or "")
        if match:
            return str(template) % match.groupdict()
    return message
