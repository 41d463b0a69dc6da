"""Public routes of the reports outside the page tree: the contributor's page, place profiles."""

from django.urls import path

from . import vues_contributeur, vues_publiques

urlpatterns_contribuer = [
    path("<str:jeton>/rapports/", vues_contributeur.mes_mots, name="rapports_mes_mots"),
]

urlpatterns = [
    path(
        "graphiques/lieu/<int:pk>.png",
        vues_publiques.profil_lieu_png,
        name="rapports_profil_lieu",
    ),
]
