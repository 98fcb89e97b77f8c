"""The grammar of datelines, bylines, signatures, photo credits and continuation markers.

Chinese papers credit people in a few fixed shapes: a lead-in such as 本报讯（记者甲 通讯员乙） or
本报青山3月5日电(记者甲), a byline line 本报记者 甲 通讯员 乙, a signed piece 青山县委书记 孙立平,
a closing （本报记者 甲 整理）, and picture credits 记者 甲 摄 / 拍摄 甲 / 市交通局供图.
People are separated by spaces, 、 or commas, and each keeps the role printed before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import HALF_STOP, TAKEN_FROM, is_terminated, undecorated

CJK = r"\u3400-\u9fff"
# 2–4 characters; minority and foreign names are written with a middle dot.
NAME = rf"(?:[{CJK}]{{2,4}}|[{CJK}]{{1,8}}(?:[·•・‧][{CJK}]{{1,10}}){{1,3}})"
_NAME = re.compile(NAME)
# The commonest surnames, single and compound: a line holding nothing but a name is told from a
# short headline by them. Single characters that more often open a phrase (和, 由, 时…) are left out.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲"
    "虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠朴"
    "盖练廉禹井祖漆巴丰卿狄索宣晋扈晁芮阙浦戈鹿薄邸雍辜羊裘亓邰赫杭逯茹诸慕嵇湛宾戎茅揭尉檀昝应傅阎赖洪"
)
COMPOUND_SURNAMES = (
    "欧阳|司马|上官|诸葛|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|端木|申屠|司徒|独孤|南宫|万俟|闻人|长孙|宇文|"
    "轩辕|百里|呼延|澹台|公冶|太史|钟离|西门|拓跋|赫连|左丘|东郭|淳于|单于"
)
_COMPOUND = re.compile(rf"^(?:{COMPOUND_SURNAMES})[{CJK}]{{1,2}}$")
_CJK_ONLY = re.compile(rf"^[{CJK}]{{2,4}}$")


def looks_like_name(text: str) -> str | None:
    """A line that is nothing but a personal name (张三, 欧阳明明, a padded 王  五): the name."""
    parts = text.split()
    if len(parts) > 1 and all(len(p) <= 2 for p in parts):
        text = "".join(parts)
    text = text.strip()
    if not _CJK_ONLY.match(text):
        return None
    if _COMPOUND.match(text):
        return text
    if text[0] in SURNAMES and len(text) <= 3:
        return text
    return None


_CO_SIGNERS_MAX = 3  # writers signing a short item together in its closing brackets


def _bare_names(text: str) -> list[str]:
    """陈颖, 陈颖 李红, 陈颖、李红: a name, or a few names apart by spaces or 、, and nothing else."""
    one = looks_like_name(text)
    if one is not None:
        return [one]
    parts = [p for p in re.split(r"[\s、]+", text.strip()) if p]
    if not 2 <= len(parts) <= _CO_SIGNERS_MAX or any(len(p) < 2 for p in parts):
        return []
    names = [looks_like_name(p) for p in parts]
    return names if all(names) else []


# What a sentence opens with after 记者, never a name: 记者了解到, 记者从…获悉
_SENTENCE_START = "(?![从在了获看对据今昨近是也都还就又和与及为将把被向到说表介称])"
# A name glued to its role (记者陈峰) is read only when short, and not when the "name" is plainly
# the start of a sentence (记者了解到).
_GLUED_NAME = re.compile(
    rf"{_SENTENCE_START}[{CJK}]{{2,3}}"
    rf"|(?:{COMPOUND_SURNAMES})[{CJK}]{{1,2}}"
    rf"|[{CJK}]{{1,8}}(?:[·•・‧][{CJK}]{{1,10}}){{1,3}}"
)

# ...and runs to four characters only inside a lead-in's brackets, which hold credits alone
_GLUED_LONG_NAME = re.compile(rf"{_SENTENCE_START}[{CJK}]{{4}}")

_SEP = re.compile(r"[\s、，,;；/／|｜:：]+")
# 记者 may carry its paper (本报, 新华社, 光明日报…), a rank (首席, 见习, 特约…) or a posting (驻京).
_MEDIA = (
    r"(?:本报|本報|本台|本刊|新华社|中新社|"
    r"[\u3400-\u9fff]{1,8}?(?:日报|晚报|早报|晨报|时报|报|報|社|台|网|在线|客户端|融媒体中心|新闻中心|传媒|新闻|电讯)"
    # a county's media centre named by itself (融媒体中心记者), and an app named with a plus (南方+)
    r"|融媒体中心|新闻中心|[\u3400-\u9fff]{1,6}\+)"
)
# A reporter's rank before the role: 特约记者, 见习记者, 首席记者…
_RANK = "特约|特派|见习|实习|首席"
_GLUED_ROLE = re.compile(
    rf"^(?:{_MEDIA}|驻[\u3400-\u9fff]{{1,4}})?(?:{_RANK}|融媒体?|全媒体|驻[\u3400-\u9fff]{{1,4}})?"
    r"(?:(?P<photo>摄影记者|攝影記者)|(?P<rep>记者|記者|特派员|特派員)|(?P<cor>通讯员|通訊員))|^(?P<fan>拍友)|^(?P<intern>实习生)"
    # a county's or district's own news team (鄞州区委报道组) writes as its correspondents
    r"|^(?P<team>[\u3400-\u9fff]{0,10}?报道组"
    # a county station of a provincial paper's network (共享联盟·瑞安), credited as its correspondent
    r"|共享联盟[·•・][\u3400-\u9fff]{1,6})"
)
# A paper and its news app credit one reporter together: 扬子晚报/紫牛新闻记者, 中青报·中青网记者.
# Only the last name stays, glued to the role as a single paper is.
# The app may have a name of its own (齐鲁晚报·齐鲁壹点记者), which goes with the paper's.
_MEDIA_PAIR = re.compile(
    rf"{_MEDIA}\s*[/／·•・\-－]\s*(?:(?={_MEDIA}(?:{_RANK})?(?:摄影记者|记者|通讯员))"
    rf"|[\u3400-\u9fff]{{2,6}}?(?=(?:{_RANK})?(?:摄影记者|记者|通讯员)))"
)
_ROLE_WORDS = {
    "摄影报道": "photographers",
    "摄影": "photographers",
    "拍摄": "photographers",
    "摄": "photographers",
    "攝": "photographers",
    "攝影": "photographers",
    "图": "photographers",
    "图片": "photographers",
    "圖": "photographers",
    "圖片": "photographers",
    "文": "authors",
    "作者": "authors",
    "撰文": "authors",
    "文字": "authors",
    "撰稿": "authors",
    "执笔": "authors",
    "特约撰稿": "authors",
    "特约撰稿人": "authors",
    "撰稿人": "authors",
    "本报特约撰稿人": "authors",
    "本报特约撰稿": "authors",
    "本刊特约撰稿人": "authors",
    "本刊特约撰稿": "authors",
    "口述": "authors",  # 口述 甲 整理 乙: a first-hand account, told by the one and written up by the other
    # a news app's credits for the video and graphics made with a story, as a picture's are
    "视频": "photographers",
    "摄像": "photographers",
    "制图": "photographers",
    "海报": "photographers",
    "插图": "photographers",
}
#: Credits after a story's byline for the desk's work on it (记者 甲 视频剪辑 乙): no one named
#: after them wrote the story or made its pictures.
_PICTURES_LABEL = frozenset(("图", "图片", "圖", "圖片"))
_DESK_ROLE_WORDS = {"剪辑", "视频剪辑", "后期", "设计", "版式", "校对"}
# 新京报记者 甲 编辑 乙 校对 丙: the desk's editors signing under the reporter's credit
_DESK_ROLE_WORDS |= {"编辑", "责编", "责任编辑", "美编", "审核", "审校", "校审", "统筹", "监制"}
_NOISE = {"报道", "整理", "采写", "参与采写", "编译", "综合", "综合报道", "等", "摄", "摄影", "拍摄", "供图"}
_NOISE |= {"攝", "攝影"}  # the same credits printed in traditional characters
# 等 closes a list of people (通讯员 王小丽、陈  刚等) and is glued to the last name
_GLUED_SUFFIX = ("参与采写", "摄影报道", "摄影", "整理", "采写", "报道", "摄", "攝影", "攝", "等")
ROLES = ("reporters", "correspondents", "photographers", "authors")


@dataclass
class Credits:
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    unnamed: bool = False  # signed without a name: 本报评论员
    dateline: str | None = None  # printed with the credits at the story's end: （本报兰州4月1日电）

    def add(self, role: str, name: str) -> None:
        bucket = getattr(self, role)
        if name not in bucket:
            bucket.append(name)

    def merge(self, other: Credits | None, as_role: str | None = None) -> None:
        if other is None:
            return
        self.unnamed = self.unnamed or other.unnamed
        for role in ROLES:
            for name in getattr(other, role):
                self.add(as_role or role, name)

    def count(self) -> int:
        return sum(len(getattr(self, role)) for role in ROLES)

    def names(self) -> list[str]:
        return [name for role in ROLES for name in getattr(self, role)]


@dataclass
class PeopleParse:
    credits: Credits
    bad: int = 0  # tokens that are neither a role nor a name
    roles: int = 0  # explicit role words seen


_ONE_CJK = re.compile(rf"[{CJK}]")


def join_padded(tokens: list[str]) -> list[str]:
    """Two-character names are often padded to the width of three: 王  敏."""
    out: list[str] = []
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        after = tokens[k + 2] if k + 2 < len(tokens) else ""
        # 文, 图 are role words, but not as the second half of a padded name at the end of the
        # list, before the next role or before the word closing the credit: 通讯员 包  文, 付  文 整理
        last_half = (
            nxt not in _ROLE_WORDS
            or not after
            or bool(_GLUED_ROLE.match(after))
            or after in _ROLE_WORDS
            or after in _NOISE
        )
        glued = _GLUED_ROLE.match(tok)
        if (
            _ONE_CJK.fullmatch(tok)
            and _ONE_CJK.fullmatch(nxt)
            and tok not in _ROLE_WORDS
            and last_half
            and nxt not in _NOISE
        ):
            out.append(tok + nxt)
            k += 2
        elif (
            glued
            and len(tok) - glued.end() == 1
            and _ONE_CJK.fullmatch(nxt)
            and last_half
            and nxt not in _NOISE
        ):
            out.append(tok + nxt)  # 记者罗  珊: a padded name run on to its role
            k += 2
        else:
            out.append(tok)
            k += 1
    return out


# A name run into the next role when a line break stood between them: 陈静通讯员 → 陈静 / 通讯员
_RUN_ON_ROLE = re.compile(
    rf"(?P<name>[{CJK}]{{2,4}}?)(?P<role>(?:本报|{_RANK}|融媒体?|全媒体)?(?:摄影记者|记者|通讯员)|实习生)"
)


def _split_run_on(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for k, tok in enumerate(tokens):
        m = _RUN_ON_ROLE.fullmatch(tok)
        if m and "记者" in m.group("role") and k + 1 < len(tokens) and all(t in _NOISE for t in tokens[:k]):
            # 南都记者 甲: a credit opening on a paper's short name glued to 记者 names no one
            # before the role; the name comes after it
            out.append(m.group("role"))
            continue
        for suffix in _GLUED_SUFFIX if 2 <= len(tok) <= 5 else ():
            if len(tok) == len(suffix) + 1 and tok.endswith(suffix) and _ONE_CJK.match(tok):
                # 吴  涛报道: the second half of a padded name, run on to the word after it
                out.append(tok[0])
                tok = suffix
                break
        while True:
            glued = _GLUED_ROLE.match(tok)
            start = glued.end() if glued else 0
            m = _RUN_ON_ROLE.match(tok, start)
            if not m or len(tok) - m.end("name") < 2:
                break
            out.append(tok[: m.end("name")])  # 陈静 / 记者陈静
            tok = tok[m.end("name") :]
        out.append(tok)
    return out


# 文/摄, 文/图, 图文, 文并摄: the person named wrote the text and took the pictures
_TEXT_AND_PICTURES = re.compile(
    r"(?:(?<=\s)|^)(?:文\s*[/／·、]\s*(?:图|摄影?)|图\s*[/／·、]\s*文|文并摄|图文|文图)(?=[\s/／:：）)]|$)"
)
# 甲 文 乙 摄, 甲/文 乙/图: the role printed after each name, one wrote the text, the other took
# the pictures
_WRITER_THEN_PICTURES = re.compile(
    r"^(?P<writer>\S.*?)\s*[/／]?\s*(?<![\u3400-\u9fff])文\s+(?P<pictures>\S.*?)\s*[/／]?\s*(?:摄影|摄|图)$"
)


# 本报记者 甲 北京报道, 记者甲／台北报导: where the reporter filed from, printed after the names.
# The word before 报道 is that place, not a name glued to it, when it names a province, a capital
# or a city papers report from, ends as a place does, or opens on no surname.
_PLACES = {
    "北京", "上海", "天津", "重庆", "香港", "澳门", "台北", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
    "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西",
    "西藏", "宁夏", "新疆", "石家庄", "太原", "呼和浩特", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥", "福州", "南昌", "济南", "郑州",
    "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明", "拉萨", "西安", "兰州", "西宁", "银川", "乌鲁木齐", "深圳", "厦门",
    "青岛", "大连", "宁波", "苏州", "温州", "无锡", "佛山", "东莞", "珠海", "汕头", "泉州", "烟台", "洛阳", "桂林", "三亚", "义乌",
    "金华", "台州", "绍兴", "嘉兴", "湖州", "丽水", "衢州", "舟山", "雄安", "华盛顿", "纽约", "伦敦", "巴黎", "东京", "莫斯科", "柏林",
    "布鲁塞尔", "日内瓦", "首尔", "新德里", "开罗", "内罗毕", "悉尼",
}  # fmt: skip
_FILED_FROM = re.compile(rf"^(?P<place>[{CJK}]{{2,6}})(?:报道|报导)$")


# 文·甲 图·乙: the role set off from the name by a middle dot, which inside a name is its own
_DOTTED_ROLE = re.compile(r"^(文|图|圖|图片|撰文|摄影|攝影)[·•・](?![图圖摄攝文])(.+)$")


def _undotted(token: str) -> tuple[str, ...]:
    m = _DOTTED_ROLE.match(token)
    return m.groups() if m else (token,)


# 本报记者 甲 发自北京: where the reporter filed from, after the name
_SENT_FROM = re.compile(rf"^(?:发自|發自)[{CJK}]{{2,8}}$")


# 记者甲／高雄报导: after a slash, where the reporter filed from, whatever the place's first
# character (高, 江 and 黄 open names too)
_SLASHED_PLACE = re.compile(rf"(?<=[{CJK}])\s*[/／]\s*[{CJK}]{{2,6}}(?:报道|报导)(?=\s|$)")


def _filed_from(token: str) -> bool:
    m = _FILED_FROM.match(token)
    if m is None:
        return False
    place = m.group("place")
    return (
        place in _PLACES
        or place[-1] in "市省县区州镇"
        or (place[0] not in SURNAMES and _COMPOUND.match(place) is None)
    )


# A field printed after the writer's name, which names no one: 单位：…, 电话：…
_OTHER_FIELD = re.compile(r"\s*(?:工作单位|单位|学校|职务|职称|地址|电话|联系电话|邮箱|简介)\s*[:：]")


# A unit credited as a story's correspondent, longer than any name: 温岭市公安局, 城东街道办事处
_CORRESPONDING_UNIT = re.compile(
    rf"[{CJK}]{{2,10}}(?:局|委|办|厅|院|所|队|站|中心|公司|集团|街道|政府|办事处|管委会|分局|支队|大队|中队|派出所)"
)


def parse_people(
    text: str, default: str = "authors", everyone_as: str | None = None, bracketed: bool = False
) -> PeopleParse:
    """The people a credit names by role. ``bracketed``: the text is a lead-in's brackets
    (本报讯（记者 甲）), which hold credits and nothing else, so a name glued to its role may run
    to four characters (记者阿尔达克)."""
    split = _WRITER_THEN_PICTURES.match(text) if everyone_as is None else None
    if split:
        result = parse_people(split.group("writer"), default)
        pictures = parse_people(split.group("pictures"), "photographers", everyone_as="photographers")
        result.credits.merge(pictures.credits)
        result.bad += pictures.bad
        result.roles += 2
        return result
    both = _TEXT_AND_PICTURES.search(text) if everyone_as is None else None
    if both:
        result = parse_people(text[: both.start()] + " " + text[both.end() :], default)
        result.roles += 1
        for role in ("reporters", "correspondents", "authors"):
            for name in getattr(result.credits, role):
                result.credits.add("photographers", name)
        return result
    result = PeopleParse(Credits())
    role = default
    if "：" in text or ":" in text:
        text = _OTHER_FIELD.split(text, maxsplit=1)[
            0
        ]  # 作者：甲 单位：市一中: the writer's school is no name
    text = _SLASHED_PLACE.sub("", _MEDIA_PAIR.sub("", text))
    merged = join_padded(_split_run_on([part for t in _SEP.split(text) if t for part in _undotted(t)]))
    pictured = False  # the last token was 图 / 摄影: a 记者 after it is the photographer's rank
    labelled = False  # ...and was 图 itself, which never closes a credit: any rank after it is its
    for tok in merged:
        if tok in _ROLE_WORDS:
            role = _ROLE_WORDS[tok]
            result.roles += 1
            pictured, labelled = role == "photographers", tok in _PICTURES_LABEL
            continue
        if tok in _DESK_ROLE_WORDS and result.credits.count():
            role, pictured, labelled = None, False, False
            result.roles += 1
            continue
        m = _GLUED_ROLE.match(tok)
        glued = False
        after_picture, after_label = pictured, labelled
        pictured = labelled = False
        if m:
            result.roles += 1
            if (
                m.group("photo")
                or m.group("fan")
                or (after_picture and m.group("rep"))
                # 图/通讯员 乙: the rank of whoever made the pictures (摄 and 摄影 may close a credit)
                or (after_label and (m.group("cor") or m.group("intern")))
            ):
                role = "photographers"
            elif m.group("cor") or m.group("team"):
                role = "correspondents"
            else:
                role = "reporters"
            tok = tok[m.end() :]
            glued = bool(tok)
            if not tok:
                continue
        if tok in _NOISE or (
            not glued
            and result.credits.count()
            and ((tok.endswith(("报道", "报导")) and _filed_from(tok)) or _SENT_FROM.match(tok))
        ):
            continue
        for suffix in _GLUED_SUFFIX:
            if tok.endswith(suffix) and _NAME.fullmatch(tok[: -len(suffix)]):
                tok = tok[: -len(suffix)]
                break
        ok = _GLUED_NAME.fullmatch(tok) if glued else _NAME.fullmatch(tok)
        if not ok and glued and bracketed:
            ok = _GLUED_LONG_NAME.fullmatch(tok)
        if not ok and role == "correspondents" and not glued:
            # 通讯员 温岭市公安局: a unit sending in its news is credited as printed, as 市交通局 is
            ok = _CORRESPONDING_UNIT.fullmatch(tok)
        if ok:
            if role is not None:
                result.credits.add(everyone_as or role, tok)
        else:
            result.bad += 1
    return result


# ---- lead-ins: 本报讯 / 本报清溪3月5日讯 / 新华社北京3月5日电 -------------------------------------
_PLACE = rf"(?:(?!讯|訊|电|電|记者|記者|通讯)[{CJK}]){{2,6}}?"
# a day in numerals or, as older pages print it, in characters: 3月5日, 三月五日, 十日, 廿三日
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})"
_DAY = rf"{_NUMBER}月{_NUMBER}日"
# ...after the year, which some dispatches give too: 新华社北京1978年12月23日电
_YEAR = r"(?:(?:1[89]|20)\d\d|[一二三四五六七八九〇○零]{4})年"
_LEAD = re.compile(
    r"^[【\[〔]?(?P<dl>(?:据)?(?:本报|本報|新华社|新華社|中新社|中新网|人民网|新华网|央广网|央视网|光明网|中国新闻网)"
    rf"(?P<place>{_PLACE})?\s?(?P<date>(?:{_YEAR})?{_DAY}|{_NUMBER}日)?(?:专电|專電|专讯|特讯|快讯|快訊|昨讯|昨訊|讯|訊|电|電))[】\]〕]?\s*"
    r"(?:[（(〔](?P<people>[^（）()〔〕]{0,60})[)）〕]"
    # (or in square brackets when they open on the role: 本报讯【记者 甲】)
    r"|[【［\[](?=(?:本报|本報|特约|见习|首席|全媒体|融媒体?)?(?:记者|記者|通讯员|通訊員))(?P<squared>[^【】［］\[\]]{2,60})[】］\]])?"
    r"[】\]]?\s*[:：]?\s*"
)


_ROLE_WORD = (
    rf"(?:本报|本報|新华社|新華社|中新社)?(?:驻[{CJK}]{{1,3}})?(?:{_RANK})?(?:记者|記者|通讯员|通訊員)"
    r"|实习生|(?:本报|本報)?特派员"
)
# a two-character name padded to the width of three (王  宁) reads as two characters and a space
_PADDED_NAME = rf"(?:[{CJK}]\s[{CJK}](?![{CJK}])|{NAME})"
_SPACED_CREDITS = re.compile(
    rf"^(?P<who>(?:{_ROLE_WORD})\s*[/／]?\s*{_SENTENCE_START}{_PADDED_NAME}"
    rf"(?:(?:[\s、]*(?:{_ROLE_WORD})\s*[/／]?\s*|[\s、]+(?![{CJK}]{{2,4}}报道)){_SENTENCE_START}{_PADDED_NAME})*)"
    # (where the reporter filed from may stand before 报道: 新华社记者 甲 北京报道)
    rf"(?:\s*(?:(?<=\s)[{CJK}]{{2,4}})?报道\s*[:：]?\s*|\s+(?:[{CJK}]{{2,4}}报道\s*[:：]?\s*)?)(?=\S)"
)


@dataclass
class Lead:
    dateline: str | None  # None for a lead-in of credits alone: 【新华社记者 甲 乙】
    credits: Credits
    rest: str


# A paper and its site or app named together before a dateline: 中青报·中青网北京3月4日电,
# 工人日报-中工网讯
_PAPER_AND_SITE = rf"(?:[{CJK}]{{2,10}}?(?:日报|晚报|报|网|客户端|新闻)\s*[·•・/／\-－]\s*)"
# Any other paper, site, station or agency, when the lead-in carries a date: 浙江在线1月2日讯,
# 潇湘晨报长沙3月5日电, 中央社南京十日電
_LEAD_ANY = re.compile(
    rf"^[【\[]?(?P<dl>(?:据)?{_PAPER_AND_SITE}?[{CJK}A-Za-z]{{2,10}}?(?:日报|晚报|早报|晨报|时报|都市报|报|網|网|在线|客户端|电视台|新闻|社)"
    rf"(?P<place>{_PLACE})?\s?(?P<date>{_DAY}|{_NUMBER}日)(?:专电|專電|快讯|快訊|讯|訊|电|電|消息))[】\]]?\s*"
    r"(?:[（(](?P<people>[^（）()]{0,60})[)）])?[】\]]?\s*[:：]?\s*"
)


# Any other paper, site or station without a date, when its lead-in is set off from the text:
# 新京报讯（记者 吴婷婷）, 南方日报讯 记者/陈珊 …, 央视网消息（记者 王湛）, 温岭融媒讯（…）, 本报消息 …,
# 【本报消息】…
_LEAD_NAMED = re.compile(
    rf"^[【\[]?(?P<dl>(?:本报|{_PAPER_AND_SITE}?[{CJK}A-Za-z]{{2,10}}?(?:日报|晚报|早报|晨报|时报|都市报|报|网|在线|客户端|电视台|新闻|"
    rf"融媒体中心|融媒体|融媒|新闻中心|传媒)|[{CJK}](?:新闻|客户端))(?:讯|消息))(?:[】\]]|(?=[\s（(:：]|$))\s*"
    r"(?:[（(](?P<people>[^（）()]{0,60})[)）])?\s*[:：]?\s*"
)
# ...or its credits alone after its name, set off by spaces: 潮新闻客户端 记者 甲 …
_LEAD_OUTLET = re.compile(
    rf"^(?P<dl>[{CJK}A-Za-z]{{1,10}}?(?:客户端|新闻|融媒体中心|融媒体|融媒|新闻中心))\s+(?=(?:本报|本台)?(?:记者|通讯员))"
)


# A place's dateline alone (清溪讯, 延安讯), as a county's own paper or an older one prints it, read
# only before credits in brackets opening on a role: 清溪讯（记者 甲）
_LEAD_PLACE = re.compile(
    rf"^(?P<dl>[{CJK}]{{2,6}}?(?:讯|訊))\s*[（(](?P<people>(?:{_ROLE_WORD})[^（）()]{{1,58}})[)）]\s*[:：]?\s*"
    # ...or before credits set off by spaces: 南都讯 记者 甲 实习生 乙 昨日，…
    rf"|^(?P<dl_spaced>[{CJK}]{{2,6}}?(?:讯|訊))\s+(?=(?:{_ROLE_WORD}))"
)


# A compiled or reprinted story names its source where a dateline stands, set off by a space:
# 本报综合 在近日举行的… / 本报综合报道 … / 据《人民日报》报道 近日，…
_LEAD_SOURCE = re.compile(
    r"^[【\[]?(?P<dl>本[报報]综合(?:报道|消息)?|据《[^《》]{1,20}》(?:报道|消息)"
    rf"|据[{CJK}]{{2,10}}?(?:社|网|报|电视台|客户端|新闻)(?:报道|消息))[】\]]?(?:\s*[:：]\s*|\s+)(?=\S)"
)


# An older page's dateline, whole in brackets, its day in numerals or characters: （中央社南京十日電）,
# 【本報專訊】, （路透社倫敦九日電）, （本市訊）, 【明報專訊】; and 【又訊】, the paper's next item from the
# same place
_LEAD_BRACKETED = re.compile(
    rf"^[（(【\[](?P<dl>(?:(?:本报|本報|本市|[{CJK}]{{1,6}}社|[{CJK}]{{1,6}}[报報])(?P<place>{_PLACE})?"
    rf"(?P<date>(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})日)?|又)(?:航讯|专电|專電|专讯|專訊|特讯|特訊|讯|訊|电|電))"
    r"[)）】\]]\s*(?=\S)"
)
# ...or set off from the text by a space alone: 中央社讯　…, 路透社讯, 中央社本市讯, 本报昆明航讯
# (an air-mail dispatch), 本市讯
_LEAD_SPACED_OLD = re.compile(
    rf"^(?P<dl>(?:本报|本市|[{CJK}]{{1,6}}社)(?P<place>{_PLACE})?"
    rf"(?P<date>(?:\d{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})日)?(?:航讯|专电|专讯|特讯|讯|电))\s+(?=\S)"
)
# Wire copy credits its reporters in the brackets a dateline would stand in: 【新华社记者 甲 乙】…
# (in round brackets only when they open on the role: （本报记者 甲）, not （一）)
_BRACKETED_BYLINE = re.compile(
    r"^(?:[【\[〔](?P<who>[^【】\[\]〔〕。！？!?]{4,40})[】\]〕]"
    rf"|[（(](?P<role_first>(?:{_MEDIA})?(?:{_RANK})?(?:特派员|记者|記者|通讯员|通訊員)[^（）()。！？!?]{{2,36}})[)）])\s*(?=\S)"
)
# An agency's reporter, the place and the day in one bracket, as Taiwan's agency prints them:
# （中央社記者甲台北5日電）; the name runs up to the place, of two characters or more
_AGENCY_REPORTER_DATELINE = re.compile(
    r"^(?:[（(【\[](?=[^）)】\]]*[)）】\]]))?(?P<media>中央社|新华社|新華社|中新社)(?:记者|記者)\s*(?P<names>[\u3400-\u9fff、\s]{2,20})"
    rf"(?P<place>[\u3400-\u9fff]{{2,4}}?)(?P<date>{_NUMBER}日)(?:电|電)(?:[)）】\]]\s*|\s+)"
)
# ...or after the dateline, before the bracket it opened closes
_CREDITS_IN_BRACKETS = re.compile(r"^(?P<who>[^【】\[\]。！？!?，,]{3,40})[】\]]\s*")


_CLAUSE = re.compile(r"[，。！？,!?；;]")
_CREDITED_TEXT_MIN = 8  # characters of text after a lead-in of credits alone: a sentence, not a name


def _credits_lead(text: str) -> Lead | None:
    """A lead-in of credits alone set off by spaces where a dateline would stand, which says it is
    one by its 报道 or by the paper's own 本报: 本报记者 甲 报道 今年以来，… / 本报通讯员 甲 本报记者 乙
    今年以来，…  (记者 甲 问：… is an interview's turn, 记者 甲 摄 a picture's credit.)"""
    m = _SPACED_CREDITS.match(text)
    if m is None:
        return None
    reported = "报道" in text[m.end("who") : m.end()]
    rest = text[m.end() :].strip()
    if not (reported or text.startswith(("本报", "本報"))) or len(rest) < _CREDITED_TEXT_MIN:
        return None
    if not _CLAUSE.search(rest) or rest[:1] in "摄攝图圖" or parse_byline(text) is not None:
        return None  # …刘军国《人民日报》（…版）: a byline and its citation, no text
    parsed = parse_people(m.group("who"), default="authors", bracketed=True)
    if parsed.bad or not (parsed.credits.reporters or parsed.credits.correspondents):
        return None
    return Lead(None, parsed.credits, rest)


_CREDIT_BULLETS = frozenset("■□●◆◇")


def parse_lead(text: str) -> Lead | None:
    lead = _parse_lead(text)
    if lead is None and (spaced := _SPACED_DATELINE.match(text)) is not None:
        # 本 报讯（记者 甲）…: a space extraction left inside the paper's or agency's dateline,
        # before its brackets (a headline run on into a lead-in is no dateline: 新安大桥通车 本报讯…)
        head = re.sub(r"\s+", "", spaced.group("head"))
        if head.startswith(_DISPATCHERS):
            lead = _parse_lead(head + text[spaced.end("head") :])
    if lead is not None and lead.dateline and lead.rest[:1] == "题" and (titled := _TITLED.match(lead.rest)):
        # 新华社北京3月5日电 题：新安大桥建成通车 / 新华社记者 甲 / …: the agency's title for the
        # story (the paper prints its own headline over it), then its reporters, then the text
        after = lead.rest[titled.end() :]
        if not after:
            lead.rest = ""
        elif (credited := _SPACED_CREDITS.match(after + " .")) is not None:
            parsed = parse_people(credited.group("who"), default="reporters", bracketed=True)
            if not parsed.bad and parsed.credits.count():
                lead.credits.merge(parsed.credits)
                rest = (after + " .")[credited.end() :]
                lead.rest = "" if rest == "." else rest.removesuffix(" .").strip()
    return lead


# 题：新安大桥建成通车, up to the credits after it or the line's end
_TITLED = re.compile(r"^题\s*[:：]\s*[^。！？!?]{2,60}?(?:\s+(?=(?:新华社|新華社|中新社)?(?:记者|記者))|$)")


# A dateline of characters a space parts (本 报讯, 新华社 北京3月5日电), right before its brackets
_SPACED_DATELINE = re.compile(rf"^(?P<head>[{CJK}\d]{{1,12}}(?:\s[{CJK}\d]{{1,12}}){{1,3}})(?=[（(])")
_DISPATCHERS = ("本报", "本報", "新华社", "新華社", "中新社", "中新网")


def _parse_lead(text: str) -> Lead | None:
    m = (
        _LEAD.match(text)
        or _LEAD_ANY.match(text)
        or _LEAD_NAMED.match(text)
        or _LEAD_SOURCE.match(text)
        or _LEAD_PLACE.match(text)
        or (("记者" in text[:20] or "通讯员" in text[:20]) and _LEAD_OUTLET.match(text))
    )
    if not m and (agency := _AGENCY_REPORTER_DATELINE.match(text)) is not None:
        parsed = parse_people(agency["names"], default="reporters", bracketed=True)
        if not parsed.bad and parsed.credits.count():
            dateline = agency["media"] + agency["place"] + agency["date"] + text[agency.end("date")]
            return Lead(dateline, parsed.credits, text[agency.end() :].strip())
    if not m:
        m = _LEAD_BRACKETED.match(text) or _LEAD_SPACED_OLD.match(text)
        if m:
            return Lead(m.group("dl"), Credits(), text[m.end() :].strip())
        opening = text[:8]
        if ("记" in opening or "通" in opening or "特派" in opening) and (
            lead := _credits_lead(text)
        ) is not None:
            return lead
        bracketed = _BRACKETED_BYLINE.match(text)
        who = (bracketed.group("who") or bracketed.group("role_first")) if bracketed else ""
        # (（记者 甲 摄）…: a picture's credit printed before its caption, not the text's)
        credits = parse_byline(who) if who and not ends_with_picture_credit(who) else None
        if credits is None or not (credits.reporters or credits.correspondents):
            return None
        rest = text[bracketed.end() :].strip()
        if _END_MARK.fullmatch(rest):
            return None  # （记者 甲）（完）: the credits closing a dispatch, not opening one
        return Lead(None, credits, rest)
    people = m.groupdict().get("people") or m.groupdict().get("squared")
    dateline = re.sub(r"\s+", "", m.group("dl") or m.group("dl_spaced"))
    if m.groupdict().get("place") and not m.group("date") and people is None:
        # 本报从市电力局获悉 is a sentence, not a dateline, unless a space or brackets set it off
        # (本报昆明航讯　…, 【本报南京航讯】…)
        spaced = _LEAD_BRACKETED.match(text) or _LEAD_SPACED_OLD.match(text)
        return Lead(spaced.group("dl"), Credits(), text[spaced.end() :].strip()) if spaced else None
    credits = parse_people(people, default="authors", bracketed=True).credits if people else Credits()
    rest = text[m.end() :].strip()
    inside = _CREDITS_IN_BRACKETS.match(rest) if people is None and text[:1] in "【[" else None
    if inside is not None and (credited := parse_byline(inside.group("who"))) is not None:
        # 【新华社北京3月5日电 记者 甲】: the reporters inside the brackets the dateline opened
        return Lead(dateline, credited, rest[inside.end() :].strip())
    if people is None:
        # 本报讯 记者 王晓明 通讯员 赵小燕 近日，… : credits set off by spaces instead of brackets
        # ...which may end the printed line, the text starting on the next, when the last of
        # them is a name and not the text's first words (…通讯员周海 经过两年)
        if rest[:1] in _CREDIT_BULLETS:
            rest = rest[1:].lstrip()  # 本报讯 ■记者 甲 …: the credits set off by a bullet too
        whole = only_credits(rest) and _last_named(rest)
        spaced = _SPACED_CREDITS.match(rest.strip() + " ." if whole else rest)
        if spaced:
            # set off by spaces, the credits stand alone as in brackets: 记者阿尔达克 is one name
            parsed = parse_people(spaced.group("who"), default="authors", bracketed=True)
            if not parsed.bad and parsed.roles:
                credits, rest = parsed.credits, "" if whole else rest[spaced.end() :].strip()
    return Lead(dateline, credits, rest)


# ---- byline lines: 本报记者 甲 通讯员 乙 -------------------------------------------------------------
_SENTENCE = re.compile(r"[。！？!?；;“”\"（）()]")


_BYLINE_HINT = re.compile(
    r"记者|記者|通讯员|通訊員|拍友|实习生|采写|报道组|文\s*[/／·、]\s*[图摄]|图\s*[/／·、]\s*文|图文|文图|文并摄"
    r"|[\s/／]文\s+\S.*(?:摄影?|图)$|^(?:本报|本刊)?特约撰稿"
    r"|^(?:作者|撰文|撰稿人?|执笔)\s"  # 作者 甲: the writer's role and a space before the name
    r"|^文字\s*[:：\s]"  # 文字：甲 摄影：乙, as a photo story credits its text
    r"|口述"  # 口述 甲 整理 乙, 甲 口述 乙 整理
)


# Where a story's text comes from, when it names no one: 本报综合, 综合新华社电, 据新华社报道
_SOURCE = re.compile(
    rf"^(?:(?:本报|本刊|本台)?综合(?:报道|消息|整理)?|综合[{CJK}、·]{{2,24}}(?:电|报道|消息)|"
    # 综合新华社、央视新闻: the outlets compiled from, one of them named as an outlet is
    rf"(?:本报|本刊|本台)?综合(?=[{CJK}、·]*(?:社|网|台|报|新闻)(?:、|$))[{CJK}、·]{{2,24}}|"
    rf"据[{CJK}《》、·]{{2,24}}(?:报道|消息|电)|据《[^《》]{{1,20}}》(?:[{CJK}]{{0,6}}(?:报道|消息))?|"
    # 据新华社, 据央视新闻, 据人民网: the outlet alone, as briefs close; 新华社 alone the same
    rf"据[{CJK}、·]{{1,20}}(?:社|网|台|报|客户端|新闻)|(?:新华社|新華社|中新社|中新网|中央社|路透社|法新社|美联社|美聯社|合众社|合眾社|塔斯社|共同社|韩联社)(?:电|電)?|"
    # 来源：甲, 信息来源 甲, 素材来源｜甲 (the label may say what came: 稿件, 数据, 素材…);
    # a source may name the outlet and its paper (人民网—人民日报)
    rf"(?:(?:本文|稿件|信息|资料|数据|案例|素材|内容|文章|新闻|消息)?来源(?:\s*[:：|｜]\s*|\s+)|(?:摘自|摘编自|转自|转载自|选自|原载)\s*[:：]?\s*)"
    rf"[{CJK}A-Za-z0-9《》、·](?:[{CJK}A-Za-z0-9《》、·—-]|\s(?=\S)){{1,29}}"
    r"(?:[，,]\s*原(?:标)?题(?:为)?[:：]?\s*《[^《》]{1,40}》)?|"
    rf"[{CJK}]{{2,8}}(?:社|网|台|报道组)供(?:本报)?(?:专稿|稿)"
    rf"|[{CJK}]{{1,6}}(?:社|网)稿|[{CJK}]{{2,12}}供稿)$"  # 新华社稿, 本报资料室供稿
)


def parse_source(text: str) -> bool:
    text = text.strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()  # （本文来源：温岭发布）
    return bool(_SOURCE.match(text))


# Column labels and subheads built on 记者 (记者观察, 记者手记, 记者调查): the word after it names
# the kind of piece, not a person.
_REPORTER_COLUMN = re.compile(
    r"^(?:本报)?(?:记者|通讯员)(?:观察|手记|调查|探访|笔记|札记|追踪|述评|连线|走访|现场|见闻|体验|暗访|直击|蹲点|"
    r"一线|走基层|在线|帮办|来信|视点|跟踪|实录|感言|日记|点评|随笔|感悟|说)$"
)


def reporter_column(text: str) -> bool:
    if "记者" not in text and "通讯员" not in text:
        return False
    return bool(_REPORTER_COLUMN.match(undecorated(text.strip())))


# The paper and issue a reprinted piece comes from, after its byline: 《光明日报》（2025年03月05日 05版）
# 《某报》（2025年04月12日 05版）, 来源：《某报》2025年3月2日第6版: where a reprinted piece first ran
_CITATION = re.compile(
    r"\s*(?:(?:来源|原载|摘自|转自|选自)\s*[:：]?\s*)?《[^《》]{1,20}》\s*"
    r"(?:[（(]\s*(?:19|20)\d\d\s*[年\-./][^（）()]{0,24}版\s*[)）]|(?:19|20)\d\d\s*[年\-./][^（）()，。,]{0,18}版)$"
)
# 作者：甲 / 文：甲: the writer, labelled
# 作者：甲, 作者：甲（单位：清溪中学）: who the writer is, in brackets after the name, is no name
_WRITER_LABEL = re.compile(
    rf"^(?:作者|文)\s*[:：]\s*(?P<who>[{CJK}·\s、]{{2,30}}?)\s*(?:[（(][^（）()]{{1,30}}[)）])?$"
)


def citation_alone(text: str) -> bool:
    """《人民日报》（2025年03月18日第 09 版）: where a piece was printed, as a collection of a paper's
    pieces cites it under each headline; a line of no story's text."""
    return "《" in text and _CITATION.fullmatch(text) is not None


