"""Generate (or remove) reproducible synthetic volume for benchmarks."""

import time

from django.core.management.base import BaseCommand

from compendium.core import versions
from compendium.matching import service as match_service
from compendium.ops import synthetic


class Command(BaseCommand):
    help = "Add N synthetic case studies (plus N/20 experts and N/50 events) from a seed, or --remove them all."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=202)
        parser.add_argument("--remove", action="store_true", help="Delete everything the generator made.")

    def handle(self, *args, count, seed, remove, **options):
        from django.db import connection

        started = time.monotonic()
        if remove:
            removed = synthetic.remove()
            self.stdout.write(f"Removed {removed} synthetic pages in {time.monotonic() - started:.1f} s.")
        else:
            synthetic.Generator(count, seed=seed, stdout=self.stdout).run()
            self.stdout.write(f"Generated {count} case studies in {time.monotonic() - started:.1f} s.")
        # Thousands of rows written at once: refresh the planner's statistics now rather than
        # whenever autovacuum gets to it, or the first queries plan for the tables' old sizes.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        # Written in bulk, without publish signals: tell every worker the content changed.
        match_service.invalidate()
        versions.bump("pages")
        versions.bump("search")
