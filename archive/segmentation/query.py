"""A reader's query syntax, turned into tsquery literals over the bigram document.

What a reader may type (documented on the search page):

* ``营商环境 温岭`` — every term, anywhere (each a substring of the headline, the credits, the
  dateline, the column, the paper or the body);
* ``"营商环境 温岭"`` (or “…”, 「…」) — the words one after the other, whatever punctuation or
  spaces stand between them in the article;
* ``-人大`` — not this term (also ``-"…"``);
* ``水泵 OR 电机`` — either (``|`` too); ``OR`` binds the terms on each side of it;
* ``标题:营商`` — in the headline only; ``作者:沈志江`` — among the credited people (the colon
  may be full-width, and a field takes a phrase too: ``标题:"优化 营商"``).

Traditional characters fold to simplified ones before anything else, exactly as in documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.folding import fold

from . import tsearch
from .dictionary import normalize_text

#: Field prefix → the weight its text carries in the bigram document.
FIELDS = {"标题": "A", "作者": "B"}
#: The weight of each part of the document (see ``Segmenter.document_vectors``).
HEADLINE, PEOPLE, PLACES, BODY = "A", "B", "C", ""
#: Longest query accepted (characters); the filter form refuses longer ones.
MAX_QUERY_LENGTH = 100
#: At most this many terms (phrases, exclusions and alternatives included) are used.
MAX_CLAUSES = 8
OR_WORDS = frozenset({"OR", "|"})

_TOKEN = re.compile(
    r"(?P<minus>-)?(?:(?P<field>" + "|".join(FIELDS) + r")[:：])?"
    r"(?:\"(?P<q1>[^\"]*)\"?|“(?P<q2>[^”]*)”?|「(?P<q3>[^」]*)」?|(?P<word>\S+))"
)


@dataclass(frozen=True)
class Clause:
    """One term of a query: its text (normalised, folded, lower-cased) and how it must occur."""

    text: str
    phrase: bool = False
    weight: str = ""
    excluded: bool = False

    def parts(self, weight: str | None = None) -> list[tuple[str, int]]:
        return tsearch.clause_parts(
            self.text, phrase=self.phrase, weight=self.weight if weight is None else weight
        )


@dataclass(frozen=True)
class ParsedQuery:
    """Groups of clauses: every group must hold; a group holds when any of its clauses does."""

    groups: tuple[tuple[Clause, ...], ...]

    @property
    def credited(self) -> tuple[tuple[Clause, ...], ...]:
        """Groups of one 作者: clause: the archive's credits answer them, not the text."""
        return tuple(group for group in self.groups if len(group) == 1 and group[0].weight == PEOPLE)

    @property
    def textual(self) -> tuple[tuple[Clause, ...], ...]:
        """The groups the bigram document answers."""
        return tuple(group for group in self.groups if group not in self.credited)

    @property
    def positive(self) -> tuple[tuple[Clause, ...], ...]:
        return tuple(group for group in self.textual if not group[0].excluded)

    @property
    def terms(self) -> tuple[str, ...]:
        """The texts to highlight: those of the clauses that are not excluded (a phrase's runs)."""
        found = []
        for group in self.positive:
            for clause in group:
                found += tsearch.char_runs(clause.text) if clause.phrase else [clause.text]
        return tuple(dict.fromkeys(found))

    @property
    def names(self) -> tuple[str, ...]:
        """Texts that may be a person's name: the terms sought outside the headline field."""
        return tuple(
            dict.fromkeys(
                clause.text.strip()
                for group in (*self.positive, *self.people_sought)
                for clause in group
                if clause.weight != HEADLINE and clause.text.strip()
            )
        )

    @property
    def people_sought(self) -> tuple[tuple[Clause, ...], ...]:
        return tuple(group for group in self.credited if not group[0].excluded)

    def match(self) -> str | None:
        """The tsquery literal of the textual groups, or None when none of them asks for anything."""
        return _literal(self.textual)

    def rank(self) -> str | None:
        """What ``ts_rank`` weighs: the clauses sought, without the exclusions."""
        return _literal(self.positive)

    def in_headline(self) -> list[str]:
        """One literal per group sought, restricted to the headline: how many of them hold ranks first."""
        found = []
        for group in self.positive:
            clauses = [clause for clause in group if clause.weight in ("", HEADLINE)]
            literal = group_literal(clauses, weight=HEADLINE)
            if literal:
                found.append(literal)
        return found