def _without_citation(text: str) -> str:
    if "《" not in text:  # no citation without a paper's name: spare every line the pattern
        return text.strip() or text
    return _CITATION.sub("", text).strip() or text


# 来源：温岭日报 作者：李红 发布时间：2025-03-05 08:30: the fields an e-paper's site prints under a
# story's headline, of which the writers are the story's credits and the rest the site's
_WEB_FIELD = re.compile(
    r"(?P<label>来源|稿源|作者|记者|通讯员|编辑|责任编辑|责编|发布时间|发布日期|发表时间|时间|日期|"
    r"点击数|点击量|浏览次数|阅读数|阅读量|字数)\s*[:：]\s*"
)
_WEB_FIELD_ROLES = {"作者": "authors", "记者": "reporters", "通讯员": "correspondents"}
_WEB_FIELDS_MAX = 100


# ...which may open on the day and time the piece was posted: 2025-03-05 08:30 来源：… 作者：…
_POSTED_FIRST = re.compile(
    r"^(?:19|20)\d\d(?:[-./]\d{1,2}[-./]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?=\S)"
)


def web_fields(text: str) -> Credits | None:
    """The credits of a line of an e-paper site's fields (two at least, the first opening it)."""
    if text[:2] in ("19", "20") and (posted := _POSTED_FIRST.match(text)) is not None:
        text = text[posted.end() :]
    if len(text) > _WEB_FIELDS_MAX or ("：" not in text and ":" not in text) or not _WEB_FIELD.match(text):
        return None  # most lines open on no field: spared the search for one
    fields = list(_WEB_FIELD.finditer(text))
    if len(fields) < 2:
        return None
    credits = Credits()
    for k, field_ in enumerate(fields):
        end = fields[k + 1].start() if k + 1 < len(fields) else len(text)
        value = text[field_.end() : end].strip()
        role = _WEB_FIELD_ROLES.get(field_.group("label"))
        if role and value:
            parsed = parse_people(value, default=role)
            if parsed.bad:
                return None
            credits.merge(parsed.credits)
    return credits


