"""What keeps tags whole and specific: the names a page prints, and twins of one word.

Plain Python on strings, like the rest of the package.  jieba cuts a name it does not know
(马厉 from 马厉财, 中杭 from 中杭水泵); the page itself usually prints the name whole somewhere —
in a credit, in a list of people, before 股份有限公司 — so those names are found first and the
segmenter's words are joined back along them before counting tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: Tags an article gets from its text, the most specific first (an import and a re-tagging alike).
TAG_LIMIT = 10
#: Common surnames: a list of 2–3 character items, each starting with one, is a list of people.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "柳郦应葛章翁虞楼裘屠包俞庞管洪施盛牟池"
)
# 朱建军、马厉财、江金永、郦森迪等: at least three short items separated by 、.
_NAME_LIST = re.compile(r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")
_ORGANISATION = re.compile(r"([\u4e00-\u9fff]{3,8}?)(?:股份有限公司|有限责任公司|有限公司|集团)")
# A name never starts with these (是中杭水泵…, 由…, 与…).
_NOT_A_START = frozenset("是的在与和由为被把对从向将及或等了")

#: A word and the same word with one of these after it are one tag, under the longer name
#: (湖州 / 湖州市, 数字 / 数字化).
TWIN_SUFFIXES = ("市", "县", "区", "镇", "乡", "村", "省", "化", "街道")


def names_on_page(text: str, credited: Iterable[str] = ()) -> frozenset[str]:
    """People and organisations a page prints in full: credited people, lists of names, companies."""
    names = {name for name in credited if 2 <= len(name) <= 8}
    for match in _NAME_LIST.finditer(text or ""):
        items = match.group().split("、")
        if all(item[0] in SURNAMES for item in items):
            names.update(item for item in items if len(item) == 3)
    for match in _ORGANISATION.finditer(text or ""):
        before = match.group(1)
        # The longest tail of what precedes 有限公司 that the page also prints on its own.
        for size in range(min(6, len(before)), 2, -1):
            name = before[-size:]
            if name[0] not in _NOT_A_START and text.count(name) > text.count(
                name + match.group()[len(before) :]
            ):
                names.add(name)
                break
    return frozenset(names)


def join_names(tagged: Iterable[tuple[str, str]], names: frozenset[str]) -> list[tuple[str, str]]:
    """``tagged`` (word, POS) with the runs of words that spell one of ``names`` joined into it.

    A name is joined only where it starts and ends on a word boundary, tagged ``nr`` for a
    person-like name of 2–3 characters and ``nt`` (organisation) otherwise.
    """
    tagged = list(tagged)
    if not names:
        return tagged
    # Most texts hold none of the page's names: the joined text is searched before any word is.
    text = "".join(word for word, _ in tagged)
    names = [name for name in names if name in text]
    if not names:
        return tagged
    by_first: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        by_first.setdefault(name[0], []).append(name)
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tagged):
        word, flag = tagged[i]
        candidates = by_first.get(word[:1])
        if candidates:
            for name in candidates:
                if len(name) <= len(word) or not name.startswith(word):
                    continue
                joined, j = word, i + 1
                while len(joined) < len(name) and j < len(tagged):
                    joined += tagged[j][0]
                    j += 1
                if joined == name:
                    out.append((name, "nr" if len(name) <= 3 else "nt"))
                    i = j
                    break
            else:
                out.append((word, flag))
                i += 1
            continue
        out.append((word, flag))
        i += 1
    return out


def fold_twins(freq: dict[str, float]) -> dict[str, float]:
    """``freq`` with each word's count added to its longer twin's when both are present."""
    # Only the few words ending in a suffix are looked at (one C-level test for each word).
    for longer in [word for word in freq if word.endswith(TWIN_SUFFIXES)]:
        for suffix in TWIN_SUFFIXES:
            shorter = longer[: -len(suffix)]
            if longer.endswith(suffix) and shorter in freq and longer in freq:
                freq[longer] += freq.pop(shorter)
    return freq


@dataclass(frozen=True)
class ArchiveFrequencies:
    """In how many of ``size`` articles of the archive each word occurs (lower-cased words).

    A tag is worth following when other articles carry it too, and worth nothing when half the
    archive does: a word in more than ``GENERIC_SHARE`` of the articles is never a tag, and a word
    some other article has counts ``FOLLOW_BOOST`` times.  Below ``MIN_SIZE`` articles nothing
    is known and every word counts once.  ``counted_in`` says whether the tagged article is among
    the ``size`` (re-tagging) or not yet (importing).
    """

    size: int = 0
    counts: Mapping[str, int] = field(default_factory=dict)
    counted_in: bool = False

    GENERIC_SHARE = 0.1
    FOLLOW_BOOST = 2.0
    MIN_SIZE = 30

    def factor(self, word: str) -> float | None:
        """How much ``word`` counts as a tag: None when it is too common to be one."""
        if self.size < self.MIN_SIZE:
            return 1.0
        found = self.counts.get(word.lower(), 0)
        if found > self.GENERIC_SHARE * self.size:
            return None
        return self.FOLLOW_BOOST if found > self.counted_in else 1.0
