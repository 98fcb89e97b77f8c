"""PostgreSQL ``tsvector`` / ``tsquery`` literals, built in Python.

The literals are meant to be cast (``%s::tsvector``, ``%s::tsquery``), never parsed by
``to_tsvector``/``to_tsquery``: no server-side parser, dictionary or locale is involved, and
lexemes are stored exactly as produced here.

Limits of PostgreSQL respected here (``src/include/tsearch/ts_type.h``):

* a lexeme is at most 2046 bytes: longer tokens are dropped;
* positions run from 1 to 16383: larger ones are stored as 16383;
* a lexeme keeps at most 256 positions: later ones are dropped (PostgreSQL does the same);
* the lexemes of one ``tsvector`` total less than 1 MiB: once the budget is spent, new lexemes are
  dropped (only reachable with documents of several hundred thousand characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

MAX_LEXEME_BYTES = 2046
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
MAX_VECTOR_LEXEME_BYTES = 1_000_000

#: A query phrase is cut into chunks of at most this many bigrams (overlapping by one bigram):
#: PostgreSQL evaluates phrase operators recursively, so very long chains are avoided.
MAX_PHRASE_BIGRAMS = 32
#: At most this many lexemes in one tsquery; later ones are dropped, which only widens the match.
MAX_QUERY_LEXEMES = 256

WEIGHT_HEADLINE = "A"
WEIGHT_BODY = "B"

# A run is a maximal sequence of letters and digits (CJK ideographs are letters): \w minus "_".
_RUN = re.compile(r"[^\W_]+")


def quote_lexeme(lexeme: str) -> str:
    """``lexeme`` as a quoted tsvector/tsquery operand: quotes doubled, backslashes escaped."""
    if "\\" in lexeme:
        lexeme = lexeme.replace("\\", "\\\\")
    if "'" in lexeme:
        lexeme = lexeme.replace("'", "''")
    return f"'{lexeme}'"


def _fits(lexeme: str) -> bool:
    # Cheap test first: a character takes at most 4 bytes in UTF-8.
    return bool(lexeme) and (len(lexeme) * 4 <= MAX_LEXEME_BYTES or len(lexeme.encode()) <= MAX_LEXEME_BYTES)


def char_runs(text: str) -> list[str]:
    """Maximal runs of letters/digits of an already normalised, lower-cased text."""
    return _RUN.findall(text)


class _VectorBuilder:
    """Collects (lexeme, position, weight) and renders a tsvector literal."""

    __slots__ = ("entries", "budget")

    def __init__(self) -> None:
        self.entries: dict[str, list[str]] = {}
        self.budget = MAX_VECTOR_LEXEME_BYTES

    def add(self, lexeme: str, position: int, weight: str = "") -> None:
        positions = self.entries.get(lexeme)
        if positions is None:
            if not _fits(lexeme):
                return
            size = len(lexeme.encode())
            if size > self.budget:
                return
            self.budget -= size
            positions = self.entries[lexeme] = []
        elif len(positions) >= MAX_POSITIONS_PER_LEXEME:
            return
        if position >= MAX_POSITION:
            capped = f"{MAX_POSITION}{weight}"
            # Positions arrive in increasing order, so a capped one can only repeat the last.
            if positions and positions[-1].startswith(str(MAX_POSITION)):
                return
            positions.append(capped)
        else:
            positions.append(f"{position}{weight}")

    def literal(self) -> str:
        return " ".join(f"{quote_lexeme(lex)}:{','.join(pos)}" for lex, pos in self.entries.items())


def word_vector(headline_tokens: Sequence[str], body_tokens: Sequence[str]) -> str:
    """tsvector literal of search tokens: headline ones weighted A, body ones B, numbered in order."""
    builder = _VectorBuilder()
    position = 0
    for tokens, weight in ((headline_tokens, WEIGHT_HEADLINE), (body_tokens, WEIGHT_BODY)):
        for token in tokens:
            position += 1
            builder.add(token, position, weight)
    return builder.literal()


def bigram_vector(runs: Iterable[str]) -> str:
    """tsvector literal of the overlapping character bigrams of ``runs``.

    Inside a run, bigram *i* is at position *p + i*, so a substring of the run is found as the
    phrase of its bigrams.  The last character of every run is also stored, as a one-character
    lexeme at the position of the run's last bigram: with it, a prefix query ``'x':*`` finds every
    occurrence of the character ``x`` (as the first half of a bigram, or as a run's last character),
    and a run of one character is simply that character.  One position is left empty between runs,
    so a phrase never spans two runs.
    """
    builder = _VectorBuilder()
    add = builder.add
    position = 1
    for run in runs:
        for i in range(len(run) - 1):
            add(run[i : i + 2], position)
            position += 1
        if len(run) > 1:
            add(run[-1], position - 1)
        else:
            add(run, position)
            position += 1
        position += 1
    return builder.literal()


def word_query(tokens: Iterable[str]) -> str | None:
    """tsquery literal requiring every token (AND), or None when there is none."""
    operands: dict[str, None] = {}
    for token in tokens:
        if _fits(token):
            operands[quote_lexeme(token)] = None
            if len(operands) >= MAX_QUERY_LEXEMES:
                break
    return " & ".join(operands) or None


def _phrases(run: str) -> list[tuple[str, int]]:
    """(tsquery operand, lexeme count) parts matching ``run`` as a substring."""
    if len(run) == 1:
        return [(f"{quote_lexeme(run)}:*", 1)]
    bigrams = [quote_lexeme(run[i : i + 2]) for i in range(len(run) - 1)]
    parts = []
    start = 0
    while True:
        chunk = bigrams[start : start + MAX_PHRASE_BIGRAMS]
        parts.append((chunk[0] if len(chunk) == 1 else "(" + " <-> ".join(chunk) + ")", len(chunk)))
        if start + MAX_PHRASE_BIGRAMS >= len(bigrams):
            return parts
        start += MAX_PHRASE_BIGRAMS - 1


def bigram_query(terms: Iterable[str]) -> str | None:
    """tsquery literal over a bigram vector requiring every term as a substring (AND).

    ``terms`` are normalised, lower-cased query terms.  Each run of letters/digits of a term becomes
    the phrase of its bigrams (a one-character run: a prefix match on that character, see
    :func:`bigram_vector`).  Runs longer than :data:`MAX_PHRASE_BIGRAMS` + 1 characters become
    several overlapping phrases, and at most :data:`MAX_QUERY_LEXEMES` lexemes are used: both only
    ever widen the match, never narrow it.
    """
    operands: dict[str, None] = {}
    budget = MAX_QUERY_LEXEMES
    for term in terms:
        for run in char_runs(term):
            for operand, size in _phrases(run):
                if operand in operands:
                    continue
                if size > budget:
                    return " & ".join(operands) or None
                operands[operand] = None
                budget -= size
    return " & ".join(operands) or None
