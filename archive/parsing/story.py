"""A story as the rules read it off a page: its headline lines, its pieces of text, its credits."""

from __future__ import annotations

from dataclasses import dataclass, field

from .bylines import Credits, editors_sign_off
from .classify import (
    BODY,
    HEAD,
)
from .lines import (
    Line,
    enumerated,
)
from .paragraphs import Piece
from .photos import ends_story

TEXT_WINDOW = 600  # characters of text compared when matching headlines to stories


@dataclass(eq=False)
class Story:
    parts: list[Line] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)  # headline-shaped lines inside the text
    credits: Credits = field(default_factory=Credits)
    dateline: str | None = None
    column: str | None = None
    continues_to: str | None = None
    continued_from: str | None = None
    closed: bool = False
    by_lead: bool = False  # opened by a lead-in with no headline above it
    guessed: bool = False  # text that no headline or lead-in claims
    broken: bool = False  # the next text starts a paragraph, whatever the text before ends with

    def awaiting_body(self) -> bool:
        return not self.closed and not self.pieces

    def text(self, limit: int = TEXT_WINDOW) -> str:
        chunks, size = [], 0
        for piece in self.pieces:
            chunks.append(piece.text)
            size += len(piece.text)
            if size >= limit:
                break
        return " ".join(chunks)[:limit]

    def take_credits(self, credits: Credits) -> None:
        """Credits printed in brackets, with the dateline some papers print there at the story's end."""
        self.credits.merge(credits)
        self.dateline = self.dateline or credits.dateline

    def add(self, text: str, line: Line, head: bool = False) -> None:
        if text:
            self.pieces.append(Piece(text, line, head, after_break=self.broken))
            self.broken = editors_sign_off(text)  # ——编者 ends the editors' note, open as it reads
            if head:
                self.heads.append(text)
        if line.closing is not None:
            self.take_credits(line.closing)
            self.closed = True
        if line.continues_to:
            self.continues_to = line.continues_to
            self.closed = True
        if text and ends_story(text):
            self.closed = True  # agency copy signs off with （完）


def run_end(lines: list[Line], i: int) -> int:
    """Where the run of headline-shaped lines from ``i`` ends.  A numbered heading (一、…, （二）…)
    is a subhead of a text, never a line of a headline block: it stands in a run of its own."""
    j = i
    while j < len(lines) and lines[j].kind == HEAD and lines[j].photo is None:
        if j > i and enumerated(lines[j].text) and not lines[j].md:
            break
        j += 1
    return j


def text_below(lines: list[Line], j: int) -> str:
    chunks, size = [], 0
    while j < len(lines) and size < TEXT_WINDOW:
        line = lines[j]
        if line.photo is not None or line.kind != BODY:
            break  # the next story's headline or lead-in is not this headline's text
        chunk = line.text
        chunks.append(chunk)
        size += len(chunk)
        j += 1
    return " ".join(chunks)
