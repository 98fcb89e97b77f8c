# pg_trgm, unaccent and btree_gin were created by the first migration and never used: search runs
# on the archive's own tsvector documents with a plain GIN index.  Each is dropped where this
# database's owner may drop it and nothing else depends on it; otherwise it is left in place.
from django.db import migrations

EXTENSIONS = ("pg_trgm", "unaccent", "btree_gin")

DROP = """
DO $$
DECLARE
    extension text;
BEGIN
    FOREACH extension IN ARRAY ARRAY[NAMES] LOOP
        BEGIN
            EXECUTE format('DROP EXTENSION IF EXISTS %I', extension);
        EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
            RAISE NOTICE 'extension % kept: %', extension, SQLERRM;
        END;
    END LOOP;
END
$$;
"""


def drop_extensions(apps, schema_editor):
    names = ", ".join(f"'{extension}'" for extension in EXTENSIONS)
    # No parameters: the block's own format() placeholders are not the driver's.
    schema_editor.execute(DROP.replace("NAMES", names), params=None)


def create_extensions(apps, schema_editor):
    for extension in EXTENSIONS:
        schema_editor.execute(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')


class Migration(migrations.Migration):
    dependencies = [("archive", "0012_continuation_numbers")]

    operations = [migrations.RunPython(drop_extensions, create_extensions)]
