"""Demo content and the benchmark generator: on top of every layer, since they fill them all."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """No models: commands (`load_initial_data`, `generer_recits`) and their data."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "demo"
    verbose_name = "Démonstration"
