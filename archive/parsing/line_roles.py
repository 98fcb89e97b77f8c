"""The line-role model: a linear-chain CRF that reads each line of a page with its neighbours and
says how sure it is of the role the layout rules gave it.

The rules cut the page (page.py); this module names, for every line the rules read, the role they
gave it (:func:`rule_roles`), describes the line by named features — the rules' own detectors
(its kind, the rules' role, picture and brief marks) and plain shape (length, punctuation, blank
lines, width against the page's column, indent) for it and its neighbours — and lets the model
trained on real pages (``archive/training``, rebuilt by ``manage.py train_line_roles``) give the
marginal probability of each role.  A second model reads the same lines blind to the rules'
roles (:func:`blind`).  What both say of an item's lines is evidence for the item doubt
(``doubt``), which sends the items it doubts to the editors.

The models are data: ``line_roles.crfsuite``, ``line_roles_blind.crfsuite`` and the doubt's
``item_doubt.json`` beside this file.  Without them (or without python-crfsuite) the parser still
cuts pages; it just cannot say how sure it is.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import statistics
from pathlib import Path
from typing import TYPE_CHECKING

from . import doubt, roles
from .bylines import looks_like_name
from .classify import BODY, BYLINE, CLOSING, CREDIT, LEAD, MARK_FROM, MARK_TO, NOTE, SIGNATURE
from .headlines import assign_roles
from .lines import (
    caption_cued,
    headline_shaped,
    is_terminated,
    label_shaped,
    opens_like_lead,
    sentence_count,
    starts_with_dash,
    undecorated,
)
from .photos import ARTICLE_CREDIT

if TYPE_CHECKING:
    from .lines import Line

MODEL_PATH = Path(__file__).with_name("line_roles.crfsuite")
#: The doubt threshold chosen on the held-out folds, written beside the model when it is rebuilt.
THRESHOLD_PATH = Path(__file__).with_name("line_roles.json")
#: Kinds of line that credit someone: bylines, signatures, closing and picture credits.
CREDIT_KINDS = frozenset({BYLINE, SIGNATURE, CLOSING, CREDIT, ARTICLE_CREDIT})


def rule_roles(lines: list[Line], items: list) -> list[str]:
    """The role the rules' cut gives each line: its place in the item that took it."""
    out = [""] * len(lines)
    at = {id(line): k for k, line in enumerate(lines)}
    for item in items:
        if hasattr(item, "first"):  # a picture
            for k in range(max(item.first, 0), item.last + 1):
                out[k] = roles.CREDIT if lines[k].kind == CREDIT else roles.CAPTION
            if item.first >= 0:
                first = next((k for k in range(item.first, item.last + 1) if out[k] == roles.CAPTION), None)
                if first is not None:
                    out[first] = roles.CAPTION_START
            continue
        head = assign_roles(item.parts)
        for part in item.parts:
            k = at.get(id(part))
            if k is None:
                continue
            text = undecorated(part.text)
            if head.column and text.strip("（）()【】[] ") == head.column:
                out[k] = roles.COLUMN
            elif head.kicker and text in head.kicker:
                out[k] = roles.KICKER
            elif head.subtitle and text in head.subtitle and text not in (head.title or ""):
                out[k] = roles.SUBTITLE
            else:
                out[k] = roles.TITLE
        if item.column:
            for k, line in enumerate(lines):
                if not out[k] and line.text == item.column:
                    out[k] = roles.COLUMN
        seen = False
        for piece in item.pieces:
            k = at.get(id(piece.line))
            if k is None or out[k]:
                continue
            out[k] = roles.SUBHEAD if piece.head and seen else (roles.BODY if seen else roles.LEAD)
            seen = True
    for k, line in enumerate(lines):
        if out[k]:
            continue
        if line.kind in CREDIT_KINDS:
            out[k] = roles.BYLINE
        elif line.kind in (MARK_TO, MARK_FROM):
            out[k] = roles.MARKER
        elif line.kind == "brief":
            out[k] = roles.COLUMN
        else:
            out[k] = roles.FURNITURE
    return out


_SIZES = (2, 4, 6, 8, 10, 12, 16, 20, 26, 32, 40, 60, 100)
_SIZE_NAMES = (*map(str, _SIZES), "more")


