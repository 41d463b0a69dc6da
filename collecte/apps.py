"""The yearly collection: campaigns, personal links, contributions, their photos and consent."""

from django.apps import AppConfig


class CollecteConfig(AppConfig):
    """Guards publication with consent, brings photos in at publication, erases on deletion."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "collecte"
    verbose_name = "Collecte"

    def ready(self) -> None:
        from pathlib import Path

        from django.conf import settings
        from django.db.backends.signals import connection_created
        from django.db.models.signals import pre_delete
        from wagtail.signals import page_published

        from recits import extensions
        from recits.models import RecitPage

        from .effacement import ecraser_ce_qui_est_supprime, recit_supprime
        from .moderation import (
            au_moment_de_publier,
            garde_consentement,
            remplacer_notification_soumission,
        )
        from .panels import ContributionPanel

        extensions.ajouter_garde_publication(garde_consentement)
        extensions.ajouter_panneaux(
            [ContributionPanel(heading="Contribution d'origine")], position="debut"
        )
        page_published.connect(au_moment_de_publier, dispatch_uid="collecte-photos")
        remplacer_notification_soumission()  # one e-mail per contribution, not two
        # However a contributed story is deleted (admin, bulk action, shell), it is erased.
        pre_delete.connect(recit_supprime, sender=RecitPage, dispatch_uid="collecte-effacement")
        connection_created.connect(ecraser_ce_qui_est_supprime, dispatch_uid="collecte-sqlite")
        if settings.FILE_UPLOAD_TEMP_DIR:
            # Uploads spool there; a missing folder would turn a large photo into a 500.
            Path(settings.FILE_UPLOAD_TEMP_DIR).mkdir(mode=0o700, parents=True, exist_ok=True)
