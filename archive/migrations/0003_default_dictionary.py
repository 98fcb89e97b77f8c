from django.db import migrations

# The word lists as archive/dictionary/ held them when this was frozen: a migration must load the
# same words whenever it runs, whatever the files hold later.
TERMS = """
八八战略 千万工程 千村示范万村整治 两城两湖 一号改革工程 三个一号工程 营商环境
营商环境优化提升 数字化改革 数字经济创新提质 山海协作 地瓜经济 最多跑一次 四下基层
大走访大调研大服务大解题 枫桥经验 新时代枫桥经验 浦江经验 后陈经验 五水共治
三改一拆 亩均论英雄 腾笼换鸟 重要窗口 两个先行 三服务 未来社区 未来乡村 县域风貌
共同富裕 共同富裕示范区 创新深化 改革攻坚 开放提升 清廉浙江 平安浙江 法治浙江
数字浙江 勤廉台州 浙里办 浙政钉 中国式现代化 新质生产力 乡村振兴 专精特新 放管服
两个确立 两个维护 绿水青山就是金山银山 全过程人民民主 一带一路 长三角一体化
""".split()  # noqa: SIM905 (a word list reads better as text)
STOPWORDS = """
本报 本报讯 记者 通讯员 实习生 编辑 责任编辑 校对 摄影 图片 图文 来源 稿件
报道 消息 日电 新华社 据悉 获悉 了解到 介绍 表示 指出 强调 要求 认为 提出
据了解 编者按 版面 第一版 头版 上接 下转 今年 去年 明年 今天 昨天 明天 近日
日前 目前 当前 近年来 近年 以来 期间 时期 时间 阶段 上午 下午 凌晨 年度
季度 上半年 下半年 全年 年初 年底 年末 月份 当天 当日 此前 此后 未来 现在
过去 同时 随后 最近 下一步 我们 他们 大家 自己 我市 我省 我区 我县 全市
全省 全区 全县 全国 本市 各地 各级 各方 各类 各项 方面 领域 地方 部门 单位
有关 相关 其他 其中 一些 有关部门 相关部门 负责人 主要负责人 同志 人员 群众
人民 干部 领导 代表 委员 市民 居民 工作 问题 情况 会议 活动 项目 企业 任务
措施 举措 政策 目标 重点 内容 方式 形式 方法 机制 体系 能力 水平 作用 成效
成果 效果 经验 意见 建议 精神 思想 理念 标准 责任 基础 条件 环境 平台 载体
事项 事情 方向 过程 结果 质量 数量 规模 总量 比例 力度 进度 进展 关键 核心
重要 主要 基层 社会 经济 群体 对象 资源 品牌 特色 优势 短板 亮点 合力 氛围
格局 新局 全局 大局 系统 发展 进行 开展 推进 推动 建设 实施 落实 加强 加快
提升 提高 促进 完善 深化 优化 坚持 实现 打造 聚焦 持续 全面 深入 充分
进一步 召开 举行 出席 参加 组织 部署 研究 讨论 听取 审议 通过 汇报 学习
贯彻 贯彻落实 服务 管理 保障 支持 参与 带动 探索 创新 改革 形成 取得 获得
增加 减少 增长 下降 书记 总书记 副书记 市长 副市长 县长 区长 主任 副主任
局长 主席 常委 高质量 新时代 新征程 新篇章 新期待 新要求 担当 实干 全力 强力
聚力 全域 首要任务 中心 办理 专题 专班 破题 标杆 思维 同比 环比 万元 亿元
元 人次 个 家 件 次 项 条 名 位 平方米 亩 公里 米 吨 户 余 多
""".split()  # noqa: SIM905 (a word list reads better as text)
WORDS = ((TERMS, "term"), (STOPWORDS, "stopword"))


def load_dictionary(apps, schema_editor):
    DictionaryEntry = apps.get_model("archive", "DictionaryEntry")
    for words, kind in WORDS:
        DictionaryEntry.objects.bulk_create(
            [DictionaryEntry(word=word, kind=kind) for word in words], ignore_conflicts=True
        )


def unload_dictionary(apps, schema_editor):
    DictionaryEntry = apps.get_model("archive", "DictionaryEntry")
    for words, kind in WORDS:
        DictionaryEntry.objects.filter(kind=kind, word__in=words).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_default_sections")]

    operations = [migrations.RunPython(load_dictionary, unload_dictionary)]