def group_literal(clauses, weight: str | None = None) -> str | None:
    alternatives = []
    for clause in clauses:
        parts = clause.parts(weight)
        if parts:
            alternatives.append(" & ".join(operand for operand, _ in parts))
    if not alternatives:
        return None
    if len(alternatives) == 1:
        return alternatives[0]
    return "(" + " | ".join(f"({alternative})" for alternative in alternatives) + ")"


def _literal(groups) -> str | None:
    pieces, budget = [], tsearch.MAX_QUERY_LEXEMES
    for group in groups:
        size = sum(count for clause in group for _, count in clause.parts())
        if size > budget:
            break  # leaving a group out only widens the match
        literal = group_literal(group)
        if literal is None:
            continue
        budget -= size
        pieces.append(f"!({literal})" if group[0].excluded else f"({literal})")
    if not any(not piece.startswith("!") for piece in pieces):
        return None
    return " & ".join(pieces)


def parse_query(text: str | None) -> ParsedQuery | None:
    """The reader's ``text`` as a query, or None when it asks for nothing searchable."""
    if not isinstance(text, str):
        return None
    text = fold(normalize_text(text)).lower()
    groups: list[list[Clause]] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        quoted = next((match[name] for name in ("q1", "q2", "q3") if match[name] is not None), None)
        body = quoted if quoted is not None else match["word"]
        if quoted is None and match["minus"] is None and match["field"] is None and body.upper() in OR_WORDS:
            join_next = bool(groups) and not groups[-1][0].excluded
            continue
        clause = Clause(
            text=body,
            phrase=quoted is not None,
            weight=FIELDS.get(match["field"] or "", ""),
            excluded=match["minus"] is not None,
        )
        if not tsearch.char_runs(clause.text):
            join_next = False
            continue
        if join_next and not clause.excluded:
            if clause not in groups[-1]:
                groups[-1].append(clause)
        elif [clause] not in groups:
            groups.append([clause])
        join_next = False
        if sum(map(len, groups)) >= MAX_CLAUSES:
            break
    parsed = ParsedQuery(tuple(tuple(group) for group in groups))
    return parsed if parsed.positive or parsed.people_sought else None


@dataclass(frozen=True)
class ReaderQuery:
    """A reader's query (the syntax above) and its tsquery literals, as the search reads them.

    ``bigrams`` matches; ``rank`` is what ``ts_rank`` weighs; ``headline`` holds one literal per
    group of terms sought, restricted to the headline; ``terms`` are highlighted.  A 作者: term on
    its own is answered by the credits (``people``, and ``not_people`` excluded), through their
    indexes rather than the text: with no other term, ``bigrams`` is None and ``excluded`` holds
    the text the articles must not contain.
    """

    text: str
    terms: tuple[str, ...]
    bigrams: str | None
    rank: str | None
    headline: tuple[str, ...]
    names: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    not_people: tuple[str, ...] = ()
    excluded: str | None = None

    @classmethod
    def parse(cls, text: str | None) -> ReaderQuery | None:
        """None when there is nothing to search for (empty, only punctuation, only exclusions)."""
        if not text:
            return None
        text = " ".join(text[: MAX_QUERY_LENGTH * 2].split())
        parsed = parse_query(text)
        if parsed is None:
            return None
        bigrams = parsed.match()
        excluded = None
        if bigrams is None:
            literals = [f"({literal})" for group in parsed.textual if (literal := group_literal(group))]
            excluded = " | ".join(literals) or None
        return cls(
            text=text,
            terms=parsed.terms,
            bigrams=bigrams,
            rank=parsed.rank(),
            headline=tuple(parsed.in_headline()),
            names=parsed.names,
            people=tuple(group[0].text for group in parsed.people_sought),
            not_people=tuple(group[0].text for group in parsed.credited if group[0].excluded),
            excluded=excluded,
        )

    @property
    def textual(self) -> bool:
        """Whether the text is searched (else only the credits are)."""
        return self.bigrams is not None
