"""Bookkeeping for generated content, so loaders can be re-run and their output removed again."""

from django.db import models
from wagtail.models import Page


class GeneratedPage(models.Model):
    """A page created by load_demo_data or the benchmark generator, with a digest of its source."""

    source = models.CharField(max_length=20, db_index=True)  # "demo" or "synthetic"
    key = models.CharField(max_length=255, unique=True)
    digest = models.CharField(max_length=64)
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")

    class Meta:
        # Who may use Settings → Bulk import (compendium.ops.bulk_import); superusers always may.
        permissions = [("bulk_import", "Can bulk import content from a spreadsheet")]

    def __str__(self):
        return self.key
