"""The page's own furniture: masthead, issue date, page number and page name, editors' credits.

These lines are read only where papers print them (the first and last lines of the page) and only
when the whole line is made of such items; nothing is guessed from the stories' text.
"""

from __future__ import annotations

import datetime
import itertools
import re
import string
import unicodedata
from collections import Counter

from .bylines import (
    citation_alone,
    looks_like_name,
    marker_alone,
    parse_byline,
    parse_lead,
    parse_signature,
    parse_source,
)
from .headlines import issuer_line, reports_news
from .lines import CLOSERS, Line, cells, has_inner_punctuation, is_terminated, left_open, undecorated
from .model import ParsedPage
from .sections import SECTION_WORDS, section_name

_PAPER = re.compile(
    r"^[\u3400-\u9fff]{1,8}(?:日报|晚报|早报|晨报|时报|商报|都市报|青年报|法治报|法制报|农民报|经济报|快报|导报|周报)$"
    # papers printed in traditional characters: 星島日報, 明報
    r"|^[\u3400-\u9fff]{1,8}(?:日報|晚報|早報|晨報|時報|商報|快報|周報|僑報)$"
    # any other 东阳报: two characters at least before 报, and not a notice (喜报, 简报, 情报…)
    r"|^[\u3400-\u9fff]{1,7}[^\W\d_喜捷简情预公汇通警海画电申]报$|^[\u3400-\u9fff]{1,7}[^\W\d_喜捷簡情預公匯通警海畫電申]報$"
    # and the papers whose names read as words (申报: to declare; 公报: a communiqué; 汇报: a
    # report), or hold one character before 报
    r"|^(?:申报|大公报|申報|大公報|文汇报|文匯報|晶报|晶報)$"
    # a paper's edition abroad or for the countryside, an agency's daily, and papers named otherwise
    r"|^[\u3400-\u9fff]{1,8}日报(?:海外版|农村版)$|^[\u3400-\u9fff]{1,6}每日电讯$|^(?:参考消息|南方周末)$"
)
_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2}))$"
)
# The count some papers print in the header (总第12345期, 今日8版); its serial numbers and
# hotlines are the imprint's, taken out wherever they stand (``_IMPRINT``)
_COLOPHON = re.compile(r"^(?:总第\s*\d+\s*期|今日\s*\d+\s*版|本期\s*\d+\s*版)")
# The page's number printed alone at its head or foot: 3, - 3 -, —3—
_FOLIO = re.compile(r"^[-—–－~·•\s]*(?P<n>\d{1,3})[-—–－~·•\s]*$")
_WEEKDAY = re.compile(r"^(?:星期|周)[一二三四五六日天]$")
_LUNAR = re.compile(r"^农历.{2,12}$")
_PAGE = re.compile(
    # (a section's pages lettered twice: AA05, SA02)
    r"^(?:第\s*)?(?P<n>[0-9]{1,3}|[A-Za-z]{1,2}[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*版$|^(?P<n2>[A-Z]{1,2}[0-9]{1,2})$"
)
_PAGE_NAME = re.compile(r"^[\u3400-\u9fff]{2,6}(?:[·•・][\u3400-\u9fff]{2,6})?$")
_STAFF_INLINE = re.compile(
    r"(?:(?:本版|本文|本期)?(?:责任编辑|责编)|(?:本版|本文|本期)编辑|值班编辑|值班编委|值班总编|值班副总编|值班主任|美术编辑|美编|"
    r"版式设计|版式|(?:首席|执行|文字|图片|版面)编辑|(?:美术|视觉|版面)?设计|(?:责任)?校对|编辑|组版|排版|视觉|(?:本期)?统筹|"
    r"审核|审校|[一二三初复终]审"
    # who planned, produced or edited a package (策划：甲 统筹：乙 主编：丙), named with a colon: as words they open
    # headlines too (执行新标准)
    r"|(?:总?策划|监制|出品人?|执行|(?:副|执行)?主编|总编辑|社长)(?=\s*[:：]))(?:\s*[:：/／]\s*|\s+)"
    # a two-character name is often padded to the width of three: 李  明; one role may name two
    r"(?:[\u3400-\u9fff]\s[\u3400-\u9fff](?![\u3400-\u9fff])|[\u3400-\u9fff·]{2,8})"
    r"(?:[\s、]{1,3}(?!本版|本文|责|美|版式|设计|校对|编辑|组版|视觉|审核|审校|[一二三初复终]审|总?策划|监制|出品|执行|统筹|"
    r"副?主编|总编|社长)"
    # (nor is the page's name after the staff a second name: 责任编辑 王芳 时政)
    rf"(?!(?:{'|'.join(sorted(SECTION_WORDS, key=len, reverse=True))})(?![\u3400-\u9fff]))"
    r"(?:[\u3400-\u9fff]\s[\u3400-\u9fff](?![\u3400-\u9fff])|[\u3400-\u9fff·]{2,4})(?![\u3400-\u9fff]))?"
)
# Where the picture stood, in text taken from an e-paper: [图片], 【图】
_PICTURE_PLACEHOLDER = re.compile(
    r"[\[【〔<＜（(]\s*(?:图片|图|照片|img|image|pic)\s*[\]】〕>＞）)]", re.IGNORECASE
)
# A prompt to scan the paper's code, printed beside it: 扫描二维码 关注本报微信公众号 / 扫码看视频
_CODE_PROMPT = re.compile(
    # (no clause in it, as a row of text may hold: …3D扫描、AR试衣等, 推行“扫码入企”后，执法人员…)
    r"^[^。！？!?，,、；;]{0,14}(?:扫描|扫码|扫一扫|长按)[，,]?[^。！？!?，,、；;]{0,20}$|^[\u3400-\u9fff]{0,8}二维码$"
    # and to follow its account: 更多精彩内容请关注“温岭发布”微信公众号
    r"|^[^。！？!?]{0,16}(?:关注|订阅)[^。！？!?]{0,16}(?:公众号|视频号|客户端|抖音号|微博)$"
    # ...the account named alone (更多精彩请关注“清溪发布”), or its handle or its tag (@清溪日报, #清溪新闻#)
    r"|^更多(?:精彩|资讯|内容|新闻)?(?:内容)?(?:请|敬请)?(?:关注|下载|登录)[^。！？!?]{1,16}$"
    r"|^[@＠][\w\u3400-\u9fff]{2,20}$|^[#＃][^#＃\s]{2,20}[#＃]$"
)
# An editor's code left beside a picture: ③2, ⑩
# The paper asking its readers for news or letters: 选题线索来信邮箱：…, 新闻热线：…
_READERS_CALL = re.compile(
    r"^(?:选题线索|新闻线索|报料|爆料|投稿|读者来信|来信)[^。！？!?]{0,8}(?:邮箱|信箱|热线|电话|微信)\s*[:：]\s*\S"
)
# The paper's imprint, printed under the masthead or at the last page's foot: its serial numbers,
# price, address and the lines its readers ring (新闻热线：…, 国内统一连续出版物号 CN33-0001, 零售价：1.50元),
# and what an e-paper's page counts (阅读量：1234); an advertiser's own 热线 is the advertisement's
_IMPRINT = re.compile(
    r"^(?:CN\s*\d{2}\s*[-－]\s*\d{4}\S*"
    # a serial number, after a colon or a space: 国内统一连续出版物号 CN33-0001
    r"|(?:(?:国内)?统一(?:连续出版物号|刊号)|国际标准连续出版物号|邮发代号|ISSN)\s*[:：]?\s*[A-Za-z\d]"
    # ...the rest with a colon and what it names: a bare 新闻热线 over a headline is a column's
    # name, and 零售价格指数上涨 a headline
    r"|(?:(?:本报|本刊)?(?:新闻|广告|发行|订阅|订报|读者|报料|爆料|值班|投诉)(?:热线|电话)|零售价|定价|本报地址|报社地址|社址"
    r"|阅读量|阅读数|浏览量|浏览次数|点击数|点击量|广告(?:经营)?许可证|印刷|承印|主管(?:主办|单位)?)\s*[:：]\s*[^\s。！？!?]"
    # who advises the paper at law, and the days it comes out
    r"|(?:本报)?(?:常年)?法律顾问\s*[:：\s]\s*[^\s。！？!?]|每(?:周|日|天)[^。！？!?\s]{0,10}出版$"
    # the price without a colon (定价1.5元)
    r"|(?:定价|零售价|每份)\s*\d{1,2}(?:\.\d{1,2})?\s*元$)"
    r"[^。！？!?]{0,60}$",
    re.IGNORECASE,
)
# The paper's imprint opening on who publishes it: 温岭日报社出版 社址：… 邮编：… 定价：1.50元, or
# 温岭日报社 地址：…
_PUBLISHER = re.compile(
    r"^[\u3400-\u9fff]{2,12}(?:报社|報社|杂志社)\s*(?:(?:出版|主办|主管|编辑出版|出版发行)(?:\s+[^。！？!?]{0,80})?"
    r"|\s(?:地址|社址)\s*[:：][^。！？!?]{2,80})$"
)
#: The characters an imprint's line opens on (asked first: most lines are no imprint).
_IMPRINT_OPENS = frozenset("国统邮IiCc新广发订读报爆值投零定本社阅浏点印承主常法每")
# 数字报 qxnews.cn, 网址：www.qxnews.cn: the paper's site, on a line of its own
_SITE_LINE = re.compile(
    r"^[\u3400-\u9fff]{0,10}(?:数字报|电子版|网站|官网|网址|网)\s*[:：]?\s*(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?$",
    re.IGNORECASE,
)
# 清溪日报印务中心印刷: who prints the paper, named at its foot
_PRINTER = re.compile(r"^[\u3400-\u9fff]{2,16}(?:印刷厂|印务中心|印务有限公司|印刷有限公司)印刷$")
# What a picture was saved as, left where it stood: 20250305_a3_01.jpg
_PICTURE_FILE = re.compile(r"^[\w\-.（）()]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$", re.IGNORECASE)
_EDITOR_CODE = re.compile(r"^[①-⑳]\d{0,2}$|^\d{1,2}[①-⑳]$")
# The buttons and links an e-paper's web page prints around a story, exported with its text:
# 上一篇 下一篇, 返回目录, 【字体：大 中 小】 打印本页 关闭窗口, 分享到：
_WEB_CONTROLS = frozenset((
    "上一篇", "下一篇", "上一版", "下一版", "上一期", "下一期", "返回目录", "返回首页", "返回版面", "返回本版",
    "返回顶部", "版面导航", "标题导航", "打印", "打印本页", "关闭", "关闭窗口", "分享", "分享到", "收藏", "纠错",
    "我要纠错", "字体", "字号", "大", "中", "小", "放大", "缩小", "默认", "朗读", "复制链接", "往期回顾", "下载",
    "PDF", "PDF下载", "点击查看大图", "查看大图", "查看原图", "点击查看原图", "点击放大", "分享让更多人看到",
    "扫一扫", "扫一扫分享", "微信扫一扫", "推荐阅读", "微信", "微博", "新浪微博", "腾讯微博", "朋友圈", "微信朋友圈",
    "QQ", "QQ空间", "QQ好友", "豆瓣", "人人网", "更多", "点击蓝字", "关注我们", "阅读原文", "往期推荐", "点个在看",
    "在看", "点赞", "点击收听", "点击播放", "收听音频", "听新闻", "语音播报", "返回", "回到顶部", "返回列表",
    # a site's path to the page and its menu: 当前位置：首页 > 要闻
    "首页", "网站首页", "主页", "当前位置", "您当前的位置", "您的位置", "当前的位置", "所在位置",
))  # fmt: skip
# what a site counts and reckons of a piece: 本文字数：1200, 阅读时间：3分钟, 浏览量：1234
_READING_FIGURES = re.compile(
    r"^(?:本文|全文)?(?:字数|阅读时间|阅读时长|预计阅读时间|阅读量|阅读数|浏览量|浏览次数|点击量)\s*[:：]\s*约?[\d,，.]+\s*(?:字|分钟|次|万)?$"
)
# 上一篇：我市召开安全生产工作会议: the site's link to the story it carries before or after this one
_NEIGHBOUR_LINK = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇)\s*[:：]\s*\S.{0,60}$")
# The page's credit for all its pictures: 本版图片除署名外均由记者 甲 摄, 本版照片均由乙提供; and for
# all its copy: 本版稿件均由各镇街提供
_PAGE_PICTURES_CREDIT = re.compile(
    r"^本[版期](?:图片|照片|摄影|插图|插画|漫画|绘图|题图|美术)(?:[^。！？!?]{0,30}(?:摄|摄影|拍摄|提供|供图)|(?:\s*[:：]\s*|\s+)[\u3400-\u9fff\s、/／]{2,24})$"
    r"|^本[版期](?:稿件|文稿|文字|图文|内容)[^。！？!?]{0,6}(?:由|为|来自)[^。！？!?]{2,24}(?:提供|供稿|撰写|采写|整理)$"
)
# A news site's line of when and where from over a story it carries from a paper, naming no one:
# 2026年03月05日 05:32 | 来源：人民网－人民日报, 发布时间：2026-03-05 08:00 来源：清溪日报
_SITE_DATE = (
    r"^(?:(?:发布时间|发布日期|时间|日期)\s*[:：]\s*)?"
    r"(?:19|20)\d\d(?:\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|([-./])\d{1,2}\1\d{1,2})"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_WEB_DATELINE = re.compile(
    _SITE_DATE + r"\s*[|｜]?\s*(?:来源|稿源|信息来源)\s*[:：]\s*[^\s。！？!?，,]{2,30}$"
)
# What an e-paper's site calls itself beside the paper's name: 温岭日报 数字报
_EDITIONS = frozenset(
    ("数字报", "数字报纸", "电子报", "电子版", "数字版", "电子报刊", "数字报刊", "在线读报")
)
_COPYRIGHT = re.compile(
    r"^(?:©|Copyright|版权所有|本报版权所有)[^。！？!?]{0,40}$|^(?:版权声明|免责声明)[:：]"
    r"|^[^。！？!?]{0,20}未经(?:书面)?(?:授权|许可|同意)[，,]?\s*(?:不得|严禁|禁止)转载[^。！？!?]{0,10}$",
    re.IGNORECASE,
)


_CONTROLS_MAX = 40  # characters of a line of such buttons


def _web_controls(text: str) -> bool:
    if text[:1] in "上下" and _NEIGHBOUR_LINK.match(text):
        return True
    if _READING_FIGURES.match(text):
        return True
    if len(text) > _CONTROLS_MAX:
        return False
    tokens = [t for t in re.split(r"[\s【】\[\]|｜:：/／<>«»·]+", text) if t]  # (<<上一篇, 下一篇>>)
    return (
        bool(tokens)
        and all(t in _WEB_CONTROLS for t in tokens[:1])
        and all(t in _WEB_CONTROLS or t in _EDITIONS for t in tokens)
    )


# A line of the page's staff and nothing else, wherever it stands: 责任编辑：张磊 美编：王芳 / （编辑 王敏） /
# 【责任编辑：王芳】
# (the desk's telephone may follow: 本版责编：甲 美编：乙 电话：0576-86123456)
_STAFF_LINE = re.compile(
    rf"[（(【\[]?\s*(?:(?:{_STAFF_INLINE.pattern})[\s,，、;；|｜]*)+"
    r"(?:(?:电话|热线|邮箱|E-?mail)\s*[:：]\s*[\w\-@.]{5,40}[\s,，、;；|｜]*)*[)）】\]]?",
    re.IGNORECASE,
)
# What follows a story's last sentence on the same row when an extraction joins the line under the
# story to it: the page's staff (…绕行沿海公路。（责任编辑：王丽）) or where the story came from
# (…秋季开学。来源：新华社); each is taken out on a row of its own, so it is glued
_GLUED_TAIL = re.compile(r"(?<=[。！？!?”’」』])\s*(?P<tail>[^。！？!?“”]{4,40})$")


def without_glued_tail(paragraph: str) -> str | None:
    """``paragraph`` without the staff line or the source glued after its last sentence; None when
    nothing is so glued. Unbracketed staff must print its colon (…。编辑：甲): a sentence may end on
    a role and a name."""
    if "编" not in paragraph[-40:] and "来源" not in paragraph[-40:] and "审" not in paragraph[-40:]:
        return None  # (most paragraphs: spared the search)
    m = _GLUED_TAIL.search(paragraph[-48:])
    if m is None:
        return None
    tail = m.group("tail").strip()
    staff = _STAFF_LINE.fullmatch(tail) is not None and (tail[:1] in "（(【[" or "：" in tail or ":" in tail)
    if not staff and not ("来源" in tail and parse_source(tail)):
        return None
    return paragraph[: len(paragraph) - len(m.group(0))].rstrip()


# What a masthead prints beside the paper's name and date: the day's weather (今日天气：多云
# 12℃~20℃), the paper's site (温岭新闻网 www.wlnews.cn), how many pages and which issue (今日8版
# 第8888期); a line of its serial numbers is the imprint's (``_IMPRINT``)
_HEADER_BOXES = re.compile(
    r"(?:今日|今天|明日|明天)?天气\s*[:：]?\s*[\u3400-\u9fff转]{0,8}\s*-?\d{1,2}\s*℃?\s*[~～至\-－—/]\s*-?\d{1,2}\s*℃"
    r"|(?:[\u3400-\u9fff]{2,10}(?:网|客户端)\s*)?(?:https?://)?www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?"
    r"|今日\s*\d{1,3}\s*版|(?:总)?第\s*\d{3,6}\s*期"
    # the paper's site without its www (数字报 qxnews.cn)
    r"|(?<![\w.])(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)(?:/\S*)?(?![\w.])",
    re.IGNORECASE,
)
# A database's count of a piece's characters beside the paper, date and page it lists: 字数：456
_WORD_COUNT = re.compile(r"(?:字数|篇幅)\s*[:：]?\s*\d{1,6}\s*字?")
# E-paper text labels the header's fields: 版次：A03 版名：要闻 日期：2025-11-21
_PAGE_NAME_LABEL = re.compile(r"(?:版面|版名)\s*[:：]")
_DAY_NO_YEAR = re.compile(r"(?<![\d年./\-])\d{1,2}\s*(?:[/.]\s*\d{1,2}|月\s*\d{1,2}\s*日)(?![\d./\-])")
_FIELD_LABEL = re.compile(r"(?:版次|版号|版面|版名|日期|出版日期|刊期|期号|期数)\s*[:：]")
# (> and » as an e-paper site prints its path: 温岭日报 > 2025年03月05日 > 第A03版：要闻)
_PATH_MARK = re.compile(r"[>＞»›]")
_SPLIT = re.compile(r"[\s|｜/／:：（）()【】\[\]>＞»›■□●◆◇]+")  # (bullets set the header's fields apart too)
# Dates and page numbers are printed together: "2024年1月22日 星期一 第3版 要闻".
_DATE_INLINE = re.compile(
    r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?<!\d)(?:19|20)\d\d([-./])\d{1,2}\1\d{1,2}(?!\d)"
)


