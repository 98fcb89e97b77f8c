"""Small invented articles printed as a page by the training renderer (archive.training.render), for
the line-role model's tests: the corpus stays outside the project."""

import random

from archive.training.corpus import Caption
from archive.training.render import Layout, render_page

BRIDGE = [
    "新安大桥昨日正式建成通车，大桥全长一千二百米，连接两岸四个乡镇，通车后两地车程由一小时缩短至十分钟。",
    "市民纷纷前来参观，不少人带着孩子在桥头合影留念，桥下的老渡口也将改建为滨江公园。",
    "据介绍，大桥建设历时三年，采用了多项新工艺，桥面设有非机动车道和观景平台。",
    "市交通部门表示，下一步将加快周边道路配套建设，让大桥尽快发挥效益。",
]
MARKET = [
    "春节临近，城区各大农贸市场人气渐旺，蔬菜、水果、肉类等年货供应充足，价格总体平稳。",
    "记者在城东农贸市场看到，摊位前挤满了选购年货的市民，摊主们忙着称重、找零。",
    "市市场监管局相关负责人介绍，节日期间将加强巡查，确保市民买得放心、吃得安心。",
]


def articles():
    from archive.training.corpus import Article

    bridge = Article(
        key="p/1.md",
        page="p",
        title="新安大桥建成通车",
        kicker="两岸群众盼了多年",
        reporters=["李红", "周海"],
    )
    bridge.paragraphs = list(BRIDGE)
    bridge.captions = [Caption("新安大桥夜景。", "周海摄", ["周海"])]
    market = Article(key="p/2.md", page="p", title="年货市场供应充足", authors=["王立新"])
    market.paragraphs = list(MARKET)
    return [bridge, market]


def render(**knobs):
    layout = Layout(**knobs)
    return render_page(
        "p.txt", articles(), layout, random.Random(1), page_number=2, page_name="要闻", date="2025-02-02"
    )