# The pictures' supplier after a byline: 记者 甲 图片由受访者提供, 记者 甲 受访者供图
_SUPPLIED_AFTER = re.compile(r"\s+(?:图片由[^\s。，]{2,16}提供|[^\s。，]{2,12}供图)$")


# Words for people that a sentence lists and no credit names: …媒体记者代表、志愿者代表
_PEOPLE_WORDS = frozenset(
    [
        "代表",
        "志愿者",
        "媒体",
        "群众",
        "居民",
        "村民",
        "市民",
        "干部",
        "专家",
        "学者",
        "嘉宾",
        "领导",
        "职工",
        "员工",
        "学生",
        "老师",
        "家长",
        "游客",
        "网友",
        "读者",
        "人员",
        "工作人员",
        "负责人",
        "朋友",
        "同志",
        "观众",
        "听众",
        "商户",
        "企业",
        "单位",
    ]
)


# 甲 整理, 整理：甲, 执笔：甲, 本文作者：甲: who wrote the piece up, named with no reporter's role
_WRITTEN_UP = re.compile(
    r"^(?P<after>[\u3400-\u9fff·\s、]{2,24}?)\s+整理$|^(?:整理|文字整理|执笔|本文作者)\s*[:：]\s*(?P<before>[\u3400-\u9fff·\s、]{2,24})$"
)