# A date in words, as older pages print it: 一九四六年三月五日, 二〇二四年一月二十三日, and a year of
# the Republic (中华民国三十五年 is 1946)
_DIGIT_WORDS = "〇零○一二三四五六七八九OＯ0０"  # (character recognition reads 〇 as a letter O or a 0)
_COUNT_WORDS = "一二三四五六七八九十廿卅"
_DATE_IN_WORDS = re.compile(
    rf"(?:(?P<year>[{_DIGIT_WORDS}]{{4}})|(?:中华)?民国(?P<republic>元|[{_COUNT_WORDS}]{{1,3}}))\s*年\s*"
    rf"(?P<month>[{_COUNT_WORDS}]{{1,3}})\s*月\s*(?P<day>[{_COUNT_WORDS}]{{1,4}})\s*日"
)
#: The year before the Republic's first (民国元年 is 1912).
_REPUBLIC_EPOCH = 1911


def _count(words: str) -> int | None:
    """三十五 → 35, 廿三 → 23, 十 → 10; None for what is no number."""
    words = words.replace("廿", "二十").replace("卅", "三十")
    return page_number(words)


def _date_in_words(m: re.Match) -> datetime.date | None:
    if m.group("year"):
        year = int("".join(str(_NUMERALS.get(ch, 0)) for ch in m.group("year")))  # (O, 0: 〇)
    else:
        republic = m.group("republic")
        count = 1 if republic == "元" else _count(republic)
        if count is None:
            return None
        year = _REPUBLIC_EPOCH + count
    month, day = _count(m.group("month")), _count(m.group("day"))
    try:
        return datetime.date(year, month, day) if month and day else None
    except ValueError:
        return None


