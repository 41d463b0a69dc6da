"""Places get the article their name takes; existing places (the demo's) get a first guess."""

from django.db import migrations, models

from recits.grammaire import article_probable


def deviner_articles(apps, schema_editor):
    LieuPage = apps.get_model("recits", "LieuPage")
    for lieu in LieuPage.objects.only("pk", "title"):
        LieuPage.objects.filter(pk=lieu.pk).update(article=article_probable(lieu.title))


class Migration(migrations.Migration):

    dependencies = [
        ('recits', '0007_consentementrecit'),
    ]

    operations = [
        migrations.AddField(
            model_name='lieupage',
            name='article',
            field=models.CharField(blank=True, choices=[('le', 'le (masculin : le Café de la Fontaine)'), ('la', 'la (féminin : la Boulangerie du Vieux Four)'), ("l'", "l' (devant une voyelle : l'Épicerie du Lavoir)"), ('les', 'les (pluriel : les Halles)'), ('', 'aucun (nom propre : Chez Paulette)')], default='le', help_text="Pour écrire « un moment du Café… », « à la Boulangerie… ». Ignoré quand le nom commence déjà par Le, La, L' ou Les.", max_length=3, verbose_name='Article du nom'),
        ),
        migrations.RunPython(deviner_articles, migrations.RunPython.noop),
    ]
