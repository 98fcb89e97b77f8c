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

import operator
import re
from collections import defaultdict
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
    """Whether ``lexeme`` is a non-empty string PostgreSQL accepts as a lexeme."""
    # Cheap test first: a character takes at most 4 bytes in UTF-8.
    return bool(lexeme) and (len(lexeme) * 4 <= MAX_LEXEME_BYTES or len(lexeme.encode()) <= MAX_LEXEME_BYTES)


def char_runs(text: str) -> list[str]:
    """Maximal runs of letters/digits of an already normalised, lower-cased text."""
    return _RUN.findall(text)


def _clipped(entries: dict[str, list[int]]) -> dict[str, list[int]]:
    """``entries`` within PostgreSQL's limits, lexemes escaped for quoting (the slow, rare path)."""
    out: dict[str, list[int]] = {}
    budget = MAX_VECTOR_LEXEME_BYTES
    for lexeme, positions in entries.items():
        size = len(lexeme.encode())
        if size > MAX_LEXEME_BYTES:
            continue
        budget -= size
        if budget < 0:
            break
        kept = positions[:MAX_POSITIONS_PER_LEXEME]
        if kept[-1] >= MAX_POSITION:
            kept = [p for p in kept if p < MAX_POSITION] + [MAX_POSITION]
        out[quote_lexeme(lexeme)[1:-1]] = kept
    return out


def _render(entries: dict[str, list[int]], last_position: int, boundary: int | None = None) -> str:
    """tsvector literal of ``lexeme -> increasing positions`` (positions up to ``last_position``).

    Without ``boundary`` positions carry no weight label; with it, positions up to ``boundary``
    are weighted A (headline) and later ones B (body).
    """
    if not entries:
        return ""
    keys = "".join(entries)
    if (
        "'" in keys
        or "\\" in keys
        or last_position >= MAX_POSITION
        or len(keys) * 4 > MAX_VECTOR_LEXEME_BYTES
        or max(map(len, entries)) * 4 > MAX_LEXEME_BYTES
    ):
        entries = _clipped(entries)
    limit = MAX_POSITIONS_PER_LEXEME
    if boundary is None:
        items = [
            f"'{lex}':{ps[0]}" if len(ps) == 1 else f"'{lex}':{','.join(map(str, ps[:limit]))}"
            for lex, ps in entries.items()
        ]
    else:
        a, b = WEIGHT_HEADLINE, WEIGHT_BODY
        items = [
            f"'{lex}':{ps[0]}{a if ps[0] <= boundary else b}"
            if len(ps) == 1
            else f"'{lex}':{','.join([f'{p}{a}' if p <= boundary else f'{p}{b}' for p in ps[:limit]])}"
            for lex, ps in entries.items()
        ]
    return " ".join(items)


#: Below this many characters the fast literal form is used (see :func:`_fast_form_ok`).
FAST_FORM_MAX_CHARS = 100_000


def _fast_form_ok(lexemes: Sequence[str], count: int) -> bool:
    """Whether ``count`` items over ``lexemes`` can be written one item per occurrence.

    PostgreSQL merges repeated lexemes of a tsvector literal on input (sorting, dropping duplicate
    positions, keeping at most 256 of them), so ``'a':1 'b':2 'a':3`` is ``'a':1,3 'b':2``; writing
    one item per occurrence is much cheaper in Python than grouping.  The fast form needs no
    escaping, lexemes of acceptable length, positions below 16383 and a bounded input size
    (PostgreSQL limits the lexeme bytes of the literal, duplicates included, to 1 MiB).
    """
    if count >= MAX_POSITION or count > FAST_FORM_MAX_CHARS:
        return False
    joined = "".join(lexemes)
    return (
        "'" not in joined
        and "\\" not in joined
        and len(joined) * 4 <= MAX_VECTOR_LEXEME_BYTES
        and max(map(len, lexemes), default=0) * 4 <= MAX_LEXEME_BYTES
    )


def word_vector(headline_tokens: Sequence[str], body_tokens: Sequence[str]) -> str:
    """tsvector literal of search tokens: headline ones weighted A, body ones B, numbered in order."""
    boundary = len(headline_tokens)
    tokens = [*headline_tokens, *body_tokens]
    if _fast_form_ok(tokens, len(tokens)):
        a, b = WEIGHT_HEADLINE, WEIGHT_BODY
        items = [f"'{t}':{p}{a}" for p, t in enumerate(headline_tokens, 1)]
        items += [f"'{t}':{p}{b}" for p, t in enumerate(body_tokens, boundary + 1)]
        return " ".join(items)
    entries: defaultdict[str, list[int]] = defaultdict(list)
    for position, token in enumerate(tokens, 1):
        entries[token].append(position)
    return _render(entries, len(tokens), boundary)


#: Ends every run in :func:`bigram_vector`; no run contains it (runs are letters and digits only).
RUN_END = "_"
# " ':<position> '" for every position, so that a bigram item is two concatenations.
_POSITION_SUFFIXES = tuple(f"':{position} '" for position in range(MAX_POSITION))
# The pairs that start with RUN_END straddle two runs: they are dropped from the literal.
_STRADDLING_ITEM = re.compile(rf"'{RUN_END}[^']*':\d+ ")


def bigram_vector(runs: Sequence[str]) -> str:
    """tsvector literal of the overlapping character bigrams of ``runs``.

    Inside a run, consecutive bigrams have consecutive positions, so a substring of the run is
    found as the phrase of its bigrams.  Every run ends with a lexeme of its last character and
    :data:`RUN_END` (``'境_'``) at the position after its last bigram: with it, a prefix query
    ``'x':*`` finds every occurrence of the character ``x`` (as the first half of a bigram, or as a
    run's last character), a run of one character is found too, and no phrase spans two runs.
    """
    if not runs:
        return ""
    # Position k is the k-th character of the runs joined by RUN_END (the bigram starting there).
    text = RUN_END.join(runs) + RUN_END
    if len(text) < MAX_POSITION and len(text) <= FAST_FORM_MAX_CHARS:
        # One item per occurrence (PostgreSQL merges repeated lexemes), built by C-level loops:
        # this is a hot path of the import.
        pairs = map(operator.add, text, text[1:])
        literal = "'" + "".join(map(operator.add, pairs, _POSITION_SUFFIXES[1 : len(text)]))
        return _STRADDLING_ITEM.sub("", literal)[:-2]
    entries: defaultdict[str, list[int]] = defaultdict(list)
    for position, pair in enumerate(map(operator.add, text, text[1:]), 1):
        if pair[0] != RUN_END:
            entries[pair].append(position)
    return _render(entries, len(text))


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
