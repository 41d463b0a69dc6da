"""Registers admin screens and saves the indicators ticked in the story editor."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from recits.models import RecitPage

from .services import definir_indicateurs_recit
from .viewsets import IndicateursGroup

register_snippet(IndicateursGroup)


@hooks.register("before_publish_page")
def memoriser_indicateurs(request, page) -> None:
    """Keep the ticked indicators on the request: Wagtail reloads the page after publishing."""
    choisis = getattr(page, "_indicateurs_choisis", None)
    if choisis is not None:
        request._recits_indicateurs_choisis = choisis


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def enregistrer_indicateurs(request, page) -> None:
    """Store the story's ticked indicators as accepted whole-story codings."""
    choisis = getattr(page, "_indicateurs_choisis", None)
    if choisis is None:
        choisis = getattr(request, "_recits_indicateurs_choisis", None)
    if isinstance(page, RecitPage) and choisis is not None:
        definir_indicateurs_recit(page, choisis, request.user)


@hooks.register("register_admin_urls")
def urls_assistant():
    """The decision endpoint of the helper's panel in the story editor."""
    from django.urls import path

    from .views import decider_codage

    return [
        path(
            "indicateurs/codages/<int:codage_id>/decider/",
            decider_codage,
            name="indicateurs_decider_codage",
        )
    ]
