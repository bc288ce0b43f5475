from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

# Page types that state facts and whose panels live in apps this one does not own.
FACT_PAGES = ("experts.ExpertPage", "compendium.CountryPage", "compendium.ChapterPage", "compendium.GuidePage", "compendium.HomePage")


class SourcesConfig(AppConfig):
    """Sources (documents, web pages) and the citations that tie a page's facts to them.

    Its own app (label ``sources``) so its migrations never collide with the site core's.
    """

    name = "compendium.sources"
    label = "sources"
    verbose_name = _("Sources")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Every page type that states facts edits its citations in the admin. Page types whose
        # models this app does not own get the panel here rather than in their own panel lists;
        # looked up by label so that this low layer imports no content app.
        from django.apps import apps
        from wagtail.models import ReferenceIndex

        from compendium.sources.models import Source
        from compendium.sources.panels import add_citations_panel

        # A source's file is public when a public page cites the source (compendium.core.visibility
        # follows page -> source -> document through the reference index), whether or not the
        # admin has been loaded yet.
        ReferenceIndex.register_model(Source)

        for label in FACT_PAGES:
            try:
                add_citations_panel(apps.get_model(label))
            except LookupError:
                continue