def _written_up(text: str) -> Credits | None:
    m = _WRITTEN_UP.match(text) if ("整理" in text or "执笔" in text or "作者" in text) else None
    if m is None:
        return None
    names = join_padded(
        [name for name in re.split(r"[\s、]+", m.group("after") or m.group("before")) if name]
    )
    if not names or not all(looks_like_name(name) for name in names):
        return None  # (资料 整理: no one named)
    credits = Credits()
    for name in names:
        credits.add("authors", name)
    return credits


def _credit_part(part: str) -> bool:
    """A part of a credit between commas: a role and names, or names and roles alone."""
    words = part.split()
    return (
        not words
        or bool(_BYLINE_HINT.search(part))
        or all(
            word in _ROLE_WORDS or looks_like_name(word) is not None or "/" in word or "／" in word
            for word in words
        )
    )


def parse_byline(text: str) -> Credits | None:
    if (written_up := _written_up(text)) is not None:
        return written_up
    supplied = _SUPPLIED_AFTER.search(text) if text.endswith(("提供", "供图")) else None
    if supplied is not None and supplied.start():
        return parse_byline(text[: supplied.start()])  # the supplier took no picture of his own
    text = _without_citation(text)
    if parse_source(text):
        return Credits()
    if len(text) > 40 or not _BYLINE_HINT.search(text) or _SENTENCE.search(text):
        return None
    if reporter_column(text):
        return None
    if ("，" in text or "," in text) and not all(map(_credit_part, re.split(r"[，,]", text))):
        return None  # 记者 甲，通讯员 乙: each credit the commas part is one; 为此，本报记者专门走… is text
    co_writers = re.search(r"(?:参与)?采写$|^(?:参与)?采写\s*[:：]", text)
    parsed = parse_people(text, default="authors")
    if parsed.bad or not (parsed.roles or co_writers) or not parsed.credits.count():
        return None
    if any(name in _PEOPLE_WORDS for name in parsed.credits.names()):
        return None  # …吴菊萍、媒体记者代表、志愿者: people a sentence lists, no one credited
    if co_writers:
        merged = Credits()
        merged.merge(parsed.credits, as_role=None)
        merged.reporters.extend(n for n in merged.authors if n not in merged.reporters)
        merged.authors = []
        return merged
    return parsed.credits