_NUMERALS = {
    "○": 0,
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def page_number(reference: str | None) -> int | None:
    """The page number a reference names: 第二版 → 2, 第１２版 → 12, 二十一版 → 21, 十 → 10.

    None when it names none (A3版, 第十十版): the masthead's page number and the 上接 / 下转
    references between the parts of a story are read here alike.
    """
    text = (
        unicodedata.normalize("NFKC", reference or "").strip().removeprefix("第").removesuffix("版").strip()
    )
    if not text:
        return None
    if text.isdecimal():
        return int(text)
    if "十" in text:
        tens, _, units = text.partition("十")
        if (tens and tens not in _NUMERALS) or (units and units not in _NUMERALS):
            return None
        return (_NUMERALS[tens] if tens else 1) * 10 + (_NUMERALS[units] if units else 0)
    if len(text) == 1:
        return _NUMERALS.get(text)
    return None


_JOINED = re.compile(r"^([^·•・]+)[·•・]([^·•・]+)$")


def _paper_and_page(token: str) -> list[str]:
    """温岭日报·要闻, 要闻·2版: the paper's name and the page's, or the page's name and number,
    joined by a dot, read as two."""
    m = _JOINED.match(token)
    if m and (_PAPER.match(m.group(1)) or _PAGE.match(m.group(2)) or _PAGE.match(m.group(1))):
        return [m.group(1), m.group(2)]
    return [token]


# The paper's name in Latin letters on a line of its own under the masthead: QINGXI DAILY
_LATIN_PAPER = re.compile(
    r"\b(?:DAILY|NEWS|TIMES|EVENING|POST|HERALD|JOURNAL|GAZETTE|TRIBUNE|EXPRESS)\b", re.IGNORECASE
)


# 浙 江 日 报, 大　公　報: a name set a character at a time in a masthead's big type
_LETTER_SPACED = re.compile(r"(?<!\S)[\u3400-\u9fff](?:[ \u3000]{1,2}[\u3400-\u9fff])+(?!\S)")

_FURNITURE_MAX = 200  # characters of a header or footer line: the paper, date, page, staff, site path


def _read_furniture(text: str, page: ParsedPage, lone_name: bool = False) -> bool:
    """Fill page fields from a furniture line; False (and nothing filled) when it is not one.
    `lone_name`: the line above gave the page number, so a page name may stand alone (第2版 / 要闻)."""
    if len(text) > _FURNITURE_MAX:
        return False  # a paragraph, however it opens: spare it the header's patterns
    if _COLOPHON.match(text):
        return True
    folio = _FOLIO.match(text)
    if folio:
        if page.page_number is None:
            page.page_number = int(folio.group("n"))
        return True
    found: dict = {}
    bare_number = None
    dated = False  # a weekday or lunar date: a line of these alone is the header's too
    rest = text
    for m in _DATE_IN_WORDS.finditer(text):
        when = _date_in_words(m)
        if when is None:
            return False
        found["date"] = when
    rest = _DATE_IN_WORDS.sub(" ", rest)
    for m in _DATE_INLINE.finditer(text):
        dm = _DATE.match(re.sub(r"\s+", "", m.group()))
        if dm:
            found["date"] = _date_of(dm)
            if found["date"] is None:
                return False
    rest = _DATE_INLINE.sub(" ", rest)
    rest, days = _DAY_NO_YEAR.subn(" ", rest)
    dated = dated or bool(days)  # (03/05 星期三: the day without its year fixes no date)
    page_labelled = "版" in rest and _PAGE_NAME_LABEL.search(rest) is not None  # 版面：要闻
    rest = _FIELD_LABEL.sub(" ", rest)
    rest = _WORD_COUNT.sub(" ", rest)
    rest, boxed = _HEADER_BOXES.subn(" ", rest)
    rest = _LETTER_SPACED.sub(lambda m: re.sub(r"[ \u3000]", "", m.group()), rest)
    rest, staff = _STAFF_INLINE.subn(" ", rest)
    rest = re.sub(r"第\s*(\w{1,3}?)\s*版", r"第\1版", rest)
    tokens = [part for t in _SPLIT.split(rest) if t for part in _paper_and_page(t)]
    names = []
    for tok in tokens:
        if tok in _WEB_CONTROLS or tok in _EDITIONS:
            continue  # 第01版：要闻 | 上一版 | 下一版, 温岭日报 数字报: the web page's, not the paper's
        if _PAPER.match(tok):
            found.setdefault("publication", tok)
        elif _WEEKDAY.match(tok) or _LUNAR.match(tok):
            dated = True
        elif tok.isascii() and tok.isalpha():
            continue  # the paper's name in Latin letters
        elif _PAGE.match(tok):
            pm = _PAGE.match(tok)
            n = pm.group("n") or pm.group("n2")
            lettered = n[0].isascii() and n[0].isalpha()
            digits = n.lstrip(string.ascii_letters)
            num = (int(digits) if digits.isdigit() else None) if lettered else page_number(n)
            if num is not None:
                found["page_number"] = num
        elif _SHEET.match(tok):
            continue  # 第二張: the sheet an older paper's page is on, beside its page number
        elif _PAGE_NAME.match(tok):
            names.append(tok)
        elif tok.isascii() and tok.isdigit() and len(tok) <= 2 and bare_number is None:
            # (③2 is "digits" to str.isdigit, but no number int() reads)
            bare_number = int(tok)  # "02 要闻": a number is a page number only beside a page name
        else:
            return False
    if bare_number is not None:
        # "02 要闻", or a footer's "浙江日报 2024年1月23日 星期二 3": beside a page name, the paper or the date
        if "page_number" in found or not (names or "publication" in found or "date" in found):
            return False
        found["page_number"] = bare_number
    if lone_name and len(tokens) == 1 and names:
        found["page_name"] = names[0]
    latin_name = (
        bool(tokens) and all(t.isascii() and t.isalpha() for t in tokens) and _LATIN_PAPER.search(text)
    )
    # the site's path or menu (当前位置：首页 > 要闻, 网站首页 | 要闻 | 社会) names pages as sections
    # ...and a path from the site's home page names its own sections, whatever they are called
    # (首页 > 新闻中心 > 本地新闻)
    pathed = bool(tokens) and tokens[0] in _WEB_CONTROLS and _PATH_MARK.search(text) is not None
    navigated = any(t in _WEB_CONTROLS for t in tokens) and (pathed or all(section_name(n) for n in names))
    if (
        not found
        and not ((staff or boxed) and all(t in _WEB_CONTROLS or t in _EDITIONS for t in tokens))
        and not (dated and not names)
        and not latin_name
        and not (page_labelled and names)
        and not (navigated and names)
    ):
        return False
    # a page name counts beside a page number ("3版 要闻"), or beside the date or the paper's name
    # when it is one of the names papers give their pages ("要闻 2024年3月5日")
    beside = ("date" in found or "publication" in found) and all(section_name(n) for n in names)
    if (
        names
        and "page_number" not in found
        and not (lone_name and len(tokens) == 1)
        and not beside
        and not page_labelled
        and not navigated
    ):
        return False
    if len(names) > 1 and not navigated:  # (a menu's names: no page is named)
        return False
    if len(names) == 1:
        found["page_name"] = names[0]
    for key, value in found.items():
        if getattr(page, key) is None:
            setattr(page, key, value)
    return True


def _heads_a_story(lines: list[Line], k: int) -> bool:
    """第7版 / (blank) / 老屋的灯 / 文/陈小燕: a short line under the page's number is the page's
    name when it stands tight under it or is one of the names papers give their pages; set apart
    from it, or over a byline, it is the first story's headline."""
    text = lines[k].text.strip()
    if reports_news(text):
        return True  # 滬市米價又漲: a page is named, never said to have happened
    if k + 1 < len(lines) and not lines[k + 1].gap:
        below = lines[k + 1].text.strip()
        if parse_byline(below) or parse_lead(below) or parse_signature(below):
            return True
    return bool(lines[k].gap) and not section_name(text)


def _ends_open(text: str) -> bool:
    """…（下转第 / 一版）: a bracket left open at the end of a line is closed on the next one, which
    is no page footer."""
    at = max(text.rfind("（"), text.rfind("("))
    return at >= 0 and not any(ch in text[at:] for ch in "）)")


_SHEET = re.compile(r"^第[一二三四五六七八九十\d]{1,3}[张張]$")


def _date_of(m: re.Match) -> datetime.date | None:
    """The day a match of ``_DATE`` names, None for one no calendar has."""
    try:
        return datetime.date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    except ValueError:
        return None


def _dates_a_notice(lines: list[Line], k: int, head: int, issued: datetime.date | None = None) -> bool:
    """王某某治丧小组 / 2025年10月4日 at the foot of the page: a date alone under whoever signs a
    notice or a letter dates it; it is no footer giving the issue's date, nor is a date other than
    the issue's that the header gave."""
    m = _DATE.match(lines[k].text.strip()) if k - 1 >= head else None
    if m is None:
        return False
    if issued is not None and _date_of(m) not in (None, issued):
        return True
    signer = lines[k - 1].text.strip()
    return bool(issuer_line(signer) or looks_like_name(signer) or _SIGNING_BODY.search(signer))


_SIGNING_BODY = re.compile(r"(?:小组|组委会|筹委会|家属|全体同仁)$")


# A collection's citation of the page a piece was printed on: 《人民日报》（2026年03月05日 第 05 版）
_CITED_PAGE = re.compile(
    r"《\s*(?P<paper>[^《》]{1,20}?)\s*》\s*[（(]\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"\s*第?\s*(?P<n>[A-Za-z]?\d{1,3})\s*版\s*[)）]$"
)


