"""Moderators and Administrators review contributor applications and proposed needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GRANTS = {
    "Moderators": [("contributorapplication", ["view", "change"]), ("needsupdate", ["view", "change"])],
    "Administrators": [("contributorapplication", ["view", "change", "delete"]), ("needsupdate", ["view", "change", "delete"])],
}


def forwards(apps, schema_editor):
    app_config = apps.get_app_config("contributors")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, entries in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for model, actions in entries:
            for action in actions:
                group.permissions.add(Permission.objects.get(content_type__app_label="contributors", codename=f"{action}_{model}"))


class Migration(migrations.Migration):
    dependencies = [("contributors", "0001_applications_groups_needs_updates"), ("experts", "0002_roles")]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
