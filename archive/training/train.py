"""Fitting the line-role model on rendered pages, and measuring it on pages it never saw.

Every rendered page is read by the parser's own rules (``page.read_lines`` and ``page.cut``); each
line the rules read gets the role the renderer printed it in (:func:`align`), and the CRF learns
those roles from the features ``line_roles.features`` names — once knowing the rules' roles and
once blind to them.  The item doubt (``parsing.doubt``) learns from the items of pages the CRFs
did not see which of them the scorer counts exactly right.  Pages, never articles, are split into
folds: :func:`cross_validate` measures each fold with models that never saw it (nested, for the
doubt).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from archive.parsing import line_roles, model, roles
from archive.parsing.page import cut, read_lines

from . import doubt as item_doubt
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


#: What a real page's item counts for in fitting the doubt.  Only pages the rules cut exactly right
#: are trained on, so their items are all right: counted more, they would teach the doubt that
#: pages of other papers are cut right, which the pages of other papers measured so far belie.
REAL_DOUBT_WEIGHT = 1.0


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
    """Fit both readings of the line-role model on ``examples``: the one that knows the rules' roles
    at ``path``, the blind one beside it (``line_roles.blind_path``)."""
    import pycrfsuite

    for target, blind in ((path, False), (str(line_roles.blind_path(Path(path))), True)):
        trainer = pycrfsuite.Trainer(verbose=False)
        for ex in examples:
            if not ex.xseq:
                continue
            if blind:
                trainer.append(line_roles.blind(ex.xseq), [line_roles.BLIND_ROLES.get(y, y) for y in ex.yseq])
            else:
                trainer.append(ex.xseq, ex.yseq)
        trainer.set_params(PARAMS)
        trainer.train(target)


def parsed_items(
    rendered: RenderedPage, role_model, keep: float | None = None
) -> list[tuple[dict, dict | None]]:
    """The dry run's row of every item of a page with its confidence (no threshold applied), and
    the evidence the item doubt read it from."""
    from archive.parsing import read_page

    page = read_page(rendered.text, role_model, threshold=0.0, keep=keep, with_evidence=True)
    return [(art.as_json(rendered.name), art.evidence) for art in page.articles]


def parsed_rows(rendered: RenderedPage, role_model, keep: float | None = None) -> list[dict]:
    """The dry run's rows for a page, with every item's confidence (no threshold applied)."""
    return [row for row, _ in parsed_items(rendered, role_model, keep)]


def flag(rows: list[dict], threshold: float) -> list[dict]:
    """The rows as the dry run prints them with ``threshold`` as the doubt threshold.  The rows
    were read with a threshold of 0, so a low confidence among their warnings is the rules' own
    (a name alone inside the text, a text ending on an open headline), which the dry run flags
    whatever the doubt says."""
    out = []
    for row in rows:
        row = dict(row)
        low = row["confidence"] is not None and row["confidence"] < threshold
        row["doubtful"] = low or any(w in model.DOUBTFUL for w in row["warnings"])
        out.append(row)
    return out


def right_items(rows: list[dict], gold: dict, scorer) -> list[bool]:
    """Which of a page's rows the scorer counts exactly right, matched to the gold as it matches
    them (``scorer``: the scorer's module)."""
    used: set[int] = set()
    right: set[int] = set()
    for item in gold["articles"]:
        for k, row in enumerate(rows):
            if k in used:
                continue
            matched, tight = scorer.matches(row, item)
            if matched:
                used.add(k)
                if scorer.exactly_right(row, item, tight):
                    right.add(k)
                break
    return [k in right for k in range(len(rows))]


def rightness(rows: list[dict], golds: dict[str, dict], scorer) -> list[bool | None]:
    """Whether the scorer counts each row exactly right (None for a row of a page without gold)."""
    by_page: dict[str, list[int]] = {}
    for k, row in enumerate(rows):
        by_page.setdefault(row["source"], []).append(k)
    out: list[bool | None] = [None] * len(rows)
    for name, ks in by_page.items():
        if name in golds:
            for k, right in zip(ks, right_items([rows[k] for k in ks], golds[name], scorer), strict=True):
                out[k] = right
    return out


def queue_figures(rows: list[dict], right: list[bool | None], threshold: float) -> dict[str, float]:
    """``queue_recall`` and ``false_alarms`` as the scorer counts them (``right``: :func:`rightness`),
    with ``threshold`` as the doubt threshold."""
    flagged = [row["doubtful"] for row in flag(rows, threshold)]
    wrong = [f for f, r in zip(flagged, right, strict=True) if r is False]
    fine = [f for f, r in zip(flagged, right, strict=True) if r is True]
    judged = len(wrong) + len(fine)
    return {
        "queue_recall": round(sum(wrong) / len(wrong), 3) if wrong else 1.0,
        "false_alarms": round(sum(fine) / len(fine), 3) if fine else 0.0,
        # the items a reader meets wrong with no editor told: wrong and not in the queue
        "wrong_unflagged": round((len(wrong) - sum(wrong)) / judged, 3) if judged else 0.0,
    }


@dataclass
class Judged:
    """Items with their evidence and whether each is wrong: what the item doubt learns from."""

    evidence: list[dict] = field(default_factory=list)
    wrong: list[bool] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # each item's page

    def add(self, items: list[tuple[dict, dict | None]], gold: dict, scorer, weight: float = 1.0) -> None:
        rows = [row for row, _ in items]
        for (row, found), right in zip(items, right_items(rows, gold, scorer), strict=True):
            if found is not None:
                self.evidence.append(found)
                self.wrong.append(not right)
                self.weights.append(weight)
                self.sources.append(row["source"])


def fit_doubt(judged: Judged):
    """The item doubt fitted on ``judged``."""
    return item_doubt.fit(judged.evidence, judged.wrong, judged.weights)


class _Readings:
    """The line-role models trained without some folds, each trained once however often asked."""

    def __init__(self, examples: list[Example], workdir: str):
        self.examples, self.workdir, self.made = examples, workdir, {}

    def without(self, *folds: int):
        from archive.parsing.line_roles import LineRoleModel

        key = tuple(sorted(set(folds)))
        if key not in self.made:
            path = os.path.join(self.workdir, "without" + "_".join(map(str, key)) + ".crfsuite")
            train([ex for ex in self.examples if ex.fold not in key], path)
            self.made[key] = path
        reading = LineRoleModel(self.made[key])
        reading.doubt = None
        return reading


@dataclass
class HeldOut:
    """What cross-validation gives for one ``keep``: every page's rows, each read by models that
    never saw its fold, and every item's evidence and rightness as the models that did not see
    its fold read it (what the shipped item doubt is fitted on)."""

    rows: list[dict] = field(default_factory=list)
    judged: Judged = field(default_factory=Judged)


def cross_validate(
    pages: list[tuple[int, RenderedPage]],
    folds: int,
    workdir,
    real=(),
    keeps=(None,),
    golds: dict[str, dict] | None = None,
    scorer=None,
    measured: list[tuple[int, RenderedPage]] = (),
) -> dict[float | None, HeldOut]:
    """Every page's rows for each ``keep`` (see ``line_roles.overrule``), by nested cross-validation
    over page folds.  For the pages of fold f: the line-role models are trained on the other
    folds; the item doubt is fitted on the items of each other fold g as read by models trained
    without both f and g, so neither the models nor the doubt ever saw fold f.  ``real``: (example,
    text) of verified real pages, trained on and measured in their folds too; ``golds``: their
    gold by name (a rendered page carries its own); ``scorer``: the scorer's module, which says
    which items are exactly right; ``measured``: (fold, page with its gold) of pages only measured
    in their folds, never trained on (real pages laid out again: the doubt would learn from them
    that real pages are cut right, as it would from the verified seeds counted more)."""
    examples = [example(fold, page) for fold, page in pages] + weighted([ex for ex, _ in real])
    # (page, its gold, its items' weight in fitting the doubt: 0 for a page only measured)
    by_fold: dict[int, list[tuple[RenderedPage, dict, float]]] = {f: [] for f in range(folds)}
    for fold, page in pages:
        by_fold[fold].append((page, page.gold, 1.0))
    for ex, text in real:
        by_fold[ex.fold].append((RenderedPage(ex.name, text, []), (golds or {})[ex.name], REAL_DOUBT_WEIGHT))
    for fold, page in measured:
        by_fold[fold].append((page, page.gold, 0.0))
    readings = _Readings(examples, workdir)
    out = {keep: HeldOut() for keep in keeps}
    for fold in range(folds):
        inner = {keep: Judged() for keep in keeps}
        for other in range(folds):
            if other == fold:
                continue
            reading = readings.without(fold, other)
            for keep in keeps:
                for page, gold, weight in by_fold[other]:
                    if weight:
                        inner[keep].add(parsed_items(page, reading, keep), gold, scorer, weight)
        reading = readings.without(fold)
        for keep in keeps:
            reading.doubt = fit_doubt(inner[keep])
            for page, gold, weight in by_fold[fold]:
                items = parsed_items(page, reading, keep)
                out[keep].rows.extend(row for row, _ in items)
                if weight:
                    out[keep].judged.add(items, gold, scorer, weight)
    return out


#: Most of the right items the queue may hold: a queue full of right items teaches editors to skip it.
MAX_FALSE_ALARMS = 0.15
#: Most of the right items of the real pages laid out again (``render.relay``) the queue may hold:
#: layouts the seeds were not printed in, where the models are less sure of right items, as on the
#: pages of papers they never saw — the queue may hold more of them, but no more than a fifth.
MAX_RELAID_FALSE_ALARMS = 0.20
#: Thresholds tried: every fortieth, and every two-hundredth near the top, where the doubt of the
#: few items left wrong crowds when the rules cut nearly every item of the folds right.
THRESHOLDS = tuple(
    sorted({round(0.025 * k, 3) for k in range(1, 40)} | {round(0.005 * k, 3) for k in range(181, 199)})
)
#: How little probability the model must leave the rules' role of a line to overrule it.  The
#: command measures only 0 (the rules cut, the model doubts) unless asked for more (--keeps): the
#: mends at 0.2 cost a layout test written from other papers' pages (briefs set after a signed
#: feature joined into it), which the rendered corpus does not weigh.
KEEPS = (0.0,)
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


def choose_threshold(
    figures: dict[float, dict], real: dict[float, dict] | None = None, relaid: dict[float, dict] | None = None
) -> float:
    """The threshold that shows editors the most mistakes on the held-out folds while keeping
    false alarms in bounds there, on the real pages as printed and on the real pages laid out
    again (the lowest one when none does).  Of thresholds that show as many, the highest: on a
    layout the models never saw, the doubt gives its mistakes more confidence than on the folds
    (``benchmarks/unseen_layouts.py``), and the queue finds more of them the higher it is set."""
    real, relaid = real or {}, relaid or {}
    allowed = [
        t
        for t, f in figures.items()
        if f["false_alarms"] <= MAX_FALSE_ALARMS
        and real.get(t, {}).get("false_alarms", 0.0) <= MAX_FALSE_ALARMS
        and relaid.get(t, {}).get("false_alarms", 0.0) <= MAX_RELAID_FALSE_ALARMS
    ]
    if not allowed:
        return min(figures)
    return max(allowed, key=lambda t: (figures[t]["queue_recall"], t))


def verified_example(fold: int, name: str, text: str) -> Example:
    """A real page whose every item the rules cut exactly as its hand-checked gold has it (the
    caller checks that with the scorer): the rules' roles are then the page's printed ones."""
    lines = read_lines(text, model.ParsedPage(articles=[]))
    rule = line_roles.rule_roles(lines, cut(lines))
    return Example(name, fold, line_roles.features(lines, rule), list(rule))
