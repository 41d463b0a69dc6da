"""Storing the helper's answers: one `Analyse` per story and `Codage` suggestions.

Editors' decisions are never touched: only the helper's own *suggested* rows are replaced,
and an indicator an editor already accepted or rejected for a story is not suggested again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from recits.models import RecitPage

from ..models import Analyse, Codage, Indicateur
from .moteur import Analyseur
from .regles import empreinte_regles, empreinte_texte
from .resultats import expliquer


@dataclass
class Bilan:
    """What a run did."""

    analyses: int = 0
    inchanges: int = 0
    erreurs: list[str] = field(default_factory=list)


def lexiques_actifs() -> dict[str, str]:
    """The lexicons of active indicators, as editors left them in the admin."""
    return dict(Indicateur.objects.filter(actif=True).values_list("slug", "lexique"))


def texte_a_analyser(recit: RecitPage) -> str:
    """The story's current text: the latest draft when there is one, else the live page."""
    if recit.has_unpublished_changes and recit.latest_revision_id:
        recit = recit.get_latest_revision_as_object()
    return recit.texte_brut()


def analyser_recits(
    recits: Iterable[RecitPage],
    forcer: bool = False,
    progression: Callable[[int], None] | None = None,
    analyseur: Analyseur | None = None,
) -> Bilan:
    """Analyse the stories whose text (or rules) changed since their last analysis.

    Each story is saved in its own transaction, so an interrupted run loses at most the
    batch in progress and a rerun picks up where it stopped.
    """
    lexiques = lexiques_actifs()
    if analyseur is None:
        analyseur = Analyseur(lexiques)
    regles = empreinte_regles(lexiques, analyseur.modele, analyseur.version)
    bilan = Bilan()
    lot: list[tuple[RecitPage, str, str]] = []
    taille = settings.RECITS_ANALYSE_TAILLE_LOT

    def vider() -> None:
        connues = dict(
            Analyse.objects.filter(recit_id__in=[r.pk for r, _t, _e in lot]).values_list(
                "recit_id", "empreinte"
            )
        )
        regles_connues = dict(
            Analyse.objects.filter(recit_id__in=[r.pk for r, _t, _e in lot]).values_list(
                "recit_id", "empreinte_regles"
            )
        )
        a_faire = [
            (r, t, e)
            for r, t, e in lot
            if forcer or connues.get(r.pk) != e or regles_connues.get(r.pk) != regles
        ]
        bilan.inchanges += len(lot) - len(a_faire)
        if a_faire:
            reponses = analyseur.analyser_lot(t for _r, t, _e in a_faire)
            for (recit, texte, empreinte), reponse in zip(a_faire, reponses, strict=True):
                enregistrer(recit, texte, empreinte, regles, reponse)
                bilan.analyses += 1
        if progression:
            progression(len(lot))
        lot.clear()

    for recit in recits:
        texte = texte_a_analyser(recit)
        lot.append((recit, texte, empreinte_texte(texte)))
        if len(lot) >= taille:
            vider()
    if lot:
        vider()
    return bilan


@transaction.atomic
def enregistrer(recit: RecitPage, texte: str, empreinte: str, regles: str, reponse: dict) -> None:
    """Store one answer: replace the helper's open suggestions, keep every decision."""
    Analyse.objects.update_or_create(
        recit=recit,
        defaults={
            "empreinte": empreinte,
            "empreinte_regles": regles,
            "langue": reponse["langue"],
            "indicateurs": reponse["indicateurs"],
            "citations": reponse["citations"],
            "noms": reponse["noms"],
            "longueur": len(texte),
            "erreur": "",
        },
    )
    Codage.objects.filter(
        recit=recit, origine=Codage.Origine.ASSISTANT, statut=Codage.Statut.SUGGERE
    ).delete()
    decides = set(
        Codage.objects.filter(
            recit=recit, statut__in=[Codage.Statut.ACCEPTE, Codage.Statut.REJETE]
        ).values_list("indicateur__slug", flat=True)
    )
    suggeres = [
        slug for slug, r in reponse["indicateurs"].items() if r["suggere"] and slug not in decides
    ]
    if not suggeres:
        return
    indicateurs = {i.slug: i for i in Indicateur.objects.filter(slug__in=suggeres, actif=True)}
    nouveaux = []
    for slug in suggeres:
        if slug not in indicateurs:
            continue
        resultat = reponse["indicateurs"][slug]
        phrase = resultat["phrases"][0] if resultat["phrases"] else None
        nouveaux.append(
            Codage(
                recit=recit,
                indicateur=indicateurs[slug],
                origine=Codage.Origine.ASSISTANT,
                statut=Codage.Statut.SUGGERE,
                debut=phrase["debut"] if phrase else None,
                fin=phrase["fin"] if phrase else None,
                passage=phrase["texte"] if phrase else "",
                score=resultat["score"],
                explication=expliquer(resultat),
            )
        )
    Codage.objects.bulk_create(nouveaux)


def noter_erreur(recit: RecitPage, message: str) -> None:
    """Keep a failed analysis visible to editors without touching earlier suggestions."""
    Analyse.objects.update_or_create(
        recit=recit,
        defaults={"erreur": message[:2000], "empreinte": "", "empreinte_regles": ""},
    )
