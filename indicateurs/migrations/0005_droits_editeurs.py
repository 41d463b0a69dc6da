"""Let Wagtail's Editors and Moderators maintain the indicators and review codings."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DROITS = {
    "Editors": ["view_indicateur", "change_indicateur", "view_codage", "change_codage"],
    "Moderators": ["view_indicateur", "change_indicateur", "view_codage", "change_codage"],
}


def donner_droits(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    app_config = apps.get_app_config("indicateurs")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for nom, codenames in DROITS.items():
        groupe = Group.objects.filter(name=nom).first()
        if groupe is not None:
            groupe.permissions.add(
                *Permission.objects.filter(
                    content_type__app_label="indicateurs", codename__in=codenames
                )
            )


def retirer_droits(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for nom, codenames in DROITS.items():
        groupe = Group.objects.filter(name=nom).first()
        if groupe is not None:
            groupe.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label="indicateurs", codename__in=codenames
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("indicateurs", "0004_lexiques_enrichis"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(donner_droits, retirer_droits)]
