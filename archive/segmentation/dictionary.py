"""Word lists: the project's default dictionary files and text normalisation."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

_PACKAGE = "archive"
_DICTIONARY_DIR = "dictionary"


def normalize_text(text: str) -> str:
    """NFKC-normalise (full-width Latin letters, digits and punctuation become ASCII) and drop NULs.

    Documents, queries, terms and stopwords all go through this, so that ``ＡＢＣ１２３`` in a page
    and ``abc123`` typed by a reader meet.
    """
    if not text:
        return ""
    if "\x00" in text:
        text = text.replace("\x00", "")
    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


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