# ---- signed pieces: 清溪市委常委、青山县委书记 孙立平 --------------------------------------------------
_POSITIONS = (
    "书记|主任|市长|县长|区长|镇长|乡长|省长|州长|旗长|部长|局长|厅长|处长|科长|主席|委员|常委|院长|校长|所长|"
    "社长|经理|董事长|总裁|总编辑|秘书长|会长|理事长|主编|教授|研究员|政委|检察长|队长|站长|馆长|行长|组长|"
    "代表|负责人|总监|专员|巡视员|调研员|教师|医生|医师|药师|护士长|律师|作家|学者|博士|评论员"
)
_SIGNATURE = re.compile(rf"^(?P<pos>[^\s。！？!?；;“”\"]{{2,40}}?(?:{_POSITIONS}))\s+(?P<name>{NAME})$")
# 县长 华璐月, 市委书记 鲁 青: a bare post, or a two-character name set to the width of three —
# only with a name that looks like one
_SPACED_NAME = rf"[{CJK}][ \u3000][{CJK}]"
# 诸暨市委书记 沈志江, or the space lost where a row broke: 诸暨市委书记沈志江
_POST_THEN_NAME = re.compile(
    rf"^(?P<pos>[^\s。！？!?；;：:“”\"]{{2,40}}?(?:{_POSITIONS}))\s*(?P<name>[{CJK}]{{2,3}})$"
)


def signed_with_post(text: str) -> bool:
    """A writer's post and name and nothing else: the signature a piece prints under its
    headline, never a line of a text's own."""
    m = _POST_THEN_NAME.match(text.strip())
    return m is not None and looks_like_name(m.group("name")) is not None


_SHORT_SIGNATURE = re.compile(
    rf"^(?P<pos>[^\s。！？!?；;“”\"]{{0,40}}?(?:{_POSITIONS}))\s+(?P<name>{NAME}|{_SPACED_NAME})$"
)
_POST_AND_NAMES = re.compile(
    rf"^(?P<pos>[^\s。！？!?；;“”\"]{{0,40}}?(?:{_POSITIONS}))\s+(?P<names>[{CJK}][{CJK}\s\u3000、]{{3,30}})$"
)
# 河南省郑州市 郭 桉: a reader's letter signed with the writer's place
_PLACE_SIGNATURE = re.compile(
    rf"^(?P<place>[{CJK}]{{2,12}}(?:省|市|县|区|旗|州|镇|乡|村))\s+(?P<name>{NAME}|{_SPACED_NAME})$"
)
# 周晓梅（青禾县作协会员）, 陈立（温岭市城东街道）: a writer's name with who the writer is, or where
# from, in brackets after it
_NAME_AND_STANDING = re.compile(
    rf"^(?P<name>{NAME}|{_SPACED_NAME})\s*[（(][^（）()]{{1,28}}(?:员|者|家|师|长|生|授|士|干部|主任|书记"
    r"|省|市|县|区|镇|乡|村|街道|社区|中学|小学|大学|学院|学校|医院|公司)[)）]$"
)
_BYLINE_PREFIX = re.compile(
    r"^(?:(?:文|作者|撰文)\s*[/／:：|｜丨·•]|文\s|撰文\s)\s*(?P<names>.{2,30})$"
    r"|^(?P<writers>.{2,30}?)(?:\s*[/／]\s*|\s+)(?:文|撰文)$"
)


# 本报评论员, 人民日报评论员, 本报编辑部: an editorial signed by the paper's desk, naming no one
_COMMENTATOR = re.compile(
    rf"^(?:本报|本刊|新华社|[\u3400-\u9fff]{{2,8}}(?:日报|晚报|报))?(?:特约)?评论员(?:\s+(?P<name>{NAME}))?$"
    r"|^(?:本报|本刊)(?:编辑部|评论部|评论组|调查组|记者调查组|联合调查组)$"
)


def parse_names(text: str) -> Credits | None:
    """Nothing but names: a signature set off by a bullet (□ 陈思远)."""
    if len(text) > 30 or reporter_column(text):
        return None
    parsed = parse_people(text, default="authors")
    if parsed.bad or not parsed.credits.count():
        return None
    if not parsed.roles and any(not _surnamed(n) for n in parsed.credits.authors):
        return None  # ■ 新闻热线 / ▲ 温馨提示: a bulleted column label, not a signature
    return parsed.credits


def _surnamed(name: str) -> bool:
    return "·" in name or looks_like_name(name) is not None


# A letter signed by its writer: 读者 陈伟 / 市民 王五 / 城西街道居民 王先生 / 城西街道 读者 王建国
_READER = re.compile(
    rf"^(?:(?:读者|市民|网友|听众|观众)\s*|[{CJK}]{{2,12}}?\s?(?:读者|市民|居民|村民|网友|职工|家长)\s+)"
    rf"(?P<name>[{CJK}]\s+[{CJK}]|[{CJK}]{{2,4}})$"
)


#: Characters a signature may run to: a post of forty characters over a few names, or a name with
#: who the writer is in brackets.  The parser asks this of every line.
_SIGNATURE_MAX = 100
_CITED_MAX = 40  # characters of the credits before a citation


