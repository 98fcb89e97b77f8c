from pathlib import Path

from django.db import migrations

DICTIONARY_DIR = Path(__file__).resolve().parent.parent / "dictionary"
FILES = (("terms.txt", "term"), ("stopwords.txt", "stopword"))


def read_words(name):
    """Entries of a word-list file: one per line; blank lines and # comments skipped."""
    words = {}
    for line in (DICTIONARY_DIR / name).read_text(encoding="utf-8").splitlines():
        word = line.strip().lstrip("\ufeff")
        if word and not word.startswith("#") and len(word) <= 50:
            words[word] = None
    return list(words)


def load_dictionary(apps, schema_editor):
    DictionaryEntry = apps.get_model("archive", "DictionaryEntry")
    for name, kind in FILES:
        DictionaryEntry.objects.bulk_create(
            [DictionaryEntry(word=word, kind=kind) for word in read_words(name)], ignore_conflicts=True
        )


def unload_dictionary(apps, schema_editor):
    DictionaryEntry = apps.get_model("archive", "DictionaryEntry")
    for name, kind in FILES:
        DictionaryEntry.objects.filter(kind=kind, word__in=read_words(name)).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0002_default_sections")]

    operations = [migrations.RunPython(load_dictionary, unload_dictionary)]
