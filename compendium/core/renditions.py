"""Image renditions drawn when a page is published, so that no reader waits while one is made.

The specs are the ones the templates ask for with {% image %}; tests/core/test_performance.py views
each page after publishing it and fails if the view had to draw a rendition.
"""

from wagtail.fields import StreamField

from compendium.core.blocks import ImageBlock

EXPERT_PHOTO = ("fill-96x96", "fill-160x160")  # components/expert_card.html, experts/expert_page.html
BODY_IMAGE = ("max-960x640",)  # blocks/image_block.html


def images_of(page):
    """(image, specs) for every image `page` shows: an expert's photo and the body's image blocks, in every language."""
    photo = getattr(page, "photo", None)
    if photo is not None:
        yield photo, EXPERT_PHOTO
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            for child in getattr(page, field.attname) or ():
                if isinstance(child.block, ImageBlock) and child.value.get("image") is not None:
                    yield child.value["image"], BODY_IMAGE


def pregenerate(page):
    """Draw (or find) every rendition `page` needs; returns how many images it has."""
    images = list(images_of(page))
    for image, specs in images:
        image.get_renditions(*specs)
    return len(images)
