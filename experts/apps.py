from django.apps import AppConfig

from compendium.catalogue import registry


class ExpertsConfig(AppConfig):
    name = "experts"

    def ready(self):
        # The catalogue asks this registry which page types it holds; it never imports a content app.
        registry.register(self.get_model("ExpertPage"), "expert")
        registry.register(self.get_model("ExchangePage"), "exchange")
