"""Export all content (JSON + media) to a zip archive: `manage.py export_content backup.zip`."""

from django.core.management.base import BaseCommand

from compendium.ops.backup import export_archive


class Command(BaseCommand):
    help = "Write every page, snippet, taxonomy term, image, document and request to a portable zip archive."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Path of the zip file to write.")

    def handle(self, *args, archive, **options):
        objects, files = export_archive(archive)
        self.stdout.write(f"Exported {objects} objects and {files} media files to {archive}.")
