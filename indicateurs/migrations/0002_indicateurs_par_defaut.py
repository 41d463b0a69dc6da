"""Ship the ten default indicators; editors can change everything but the slugs."""

from django.db import migrations

from indicateurs.defaults import INDICATEURS_PAR_DEFAUT


def creer_indicateurs(apps, schema_editor):
    Indicateur = apps.get_model("indicateurs", "Indicateur")
    for ordre, donnees in enumerate(INDICATEURS_PAR_DEFAUT, start=1):
        valeurs = {k: v for k, v in donnees.items() if k != "slug"}
        Indicateur.objects.get_or_create(
            slug=donnees["slug"], defaults={**valeurs, "ordre": ordre * 10, "actif": True}
        )


def supprimer_indicateurs(apps, schema_editor):
    Indicateur = apps.get_model("indicateurs", "Indicateur")
    slugs = [d["slug"] for d in INDICATEURS_PAR_DEFAUT]
    Indicateur.objects.filter(slug__in=slugs, codages__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("indicateurs", "0001_initial")]

    operations = [migrations.RunPython(creer_indicateurs, supprimer_indicateurs)]
