"""A place's indicator profile: which indicators its published stories show, year by year."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count
from django.template.loader import render_to_string
from django.urls import reverse

from indicateurs.models import Codage, Indicateur
from recits.publication import memoriser_public, publiques


def profil_du_lieu(lieu_id: int) -> dict:
    """{annees, indicateurs: [{nom, slug, couleur, valeurs}]} over the place's public stories."""
    from recits.models import RecitPage

    recits = publiques(RecitPage.objects.filter(lieu_id=lieu_id)).values("pk")
    lignes = (
        Codage.objects.filter(recit__in=recits, statut=Codage.Statut.ACCEPTE)
        .values("indicateur_id", "recit__date__year")
        .annotate(n=Count("recit", distinct=True))
    )
    comptes: dict[int, dict[int, int]] = defaultdict(dict)
    for ligne in lignes:
        comptes[ligne["indicateur_id"]][ligne["recit__date__year"]] = ligne["n"]
    if not comptes:
        return {"annees": [], "indicateurs": []}
    annees = sorted({a for c in comptes.values() for a in c})
    annees = list(range(annees[0], annees[-1] + 1))
    indicateurs = Indicateur.objects.filter(pk__in=comptes, actif=True).order_by("ordre", "nom")
    return {
        "annees": annees,
        "indicateurs": [
            {
                "nom": i.nom,
                "slug": i.slug,
                "couleur": i.couleur,
                "valeurs": [comptes[i.pk].get(a, 0) for a in annees],
            }
            for i in indicateurs
        ],
    }


def profil_en_cache(lieu_id: int) -> dict:
    """The profile, kept per generation of public content."""
    return memoriser_public("profil-lieu", str(lieu_id), lambda: profil_du_lieu(lieu_id))


def fragment_profil_lieu(page, request) -> str:
    """The profile section of a place page (chart and its table), or nothing without data."""
    profil = profil_en_cache(page.pk)
    if not profil["indicateurs"]:
        return ""
    return render_to_string(
        "rapports/profil_lieu.html",
        {
            "profil": profil,
            "lieu": page,
            "url_graphique": reverse("rapports_profil_lieu", kwargs={"pk": page.pk}),
        },
    )


def png_profil(lieu_id: int) -> bytes:
    """The profile as a small matplotlib chart (stacked bars per year)."""
    import io

    from .graphiques import _figure

    profil = profil_en_cache(lieu_id)
    figure = _figure(6, 2.6, {"left": 0.1, "right": 0.98, "top": 0.95, "bottom": 0.15})
    axes = figure.add_subplot()
    bas = [0] * len(profil["annees"])
    for ind in profil["indicateurs"]:
        axes.bar(
            profil["annees"],
            ind["valeurs"],
            bottom=bas,
            label=ind["nom"],
            color=ind["couleur"] or None,
        )
        bas = [b + v for b, v in zip(bas, ind["valeurs"], strict=True)]
    axes.set_xticks(profil["annees"])
    axes.set_ylabel("Récits")
    if profil["indicateurs"]:
        axes.legend(fontsize=6, ncols=2, loc="upper left")
    tampon = io.BytesIO()
    figure.savefig(tampon, format="png")
    return tampon.getvalue()
