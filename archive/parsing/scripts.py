"""Pages printed in traditional characters (本報訊（記者…）, 新華社記者 甲攝), in full-width digits and
letters (１月２２日, ＣＦＰ) or with corner quotes (「…」), read as the rules read.

Every rule and the line-role model read simplified text with half-width digits and letters and
curly quotes: the grammar of bylines, credits and datelines, the words and dates that open a
story or a caption, quotes lost in extraction.  A page printed otherwise, as papers of the 1940s
and of Hong Kong and Taiwan are, and some e-papers' text, is folded character for character
(``archive.folding`` for the script: the folded text keeps the original's length and offsets),
cut, and every piece of text the cut gives back (a title, a paragraph, a name) is restored to the
page's own characters from the place it was printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import fields

from archive.folding import fold

from .model import ParsedArticle, ParsedPage

#: Full-width digits and Latin letters, and corner quotes, as the rules read them: one for one.
_READ_AS = str.maketrans(
    {
        **{chr(0xFF10 + k): chr(0x30 + k) for k in range(10)},
        **{chr(0xFF21 + k): chr(0x41 + k) for k in range(26)},
        **{chr(0xFF41 + k): chr(0x61 + k) for k in range(26)},
        "「": "“",
        "」": "”",
        "『": "‘",
        "』": "’",
        # the small forms text converted from Big5 may keep (﹐ ﹒ ﹙﹚)
        **dict(zip("﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞", "，、。；：？！（）〔〕", strict=True)),
    }
)
_PRINTED_OTHERWISE = re.compile("[０-９Ａ-Ｚａ-ｚ「」『』﹐-﹞]")


class Restorer:
    """Gives a piece of folded text back in the characters the page printed it in."""

    def __init__(self, printed: str, folded: str):
        self.printed, self.folded = printed, folded
        # the page without whitespace, and where each of its characters stands in the page: a
        # paragraph joined from rows a column broke is one run of it
        self._at = [k for k, ch in enumerate(folded) if not ch.isspace()]
        self._dense = "".join(folded[k] for k in self._at)
        # the folded characters the page changed, each with its printed forms by how often
        forms: dict[str, Counter] = {}
        for ch, original in zip(folded, printed, strict=True):
            if ch != original:
                forms.setdefault(ch, Counter())[original] += 1
        for ch, original in zip(folded, printed, strict=True):
            if ch == original and ch in forms:
                forms[ch][original] += 1  # the folded form printed as it is (后 beside 後)
        self._forms = {ch: counts.most_common(1)[0][0] for ch, counts in forms.items()}

    def __call__(self, text: str | None) -> str | None:
        if not text or not any(ch in self._forms for ch in text):
            return text
        start = self.folded.find(text)
        if start >= 0:
            return self.printed[start : start + len(text)]
        dense = "".join(ch for ch in text if not ch.isspace())
        start = self._dense.find(dense)
        if start >= 0:
            originals = iter(self.printed[self._at[k]] for k in range(start, start + len(dense)))
            return "".join(ch if ch.isspace() else next(originals) for ch in text)
        # pieced together from places apart (a credit taken off a paragraph's end): each character
        # as the page most often printed it
        return "".join(self._forms.get(ch, ch) for ch in text)


# A rare character: of the extensions past the basic block (a name's 𠀀), or one a font had no
# code for, written as a private-use character, as the replacement character or as a box by
# character recognition, inside a word (李\ue123明, 李□明).  The rules read each as a common
# character would stand there, which no rule names (㐀), so a name holding one is a name.
_RARE = re.compile(
    "[\U00020000-\U000323af]|(?<=[\u3400-\u9fff])(?:[\ue000-\uf8ff\ufffd]|□(?=[\u3400-\u9fff]))"
)
_RARE_SIGN = re.compile("[\U00020000-\U000323af\ue000-\uf8ff\ufffd□]")  # (asked first: few pages hold one)
_STAND_IN = "㐀"


def as_read(text: str) -> str:
    """``text`` in the forms the rules read: simplified characters, half-width digits and letters,
    curly quotes, rare characters standing in for; one character for one."""
    simple = fold(text)
    if _PRINTED_OTHERWISE.search(simple):
        simple = simple.translate(_READ_AS)
    if _RARE_SIGN.search(simple):
        simple = _RARE.sub(_STAND_IN, simple)
    return simple


# Characters a PDF's font wrote as the radicals they look like (⼈⺠⽇报 for 人民日报, 3⽉5⽇): the
# Kangxi radicals and compatibility ideographs are the characters' compatibility forms; of the
# radicals' supplement, those printed as whole characters
_RADICALS = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9\ufe10-\ufe19\ufe35-\ufe44]")
_AS_CHARACTERS = str.maketrans(
    {
        **{
            chr(code): unicodedata.normalize("NFKC", chr(code))
            for code in (*range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA))
            if len(unicodedata.normalize("NFKC", chr(code))) == 1
        },
        **dict(
            zip(
                "⺁⺇⺊⺌⺒⺓⺝⺟⺠⺩⺬⺮⺼⻁⻄⻅⻆⻉⻊⻋⻑⻓⻔⻗⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                "厂几卜小巳幺月母民王示竹月虎西见角贝足车長长门雨青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟",
                strict=True,
            )
        ),
        # ...and the stops and brackets of a headline set vertically (︐ ︒ ︵︶), read across
        **dict(zip("︐︑︒︓︔︕︖︙︵︶︽︾﹁﹂﹃﹄", "，、。：；！？…（）《》「」『』", strict=True)),
    }
)


def as_characters(text: str) -> str:
    """``text`` with the radicals a font wrote for characters read as those characters, and the
    vertical forms of stops as set across, for good: no reader searches for ⼤桥 (one character
    for one)."""
    return text.translate(_AS_CHARACTERS) if _RADICALS.search(text) else text


def folded(text: str) -> tuple[str, Restorer | None]:
    """The page's text as the rules read it, and what restores a piece of it to the printed
    characters (None when the page printed none to fold)."""
    simple = as_read(text)
    return (simple, None) if simple == text else (simple, Restorer(text, simple))


def restore(page: ParsedPage, restorer: Restorer) -> None:
    """Every piece of text of a page cut from its folded text, in the page's own characters."""
    for name in ("publication", "page_name"):
        setattr(page, name, restorer(getattr(page, name)))
    for art in page.articles:
        for spec in fields(ParsedArticle):
            value = getattr(art, spec.name)
            if spec.name in ("kind", "warnings", "evidence"):
                continue
            if isinstance(value, str):
                setattr(art, spec.name, restorer(value))
            elif isinstance(value, list):
                setattr(art, spec.name, [restorer(v) if isinstance(v, str) else v for v in value])
