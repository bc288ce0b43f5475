"""Apply the translated taxonomy labels (compendium/taxonomy_i18n.py) to existing databases."""

from django.db import migrations


def forwards(apps, schema_editor):
    from compendium.taxonomy import sync as taxonomy_sync

    taxonomy_sync.sync(apps)


class Migration(migrations.Migration):
    dependencies = [("compendium", "0005_fulltext_index")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
