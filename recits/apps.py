"""Places, stories and the public site: the base layer, which imports no other app of ours."""

from django.apps import AppConfig


class RecitsConfig(AppConfig):
    """Connects the public caches to every change of public content."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "recits"
    verbose_name = "Récits et lieux"

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.images import get_image_model
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .publication import image_enregistree, page_enregistree, vider_caches_publics

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(vider_caches_publics, dispatch_uid=f"recits-cache-{id(signal)}")
        for signal in (post_save, post_delete):
            for modele in (PageViewRestriction, Site):
                signal.connect(
                    vider_caches_publics,
                    sender=modele,
                    dispatch_uid=f"recits-cache-{id(signal)}-{modele.__name__}",
                )
            signal.connect(
                image_enregistree,
                sender=get_image_model(),
                dispatch_uid=f"recits-cache-{id(signal)}-image",
            )
            # Pages of every type: a receiver bound to `sender=Page` misses RecitPage saves.
            signal.connect(page_enregistree, dispatch_uid=f"recits-cache-{id(signal)}-pages")