_CITED_MIN = 2  # pieces cited to one page, for a page without its header to be read as that one


def read_cited_page(lines: list[Line], page: ParsedPage) -> None:
    """The paper, the date and the page a collection cites each of the page's pieces to, for a page
    printed without its header: what the header would have said.  One citation alone may be a
    reprinted piece's, naming the paper it first ran in."""
    if page.publication is not None and page.date is not None and page.page_number is not None:
        return
    cited, found = set(), 0
    for line in lines:
        m = _CITED_PAGE.search(line.text) if "《" in line.text else None
        if m is None or not _PAPER.match(m["paper"].strip()):
            continue
        try:
            date = datetime.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return
        cited.add((m["paper"].strip(), date, int(m["n"].lstrip(string.ascii_letters))))
        found += 1
    if len(cited) != 1 or found < _CITED_MIN:
        return
    for key, value in zip(("publication", "date", "page_number"), cited.pop(), strict=True):
        if getattr(page, key) is None:
            setattr(page, key, value)


# 温岭日报数字报-新安大桥建成通车, 新安大桥建成通车_温岭日报: a web page's title, the paper's name
# and the story's headline
_SITE_TITLE = re.compile(r"^(?P<a>[^-—_|｜]{2,40}?)\s*[-—_|｜]\s*(?P<b>[^-—_|｜]{2,40})$")


