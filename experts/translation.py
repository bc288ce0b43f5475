"""Translated fields of expert profiles."""

from modeltranslation.translator import TranslationOptions, register

from .models import ExchangePage, ExpertIndexPage, ExpertPage


@register(ExpertIndexPage)
class ExpertIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ExpertPage)
class ExpertPageTR(TranslationOptions):
    fields = ("role", "organisation", "bio")


@register(ExchangePage)
class ExchangePageTR(TranslationOptions):
    fields = ("need", "what_changed")
