"""The reader's terms marked in a headline, and the snippet of a body around them."""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive.folding import fold

SNIPPET_LENGTH = 120


def _pattern(terms) -> re.Pattern | None:
    terms = sorted({t for t in terms if t}, key=len, reverse=True)
    if not terms:
        return None
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


def highlight(text: str, terms) -> SafeString:
    """``text`` escaped, with every occurrence of a term wrapped in ``<mark>``.

    Terms are found in the folded text (營商 marks for 营商): folding keeps every offset.
    """
    pattern = _pattern(terms)
    text = text or ""
    if pattern is None:
        return escape(text)
    pieces, last = [], 0
    for match in pattern.finditer(fold(text)):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f"<mark>{escape(text[match.start() : match.end()])}</mark>")
        last = match.end()
    pieces.append(escape(text[last:]))
    return mark_safe("".join(pieces))  # every piece above is escaped


def snippet(body: str, terms, length: int = SNIPPET_LENGTH) -> SafeString:
    """A passage of ``body`` around the first occurrence of a term, highlighted and escaped."""
    text = " ".join((body or "").split())
    pattern = _pattern(terms)
    match = pattern.search(fold(text)) if pattern else None
    start = 0 if match is None else max(0, match.start() - length // 3)
    end = min(len(text), start + length)
    passage = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(escape(prefix) + highlight(passage, terms) + escape(suffix))