def _site_title(lines: list[Line]) -> bool:
    """The first line names the paper and the headline printed right under it."""
    m = _SITE_TITLE.match(lines[0].text)
    if m is None or len(lines) < 2:
        return False
    a, b = m.group("a").strip(), m.group("b").strip()
    for paper, headline in ((a, b), (b, a)):
        for edition in _EDITIONS:
            paper = paper.removesuffix(edition).strip()
        if _PAPER.match(paper) and any(line.text == headline for line in lines[1:4]):
            return True
    return False


def take_furniture(lines: list[Line], page: ParsedPage) -> list[Line]:
    """Remove masthead and page-header lines from the top and bottom of the page."""
    if not lines:
        return lines
    head = 0
    numbered = False  # the line just read gave the page number
    while head < min(6, len(lines)):
        before = page.page_number
        text = lines[head].text
        # a page's name may stand alone under its number (第2版 / 要闻), never set in or marked as a
        # headline is
        lone = (
            numbered
            and page.page_name is None
            and not lines[head].indent
            and not lines[head].md
            and not _heads_a_story(lines, head)
        )
        if head == 0 and _site_title(lines):
            head += 1  # 温岭日报数字报-新安大桥建成通车: the web page's title over the story it shows
            continue
        if not _read_furniture(text, page, lone_name=lone):
            below = ParsedPage(articles=[])
            named_header = head or (head + 1 < len(lines) and _read_furniture(lines[head + 1].text, below))
            # 东海潮 / 2025年4月8日 第7版: the supplement's name over the header naming the page, at
            # the top (a headline over a date alone is a story copied from a site)
            named_supplement = (
                head == 0 and below.page_number is not None and _PAGE_NAME.match(text.strip()) is not None
            )
            if not (named_header and page.page_name is None and (section_name(text) or named_supplement)):
                break
            # among the header lines, one of the names papers give their pages stands alone
            page.page_name = text
        numbered = page.page_number is not None and before is None
        head += 1
    tail = len(lines)
    while (
        tail > head
        and len(lines) - tail < 3
        and not _ends_open(lines[tail - 2].text if tail - 2 >= head else "")
        and not _dates_a_notice(lines, tail - 1, head, page.date)
        and _read_furniture(lines[tail - 1].text, page)
    ):
        tail -= 1
    kept = lines[head:tail]
    if head and kept:
        kept[0].gap = max(kept[0].gap, lines[head - 1].gap)
    return _without_repeated_headers(kept)


