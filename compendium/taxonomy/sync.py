"""Create or update the taxonomy from taxonomy_data (and its translations). Idempotent."""

from django.db import transaction
from django_countries import countries as iso_countries
from modeltranslation.utils import build_localized_fieldname

from compendium.taxonomy import data as data
from compendium.taxonomy.i18n import TRANSLATIONS
from compendium.taxonomy.regions import COUNTRY_REGIONS, REGIONS


def _labels(kind, key, name, description):
    """name_xx / description_xx for every language that has a translation, English always."""
    values = {"name_en": name, "description_en": description}
    for language, (tr_name, tr_description) in TRANSLATIONS.get(kind, {}).get(key, {}).items():
        values[build_localized_fieldname("name", language)] = tr_name
        values[build_localized_fieldname("description", language)] = tr_description
    return values


@transaction.atomic
def sync(apps=None):
    """Upsert every vocabulary; `apps` is given by data migrations (historical models)."""

    def model(name):
        if apps is not None:
            return apps.get_model("compendium", name)
        from django.apps import apps as live_apps

        return live_apps.get_model("compendium", name)

    Principle, Guarantee, Theme, Stage, Modality, Region, Country, Language = (
        model(name) for name in ("Principle", "Guarantee", "Theme", "Stage", "Modality", "Region", "Country", "Language")
    )
    for order, (code, name, description) in enumerate(data.PRINCIPLES):
        Principle.objects.update_or_create(code=code, defaults={"sort_order": order, **_labels("principle", code, name, description)})
    for kind, Model, rows in (
        ("guarantee", Guarantee, data.GUARANTEES),
        ("theme", Theme, data.THEMES),
        ("stage", Stage, data.STAGES),
        ("modality", Modality, data.MODALITIES),
    ):
        for order, (slug, name, description) in enumerate(rows):
            Model.objects.update_or_create(slug=slug, defaults={"sort_order": order, **_labels(kind, slug, name, description)})
    regions = {}
    for order, (slug, name) in enumerate(REGIONS):
        regions[slug], _created = Region.objects.update_or_create(
            slug=slug, defaults={"sort_order": order, **_labels("region", slug, name, "")}
        )
    languages = {}
    for order, code in enumerate(data.LANGUAGES):
        languages[code], _created = Language.objects.update_or_create(code=code, defaults={"sort_order": order})
    for code, _name in iso_countries:
        country, _created = Country.objects.update_or_create(code=code, defaults={"region": regions[COUNTRY_REGIONS[code]]})
        wanted = data.COUNTRY_LANGUAGES.get(code)
        if wanted and not country.languages.exists():
            country.languages.set([languages[language] for language in wanted])
