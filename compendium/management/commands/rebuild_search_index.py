"""Rebuild the faceted-search tables (and the Elasticsearch index when configured) from published pages."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Re-index every published case study, expert and event for the public search."

    def handle(self, *args, **options):
        from compendium.search import indexing

        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} pages.")
