"""Apply the translated taxonomy labels to existing databases.

Loads frozen/0006_taxonomy_translations.toml, a copy of the translations as they were when this
migration was written, so that it does the same thing on every database whatever later happens to
compendium/taxonomy/vocabularies/. The English labels, which this migration also re-applied
unchanged when it was written, are those 0002 loads.
"""

import tomllib
from pathlib import Path

from django.db import migrations
from modeltranslation.utils import build_localized_fieldname

FROZEN = Path(__file__).parent / "frozen" / "0006_taxonomy_translations.toml"

# kind in the frozen file -> (model, the field that names a term)
KINDS = {
    "principle": ("Principle", "code"),
    "guarantee": ("Guarantee", "slug"),
    "theme": ("Theme", "slug"),
    "stage": ("Stage", "slug"),
    "modality": ("Modality", "slug"),
    "region": ("Region", "slug"),
}


def forwards(apps, schema_editor):
    data = tomllib.loads(FROZEN.read_text(encoding="utf-8"))
    for kind, (model_name, field) in KINDS.items():
        Model = apps.get_model("compendium", model_name)
        for key, by_language in data[kind].items():
            values = {}
            for language, (name, description) in by_language.items():
                values[build_localized_fieldname("name", language)] = name
                values[build_localized_fieldname("description", language)] = description
            Model.objects.filter(**{field: key}).update(**values)


class Migration(migrations.Migration):
    dependencies = [("compendium", "0005_fulltext_index")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
