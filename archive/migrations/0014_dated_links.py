"""A tag's and a person's links to articles carry the article's date and status, kept by the database.

A tag or person page, and a list filtered by one, is then read newest first along the link
table's own (tag | person, status, published_on, article) index — twenty rows for a page, as the
first list page reads twenty along the date index — instead of walking the articles' date index
in search of a tag one article in fifty carries.  Triggers keep the copy right whatever writes
it (the importer, the editors' forms and actions, a bulk update in the shell): a link written
takes its article's values, and an article whose date or status changes passes them on.

The copy is filled by one UPDATE per table with the old indexes dropped first (a few minutes at
a million articles: about three million links).
"""

from django.db import migrations, models

COPY = """
CREATE FUNCTION archive_link_takes_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT a.published_on, a.status INTO NEW.published_on, NEW.status
    FROM archive_article a WHERE a.id = NEW.article_id;
    RETURN NEW;
END $$;

CREATE TRIGGER articletag_takes_article BEFORE INSERT OR UPDATE ON archive_articletag
    FOR EACH ROW EXECUTE FUNCTION archive_link_takes_article();
CREATE TRIGGER credit_takes_article BEFORE INSERT OR UPDATE ON archive_credit
    FOR EACH ROW EXECUTE FUNCTION archive_link_takes_article();

CREATE FUNCTION archive_article_tells_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_articletag SET published_on = NEW.published_on, status = NEW.status
        WHERE article_id = NEW.id;
    UPDATE archive_credit SET published_on = NEW.published_on, status = NEW.status
        WHERE article_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER article_tells_links AFTER UPDATE OF published_on, status ON archive_article
    FOR EACH ROW
    WHEN (OLD.published_on IS DISTINCT FROM NEW.published_on OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION archive_article_tells_links();
"""

NO_COPY = """
DROP TRIGGER IF EXISTS article_tells_links ON archive_article;
DROP FUNCTION IF EXISTS archive_article_tells_links();
DROP TRIGGER IF EXISTS articletag_takes_article ON archive_articletag;
DROP TRIGGER IF EXISTS credit_takes_article ON archive_credit;
DROP FUNCTION IF EXISTS archive_link_takes_article();
"""

FILL = """
SET LOCAL work_mem = '256MB';
SET LOCAL maintenance_work_mem = '512MB';
UPDATE archive_articletag l SET published_on = a.published_on, status = a.status
    FROM archive_article a WHERE a.id = l.article_id;
UPDATE archive_credit l SET published_on = a.published_on, status = a.status
    FROM archive_article a WHERE a.id = l.article_id;
"""


def dated_field():
    return models.DateField(editable=False, null=True, verbose_name="日期")


def status_field():
    return models.CharField(default="", editable=False, max_length=10, verbose_name="状态")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0013_unused_extensions"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="articletag", name="articletag_tag_idx"),
        migrations.RemoveIndex(model_name="credit", name="credit_person_idx"),
        migrations.AddField(model_name="articletag", name="published_on", field=dated_field()),
        migrations.AddField(model_name="articletag", name="status", field=status_field()),
        migrations.AddField(model_name="credit", name="published_on", field=dated_field()),
        migrations.AddField(model_name="credit", name="status", field=status_field()),
        migrations.RunSQL(FILL, migrations.RunSQL.noop),
        migrations.AddIndex(
            model_name="articletag",
            index=models.Index(
                fields=["tag", "status", "-published_on", "-article"], name="articletag_tag_date_idx"
            ),
        ),
        migrations.AddIndex(
            model_name="credit",
            index=models.Index(
                fields=["person", "status", "-published_on", "-article"], name="credit_person_date_idx"
            ),
        ),
        migrations.RunSQL(COPY, NO_COPY),
        migrations.RunSQL("ANALYZE archive_articletag; ANALYZE archive_credit", migrations.RunSQL.noop),
    ]
