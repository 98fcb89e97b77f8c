"""Sections and the rules that file an article in one: its column label, a photo, keywords.

Plain Python, no Django: the importer's workers file articles with these rules, and the
admin's re-filing (``archive.indexing.apply_section_rules``) applies the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass

PHOTO_SECTION = "图片"
#: A keyword found in the headline counts as this many hits in the body.
HEADLINE_HITS = 3


@dataclass(frozen=True)
class SectionRule:
    name: str
    keywords: tuple[str, ...] = ()
    priority: int = 100
    is_fallback: bool = False


def choose_section(
    rules: list[SectionRule], *, kind: str, column: str, headline: str, body: str
) -> str | None:
    """The name of the section an article belongs to, or None when no section fits.

    An explicit column label wins (the section of that name, created by the caller if missing).
    Otherwise a photo goes to 图片 when that section exists; an article goes to the section whose
    keywords it mentions most (a headline hit counting :data:`HEADLINE_HITS`), ties broken by the
    smaller ``priority``; and what matches nothing goes to the fallback section.
    """
    column = (column or "").strip()
    if column:
        return column
    names = {rule.name for rule in rules}
    if kind == "photo" and PHOTO_SECTION in names:
        return PHOTO_SECTION
    best, best_key = None, None
    for rule in rules:
        hits = sum(HEADLINE_HITS * headline.count(word) + body.count(word) for word in rule.keywords)
        if hits:
            key = (-hits, rule.priority, rule.name)
            if best_key is None or key < best_key:
                best, best_key = rule.name, key
    if best is not None:
        return best
    return next((rule.name for rule in rules if rule.is_fallback), None)


#: Sections an archive of Zhejiang local papers starts with, as (name, priority, keywords one per
#: line, description); editors refine the rules in the admin.  Migration 0002 created them from
#: its own frozen copy of this list.
DEFAULT_SECTIONS = [
    (
        "时政",
        10,
        "市委\n省委\n书记\n党委\n人大\n政协\n纪委\n纪检监察\n主题教育\n党建\n全会\n常委会\n统战",
        "党政要闻、会议与人事",
    ),
    (
        "经济",
        20,
        "企业\n项目\n投资\n产业\n经济\n营商环境\n招商\n工业\n开发区\n消费\n外贸\n产值\n制造业",
        "产业、企业与市场",
    ),
    (
        "民生",
        30,
        "社区\n居民\n群众\n供水\n教育\n医疗\n养老\n就业\n交通\n住房\n公积金\n安全",
        "百姓生活与公共服务",
    ),
    ("文化", 40, "文化\n诗歌\n文艺\n旅游\n非遗\n博物馆\n文明\n体育\n节目", "文化、旅游与体育"),
    ("图片", 50, "", "新闻图片与图片说明"),
    ("综合", 90, "", "未归入其他栏目的文章"),
]

#: The section of what no rule files elsewhere.
FALLBACK_SECTION = "综合"


def default_section_rules() -> tuple[SectionRule, ...]:
    """The rules of :data:`DEFAULT_SECTIONS`, for a run before the database is set up."""
    return tuple(
        SectionRule(
            name=name,
            keywords=tuple(keywords.split()),
            priority=priority,
            is_fallback=name == FALLBACK_SECTION,
        )
        for name, priority, keywords, _description in DEFAULT_SECTIONS
    )
