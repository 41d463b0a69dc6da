"""A small known collection for the report tests (shared by the test_rapport* modules)."""

from __future__ import annotations

import datetime

from indicateurs.models import Codage, Indicateur
from rapports.models import RapportIndexPage, RapportPage
from recits.models import ConsentementRecit

from .factories import CodageFactory, InvitationFactory, LieuPageFactory, RecitPageFactory
from .utils import envoyer_contribution

P1 = "Le jeudi, les anciens du village se retrouvent au comptoir et parlent enfin entre eux."
P2 = "Depuis l'ouverture, on connaît les voisins par leur prénom, ce qui n'était pas le cas."
P3 = "Un passage sans accord pour le rapport, qui ne doit jamais être cité nulle part ici."
P4 = "Les gens de la vallée viennent chercher leur pain et restent boire un café ensemble."
P_2024 = "Une histoire de l'an dernier, qui compte seulement pour la période précédente."


def ind(slug: str) -> Indicateur:
    return Indicateur.objects.get(slug=slug)


def consentir(recit, photos=False, **champs) -> ConsentementRecit:
    return ConsentementRecit.objects.create(
        recit=recit,
        personne="Odile Martin",
        canal_rapport=True,
        canal_site=True,
        photos=photos,
        accorde_le=datetime.date(2025, 3, 1),
        formulation="Accord oral enregistré lors de la visite.",
        **champs,
    )


def passage(recit, slug, texte, score=None, citation=False) -> Codage:
    return CodageFactory(
        recit=recit,
        indicateur=ind(slug),
        passage=texte,
        bloc="",
        debut=0,
        fin=len(texte),
        score=score,
        citation=citation,
    )


def construire_collection(arbre, lieu, client) -> dict:
    """Four places (three with stories), five stories of 2025 and one of 2024."""
    epicerie = LieuPageFactory(
        parent=arbre["lieux"], title="Épicerie du Bourg", slug="epicerie", commune="Lamastre"
    )
    boulangerie = LieuPageFactory(
        parent=arbre["lieux"],
        title="Boulangerie du Pont",
        slug="boulangerie",
        commune="Dieulefit",
        departement="26",
    )
    LieuPageFactory(parent=arbre["lieux"], title="Tiers-lieu des Sucs", slug="sucs")
    r1 = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        title="Les jeudis",
        date=datetime.date(2025, 2, 6),
        signature="pseudonyme",
        auteur_nom="La Meunière",
    )
    consentir(r1)
    passage(r1, "lien-social", P1, score=0.4, citation=True)
    CodageFactory(recit=r1, indicateur=ind("lien-social"))
    r2 = RecitPageFactory(
        parent=arbre["recits"],
        lieu=lieu,
        title="Les voisins",
        date=datetime.date(2025, 9, 1),
        signature="anonyme",
        auteur_nom="",
    )
    consentir(r2)
    passage(r2, "lien-social", P2, score=0.9)
    passage(r2, "convivialite", P2, score=0.8)
    r3 = RecitPageFactory(
        parent=arbre["recits"], lieu=epicerie, title="Sans accord", date=datetime.date(2025, 5, 5)
    )
    passage(r3, "lien-social", P3, score=0.99)
    invitation = InvitationFactory(lieu=boulangerie)
    contribution = envoyer_contribution(
        client, invitation, date_moment="2025-06-01", titre="Le pain"
    )
    r4 = contribution.page
    passage(r4, "lien-social", P4, score=0.7)
    sans = envoyer_contribution(
        client,
        invitation,
        date_moment="2025-07-01",
        titre="Pas pour le rapport",
        consentement_rapport="",
    )
    passage(
        sans.page, "lien-social", "Un récit non publié et sans accord pour le rapport.", score=1.0
    )
    r_2024 = RecitPageFactory(
        parent=arbre["recits"], lieu=epicerie, title="L'an dernier", date=datetime.date(2024, 4, 4)
    )
    passage(r_2024, "lien-social", P_2024, score=0.5)
    index = RapportIndexPage.objects.get()
    rapport = RapportPage(title="Rapport 2025", slug="rapport-2025", annee=2025, live=False)
    index.add_child(instance=rapport)
    return {
        "rapport": rapport,
        "r1": r1,
        "r2": r2,
        "r3": r3,
        "r4": r4,
        "contribution": contribution,
        "invitation": invitation,
        "boulangerie": boulangerie,
        "sans": sans,
    }


def bloc(rapport, slug) -> dict:
    rapport = RapportPage.objects.get(pk=rapport.pk).get_latest_revision_as_object()
    pk = ind(slug).pk
    return next(
        e["value"]
        for e in rapport.corps.raw_data
        if e["type"] == "preuve" and e["value"]["indicateur"] == pk
    )


def items(valeur, cle):
    return [i["value"] for i in valeur[cle]]


def publier(rapport):
    rapport = RapportPage.objects.get(pk=rapport.pk)
    rapport.get_latest_revision().publish()
    return RapportPage.objects.get(pk=rapport.pk)
