"""Import case studies from a CSV or Excel file: `manage.py import_case_studies FILE [--dry-run]`."""

import sys

from django.core.management.base import BaseCommand, CommandError

from compendium.ops.importer import Importer, ImportFailed


class Command(BaseCommand):
    help = "Create or update case studies from a spreadsheet (one row each; template: static/import/case-studies-template.csv)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv (UTF-8) or .xlsx file.")
        parser.add_argument("--dry-run", action="store_true", help="Check and simulate the import; write nothing.")

    def handle(self, *args, file, dry_run, **options):
        def progress(done, total):
            width = 30
            filled = int(width * done / total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
            if done == total:
                sys.stderr.write("\n")

        try:
            report = Importer(progress=progress if not options.get("verbosity", 1) == 0 else None).run(file, dry_run=dry_run)
        except ImportFailed as failure:
            for error in failure.report.errors:
                self.stderr.write(f"  {error}")
            raise CommandError(f"Nothing imported: {len(failure.report.errors)} error(s) in {file}.") from None
        prefix = "Dry run, nothing written: would have " if dry_run else ""
        self.stdout.write(
            f"{prefix}created {len(report.created)}, updated {len(report.updated)}, left {len(report.unchanged)} unchanged case studies."
        )
