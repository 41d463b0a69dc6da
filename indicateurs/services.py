"""Codings for the other apps: the one place where story ↔ indicator decisions are written."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from recits.models import RecitPage
from recits.publication import vider_caches_publics

from .models import Analyse, Codage, DecisionCodage, Indicateur


@transaction.atomic
def definir_indicateurs_recit(
    recit: RecitPage, indicateurs: Iterable[Indicateur], utilisateur=None
) -> None:
    """Make the ticked indicators the story's accepted codings: one truth with the workspace.

    A story carries an indicator when any coding of it is accepted (whole story or passage),
    so the box is ticked for those and unticking rejects them all (kept, not deleted, so
    decisions stay traceable); ticking a new one adds a whole-story coding. Inactive
    indicators are not offered in the form and the contributor's own reading is left alone.
    Every change is a `DecisionCodage` row.
    """
    voulus = {i.pk: i for i in indicateurs}
    maintenant = timezone.now()
    existants = list(
        Codage.objects.select_for_update()
        .filter(recit=recit, indicateur__actif=True)
        .exclude(origine=Codage.Origine.CONTRIBUTEUR)
        .select_related("indicateur")
    )
    acceptes = {c.indicateur_id for c in existants if c.statut == Codage.Statut.ACCEPTE}
    decisions = []
    for codage in existants:
        if codage.statut == Codage.Statut.ACCEPTE and codage.indicateur_id not in voulus:
            codage.statut = Codage.Statut.REJETE
            action = DecisionCodage.Action.SUPPRESSION
        elif (
            codage.indicateur_id in voulus
            and codage.indicateur_id not in acceptes
            and codage.statut != Codage.Statut.ACCEPTE
            and (codage.debut is None or codage.statut == Codage.Statut.SUGGERE)
        ):
            if codage.debut is not None:
                from .atelier.services import ancrer_suggestion

                ancrer_suggestion(recit, codage)
            codage.statut = Codage.Statut.ACCEPTE
            acceptes.add(codage.indicateur_id)
            action = (
                DecisionCodage.Action.ACCEPTATION
                if codage.origine == Codage.Origine.ASSISTANT
                else DecisionCodage.Action.AJOUT
            )
        else:
            continue
        codage.decide_par = utilisateur
        codage.decide_le = maintenant
        codage.save()
        decisions.append((action, codage))
    nouveaux = Codage.objects.bulk_create(
        Codage(
            recit=recit,
            indicateur=indicateur,
            origine=Codage.Origine.EDITEUR,
            statut=Codage.Statut.ACCEPTE,
            decide_par=utilisateur,
            decide_le=maintenant,
        )
        for pk, indicateur in voulus.items()
        if pk not in acceptes
    )
    decisions += [(DecisionCodage.Action.AJOUT, c) for c in nouveaux]
    DecisionCodage.objects.bulk_create(
        DecisionCodage(
            recit=recit,
            codage=codage if codage.pk else None,
            indicateur=codage.indicateur,
            action=action,
            utilisateur=utilisateur,
            details={"case_indicateurs": True},
        )
        for action, codage in decisions
    )
    if nouveaux:
        # bulk_create sends no post_save: the chips and counts change all the same.
        vider_caches_publics()


def indicateurs_du_recit(recit_id: int) -> list[int]:
    """The indicators a story carries: those of its accepted codings, any block."""
    return list(
        Codage.objects.filter(recit_id=recit_id, statut=Codage.Statut.ACCEPTE)
        .exclude(origine=Codage.Origine.CONTRIBUTEUR)
        .order_by()
        .values_list("indicateur_id", flat=True)
        .distinct()
    )


def enregistrer_lecture_contributeur(recit: RecitPage, slugs: list[str]) -> int:
    """Keep the contributor's own choice of indicators, apart from editors' codings."""
    if not slugs:
        return 0
    return len(
        Codage.objects.bulk_create(
            Codage(
                recit=recit,
                indicateur=indicateur,
                origine=Codage.Origine.CONTRIBUTEUR,
                statut=Codage.Statut.SUGGERE,
            )
            for indicateur in Indicateur.objects.filter(slug__in=slugs, actif=True)
        )
    )


def creer_codages(codages: Iterable[Codage], taille_lot: int = 5000) -> int:
    """Insert many codings at once (demo content, generated data), then renew public caches."""
    crees = Codage.objects.bulk_create(codages, batch_size=taille_lot)
    if any(codage.statut != Codage.Statut.SUGGERE for codage in crees):
        vider_caches_publics()
    return len(crees)


def indicateurs_acceptes(recit_ids: Iterable[int]) -> dict[int, set[int]]:
    """The indicators each story was given by accepted codings (for dashboards and exports)."""
    acceptes: dict[int, set[int]] = {}
    codages = Codage.objects.filter(recit_id__in=list(recit_ids), statut=Codage.Statut.ACCEPTE)
    for recit_id, indicateur_id in codages.order_by().values_list("recit_id", "indicateur_id"):
        acceptes.setdefault(recit_id, set()).add(indicateur_id)
    return acceptes


@transaction.atomic
def effacer_lectures_du_recit(recit_id: int) -> int:
    """Forget every reading of an erased story: the helper's analysis, codings and passages.

    The coding history goes too: its rows keep passages and notes (for undo).
    """
    DecisionCodage.objects.filter(recit_id=recit_id).delete()
    Analyse.objects.filter(recit_id=recit_id).delete()
    supprimes, _ = Codage.objects.filter(recit_id=recit_id).delete()
    return supprimes
