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
    """The decision endpoint of the helper's panel and the coding workspace."""
    from django.urls import path

    from .atelier.vues import AtelierView, action_atelier
    from .views import decider_codage

    return [
        path(
            "indicateurs/codages/<int:codage_id>/decider/",
            decider_codage,
            name="indicateurs_decider_codage",
        ),
        path(
            "indicateurs/atelier/<int:page_id>/",
            AtelierView.as_view(),
            name="indicateurs_atelier",
        ),
        path(
            "indicateurs/atelier/<int:page_id>/action/",
            action_atelier,
            name="indicateurs_atelier_action",
        ),
    ]


def _bouton_atelier(page, user, priority: int):
    """« Atelier de codage » on a story, for those who may read its workspace."""
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    from .atelier.permissions import peut_lire

    if issubclass(page.specific_class or type(page), RecitPage) and peut_lire(user, page):
        return Button(
            "Atelier de codage",
            url=reverse("indicateurs_atelier", args=[page.pk]),
            icon_name="tag",
            priority=priority,
        )
    return None


@hooks.register("register_page_header_buttons")
def bouton_atelier_entete(page, user, view_name=None, next_url=None):
    """From the story editor's header to its workspace."""
    bouton = _bouton_atelier(page, user, priority=12)
    if bouton:
        yield bouton


@hooks.register("register_page_listing_more_buttons")
def bouton_atelier_liste(page, user, next_url=None):
    """From the page listings (and the moderation queue's pages) to a story's workspace."""
    bouton = _bouton_atelier(page, user, priority=3)
    if bouton:
        yield bouton


@hooks.register("insert_editor_js")
def editeur_accessible():
    """Name the editor's rich-text boxes and tag input for screen readers (axe-core clean)."""
    from django.templatetags.static import static
    from django.utils.html import format_html

    return format_html(
        '<script src="{}" defer></script>', static("indicateurs/admin/editeur_accessible.js")
    )
