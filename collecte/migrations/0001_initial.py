"""The collection's models, moved from `recits` without copying data.

The tables created by `recits` (recits_campagne…) are kept as they are: only Django's
state moves. The content types move too, so that permissions, group grants and history
entries (which point at content types) follow the models.
"""

import collecte.stockage
import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


MODELES = ["campagne", "invitation", "contribution", "photocontribution", "essaienvoi"]


def _deplacer(apps, depuis: str, vers: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    for modele in MODELES:
        ancien = ContentType.objects.filter(app_label=depuis, model=modele).first()
        if ancien is None:
            continue  # a new database: post_migrate creates the new one
        if ContentType.objects.filter(app_label=vers, model=modele).exists():
            continue  # already there (created by hand or an earlier run): keep both as they are
        ancien.app_label = vers
        ancien.save(update_fields=["app_label"])


def vers_collecte(apps, schema_editor) -> None:
    _deplacer(apps, "recits", "collecte")


def vers_recits(apps, schema_editor) -> None:
    _deplacer(apps, "collecte", "recits")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('recits', '0006_collecte_devient_une_app'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='EssaiEnvoi',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('cle', models.CharField(db_index=True, max_length=80)),
                        ('moment', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                    ],
                    options={
                        'verbose_name': "Essai d'envoi",
                        'verbose_name_plural': "Essais d'envoi",
                        'db_table': 'recits_essaienvoi',
                    },
                ),
                migrations.CreateModel(
                    name='Campagne',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('annee', models.PositiveSmallIntegerField(unique=True, verbose_name='Année')),
                        ('titre', models.CharField(max_length=120, verbose_name='Titre')),
                        ('ouverture', models.DateField(verbose_name='Ouverture')),
                        ('cloture', models.DateField(verbose_name='Clôture')),
                        ('introduction', models.TextField(blank=True, help_text='Affiché en haut du formulaire : pourquoi nous demandons ces récits.', verbose_name="Texte d'accueil")),
                        ('questions', models.TextField(blank=True, help_text='Une question par ligne. Laissé vide, les questions des indicateurs sont reprises.', verbose_name='Questions aux contributeurs')),
                        ('cree_le', models.DateTimeField(auto_now_add=True, verbose_name='Créée le')),
                    ],
                    options={
                        'verbose_name': 'Campagne',
                        'verbose_name_plural': 'Campagnes',
                        'db_table': 'recits_campagne',
                        'ordering': ['-annee'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('cloture__gte', models.F('ouverture'))), name='campagne_cloture_apres_ouverture', violation_error_message="La clôture doit venir après l'ouverture.")],
                    },
                ),
                migrations.CreateModel(
                    name='Invitation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sel', models.CharField(editable=False, max_length=32)),
                        ('empreinte', models.CharField(editable=False, max_length=64, unique=True)),
                        ('cree_le', models.DateTimeField(auto_now_add=True, verbose_name='Créée le')),
                        ('expire_le', models.DateTimeField(blank=True, help_text='Laissé vide, le lien expire à la clôture de la campagne.', null=True, verbose_name='Expire le')),
                        ('revoquee_le', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='Révoquée le')),
                        ('premiere_ouverture', models.DateTimeField(blank=True, null=True, verbose_name='Ouverte la première fois')),
                        ('derniere_ouverture', models.DateTimeField(blank=True, null=True, verbose_name='Dernière ouverture')),
                        ('nb_ouvertures', models.PositiveIntegerField(default=0, verbose_name='Ouvertures')),
                        ('campagne', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='collecte.campagne', verbose_name='Campagne')),
                        ('lieu', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='invitations', to='recits.lieupage', verbose_name='Lieu')),
                    ],
                    options={
                        'verbose_name': 'Invitation',
                        'verbose_name_plural': 'Invitations',
                        'db_table': 'recits_invitation',
                        'ordering': ['campagne', 'lieu__title'],
                    },
                ),
                migrations.CreateModel(
                    name='Contribution',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('genre', models.CharField(choices=[('recit', 'Un récit'), ('temoignage', "Le témoignage d'un habitant ou d'une habitante"), ('photos', 'Des photos')], max_length=20, verbose_name='Genre')),
                        ('titre', models.CharField(max_length=150, verbose_name='Titre')),
                        ('texte', models.TextField(verbose_name='Texte')),
                        ('pourquoi', models.TextField(blank=True, verbose_name='Pourquoi ce moment compte')),
                        ('quand', models.CharField(blank=True, max_length=120, verbose_name='Quand')),
                        ('date_moment', models.DateField(blank=True, null=True, verbose_name='Date du moment')),
                        ('temoin_paroles', models.TextField(blank=True, verbose_name='Paroles du témoin')),
                        ('temoin_signature', models.CharField(blank=True, choices=[('prenom', 'Avec mon prénom'), ('pseudonyme', 'Avec un pseudonyme'), ('anonyme', 'Sans nom (anonyme)')], max_length=20, verbose_name='Nom du témoin')),
                        ('temoin_nom', models.CharField(blank=True, max_length=80, verbose_name='Prénom ou pseudonyme du témoin')),
                        ('temoin_role', models.CharField(blank=True, max_length=80, verbose_name='Rôle du témoin')),
                        ('temoin_age', models.CharField(blank=True, max_length=20, verbose_name='Âge du témoin')),
                        ('indicateurs_choisis', models.JSONField(blank=True, default=list, verbose_name='Indicateurs choisis')),
                        ('consentement_site', models.BooleanField(verbose_name='Publication sur le site')),
                        ('consentement_rapport', models.BooleanField(verbose_name='Citation dans le rapport annuel')),
                        ('consentement_presse', models.BooleanField(verbose_name='Presse et communication')),
                        ('consentement_version', models.CharField(default='2026-11-v1', max_length=20, verbose_name='Version du texte de consentement')),
                        ('signature', models.CharField(choices=[('prenom', 'Avec mon prénom'), ('pseudonyme', 'Avec un pseudonyme'), ('anonyme', 'Sans nom (anonyme)')], max_length=20, verbose_name='Signature')),
                        ('signature_nom', models.CharField(blank=True, max_length=80, verbose_name='Prénom ou pseudonyme')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='E-mail de suivi')),
                        ('cle_envoi', models.CharField(editable=False, max_length=64, unique=True)),
                        ('recue_le', models.DateTimeField(auto_now_add=True, verbose_name='Reçue le')),
                        ('retiree_le', models.DateTimeField(blank=True, null=True, verbose_name='Retirée le')),
                        ('publication_annoncee_le', models.DateTimeField(blank=True, editable=False, null=True, verbose_name='Publication annoncée le')),
                        ('campagne', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='contributions', to='collecte.campagne', verbose_name='Campagne')),
                        ('lieu', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='contributions', to='recits.lieupage', verbose_name='Lieu')),
                        ('page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='contributions', to='recits.recitpage', verbose_name='Récit créé')),
                        ('invitation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='contributions', to='collecte.invitation', verbose_name='Invitation')),
                    ],
                    options={
                        'verbose_name': 'Contribution',
                        'verbose_name_plural': 'Contributions',
                        'db_table': 'recits_contribution',
                        'ordering': ['-recue_le'],
                    },
                ),
                migrations.CreateModel(
                    name='PhotoContribution',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('fichier', models.FileField(max_length=200, storage=collecte.stockage.stockage_prive, upload_to='contributions/%Y/%m/', verbose_name='Fichier')),
                        ('legende', models.CharField(blank=True, max_length=250, verbose_name='Légende')),
                        ('description', models.CharField(max_length=250, verbose_name='Description pour les personnes aveugles')),
                        ('reconnaissable', models.CharField(choices=[('accord', "On reconnaît des personnes sur cette photo, et elles sont d'accord"), ('personne', 'On ne reconnaît personne sur cette photo')], max_length=20, verbose_name='Personnes reconnaissables')),
                        ('largeur', models.PositiveIntegerField(verbose_name='Largeur')),
                        ('hauteur', models.PositiveIntegerField(verbose_name='Hauteur')),
                        ('ordre', models.PositiveSmallIntegerField(default=0, verbose_name='Ordre')),
                        ('contribution', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='photos', to='collecte.contribution', verbose_name='Contribution')),
                        ('image', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image', verbose_name='Image publiée')),
                    ],
                    options={
                        'verbose_name': 'Photo de contribution',
                        'verbose_name_plural': 'Photos de contribution',
                        'db_table': 'recits_photocontribution',
                        'ordering': ['contribution', 'ordre'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='invitation',
                    constraint=models.UniqueConstraint(fields=('campagne', 'lieu'), name='invitation_unique_par_lieu'),
                ),
            ],
        ),
        migrations.RunPython(vers_collecte, vers_recits),
    ]
