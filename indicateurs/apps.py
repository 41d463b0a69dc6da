"""App config for the indicator framework."""

from django.apps import AppConfig


class IndicateursConfig(AppConfig):
    """Qualitative indicators, codings and (later) the helper and reports."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "indicateurs"
    verbose_name = "Indicateurs"
