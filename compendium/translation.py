"""Which fields of the core models are translated (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    ChapterPage,
    CountryIndexPage,
    CountryNeed,
    CountryPage,
    Guarantee,
    GuidePage,
    HomePage,
    Modality,
    Principle,
    Region,
    Stage,
    StatementPage,
    Theme,
)


class TermTR(TranslationOptions):
    fields = ("name", "description")


for _model in (Principle, Guarantee, Theme, Stage, Modality, Region):
    register(_model)(type(f"{_model.__name__}TR", (TermTR,), {}))


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("tagline", "intro")


@register(GuidePage)
class GuidePageTR(TranslationOptions):
    fields = ("intro", "body")


@register(StatementPage)
class StatementPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(ChapterPage)
class ChapterPageTR(TranslationOptions):
    fields = ("intro", "background")


@register(CountryIndexPage)
class CountryIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(CountryPage)
class CountryPageTR(TranslationOptions):
    fields = ("intro",)


@register(CountryNeed)
class CountryNeedTR(TranslationOptions):
    fields = ("title", "text")
