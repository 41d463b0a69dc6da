"""The yearly collection: campaigns, personal links, contributions, their photos and consent."""

from django.apps import AppConfig


class CollecteConfig(AppConfig):
    """Guards publication with the contributor's consent and brings photos in at publication."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "collecte"
    verbose_name = "Collecte"

    def ready(self) -> None:
        from wagtail.signals import page_published

        from recits import extensions

        from .moderation import au_moment_de_publier, garde_consentement
        from .panels import ContributionPanel

        extensions.ajouter_garde_publication(garde_consentement)
        extensions.ajouter_panneaux(
            [ContributionPanel(heading="Contribution d'origine")], position="debut"
        )
        page_published.connect(au_moment_de_publier, dispatch_uid="collecte-photos")
