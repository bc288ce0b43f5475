"""Translated fields of cooperation projects."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProjectBudgetLine, ProjectIndexPage, ProjectIndicator, ProjectPage, ProjectReport


@register(ProjectIndexPage)
class ProjectIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProjectPage)
class ProjectPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(ProjectBudgetLine)
class ProjectBudgetLineTR(TranslationOptions):
    fields = ("component", "beneficiary")


@register(ProjectIndicator)
class ProjectIndicatorTR(TranslationOptions):
    fields = ("name", "unit")


@register(ProjectReport)
class ProjectReportTR(TranslationOptions):
    fields = ("title",)