_HEADER_MAX = 60  # characters of a page header line
# The page's number set between dashes (- 5 -, —5—), as no line of text is printed
_DASHED_FOLIO = re.compile(r"^[-—–－]+\s*\d{1,3}\s*[-—–－]+$")
_LETTERED_PAGE = re.compile(r"(?<![A-Za-z])[A-Za-z]\d{1,2}(?!\d)")


def _without_repeated_headers(lines: list[Line]) -> list[Line]:
    """An e-paper export prints the page's header again over every story it exports (第A03版：要闻),
    and a document of several pages its running head at each page's top: a line naming a page
    number, a labelled date (日期：2025-03-05), or a paper and a date, and nothing but header fields,
    is furniture wherever it stands, as is a page's number set between dashes (- 5 -)."""
    kept: list[Line] = []
    for k, line in enumerate(lines):
        text = line.text
        labelled = _FIELD_LABEL.match(text) is not None  # 日期：2025-03-05, an export's field
        # (a date beside the paper's name: a date in a row of text is spared the reading)
        dated = ("报" in text or "報" in text) and _DATE_INLINE.search(text) is not None
        if _DASHED_FOLIO.match(text):
            # - 5 -: the page's number where one printed page ends and the next begins
            if k + 1 < len(lines):
                lines[k + 1].gap = max(lines[k + 1].gap, line.gap, 1)
            continue
        if len(text) > _HEADER_MAX or not ("版" in text or labelled or dated or _LETTERED_PAGE.search(text)):
            kept.append(line)
            continue
        header = ParsedPage(articles=[])
        broken = k > 0 and _ends_open(lines[k - 1].text)  # （下转第 / 二版）
        if (
            not broken
            and _read_furniture(text, header)
            and (
                header.page_number is not None
                or (labelled and header.date is not None)
                # the paper's name and the date, as a running head prints them at each page's top
                or (header.publication is not None and header.date is not None)
            )
        ):
            if k + 1 < len(lines):
                lines[k + 1].gap = max(lines[k + 1].gap, line.gap, 1)
            continue
        kept.append(line)
    return kept


# -- boxes of the page's own, wherever they stand: the index of other pages, the weather --------
def _box_label(line: Line) -> str:
    """A box's label as the patterns read it: 【本版导读】, ■天气, 相关文章： are 本版导读, 天气, 相关文章."""
    return line.core.strip("【】[]■●▌ ：:")


_INDEX_LABEL = re.compile(
    r"^(?:今日|本期|本报|本版|要闻|新闻)?导读$|^(?:今日|本期|本版)(?:看点|要目|目录)$|^(?:标题|版面)导航$"
)
# ▶ 我市一季度经济运行稳中向好  2版 / … (详见第A3版)
_PAGE_REFERENCE = re.compile(
    r"\S.{3,}?\s*(?:第?\s*[A-Za-z]?\d{1,2}\s*版|[（(](?:详见|见|转)?\s*第?\s*[A-Za-z]?\d{1,2}\s*版[)）])$"
)
_WEATHER_LABEL = re.compile(r"^(?:天气预报|今日天气|天气|气象|城市天气|本地天气)$")
_WEATHER = re.compile(r"-?\d{1,2}\s*(?:[～~至\-－—]\s*-?\d{1,2}\s*)?(?:℃|°C|度)")
_WEATHER_MAX = 40  # characters of one line of a weather box
_FORECASTS_MAX = 90  # ...written as sentences, the days one after another
_FORECAST_DAYS = 2


# A5 全市中小学秋季开学时间确定, 03版 金义都市区轨道交通开工: the page first, its headline after
_PAGE_FIRST = re.compile(r"(?:第\s*)?[A-Za-z]\d{1,2}\s*版?\s+\S.{3,}|第?\s*\d{1,2}\s*版\s+\S.{3,}")


def _indexes(line: Line) -> bool:
    core = line.core
    if core.endswith(("。", "！", "？")):
        return False
    if "版" in core and _PAGE_REFERENCE.fullmatch(core):
        return True
    first = core[:1]
    opens_on_page = first == "第" or (first.isascii() and first.isalnum())
    return opens_on_page and _PAGE_FIRST.fullmatch(core) is not None


# A site's links to other pieces under a story: 相关文章 / · 标题 / · 标题 (a printed box of
# related news holds text under its label, not titles alone)
_LINKS_LABEL = re.compile(
    r"^(?:相关|推荐|延伸|热门|热点|往期)(?:文章|阅读|新闻|报道|链接|推荐|回顾)$|^猜你喜欢$"
)
_LINK_MAX = 40  # characters of a linked title


_LINK_BULLETS = "·•・▪▫●○◆◇■□>》-—*+ \u3000"


def _links(line: Line) -> bool:
    core = line.text.lstrip(_LINK_BULLETS)
    return (
        core != line.text
        and 4 <= len(core) <= _LINK_MAX
        and core[-1:] not in "。！？!?；;，,：:"
        and "。" not in core
    )


