"""``manage.py import_articles PATH…``: import page files, or parse them without writing (--dry-run)."""

import datetime
import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from archive.database_server import DatabaseServerError
from archive.importing.outcomes import FAILED
from archive.importing.run import count_pages, import_pages


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--date must be YYYY-MM-DD, not {value!r}") from None


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"expected a positive number, not {value!r}") from None
    if number < 1:
        raise CommandError(f"expected a positive number, not {value!r}")
    return number


class Command(BaseCommand):
    help = (
        "Import raw newspaper pages (text files, or folders searched for *.txt) into the archive. "
        "Re-importing is safe: unchanged pages are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="page files or folders of *.txt files")
        parser.add_argument("--publication", metavar="NAME", help="the paper the pages belong to")
        parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the issue date of the pages")
        parser.add_argument("--page", type=_positive, metavar="N", help="page number (a single file only)")
        parser.add_argument("--page-name", metavar="NAME", help="page name, e.g. 要闻 (a single file only)")
        parser.add_argument(
            "--workers", type=_positive, metavar="N", help="worker processes (default: cores)"
        )
        parser.add_argument("--dry-run", action="store_true", help="parse only; write nothing")
        parser.add_argument(
            "--jsonl", action="store_true", help="with --dry-run: print one JSON object per parsed article"
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="rebuild pages even when unchanged or corrected by an editor (corrected articles are kept)",
        )
        parser.add_argument(
            "--copy",
            action="store_true",
            help="import a page even when its text is held already (as a copy in another paper)",
        )

    def handle(self, *args, **options):
        if options["jsonl"] and not options["dry_run"]:
            raise CommandError("--jsonl needs --dry-run")
        verbosity = options["verbosity"]
        bar = self._progress_bar(options["paths"], verbosity)

        def progress(outcome):
            if bar is not None:
                bar.update(1)
            if outcome.status == FAILED or outcome.message and verbosity > 0:
                self._error_line(bar, f"{outcome.name}: {outcome.message}")

        try:
            report = import_pages(
                options["paths"],
                publication=options["publication"],
                date=options["date"],
                page_number=options["page"],
                page_name=options["page_name"],
                dry_run=options["dry_run"],
                force=options["force"],
                copy=options["copy"],
                workers=options["workers"],
                progress=progress,
                on_page=self._print_jsonl if options["jsonl"] else None,
            )
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        except (DatabaseError, DatabaseServerError) as exc:
            raise CommandError(f"the database could not be reached: {str(exc).strip()}") from None
        finally:
            if bar is not None:
                bar.close()

        if not options["jsonl"] and verbosity > 0:
            self.stdout.write(self._summary(report))
        if report.stopped:
            raise CommandError(
                f"the run stopped: {report.stopped}; "
                f"{report.pages_failed} of {report.pages} page file(s) not imported (run it again to finish)"
            )
        if report.pages_failed:
            raise CommandError(f"{report.pages_failed} of {report.pages} page file(s) failed")

    def _progress_bar(self, paths, verbosity):
        if verbosity == 0 or not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        total = count_pages(paths)
        # delay: short runs finish before the bar would appear.
        return tqdm(total=total, unit="page", file=sys.stderr, delay=1.0, dynamic_ncols=True)

    def _error_line(self, bar, line):
        if bar is not None:
            bar.write(line, file=sys.stderr)
        else:
            self.stderr.write(line)

    def _print_jsonl(self, page):
        for item in page.articles:
            row = item.parsed.as_json(page.name)
            extra = {
                "publication": page.publication,
                "date": page.date.isoformat() if page.date else None,
                "date_inferred": page.date_inferred,
                "date_evidence": page.date_evidence or None,
                "page_number": page.page_number,
                "page_name": page.page_name or None,
                "section": item.section,
                "tags": [word for word, _ in item.tags],
                "review_reasons": item.review_reasons,
            }
            for key, value in extra.items():
                row.setdefault(key, value)
            self.stdout.write(json.dumps(row, ensure_ascii=False))

    def _summary(self, report):
        if report.dry_run:
            return (
                f"Dry run: {report.pages_parsed} page(s) parsed, {report.pages_failed} failed, "
                f"{report.articles} article(s); nothing written. "
                f"{report.seconds:.1f} s, {report.pages_per_second:.1f} pages/s{self._logged(report)}"
            )
        held = "".join(
            f", {count} {label}"
            for count, label in ((report.pages_duplicate, "duplicate"), (report.pages_refiled, "re-filed"))
            if count
        )
        return (
            f"Pages: {report.pages_new} new, {report.pages_unchanged} unchanged, "
            f"{report.pages_replaced} replaced, {report.pages_skipped} skipped, {report.pages_failed} failed"
            f"{held}. "
            f"Articles: {report.articles}. People: {report.people_created} new. "
            f"Tags: {report.tags_created} new ({report.tag_links} links). "
            f"{report.seconds:.1f} s, {report.pages_per_second:.1f} pages/s{self._logged(report)}"
        )

    @staticmethod
    def _logged(report):
        if not report.errors_logged:
            return ""
        return f". {report.errors_logged} error(s) logged with their traceback"