def parse_signature(text: str) -> Credits | None:
    bare = _without_citation(text)
    if bare != text.strip() and len(bare) <= _CITED_MAX:
        # 胡杰成《人民日报》（…第 9 版）: what stands before the citation signs the piece, whatever
        # its names' surnames; 本报记者《人民日报》…: the paper's reporters, unnamed
        parsed = parse_people(bare, default="authors")
        if not parsed.bad and (parsed.roles or parsed.credits.count()):
            parsed.credits.unnamed = not parsed.credits.count()
            return parsed.credits
    text = bare
    if len(text) > _SIGNATURE_MAX or reporter_column(text):
        return None
    labelled = _WRITER_LABEL.match(text)
    if labelled:
        parsed = parse_people(labelled.group("who"), default="authors")
        if not parsed.bad and parsed.credits.count():
            return parsed.credits
    m = _READER.match(text)
    name = looks_like_name(m.group("name")) if m else None
    if name is not None:
        credits = Credits()
        credits.add("authors", name)
        return credits
    m = _COMMENTATOR.match(text)
    if m:
        # 本报评论员 signs an editorial without naming anyone
        credits = Credits(unnamed=not m.group("name"))
        if m.group("name"):
            credits.add("authors", m.group("name"))
        return credits
    m = _SIGNATURE.match(text)
    if m:
        credits = Credits()
        credits.add("authors", m.group("name"))
        return credits
    m = _SHORT_SIGNATURE.match(text) or _PLACE_SIGNATURE.match(text) or _NAME_AND_STANDING.match(text)
    name = looks_like_name(m.group("name")) if m else None
    if name is not None:
        credits = Credits()
        credits.add("authors", name)
        return credits
    m = _POST_AND_NAMES.match(text)
    if m:
        # 特约评论员 王珂 张  玲 宋佳航: one post over several writers, each a name that looks like one
        parsed = parse_people(m.group("names"), default="authors")
        names = parsed.credits.authors
        if not parsed.bad and not parsed.roles and len(names) >= 2 and all(map(looks_like_name, names)):
            return parsed.credits
    m = _BYLINE_PREFIX.match(text)
    if m:
        parsed = parse_people(m.group("names") or m.group("writers"), default="authors")
        if not parsed.bad and parsed.credits.count():
            return parsed.credits
    return None


# ---- picture credits ---------------------------------------------------------------------------
# The words that credit a picture after its photographer's name: 甲 摄, 甲 摄影报道
_PICTURE_ROLE = r"(?:摄影报道|摄影|拍摄|航拍|摄|攝影|攝)"
_CREDIT_SUFFIX = re.compile(rf"^(?P<who>[^。.！？!?；;，,“”\"]{{2,40}}?)\s*{_PICTURE_ROLE}$")
_CREDIT_PREFIX = re.compile(
    r"^(?:摄影|拍摄|摄|图片|图)(?:\s*[:：/／]\s*|\s+)(?P<who>[^。！？!?；;“”\"]{2,40})$"
)
_CREDIT_HINT = re.compile(r"摄|攝|航拍|图|供|社发|视觉|IC|CFP|照片", re.IGNORECASE)
# 甲/图: the role after the name, set off by a slash
_CREDIT_SLASHED = re.compile(r"^(?P<who>[^。！？!?；;，,“”\"/／]{2,30}?)\s*[/／]\s*(?:图|图片)$")
# 甲/视觉中国: the photographer and, after a slash, the agency that sells the picture, no role between
_CREDIT_FOR_AGENCY = re.compile(
    rf"^(?P<who>[{CJK}·\s]{{2,12}}?)\s*[/／]\s*(?:视觉中国|东方IC|图虫创意|CFP|IC\s*photo|[{CJK}]{{2,4}}(?:图片|视觉))$",
    re.IGNORECASE,
)
# 甲 摄（新华社发）: the agency that sent the picture, after its photographer
_SENT_BY = re.compile(r"\s*[（(](?:新华社|中新社)发[)）]$")
_AGENCY_SENT = re.compile(r"^(?:新华社|中新社)发\s*")
_BRACKETED = re.compile(r"^[（(【\[](.+)[)）】\]]$")
# 甲摄（人民视觉）, 甲摄（影像中国）: the picture agency that distributed it, after the credit
_AGENCY_AFTER = re.compile(rf"(?<=摄)\s*[（(][{CJK}]{{2,8}}[)）]$")  # (…（新华社传真照片）)
# 甲 摄 新华社发, 甲 摄/光明图片: the same, set off by a space or a slash
_AGENCY_SPACED = re.compile(
    rf"(?<=[摄影）)])(?:\s+|\s*[/／]\s*|(?<=[）)]))(?:[{CJK}]{{1,4}}[社网]发|[{CJK}]{{2,4}}(?:图片|视觉)|视觉中国|东方IC|CFP)$",
    re.IGNORECASE,
)
# The maker of a chart, a map or a drawing (制图：甲, 甲 制图, 漫画/甲): a picture's credit that names no
# photographer
_DRAWN_BY = re.compile(
    rf"^(?:(?:(?:本报)?(?:记者|编辑)\s*)?[{CJK}·]{{2,8}}(?:\s+|\s*[/／]\s*)(?:制图|绘图)"
    rf"|(?:制图|绘图|图表制作|图表设计|漫画|插图|插画)\s*(?:[:：/／]\s*|\s+)[{CJK}·\s、]{{2,20}})$"
)
# An artist's credit under a drawing: 商海春绘（新华社发）, 马睿姗 绘, 甲/绘
# ...in brackets too (（马睿姗 绘）), and a cartoon an agency sent: 新华社发 甲 作, 新华社发（甲 作）
_ARTIST = re.compile(
    rf"^[（(]?(?P<who>[{CJK}]{{2,4}}|[{CJK}]\s{{1,3}}[{CJK}])\s*[/／]?\s*绘(?:图|画)?[)）]?"
    r"(?:\s*[（(](?:新华社发|人民视觉|视觉中国|本报资料图)[)）])?$"
    rf"|^(?:新华社发|人民视觉)\s*[（(]?(?P<maker>[{CJK}]{{2,4}}|[{CJK}]\s{{1,3}}[{CJK}])\s*作[)）]?$"
    rf"|^(?P<drawer>[{CJK}]{{2,4}}|[{CJK}]\s{{1,3}}[{CJK}])\s*作\s*[（(]新华社发[)）]$"
)
# What kind of picture it is, before its credit: 无人机照片 甲 摄
_PICTURE_KIND = re.compile(r"^[（(]?(?:无人机照片|无人机航拍|航拍照片|资料照片|手机摄影)[)）]?\s+")
# An editor's code left after a credit, as beside a picture: 甲 摄 ⑩, 甲摄 ③2
_CODE_AFTER = re.compile(r"\s*[①-⑳]\d{0,2}$")
# A line of nothing but a name and 摄 (翟慧勇摄): papers that set credits apart print them so
_NAME_AND_SHOT = re.compile(rf"^(?:[{CJK}·]{{2,5}}|[{CJK}]\s{{1,3}}[{CJK}])(?:摄影|摄)$")
_SPACED_SUFFIX = re.compile(rf"[\s/／]{_PICTURE_ROLE}$")
# A credit ending on its role is complete (甲 摄, 市交通局供图, （甲 摄）); 拍摄 甲 may go on.
_ROLE_LAST = re.compile(
    rf"(?:{_PICTURE_ROLE}|供图|照片|图片|新华社发|视觉中国|人民视觉|人民图片|东方IC|CFP)[）)]?$",
    re.IGNORECASE,
)
_CREDIT_ORG = re.compile(
    r"^(?:(?:图片由)?(?P<org>[^\s。.！？!?；;，,“”\"]{2,24}?)\s*(?:供图|/供图)|图片由.{2,24}提供|新华社发|"
    r"[（(]?(?:本报)?资料(?:图片|图|照片)[)）]?|[（(]?网络图片[)）]?|[（(]?图片来源[:：].{2,24}[)）]?|"
    r"(?:供图|图片提供|图源)[:：].{2,24}|图片?据.{2,12}|"
    r"[（(]?(?:视觉中国|人民视觉|人民图片|东方IC|图虫创意|CFP|IC\s*photo)[)）]?|"
    # a picture drawn by a machine, or taken from the net
    r"[（(]?(?:图片)?(?:由\s*)?AI\s*(?:生成|制作|绘制)(?:图片|图)?[)）]?|[（(]?图片来自网络[)）]?)$"
)
# 甲 图: a photographer's name and 图 after it, set apart by a space (甲/图 is _CREDIT_SLASHED)
_NAME_THEN_PICTURE = re.compile(rf"^(?P<who>[{CJK}]{{2,4}})\s+(?:图|图片)$")


_PROVIDED = re.compile(r"^[^\s。.！？!?；;，,“”\"]{2,24}?(?:提供|供图)$")  # after 以上图片均为
_PICTURES_BY = re.compile(
    r"^(?:以上|以下|上|下|左|右|本版|本组)?(?:图片|照片|组图|图)(?:均|皆|都)?(?:为|由)\s*"
)


