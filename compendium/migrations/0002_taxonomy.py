"""Ship the taxonomy of DESIGN.md: principles, guarantees, themes, stages, modalities, regions, countries."""

from django.db import migrations


def forwards(apps, schema_editor):
    from compendium.taxonomy import sync as taxonomy_sync

    taxonomy_sync.sync(apps)


class Migration(migrations.Migration):
    dependencies = [("compendium", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
