# Review reasons were stored as the labels an editor reads, and mapped back to codes whenever the
# importer or an editing tool looked at them; rewording a label silently dropped the warning on
# old articles. They are stored as codes now, labelled at display (archive/review_reasons.py).
# The labels below are every one the archive has stored, frozen here as they were printed.

from django.db import migrations, models

LABELS = {
    "没有识别出标题": "no_headline",
    "版式无法识别，切分可能有误": "unknown_layout",
    "切分、标题或署名可能有误": "low_confidence",
    "标题过长，可能混入了正文": "headline_too_long",
    "正文过短，可能切分有误": "short_body",
    "标题过短，可能不完整": "headline_too_short",
    "引号可能丢失": "quotes_lost",
    "没有署名": "no_byline",
    "缺少出版日期": "no_date",
    "未知报纸": "no_publication",
    "出版日期取自版面，未经确认": "date_inferred",
    "出版日期为推断，待编辑确认": "date_inferred",
    "拆分出的新文章，保存后发布": "split_pending",
}
UNKNOWN_PREFIX = "解析提示："
CODES = {code: label for label, code in LABELS.items()} | {"date_inferred": "出版日期为推断，待编辑确认"}


def _convert(apps, mapping, unknown):
    Article = apps.get_model("archive", "Article")
    changed = []
    for article in (
        Article.objects.exclude(review_reasons=[]).only("pk", "review_reasons").iterator(chunk_size=2000)
    ):
        reasons = [mapping.get(r) or unknown(r) for r in article.review_reasons if isinstance(r, str)]
        if reasons != article.review_reasons:
            article.review_reasons = reasons
            changed.append(article)
        if len(changed) >= 2000:
            Article.objects.bulk_update(changed, ["review_reasons"])
            changed.clear()
    Article.objects.bulk_update(changed, ["review_reasons"])


def labels_to_codes(apps, schema_editor):
    _convert(apps, LABELS, lambda r: r.removeprefix(UNKNOWN_PREFIX))


def codes_to_labels(apps, schema_editor):
    _convert(apps, CODES, lambda r: f"{UNKNOWN_PREFIX}{r}")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0009_page_filing"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="confidence",
            field=models.FloatField(
                blank=True,
                help_text="版面模型对本篇切分、标题和署名的把握（0–1），导入时给出。",
                null=True,
                verbose_name="切分置信度",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="review_reasons",
            field=models.JSONField(
                blank=True, default=list, help_text="原因代码，显示时译为中文。", verbose_name="待审原因"
            ),
        ),
        migrations.RunPython(labels_to_codes, codes_to_labels),
    ]