def parse_photo_credit(text: str) -> Credits | None:
    """The credit of a picture; an organisation's credit (市交通局供图) names no one."""
    text = text.strip()
    if text[:1] in _CREDIT_BULLETS:
        text = text[1:].lstrip()  # □甲 摄: the bullet some papers set a credit off with
    supplied = _SUPPLIED_AFTER.search(text) if text.endswith(("提供", "供图")) else None
    if supplied is not None and supplied.start() and parse_byline(text[: supplied.start()]) is not None:
        return None  # 本报记者 甲 受访者供图: the story's byline, and where its pictures came from
    if len(text) <= 30 and _DRAWN_BY.match(text):
        return Credits()
    artist = _ARTIST.match(text) if "绘" in text or "作" in text else None
    who = artist and (artist.group("who") or artist.group("maker") or artist.group("drawer"))
    if who and (name := looks_like_name(re.sub(r"\s+", "", who))):
        credits = Credits()
        credits.add("photographers", name)  # who made the picture, as a photographer of a photo
        return credits
    if (
        len(text) > 48
        or not _CREDIT_HINT.search(text)
        or _TEXT_AND_PICTURES.search(text)
        or _WRITER_THEN_PICTURES.match(text)
    ):
        return None  # 记者 甲 文/摄 and 甲 文 乙 摄 are the story's byline
    text = _SENT_BY.sub("", _AGENCY_SENT.sub("", _PICTURE_KIND.sub("", _CODE_AFTER.sub("", text))))
    text = _AGENCY_SPACED.sub("", _AGENCY_AFTER.sub("", text))
    introduced = _PICTURES_BY.match(text.lstrip("（("))
    if introduced:
        # 以上图片均为 甲 摄, （本组图片均由记者 甲 摄）: the credit of a group
        text = text.lstrip("（(")[introduced.end() :].strip()
        if text.endswith(("）", ")")) and not any(ch in text[:-1] for ch in "（()）"):
            text = text[:-1].strip()
    bracketed = _BRACKETED.match(text)
    if bracketed:
        text = _AGENCY_SENT.sub("", bracketed.group(1).strip())  # （新华社发 甲 摄）
    if not text:
        return Credits()
    # 刘  妍供图: a supplier's name padded to the width of three is still one supplier
    unpadded = _PADDING.sub("", text) if text.endswith("供图") else text
    if _CREDIT_ORG.match(unpadded) or (introduced and _PROVIDED.match(text)):
        return Credits()
    named = _NAME_THEN_PICTURE.match(text)
    if named and looks_like_name(named.group("who")):
        credits = Credits()
        credits.add("photographers", named.group("who"))
        return credits
    for pattern in (_CREDIT_SUFFIX, _CREDIT_PREFIX, _CREDIT_SLASHED, _CREDIT_FOR_AGENCY):
        m = pattern.match(text)
        if m and m.group("who").strip() in _PICTURE_AGENCIES:
            return Credits()  # 图/视觉中国: the agency that sold the picture is no photographer
        if m:
            parsed = parse_people(m.group("who"), default="photographers", everyone_as="photographers")
            # "他在现场拍摄" is a sentence: a bare name needs a space before 摄, or brackets: （周海摄）
            spaced = (
                introduced
                or pattern is not _CREDIT_SUFFIX
                or _SPACED_SUFFIX.search(text)
                or bracketed
                or (_NAME_AND_SHOT.match(text) and _surnamed(m.group("who")))
            )
            if not parsed.bad and parsed.credits.count() and (parsed.roles or spaced):
                return parsed.credits
    return None


_PICTURE_AGENCIES = frozenset(
    (
        "视觉中国",
        "人民视觉",
        "东方IC",
        "图虫创意",
        "CFP",
        "新华社",
        "中新社",
        "人民图片",
        "影像中国",
        "IC photo",
    )
)
_PADDING = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")
_TAIL_SPLIT = re.compile(rf"(?:[。！？!?…]|{HALF_STOP})\s*[”’」』]?\s*|\s+")


def split_trailing_credit(text: str) -> tuple[str, Credits] | None:
    """A caption that carries its credit on the same line: …宛如一幅水墨画。市交通局供图"""
    tail_start = max(0, len(text) - 50)
    for m in _TAIL_SPLIT.finditer(text, tail_start):
        tail = text[m.end() :]
        if not tail or tail.lstrip("（( ").startswith(("本版", "本期")):
            continue  # （本版图片由记者 甲 摄）: the credit of every picture on the page, not this one's
        credits = parse_photo_credit(tail)
        if credits is not None:
            caption = text[: m.end()].rstrip()
            if caption:
                return caption, credits
    return None


def ends_with_picture_credit(text: str) -> bool:
    """A caption closed by a complete credit of its picture: …办理入学手续。（徐静 摄）"""
    return bool(_ROLE_LAST.search(text)) and split_trailing_credit(text) is not None


# Credits broken over two lines right after a role, or after the first character of the name:
# 通讯员 / 宁轨宣, 记者 周 / 学军 摄
_ROLE_AT_END = re.compile(
    rf"(?:^|[\s/／（(])(?:(?:{_MEDIA})?(?:{_RANK})?(?:摄影记者|记者|通讯员|实习生|摄影|拍友)\s*[/／]?"
    # ...or the writer's role before its slash or colon, alone on its row: 文/ / 甲
    rf"|^(?:文|图|作者|撰文|撰稿|文字)\s*[/／:：])\s*(?P<part>[{CJK}]?)$"
)


def role_alone(text: str) -> bool:
    """本报记者, 通讯员, 文/: a credit's role on a row of its own, its name on the next."""
    m = _ROLE_AT_END.search(text)
    return m is not None and m.start() == 0 and not m.group("part")


_NAME_AT_START = re.compile(rf"^[{CJK}]{{1,3}}(?:\s|摄|$)")


def broken_credit(text: str, below: str) -> str | None:
    """How to join ``below`` to ``text`` when a credit was broken between them: " " after a role,
    "" inside a name; None when no credit was broken there."""
    m = _ROLE_AT_END.search(text)
    if m is None or not _NAME_AT_START.match(below) or opens_with_role(below):
        return None
    first = below.split()[0]
    if first in _ROLE_WORDS or first in _NOISE:
        return None  # 本报记者 周海 / 拍友 吴佳 摄: the next credit, not the rest of a name
    return "" if m.group("part") else " "


def _last_named(text: str) -> bool:
    """Whether the credits ``text`` holds end on a name after its role (通讯员 周海, 通讯员周海): a
    word after another name (记者 张三 司法) is as likely the first of the text's words; a name
    padded to the width of three (记者 王 婷) is one word."""
    words = join_padded(text.split())
    if not words:
        return False
    glued = re.match(rf"^(?:{_ROLE_WORD})\s*[/／]?(?=\S)", words[-1])
    if glued:
        return looks_like_name(words[-1][glued.end() :]) is not None
    return (
        len(words) >= 2
        and re.fullmatch(rf"(?:{_ROLE_WORD})[/／]?", words[-2]) is not None
        and looks_like_name(words[-1]) is not None
    )


def only_credits(text: str) -> bool:
    """记者/陈珊 通讯员/李明: nothing but spaced credits (the rest of a lead-in broken after them)."""
    # The pattern reads credits only when text follows them: a stand-in follows here.
    m = _SPACED_CREDITS.match(text.strip() + " .")
    return m is not None and m.end() == len(text.strip()) + 1


def opens_with_role(text: str) -> bool:
    """记者…, 通讯员…, 新华社记者…: a line that starts with a role, as credits broken over lines do."""
    return bool(_GLUED_ROLE.match(text))


# An official account's name closing the release it put out: （清溪发布）; in brackets only, for a
# line 年度报告发布 may well be a headline's
_RELEASED_BY = re.compile(rf"[{CJK}]{{2,6}}发布")


# ---- closing credits: （本报记者 甲 整理） ----------------------------------------------------------
_CLOSING = re.compile(r"[（(〔【](?P<who>[^（）()〔〕【】]{2,40})[)）〕】]\s*$")
_CLOSING_SUFFIX = re.compile(r"(?:整理|参与采写|采写|报道|编译|综合|执笔)$")
_CLOSING_PREFIX = re.compile(r"^(?:参与采写|采写|整理|编译|执笔)\s*[:：]")


# A note in brackets that may hold one pair of its own: （作者为电影《甲》（第一部）配音演员）
_NOTE_WORDS = r"(?:[^（）()]|[（(][^（）()]{1,20}[)）])"
_AUTHOR_UNIT = re.compile(rf"[（(]\s*作者(?:分别)?(?:单位|系|为|是){_NOTE_WORDS}{{2,60}}[)）]\s*$")
# ...set without brackets on a line of its own: 作者系中学教师, 作者单位：市社科院, 作者为某大学教授
_AUTHOR_UNIT_BARE = re.compile(
    r"作者(?:分别)?(?:单位[：:]|系)[^，,；;！？!?]{2,40}。?$"
    r"|作者(?:分别)?为[^，,；;！？!?。]{2,40}(?:教授|教师|研究员|学者|干部|书记|主任|员|长|生|家|会|院|校|局|委|所|中心)。?$"
)


_AUTHOR_NOTE_ANYWHERE = re.compile(_AUTHOR_UNIT.pattern.removesuffix(r"\s*$"))


def author_note_before(text: str) -> bool:
    """A note on the author with text after it (（作者为…）纪录电影…剧照。): a note closes a piece,
    so what follows is another item's."""
    return any(text[m.end() :].strip() for m in _AUTHOR_NOTE_ANYWHERE.finditer(text))


def author_note(text: str) -> bool:
    """（作者为市委党校教授）, （作者单位：…） on a line of its own: the piece's last paragraph."""
    text = text.lstrip()
    return _AUTHOR_UNIT.match(text) is not None or _AUTHOR_UNIT_BARE.match(text) is not None


def closing_note(text: str) -> bool:
    """A note in brackets a piece ends with: on its author, or on how it or its page was made; or
    where it was taken from, after a dash (——摘自《某报》)."""
    return author_note(text) or about_the_page(text) or taken_from(text)


def taken_from(text: str) -> bool:
    """——摘自《某报》: where the piece was taken from, after a dash, closing it."""
    return text[:1] in "—-" and _TAKEN_FROM.match(text) is not None


_TAKEN_FROM = re.compile(rf"^(?:{TAKEN_FROM}|(?:——|--|—)\s*来源\s*[:：]?)\s*\S{{2,30}}$")


# （本版头条文章由甲出版社组稿、乙编辑）, （应采访对象要求，文中甲为化名）, （有删节）, （未完待续）,
# （附图片）: a note on how the piece or the page was made, never a kicker
_ABOUT_THE_PAGE = re.compile(
    r"[（(][^（）()]{0,30}(?:本文|本版|组稿|供稿|编发|化名|应[^（）()]{1,10}要求|删节|待续|续完|全文完|附图|附照片|图片附后)"
    r"[^（）()]{0,40}[)）]"
)


def about_the_page(text: str) -> bool:
    """（本版文章由…组稿）, （应采访对象要求…化名）: a note closing the piece above it."""
    return _ABOUT_THE_PAGE.fullmatch(text.strip()) is not None


_DATELINE_ALONE = re.compile(
    rf"^(?:本报|本報|新华社|新華社|中新社)(?:{_PLACE})?\s?(?:\d{{1,2}}月\d{{1,2}}日)?(?:专电|專電|电|電|讯|訊)$"
)


_ROLE_ALONE = re.compile(
    r"(?:本报|本報|新华社|新華社|中新社|中央社)?(?:驻[\u3400-\u9fff]{1,3})?(?:特约|特約|特派)?"
    r"(?:记者|記者|通讯员|通訊員)(?:组|組)?|(?:本报|本報)?(?:特派员|特派員)"
)

# An agency's mark closing a dispatch after its credits: （记者 甲）（完）
_END_MARK = re.compile(r"[（(]\s*完\s*[)）]\s*$")


