"""Translated fields of case studies."""

from modeltranslation.translator import TranslationOptions, register

from .models import CaseStudyFigure, CaseStudyPage, CaseStudyPrinciple


@register(CaseStudyPage)
class CaseStudyPageTR(TranslationOptions):
    fields = ("programme_name", "summary", "body", "lessons", "institutions")


@register(CaseStudyPrinciple)
class CaseStudyPrincipleTR(TranslationOptions):
    fields = ("explanation",)


@register(CaseStudyFigure)
class CaseStudyFigureTR(TranslationOptions):
    fields = ("label",)
