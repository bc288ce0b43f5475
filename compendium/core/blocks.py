"""StreamField blocks shared by case studies, chapters and events."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person who said it and their role at the time."""

    quote = blocks.TextBlock(label=_("Quote"))
    speaker = blocks.CharBlock(label=_("Speaker"), help_text=_("Name without honorifics, e.g. Sann Vathana."))
    role = blocks.CharBlock(label=_("Role"), required=False, help_text=_("Public role and institution at the time."))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its speaker and role")
        preview_value = {
            "quote": "We cannot wait for the poor to come to us. We need to go to them.",
            "speaker": "Sok Kanha",
            "role": "Deputy Director of Planning and Health, Ministry of Health, Cambodia",
        }


class KeyFigureBlock(blocks.StructBlock):
    """A figure that tells the scale of a programme ("16.1 million" / "payments a month")."""

    value = blocks.CharBlock(label=_("Figure"), max_length=40, help_text=_("The number as written, e.g. 7.2 million."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)

    class Meta:
        icon = "pick"
        template = "blocks/key_figure_block.html"
        label = _("Key figure")
        description = _("A large figure with what it counts")
        preview_value = {"value": "16.1 million", "label": "payments made every month"}


class ImageBlock(blocks.StructBlock):
    """An image with a caption and a text alternative."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Text alternative"), required=False, help_text=_("Describe the image for people who cannot see it.")
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")


class DocumentBlock(blocks.StructBlock):
    """A downloadable document (report, presentation, terms of reference)."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, help_text=_("Defaults to the document's title."))
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document")


class BodyBlock(blocks.StreamBlock):
    """The rich body of case studies, chapters and events."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="blocks/paragraph_block.html",
    )
    quote = QuoteBlock()
    key_figure = KeyFigureBlock()
    image = ImageBlock()
    document = DocumentBlock()

    class Meta:
        required = False


class SourceBlock(blocks.StructBlock):
    """A source a case study is written from."""

    title = blocks.CharBlock(label=_("Title"))
    publisher = blocks.CharBlock(label=_("Publisher"), required=False)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)
    url = blocks.URLBlock(label=_("Link"), required=False)

    class Meta:
        icon = "link"
        label = _("Source")
        template = "blocks/source_block.html"


class PresentationBlock(blocks.StructBlock):
    """A presentation given in an event session."""

    title = blocks.CharBlock(label=_("Title"))
    speaker = blocks.CharBlock(label=_("Speaker"), required=False)
    country = blocks.CharBlock(
        label=_("Country code"), required=False, max_length=2, help_text=_("ISO alpha-2 code of the speaker's country, e.g. TH.")
    )
    expert = blocks.PageChooserBlock(label=_("Expert profile"), required=False, page_type="experts.ExpertPage")

    class Meta:
        icon = "user"
        label = _("Presentation")
