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

        from .models import Indicateur

        for signal in (post_save, post_delete):
            signal.connect(
                vider_caches_publics, sender=Indicateur, dispatch_uid=f"indic-cache-{id(signal)}"
            )
