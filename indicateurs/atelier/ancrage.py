"""Codings follow their passage when a story's text changes, or are flagged, never lost.

Called after every revision of a story (an editor's save, a publication, a pseudonymisation
that writes a revision): each passage coding whose block text still reads the same at its
offsets stays; otherwise its passage is looked for again (its own block first, nearest to
the old offset, then the other blocks) and re-anchored, or kept and flagged « à revoir ».
Both cases leave a decision in the story's history.
"""

from __future__ import annotations

from django.db import transaction

from recits.passages import blocs_du_recit

from ..models import Codage, DecisionCodage
from .services import trouver_dans_bloc


@transaction.atomic
def reancrer_codages(recit_id: int, recit_texte) -> dict[str, int]:
    """Check every passage coding of a story against its new text; counts per outcome."""
    codages = list(
        Codage.objects.select_for_update()
        .filter(recit_id=recit_id, debut__isnull=False)
        .exclude(bloc="")
        .select_related("indicateur")
    )
    comptes = {"intacts": 0, "reancres": 0, "a_revoir": 0}
    if not codages:
        return comptes
    blocs = {b.cle: b for b in blocs_du_recit(recit_texte)}
    decisions = []
    for codage in codages:
        bloc = blocs.get(codage.bloc)
        # The length check matters: a slice past the end is clipped, not refused.
        intact = (
            bloc is not None
            and codage.fin <= len(bloc.texte)
            and bloc.texte[codage.debut : codage.fin] == codage.passage
        )
        if intact:
            if codage.a_revoir:
                codage.a_revoir = False
                codage.save(update_fields=["a_revoir"])
            comptes["intacts"] += 1
            continue
        trouve = None
        if bloc is not None:
            trouve = trouver_dans_bloc(bloc.texte, codage.passage, codage.debut)
            cle = bloc.cle
        if trouve is None:
            for autre in blocs.values():
                trouve = trouver_dans_bloc(autre.texte, codage.passage)
                if trouve:
                    cle = autre.cle
                    break
        avant = {"bloc": codage.bloc, "debut": codage.debut, "fin": codage.fin}
        if trouve is not None:
            codage.bloc, (codage.debut, codage.fin) = cle, trouve
            codage.a_revoir = False
            codage.save(update_fields=["bloc", "debut", "fin", "a_revoir"])
            comptes["reancres"] += 1
            decisions.append(
                DecisionCodage(
                    recit_id=recit_id,
                    codage=codage,
                    indicateur=codage.indicateur,
                    action=DecisionCodage.Action.REANCRAGE,
                    details={"avant": avant, "bloc": cle, "debut": trouve[0], "fin": trouve[1]},
                )
            )
        elif not codage.a_revoir:
            codage.a_revoir = True
            codage.save(update_fields=["a_revoir"])
            comptes["a_revoir"] += 1
            decisions.append(
                DecisionCodage(
                    recit_id=recit_id,
                    codage=codage,
                    indicateur=codage.indicateur,
                    action=DecisionCodage.Action.A_REVOIR,
                    details={"avant": avant, "bloc_existe": bloc is not None},
                )
            )
        else:
            comptes["a_revoir"] += 1
    DecisionCodage.objects.bulk_create(decisions)
    return comptes


def revision_enregistree(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A revision of a story saved (new or overwritten): its codings follow its text."""
    from recits.models import RecitPage

    if raw or not instance.content_type_id:
        return
    modele = instance.content_type.model_class()
    if modele is None or not issubclass(modele, RecitPage):
        return
    reancrer_codages(int(instance.object_id), instance.as_object())


def recit_enregistre(sender, instance, raw=False, **kwargs) -> None:
    """A story saved without any revision (scripts, imports): its own fields are its text."""
    if raw or instance.pk is None or instance.latest_revision_id is not None:
        return
    reancrer_codages(instance.pk, instance)


def connecter() -> None:
    """Called from IndicateursConfig.ready()."""
    from django.db.models.signals import post_save
    from wagtail.models import Revision

    from recits.models import RecitPage

    post_save.connect(revision_enregistree, sender=Revision, dispatch_uid="atelier-ancrage-rev")
    post_save.connect(recit_enregistre, sender=RecitPage, dispatch_uid="atelier-ancrage-recit")