def _size(n: int) -> str:
    """The least of ``_SIZES`` that ``n`` does not pass, or "more"."""
    return _SIZE_NAMES[bisect.bisect_left(_SIZES, n)]


def _ending(text: str) -> str:
    t = text.rstrip("”’\"'」』")
    if not t:
        return "none"
    last = t[-1]
    if last in "。！？!?…":
        return "stop"
    if last in "，,、":
        return "comma"
    if last in "；;：:":
        return "colon"
    if last in "—-":
        return "dash"
    if last in "）)】]":
        return "bracket"
    if last.isdigit():
        return "digit"
    return "char"


_BRACKETS_OPEN, _BRACKETS_CLOSE = "（(【[", "）)】]"
_INNER_PUNCTUATION = re.compile("[，,、；;。：:]")
_FULL_STOPS = re.compile("[。！？!?]+")


def _sentences(text: str) -> int:
    """``lines.sentence_count`` up to three; a line with no half-width full stop is counted by
    its full-width marks alone, which is the same count found faster (this runs on every line)."""
    if "." in text:
        return min(sentence_count(text), 3)
    return min(len(_FULL_STOPS.findall(text)), 3)


def _own(line: Line, role: str, width: float) -> dict[str, float]:
    text = line.text
    core = undecorated(text)
    n = len(text)
    f = {
        "bias": 1.0,
        "kind=" + line.kind: 1.0,
        "rule=" + role: 1.0,
        "len=" + _size(n): 1.0,
        "end=" + _ending(text): 1.0,
        f"sentences={_sentences(text)}": 1.0,
        f"gap={min(line.gap, 2)}": 1.0,
        "fill=" + (_size(round(10 * n / width)) if width else "none"): 1.0,
    }
    # each test in turn, not a table of them all: the features are made for every line of every page
    if is_terminated(text):
        f["terminated"] = 1.0
    if _INNER_PUNCTUATION.search(text.rstrip("：:")):  # lines.has_inner_punctuation, in one search
        f["inner_punct"] = 1.0
    if starts_with_dash(core):
        f["dash_start"] = 1.0
    if line.md:
        f["md"] = 1.0
    if line.quote:
        f["quote"] = 1.0
    if line.wide:
        f["wide"] = 1.0
    if line.indent > 0:
        f["indent"] = 1.0
    if core != text:
        f["bulleted"] = 1.0
    if line.photo is not None:
        f["photo"] = 1.0
    if line.item:
        f["brief_item"] = 1.0
    if line.verse:
        f["verse"] = 1.0
    if line.closing is not None:
        f["closing"] = 1.0
    if line.continues_to:
        f["continues_to"] = 1.0
    if line.continued_from:
        f["continued_from"] = 1.0
    if looks_like_name(text) is not None:
        f["name"] = 1.0
    if caption_cued(text):
        f["caption_cue"] = 1.0
    if opens_like_lead(text):
        f["lead_opening"] = 1.0
    if label_shaped(core):
        f["label"] = 1.0
    if headline_shaped(text):
        f["headline_shape"] = 1.0
    if core[:1] in _BRACKETS_OPEN and core[-1:] in _BRACKETS_CLOSE:
        f["bracketed"] = 1.0
    if width and n >= width - 1:
        f["full_width_line"] = 1.0
    return f


_DISTANCES = (1, 2, 5, 10, 20)
_DISTANCE_NAMES = (*map(str, _DISTANCES), "far")


def _distance(n: int | None) -> str:
    return "none" if n is None else _DISTANCE_NAMES[bisect.bisect_left(_DISTANCES, n)]


def _distances(marks: list[bool]) -> tuple[list[int | None], list[int | None]]:
    """For each line, how many lines back and ahead the nearest marked line stands."""
    back: list[int | None] = []
    last = None
    for k, marked in enumerate(marks):
        back.append(None if last is None else k - last)
        if marked:
            last = k
    ahead: list[int | None] = [None] * len(marks)
    nxt = None
    for k in range(len(marks) - 1, -1, -1):
        ahead[k] = None if nxt is None else nxt - k
        if marks[k]:
            nxt = k
    return back, ahead


