"""Parsing one newspaper page's text into its articles and pictures.

Pure Python: this package knows nothing of the database or of word segmentation.
"""

from __future__ import annotations

from .model import ParsedArticle, ParsedPage
from .page import add_warnings, parse

__all__ = ["ParsedArticle", "ParsedPage", "add_warnings", "parse_page"]


def parse_page(text: str) -> ParsedPage:
    """Parse a page; never raises, whatever the text."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    elif not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return parse(text)
    except Exception:  # a malformed page must not stop an import run of many thousands
        return ParsedPage(articles=[], warnings=["unknown_layout"])
