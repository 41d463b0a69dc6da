"""App config for places and stories."""

from django.apps import AppConfig


class RecitsConfig(AppConfig):
    """Connects signal handlers once the registry is ready."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "recits"
    verbose_name = "Récits et lieux"

    def ready(self) -> None:
        from django.db.models.signals import post_delete
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .context_processors import vider_cache_navigation

        for signal in (page_published, page_unpublished, post_page_move, post_delete):
            signal.connect(vider_cache_navigation, dispatch_uid=f"nav-{id(signal)}")
