"""Roles: Editors draft and submit (Wagtail's group), Moderators publish and triage requests,
Administrators run the site's content and taxonomy. Wagtail's moderation workflow on the site root
covers case studies, experts and events."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"]
MODERATOR_MODEL_PERMISSIONS = [("experts", "peersupportrequest", ["view", "change"])]
ADMIN_MODEL_PERMISSIONS = [
    ("experts", "peersupportrequest", ["view", "change", "delete"]),
    *[("compendium", model, ["add", "change", "delete", "view"]) for model in ("principle", "guarantee", "theme", "stage", "modality", "region", "country", "language")],
    ("wagtailcore", "workflow", ["add", "change", "delete"]),
    ("wagtailcore", "task", ["add", "change", "delete"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    ("wagtailadmin", "admin", ["access"]),
]
COLLECTION_PERMISSIONS = ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"]


def forwards(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    def grant(group, entries):
        for app_label, model, actions in entries:
            for action in actions:
                codename = f"{action}_{model}"
                group.permissions.add(permission(app_label, codename))

    moderators, _ = Group.objects.get_or_create(name="Moderators")
    grant(moderators, MODERATOR_MODEL_PERMISSIONS)
    administrators, _ = Group.objects.get_or_create(name="Administrators")
    grant(administrators, ADMIN_MODEL_PERMISSIONS)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(group=administrators, page=root, permission=permission("wagtailcore", codename))
    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for codename in COLLECTION_PERMISSIONS + ["delete_image", "delete_document"]:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(group=administrators, collection=collection, permission=permission(app_label, codename))


class Migration(migrations.Migration):
    dependencies = [
        ("experts", "0001_initial"),
        ("compendium", "0006_taxonomy_translations"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailadmin", "0006_formstate"),
    ]
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
