"""The taxonomy is shipped by migrations with the public codes and slugs of DESIGN.md."""

import pytest
from django.utils import translation

from compendium.taxonomy.models import Country, Guarantee, Language, Modality, Principle, Region, Stage, Theme

pytestmark = pytest.mark.django_db


def test_principles_are_the_eighteen_of_r202_paragraph_3():
    assert list(Principle.objects.values_list("code", flat=True)) == list("abcdefghijklmnopqr")
    assert Principle.objects.get(code="e").description_en.startswith("Social inclusion, including of persons in the informal economy")
    assert "Tripartite" in Principle.objects.get(code="r").name_en


def test_slugs_match_the_public_contract():
    assert list(Guarantee.objects.values_list("slug", flat=True)) == ["health", "children", "working-age", "elderly"]
    assert list(Theme.objects.values_list("slug", flat=True)) == [
        "coordination",
        "outreach",
        "integrated-packages",
        "employment",
        "economic-sectors",
        "mis",
    ]
    assert list(Stage.objects.values_list("slug", flat=True)) == [
        "advocacy",
        "assessment",
        "design",
        "delivery",
        "awareness",
        "knowledge-sharing",
    ]
    assert set(Modality.objects.values_list("slug", flat=True)) == {
        "technical-support",
        "study-tour",
        "workshop",
        "peer-review",
        "centre-of-excellence",
        "triangular",
        "remote-advice",
        "expert-mission",
    }


def test_every_iso_country_has_a_region():
    assert Country.objects.count() == 249
    assert Country.objects.get(code="KH").region.slug == "asean"
    assert Country.objects.get(code="LA").region.slug == "asean"
    assert Country.objects.get(code="BR").region.slug == "latin-america"
    assert Country.objects.get(code="ZA").region.slug == "africa"
    assert Region.objects.filter(countries__isnull=True).count() < Region.objects.count()


def test_country_names_come_in_the_readers_language():
    cambodia = Country.objects.get(code="KH")
    with translation.override("en"):
        assert cambodia.name == "Cambodia"
    with translation.override("km"):
        assert cambodia.name == "កម្ពុជា"
    with translation.override("lo"):
        assert cambodia.name == "ກຳປູເຈຍ"
    with translation.override("th"):
        assert cambodia.name == "กัมพูชา"


def test_languages_have_native_names():
    with translation.override("lo"):
        assert Language.objects.get(code="lo").name == "ລາວ"
    with translation.override("fr"):
        assert Language.objects.get(code="km").name == "khmer"


def test_sync_is_idempotent():
    from compendium.taxonomy import sync as taxonomy_sync

    before = (Principle.objects.count(), Country.objects.count(), Theme.objects.count())
    taxonomy_sync.sync()
    assert (Principle.objects.count(), Country.objects.count(), Theme.objects.count()) == before