def _link_list(lines: list[Line], label: int, end: int) -> bool:
    """Two links or more, under nothing that reads on from them: a bulleted headline over its
    story's lead-in is a box of related news in print."""
    if end - label < 3:
        return False
    return end == len(lines) or bool(lines[end].gap) or parse_lead(lines[end].text) is None


def _forecasts(line: Line) -> bool:
    """A line of a weather box under its label: a day's forecast (今天：多云，14～23℃), or the
    days' forecasts written as a sentence or two, each day with its temperatures."""
    if len(line.text) <= _WEATHER_MAX and not line.text.endswith("。"):
        return bool(_WEATHER.search(line.text))
    return len(line.text) <= _FORECASTS_MAX and len(_WEATHER.findall(line.text)) >= _FORECAST_DAYS


# 相关报道见第5版, ▶相关新闻见A3版, （详细报道见本报客户端）: the page sending its reader to another
# page or to the paper's app, no sentence of the story beside it
_CROSS_REFERENCE = re.compile(
    r"^[（(]?\s*(?:相关|详细|更多)?(?:报道|新闻|评论|稿件|内容|图片)?\s*(?:请见|详见|另见|见|请看)\s*"
    r"(?:今日|今天|本报|本期)?\s*(?:第\s*[A-Za-z]?\d{1,2}\s*版|[A-Za-z]?\d{1,2}\s*版|客户端|网站|官网|微信公众号)"
    r"[^。！？!?]{0,6}[)）]?$"
)


# 本版策划 温岭市文化和广电旅游体育局, 本期统筹：甲: who planned a special page or sponsored it, a unit
# or a person, with or without a colon ("本版" opens no headline)
_PAGE_PLANNED = re.compile(
    r"^本(?:版|期|专版|专题)(?:策划|统筹|出品|监制|主办|协办|承办)\s*[:：]?\s*[^。！？!?，,]{2,30}$"
)


def _boxed(core: str) -> bool:
    """A line of the page's own, whatever stands beside it: a staff line, a picture placeholder
    or its saved file's name, a prompt to scan a code, a call for readers' news, the paper's
    imprint, an editor's code, a web page's buttons or its line of when and where from, the
    page's credit for its pictures, a copyright notice, a collection's citation of the page."""
    return bool(
        _STAFF_LINE.fullmatch(core)
        or (core[:1] == "本" and _PAGE_PLANNED.match(core) is not None)
        or _PICTURE_PLACEHOLDER.fullmatch(core)
        or _CODE_PROMPT.match(core)
        or _READERS_CALL.match(core)
        or (core[:1] in _IMPRINT_OPENS and _IMPRINT.match(core) is not None)
        or (core.endswith("印刷") and _PRINTER.match(core) is not None)
        or ("." in core and _SITE_LINE.match(core) is not None)
        or ("社" in core[:12] and _PUBLISHER.match(core) is not None)
        or ("." in core[-6:] and _PICTURE_FILE.match(core) is not None)
        or _EDITOR_CODE.match(core)
        or _web_controls(core)
        or (core[:1] in "12发时日" and _WEB_DATELINE.match(core) is not None)
        or (core.lstrip("（(")[:1] == "本" and _PAGE_PICTURES_CREDIT.match(core.strip("（()）")) is not None)
        or _COPYRIGHT.match(core)
        or citation_alone(core)
        # (详见A3版 alone is a front page's teaser sending on its story: a continuation marker)
        or ("见" in core and _CROSS_REFERENCE.match(core) is not None and not marker_alone(core))
    )


def page_line(text: str) -> bool:
    """Is ``text`` (a paragraph, say) a line of the page rather than of a story: a header or
    footer line naming the page (第A03版：要闻) or one of the lines a page prints in boxes of its
    own?  A date alone is not one: a notice or a letter ends on its date."""
    text = text.strip()
    if not text or len(text) > _HEADER_MAX:
        return False  # a paragraph of a story, not a line of the page: spare it the patterns
    if _boxed(undecorated(text)):
        return True
    if "版" not in text:
        return False  # a header line names its page: 第A03版：要闻, A3版 要闻
    read = ParsedPage(articles=[])
    return _read_furniture(text, read) and (read.page_number is not None or read.page_name is not None)


_CONTENTS_MAX = 40  # characters of a line of the page's list of its headlines
_CONTENTS_START = 12  # lines of the page's head, masthead and all, the list starts within
_CONTENTS_LONGEST = 30  # headlines such a list names
_LIST_BULLETS = "·•・-— "


def _contents(lines: list[Line]) -> set[int]:
    """The lines of a list of the page's own headlines, as an e-paper prints one over its stories
    (标题导航): two lines or more in a row at the page's head, each printed again further down,
    each over a story of its own."""
    keys = [_listed_key(line) for line in lines[: _CONTENTS_START + _CONTENTS_LONGEST]]
    wanted = {key for key in keys if _listed(key)}
    where: dict[str, list[int]] = {}
    for j, line in enumerate(lines):
        # (a paragraph is no headline printed again)
        if len(line.text) <= _CONTENTS_MAX + 4 and (key := _listed_key(line)) in wanted:
            where.setdefault(key, []).append(j)
    k = 0
    while k < min(len(keys), _CONTENTS_START) and _listed(keys[k]):
        found: list[int] = []
        end = k
        while end < len(keys) and _listed(keys[end]) and keys[end] not in keys[k:end]:
            again = [j for j in where.get(keys[end], ()) if j > end]
            if not again:
                break
            found.append(again[0])
            end += 1
        # each headline again over a story of its own: never two in a row, as a refrain sung
        # twice is
        if len(found) >= 2 and all(b - a >= 2 for a, b in itertools.pairwise(found)):
            labelled = k > 0 and _INDEX_LABEL.match(_box_label(lines[k - 1])) is not None
            return set(range(k - 1 if labelled else k, end))  # (本版导读 over it)
        k += 1
    return set()


def _listed_key(line: Line) -> str:
    return line.core.strip().lstrip(_LIST_BULLETS)


def _listed(key: str) -> bool:
    return bool(key) and len(key) <= _CONTENTS_MAX and not is_terminated(key)


# 2025年04月08日, 2025-04-08 09:30, 发布时间：2025-04-08: when a site posted the story, alone
_POSTED = re.compile(_SITE_DATE + "$")
_POSTED_TEXT_MIN = 20  # characters of the text's first row under such a date


