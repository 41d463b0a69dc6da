"""App config for the indicator framework."""

from django.apps import AppConfig


class IndicateursConfig(AppConfig):
    """Qualitative indicators, codings and (later) the helper and reports."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "indicateurs"
    verbose_name = "Indicateurs"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from recits.publication import vider_caches_publics

        from . import signals
        from .models import Codage, Indicateur

        signals.connecter()
        self.ajouter_panneau_assistant()

        for signal in (post_save, post_delete):
            signal.connect(
                vider_caches_publics, sender=Indicateur, dispatch_uid=f"indic-cache-{id(signal)}"
            )
            signal.connect(codage_change, sender=Codage, dispatch_uid=f"codage-cache-{id(signal)}")

    @staticmethod
    def ajouter_panneau_assistant() -> None:
        """Show the helper's suggestions in the story editor (recits must not import us)."""
        from recits.models import RecitPage

        from .panels import SuggestionsPanel

        if not any(isinstance(p, SuggestionsPanel) for p in RecitPage.content_panels):
            RecitPage.content_panels = [
                *RecitPage.content_panels,
                SuggestionsPanel(heading="Suggestions de l'assistant", icon="tag"),
            ]
            # Built lazily and cached; drop any copy built before this point.
            if hasattr(RecitPage, "get_edit_handler"):
                RecitPage.get_edit_handler.cache_clear()


def codage_change(sender, instance, **kwargs) -> None:
    """Accepted or rejected codings change public indicator chips: renew public caches."""
    if instance.statut != "suggere":
        from recits.publication import vider_caches_publics

        vider_caches_publics()
