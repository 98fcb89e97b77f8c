"""Headline blocks: which printed line is the 引题, the 主题, the 副题 or a column label.

Roles follow the order of printing, not markdown levels (a `###` kicker above a `##` title is
common): a part beginning with —— is the 副题, the last remaining part is the 主题 and what is
printed above it the 引题; three phrases printed one under another, none with a dash, are 引题,
主题 and 副题 (a line left open on 的, 和, 与… is a wrapped piece of the next, not a phrase). A short label above the headline is the column. A page banner that only
repeats the start of the title (or a kicker contained in the title) adds nothing and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lines import (
    Line,
    enumerated,
    has_inner_punctuation,
    join_text,
    label_shaped,
    overlap,
    starts_with_dash,
    undecorated,
)


@dataclass
class Headline:
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None


def _loose(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def assign_roles(parts: list[Line]) -> Headline:
    head = Headline()
    texts = [undecorated(p.text) for p in parts]
    loose = [_loose(t) for t in texts]
    kept: list[int] = []
    for i, lt in enumerate(loose):
        if not lt:
            continue
        repeated = any(
            lt in other and (len(other) > len(lt) or j > i) for j, other in enumerate(loose) if j != i
        )
        if not repeated:
            kept.append(i)
    if not kept:
        return head
    # column label: a short label printed above the headline proper
    labels = [i for i in kept[:-1] if label_shaped(texts[i]) and not parts[i].md]
    if labels:
        head.column = texts[labels[-1]]
        kept = [i for i in kept if i != labels[-1]]
    mains = [i for i in kept if not starts_with_dash(texts[i])]
    subs = [i for i in kept if starts_with_dash(texts[i])]
    below: list[str] = []
    if not mains:
        head.title = texts[subs[0]]
        subs = subs[1:]
    else:
        phrases = _phrases([texts[i] for i in mains])
        if len(phrases) == 3 and not subs:
            # three phrases printed one under another: 引题, 主题, 副题
            below = [phrases.pop()]
        head.title = phrases[-1]
        if phrases[:-1]:
            head.kicker = " ".join(phrases[:-1])
    below += [texts[i] for i in subs]
    if below:
        head.subtitle = " ".join(below)
    return head


# A line of a headline that stops on one of these (or the next line starts on one) is a wrapped
# piece of one phrase, not a phrase of its own.
_OPEN_END = set("的之和与及或在对把将被让使由以向从为等暨")
_OPEN_START = set("的之了着过”’》）)")


def _phrases(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        if out and (out[-1][-1] in _OPEN_END or text[0] in _OPEN_START):
            out[-1] = join_text(out[-1], text)
        else:
            out.append(text)
    return out


def parallel_subhead(text: str, earlier: list[str]) -> bool:
    """Subheads inside one long story are printed in a parallel pattern: the same length and the
    same number of phrases (走得更深 沉到一线 找问题 / 办得更实 立说立行 解难题)."""
    if has_inner_punctuation(text) or len(text) > 20:
        return False
    phrases = len(text.split())
    for other in earlier:
        if has_inner_punctuation(other) or len(other) > 20:
            continue
        if abs(len(other) - len(text)) <= 3 and len(other.split()) == phrases:
            return True
    return False


def starts_new_story(
    run: list[Line],
    after: Line,
    before: Line | None,
    after_picture: bool,
    earlier_subheads: list[str],
    story_so_far: str,
    text_after: str,
) -> bool:
    """A headline-shaped line followed by running text with no byline: the headline of a story
    that carries no credits, or a subhead / broken-off fragment of the story it stands in?

    Signals, none decisive on its own: what stands above it (a picture, the end of the page's
    previous block), blank-line gaps around it, parallel subheads already seen in the story, and
    whether it shares more words with the text below than with the story above.
    """
    text = " ".join(line.text for line in run)
    score = 0
    if after_picture:
        score += 2
    if run[0].wide:
        score += 1
    if after.wide:
        score += 1
    if len(run) >= 2:
        score += 1
    elif len(text.split()) >= 2 and not has_inner_punctuation(text):
        # several short phrases side by side: the way headlines are set, not sentences
        score += 1
    if len(run) == 1 and any(ch in text for ch in "，,"):
        # a clause cut off by a column break, more often than a headline set without byline
        score -= 1
    if len(run) == 1 and text[-1] in "：:":
        score -= 2  # a lead-in to the paragraph below: 会议要求：
    if before is not None and before.text.rstrip('”’"')[-1:] in "？?：:！!":
        # a question or lead-in introduces what follows inside the same story
        score -= 1
    if len(run) == 1 and (parallel_subhead(text, earlier_subheads) or enumerated(text)):
        score -= 2
    above = overlap(text, story_so_far)
    below = overlap(text, text_after)
    if above <= 0.1 and below >= 0.3:
        score += 2
    elif below >= above + 0.25:
        score += 1
    elif above > below:
        score -= 1
    return score >= 2
