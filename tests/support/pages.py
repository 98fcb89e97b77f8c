"""Small hand-written pages for the parser: story paragraphs, a page of blocks, and what to read off it."""

from __future__ import annotations

from archive.parsing import ParsedArticle, parse_page

# Story paragraphs: running text, each ending a sentence.
TEA_1 = "春茶开采以来，青山镇组织茶农分批上山采摘，镇里的加工厂也开足马力，日均加工鲜叶两万多斤，比去年同期增加三成。"
TEA_2 = "镇农业服务中心负责人介绍，今年全镇新增无性系良种茶园八百亩，茶农亩均增收预计超过两千元。"
BRIDGE_1 = "经过两年多的建设，横跨清溪的新安大桥昨天正式通车，两岸居民出行时间由原来的四十分钟缩短到五分钟。"
BRIDGE_2 = "大桥全长六百八十米，双向四车道，设计时速六十公里，桥面两侧还设置了人行道和非机动车道。"
SCHOOL_1 = "新学期开学第一天，城东实验小学的新校舍迎来了一千二百名学生，宽敞的教室里配备了智能黑板和护眼灯。"
SCHOOL_2 = "据了解，新校舍总建筑面积两万多平方米，建有图书馆、体育馆和三百米标准跑道，可容纳三十六个班级。"
MARKET_1 = "周末的古城夜市人头攒动，两百多个摊位沿河排开，小吃、手作和非遗展示吸引了大批市民和游客。"
MARKET_2 = "夜市运营方表示，今年以来夜市累计接待游客四十余万人次，带动周边商户营业额增长近两成。"

# The same news as another paper words it.
BRIDGE_OPENED_1 = (
    "新安大桥昨日正式建成通车，大桥全长一千二百米，连接两岸四个乡镇，通车后两地车程由一小时缩短至十分钟。"
)
BRIDGE_OPENED_2 = "市民纷纷前来参观，不少人带着孩子在桥头合影留念，桥下的老渡口也将改建为滨江公园。"
NEW_YEAR_MARKET = "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。"


def page(*blocks: str, sep: str = "\n\n") -> str:
    return sep.join(blocks) + "\n"


def wrap(text: str, width: int = 16) -> str:
    """``text`` hard-wrapped at ``width`` characters, as pages set to one column width print it."""
    return "\n".join(text[k : k + width] for k in range(0, len(text), width))


def hard_wrapped(*parts: tuple[str, str], width: int = 18, flush: bool = False, set_in: str = "") -> str:
    """A page hard-wrapped at ``width``: (``"head"``, a headline's line, set in by ``set_in`` on
    every row it wraps to), (``"text"``, a paragraph opening on an indent the extraction dropped
    if ``flush``). As print does, no row opens on a closing mark: it hangs at the end of the row
    above."""
    rows: list[str] = []
    for kind, text in parts:
        if kind == "head":
            rows += [set_in + row for row in _hung_rows(text, width - len(set_in))]
        else:
            wrapped = _hung_rows("\u3000\u3000" + text, width)
            # (flush: the extraction dropped the indent, the first row short of the column by it)
            rows += [wrapped[0].lstrip("\u3000") if flush else wrapped[0], *wrapped[1:]]
    return "\n".join(rows) + "\n"


def _hung_rows(text: str, width: int) -> list[str]:
    rows = [""]
    for ch in text:
        if len(rows[-1]) >= width and ch not in "，。、；：！？”’）》":
            rows.append("")
        rows[-1] += ch
    return rows


def parse(*blocks: str, sep: str = "\n\n"):
    return parse_page(page(*blocks, sep=sep))


def only(parsed) -> ParsedArticle:
    assert len(parsed.articles) == 1, [a.headline for a in parsed.articles]
    return parsed.articles[0]


def titles(parsed) -> list[str | None]:
    return [a.title for a in parsed.articles]


def squeeze(text: str | None) -> str:
    return "".join((text or "").split())


def only_on(text: str) -> ParsedArticle:
    """The one article of a page given as its whole text."""
    articles = parse_page(text).articles
    assert len(articles) == 1, [a.title for a in articles]
    return articles[0]