def _posted(lines: list[Line], k: int) -> bool:
    """A date alone between a headline and the text it heads: when a site posted the story, as a
    story copied from the web prints it, no line of the story; a date ending a notice or a letter
    stands under whoever signs it, over the next headline."""
    if not 0 < k < len(lines) - 1 or not _POSTED.match(lines[k].core):
        return False
    above, below = lines[k - 1].text.strip(), lines[k + 1].text.strip()
    return (
        len(above) <= _HEADER_MAX
        and not is_terminated(above)
        and not _dates_a_notice(lines, k, 0)
        and (
            len(below) >= _POSTED_TEXT_MIN
            or parse_lead(below) is not None
            # a column's first row, wrapped short: a clause broken off, the row under it going on
            or (
                has_inner_punctuation(below)
                and not is_terminated(below)
                and not lines[k + 1].gap
                and k + 2 < len(lines)
                and not lines[k + 2].gap
            )
        )
    )


# 01, NO.1, 第2篇, （2/5）: the number a page or an export gives each of its stories, alone over the
# story's headline
_ITEM_NUMBER = re.compile(
    r"^(?:0\d|[Nn][Oo]\s*[.．]?\s*\d{1,2}|第\s*\d{1,2}\s*篇|[（(]?\s*\d{1,2}\s*/\s*\d{1,2}\s*[)）]?)$"
)


def _numbers_the_next(lines: list[Line], k: int) -> bool:
    """A story's number alone over a line that reads as a headline (no sentence ended in it)."""
    if not _ITEM_NUMBER.match(lines[k].core) or k + 1 >= len(lines):
        return False
    below = lines[k + 1].text
    return 2 <= len(below) <= _HEADER_MAX and below[-1:] not in "。！？!?；;，," and "。" not in below


def _worded(core: str) -> bool:
    """A page's line worded as text may be (扫码…, 关注…, 见第5版, 新闻热线：…), unlike a staff line or a code."""
    return bool(
        _CODE_PROMPT.match(core)
        or _READERS_CALL.match(core)
        or _CROSS_REFERENCE.match(core)
        or (core[:1] in _IMPRINT_OPENS and _IMPRINT.match(core) is not None)
        or ("." in core and _SITE_LINE.match(core) is not None)
    )


_TEXT_ROW_MIN = 8  # characters of the row above that show running text broken off
_FULL_ROW_MIN = 12  # characters of a row filling a column


_WRAP_SHARE = 0.25  # of a page's rows of some length that fill one width when it is wrapped to it
_WRAP_ROWS_MIN = 5


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a page's text is wrapped to, when a good share of its rows fill one: None on a page
    printing each paragraph on a line of its own."""
    widths = Counter(round(line.indent + len(line.text)) for line in lines if len(line.text) >= _TEXT_ROW_MIN)
    if not widths:
        return None
    width, rows = widths.most_common(1)[0]
    return width if rows >= max(_WRAP_ROWS_MIN, _WRAP_SHARE * sum(widths.values())) else None


def _row_of_text(lines: list[Line], k: int, wrap_width: int | None = None) -> bool:
    """A row of a paragraph its column wrapped: under a row of running text broken off inside a
    sentence (on a comma, a semicolon or a word) and as wide; itself broken off on a word no phrase
    ends on over the next row; or as wide as the column between rows of text. Whatever it reads
    (…市民只需用手机 / 扫码就能借到想看的书，) it is no line of the page's, which stands short after a
    finished sentence, a headline or a blank line (扫码看视频)."""
    text = lines[k].text
    if left_open(text) and k + 1 < len(lines) and not lines[k + 1].gap:
        return True  # …外国观众可以扫描文物展牌上的 / 二维码，…: broken off on 的, the row under goes on
    if k == 0 or lines[k].gap:
        return False
    above = lines[k - 1].text
    below = lines[k + 1] if k + 1 < len(lines) else None
    # a paragraph ended on the row above, short of the column: a paragraph's first row is set in
    # or, its indent dropped, falls short by it; a row as wide is no text's (长按识别二维码 观看完整报道
    # over the next story's headline wrapped to the column)
    ended = (
        not lines[k].indent
        and above[-1:] in _SENTENCE_ENDS + CLOSERS
        and lines[k - 1].indent + cells(above) <= (wrap_width or len(text)) - 2
    )
    if (
        below is not None
        and not ended
        and not below.gap
        and not below.indent
        and (
            len(text) >= max(_FULL_ROW_MIN, lines[k - 1].indent + len(above) - 1)
            or (wrap_width is not None and abs(lines[k].indent + len(text) - wrap_width) <= 1)
        )
        and any(mark in below.text for mark in "，；。")
    ):
        return True  # a row as wide as the column's over a row of its text: a sentence's first
    return (
        lines[k - 1].indent + len(above) >= max(_TEXT_ROW_MIN, len(text) - 1)
        and any(mark in above for mark in "，；。、")  # running text, no headline
        and above[-1:] not in _SENTENCE_ENDS + CLOSERS  # (a note in brackets is whole: （作者为…）)
    )


_SENTENCE_ENDS = "。！？!?….．"  # (half-width stops too, as some pages type them)


def drop_page_boxes(lines: list[Line]) -> list[Line]:
    """Take out the index of the other pages (导读 / ▶ 标题 2版), the weather forecast, the
    staff lines, picture placeholders, editors' codes, prompts to scan a code and calls for
    readers' news: they belong to the page, not to the story printed beside them. A box is its
    label and the run of lines under it; an index needs no label when two lines of it or more
    stand in a row (a weather story may well list a forecast or two)."""
    kept: list[Line] = []
    contents = _contents(lines)
    wrap_width = _wrap_width(lines)
    k = 0
    while k < len(lines):
        if k in contents:
            k += 1
            continue
        boxed = _boxed(lines[k].core) and not (_worded(lines[k].core) and _row_of_text(lines, k, wrap_width))
        if boxed or _posted(lines, k) or _numbers_the_next(lines, k):
            if kept and k + 1 < len(lines):
                lines[k + 1].gap = max(lines[k + 1].gap, lines[k].gap, 1)
            k += 1
            continue
        for label, entry, needs_label in (
            (_INDEX_LABEL, _indexes, False),
            (_WEATHER_LABEL, _forecasts, True),
            (_LINKS_LABEL, _links, True),
        ):
            labelled = bool(label.match(_box_label(lines[k])))
            if needs_label and not labelled:
                continue
            end = k + 1 if labelled else k
            while end < len(lines) and entry(lines[end]):
                end += 1
            if entry is _links and not _link_list(lines, k, end):
                continue
            if end - k >= 2:
                if kept and end < len(lines):
                    lines[end].gap = max(lines[end].gap, lines[k].gap, 1)
                k = end
                break
        else:
            kept.append(lines[k])
            k += 1
    return kept
