# The page numbers that 上接 / 下转 name, stored beside the text as printed: the article page
# used to read 「第二版」 again on every request.
import unicodedata

from django.db import migrations, models

# Frozen here as the importer read references when this migration was written
# (archive.parsing.masthead.page_number), so that later changes there cannot change it.
NUMERALS = dict(zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
MAX_PAGE_NUMBER = 32767


def page_of(reference):
    text = (
        unicodedata.normalize("NFKC", reference or "").strip().removeprefix("第").removesuffix("版").strip()
    )
    number = None
    if text.isdecimal():
        number = int(text)
    elif "十" in text:
        tens, _, units = text.partition("十")
        if (not tens or tens in NUMERALS) and (not units or units in NUMERALS):
            number = (NUMERALS[tens] if tens else 1) * 10 + (NUMERALS[units] if units else 0)
    elif len(text) == 1:
        number = NUMERALS.get(text)
    return number if number is not None and 0 < number <= MAX_PAGE_NUMBER else None


def fill_numbers(apps, schema_editor):
    Article = apps.get_model("archive", "Article")
    referring = (
        Article.objects.exclude(continues_to="", continued_from="")
        .only("id", "continues_to", "continued_from")
        .order_by("id")
    )
    batch = []
    for article in referring.iterator(chunk_size=2000):
        article.continues_to_page = page_of(article.continues_to)
        article.continued_from_page = page_of(article.continued_from)
        batch.append(article)
        if len(batch) == 2000:
            Article.objects.bulk_update(batch, ["continues_to_page", "continued_from_page"])
            batch = []
    Article.objects.bulk_update(batch, ["continues_to_page", "continued_from_page"])


class Migration(migrations.Migration):
    dependencies = [("archive", "0011_listing_at_scale")]

    operations = [
        migrations.AddField(
            model_name="article",
            name="continued_from_page",
            field=models.PositiveSmallIntegerField(
                blank=True, editable=False, null=True, verbose_name="上接版次"
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="continues_to_page",
            field=models.PositiveSmallIntegerField(
                blank=True, editable=False, null=True, verbose_name="下转版次"
            ),
        ),
        migrations.RunPython(fill_numbers, migrations.RunPython.noop, elidable=True),
    ]