def _credited(line: Line) -> bool:
    """A line that signs a story: a byline, a signature, a closing credit, a lead-in naming people."""
    if line.kind in CREDIT_KINDS and line.kind != CREDIT:
        return True
    return line.kind == LEAD or line.closing is not None


def features(lines: list[Line], rule: list[str]) -> list[dict[str, float]]:
    """Named features of every line: its own, a few of its neighbours', and how far the nearest
    headline and the nearest credit stand above and below (a story still unsigned when a
    headline-shaped line comes, and signed only further down, is being cut into sections)."""
    lengths = [len(line.text) for line in lines if line.kind in (BODY, LEAD, NOTE)]
    width = statistics.median(lengths) if lengths else 0.0
    own = [_own(line, rule[k], width) for k, line in enumerate(lines)]
    head_back, head_ahead = _distances([r in roles.HEADLINE for r in rule])
    credit_back, credit_ahead = _distances([_credited(line) for line in lines])
    n = len(lines)
    # what a line lends its neighbours, named once per line rather than once per neighbour
    lent = {
        offset: [(f"{offset}:kind={line.kind}", f"{offset}:rule={rule[j]}") for j, line in enumerate(lines)]
        for offset in (-2, 2)
    }
    for offset in (-1, 1):
        lent[offset] = [
            (
                f"{offset}:kind={line.kind}",
                f"{offset}:rule={rule[j]}",
                f"{offset}:len={_size(len(line.text))}",
                *[f"{offset}:{name}" for name in _LENT if name in own[j]],
            )
            for j, line in enumerate(lines)
        ]
    edge = {offset: (f"{offset}:edge",) for offset in (-2, -1, 1, 2)}
    for k in range(n):
        f = own[k]  # the neighbours' own features were read above: this line's may grow now
        f["head_back=" + _distance(head_back[k])] = 1.0
        f["head_ahead=" + _distance(head_ahead[k])] = 1.0
        f["credit_back=" + _distance(credit_back[k])] = 1.0
        f["credit_ahead=" + _distance(credit_ahead[k])] = 1.0
        if credit_back[k] is not None and head_back[k] is not None:
            f[f"signed_since_head={credit_back[k] < head_back[k]}"] = 1.0
        for offset in (-2, -1, 1, 2):
            j = k + offset
            for name in lent[offset][j] if 0 <= j < n else edge[offset]:
                f[name] = 1.0
        if k:
            f[f"rule_pair={rule[k - 1]}|{rule[k]}"] = 1.0
        if k == 0:
            f["first_line"] = 1.0
        if k == n - 1:
            f["last_line"] = 1.0
    return own


#: A line's own features its neighbours next to it see as well.
_LENT = ("terminated", "name", "photo", "headline_shape", "md", "wide")


#: Features that carry the rules' roles (their own, their neighbours', the distance to a headline
#: they found): the blind reading goes without them, to disagree where the rules are wrong.
_RULES_FEATURES = (
    "rule=",
    "-2:rule=",
    "-1:rule=",
    "1:rule=",
    "2:rule=",
    "rule_pair=",
    "head_",
    "signed_since_head=",
)


#: The roles the blind reading tells apart: the kind of role a line has and whether it opens an
#: item are what the doubt asks of it, so a column, a kicker and a title are one role to it, a
#: subhead is text and a 下转 line a credit line — fewer roles, read faster.
BLIND_ROLES = {
    roles.COLUMN: roles.TITLE,
    roles.KICKER: roles.TITLE,
    roles.SUBHEAD: roles.BODY,
    roles.MARKER: roles.BYLINE,
}


def blind(xseq: list[dict[str, float]]) -> list[dict[str, float]]:
    """The features of every line without the rules' roles."""
    return [{name: v for name, v in f.items() if not name.startswith(_RULES_FEATURES)} for f in xseq]


def blind_path(path: Path) -> Path:
    """Where the blind reading's model is kept beside the model at ``path``."""
    return path.with_name(f"{path.stem}_blind{path.suffix}")


def doubt_path(path: Path) -> Path:
    """Where the item doubt's weights are kept beside the model at ``path``."""
    return path.with_name(doubt.WEIGHTS_PATH.name)


