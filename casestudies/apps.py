from django.apps import AppConfig

from compendium.catalogue import registry
from compendium.core import drawing


class CasestudiesConfig(AppConfig):
    name = "casestudies"

    def ready(self):
        # The catalogue asks this registry which page types it holds; it never imports a content app.
        registry.register(self.get_model("CaseStudyPage"), "case-study")
        # Related case studies follow the whole collection: filled when a stored page is served.
        drawing.register_slot("related-case-studies", self.get_model("CaseStudyPage").related_section)
