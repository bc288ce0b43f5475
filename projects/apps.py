from django.apps import AppConfig

from compendium.catalogue import registry


class ProjectsConfig(AppConfig):
    name = "projects"

    def ready(self):
        # The catalogue asks this registry which page types it holds; it never imports a content app.
        registry.register(self.get_model("ProjectPage"), "project")
