"""Let Wagtail's Moderators erase a contribution on a person's request.

Moderators decide what goes live (they publish and approve): erasing what was published,
irreversibly, is theirs too. Editors write and curate drafts; they ask a moderator.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUPE = "Moderators"
DROIT = "erase_contribution"


def donner_droit(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs it now.
    app_config = apps.get_app_config("collecte")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groupe = Group.objects.filter(name=GROUPE).first()
    if groupe is not None:
        groupe.permissions.add(
            *Permission.objects.filter(content_type__app_label="collecte", codename=DROIT)
        )


def retirer_droit(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    groupe = Group.objects.filter(name=GROUPE).first()
    if groupe is not None:
        groupe.permissions.remove(
            *Permission.objects.filter(content_type__app_label="collecte", codename=DROIT)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("collecte", "0002_effacement"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(donner_droit, retirer_droit)]
