"""The collection's models move to the `collecte` app: their tables stay, only Django's state moves."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('recits', '0005_index_date_recits'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables (recits_campagne…) are kept and now belong to collecte's models.
            database_operations=[],
            state_operations=[
                migrations.RemoveField(
                    model_name='invitation',
                    name='campagne',
                ),
                migrations.RemoveField(
                    model_name='contribution',
                    name='campagne',
                ),
                migrations.RemoveField(
                    model_name='contribution',
                    name='invitation',
                ),
                migrations.RemoveField(
                    model_name='contribution',
                    name='lieu',
                ),
                migrations.RemoveField(
                    model_name='contribution',
                    name='page',
                ),
                migrations.RemoveField(
                    model_name='photocontribution',
                    name='contribution',
                ),
                migrations.DeleteModel(
                    name='EssaiEnvoi',
                ),
                migrations.RemoveField(
                    model_name='invitation',
                    name='lieu',
                ),
                migrations.RemoveField(
                    model_name='photocontribution',
                    name='image',
                ),
                migrations.DeleteModel(
                    name='Campagne',
                ),
                migrations.DeleteModel(
                    name='Contribution',
                ),
                migrations.DeleteModel(
                    name='Invitation',
                ),
                migrations.DeleteModel(
                    name='PhotoContribution',
                ),
            ],
        ),
    ]
