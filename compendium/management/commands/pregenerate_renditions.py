"""Draw the image renditions of every live page: `manage.py pregenerate_renditions`.

Publishing draws a page's renditions (compendium.core.renditions); this catches up content published
before that, restored from an archive, or whose renditions were deleted.
"""

from django.core.management.base import BaseCommand

from compendium.core import renditions


class Command(BaseCommand):
    help = "Draw the renditions (thumbnails, body images) of every live page, so no reader waits for one."

    def handle(self, *args, **options):
        from wagtail.models import Page

        pages = images = 0
        for page in Page.objects.live().specific().iterator(chunk_size=500):
            count = renditions.pregenerate(page)
            pages += bool(count)
            images += count
        self.stdout.write(f"Renditions ready for {images} images on {pages} pages.")