class LineRoleModel:
    """The trained CRFs, opened once per process: the reading that knows the rules' roles, the
    blind one beside it when there is one, and the item doubt's weights when there are some."""

    def __init__(self, path: Path, *, item_doubt: doubt.ItemDoubt | None = None):
        import pycrfsuite  # C++ CRFsuite: tagging a page costs well under a millisecond

        self.path = path = Path(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.labels = set(self._tagger.labels())
        self._blind = None
        if blind_path(path).exists():
            self._blind = pycrfsuite.Tagger()
            self._blind.open(str(blind_path(path)))
        self.doubt = item_doubt if item_doubt is not None else doubt.load(doubt_path(path))

    @staticmethod
    def _read(tagger, items, n: int, best: bool = True) -> tuple[list[str], dict[str, list[float]]]:
        tagger.set(items)
        tagged = tagger.tag() if best else []  # the marginals need no best path
        return tagged, {label: [tagger.marginal(label, k) for k in range(n)] for label in tagger.labels()}

    def read(
        self, xseq: list[dict[str, float]], best: bool = True
    ) -> tuple[list[str], dict[str, list[float]], dict | None]:
        """The most likely role of each line (none unless ``best``); each role's probability on
        every line; and the same probabilities read blind to the rules' roles (None without the
        blind model).

        The blind model is given the same features: CRFsuite passes over the ones it was never
        trained on, which are the rules' roles, so they need not be taken out line by line."""
        if not xseq:
            return [], {label: [] for label in self.labels}, None if self._blind is None else {}
        import pycrfsuite

        items, n = pycrfsuite.ItemSequence(xseq), len(xseq)
        tagged, columns = self._read(self._tagger, items, n, best)
        return (
            tagged,
            columns,
            None if self._blind is None else self._read(self._blind, items, n, best=False)[1],
        )

    def marginals(self, xseq: list[dict[str, float]]) -> tuple[list[str], list[dict[str, float]]]:
        """The most likely role of each line, and each line's probability of every role."""
        best, columns, _ = self.read(xseq)
        return best, by_line(columns)


def by_line(columns: dict[str, list[float]]) -> list[dict[str, float]]:
    """Each line's probability of every role, from each role's probability on every line."""
    return [dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)]


#: Roles of a headline block over a story, and of the lines of a story's text.
_HEADLINE_ROLES = frozenset({roles.KICKER, roles.TITLE, roles.SUBTITLE})
_TEXT_ROLES = frozenset({roles.SUBHEAD, roles.BODY})


def may_overrule(rule: str, best: str) -> bool:
    """Which of the rules' verdicts the model may change.  Where a story begins is a matter of
    shape and neighbours, which the model weighs over the whole page: it may move a line between
    a headline block and the text (an in-story subhead taken for a new title) and take a lead-in
    back into the text.  Credits, columns and pictures stay the rules': their grammar is exact,
    and the model has seen fewer of their printed forms than the rules know."""
    if rule in _HEADLINE_ROLES and best in _TEXT_ROLES or rule in _TEXT_ROLES and best in _HEADLINE_ROLES:
        return True
    return rule == roles.LEAD and best == roles.BODY


def overrule(rule: list[str], best: list[str], probs: list[dict[str, float]], keep: float) -> list[str]:
    """The roles to cut the page by: the rules' own, save where the model all but rules them out
    (leaves them less than ``keep``) and may change them (:func:`may_overrule`)."""
    return [
        b if p.get(r, 0.0) < keep and may_overrule(r, b) else r
        for r, b, p in zip(rule, best, probs, strict=True)
    ]


@functools.cache
def _chosen() -> dict:
    try:
        return json.loads(THRESHOLD_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def threshold() -> float:
    """Items the model is less sure of than this go to the editors."""
    return float(_chosen().get("threshold", 0.0))


def keep() -> float:
    """The rules' role of a line stands unless the model gives it less than this probability."""
    return float(_chosen().get("keep", 0.0))


@functools.cache
def model() -> LineRoleModel | None:
    if not MODEL_PATH.exists():
        return None
    try:
        return LineRoleModel(MODEL_PATH)
    except ImportError:
        return None
