"""Ship the taxonomy of DESIGN.md: principles, guarantees, themes, stages, modalities, regions, countries.

Loads frozen/0002_taxonomy.toml, a copy of the vocabularies as they were when this migration was
written (English labels; the translations came with 0006), with a copy of the code that applied
them, so that the migration does the same thing on every database whatever later happens to
compendium/taxonomy/ (its data files or sync.py).
"""

import tomllib
from pathlib import Path

from django.db import migrations

FROZEN = Path(__file__).parent / "frozen" / "0002_taxonomy.toml"


def forwards(apps, schema_editor):
    data = tomllib.loads(FROZEN.read_text(encoding="utf-8"))

    def model(name):
        return apps.get_model("compendium", name)

    Principle, Region, Country, Language = (model(name) for name in ("Principle", "Region", "Country", "Language"))
    for order, (code, name, description) in enumerate(data["principles"]):
        Principle.objects.update_or_create(code=code, defaults={"sort_order": order, "name_en": name, "description_en": description})
    for key, model_name in (("guarantees", "Guarantee"), ("themes", "Theme"), ("stages", "Stage"), ("modalities", "Modality")):
        for order, (slug, name, description) in enumerate(data[key]):
            model(model_name).objects.update_or_create(
                slug=slug, defaults={"sort_order": order, "name_en": name, "description_en": description}
            )
    regions = {}
    for order, (slug, name) in enumerate(data["regions"]):
        regions[slug], _created = Region.objects.update_or_create(
            slug=slug, defaults={"sort_order": order, "name_en": name, "description_en": ""}
        )
    languages = {}
    for order, code in enumerate(data["languages"]):
        languages[code], _created = Language.objects.update_or_create(code=code, defaults={"sort_order": order})
    for code, region in data["countries"]:
        country, _created = Country.objects.update_or_create(code=code, defaults={"region": regions[region]})
        wanted = data["country_languages"].get(code)
        if wanted and not country.languages.exists():
            country.languages.set([languages[language] for language in wanted])


class Migration(migrations.Migration):
    dependencies = [("compendium", "0001_initial")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
