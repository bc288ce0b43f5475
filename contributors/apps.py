from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContributorsConfig(AppConfig):
    name = "contributors"
    verbose_name = _("Contributors")

    def ready(self):
        # Mails to contributors when moderators act on their submissions (workflow signals).
        from . import signals  # noqa: F401  (imported for its receivers; models must be ready first)
