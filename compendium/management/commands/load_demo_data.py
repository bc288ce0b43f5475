"""Load the demo content written from ../shared/seeds. Safe to run again: unchanged pages are skipped."""

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or update the demo content (case studies, experts, events, country profiles, the Guide)."

    def handle(self, *args, **options):
        from compendium.ops.demo.loader import Loader

        Loader(stdout=self.stdout).run()
