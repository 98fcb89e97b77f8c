"""Fitting the line-role model on rendered pages, and measuring it on pages it never saw.

Every rendered page is read by the parser's own rules (``page.read_lines`` and ``page.cut``); each
line the rules read gets the role the renderer printed it in (:func:`align`), and the CRF learns
those roles from the features ``line_roles.features`` names.  Pages, never articles, are split
into folds: :func:`cross_validate` trains on all folds but one and measures the one left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.parsing import line_roles, model, roles
from archive.parsing.page import cut, read_lines

from .render import RenderedPage

_MARKUP = re.compile(r"^#{1,6}\s*|\s+|\*\*")

#: CRFsuite's L-BFGS training settings; with the same pages the model comes out the same.
PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 150, "feature.possible_transitions": True}


def _norm(text: str) -> str:
    return _MARKUP.sub("", text)


def align(printed: list[tuple[str, str]], lines) -> list[str]:
    """The printed role of each line the parser read: the role of the first printed line it
    starts with (wrapped lines joined into one take the role of their first)."""
    labels = []
    p = 0
    texts = [_norm(t) for t, _ in printed]
    for line in lines:
        target = _norm(line.raw)
        found = None
        for q in range(p, min(p + 12, len(printed))):
            if texts[q] and (target.startswith(texts[q]) or texts[q].startswith(target)):
                found = q
                break
        if found is None:
            labels.append(roles.FURNITURE if p >= len(printed) else printed[p][1])
            continue
        labels.append(printed[found][1])
        covered, q = 0, found
        while q < len(printed) and covered + len(texts[q]) <= len(target):
            covered += len(texts[q])
            q += 1
        p = max(q, found + 1)
    return labels


#: Each real page counts as this many rendered ones: there are few of them, and they are the
#: layouts of other papers, where the rendered corpus has only one paper's.
REAL_WEIGHT = 10


def weighted(real: list) -> list:
    return [ex for ex in real for _ in range(REAL_WEIGHT)]


@dataclass
class Example:
    name: str
    fold: int
    xseq: list[dict[str, float]]
    yseq: list[str]


def example(fold: int, rendered: RenderedPage) -> Example:
    lines = read_lines(rendered.text, model.ParsedPage(articles=[]))
    rule = line_roles.rule_roles(lines, cut(lines))
    return Example(rendered.name, fold, line_roles.features(lines, rule), align(rendered.lines, lines))


def train(examples: list[Example], path: str) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for ex in examples:
        if ex.xseq:
            trainer.append(ex.xseq, ex.yseq)
    trainer.set_params(PARAMS)
    trainer.train(path)


def parsed_rows(rendered: RenderedPage, role_model, keep: float | None = None) -> list[dict]:
    """The dry run's rows for a page, with every item's confidence (no threshold applied)."""
    from archive.parsing import read_page

    page = read_page(rendered.text, role_model, threshold=0.0, keep=keep)
    return [art.as_json(rendered.name) for art in page.articles]


def flag(rows: list[dict], threshold: float) -> list[dict]:
    """The rows as the dry run prints them with ``threshold`` as the doubt threshold."""
    out = []
    for row in rows:
        row = dict(row)
        low = row["confidence"] is not None and row["confidence"] < threshold
        row["doubtful"] = low or any(
            w in model.DOUBTFUL and w != model.LOW_CONFIDENCE for w in row["warnings"]
        )
        out.append(row)
    return out


def cross_validate(
    pages: list[tuple[int, RenderedPage]], folds: int, workdir, real=(), keeps=(None,)
) -> dict[float | None, list[dict]]:
    """Rows of every page for each ``keep`` (see ``line_roles.overrule``), parsed with a model
    trained on the other folds only.  ``real``: (example, text) of verified real pages, trained
    on and measured in their folds too."""
    import os

    from archive.parsing.line_roles import LineRoleModel

    examples = [example(fold, page) for fold, page in pages] + weighted([ex for ex, _ in real])
    rows: dict[float | None, list[dict]] = {keep: [] for keep in keeps}
    for fold in range(folds):
        path = os.path.join(workdir, f"fold{fold}.crfsuite")
        train([ex for ex in examples if ex.fold != fold], path)
        held_out = LineRoleModel(path)
        held_out_pages = [page for f, page in pages if f == fold]
        held_out_pages += [RenderedPage(ex.name, text, []) for ex, text in real if ex.fold == fold]
        for keep in keeps:
            for page in held_out_pages:
                rows[keep].extend(parsed_rows(page, held_out, keep=keep))
    return rows


#: Most of the right items the queue may hold: a queue full of right items teaches editors to skip it.
MAX_FALSE_ALARMS = 0.15
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
#: How little probability the model must leave the rules' role of a line to overrule it.
KEEPS = (0.0, 0.001, 0.01, 0.05, 0.1, 0.2)
#: What the cut must keep on the real pages held out, whatever it gains on rendered ones.
REAL_FLOOR = {"segmentation_f1": 0.97, "headline_accuracy": 0.93, "byline_accuracy": 0.95}


def unflagged_mistakes(figures: dict) -> float:
    """The share of items an editor must fix that the queue does not show: what a reader meets."""
    return (1.0 - figures["exactly_right"]) * (1.0 - figures["queue_recall"])


def choose_keep(figures: dict[float, dict], real: dict[float, dict] | None = None) -> float:
    """The readiness to overrule the rules that leaves the fewest mistakes unflagged on the
    rendered folds (each at its own threshold) while the real pages keep their floor (the rules
    alone when no other does).  A cut that mends a few items but hides its remaining mistakes
    from the queue is worse for the editors."""
    real = real or {}
    allowed = [
        k for k in figures if all(real.get(k, {}).get(key, 1.0) >= floor for key, floor in REAL_FLOOR.items())
    ]
    if not allowed:
        return min(figures)
    return min(allowed, key=lambda k: (unflagged_mistakes(figures[k]), k))


def choose_threshold(figures: dict[float, dict], real: dict[float, dict] | None = None) -> float:
    """The threshold that shows editors the most mistakes on the held-out folds while keeping
    false alarms in bounds there and on the real pages (the lowest one when none does)."""
    real = real or {}
    allowed = [
        t
        for t, f in figures.items()
        if f["false_alarms"] <= MAX_FALSE_ALARMS
        and real.get(t, {}).get("false_alarms", 0.0) <= MAX_FALSE_ALARMS
    ]
    if not allowed:
        return min(figures)
    return max(allowed, key=lambda t: (figures[t]["queue_recall"], -t))


def verified_example(fold: int, name: str, text: str) -> Example:
    """A real page whose every item the rules cut exactly as its hand-checked gold has it (the
    caller checks that with the scorer): the rules' roles are then the page's printed ones."""
    lines = read_lines(text, model.ParsedPage(articles=[]))
    rule = line_roles.rule_roles(lines, cut(lines))
    return Example(name, fold, line_roles.features(lines, rule), list(rule))
