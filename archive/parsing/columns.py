"""Columns printed side by side in one text row, as an extraction that keeps the page's layout
writes them (pdftotext -layout): each row holds a row of every column, a wide run of spaces
between them.  Read column by column, each from top to bottom, the page reads as printed.

The gutters are found where the rows' pieces start: on a page set in columns most rows hold two
pieces or more, and the pieces after the first start at one of a few offsets, the same row after
row.  A table's rows or a headline set with wide spaces hold such gaps too, but on a few rows
only, and their pieces start anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# spaces between columns, wider than a word's (ideographic spaces set a paragraph or a headline in)
_GAP = re.compile(r"[ \u00a0]{3,}|\t+")
_ROWS_MIN = 8  # rows of text on a page before its gutters say anything
_SPLIT_SHARE = 0.4  # of the rows, how many hold pieces of two columns or more
_PIECE_MIN = 8  # characters of a column's row, on average: prose, not a table's cells or letter-spaced type
_ALIGN = 2  # cells a column's rows may start off its gutter (a paragraph's indent, a rounding)
_GUTTER_SHARE = 0.25  # of the rows holding several pieces, how many start a piece at one gutter
_SPACED_MIN, _SPACED_CHARS = 3, 2  # pieces of a row, and characters of each, of letter-spaced type
_SET_IN = 3  # characters a headline centred over a block is set in by, more than a paragraph


def _width(text: str) -> int:
    """Display cells: a Chinese character is two cells wide."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pieces(row: str, wide: bool) -> list[tuple[int, str, str]]:
    """The pieces of a row between wide gaps: each with the offset it starts at (in characters, or
    in display cells with ``wide``) and the spaces before it."""
    out = []
    start = 0
    for end, after in [(m.start(), m.end()) for m in _GAP.finditer(row)] + [(len(row), len(row))]:
        piece = row[start:end]
        if piece.strip():
            at = start + len(piece) - len(piece.lstrip(" \u00a0"))
            lead = row[:at][len(row[:at].rstrip(" \u00a0")) :]
            out.append((_width(row[:at]) if wide else at, piece[at - start :].rstrip(), lead))
        start = after
    if len(out) >= _SPACED_MIN and all(len(text) <= _SPACED_CHARS for _, text, _ in out):
        # big type set a character at a time (新   安   大   桥): one headline, not columns
        return [(out[0][0], " ".join(text for _, text, _ in out), out[0][2])]
    return out


def _gutters(rows: list[list[tuple[int, str, str]]]) -> list[int]:
    """Offsets where the pieces after a row's first start, on enough rows to be a column's edge."""
    split = [pieces for pieces in rows if len(pieces) >= 2]
    starts = Counter(offset for pieces in split for offset, _, _ in pieces[1:])
    gutters: list[int] = []
    for offset, _ in starts.most_common():
        if any(abs(offset - g) <= 2 * _ALIGN for g in gutters):
            continue
        near = sum(n for o, n in starts.items() if abs(o - offset) <= _ALIGN)
        if near >= _GUTTER_SHARE * len(split):
            gutters.append(offset)
    return sorted(gutters)


Rows = list[list[tuple[int, str, str]]]


def _runs(rows: Rows) -> list[tuple[int, int]]:
    """(start, end) of each run of rows between blank rows."""
    out, start = [], None
    for k, pieces in enumerate([*rows, []]):
        if pieces and start is None:
            start = k
        elif not pieces and start is not None:
            out.append((start, k))
            start = None
    return out


def _layout(lines: list[str], wide: bool) -> tuple[float, list[list[int]], Rows, bool] | None:
    """(how well the rows' pieces keep to the gutters, each row's gutters, the rows' pieces,
    ``wide``), measuring offsets in characters or, with ``wide``, in display cells; None for a page
    in one column.  The page's gutters hold for every row, unless the rows keep to them too
    loosely: then each run of rows between blank rows keeps to gutters of its own (a story over
    two columns above others over three), a run too short to show its own keeping the last's."""
    rows = [_pieces(line, wide) for line in lines]
    text_rows = [pieces for pieces in rows if pieces]
    if len(text_rows) < _ROWS_MIN:
        return None
    split = [pieces for pieces in text_rows if len(pieces) >= 2]
    if len(split) < _SPLIT_SHARE * len(text_rows):
        return None
    sizes = [len(text) for pieces in split for _, text, _ in pieces]
    if sum(sizes) < _PIECE_MIN * len(sizes):
        return None
    gutters = _gutters(rows)
    if gutters and (placed := _placed(split, gutters)) >= 1 - _GUTTER_SHARE:
        return placed, [gutters] * len(rows), rows, wide
    own: list[list[int]] = [[] for _ in rows]
    last: list[int] = []
    for start, end in _runs(rows):
        run = rows[start:end]
        if sum(len(pieces) >= 2 for pieces in run) >= _RUN_SPLIT_MIN:
            last = _gutters(run)
        for k in range(start, end):
            own[k] = last
    kept = sum(_placed([pieces], own[k]) for k, pieces in enumerate(rows) if len(pieces) >= 2 and own[k])
    placed = kept / len(split)
    if placed < 1 - _GUTTER_SHARE:
        return None
    return placed, own, rows, wide


