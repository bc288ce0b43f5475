"""Restore an archive made by export_content into this database (emptied first): `manage.py restore_content backup.zip`."""

from django.core.management.base import BaseCommand, CommandError

from compendium.ops.backup import ArchiveError, restore_archive


class Command(BaseCommand):
    help = "Empty the database, then load an export_content archive and its media; all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation (the database is emptied).")

    def handle(self, *args, archive, yes, **options):
        if not yes and input("This empties the database before restoring. Type 'yes' to go on: ").strip() != "yes":
            raise CommandError("Restore cancelled.")
        try:
            objects, indexed = restore_archive(archive)
        except ArchiveError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Restored {objects} objects; {indexed} pages indexed for search.")
