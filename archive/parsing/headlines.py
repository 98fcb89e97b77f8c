"""Headline blocks: which printed line is the 引题, the 主题, the 副题 or a column label.

Roles follow the order of printing, not markdown levels (a `###` kicker above a `##` title is
common): a part beginning with —— is the 副题, the last remaining part is the 主题 and what is
printed above it the 引题; three phrases printed one under another, none with a dash, are 引题,
主题 and 副题 (a line left open on 的, 和, 与… is a wrapped piece of the next, not a phrase). A
line giving the figures under complete news (总投资超过三百亿元), or a much longer line of clauses
under a short feature title, is the 副题 too. A short label above the headline is the column,
unless it reads as a slogan (a verb with its object: 守护一方平安), which is the 引题. A page
banner that only repeats the start of the title (or a kicker contained in the title) adds nothing
and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lines import (
    OPEN_END,
    PARAGRAPH_INDENT,
    Line,
    column_tagged,
    enumerated,
    figure_clause,
    has_inner_punctuation,
    join_text,
    label_shaped,
    left_open,
    opens_like_lead,
    opens_with_place,
    overlap,
    quoted_whole,
    starts_with_dash,
    undecorated,
)


@dataclass
class Headline:
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    column: str | None = None


# Notices, announcements and statements are printed as items of their own under such a title.
_NOTICE = re.compile(r"(?:公告|通告|通知|启事|启示|声明|公示|告示|倡议书|须知|讣告|紧急通知|提示)$")
# The issuer signing a notice at its foot: 丽水市教育考试院, 某某拍卖有限公司, 温岭日报社
_ISSUER = re.compile(
    r"^[\u3400-\u9fff（）()]{2,24}(?:院|办|局|厅|委|会|部|处|所|站|社|馆|台|中心|公司|集团|政府|协会|银行|医院|"
    r"学校|大学|社区|办公室|指挥部|领导小组)$"
)


def notice_title(text: str) -> bool:
    text = undecorated(text).strip("【】[]〖〗")
    return len(text) <= 30 and not has_inner_punctuation(text) and bool(_NOTICE.search(text))


def issuer_line(text: str) -> bool:
    return bool(_ISSUER.match(text))


def bracketed(text: str) -> bool:
    """A line printed whole inside brackets: （山区农民种出致富“绿色银行”） under a title is its 副题."""
    return (
        len(text) > 4 and text[0] in "（(" and text[-1] in "）)" and not any(ch in "）)" for ch in text[1:-1])
    )


_NAMED_SERIES = re.compile(r"^(?:系列|栏目|专栏)\s*[:：]\s*(?=\S)")


def named_series(text: str) -> bool:
    """系列：记者手记: the series or column a piece belongs to, named as one; never a byline."""
    return _NAMED_SERIES.match(text) is not None and len(text) <= _NAMED_SERIES_MAX


_NAMED_SERIES_MAX = 40


_LABEL_BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］", "『": "』", "〈": "〉", "<": ">", "＜": "＞"}
# bars and dots a label is set between or beside: |民生|, ·民生·, ▌民生, 丨民生, 民生▏
_LABEL_MARKS = "|｜丨▏▎▍▌▐█·•・"


def _unbracketed(text: str) -> str:
    """A label printed inside brackets (【非遗传承】, ［民生］, 『民生』) or set off by bars or dots
    (|民生|, ·民生·, ▌民生)."""
    if len(text) > 2 and _LABEL_BRACKETS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    if text[:1] in _LABEL_MARKS or text[-1:] in _LABEL_MARKS:
        bare = text.strip(_LABEL_MARKS + " ")
        if len(bare) >= 2:
            return bare
    return text


# A column label set on the headline's own line: 【民生观察】… / 民生观察｜…
_INLINE_LABEL = re.compile(
    r"^(?:[【〖\[](?P<bracketed>[^】〗\]]{2,6})[】〗\]]|(?P<barred>[^｜|]{2,6})\s*[｜|])\s*(?=\S)"
)


def _inline_label(title: str) -> tuple[str | None, str]:
    m = _INLINE_LABEL.match(title)
    if m:
        label = (m.group("bracketed") or m.group("barred")).strip()
        if label_shaped(label):
            return label, title[m.end() :]
    return None, title


# A short line above a headline that opens on a verb of action (守护一方平安, 奋战四季度, 拼经济)
# is a slogan read together with the headline, its 引题; a rubric names a kind of piece or a
# place and has no verb of its own (一把手谈, 今日关注, 人物, 洞头).
_SLOGAN_VERB = re.compile(
    r"^(?:守护|守牢|守好|奋战|奋进|奋力|奋楫|全力|冲刺|决战|决胜|攻坚|打赢|打好|打造|争创|争当|争做|"
    r"勇当|勇争|勇立|喜迎|献礼|庆祝|践行|弘扬|擦亮|坚持|聚力|凝心|点燃|唱响|牢记|扛起|扛牢|跑出|"
    r"筑牢|夯实|厚植|做强|做优|做大|做实|加快|推进|推动|深化|建设|助力|护航|保障|提升|优化|"
    r"共建|共创|携手|逐梦|追梦|筑梦|[拼抢抓战稳促](?=[\u3400-\u9fff]{2}$))"
)
# ...while a rubric may well open on such a verb when it names the kind of piece: 奋斗者说, 追梦人.
_RUBRIC_WORD = r"(?:观察|关注|视点|访谈|手记|札记|笔记|日记|故事|调查|现场|一线|者|人|说|谈|录|记)"
_RUBRIC_END = re.compile(_RUBRIC_WORD + "$")


# 政府工作报告提出 / 今年经济增长预期目标为5%左右: the line above says who states the news, and the
# news itself, the line below, is the 主题
_SAYING = re.compile(r"(?:提出|指出|强调|表示|明确|宣布|透露|显示|认为|预计|称|说)$")
# ...and a short line ending on what happened reports it (米价续涨, 大桥通车, 新院落成): a
# headline's line, where a rubric names a kind of piece, a place or a desk and reports nothing
_HAPPENED = re.compile(
    r"(?:召开|举行|开幕|闭幕|落成|竣工|通车|开通|投产|开工|揭牌|成立|签约|启用|获批|出炉|开学|开业|复工|"
    r"[续上回又再暴大猛]涨|[续下暴大]跌|回落|上扬|走[低高]|[上下]调|好转|[大骤剧]增|锐减|"
    r"告破|落网|遇险|获救|脱险|遇难|出轨|失火|起火|沉没|坠毁|罢工|成灾|过境|决堤|告捷|夺冠)$"
    # ...or says when it happened, or that it happened again, after what it happened to
    # (市府昨开会议, 油价今起下调, 新区再添名校): a rubric carries no day and no 又
    r"|^[\u3400-\u9fff]{2,4}(?:昨|今[日天晨晚起]|明[日天晨起]|又|再度?|再次|持续|普遍)[\u3400-\u9fff]{1,3}$"
    # ...or who ordered or called on whom (教部令各校, 省府电饬各县, 市府号召全市): the order, in
    # the line below, is the news
    r"|(?:令|飭|饬|電|电|促|囑|嘱|請|请|要求|號召|号召|責成|责成|通令|通飭|通饬)(?:各|全)[\u3400-\u9fff]{1,4}$"
)


# The label of a series, numbered: 金台潮声·作风建设系列谈⑨, 美丽中国·生态治理中的特色植物②
# “两会精神在基层”系列报道之五, 一线见闻系列述评（三）: however the series numbers its pieces;
# and a rubric numbering its pieces so (清溪观察之二, 城事观察（三）), though it says no 系列
_SERIES_NUMBER = r"(?:之[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])"
_SERIES_LABEL = re.compile(
    r"^[\u3400-\u9fff·]{2,24}[①-⑳]$"
    r"|^[\u3400-\u9fff·“”\"《》]{2,24}系列(?:谈|评论|报道|述评|访谈|评述|调研行)"
    rf"{_SERIES_NUMBER}?$"
    rf"|^[\u3400-\u9fff·“”\"《》]{{1,16}}{_RUBRIC_WORD}{_SERIES_NUMBER}$"
)


def series_label(text: str) -> bool:
    """The label of a series over the headline of one of its pieces: a line of its own, never
    the first line of the headline run on."""
    return _SERIES_LABEL.match(_unbracketed(text.strip())) is not None


# Labels naming the kind of piece under them (短评, 读者来信, 记者手记, 新闻链接): a piece's column,
# never a section's head inside a story
_KIND_OF_PIECE = re.compile(
    r"^[\u3400-\u9fff]{0,4}(?:社论|社评|短评|时评|快评|小评|述评|评论|杂谈|漫谈|随笔|杂感|来信|手记|札记|特写|速写|"
    r"专访|访谈|纪事|链接|延伸阅读|相关新闻|图片新闻|简讯|快讯|短讯|书讯"
    # as printed in traditional characters
    r"|社論|社評|短評|時評|快評|述評|評論|雜談|隨筆|來信|手記|札記|特寫|速寫|專訪|訪談|紀事|簡訊|快訊|短訊|書訊)$"
)


def piece_label(text: str) -> bool:
    """A column label saying what kind of piece stands under it: 短评, 读者来信, ■记者手记."""
    return _KIND_OF_PIECE.match(_unbracketed(undecorated(text.strip())).strip()) is not None


# Two labels joined by a middle dot, the page's rubric and the series: 深阅读·年轻干部在基层
_JOINED_LABEL = re.compile(r"^[\u3400-\u9fff]{2,6}[·•・][\u3400-\u9fff]{2,10}$")


def _column_label(printed: str, text: str) -> bool:
    """A short line above the headline is its column when it is label-shaped and, unless the page
    sets it off as a label (【…】, ■ …), it does not read as a slogan belonging to the headline;
    the numbered label of a series is a column however long."""
    label = _unbracketed(text)
    if _SERIES_LABEL.match(label) or _JOINED_LABEL.match(label):
        return True
    if not label_shaped(label):
        return False
    return label != text or printed != text or not (reads_as_slogan(label) or reports_news(label))


def reports_news(text: str) -> bool:
    """市委全会强调, 本市米价续涨, 油价今起下调: a short line saying who states the news or what
    happened, a headline's, never a rubric or a page's name."""
    return bool(_SAYING.search(text) or _HAPPENED.search(text)) and not _RUBRIC_END.search(text)


_HALF_MIN, _HALF_MAX = 3, 8  # characters of each half of a title printed in two parallel halves
_TAG_AT_END = re.compile(r"[（(][^（）()]{2,40}[)）]$")


def _halves(upper: str, lower: str) -> bool:
    """田间更丰富 / “舌尖”更幸福（乡村观察）: two parallel lines as long as each other once the
    lower one's column tag is left aside, a title in two halves or a kicker over its title, not
    a column label over its headline."""
    a, b = _loose(upper), _loose(_TAG_AT_END.sub("", lower.strip()))
    return _HALF_MIN <= len(a) <= _HALF_MAX and len(a) == len(b)


def reads_as_slogan(text: str) -> bool:
    """A short line opening on a verb of action, not ending like a rubric: a kicker, never a label."""
    return label_shaped(text) and bool(_SLOGAN_VERB.match(text)) and not _RUBRIC_END.search(text)


def _loose(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _centred(part: Line, text: str) -> bool:
    """A short line set further in than a paragraph is indented: a headline block centred or set in
    steps, as older pages print theirs (米價續漲 / 當局嚴令取締囤積), whose first line is its
    title, not a column label (a label says so with its brackets or its number)."""
    return (
        part.indent > PARAGRAPH_INDENT
        and part.text == text
        and not (_SERIES_LABEL.match(text) or _JOINED_LABEL.match(text))
    )


def _stepped(parts: list[Line], i: int) -> bool:
    """A line set in from the margin over one set further in (當局嚴令 / 　米商不得囤積): a headline
    block stepped in, as older pages print theirs, of which the line is the first part; a column
    label centred over its headline is set further in than the longer line under it, and a label
    says so with its number."""
    text = undecorated(parts[i].text)
    if i + 1 >= len(parts) or _SERIES_LABEL.match(text) or _JOINED_LABEL.match(text):
        return False
    return 0 < parts[i].indent < parts[i + 1].indent


_SUBTITLE_LEVEL, _KICKER_LEVEL = 2, 3  # markdown heading levels of a 副题 and an 引题


# 新安大桥建成通车（图） / …[组图]: what a news site tags a headline with, no word of the page's
_SITE_TAG = re.compile(r"\s*[（(\[【](?:附?图|组图|多图|图文|视频|高清组图)[)）\]】]$")


def assign_roles(parts: list[Line]) -> Headline:
    head = Headline()
    texts = [_SITE_TAG.sub("", undecorated(p.text)) for p in parts]
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
    # 系列：金台潮声·作风建设系列谈⑨, wherever the block has it: the series, named as one
    named = [i for i in kept if named_series(texts[i])]
    if named and len(kept) > 1:
        head.column = _NAMED_SERIES.sub("", texts[named[0]])
        kept = [i for i in kept if i != named[0]]
    # column label: a short label printed above the headline proper
    labels = [
        i
        for k, i in enumerate(kept[:-1])
        if _column_label(parts[i].text, texts[i])
        # markdown marks a page's name as a head, and a series' numbered label too
        and (not parts[i].md or series_label(texts[i]))
        # set in as older pages set their headlines, a line is the headline's first, unless it
        # names the kind of piece under it (记者手记)
        and ((not _centred(parts[i], texts[i]) and not _stepped(parts, i)) or piece_label(texts[i]))
        and not (parts[i].text == texts[i] and _halves(texts[i], texts[kept[k + 1]]))
        and not _ABOUT.search(texts[i])  # 关于开展 / …的通知: a document's name, broken
    ]
    if labels and head.column is None:
        head.column = _unbracketed(texts[labels[-1]])
        kept = [i for i in kept if i != labels[-1]]
    subs = [i for i in kept if starts_with_dash(texts[i]) or (i != kept[0] and bracketed(texts[i]))]
    mains = [i for i in kept if i not in subs]
    below: list[str] = []
    levels = [parts[i].md for i in kept]
    if len(kept) >= 2 and all(levels) and levels.count(1) == 1:
        # a page in markdown says which line is which: # 主题, ## 副题, ### 引题
        head.title = texts[kept[levels.index(1)]]
        head.kicker = " ".join(texts[i] for i in kept if parts[i].md >= _KICKER_LEVEL) or None
        subs = [i for i in kept if parts[i].md == _SUBTITLE_LEVEL]
    elif not mains:
        head.title = texts[subs[0]]
        subs = subs[1:]
    else:
        phrases = _paired(_phrases([texts[i] for i in mains]))
        # the figures under the news, or the story behind a short feature title, read as its 副题
        # whatever stands above them, save a slogan: it is no news for figures to stand under
        explains = len(phrases) >= 2 and (
            (
                figure_clause(phrases[-1], phrases[-2])
                and not reads_as_slogan(phrases[-2])
                and not _introduces(phrases[-2])
            )
            or (len(phrases) == 2 and _explaining_subtitle(phrases[1], phrases[0]))
        )
        if explains and not subs:
            below = [phrases.pop()]
        elif len(phrases) == 3 and not subs:
            # three phrases printed one under another: 引题, 主题, 副题
            below = [phrases.pop()]
        head.title = phrases[-1]
        if phrases[:-1]:
            head.kicker = " ".join(phrases[:-1])
    below += [texts[i] for i in subs]
    if head.title and head.title[:1] in "【〖" and head.title.count("【") + head.title.count("〖") == 1:
        head.title = _unbracketed(head.title)  # 【新安大桥建成通车】: a title set in brackets for show
    if head.column is None and head.title:
        head.column, head.title = _inline_label(head.title)
    if below:
        head.subtitle = " ".join(below)
    return head


def _introduces(text: str) -> bool:
    return text[-1:] in "：:—-" or bool(_SAYING.search(text))


def _explaining_subtitle(text: str, above: str) -> bool:
    """A feature's 主题 is a short phrase; a much longer line of several clauses under it
    (从“一票否决”到“全票通过”，他们用了三年) tells the story behind it: its 副题. A line quoted
    whole is a voice set as the 主题 under its 引题 (“只要坚持创新，就不怕风浪”), and a line above
    ending on a colon or dash introduces the line below."""
    quoted = quoted_whole(text)
    return (
        any(ch in text for ch in "，,")
        and not quoted
        and len(text) >= 15
        and len(text) >= len(above) + 6
        and not has_inner_punctuation(above)
        and not _introduces(above)
    )


# A line of a headline that starts on one of these carries on the phrase of the line above.
_OPEN_START = set("的之了着过”’》）)")


# 温岭市人民政府关于2025年度 / 城区道路临时交通管制的通告: an issuer's document named over two lines
_ABOUT = re.compile(r"关于(?!.*的$)")
_DOCUMENT_END = re.compile(
    r"的?(?:通告|公告|通知|决定|决议|意见|办法|规定|批复|通报|公示|报告|倡议书|公开信)$"
)


def _phrases(texts: list[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        # a line stopping on a comma goes on below, in markdown heads too (## 春茶开采， / ## 茶农笑开颜)
        if out and (
            out[-1][-1] in OPEN_END
            or out[-1][-1] in "，,"
            or text[0] in _OPEN_START
            or (_ABOUT.search(out[-1]) and "关于" not in text and _DOCUMENT_END.search(text))
        ):
            out[-1] = join_text(out[-1], text)
        else:
            out.append(text)
    return out


_PAIRED_HALF_MAX = 7  # the halves of the corpus's parallel titles run to 7 characters; 8 and
# more over as many read as a kicker and its title (两年建设终告完工 / 新安大桥建成通车)


def _paired(phrases: list[str]) -> list[str]:
    """坚守岗位 / 守护归途: a title of two parallel halves, printed as two lines of one length, is
    one title, as it reads when the halves share a line; a kicker is longer or shorter than its
    title (of 246 printed headline blocks, none with a kicker or a subtitle of its title's length)."""
    out: list[list[str]] = []  # each phrase's parts: one, or the parallel halves of a title
    for text in phrases:
        upper = out[-1][-1] if out else ""
        if (
            upper
            and not _introduces(upper)
            and not bracketed(upper)
            and _halves(upper, text)
            and len(_loose(upper)) <= _PAIRED_HALF_MAX
            # 新安大桥建成通车 / 总投资超过六亿元: the figures under the news are its 副题
            and not figure_clause(text, upper)
        ):
            out[-1].append(text)  # 惠民生 / 促消费 / 增后劲: three parts are one title too
        else:
            out.append([text])
    return [" ".join(parts) for parts in out]


# 平台筑基：构建协同育人新生态: a label and a colon before the phrase, as a series of subheads
# prints each of its heads.  A place (温岭：…, 丽水市：…) labels a brief about it, one of a row.
_LABELLED = re.compile(r"^([\u3400-\u9fff]{3,6})(?<![市县区镇乡村省州])[:：]\s*[^:：，,。；;]{4,24}$")


_LABEL_NAMED_WITHIN = 60  # characters of the text under a labelled headline that may name its label


def labelled_head(text: str) -> int:
    """The length of the label a subhead of the labelled kind opens with, 0 for any other line."""
    m = _LABELLED.match(text.strip())
    return len(m.group(1)) if m else 0


def parallel_subhead(text: str, earlier: list[str]) -> bool:
    """Subheads inside one long story are printed in a parallel pattern: the same length and the
    same number of phrases (走得更深 沉到一线 找问题 / 办得更实 立说立行 解难题), or a label of
    the same length before a colon (平台筑基：… / 专业重构：…)."""
    label = labelled_head(text)
    if label:
        return any(labelled_head(other) == label for other in earlier if other != text)
    if has_inner_punctuation(text) or len(text) > 20:
        return False
    phrases = len(text.split())
    for other in earlier:
        if other == text or has_inner_punctuation(other) or len(other) > 20:
            continue  # a line is no parallel of itself
        # (quotation marks set off a word, they lengthen no phrase: 从货运到客运 / 从“过去”到“未来”)
        if abs(len(_unquoted(other)) - len(_unquoted(text))) <= 3 and len(other.split()) == phrases:
            return True
    return False


def _unquoted(text: str) -> str:
    return text.translate(_QUOTE_MARKS)


_QUOTE_MARKS = str.maketrans("", "", "“”‘’\"'《》")


# What the story above a headline-shaped line is, for starts_new_story: a news item with its
# headline, a few paragraphs and no subheads, opened by a dateline (DATED) or not (TITLED).
DATED, TITLED = 2, 1


def starts_new_story(
    run: list[Line],
    after: Line,
    before: Line | None,
    after_picture: bool,
    parallel_candidates: list[str],
    story_so_far: str,
    text_after: str,
    news_above: int = 0,
) -> bool:
    """A headline-shaped line followed by running text with no byline: the headline of a story
    that carries no credits, or a subhead / broken-off fragment of the story it stands in?

    Signals, none decisive on its own: what stands above it (a picture, the end of the page's
    previous block), blank-line gaps around it, parallel subheads seen in the story (or, for a line
    of several phrases, further down the text), and whether it shares more words with the text
    below than with the story above. A line over a paragraph that opens the way a news story does
    (1月19日，近日，今年以来，记者从…获悉) is a headline more often than not, the more so when
    the story above is a complete news item (`news_above`: its own headline, its dateline or
    byline, a few paragraphs and no subheads), since short news items are not set with subheads; a paragraph that carries on the words of the story
    above, or a line left open on 的, 和, 与…, speaks for the story above. A paragraph opening with a
    place as its subject (东城区推出…) counts as a lead when neither it nor the line shares words
    with the story above.
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
    if any(column_tagged(line.text) for line in run):
        score += 2  # a headline closed by its column's tag: a piece of its own, never a section
    if len(run) >= 2 and piece_label(run[0].text):
        score += 2  # 短评 / 要给乡镇企业松绑: the column of a piece of its own, over its headline
    if len(run) == 1 and run[0].rows == 1 and any(ch in text for ch in "，,"):
        # a clause cut off by a column break, more often than a headline set without byline (not
        # so a headline printed over two rows and read as one: 两年建设终告完工， / 新安大桥…)
        score -= 1
    if len(run) == 1 and text[-1] in "：:":
        score -= 2  # a lead-in to the paragraph below: 会议要求：
    if before is not None and before.text.rstrip('”’"')[-1:] in "？?：:！!":
        # a question or lead-in introduces what follows inside the same story
        score -= 1
    label = labelled_head(text)
    # 玉环：渔港升级改造完工 over 玉环市坎门渔港…: a brief about the place its label names, one of
    # a row of them, where a section's label (平台筑基：…) is not the subject of its text
    briefed = label and text.strip()[:label] in text_after[:_LABEL_NAMED_WITHIN]
    if len(run) == 1 and ((parallel_subhead(text, parallel_candidates) and not briefed) or enumerated(text)):
        score -= 2
    if len(run) == 1 and left_open(text):
        score -= 2  # a phrase left open: the first piece of a broken sentence
    above = overlap(text, story_so_far)
    if opens_like_lead(after.text):
        carried = overlap(after.text[:60], story_so_far)
        score += 1
        if news_above == DATED and above < 0.3:
            score += 1
        elif news_above == TITLED and above < 0.15 and carried < 0.1:
            score += 1  # a feature's subhead echoes the feature's words; this line and text do not
        if carried >= 0.25:
            score -= 1  # the same people, places and things as the story above: its next section
    elif (
        news_above
        and opens_with_place(after.text)
        and above < 0.15
        and overlap(after.text[:60], story_so_far) < 0.1
    ):
        # a paragraph opening with a place as its subject (东城区推出…) opens a story when neither
        # it nor the line above it has anything to do with the story above
        score += 2
    below = overlap(text, text_after)
    if above <= 0.1 and below >= 0.3:
        score += 2
    elif below >= above + 0.25:
        score += 1
    elif above > below:
        score -= 1
    return score >= 2
