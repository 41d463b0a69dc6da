"""Codings for the other apps: the one place where story ↔ indicator decisions are written."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from recits.models import RecitPage
from recits.publication import vider_caches_publics

from .models import Analyse, Codage, Indicateur


@transaction.atomic
def definir_indicateurs_recit(
    recit: RecitPage, indicateurs: Iterable[Indicateur], utilisateur=None
) -> None:
    """Make the given indicators the story's accepted whole-story codings, keeping history.

    Unticked indicators are marked rejected (not deleted) so decisions stay traceable;
    passage-level codings and the contributor's own reading are left untouched.
    """
    voulus = {i.pk: i for i in indicateurs}
    maintenant = timezone.now()
    # Inactive indicators are not offered in the form: leave their codings as they are.
    existants = (
        Codage.objects.select_for_update()
        .filter(recit=recit, debut__isnull=True, indicateur__actif=True)
        .exclude(origine=Codage.Origine.CONTRIBUTEUR)
    )
    deja = set()
    for codage in existants:
        if codage.indicateur_id in voulus:
            deja.add(codage.indicateur_id)
            if codage.statut != Codage.Statut.ACCEPTE:
                codage.statut = Codage.Statut.ACCEPTE
                codage.decide_par = utilisateur
                codage.decide_le = maintenant
                codage.save(update_fields=["statut", "decide_par", "decide_le"])
        elif codage.statut == Codage.Statut.ACCEPTE:
            codage.statut = Codage.Statut.REJETE
            codage.decide_par = utilisateur
            codage.decide_le = maintenant
            codage.save(update_fields=["statut", "decide_par", "decide_le"])
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
        if pk not in deja
    )
    if nouveaux:
        # bulk_create sends no post_save: the chips and counts change all the same.
        vider_caches_publics()


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
    """Forget every reading of an erased story: the helper's analysis, codings and passages."""
    Analyse.objects.filter(recit_id=recit_id).delete()
    supprimes, _ = Codage.objects.filter(recit_id=recit_id).delete()
    return supprimes
