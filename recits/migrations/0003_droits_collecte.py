"""Give Wagtail's Editors and Moderators the rights to run campaigns and read contributions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DROITS = {
    "Editors": [
        "add_campagne",
        "change_campagne",
        "delete_campagne",
        "view_campagne",
        "view_contribution",
    ],
    "Moderators": ["add_campagne", "change_campagne", "view_campagne", "view_contribution"],
}


def donner_droits(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("recits")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for nom, codenames in DROITS.items():
        groupe = Group.objects.filter(name=nom).first()
        if groupe is None:
            continue
        groupe.permissions.add(
            *Permission.objects.filter(content_type__app_label="recits", codename__in=codenames)
        )


def retirer_droits(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for nom, codenames in DROITS.items():
        groupe = Group.objects.filter(name=nom).first()
        if groupe is not None:
            groupe.permissions.remove(
                *Permission.objects.filter(content_type__app_label="recits", codename__in=codenames)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("recits", "0002_contributions"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(donner_droits, retirer_droits)]
