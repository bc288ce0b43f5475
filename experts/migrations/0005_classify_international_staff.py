"""Experts whose organisation is an international organisation lose the country of their office.

Before 0004 every expert had a country, and ILO, UN and ASEAN Secretariat staff were filed under
the country of their office (Switzerland, Thailand, the USA, Indonesia), which matchmaking then
counted as that country's experience. Their organisation's name says who they work for; the
markers below are frozen here (a migration must not change when the live code does). Anyone not
recognised stays "national": editors correct the rest in the admin.
"""

from django.db import migrations

INTERNATIONAL_MARKERS = (
    "international labour organization",
    "ilo ",
    "(ilo)",
    "ilo country office",
    "united nations",
    "un office",
    "undp",
    "unicef",
    "world health organization",
    "world bank",
    "asean secretariat",
)
DONOR_MARKERS = ("embassy of", "delegation of the european union")


def classify(apps, schema_editor):
    ExpertPage = apps.get_model("experts", "ExpertPage")
    for expert in ExpertPage.objects.all():
        name = f" {(expert.organisation or '').lower()} "
        if any(marker in name for marker in INTERNATIONAL_MARKERS):
            kind = "international"
        elif any(marker in name for marker in DONOR_MARKERS):
            kind = "donor"
        else:
            continue
        ExpertPage.objects.filter(pk=expert.pk).update(affiliation_kind=kind, country=None)


class Migration(migrations.Migration):
    dependencies = [("experts", "0004_affiliation_and_request_stage")]

    operations = [migrations.RunPython(classify, migrations.RunPython.noop)]
