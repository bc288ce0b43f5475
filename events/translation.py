"""Translated fields of events."""

from modeltranslation.translator import TranslationOptions, register

from .models import EventIndexPage, EventPage, EventSession


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("place", "organisers", "partners", "summary", "body", "outcomes")


@register(EventSession)
class EventSessionTR(TranslationOptions):
    fields = ("title", "summary", "presentations")
