"""Admin URLs, menu entries and publish warnings for names and codings exports."""

from __future__ import annotations

from django.contrib import messages
from django.db.models.signals import post_save
from django.urls import path, reverse
from django.utils.html import format_html
from wagtail import hooks

from .models import Analyse


@hooks.register("register_admin_urls")
def urls_noms_exports() -> list:
    """The names page of a story and the codings exports."""
    from . import vues_exports, vues_noms

    return [
        path(
            "indicateurs/noms/<int:page_id>/",
            vues_noms.NomsRecitView.as_view(),
            name="indicateurs_noms",
        ),
        path(
            "indicateurs/noms/<int:page_id>/ajouter/",
            vues_noms.ajouter,
            name="indicateurs_noms_ajouter",
        ),
        path(
            "indicateurs/noms/<int:page_id>/<int:nom_id>/decider/",
            vues_noms.decider,
            name="indicateurs_noms_decider",
        ),
        *vues_exports.urls(),
    ]


@hooks.register("before_publish_page")
def avertir_noms_a_decider(request, page) -> None:
    """Warn, without blocking, when a story goes live with names nobody decided on."""
    from recits.models import RecitPage

    from .noms import noms_a_decider, synchroniser_noms

    if not isinstance(page, RecitPage) or not page.pk:
        return
    synchroniser_noms(page.pk)
    restants = noms_a_decider(page.pk)
    if restants:
        messages.warning(
            request,
            format_html(
                "Ce récit est publié avec {} nom{} de personne sans décision ({}). "
                'Vérifiez-les sur <a href="{}">la page des noms</a> : un nom oublié est une fuite.',
                len(restants),
                "s" if len(restants) > 1 else "",
                ", ".join(restants),
                reverse("indicateurs_noms", args=[page.pk]),
            ),
        )


def noms_apres_analyse(sender, instance: Analyse, raw: bool = False, **kwargs) -> None:
    """The helper's new reading adds the names it found; decisions already taken stay."""
    if raw:
        return
    from .noms import synchroniser_noms

    synchroniser_noms(instance.recit_id)


post_save.connect(noms_apres_analyse, sender=Analyse, dispatch_uid="indicateurs-noms-analyse")


@hooks.register("register_page_header_buttons")
def bouton_noms(page, user, view_name=None, next_url=None):
    """A « Noms de personnes » entry in the story editor's header menu."""
    from wagtail.admin.widgets import Button

    from recits.models import RecitPage

    if isinstance(page, RecitPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            "Noms de personnes",
            reverse("indicateurs_noms", args=[page.pk]),
            icon_name="user",
            priority=60,
        )
