"""Draw the read model of the public pages (compendium/core/read_model.py) ahead of the first readers."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Page

from compendium.core import read_model


class Command(BaseCommand):
    help = (
        "Draw every public page in every language into the read model: after a deploy (new code or translations), a restore or a "
        "bulk load, so first readers do not wait. Publishing draws a page by itself."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", choices=settings.LANGUAGE_CODES, help="Only this language (repeatable).")
        parser.add_argument("--type", action="append", help="Only pages of this type, e.g. casestudies.casestudypage (repeatable).")
        parser.add_argument("--limit", type=int, default=0, help="At most this many pages of each type (0: all).")

    def handle(self, *args, language, type, limit, **options):
        languages = language or settings.LANGUAGE_CODES
        started, drawn = time.monotonic(), 0
        pages = Page.objects.live().public().filter(depth__gt=1).specific().order_by("path")
        seen = {}
        for page in pages.iterator(chunk_size=200):
            label = page._meta.label_lower
            if type and label not in type:
                continue
            seen[label] = seen.get(label, 0) + 1
            if limit and seen[label] > limit:
                continue
            for path in read_model.page_paths(page):
                if path.split("/", 2)[1] in languages and read_model.draw(path) == 200:
                    drawn += 1
        self.stdout.write(f"Drew {drawn} page views in {time.monotonic() - started:.1f} s.")
