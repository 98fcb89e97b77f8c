"""Word lists: the project's default dictionary files and text normalisation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

_PACKAGE = "archive"
_DICTIONARY_DIR = "dictionary"


# Characters NFKC maps to something else that matters for search: full-width letters and digits
# and the symbols jieba treats as word characters (# % & + - . _), the ideographic space and other
# spaces, circled/parenthesised numbers, number forms, Kangxi radicals and CJK compatibility
# ideographs (PDF text layers use them for ordinary characters), half-width katakana/hangul,
# ligatures, mathematical alphanumerics.  Full-width punctuation (，。（）：) is left alone: it
# separates words either way, and it is most of what NFKC would change in Chinese text.
_COMPATIBILITY = re.compile(
    "[\u00a0-\u00bf\u2000-\u200a\u2150-\u218f\u2460-\u24ff\u2f00-\u2fdf\u3000\u3200-\u33ff"
    "\uf900-\ufaff\ufb00-\ufb06\ufe30-\ufe4f\ufe50-\ufe6f\uff03\uff05\uff06\uff0b\uff0d\uff0e"
    "\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a\uff61-\uffef\U0001d400-\U0001d7ff"
    "\U0002f800-\U0002fa1f]+"
)


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def normalize_text(text: str) -> str:
    """Map compatibility characters to their ordinary form (NFKC) and drop NULs.

    ``ＡＢＣ１２３`` becomes ``ABC123``, ``①`` becomes ``1``, a Kangxi radical ``⽇`` becomes
    ``日``.  Documents, queries, terms and stopwords all go through this, so that a full-width
    ``５Ｇ`` on a page and ``5g`` typed by a reader meet.  Only the characters listed in
    ``_COMPATIBILITY`` are touched (a full NFKC pass costs more than segmenting the text).
    """
    if not text:
        return ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if text.isascii():
        return text
    return _COMPATIBILITY.sub(_nfkc, text)


def parse_word_list(lines: Iterable[str]) -> list[str]:
    """Entries of a word-list file: one per line, order kept, duplicates dropped.

    Blank lines and lines starting with ``#`` are ignored; a ``#`` elsewhere is part of the entry
    (``C#`` is a word).
    """
    words: list[str] = []
    seen: set[str] = set()
    for line in lines:
        word = line.strip().lstrip("\ufeff")
        if word and not word.startswith("#") and word not in seen:
            seen.add(word)
            words.append(word)
    return words


def clean_terms(terms: Iterable[str]) -> tuple[str, ...]:
    """Dictionary terms as the segmenter uses them: normalised, non-empty, without inner whitespace.

    A term containing whitespace can never be produced by the segmenter (it splits on whitespace),
    so such entries are dropped rather than silently mis-handled.
    """
    out: dict[str, None] = {}
    for term in terms:
        if not isinstance(term, str):
            continue
        word = normalize_text(term).strip()
        if word and not any(ch.isspace() for ch in word) and any(ch.isalnum() for ch in word):
            out[word] = None
    return tuple(out)


def clean_stopwords(stopwords: Iterable[str]) -> frozenset[str]:
    """Stopwords as compared at run time: normalised and lower-cased."""
    return frozenset(
        normalize_text(word).strip().lower() for word in stopwords if isinstance(word, str) and word.strip()
    )


def _read_default(name: str) -> tuple[str, ...]:
    path = resources.files(_PACKAGE).joinpath(_DICTIONARY_DIR, name)
    return tuple(parse_word_list(path.read_text(encoding="utf-8").splitlines()))


@cache
def load_default_terms() -> tuple[str, ...]:
    """The terms of ``archive/dictionary/terms.txt`` (read once, then cached)."""
    return _read_default("terms.txt")


@cache
def load_default_stopwords() -> tuple[str, ...]:
    """The words of ``archive/dictionary/stopwords.txt`` (read once, then cached)."""
    return _read_default("stopwords.txt")
