"""App config for the public search."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Public search over published stories and places."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    label = "recherche"
    verbose_name = "Recherche"
