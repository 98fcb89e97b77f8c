"""``manage.py reindex_articles``: rebuild every article's search documents."""

import time

from django.core.management.base import BaseCommand

from archive.indexing import reindex_archive


class Command(BaseCommand):
    help = (
        "Rebuild the search documents of every article (headline, credited people, dateline, column, "
        "paper and body), after an upgrade that changes how they are made."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=500, help="articles per transaction (default 500)")

    def handle(self, *args, batch, verbosity, **options):
        started = time.monotonic()

        def progress(done):
            if verbosity > 1:
                self.stderr.write(f"{done} …")

        count = reindex_archive(max(1, batch), progress)
        if verbosity:
            self.stdout.write(f"Articles re-indexed: {count}. {time.monotonic() - started:.1f} s")