def split_closing_credit(text: str) -> tuple[str, Credits] | None:
    if text.endswith(("完）", "完)")):
        text = _END_MARK.sub("", text).rstrip()
    if _AUTHOR_UNIT.search(text):
        # （作者为市委党校教授） / （作者单位：…）: a line of the piece about its author, printed as
        # its last paragraph; it credits no one
        return None
    m = _CLOSING.search(text)
    if not m:
        return None
    who = m.group("who").strip()
    if parse_source(who) or _RELEASED_BY.fullmatch(who):
        # (据新华社): where the text comes from, kept where a dateline stands when none does
        return text[: m.start()].rstrip(), Credits(dateline=re.sub(r"\s+", "", who))
    source, comma, credit = who.rpartition("，") if "，" in who else who.rpartition(",")
    if comma and parse_source(source.strip()):
        # （案例来源：最高人民法院，本报记者甲整理）: the source, then who wrote the piece up
        closing = split_closing_credit(f"（{credit.strip()}）")
        if closing is not None and closing[1].count():
            return text[: m.start()].rstrip(), closing[1]
    if _ROLE_ALONE.fullmatch(who):
        # （本报记者）: the paper's staff signing the piece as a body, no one named
        return text[: m.start()].rstrip(), Credits()
    if _DATELINE_ALONE.match(who):
        # （本报布鲁塞尔电）: where the story was filed, printed under it
        credits = Credits()
        credits.dateline = re.sub(r"\s+", "", who)
        return text[: m.start()].rstrip(), credits
    lead = parse_lead(who)
    if lead is not None:
        # （本报兰州4月1日电）, （新华社北京3月5日电 记者 王五）: the dateline printed at the end
        credits = lead.credits
        if lead.rest:
            people = parse_people(lead.rest, default="authors")
            if people.bad or not people.roles:
                return None
            credits.merge(people.credits)
        credits.dateline = lead.dateline
        return text[: m.start()].rstrip(), credits
    if _TEXT_AND_PICTURES.search(who) and (credited := parse_byline(who)) is not None:
        return text[: m.start()].rstrip(), credited  # （记者 甲 文/摄）: who wrote it and took its pictures
    if _ROLE_LAST.search(who):
        return None  # a picture's credit, not the story's
    names = _bare_names(who)
    if names and not who.startswith(("记者", "通讯员")):
        before = text[: m.start()].rstrip()
        if not before or is_terminated(before):
            # …营造和谐友善的社区氛围。（陈颖）, …（陈颖 李红）: the writers of a short item, role
            # unprinted
            credits = Credits()
            for name in names:
                credits.add("authors", name)
            return before, credits
        return None
    signed = _SIGNATURE.match(who) or _SHORT_SIGNATURE.match(who)
    if signed is not None and (name := looks_like_name(signed.group("name").replace(" ", ""))) is not None:
        before = text[: m.start()].rstrip()
        if not before or is_terminated(before):
            # …及时送医。（市第一人民医院急诊科主任 甲）: an expert signing the advice above with
            # the post they write from
            credits = Credits()
            credits.add("authors", name)
            return before, credits
    suffix = _CLOSING_SUFFIX.search(who) or _CLOSING_PREFIX.match(who)  # 甲 采写, 采写：甲
    default = "reporters" if suffix and "采写" in suffix.group() else "authors"
    parsed = parse_people(who, default=default)
    if parsed.bad or not parsed.credits.count() or not (parsed.roles or suffix):
        return None
    return text[: m.start()].rstrip(), parsed.credits


# …五分钟。本报记者 甲, …五分钟。□ 甲: the story's closing byline run on after its last sentence,
# as an extraction joins a line to the one above
_RUN_ON_BYLINE = re.compile(
    r"(?<=[。！？!?”」])\s*(?P<who>(?:[□◎■]\s*|(?:本报|本報)?(?:记者|記者|通讯员|通訊員))[^。！？!?“”（）()，,、；;：:]{2,20})$"
)


_RUN_ON_TAIL = 24  # characters of a paragraph's end a byline run on after it may take
_RUN_ON_MARKS = "记記通□◎■"


def split_trailing_byline(text: str) -> tuple[str, Credits] | None:
    """(the text, the credits) of a paragraph closed by its story's byline run on after its last
    sentence, unbracketed (…。本报记者 甲 乙, …。□ 甲); None when it is not so closed."""
    tail = text[-_RUN_ON_TAIL:]
    if not any(ch in tail for ch in _RUN_ON_MARKS):
        return None  # (most paragraphs: no role or bullet near their end, spared the search)
    m = _RUN_ON_BYLINE.search(text)
    if m is None:
        return None
    who = m.group("who").strip()
    if parse_photo_credit(who) is not None:
        return None  # …。记者 甲 摄: a caption's credit, the picture's
    credits = parse_byline(who)
    if credits is None and who[:1] in "□◎■":
        credits = parse_names(who[1:].strip())
    if credits is None or not credits.count():
        return None
    if not set(credits.photographers) <= set(credits.reporters + credits.authors):
        return None  # a picture's credit; the story's writer may have taken its pictures (文/图)
    if not all(looks_like_name(name) for name in credits.names()):
        return None  # …。记者一愣 / (a row wrapped on): a sentence going on, no one's name
    return text[: m.start()].rstrip(), credits


# ---- continuation markers: （下转第二版） (上接第一版) ------------------------------------------------
_PAGE_REF = r"第?\s*[0-9０-９一二三四五六七八九十百A-Za-z]{1,4}\s*版"
# in brackets, the page a lettered one or named with its number (（转A2）, （续见第2版）, 【下转第2版】); or
# with no brackets, 下转/上接 and a numbered page after a pointer or none, or before one (▲下转第2版,
# 下转第2版▶)
# ...and a front page's teaser sending its reader to the whole story: 详见A3版, （详见第3版）
# ...and the next page or the last, unnumbered, as a supplement's pages say: （接下页）, （转上页）
_MARKER = re.compile(
    # (the text may say it is unfinished, or name itself: （未完，下转第2版）, （本文转第4版）)
    r"(?:[（(【〔\[]\s*(?:未完[，,]?\s*|本文|本稿)?(?P<dir>下转|下接|上接|上承|接上|紧接|紧转|转见|续见|详见|转|续|接|承)\s*"
    rf"(?P<page>{_PAGE_REF}|[A-Za-z]\s*\d{{1,2}}|[上下]\s*页)[^（）()【】〔〕\[\]]{{0,6}}[)）】〕\]]"
    rf"|[▲▼►▶→◀◄←]?\s*(?P<dir2>下转|下接|上接|详见)\s*(?P<page2>{_PAGE_REF}|[A-Za-z]\d{{1,2}}(?![\w版]))(?:\s*[▶►→])?)"
)
_MARKER_ALONE = re.compile(rf"^{_MARKER.pattern}$")
_MARKER_END = re.compile(rf"\s*{_MARKER.pattern}$")
_MARKER_START = re.compile(rf"^{_MARKER.pattern}\s*")


def _may_mark(text: str) -> bool:
    """Whether ``text`` holds a word every marker has: most lines are spared the search, which the
    markers printed without brackets make slow."""
    return "转" in text or "接" in text or "续" in text or "详见" in text or "承" in text


def marker_end(text: str) -> int | None:
    """Where the first continuation marker in ``text`` ends (None without one): a marker closes a
    story's text, so whatever follows it is another item's."""
    if not _may_mark(text):
        return None
    m = _MARKER.search(text)
    return m.end() if m else None


# the markers sending the reader on, not back
_ONWARD = frozenset(("下转", "下接", "紧转", "转", "转见", "续见", "详见"))


def _page_ref(m: re.Match) -> tuple[str, str]:
    page = re.sub(r"\s+", "", m.group("page") or m.group("page2"))
    if page in ("上页", "下页"):
        # （接下页）, （转下页）, （接上页）: the page says which way, whatever the verb before it
        return ("to" if page == "下页" else "from"), page
    if not page.startswith("第") and not re.match(r"[A-Za-z]", page):
        page = "第" + page
    direction = "to" if (m.group("dir") or m.group("dir2")) in _ONWARD else "from"
    return direction, page


def marked_headline(text: str) -> tuple[str, str] | None:
    """新安大桥建成通车（上接第1版）: a headline printed again over the rest of its story, the
    marker on its line; the headline and the marker, or None."""
    if not _may_mark(text) or not text.endswith(("）", ")")):
        return None
    m = _MARKER_END.search(text)
    if m is None or _page_ref(m)[0] != "from":
        return None
    return text[: m.start()].strip(), m.group().strip()


def marker_alone(text: str) -> tuple[str, str] | None:
    if not _may_mark(text):
        return None
    m = _MARKER_ALONE.match(text)
    return _page_ref(m) if m else None


def strip_markers(text: str) -> tuple[str, str | None, str | None]:
    """Markers printed inside a paragraph: …落地见效。（下转第二版） / (上接第一版)会议指出…"""
    if not _may_mark(text):
        return text.strip(), None, None
    to_page = from_page = None
    m = _MARKER_END.search(text)
    if m:
        direction, page = _page_ref(m)
        # （续第二版）: continued, and where — onward at a paragraph's end, back at its start
        if direction == "to" or m.group("dir") == "续":
            to_page, text = page, text[: m.start()]
    m = _MARKER_START.match(text)
    if m:
        direction, page = _page_ref(m)
        if direction == "from":
            from_page, text = page, text[m.end() :]
    return text.strip(), to_page, from_page


# ...and 原标题：…, the headline a reprinted piece first ran under, a note on it where it stands
_EDITOR_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编者的话|编后|原标题(?=\s*[:：]))[】\]）)]?")


def is_editor_note(text: str) -> bool:
    return bool(_EDITOR_NOTE.match(text))


def editor_note_before(text: str) -> bool:
    """An editors' note that introduces what follows it (编者按, 编者的话), never an afterword on
    what it follows (编后)."""
    m = _EDITOR_NOTE.match(text)
    return m is not None and "编后" not in m.group() and "原标题" not in m.group()


_EDITORS_SIGN_OFF = re.compile(r"^(?:——|--|－－|—)\s*(?:编\s*者|本报编辑部)$")


def editors_sign_off(text: str) -> bool:
    """——编者 under the editors' note over a story or a page: text, never a subtitle."""
    return _EDITORS_SIGN_OFF.match(text.strip()) is not None
