"""Load the demo content written from ../shared/seeds. Safe to run again: unchanged pages are skipped."""

from django.core.management.base import BaseCommand

from compendium.ops.demo.loader import Loader


class Command(BaseCommand):
    help = "Create or update the demo content (case studies, experts, events, country profiles, the Guide)."

    def handle(self, *args, **options):
        Loader(stdout=self.stdout).run()
