from django.db import migrations

# Sections an archive of Zhejiang local papers starts with; editors refine the rules in the admin.
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


def create_sections(apps, schema_editor):
    Section = apps.get_model("archive", "Section")
    for name, priority, keywords, description in DEFAULT_SECTIONS:
        Section.objects.get_or_create(
            name=name,
            defaults={
                "slug": name,
                "priority": priority,
                "keywords": keywords,
                "description": description,
                "is_fallback": name == "综合",
            },
        )


def remove_sections(apps, schema_editor):
    Section = apps.get_model("archive", "Section")
    Section.objects.filter(name__in=[row[0] for row in DEFAULT_SECTIONS], articles__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunPython(create_sections, remove_sections)]
