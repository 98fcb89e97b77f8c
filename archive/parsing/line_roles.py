"""The line-role model: a linear-chain CRF that reads each line of a page with its neighbours and
says how sure it is of the role the layout rules gave it.

The rules cut the page (page.py); this module names, for every line the rules read, the role they
gave it (:func:`rule_roles`), describes the line by named features — the rules' own detectors
(its kind, the rules' role, picture and brief marks) and plain shape (length, punctuation, blank
lines, width against the page's column, indent) for it and its neighbours — and lets the model
trained on real pages (``archive/training``, rebuilt by ``manage.py train_line_roles``) give the
marginal probability of each role.  An item whose boundary, headline or credit lines the model
doubts is sent to the editors.

The model is data: ``line_roles.crfsuite`` beside this file.  Without it (or without
python-crfsuite) the parser still cuts pages; it just cannot say how sure it is.
"""

from __future__ import annotations

import functools
import json
import statistics
from pathlib import Path
from typing import TYPE_CHECKING

from . import roles
from .bylines import looks_like_name
from .classify import BODY, BYLINE, CLOSING, CREDIT, LEAD, MARK_FROM, MARK_TO, NOTE, SIGNATURE
from .headlines import assign_roles
from .lines import (
    caption_cued,
    has_inner_punctuation,
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


def _size(n: int) -> str:
    for bound in (2, 4, 6, 8, 10, 12, 16, 20, 26, 32, 40, 60, 100):
        if n <= bound:
            return str(bound)
    return "more"


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


def _own(line: Line, role: str, width: float) -> dict[str, float]:
    text = line.text
    core = undecorated(text)
    n = len(text)
    f = {
        "bias": 1.0,
        f"kind={line.kind}": 1.0,
        f"rule={role}": 1.0,
        f"len={_size(n)}": 1.0,
        f"end={_ending(text)}": 1.0,
        f"sentences={min(sentence_count(text), 3)}": 1.0,
        f"gap={min(line.gap, 2)}": 1.0,
        f"fill={_size(round(10 * n / width)) if width else 'none'}": 1.0,
    }
    for name, on in (
        ("terminated", is_terminated(text)),
        ("inner_punct", has_inner_punctuation(text)),
        ("dash_start", starts_with_dash(core)),
        ("md", bool(line.md)),
        ("quote", line.quote),
        ("wide", line.wide),
        ("indent", line.indent > 0),
        ("bulleted", core != text),
        ("photo", line.photo is not None),
        ("brief_item", bool(line.item)),
        ("verse", line.verse),
        ("closing", line.closing is not None),
        ("continues_to", bool(line.continues_to)),
        ("continued_from", bool(line.continued_from)),
        ("name", looks_like_name(text) is not None),
        ("caption_cue", caption_cued(text)),
        ("lead_opening", opens_like_lead(text)),
        ("label", label_shaped(core)),
        ("headline_shape", headline_shaped(text)),
        ("bracketed", core[:1] in "（(【[" and core[-1:] in "）)】]"),
        ("full_width_line", bool(width) and n >= width - 1),
    ):
        if on:
            f[name] = 1.0
    return f


def _distance(n: int | None) -> str:
    if n is None:
        return "none"
    for bound in (1, 2, 5, 10, 20):
        if n <= bound:
            return str(bound)
    return "far"


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
    out = []
    for k in range(len(lines)):
        f = dict(own[k])
        f[f"head_back={_distance(head_back[k])}"] = 1.0
        f[f"head_ahead={_distance(head_ahead[k])}"] = 1.0
        f[f"credit_back={_distance(credit_back[k])}"] = 1.0
        f[f"credit_ahead={_distance(credit_ahead[k])}"] = 1.0
        if credit_back[k] is not None and head_back[k] is not None:
            f[f"signed_since_head={credit_back[k] < head_back[k]}"] = 1.0
        for offset in (-2, -1, 1, 2):
            j = k + offset
            if not 0 <= j < len(lines):
                f[f"{offset}:edge"] = 1.0
                continue
            f[f"{offset}:kind={lines[j].kind}"] = 1.0
            f[f"{offset}:rule={rule[j]}"] = 1.0
            if abs(offset) == 1:
                for name in ("terminated", "name", "photo", "headline_shape", "md", "wide"):
                    if name in own[j]:
                        f[f"{offset}:{name}"] = 1.0
                f[f"{offset}:len={_size(len(lines[j].text))}"] = 1.0
        if k:
            f[f"rule_pair={rule[k - 1]}|{rule[k]}"] = 1.0
        if k == 0:
            f["first_line"] = 1.0
        if k == len(lines) - 1:
            f["last_line"] = 1.0
        out.append(f)
    return out


class LineRoleModel:
    """The trained CRF, opened once per process."""

    def __init__(self, path: Path):
        import pycrfsuite  # C++ CRFsuite: tagging a page costs well under a millisecond

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.labels = set(self._tagger.labels())

    def marginals(self, xseq: list[dict[str, float]]) -> tuple[list[str], list[dict[str, float]]]:
        """The most likely role of each line, and each line's probability of every role."""
        if not xseq:
            return [], []
        tagger = self._tagger
        tagger.set(xseq)
        best = tagger.tag()
        probs = [{label: tagger.marginal(label, k) for label in self.labels} for k in range(len(xseq))]
        return best, probs


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


_GROUPS = {
    roles.COLUMN: "head",
    roles.KICKER: "head",
    roles.TITLE: "head",
    roles.SUBTITLE: "head",
    roles.LEAD: "text",
    roles.BODY: "text",
    roles.SUBHEAD: "text",
    roles.CAPTION_START: "picture",
    roles.CAPTION: "picture",
    roles.CREDIT: "picture",
    roles.BYLINE: "credit",
    roles.MARKER: "credit",
    roles.FURNITURE: "furniture",
}
#: Roles a line carrying on the item above can have: text, or a caption's further lines.
_CARRYING_ON = (roles.BODY, roles.SUBHEAD, roles.CAPTION)


def _group(p: dict[str, float], role: str) -> float:
    group = _GROUPS.get(role)
    return sum(v for label, v in p.items() if _GROUPS.get(label) == group)


def confidences(
    items: list, lines: list[Line], labels: list[str], probs: list[dict[str, float]]
) -> list[float | None]:
    """How sure the model is of each item's cut and of its headline and credit lines (None for
    no item).

    The least of: each line's probability of the kind of role it was cut by (headline, text,
    picture, credit — which headline line is 引题 and which 主题 is the rules' to say); for the
    lines of its text after the first, the probability that they open nothing new (a headline
    there is a missed cut); and for the line after it, the probability that it does not carry
    this item on (a cut made too early)."""
    at = {id(line): k for k, line in enumerate(lines)}
    kind = [_group(p, labels[k]) for k, p in enumerate(probs)]
    opens = [sum(p.get(r, 0.0) for r in roles.OPENING) for p in probs]
    carries = [sum(p.get(r, 0.0) for r in _CARRYING_ON) for p in probs]
    out: list[float | None] = []
    for item in items:
        if item is None:
            out.append(None)
            continue
        if hasattr(item, "first"):
            span = list(range(item.first, item.last + 1)) if item.first >= 0 else []
        else:
            span = sorted(
                {at[id(p)] for p in item.parts if id(p) in at}
                | {at[id(p.line)] for p in item.pieces if id(p.line) in at}
            )
        if not span:
            out.append(1.0)
            continue
        conf = min(kind[k] for k in span)
        for k in span[1:]:
            if labels[k] in _CARRYING_ON:
                conf = min(conf, 1.0 - opens[k])
        k = span[-1] + 1
        while k < len(lines) and labels[k] in (roles.BYLINE, roles.MARKER):
            conf = min(conf, kind[k])
            k += 1
        if k < len(lines):
            conf = min(conf, 1.0 - carries[k])
        out.append(conf)
    return out
