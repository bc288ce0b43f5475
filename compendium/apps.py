from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from compendium.catalogue import registry


class CompendiumConfig(AppConfig):
    name = "compendium"
    verbose_name = _("SPF South-South Exchange")

    def ready(self):
        # Connecting receivers needs the app registry ready: Django's documented place is ready().
        from compendium import signals  # noqa: F401
        from compendium.pages.models import ChapterPage

        # The Guide's chapters are searchable (their background notes), as the content apps' pages are.
        registry.register(ChapterPage, "chapter")
