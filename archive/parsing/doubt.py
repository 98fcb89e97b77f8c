"""How likely an item is to need an editor: the doubt the 待审 queue is ordered by.

The line-role model (``line_roles``) reads every line twice: once knowing the role the rules gave
it, and once blind to it, from the line's shape and its neighbours alone.  The first mostly agrees
with the rules, mistakes and all; the second disagrees where a line does not look like what the
rules took it for.  An item's *evidence* is a handful of named figures about it — how sure each
reading is of its lines, its cut at either end and its credits, where the blind reading and the
rules part ways, the warnings its fields raised, its headline's and body's shape, its length
beside the page's other stories, its place on the page and the story above it — and a logistic
regression trained on pages none of whose items it judges (``archive/training``) turns the
evidence into the probability that the item is not exactly right.  A picture's evidence counts
twice, once as any item's and once as a picture's (``picture:``): captions go wrong in their own
ways, and weighed with the stories their evidence says less.

The weights are data: ``item_doubt.json`` beside this file, feature name to weight.  A feature the
file does not name weighs nothing, so the evidence may grow before the weights are rebuilt.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING

from . import model, roles
from .lines import caption_cued, is_terminated

if TYPE_CHECKING:
    from .lines import Line

WEIGHTS_PATH = Path(__file__).with_name("item_doubt.json")

#: Groups of roles: an item is cut by them (a headline line read as text is a different cut; which
#: headline line is 引题 and which 主题 is a judgement the scorer does not make either).
GROUPS = {
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
CARRYING_ON = frozenset({roles.BODY, roles.SUBHEAD, roles.CAPTION})
#: Floor of a probability before its logarithm: CRF marginals of 0 or 1 are rounding.
_FLOOR = 1e-4
#: The warnings an item's fields raise, each a feature of its own.
WARNINGS = (
    model.NO_BYLINE,
    model.NO_HEADLINE,
    model.HEADLINE_TOO_SHORT,
    model.HEADLINE_TOO_LONG,
    model.SHORT_BODY,
    model.UNKNOWN_LAYOUT,
    model.QUOTES_LOST,
)


def sure(p: float) -> float:
    """A probability as evidence: 0 when certain, falling steeply as doubt sets in."""
    return math.log(max(p, _FLOOR))


_GROUP_NAMES = ("head", "text", "picture", "credit", "furniture")


_EVIDENCE = (
    "least_sure",
    "mean_sure",
    "missed_cut",
    "own_start",
    "cut_after",
    "credits_sure",
    "disagree",
    "head_sure",
    "lead_inside",
    "head_inside",
)


class Reading:
    """One reading of a page's lines: each line's probability of each group of roles, of opening
    an item, and of carrying the item above on (``columns``: each role's probability on every
    line, as ``line_roles.LineRoleModel.read`` gives them).  Its evidence is named with
    ``prefix``."""

    def __init__(self, columns: dict[str, list[float]], prefix: str = ""):
        n = len(next(iter(columns.values()), []))

        def total(labels) -> list[float]:
            picked = [columns[label] for label in labels if label in columns]
            return list(map(sum, zip(*picked, strict=True))) if picked else [0.0] * n

        self.group = {
            name: total([label for label in columns if GROUPS.get(label, "furniture") == name])
            for name in _GROUP_NAMES
        }
        self.opens = total(roles.OPENING)
        self.carries = total(CARRYING_ON)
        self.leads = total((roles.LEAD,))
        self.names = [prefix + name for name in _EVIDENCE]

    def evidence(self, span: list[int], labels: list[str], credits: list[int], after: int | None):
        """How sure this reading is of the item on ``span`` (its lines, cut by ``labels``), of the
        credit lines under it and of the cut before ``after``, the line that follows."""
        group, opens = self.group, self.opens
        certain = []
        missed = lead = headed = 0.0
        head = None
        for k in span:
            label = labels[k]
            name = GROUPS.get(label, "furniture")
            p = group[name][k]
            certain.append(p)
            if name == "head":
                head = p if head is None else min(head, p)
            elif label in CARRYING_ON and k != span[0]:
                missed = max(missed, opens[k])
                lead = max(lead, self.leads[k])  # a story of its own starting inside the text
                headed = max(headed, group["head"][k])  # a headline read as the text's
        (
            least,
            mean,
            missed_cut,
            own_start,
            cut_after,
            credits_sure,
            disagree,
            head_sure,
            lead_inside,
            head_inside,
        ) = self.names
        f = {
            least: sure(min(certain)),
            mean: sure(sum(certain) / len(certain)),
            missed_cut: sure(1.0 - missed),
            own_start: 0.0 if labels[span[0]] in CARRYING_ON else sure(1.0 - self.carries[span[0]]),
            cut_after: sure(1.0 - self.carries[after]) if after is not None else 0.0,
            credits_sure: sure(min((group["credit"][k] for k in credits), default=1.0)),
            # lines this reading gives less than even odds of the kind of role they were cut by
            disagree: sum(1 for p in certain if p < 0.5) / len(certain),
            lead_inside: sure(1.0 - lead),
            head_inside: sure(1.0 - headed),
        }
        if head is not None:
            f[head_sure] = sure(head)
        return f


def span_of(item, at: dict[int, int]) -> list[int]:
    """The lines an item was cut from (``at``: a line's index by its id), in printed order."""
    if hasattr(item, "first"):  # a picture
        return list(range(item.first, item.last + 1)) if item.first >= 0 else []
    return sorted(
        {at[id(p)] for p in item.parts if id(p) in at}
        | {at[id(p.line)] for p in item.pieces if id(p.line) in at}
    )


def shape(art: model.ParsedArticle, item, position: int, count: int) -> dict[str, float]:
    """What the item's own fields and place on the page say, whatever the model read.  Nothing of
    one paper's habits (how long its headlines run, whether it prints columns): the doubt learns
    from one paper's pages and is meant for every paper's."""
    f: dict[str, float] = {"bias": 1.0, "picture": 1.0 if art.kind == "photo" else 0.0}
    for code in WARNINGS:
        if code in art.warnings:
            f[f"warning={code}"] = 1.0
    headline = "".join((art.headline or "").split())
    for name, on in (
        ("kicker", art.kicker),
        ("subtitle", art.subtitle),
        ("dateline", art.dateline),
        ("credited", art.reporters or art.correspondents or art.authors),
        ("photographers", art.photographers),
        ("continues_to", art.continues_to),
        ("continued_from", art.continued_from),
        ("headline_terminated", headline and is_terminated(headline)),
        ("by_lead", getattr(item, "by_lead", False)),
        ("guessed", getattr(item, "guessed", False)),
        ("credit_guessed", getattr(item, "credit_guessed", False)),
        ("closed", getattr(item, "closed", False)),
        ("subheads", getattr(item, "heads", None)),
        ("first_item", position == 0),
        ("last_item", position == count - 1),
    ):
        if on:
            f[name] = 1.0
    if headline.endswith(("）", ")")) and "（" in headline[1:]:
        f["headline_ends_bracketed"] = 1.0  # a column label run into the title: a line above it lost
    if "——" in headline.strip("—"):
        f["headline_dash_inside"] = 1.0
    if (art.kicker or "").rstrip().endswith("—"):
        f["kicker_dash"] = 1.0  # a subhead led by its dash (慢旅行——) over the deck under it
    if art.kind == "article" and not (art.reporters or art.correspondents or art.authors or art.dateline):
        f["uncredited"] = 1.0
    paragraphs = [p for p in art.paragraphs if p.strip()]
    f["body_chars"] = math.log1p(sum(map(len, paragraphs))) / 8
    if paragraphs:
        if not is_terminated(paragraphs[-1]):
            f["body_unterminated"] = 1.0
        # a short line left open at either end of the text is most often a headline of the story
        # above or below, or a deck line, taken into this one
        if _heading_like(paragraphs[-1]):
            f["ends_heading_like"] = 1.0
        if len(paragraphs) > 1 and _heading_like(paragraphs[0]):
            f["opens_heading_like"] = 1.0
        inside = open_inside = 0
        for p in paragraphs[1:-1]:
            p = p.strip()
            if not is_terminated(p):
                if len(p) <= 30:
                    inside += 1
                else:
                    open_inside += 1  # ending no sentence however long: a headline block run together
        if inside:
            f["heading_like_inside"] = math.log1p(inside)
        if open_inside:
            f["open_inside"] = math.log1p(open_inside)
        if paragraphs[-1].rstrip().endswith("—"):
            f["ends_dash"] = 1.0  # the next story's kicker (…——) taken into this one
    if art.kind == "article" and any(caption_cued(p) for p in paragraphs):
        f["caption_in_text"] = 1.0
    if art.kind == "photo" and paragraphs:
        if not headline and _cue_after_start(paragraphs[0]):
            f["cue_inside_caption"] = 1.0  # a picture's title run into its caption: 甲乙丙图为……
        if headline and 3 * len(art.body.strip()) < len(headline):
            f["caption_tail"] = 1.0  # a caption wrapped over two lines, its first taken for a title
    body = art.body
    if "下转" in body or "上接" in body or "转第" in body or "接第" in body:
        f["marker_in_text"] = 1.0
    return f


def _cue_after_start(text: str) -> bool:
    return any(caption_cued(text[k:]) for k in range(1, len(text)) if text[k] in "图上下左右中（(")


def _heading_like(text: str) -> bool:
    text = text.strip()
    return len(text) <= 30 and not is_terminated(text)


def page_shape(lines: list[Line], items: int) -> dict[str, float]:
    """What the page's setting says: pages without blank lines, and crowded pages, are cut worse."""
    gaps = sum(1 for line in lines if line.gap) / len(lines) if lines else 0.0
    return {"page_gaps": gaps, "page_items": math.log1p(items) / 4}


#: An item's figures its neighbours on the page also weigh: a story cut too early is followed by
#: a piece that does not look like the start of one, a story run into the next lacks one after it.
NEIGHBOURLY = ("least_sure_of_all", "own_start", "blind_own_start", "credited", "dateline", "picture")


#: Prefix of a picture's own copy of its evidence.
PICTURE_PREFIX = "picture:"
_NOT_APART = ("prev:", "next:", "picture")


#: Figures whose bearing on an item is not a straight line: each is also given as its band.
BINNED = (
    "least_sure_of_all",
    "blind_least_sure",
    "own_start",
    "blind_own_start",
    "cut_after",
    "blind_cut_after",
)
#: The bands, as probabilities (the figures are their logarithms).
_BANDS = (0.05, 0.2, 0.5, 0.8, 0.95, 0.99)


_LOG_BANDS = [(math.log(bound), f"<{bound}") for bound in _BANDS]


def _bin(name: str, value: float) -> str:
    for bound, band in _LOG_BANDS:
        if value < bound:
            return name + band
    return f"{name}>={_BANDS[-1]}"


def evidence(
    items: list,
    articles: list[model.ParsedArticle],
    lines: list[Line],
    labels: list[str],
    readings: list[Reading],
) -> list[dict[str, float] | None]:
    """The named evidence of every item (None for an item with no line the model read), from
    each reading (the first, named without a prefix, the one that knows the rules' roles)."""
    at = {id(line): k for k, line in enumerate(lines)}
    page = page_shape(lines, len(items))
    out: list[dict[str, float] | None] = []
    for position, (item, art) in enumerate(zip(items, articles, strict=True)):
        if item is None:
            out.append(None)
            continue
        span = span_of(item, at)
        if not span:
            out.append(None)
            continue
        k = span[-1] + 1
        credits = []
        while k < len(lines) and labels[k] in (roles.BYLINE, roles.MARKER):
            credits.append(k)
            k += 1
        after = k if k < len(lines) else None
        f = shape(art, item, position, len(items))
        f.update(page)
        for reading in readings:
            f.update(reading.evidence(span, labels, credits, after))
        if len(readings) > 1:
            f["readings_apart"] = _apart(readings[0], readings[1], span, labels)
        if art.kind == "photo" and span[0] > 0 and labels[span[0] - 1] == roles.CREDIT:
            f["credit_above"] = 1.0  # a credit over the caption as well as under it: whose is whose
        # how sure the reading that knows the rules is of the item's least sure line, of its cut
        # at either end and of its credits: the doubt before there were weights
        f["least_sure_of_all"] = min(f["least_sure"], f["missed_cut"], f["credits_sure"], f["cut_after"])
        for name in BINNED:
            f[_bin(name, f.get(name, 0.0))] = 1.0
        out.append(f)
    size = [sum(map(len, art.paragraphs)) for art in articles]
    lengths = sorted(
        n for n, art, f in zip(size, articles, out, strict=True) if f is not None and art.kind == "article"
    )
    middle = lengths[len(lengths) // 2] if lengths else 0
    for position, f in enumerate(out):
        if f is None:
            continue
        art = articles[position]
        if art.kind == "article" and middle:
            # a story run into the next is long beside the page's others, a piece cut off short
            f["body_share"] = max(-3.0, min(3.0, math.log((size[position] + 1) / (middle + 1))))
        before = out[position - 1] if position > 0 else None
        if (
            f.get("uncredited")
            and before is not None
            and not before.get("picture")
            and not before.get("closed")
        ):
            f["after_open"] = 1.0  # unsigned text under a story still open: its section, cut off
        for side, other in (("prev:", position - 1), ("next:", position + 1)):
            near = out[other] if 0 <= other < len(out) else None
            if near is None:
                f[f"{side}none"] = 1.0
                continue
            for name in NEIGHBOURLY:
                if near.get(name):
                    f[side + name] = near[name]
        if f.get("picture"):
            # a caption goes wrong in its own ways (a credit taken from the caption above, a title
            # run into the text): a picture's evidence weighs again on its own, apart from a story's
            f.update([(PICTURE_PREFIX + name, v) for name, v in f.items() if not name.startswith(_NOT_APART)])
    return out


def _apart(one: Reading, other: Reading, span: list[int], labels: list[str]) -> float:
    """How far apart the two readings are on the item's line they differ most on: the
    probability each gives the kind of role the line was cut as."""
    worst = 0.0
    for k in span:
        name = GROUPS.get(labels[k], "furniture")
        worst = max(worst, abs(one.group[name][k] - other.group[name][k]))
    return worst


class ItemDoubt:
    """The trained logistic regression: feature name to weight."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def wrong(self, f: dict[str, float]) -> float:
        """The probability that the item is not exactly right."""
        z = sum(self.weights.get(name, 0.0) * v for name, v in f.items())
        z = max(min(z, 30.0), -30.0)
        return 1.0 / (1.0 + math.exp(-z))


def load(path: Path) -> ItemDoubt | None:
    """The weights written at ``path`` (None when there are none)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return ItemDoubt({name: float(w) for name, w in data["weights"].items()})
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None
