"""No text of a page is lost: every line that is not page furniture ends up in some item's headline,
body, credits, column or caption, or in the page's name. Checked over many generated pages in many
papers' layouts, and over the seed pages.
"""

from __future__ import annotations

import random
import re

import pytest

from archive.parsing import parse_page
from archive.parsing.bylines import _POSITIONS
from tests.support import SEED_FILES

# Words of the credit and marker grammar, which the parser reads and need not repeat.
_GRAMMAR = re.compile(
    r"[（(]作者(?:单位|系)[^（）()]*[)）]|[（(]?(?:下转|上接|接上|转)第?[0-9一二三四五六七八九十A-Z]{1,3}版[)）]?"
    r"|[^\s（(]{2,12}供图|本报讯|本报|新华社|中新网|人民日报|浙江在线|记者|通讯员|摄影|拍摄|摄|报道|整理|供图|图片|资料|图|文"
    r"|作者单位|作者|首席|见习|实习生|全媒体|融媒体?|特约|拍友|据|综合|发|电|讯|[^\w]"
)

_POSITION = re.compile(rf"(?:{_POSITIONS})$")
_PUNCT = re.compile(r"[^\w]")


def output_text(parsed) -> str:
    parts: list[str] = [parsed.page_name or ""]  # a page's name read from its top line
    for art in parsed.articles:
        parts += [art.kicker or "", art.title or "", art.subtitle or "", art.column or "", art.dateline or ""]
        parts.append(art.body)
        for role in ("reporters", "correspondents", "photographers", "authors"):
            parts += getattr(art, role)
    return _PUNCT.sub("", "".join(parts))


def lost_text(text: str, furniture: set[str] = frozenset(), parsed=None) -> list[str]:
    out = output_text(parsed or parse_page(text))
    lost = []
    for block in re.split(r"\n\s*\n", text):
        rows = [row for row in block.splitlines() if row.strip() and row.strip() not in furniture]
        if len(rows) > 1 and all(len(row) <= 22 for row in rows):
            rows = ["".join(rows)]  # a paragraph hard-wrapped over short lines is read as a whole
        for row in rows:
            for frag in _GRAMMAR.split(row):
                # a signer's position (青山县委书记) is part of the signature, not of the text
                if len(frag) >= 2 and frag not in out and not _POSITION.search(frag):
                    lost.append(frag)
    return lost


# ---- invented material ------------------------------------------------------------------------

PARAS = [
    "春茶开采以来，青山镇组织茶农分批上山采摘，镇里的加工厂也开足马力，日均加工鲜叶两万多斤。",
    "镇农业服务中心负责人介绍，今年全镇新增无性系良种茶园八百亩，茶农亩均增收预计超过两千元。",
    "经过两年多的建设，横跨清溪的新安大桥昨天正式通车，两岸居民出行时间大大缩短。",
    "大桥全长六百八十米，双向四车道，设计时速六十公里，桥面两侧还设置了人行道。",
    "新学期开学第一天，城东实验小学的新校舍迎来了一千二百名学生，教室里配备了智能黑板。",
    "据了解，新校舍总建筑面积两万多平方米，建有图书馆、体育馆和三百米标准跑道。",
    "周末的古城夜市人头攒动，两百多个摊位沿河排开，小吃、手作和非遗展示吸引了大批游客。",
    "夜市运营方表示，今年以来夜市累计接待游客四十余万人次，带动周边商户营业额增长近两成。",
    "会议强调，要坚持项目为王，紧盯重大产业项目招引落地，全力以赴稳投资、促消费、扩内需。",
    "去年以来，该县累计完成老旧小区改造四十二个，惠及居民一万一千余户，群众满意度明显提升。",
    "村党支部书记告诉记者，村里去年集体经济收入突破一百万元，今年还要把民宿产业做大做强。",
    "下一步，市里将继续加大政策扶持力度，帮助中小企业稳订单、拓市场、降成本。",
]
HEADS = [
    "青山镇春茶开采 茶农喜迎丰收",
    "新安大桥建成通车",
    "城东实验小学新校舍启用",
    "古城夜市点亮消费新场景",
    "我市老旧小区改造惠及万余户",
    "让营商环境成为最硬的竞争力",
    "民宿经济带火小山村",
]
KICKERS = ["奋进新征程 建功新时代", "聚焦共同富裕"]
SUBS = ["——我市扎实推进民生实事项目", "——青山镇发展特色产业见闻"]
NAMES = ["王晓明", "李红", "赵小燕", "周海", "欧阳明", "陈静", "刘强", "孙丽", "黄磊", "林一"]


def _paras(rng: random.Random, k: int) -> list[str]:
    return rng.sample(PARAS, k)


def _lead_story(rng):
    who = f"记者 {rng.choice(NAMES)} 通讯员 {rng.choice(NAMES)}"
    lead = rng.choice(["本报讯", "本报青山3月5日讯", "新华社北京3月5日电"])
    return [rng.choice(HEADS), f"{lead}（{who}）" + PARAS[0]] + _paras(rng, 2)