_RUN_SPLIT_MIN = 3  # rows of pieces side by side that show a run's own gutters


def _placed(split: Rows, gutters: list[int]) -> float:
    """Of the rows holding several pieces, how many start them at the gutters, nowhere else."""
    return sum(
        all(any(abs(offset - g) <= _ALIGN for g in gutters) for offset, _, _ in pieces[1:])
        for pieces in split
    ) / len(split)


def _set_in(lead: str, by: int, wide: bool) -> str:
    """The end of the spaces before a piece that set it in ``by`` characters (or display cells)
    from its column's edge."""
    kept = ""
    for ch in reversed(lead):
        if (_width(ch + kept) if wide else len(ch + kept)) > by:
            break
        kept = ch + kept
    return kept


def _heads_a_block(pieces: list[tuple[int, str, str]], gutters: list[int], wide: bool) -> bool:
    """A row of one piece set across the columns or centred over them: the headline of the block
    of columns under it, which are read before the next block's."""
    if len(pieces) != 1:
        return False
    offset, piece, _ = pieces[0]
    end = offset + (_width(piece) if wide else len(piece))
    across = any(offset < g - _ALIGN and end > g + _ALIGN for g in gutters)
    centred = offset >= (2 if wide else 1) * _SET_IN and not any(abs(offset - g) <= _ALIGN for g in gutters)
    return across or centred


def _read_columns(rows: list[list[tuple[int, str, str]]], edges: list[int], wide: bool) -> list[str]:
    columns: list[list[str]] = [[] for _ in edges]
    for pieces in rows:
        filled = [False] * len(edges)
        for offset, piece, lead in pieces:
            k = max(i for i, edge in enumerate(edges) if i == 0 or offset >= edge - _ALIGN)
            # a paragraph's first row, or a headline, set in from its column's edge keeps the
            # spaces it is set in by
            columns[k].append(_set_in(lead, offset - edges[k], wide) + piece)
            filled[k] = True
        for k, was in enumerate(filled):
            if not was:
                columns[k].append("")  # the column is blank beside the others' text
    # a column's last row runs on into the next column's first
    return ["\n".join(column).strip("\n") for column in columns if any(column)]


def unfold_columns(text: str) -> str:
    """The text of a page whose columns an extraction set side by side, read block by block and
    in each block column after column; any other text as it is."""
    lines = text.split("\n")
    if sum(1 for line in lines if "   " in line or "\t" in line) < _SPLIT_SHARE * _ROWS_MIN:
        return text  # (most pages: no row holds a wide gap at all; asked cheaply of a huge one)
    # an extraction pads a row to where the next column starts in characters, or in display cells
    found = [layout for wide in (False, True) if (layout := _layout(lines, wide)) is not None]
    if not found:
        return text
    _, gutters, rows, wide = max(found, key=lambda layout: layout[0])
    out: list[str] = []
    block: Rows = []
    edges: frozenset[int] = frozenset()  # the gutters the block's rows keep to
    for start, end in [(s, e) for s, e in _runs(rows)] + [(len(rows), len(rows))]:
        # the blank rows before the run, then the run: set in other columns than the block's, it
        # opens a block of its own (two columns over three), read after the block above
        run = rows[start:end]
        kept = _kept_gutters(run, gutters[start]) if run else frozenset()
        if kept and edges and kept != edges:
            out += _read_columns(block, [0, *sorted(edges)], wide)
            block, edges = [], frozenset()
        edges = edges or kept
        for k in range(start, end):
            pieces = rows[k]
            if _heads_a_block(pieces, gutters[k], wide):
                # a headline across or centred over the block under it
                out += _read_columns(block, [0, *sorted(edges or gutters[k])], wide)
                block = []
                _, piece, lead = pieces[0]
                out.append(lead + piece)
            else:
                block.append(pieces)
        blank = end
        while blank < len(rows) and not rows[blank]:
            block.append([])
            blank += 1
    out += _read_columns(block, [0, *sorted(edges or (gutters[-1] if gutters else []))], wide)
    return "\n".join(out) + "\n"


def _kept_gutters(rows: Rows, gutters: list[int]) -> frozenset[int]:
    """The gutters that a run of rows starts its pieces at, on enough of its rows to be its
    columns' edges; none for a run of one column."""
    split = [pieces for pieces in rows if len(pieces) >= 2]
    starts: Counter[int] = Counter()
    for pieces in split:
        for offset, _, _ in pieces[1:]:
            near = [g for g in gutters if abs(offset - g) <= _ALIGN]
            starts.update(near[:1])
    return frozenset(g for g, n in starts.items() if n >= _GUTTER_SHARE * len(split))
