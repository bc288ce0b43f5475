from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributorsConfig(AppConfig):
    name = "contributors"
    verbose_name = _("Contributors")

    def ready(self):
        # Imported here, not at the top: both need the app registry (models) to be ready.
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import signals  # noqa: F401  (connects the workflow mail receivers)
        from .permissions import ContributorAwarePagePolicy

        register_permission_policy(Page, ContributorAwarePagePolicy(Page))
