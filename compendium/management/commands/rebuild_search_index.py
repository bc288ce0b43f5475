"""Rebuild the faceted-search tables from published pages, and the Elasticsearch index when configured."""

from django.core.management.base import BaseCommand

from compendium.catalogue import indexing
from compendium.search import get_engine


class Command(BaseCommand):
    help = "Re-index every published case study, expert and event for the public search."

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine-only",
            action="store_true",
            help="Only refill the engine's index (e.g. Elasticsearch) from the database tables, with an atomic alias switch.",
        )

    def handle(self, *args, engine_only=False, **options):
        if engine_only:
            count = get_engine().rebuild()
            self.stdout.write(f"Engine index rebuilt ({count if count is not None else 'no'} documents).")
            return
        count = indexing.rebuild()
        self.stdout.write(f"Indexed {count} pages.")
