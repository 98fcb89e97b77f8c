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

import bisect
import itertools
import operator
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

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
_STRADDLING_ITEM = re.compile(rf"'{RUN_END}[^']*':\d+[A-D]? ")


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


@cache
def _weighted_suffixes(weight: str) -> tuple[str, ...]:
    """Like ``_POSITION_SUFFIXES``, each position labelled with ``weight``."""
    if not weight:
        return _POSITION_SUFFIXES
    return tuple(f"':{position}{weight} '" for position in range(MAX_POSITION))


def weighted_bigram_vector(parts: Sequence[tuple[Sequence[str], str]]) -> str:
    """tsvector literal of the bigrams of several fields, each ``(runs, weight)``, in that order.

    The same lexemes as :func:`bigram_vector` of all the runs, each position labelled with its
    field's weight (``"A"``, ``"B"``, ``"C"``, or ``""`` for D): a query restricted to a weight
    (``'营商':A``) then finds the field alone, and ``ts_rank`` weighs the fields apart.
    """
    texts = [(RUN_END.join(runs) + RUN_END, weight) for runs, weight in parts if runs]
    if not texts:
        return ""
    total = sum(len(text) for text, _ in texts)
    if total < MAX_POSITION and total <= FAST_FORM_MAX_CHARS:
        pieces, offset = [], 0
        for text, weight in texts:
            pairs = map(operator.add, text, text[1:])
            suffixes = _weighted_suffixes(weight)[offset + 1 : offset + len(text)]
            literal = "'" + "".join(map(operator.add, pairs, suffixes))
            pieces.append(_STRADDLING_ITEM.sub("", literal)[:-2])
            offset += len(text)
        return " ".join(piece for piece in pieces if piece)
    entries: defaultdict[str, list[int]] = defaultdict(list)
    ends, offset = [], 0
    for text, weight in texts:
        for position, pair in enumerate(map(operator.add, text, text[1:]), offset + 1):
            if pair[0] != RUN_END:
                entries[pair].append(position)
        offset += len(text)
        ends.append((offset, weight))
    entries = _clipped(entries)
    bounds = [end for end, _ in ends]

    def label(position: int) -> str:
        return ends[min(bisect.bisect_left(bounds, position), len(ends) - 1)][1]

    return " ".join(
        f"'{lexeme}':" + ",".join(f"{p}{label(p)}" for p in positions)
        for lexeme, positions in entries.items()
    )


# -- reader queries: phrases, exclusions, alternatives and fields ----------------------------------


def _operand(lexeme: str, weight: str, prefix: bool = False) -> str:
    suffix = ("*" if prefix else "") + weight
    return quote_lexeme(lexeme) + (f":{suffix}" if suffix else "")


def _chain_items(runs: Sequence[str], weight: str) -> list[tuple[str, int]]:
    """(operand, distance from the previous one) of consecutive ``runs`` as one phrase.

    Every run but the last ends where the document's run ends (its final-character lexeme), and
    the next run starts two positions further (the pair straddling the runs is not stored); the
    first run may start inside a longer run, the last may stop inside one.
    """
    items: list[tuple[str, int]] = []
    last = len(runs) - 1
    for index, run in enumerate(runs):
        operands = [_operand(run[i : i + 2], weight) for i in range(len(run) - 1)]
        if index < last:
            operands.append(_operand(run[-1] + RUN_END, weight))
        elif len(run) == 1:
            operands.append(_operand(run, weight, prefix=True))
        for position, operand in enumerate(operands):
            items.append((operand, (2 if index else 0) if position == 0 else 1))
    return items


def _chain(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Phrase operands of ``items``, cut into overlapping chunks (only ever widening the match)."""
    parts = []
    start = 0
    while True:
        chunk = items[start : start + MAX_PHRASE_BIGRAMS]
        text = chunk[0][0]
        for operand, distance in chunk[1:]:
            text += (" <-> " if distance == 1 else f" <{distance}> ") + operand
        parts.append((text if len(chunk) == 1 else f"({text})", len(chunk)))
        if start + MAX_PHRASE_BIGRAMS >= len(items):
            return parts
        start += MAX_PHRASE_BIGRAMS - 1


def clause_parts(text: str, *, phrase: bool = False, weight: str = "") -> list[tuple[str, int]]:
    """(operand, lexeme count) parts, all required, matching ``text`` (normalised, folded, lower-cased).

    Without ``phrase`` each run of letters/digits of ``text`` is a substring anywhere (as
    :func:`bigram_query`); with it the runs follow one another, whatever punctuation or spaces
    separate them in the document.  ``weight`` restricts the match to the fields of that weight.
    """
    runs = char_runs(text)
    if not runs:
        return []
    if not phrase or len(runs) == 1:
        return [part for run in runs for part in _chain(_chain_items([run], weight))]
    alternatives = []
    for joined in _joinings(len(runs) - 1):
        # A space typed between two words of a phrase may stand for nothing in the article
        # (出口 增长 in 出口增长两成) or for the punctuation or space printed there.
        merged = [runs[0]]
        for run, join in zip(runs[1:], joined, strict=True):
            if join:
                merged[-1] += run
            else:
                merged.append(run)
        parts = _chain(_chain_items(merged, weight))
        alternatives.append((" & ".join(operand for operand, _ in parts), sum(size for _, size in parts)))
    if len(alternatives) == 1:
        return alternatives
    return [
        (
            "(" + " | ".join(f"({operand})" for operand, _ in alternatives) + ")",
            sum(n for _, n in alternatives),
        )
    ]


#: A phrase with more gaps than this joins all of them or none (not every combination).
MAX_PHRASE_GAPS = 3


def _joinings(gaps: int) -> list[tuple[bool, ...]]:
    if gaps <= MAX_PHRASE_GAPS:
        return list(itertools.product((False, True), repeat=gaps))
    return [(False,) * gaps, (True,) * gaps]