def _three_line_head_story(rng):
    return [
        rng.choice(KICKERS),
        rng.choice(HEADS),
        rng.choice(SUBS),
        "本报讯（记者 黄磊）" + PARAS[2],
        PARAS[3],
    ]


def _byline_story(rng):
    return [rng.choice(HEADS), f"□ 本报记者 {rng.choice(NAMES)}", *_paras(rng, 3)]


def _commentary(rng):
    name = rng.choice(["张三", "欧阳明", "□ 陈静", "本报评论员", "文｜刘强", "王 五"])
    if rng.random() < 0.5:
        return ["评论", "让营商环境成为最硬的竞争力", name, *_paras(rng, 3)]
    return ["让营商环境成为最硬的竞争力", *_paras(rng, 3), name, "（作者单位：青山县委党校）"]


def _closing_story(rng):
    paras = _paras(rng, 3)
    paras[-1] += f"（记者 {rng.choice(NAMES)}）"
    return [rng.choice(HEADS), *paras]


def _photo(rng):
    return [
        "清溪晨雾",
        "清晨，薄雾笼罩下的清溪两岸宛如一幅水墨画。",
        rng.choice(["记者 周海 摄", "新华社发", "视觉中国供图", "拍友 吴峰 摄"]),
    ]


def _photo_credit_above(rng):
    return [rng.choice(["新华社记者 王明 摄", "本报记者 周海 摄"]), "图为青山镇茶农在茶园里采摘春茶。"]


def _briefs(rng):
    items = [f"{rng.choice('●■▲◆')}{p}" for p in _paras(rng, 3)]
    items[0] += "（记者 林一）"
    items[1] += "（通讯员 潘二）"
    return ["简讯", *items]


def _qa(rng):
    return [
        "把小茶叶做成大产业",
        "——访青山镇党委书记孙立平",
        "本报记者 李红",
        PARAS[0],
        "记者：今年春茶的行情怎么样？",
        "孙立平：今年春茶开采早、品质好，收购价比去年高出一成。",
        "记者：下一步有什么打算？",
        "孙立平：我们要把茶旅融合做起来，让游客到茶园里采茶、品茶、住民宿。",
    ]


def _numbered(rng):
    return [
        rng.choice(HEADS),
        "本报讯（记者 王晓明）" + PARAS[8],
        "一、坚持项目为王",
        PARAS[9],
        "二、坚持民生优先",
        PARAS[10],
    ]


def _continued(rng):
    return [rng.choice(HEADS), "本报讯（记者 李红）" + PARAS[4], PARAS[5] + "（下转第3版）"]


def _continued_from(rng):
    return [rng.choice(HEADS), "（上接第一版）", *_paras(rng, 2)]


def _signed_speech(rng):
    return [rng.choice(HEADS), "青山县委书记 孙立平", *_paras(rng, 2)]


def _headless(rng):
    return _paras(rng, 2)


BLOCKS = [
    _lead_story,
    _three_line_head_story,
    _byline_story,
    _commentary,
    _closing_story,
    _photo,
    _photo_credit_above,
    _briefs,
    _qa,
    _numbered,
    _continued,
    _continued_from,
    _signed_speech,
    _headless,
]
TOP = ["清溪日报", "2024年3月12日 星期二", "第2版 要闻", "A3 要闻"]
BOTTOM = ["责任编辑：王五  版式：李四  校对：赵六", "清溪晚报 2023年7月26日"]


def generated_page(seed: int) -> tuple[str, set[str]]:
    rng = random.Random(seed)
    top = rng.sample(TOP, rng.randint(0, 2))
    bottom = rng.sample(BOTTOM, rng.randint(0, 1))
    lines: list[str] = []
    for _ in range(rng.randint(1, 5)):
        lines += rng.choice(BLOCKS)(rng)
    sep = rng.choice(["\n", "\n\n", "\n\n", "\n\n\n"])
    if sep != "\n" and rng.random() < 0.3:
        # hard-wrapped columns: every long paragraph printed over lines of one width
        width = rng.choice([12, 16, 22])
        lines = [
            "\n".join(t[k : k + width] for k in range(0, len(t), width)) if len(t) > 30 else t for t in lines
        ]
    text = sep.join(top + lines + bottom) + "\n"
    return text, set(top) | set(bottom)


@pytest.mark.parametrize("seed", range(300))
def test_no_text_of_a_generated_page_is_lost(seed):
    text, furniture = generated_page(seed)
    assert lost_text(text, furniture) == [], text


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name for p in SEED_FILES])
def test_no_text_of_a_seed_page_is_lost(path):
    assert lost_text(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_lost_paragraph():
    text = "\n\n".join(["新安大桥建成通车", "本报讯（记者 李红）" + PARAS[2], PARAS[3]])
    more = text + "\n\n青山镇里新开了一家书店。"
    assert lost_text(text) == [] and lost_text(more) == []
    assert lost_text(more, parsed=parse_page(text)) == ["青山镇里新开了一家书店"]
